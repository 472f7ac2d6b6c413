#!/usr/bin/env python3
"""Write the blind corpus blind-369: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run:  python3 gen.py
The mailbox belongs to Ayaka Tominaga (personal Gmail + company address at an
AWS Partner Network company she leaves on 2025-03-31).
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = 'tominaga.ayaka.0917@gmail.com'
ME_C = 'a.tominaga@kirishima-sys.co.jp'
ME_EN = 'Ayaka Tominaga'
ME_JA = '富永 彩花'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

# case numbers (T&C cases tracked in the labels)
CASE_P = '14217790385'        # 2023, Credly / duplicate profile, 11 digits
CASE_D = '173686512300144'    # 2025-01, name on certificate, 15 digits
CASE_A = '174123086500271'    # 2025-03, company -> personal merge (APN hold)
CASE_B = '174132241000958'    # 2025-03, duplicate form for the same merge
CASE_C = '174356720100337'    # 2025-04, console case, missing 50% benefit

CID_OLD = 'AWS03518826'       # company certification account
CID_DUP = 'AWS09921437'       # duplicate profile retired in 2023
CID_NEW = 'AWS12274069'       # new personal certification account

MSGS = []
MIDS = {}

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))


def when(s, tz=JST):
    """'2025-03-06 12:14:31' in tz -> aware datetime"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def rfcdate(d):
    return format_datetime(d)


def hx(seed, n=16):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def b64ish(seed, n):
    raw = hashlib.sha512(seed.encode('utf-8')).digest()
    s = base64.b64encode(raw + raw[::-1]).decode().replace('+', 'x').replace('/', 'Q').replace('=', '')
    return s[:n]


def mid(key, style='ses'):
    x = hashlib.sha256(key.encode()).hexdigest()
    if style == 'ses':
        v = '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
            x[:12], x[12:20], x[20:24], x[24:28], x[28:32], x[32:44])
    elif style == 'ses-tokyo':
        v = '<010601%s-%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>' % (
            x[:10], x[12:20], x[20:24], x[24:28], x[28:32], x[32:44])
    elif style == 'gmail':
        v = '<CA%s@mail.gmail.com>' % b64ish(key, 54)
    elif style == 'outlook':
        box = 'TYCPR01MB%d' % (8000 + int(x[:4], 16) % 1900)
        v = '<%s%s@%s.jpnprd01.prod.outlook.com>' % (box, x[:20].upper(), box)
    elif style == 'sfdc':
        v = '<%s.%s@sfdc.net>' % (b64ish(key, 6), x[:36])
    else:
        v = '<%s.%s@%s>' % (x[:14], x[14:26], style)
    MIDS[key] = v
    return v


def refs(*keys):
    return '\n '.join(MIDS[k] if k in MIDS else k for k in keys)


def enc(s, cs='utf-8', name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name=name).encode()


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    return formataddr((name, email), charset=cs)


# ---------------------------------------------------------------- MIME parts

def leaf(text, sub='plain', cs='utf-8', cte='qp', label=None, params=''):
    return {'t': 'leaf', 'sub': sub, 'cs': cs, 'cte': cte,
            'label': label or cs, 'text': text, 'params': params}


def html(text, **kw):
    kw.setdefault('sub', 'html')
    return leaf(text, **kw)


def multi(sub, *parts, boundary=None, extra=''):
    return {'t': 'multi', 'sub': sub, 'parts': list(parts), 'b': boundary, 'extra': extra}


def raw_part(ctype, body_text, cte='7bit', disp=None):
    return {'t': 'raw', 'ctype': ctype, 'text': body_text, 'cte': cte, 'disp': disp}


def _norm(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


def render(p, seed='x'):
    """-> (list of header lines, body bytes with \\n line ends)"""
    if p['t'] == 'leaf':
        data = _norm(p['text']).encode(p['cs'])
        cte = p['cte']
        if cte == 'qp':
            body = quopri.encodestring(data)
            name = 'quoted-printable'
        elif cte == 'b64':
            body = base64.encodebytes(data)
            name = 'base64'
        elif cte == '7bit':
            data.decode('ascii')   # must be 7-bit clean
            body = data
            name = '7bit'
        elif cte == '8bit':
            body = data
            name = '8bit'
        else:
            raise ValueError(cte)
        if not body.endswith(b'\n'):
            body += b'\n'
        hdr = ['Content-Type: text/%s; charset=%s%s' % (p['sub'], p['label'], p['params']),
               'Content-Transfer-Encoding: %s' % name]
        return hdr, body
    if p['t'] == 'raw':
        hdr = ['Content-Type: %s' % p['ctype']]
        if p['disp']:
            hdr.append('Content-Disposition: %s' % p['disp'])
        if p['cte']:
            hdr.append('Content-Transfer-Encoding: %s' % p['cte'])
        body = _norm(p['text']).encode('utf-8')
        if not body.endswith(b'\n'):
            body += b'\n'
        return hdr, body
    b = p['b'] or ('000000000000' + hx(seed + p['sub'], 16))
    hdr = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (p['sub'], p['extra'], b)]
    out = b''
    for i, sp in enumerate(p['parts']):
        h2, b2 = render(sp, seed + str(i))
        out += ('--%s\n' % b).encode() + '\n'.join(h2).encode('ascii') + b'\n\n' + b2
    out += ('--%s--\n' % b).encode()
    return hdr, out


def add(kind, needs, case, cands, hdrs, body, eol='\r\n', what='', hard=''):
    seed = 'm%d' % len(MSGS)
    ph, pb = render(body, seed)
    lines = ['%s: %s' % (k, v) for k, v in hdrs]
    if not any(k.lower() == 'mime-version' for k, _ in hdrs):
        lines.append('MIME-Version: 1.0')
    lines += ph
    data = ('\n'.join(lines) + '\n\n').encode('ascii') + pb
    data = data.replace(b'\r\n', b'\n')
    if eol == '\r\n':
        data = data.replace(b'\n', b'\r\n')
    MSGS.append({'eml': data,
                 'label': {'kind': kind, 'needs_reply': needs, 'case': case,
                           'candidate_ids': list(cands)},
                 'what': what, 'hard': hard})


# ------------------------------------------------------- transport headers

def _rcvd_time(d, secs):
    return format_datetime((d - timedelta(seconds=secs)).astimezone(PST if d.month in (1, 2, 11, 12) else PDT))


def gmail_in(to, d, env_from, host, ip, dkim, spf='pass', dmarc=None, arc=False):
    """Trace + Authentication-Results as Gmail adds them.
    dkim: list of (result, domain, selector); dmarc: (result, from_domain, policy) or None."""
    t1, t2 = _rcvd_time(d, 2), _rcvd_time(d, 3)
    sid = b64ish(to + env_from + str(d), 12).lower()
    res = ['mx.google.com;']
    for r, dom, sel in dkim:
        res.append('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (r, dom, sel, b64ish(dom + sel + str(d), 8)))
    mailfrom_dom = env_from.split('@')[1]
    if spf == 'pass':
        res.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (env_from, ip, env_from if '+' in env_from else mailfrom_dom))
    else:
        res.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, env_from, ip, mailfrom_dom))
    if dmarc:
        res[-1] += ';'
        res.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc[0], dmarc[2], dmarc[2], 'QUARANTINE' if dmarc[0] == 'fail' and dmarc[2] != 'NONE' else 'NONE', dmarc[1]))
    h = [('Delivered-To', to),
         ('Received', 'by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
             hx(sid, 4), hx(sid + 'a', 3), hx(sid + 'b', 2), hx(sid + 'c', 3), sid[:8], t1)),
         ('X-Received', 'by 2002:a17:90a:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
             hx(sid + 'd', 4), hx(sid + 'e', 3), hx(sid + 'f', 3), hx(sid + 'g', 4), sid[:10], 1 + int(hx(sid, 2), 16) % 40, int(d.timestamp()) % 10**11 + 10**11, t1))]
    if arc:
        h.append(('ARC-Authentication-Results', 'i=1; ' + '\n       '.join(res)))
    h += [('Return-Path', '<%s>' % env_from),
          ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
              host, host, ip, sid, 100 + int(hx(sid, 3), 16) % 800, hx(sid, 6), to, t2)),
          ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
              spf, env_from, 'designates' if spf == 'pass' else 'does not designate', ip, ip)),
          ('Authentication-Results', '\n       '.join(res))]
    return h


def o365_in(d, env_from, host, ip, dkim_dom, from_dom, ok=True):
    """Trace + Authentication-Results as Exchange Online adds them (company mailbox)."""
    t = format_datetime((d - timedelta(seconds=4)).astimezone(UTC))
    mf = env_from.split('@')[1]
    if ok:
        ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % (ip, mf, dkim_dom, from_dom))
    else:
        ar = ('spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000' % (ip, mf, from_dom))
    box = 'TY%sPR01MB%d' % ('CP' if ip.startswith('5') else 'WP', 5000 + int(hx(env_from + str(d), 3), 16))
    return [('Received', 'from %s.jpnprd01.prod.outlook.com (2603:1096:400:%s::%s) by\n %s.jpnprd01.prod.outlook.com with HTTPS; %s' % (
                box, hx(str(d), 3), hx(str(d) + 'x', 2), box, t)),
            ('Authentication-Results', ar),
            ('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s;' % (
                'Pass' if ok else 'Fail', mf, 'designates' if ok else 'does not designate', ip, ip, host)),
            ('Received', 'from %s (%s) by\n OS1PEPF00001%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8511.12 via Frontend\n Transport; %s' % (
                host, ip, hx(host, 3).upper(), int(hx(host, 2), 16) % 250, int(hx(ip, 2), 16) % 250, t)),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-AuthSource', 'OS1PEPF00001%s.jpnprd01.prod.outlook.com' % hx(host, 3).upper()),
            ('Return-Path', env_from)]


def ses_env(key):
    x = hx(key, 40)
    return '0100%s-%s-%s-%s-%s-000000@amazonses.com' % (x[:12], x[12:20], x[20:24], x[24:28], x[28:40])


SES_HOSTS = [('a8-17.smtp-out.amazonses.com', '54.240.8.17'),
             ('a48-103.smtp-out.amazonses.com', '54.240.48.103'),
             ('a27-56.smtp-out.us-west-2.amazonses.com', '54.240.27.56'),
             ('e226-51.smtp-out.ap-northeast-1.amazonses.com', '23.251.226.51')]


def dkim_amazon(d, selector='taugnr5ieyvbl5bboqbmqcyoi3ukqy3a'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=amazon.com; t=%d;\n\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s' % (
        selector, int(d.timestamp()), b64ish('bh' + str(d), 43), b64ish('b' + str(d), 70)))


def aws_in(to, d, key, hostno=0, sel='taugnr5ieyvbl5bboqbmqcyoi3ukqy3a'):
    """A genuine mail from an @amazon.com sender through SES, into either mailbox."""
    host, ip = SES_HOSTS[hostno]
    env = ses_env(key)
    if to == ME_P:
        tr = gmail_in(to, d, env, host, ip,
                      [('pass', 'amazon.com', sel), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                      dmarc=('pass', 'amazon.com', 'QUARANTINE'))
    else:
        tr = o365_in(d, env, host, ip, 'amazon.com', 'amazon.com')
    return tr + [('DKIM-Signature', dkim_amazon(d, sel))]


OUTLOOK_SENT = [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'ja-JP')]


# ------------------------------------------------------------ composition

TXT = {}          # key -> plain text of a message, for quoting later


def head(trace, d, frm, to, subj, key, style='ses', irt=None, ref=None, cc=None,
         extra=(), cs='utf-8', date_tz=None):
    h = list(trace)
    dd = d.astimezone(date_tz) if date_tz else d
    h += [('Date', rfcdate(dd)), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h.append(('Subject', enc(subj, cs)))
    h.append(('Message-ID', mid(key, style)))
    if irt:
        h.append(('In-Reply-To', MIDS.get(irt, irt)))
    if ref:
        h.append(('References', refs(*ref)))
    h += list(extra)
    return h


def q(text, p='> '):
    return '\n'.join((p + l) if l else p.rstrip() for l in _norm(text).strip('\n').split('\n'))


def on_wrote(d, who):
    return 'On %s, %s wrote:' % (d.strftime('%a, %b %-d, %Y at %-I:%M %p'), who)


JA_WD = '月火水木金土日'


def ja_wrote(d, who):
    return '%d年%d月%d日(%s) %d:%02d %s:' % (d.year, d.month, d.day, JA_WD[d.weekday()], d.hour, d.minute, who)


def outlook_block(d, frm, to, subj, cc=None):
    s = ['-----Original Message-----',
         'From: %s' % frm,
         'Sent: %s' % d.strftime('%A, %B %-d, %Y %-I:%M %p'),
         'To: %s' % to]
    if cc:
        s.append('Cc: %s' % cc)
    s.append('Subject: %s' % subj)
    return '\n'.join(s)


def outlook_block_ja(d, frm, to, subj):
    return '\n'.join(['差出人: %s' % frm,
                      '送信日時: %d年%d月%d日 %d:%02d' % (d.year, d.month, d.day, d.hour, d.minute),
                      '宛先: %s' % to,
                      '件名: %s' % subj])


def text2html(text, font='Arial, sans-serif'):
    """Very plain text -> html the way a webmail would."""
    import html as _h
    out = []
    for para in _norm(text).split('\n\n'):
        out.append('<p>' + _h.escape(para).replace('\n', '<br>\n') + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>' % (font, '\n'.join(out)))


FORM_SUBJ = '[AWS Training and Certification Form Submission] - %s'
TC_NAME = 'Amazon Web Services'


def tc_from(name=TC_NAME):
    return addr(name, TC)


# ======================================================================
# 2023: the Credly / duplicate profile case (CASE_P, 11 digits), company mailbox
# ======================================================================

def part_2023():
    # 001 Pearson VUE booking (exam vendor)
    d = when('2023-10-30 18:02:44', UTC)
    t = """Pearson VUE Confirmation of Booking

Dear Ayaka Tominaga,

Thank you for scheduling your exam with Pearson VUE. Please keep this message for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: Japanese
Date and time: Wednesday, November 1, 2023 at 1:30 PM JST
Location: Pearson Professional Centers - Tokyo Shinjuku, 8F Nishi-Shinjuku Square Bldg.
Registration ID: 418227305
AWS Candidate ID: AWS03518826

Arrive 30 minutes before your appointment with two forms of original, valid identification.
If you need to reschedule or cancel, do so at least 24 hours before the appointment through the
AWS Certification account. Appointments missed without notice are forfeited.

Pearson VUE
This is an automated message. Do not reply to this message.
"""
    hh = """<html><body style="font-family:Verdana,Arial;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#0a2d6e;color:#fff;padding:14px 20px;font-size:18px">Pearson VUE Confirmation of Booking</td></tr>
<tr><td style="padding:18px 20px">
<p>Dear Ayaka Tominaga,</p>
<p>Thank you for scheduling your exam with Pearson VUE. Please keep this message for your records.</p>
<table cellpadding="4" style="border:1px solid #ccc;font-size:13px">
<tr><td><b>Exam</b></td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr>
<tr><td><b>Language</b></td><td>Japanese</td></tr>
<tr><td><b>Date and time</b></td><td>Wednesday, November 1, 2023 at 1:30 PM JST</td></tr>
<tr><td><b>Location</b></td><td>Pearson Professional Centers - Tokyo Shinjuku, 8F Nishi-Shinjuku Square Bldg.</td></tr>
<tr><td><b>Registration ID</b></td><td>418227305</td></tr>
<tr><td><b>AWS Candidate ID</b></td><td>AWS03518826</td></tr>
</table>
<p>Arrive 30 minutes before your appointment with two forms of original, valid identification.
If you need to reschedule or cancel, do so at least 24 hours before the appointment through the AWS Certification account. Appointments missed without notice are forfeited.</p>
<p style="color:#777;font-size:11px">Pearson VUE<br>This is an automated message. Do not reply to this message.</p>
</td></tr></table></body></html>"""
    h = head(o365_in(d, 'bounces+2281734-7c1e-a.tominaga=kirishima-sys.co.jp@em.pearsonvue.com', 'o7.em.pearsonvue.com', '167.89.21.144', 'pearsonvue.com', 'pearsonvue.com'),
             d, addr('Pearson VUE', 'noreply@pearsonvue.com'), ME_C,
             'Pearson VUE Confirmation of Booking', 'pv-book', 'pearsonvue.com')
    add('unrelated', False, None, [CID_OLD], h,
        multi('alternative', leaf(t, cte='qp'), html(hh, cte='qp')),
        what='Pearson VUE booking confirmation for SAA-C03',
        hard='exam vendor; 9-digit registration ID next to a candidate ID; "cancel/reschedule" wording')

    # 002 exam result (certification)
    d = when('2023-11-02 06:15:09', UTC)
    t = """Dear Ayaka,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam and you are now AWS Certified.

You can access your certificate, digital badge and validation number in your AWS Certification Account under Certifications.

  Candidate ID: AWS03518826
  Certification: AWS Certified Solutions Architect - Associate
  Achieved: November 1, 2023
  Expires: November 1, 2026
  Validation number: 7QF2LK91Y2E4M3SW

Within the next few days you will receive an e-mail from Credly, our digital badge partner, inviting you to accept your badge.

As an AWS Certified individual you also have access to a 50% discount on your next AWS Certification exam. Find it under Benefits in your AWS Certification Account.

Regards,
AWS Training and Certification
"""
    h = head(o365_in(d, 'bounce-4410_HTML-1193822-77120-7210344-5@bounce.certmetrics.com', 'mta-77.certmetrics.com', '13.111.77.201', 'certmetrics.com', 'certmetrics.com'),
             d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), addr(ME_EN, ME_C),
             'Congratulations, you are now AWS Certified!', 'cm-pass', 'certmetrics.com')
    add('certification', False, None, [CID_OLD], h,
        multi('alternative', leaf(t, cte='7bit', label='us-ascii'), html(text2html(t), cte='qp')),
        what='Exam pass notice with validation number', hard='candidate ID in a non-case mail; mentions benefits/voucher')

    # 003 acknowledgement (P)
    d = when('2023-11-06 01:21:37', UTC)
    t = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged under case %s.

Here is a copy of what you sent us:

  Inquiry type: Certification
  Additional detail: Digital badges
  Description: The Solutions Architect - Associate badge I earned on Nov 1 does not show
  up on Credly. I think there may be two certification profiles using
  a.tominaga@kirishima-sys.co.jp.

Someone from the team normally gets back to you within one business day; some requests take longer.

To keep things moving, add anything new by replying on this thread rather than sending the form again. A second submission creates a separate case and tends to slow the answer down.

Regards,
AWS Training and Certification Customer Service
""" % CASE_P
    TXT['P1'] = t
    h = head(aws_in(ME_C, d, 'p1'), d, tc_from('AWS Training and Certification'), ME_C,
             '[CASE %s] %s' % (CASE_P, FORM_SUBJ % 'certification'), 'P1')
    add('acknowledgement', False, CASE_P, [], h, leaf(t, cte='7bit', label='UTF-8'), eol='\n',
        what='Form acknowledgement for the Credly badge problem',
        hard='imperative "reply on this thread rather than ..." is not a request; LF line ends')

    # 004 info_request (P)
    d = when('2023-11-07 02:48:12', UTC)
    t = """Hi Ayaka,

Thanks for the details. I can see more than one certification profile under your name, but from here I can't tell which of them holds the Solutions Architect - Associate result from November 1.

What are the candidate IDs shown on each profile? After you sign in to the certification account it is in the top right corner (AWS followed by eight digits). I'll also need the sign-in email of each profile if they are not the same.

With those two things I can move this forward.

Marcus
AWS Training & Certification Support
"""
    TXT['P2'] = t
    subj = 'RE:[CASE %s] %s' % (CASE_P, FORM_SUBJ % 'certification')
    h = head(aws_in(ME_C, d, 'p2', 1), d, tc_from('AWS Training and Certification'), ME_C, subj, 'P2',
             irt='P1', ref=['P1'])
    add('info_request', True, CASE_P, [], h, leaf(t + '\n' + q(TXT['P1']) + '\n', cte='qp'),
        what='Agent asks for the candidate IDs and sign-in emails of both profiles',
        hard='request phrased as a question ("What are ...?") and "I\'ll also need", no please')

    # 005 user_reply (P), Outlook from company address
    d = when('2023-11-07 12:30:51', JST)
    t = """Hi Marcus,

Thank you for the quick reply.

Profile 1: AWS03518826 - sign-in a.tominaga@kirishima-sys.co.jp (I took the exam with this one)
Profile 2: AWS09921437 - also a.tominaga@kirishima-sys.co.jp, I think it was created by mistake in 2022 when I signed in through Partner Central

Both use the same email address.

Best regards,
Ayaka Tominaga
Cloud Integration Dept., Kirishima Systems Co., Ltd.
"""
    TXT['P3'] = t
    full = t + '\n' + outlook_block(when('2023-11-07 11:48:00', JST), 'AWS Training and Certification <%s>' % TC,
                                    '%s <%s>' % (ME_JA, ME_C), subj) + '\n\n' + TXT['P2']
    h = head([], d, addr(ME_JA, ME_C), addr('AWS Training and Certification', TC), 'RE: ' + subj, 'P3', 'outlook',
             irt='P2', ref=['P1', 'P2'],
             extra=[('Thread-Topic', subj), ('Thread-Index', 'AQHaEQ' + b64ish('P3', 22) + '=='), ] + OUTLOOK_SENT)
    add('user_reply', False, CASE_P, [CID_OLD, CID_DUP], h,
        multi('alternative', leaf(full, cte='b64'), html(text2html(full, 'Yu Gothic, Meiryo, sans-serif'), cte='b64')),
        what='Owner answers with both candidate IDs (Outlook, from company address)',
        hard='owner mail with candidate IDs; Outlook "-----Original Message-----" quoting; base64')

    # 006 confirmation_request (P)
    d = when('2023-11-08 05:09:40', UTC)
    t = """Hello Ayaka,

My name is Priya and I'm taking over this case from Marcus.

Before anything gets combined I have to be certain about ownership. These are the two records we located:

  Record A - AWS03518826 - login a.tominaga@kirishima-sys.co.jp - 1 active certification
  Record B - AWS09921437 - login a.tominaga@kirishima-sys.co.jp - no exam history

Kindly confirm that both records belong to you and that Record A is the one we should keep. Record B will be closed as part of the merge and this cannot be reversed.

Warm regards,
Priya N.
AWS Training and Certification | Customer Support
"""
    TXT['P4'] = t
    quoted = 'From: %s <%s>\nSent: 11/7/2023 3:30 AM\n\n%s\n%s' % (ME_JA, ME_C, TXT['P3'], q(TXT['P2']))
    h = head(aws_in(ME_C, d, 'p4', 0), d, tc_from('AWS Training and Certification'), ME_C, subj, 'P4',
             irt='P3', ref=['P1', 'P2', 'P3'])
    add('confirmation_request', True, CASE_P, [CID_OLD, CID_DUP], h,
        leaf(t + '\n-----\n' + q(quoted) + '\n', cte='qp'),
        what='Agent lists two records and asks to confirm ownership and which to keep',
        hard='"Kindly confirm"; Record A/B instead of Account #1/#2; both candidate IDs in new text')

    # 007 user_reply (P)
    d = when('2023-11-08 15:02:18', JST)
    t = """Hi Priya,

Confirmed - both records are mine. Please keep Record A (AWS03518826) and close Record B.

Thank you,
Ayaka Tominaga
"""
    TXT['P5'] = t
    full = t + '\n' + outlook_block(when('2023-11-08 14:09:00', JST), 'AWS Training and Certification <%s>' % TC,
                                    '%s <%s>' % (ME_JA, ME_C), subj) + '\n\n' + TXT['P4']
    h = head([], d, addr(ME_JA, ME_C), addr('AWS Training and Certification', TC), 'RE: ' + subj, 'P5', 'outlook',
             irt='P4', ref=['P1', 'P2', 'P3', 'P4'],
             extra=[('Thread-Topic', subj), ('Thread-Index', 'AQHaEQ' + b64ish('P5', 22) + '==')] + OUTLOOK_SENT)
    add('user_reply', False, CASE_P, [CID_OLD], h,
        multi('alternative', leaf(full, cte='qp'), html(text2html(full, 'Yu Gothic, Meiryo, sans-serif'), cte='qp')),
        what='Owner confirms ownership, keep Record A', hard='owner confirmation contains "Please keep" imperative')

    # 008 case_update (P)
    d = when('2023-11-09 08:40:02', UTC)
    t = """Hi Ayaka,

Thank you for confirming.

I've handed the merge to our certification operations team, who carry out this kind of change. They are working through a larger queue than usual at the moment, so it may take up to a week before it's finished.

Nothing else is needed from you for now. I'll write again on this case as soon as I hear back from them.

While checking your profile I also noticed an older case, 7390146258, from 2021 about an exam reschedule. It stays closed and isn't affected by this request.

Priya N.
AWS Training and Certification | Customer Support
"""
    TXT['P6'] = t
    h = head(aws_in(ME_C, d, 'p6', 1), d, tc_from('AWS Training and Certification'), ME_C, subj, 'P6',
             irt='P5', ref=['P1', 'P2', 'P3', 'P4', 'P5'])
    add('case_update', False, CASE_P, [], h, leaf(t + '\n' + q(TXT['P5']) + '\n', cte='qp'),
        what='Passed to certification operations, up to a week',
        hard='a second (10-digit) case number appears in the body; "nothing else is needed"')

    # 009 GitHub merged (unrelated)
    d = when('2023-11-13 04:12:55', UTC)
    t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tominaga-a/tf-cert-lab/pull/412#event-10944181226
You are receiving this because you authored the thread.

Message ID: <tominaga-a/tf-cert-lab/pull/412/issue_event/10944181226@github.com>
"""
    hh = ('<p>Merged <a href="https://github.com/tominaga-a/tf-cert-lab/pull/412">#412</a> into main.</p>\n'
          '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
          '<a href="https://github.com/tominaga-a/tf-cert-lab/pull/412#event-10944181226">view it on GitHub</a>.<br />'
          'You are receiving this because you authored the thread.</p>')
    h = head(gmail_in(ME_P, d, 'noreply@github.com', 'out-21.smtp.github.com', '192.30.252.204',
                      [('pass', 'github.com', 'pf2023')], dmarc=('pass', 'github.com', 'REJECT')),
             d, addr('Kenji Arai', 'notifications@github.com'), addr('tominaga-a/tf-cert-lab', 'tf-cert-lab@noreply.github.com'),
             'Re: [tominaga-a/tf-cert-lab] Merge duplicate account modules into one (PR #412)', 'gh1', 'github.com',
             irt='<tominaga-a/tf-cert-lab/pull/412@github.com>', ref=['<tominaga-a/tf-cert-lab/pull/412@github.com>'],
             cc=addr('Ayaka Tominaga', ME_P) + ',\n Author <author@noreply.github.com>',
             extra=[('List-ID', 'tominaga-a/tf-cert-lab <tf-cert-lab.tominaga-a.github.com>'),
                    ('X-GitHub-Reason', 'author')])
    add('unrelated', False, None, [], h,
        multi('alternative', leaf(t, cte='7bit', label='UTF-8'), html(hh, cte='7bit', label='UTF-8')),
        what='GitHub: pull request "Merge duplicate account modules" merged',
        hard='"Merged", "duplicate account", "Reply to this email"')

    # 010 resolved (P)
    d = when('2023-11-16 03:27:31', UTC)
    t = """Hi Ayaka,

Good news: the merge is complete. Everything that lived under AWS09921437 now sits under AWS03518826, and the duplicate profile has been deactivated.

Credly picks up the change by itself; allow up to 48 hours for the Solutions Architect - Associate badge to show up. If it still looks wrong after that, just reply here and I'll take another look.

Thanks for your patience while the operations team worked through their queue.

Priya N.
AWS Training and Certification | Customer Support
"""
    hist = '\n'.join([t, '-------- Previous messages --------', q(TXT['P6']), '>', q(q(TXT['P5'])), '>', q(q(q(TXT['P4'])))])
    h = head(aws_in(ME_C, d, 'p7', 2), d, tc_from('AWS Training and Certification'), ME_C, subj, 'P7',
             irt='P6', ref=['P1', 'P2', 'P3', 'P4', 'P5', 'P6'])
    add('resolved', False, CASE_P, [CID_DUP, CID_OLD], h,
        multi('alternative', leaf(hist, cte='qp'), html(text2html(hist), cte='qp')),
        what='Duplicate profile merged; badge to follow',
        hard='quotes the earlier "Kindly confirm" request; "just reply here" is conditional')

    # 011 Credly badge
    d = when('2023-11-16 09:02:10', UTC)
    t = """Ayaka, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your network and show employers what you can do:
https://www.credly.com/badges/4c9e2a17-83b5-4f0d-9a6e-2d1f7b0c55e3/accept

Questions? Visit https://support.credly.com

Credly, Inc. | 100 Broadway, New York, NY
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
    hh = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="badge" width="110"></td></tr>
<tr><td style="padding:0 32px;text-align:center"><h2 style="margin:0">Ayaka, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/4c9e2a17-83b5-4f0d-9a6e-2d1f7b0c55e3/accept" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
</td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#888;text-align:center">Credly, Inc. | 100 Broadway, New York, NY<br><a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a></td></tr>
</table></td></tr></table></body></html>"""
    h = head(o365_in(d, 'bounces+19842235-ad12-a.tominaga=kirishima-sys.co.jp@mail.credly.com', 'o1.mail.credly.com', '149.72.154.83', 'credly.com', 'credly.com'),
             d, addr('Credly', 'admin@credly.com'), ME_C,
             'Ayaka, Amazon Web Services Training and Certification sent you a new badge', 'cr1', 'credly.com')
    add('badge', False, None, [], h, multi('alternative', leaf(t, cte='7bit', label='UTF-8'), html(hh, cte='qp')),
        what='Credly badge issued after the 2023 merge', hard='badge mail right after a case resolution')

    # 012 survey (P)
    d = when('2023-11-17 00:05:44', UTC)
    hh = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" height="32" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (case ID %s) was marked as resolved. We would like to know how it went.</p>
<p><b>Overall, how satisfied are you with the support you received?</b></p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws.training/r/cs?c=%s&amp;s=1">1</a></td><td><a href="https://survey.aws.training/r/cs?c=%s&amp;s=2">2</a></td>
<td><a href="https://survey.aws.training/r/cs?c=%s&amp;s=3">3</a></td><td><a href="https://survey.aws.training/r/cs?c=%s&amp;s=4">4</a></td>
<td><a href="https://survey.aws.training/r/cs?c=%s&amp;s=5">5</a></td></tr>
<tr><td colspan="2" style="font-size:11px">Not at all satisfied</td><td></td><td colspan="2" style="font-size:11px;text-align:right">Very satisfied</td></tr></table>
<p>The survey takes about two minutes. Your answers are anonymous and help us improve.</p>
<p style="font-size:11px;color:#687078">Replies to this message are not monitored. If you still need help with this issue, contact us through the AWS Training and Certification support page.</p>
</td></tr></table></body></html>""" % ((CASE_P,) * 6)
    h = head(aws_in(ME_C, d, 'p8', 0), d, addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), ME_C,
             'Tell us about your recent support experience', 'P8')
    add('survey', False, CASE_P, [], h, html(hh, cte='qp'),
        what='HTML-only satisfaction survey for the 2023 case', hard='case ID only in the body; subject has no token')


# ======================================================================
# January - February 2025: name on certificate (CASE_D) and the noise around it
# ======================================================================

def gmail_html(newtext, attr, quoted_text):
    """Gmail-style html: new text + gmail_quote blockquote."""
    import html as _h
    nt = _h.escape(_norm(newtext)).replace('\n', '<br>\n')
    qt = _h.escape(_norm(quoted_text)).replace('\n', '<br>\n')
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '%s</blockquote></div>\n' % (nt, _h.escape(attr), qt))


def part_2025_q1():
    # 013 AWS billing (unrelated, same sender as console cases)
    d = when('2025-01-08 09:41:27', UTC)
    t = """Greetings from Amazon Web Services,

Your billing statement for December 2024 is now available for AWS account 482019736514 (Ayaka personal).

  Amount due: USD 3.42
  Payment method: Visa ending in 4417
  Charge date: on or after January 8, 2025

Open the Bills page of the AWS Billing and Cost Management console to see the charges per service. You can download a PDF invoice from the same page.

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
Amazon Web Services will not ask you for your password or payment details by e-mail.
"""
    h = head(aws_in(ME_P, d, 'bill1', 2), d, addr('Amazon Web Services', NOREPLY), ME_P,
             'Amazon Web Services Billing Statement Available [Account: 482019736514]', 'bill1')
    add('unrelated', False, None, [], h, leaf(t, cte='7bit', label='us-ascii'),
        what='AWS billing statement', hard='from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID')

    # 014 acknowledgement (D), Japanese, ISO-2022-JP
    d = when('2025-01-14 14:32:09', UTC)
    t = """富永 彩花 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

お問い合わせの内容:
  お問い合わせタイプ: AWS トレーニングと認定
  問題タイプ: 認定
  その他の詳細: 認定証の記載内容
  内容: 認定証のローマ字氏名が「Ayaka Tominanga」になっています。
        正しくは「Ayaka Tominaga」です。修正をお願いします。

担当者より、原則として1営業日以内にご連絡いたします。内容によっては調査にお時間を
いただく場合がございますので、あらかじめご了承ください。

同じ内容で改めてフォームを送信されますと別のケースとして扱われ、回答が遅れる原因となります。
追加の情報はこのメールへの返信でお送りください。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_D
    TXT['D1'] = t
    subj = '[CASE %s] お問い合わせを受け付けました' % CASE_D
    h = head(aws_in(ME_P, d, 'd1', 3), d, addr('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P, subj, 'D1',
             'ses-tokyo', cs='iso-2022-jp')
    add('acknowledgement', False, CASE_D, [], h, leaf(t, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'),
        what='Japanese acknowledgement of the name-correction request',
        hard='ISO-2022-JP body and subject; 「修正をお願いします」 is the owner\'s own quoted form text')

    # 015 info_request (D), Japanese keigo
    d = when('2025-01-15 01:55:40', UTC)
    t = """富永 彩花 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小野寺でございます。

認定証に記載されるお名前の件、ご連絡いただきありがとうございます。
修正にあたり、ご本人確認のため次の2点を確認させていただきたく存じます。

1. 試験当日にご提示いただいた身分証明書に記載のとおりのお名前
   （ローマ字表記、姓と名の順序を含みます）
2. 対象となる認定アカウントの候補 ID
   （「AWS」から始まる番号で、認定アカウントにサインインすると画面右上に表示されます）

お手数をおかけいたしますが、本メールへのご返信にてお知らせいただけますでしょうか。
確認が取れ次第、修正の手続きを進めさせていただきます。

何卒よろしくお願いいたします。

小野寺
AWS トレーニングと認定 カスタマーサポート
"""
    TXT['D2'] = t
    rs = 'RE: [CASE %s] %s' % (CASE_D, FORM_SUBJ % 'certification')
    full = t + '\n\n---------- 元のメッセージ ----------\n' + TXT['D1']
    h = head(aws_in(ME_P, d, 'd2', 3), d, addr('AWS トレーニングと認定', TC), ME_P, rs, 'D2', 'ses-tokyo',
             irt='D1', ref=['D1'])
    add('info_request', True, CASE_D, [], h,
        multi('alternative', leaf(full, cte='qp'), html(text2html(full, 'Meiryo, sans-serif'), cte='qp')),
        what='Japanese agent asks for the name as on the ID and the candidate ID',
        hard='keigo request (〜いただけますでしょうか) after a numbered list; quoted ack below')

    # 016 colleague mail (unrelated), company, internal
    d = when('2025-01-16 17:20:05', JST)
    t = """富永さん

お疲れさまです。佐伯です。

来週火曜の設計レビュー、資料のドラフトを共有フォルダに置きました。
アカウント統合(AWS Organizations 側の話です)の章だけまだ薄いので、
金曜までにコメントもらえると助かります。

あと、3月末の件は部長にも共有済みです。引き継ぎ表は別途相談させてください。

佐伯
"""
    h = head([('Received', 'from TYCPR01MB8421.jpnprd01.prod.outlook.com ([fe80::3c1a:9d2e:41b0:7f1c]) by\n TYCPR01MB8421.jpnprd01.prod.outlook.com ([fe80::3c1a:9d2e:41b0:7f1c%5]) with mapi id\n 15.20.8335.017; ' + rfcdate(d.astimezone(UTC))),
              ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
              ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB8421.jpnprd01.prod.outlook.com')],
             d, addr('佐伯 智也', 't.saeki@kirishima-sys.co.jp'), addr(ME_JA, ME_C), '設計レビュー資料のドラフト', 'col1', 'outlook',
             extra=[('Thread-Topic', enc('設計レビュー資料のドラフト', name='Thread-Topic')),
                    ('Thread-Index', 'AdtoB' + b64ish('col1', 20))] + OUTLOOK_SENT)
    add('unrelated', False, None, [], h, multi('alternative', leaf(t, cte='b64'), html(text2html(t, 'Yu Gothic'), cte='b64')),
        what='Manager asks for comments on a design review (AWS Organizations account consolidation)',
        hard='a real request, but from a colleague; "アカウント統合" in another sense')

    # 017 closing_notice (D), Japanese, ISO-2022-JP
    d = when('2025-01-20 00:05:31', UTC)
    t = """富永 彩花 様

AWS トレーニングと認定 カスタマーサポートの小野寺です。

1月15日にお送りしたご本人確認のお願いにつきまして、現時点でご返信を確認できておりません。
本日より3営業日以内にご返信をいただけない場合、本ケースはいったんクローズとさせていただきます。

なお、クローズ後であっても本メールにご返信いただければケースは再開されます。
お忙しいところ恐れ入りますが、ご確認のほどよろしくお願いいたします。

小野寺
AWS トレーニングと認定 カスタマーサポート

""" + q(TXT['D2'])
    TXT['D3'] = t
    h = head(aws_in(ME_P, d, 'd3', 3), d, addr('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
             'RE: [CASE %s] %s' % (CASE_D, FORM_SUBJ % 'certification'), 'D3', 'ses-tokyo',
             irt='D2', ref=['D1', 'D2'])
    add('closing_notice', True, CASE_D, [], h, leaf(t, cs='iso-2022-jp', cte='7bit', label='iso-2022-jp'),
        what='Japanese reminder: case closes in 3 business days without a reply',
        hard='no explicit question in the new text; the quoted request carries it; ISO-2022-JP')

    # 018 user_reply (D), Gmail, Japanese
    d = when('2025-01-20 21:47:13', JST)
    t = """小野寺様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

1. 身分証明書(パスポート)記載の氏名: TOMINAGA AYAKA(姓: TOMINAGA / 名: AYAKA)
   認定証には「Ayaka Tominaga」の順で表示していただければ問題ありません。
2. 候補ID: AWS03518826

よろしくお願いいたします。
富永 彩花
"""
    TXT['D4'] = t
    attr = ja_wrote(when('2025-01-20 09:05:00', JST), 'AWS トレーニングと認定 <%s>' % TC)
    plain = t + '\n' + attr + '\n\n' + q(TXT['D3']) + '\n'
    h = head([], d, addr(ME_JA, ME_P), addr('AWS トレーニングと認定', TC),
             'Re: RE: [CASE %s] %s' % (CASE_D, FORM_SUBJ % 'certification'), 'D4', 'gmail',
             irt='D3', ref=['D1', 'D2', 'D3'])
    add('user_reply', False, CASE_D, [CID_OLD], h,
        multi('alternative', leaf(plain, cte='b64', label='"UTF-8"'),
              html(gmail_html(t, attr, TXT['D3']), cte='qp', label='"UTF-8"')),
        what='Owner answers in Japanese with passport name and candidate ID',
        hard='Gmail 「…:」 attribution line; candidate ID in new text; quoted closing notice')

    # 019 resolved (D), English
    d = when('2025-01-21 04:12:50', UTC)
    t = """Hello Ayaka,

Thank you for the information. I have corrected the name on your certification profile to Ayaka Tominaga. Certificates generated from now on will carry the corrected spelling; PDFs that already exist can take up to 24 hours to refresh.

No further action is required on your part. If there is anything else we can help with on this topic, feel free to reply to this email.

Kind regards,
Elena R.
AWS Training and Certification
"""
    TXT['D5'] = t
    full = t + '\n' + on_wrote(when('2025-01-20 12:47:13', UTC), '%s <%s>' % (ME_JA, ME_P)) + '\n' + q(TXT['D4']) + '\n'
    h = head(aws_in(ME_P, d, 'd5', 0), d, addr('Amazon Web Services', TC), ME_P,
             'RE: [CASE %s] %s' % (CASE_D, FORM_SUBJ % 'certification'), 'D5', irt='D4', ref=['D1', 'D2', 'D3', 'D4'])
    add('resolved', False, CASE_D, [], h, leaf(full, cte='qp'),
        what='Name corrected on the profile', hard='"No further action is required" + conditional invitation to reply')

    # 020 survey (D), Japanese HTML-only
    d = when('2025-01-22 01:00:12', UTC)
    hh = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px">
<p>お客様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース ID: <b>%s</b></p>
<p>今後のサービス向上のため、今回の対応についての簡単なアンケートにご協力いただけますと幸いです。所要時間は2分ほどです。</p>
<p style="margin:20px 0"><a href="https://survey.aws.training/r/cs?lang=ja&amp;c=%s" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:12px;color:#666">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>""" % (CASE_D, CASE_D)
    h = head(aws_in(ME_P, d, 'd6', 1), d, addr('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com'), ME_P,
             'サポートについてのアンケートのお願い', 'D6')
    add('survey', False, CASE_D, [], h, html(hh, cte='b64'),
        what='Japanese satisfaction survey', hard='HTML-only base64; ご協力いただけますと幸いです sounds like a request')

    # 021 suspicious: lookalike domain
    d = when('2025-01-24 13:20:44', UTC)
    hh = """<html><body style="font-family:Arial;font-size:14px">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:22px;font-weight:bold">aws</span> <span style="color:#fff">Certification</span></div>
<p>Dear Certified Professional,</p>
<p>Our records show a mismatch between the name on your AWS Certification profile and your identity documents. To prevent the <b>suspension of your AWS Certified Solutions Architect &ndash; Associate credential</b>, you must verify your identity within <b>48 hours</b>.</p>
<p><a href="https://amazon-certsupport.com/verify/session?id=8812cd9e" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Verify my certification</a></p>
<p>If you cannot open the link, reply to this email with your candidate ID, date of birth and the password of your AWS Certification account so our team can complete the check for you.</p>
<p>AWS Certification Compliance Team<br>Case reference: CERT-558102</p>
</body></html>"""
    h = head(gmail_in(ME_P, d, 'bounce@mail.amazon-certsupport.com', 'mail.amazon-certsupport.com', '185.231.154.22',
                      [('pass', 'amazon-certsupport.com', 'k1')], dmarc=('pass', 'amazon-certsupport.com', 'NONE')),
             d, addr('AWS Certification', 'certification-notice@amazon-certsupport.com'), ME_P,
             'Action required: your AWS Certification will be suspended in 48 hours', 'ph1', 'mail.amazon-certsupport.com',
             extra=[('Reply-To', 'verify@amazon-certsupport.com')])
    add('suspicious', False, None, [], h, html(hh, cte='qp'),
        what='Lookalike-domain phishing about a "name mismatch"',
        hard='auth passes for its own lookalike domain; asks for a reply; timing matches the real name case')

    # 022 user_reply (D), Gmail, English
    d = when('2025-01-27 08:31:40', JST)
    t = """Hi Elena,

Sorry to come back to this. The profile page shows the right name now, but the certificate PDF I downloaded this morning still says "Ayaka Tominanga", and so does the one linked from my Credly badge. It has been almost a week. Could you check?

Thanks,
Ayaka
"""
    TXT['D7'] = t
    attr = on_wrote(when('2025-01-21 13:12:00', JST), 'Amazon Web Services <%s>' % TC)
    plain = t + '\n' + attr + '\n\n' + q(TXT['D5']) + '\n'
    h = head([], d, addr(ME_EN, ME_P), addr('Amazon Web Services', TC),
             'Re: RE: [CASE %s] %s' % (CASE_D, FORM_SUBJ % 'certification'), 'D7', 'gmail',
             irt='D5', ref=['D1', 'D2', 'D3', 'D4', 'D5'])
    add('user_reply', False, CASE_D, [], h,
        multi('alternative', leaf(plain, cte='qp', label='"UTF-8"'), html(gmail_html(t, attr, TXT['D5']), cte='qp', label='"UTF-8"')),
        what='Owner reports the PDF still has the old spelling (reopens the case)',
        hard='owner asks a question ("Could you check?") - still a user_reply')

    # 023 case_update (D): reopened
    d = when('2025-01-28 02:14:09', UTC)
    t = """Hello Ayaka,

Thanks for letting us know, and apologies for the trouble. I've reopened this case.

The certificate PDFs come from a separate system that did not pick up the profile change. I have asked the certification team to regenerate them; that normally takes two to three business days. I'll post here once they confirm.

Elena R.
AWS Training and Certification
"""
    TXT['D8'] = t
    h = head(aws_in(ME_P, d, 'd8', 0), d, addr('Amazon Web Services', TC), ME_P,
             'RE: [CASE %s] %s' % (CASE_D, FORM_SUBJ % 'certification'), 'D8', irt='D7', ref=['D1', 'D5', 'D7'])
    add('case_update', False, CASE_D, [], h,
        multi('alternative', leaf(t + '\n' + q(TXT['D7']) + '\n', cte='qp'), html(text2html(t), cte='qp')),
        what='Case reopened, regeneration requested', hard='reopen wording; no request')

    # 024 resolved (D), Japanese HTML-only
    d = when('2025-01-30 06:48:27', UTC)
    hh = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Meiryo,sans-serif;font-size:14px">
<p>富永 彩花 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの小野寺です。</p>
<p>認定証 PDF の再作成が完了し、すべての認定証に「Ayaka Tominaga」と表示されるようになりました。Credly のバッジからリンクされている認定証にも反映済みです。</p>
<p>本件はこれにて完了とさせていただきます。<br>ほかにご不明な点がございましたら、お気軽にお問い合わせください。</p>
<p>小野寺<br>AWS トレーニングと認定 カスタマーサポート</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p>Hello Ayaka,</p><p>Thanks for letting us know, and apologies for the trouble. I've reopened this case. ...</p></div>
</div></body></html>"""
    h = head(aws_in(ME_P, d, 'd9', 3), d, addr('AWS トレーニングと認定', TC), ME_P,
             'RE: [CASE %s] %s' % (CASE_D, FORM_SUBJ % 'certification'), 'D9', 'ses-tokyo', irt='D8', ref=['D1', 'D7', 'D8'])
    add('resolved', False, CASE_D, [], h, html(hh, cte='b64', label='UTF-8'),
        what='Japanese: PDFs regenerated, case complete', hard='HTML-only base64; 〜がございましたら conditional')


def part_2025_feb():
    # 025 Skill Builder receipt (unrelated AWS mail)
    d = when('2025-02-03 11:03:18', UTC)
    t = """AWS Skill Builder

Thanks for your order, Ayaka.

Order number: SB-20250203-77314
Item: AWS Skill Builder Individual subscription (monthly)
Billing period: Feb 3, 2025 - Mar 2, 2025
Amount charged: USD 29.00 (Visa ending in 4417)

Your subscription renews automatically. You can cancel at any time from Account > Subscription on skillbuilder.aws; cancelling stops the next renewal.

Need help with your subscription? Visit the AWS Skill Builder help page.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    h = head(gmail_in(ME_P, d, '0101019acd3e7f10-3c9a1e22-9b0e-4f7c-8d0e-5a61c2d4b7aa-000000@us-west-2.amazonses.com',
                      'a27-21.smtp-out.us-west-2.amazonses.com', '54.240.27.21',
                      [('pass', 'aws.training', 'sb2024'), ('pass', 'amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n')],
                      dmarc=('pass', 'aws.training', 'NONE')),
             d, addr('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder receipt', 'sb1', 'aws.training')
    add('unrelated', False, None, [], h, multi('alternative', leaf(t, cte='qp'), html(text2html(t), cte='qp')),
        what='Skill Builder subscription receipt', hard='AWS training platform sender; order number')

    # 026 certification: expiry notice, Japanese Shift_JIS 8bit
    d = when('2025-02-10 00:30:02', UTC)
    t = """富永 彩花 様

AWS 認定をご取得いただき、ありがとうございます。

お客様が保有されている次の認定は、まもなく有効期限を迎えます。

  認定: AWS Certified Developer - Associate
  有効期限: 2025年5月14日
  候補 ID: AWS03518826

認定を維持するには、有効期限までに最新バージョンの試験に合格して再認定を受けてください。
上位の認定を取得することで再認定となる場合もあります。詳しくは AWS 認定の再認定ページをご覧ください。

有効期限を過ぎると、認定およびデジタルバッジは失効となり、認定者向けの特典もご利用いただけなくなります。

AWS トレーニングと認定
※このメールは送信専用です。
"""
    h = head(o365_in(d, 'bounce-4410_HTML-1193822-88231-7210344-9@bounce.certmetrics.com', 'mta-79.certmetrics.com',
                     '13.111.77.203', 'certmetrics.com', 'certmetrics.com'),
             d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
             'AWS 認定の有効期限が近づいています', 'cm-exp', 'certmetrics.com', cs='shift_jis')
    add('certification', False, None, [CID_OLD], h, leaf(t, cs='shift_jis', cte='8bit', label='Shift_JIS'),
        what='Japanese expiry warning for Developer - Associate', hard='Shift_JIS 8bit; "再認定を受けてください" is not a case request')

    # 027 certification: "wants to hear from you" (program survey, not a case survey)
    d = when('2025-02-12 16:45:30', UTC)
    t = """Hi Ayaka,

AWS Certification wants to hear from you.

We are asking a small group of AWS Certified individuals about their experience preparing for and taking AWS Certification exams. Your answers will shape how we design future exams and candidate resources.

The questionnaire takes about 10 minutes and closes on February 28.

Take the questionnaire: https://pages.awscloud.com/certification-voice-2025.html?cid=AWS03518826

Thank you for lending your voice to AWS Certification.

You are receiving this because you opted in to feedback requests in your AWS Certification account profile.
"""
    h = head(o365_in(d, 'bounce-4410_HTML-1193822-90114-7210344-2@bounce.certmetrics.com', 'mta-77.certmetrics.com',
                     '13.111.77.201', 'certmetrics.com', 'certmetrics.com'),
             d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
             'AWS Certification wants to hear from you', 'cm-voice', 'certmetrics.com')
    add('certification', False, None, [CID_OLD], h, multi('alternative', leaf(t, cte='7bit', label='us-ascii'), html(text2html(t), cte='qp')),
        what='Certification program questionnaire', hard='a feedback request that is not about a support case (not survey); candidate ID inside a URL')

    # 028 Japanese newsletter
    d = when('2025-02-18 22:00:00', UTC)
    t = """━━━━━━━━━━━━━━━━━━━━━━
 くも週報 #214  2025年2月19日号
━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
・AWS Organizations で複数アカウントを統合するときの落とし穴
・Amazon Bedrock のモデル評価機能アップデート
・AWS 認定: 新しい試験ガイドが公開されました

■ 読者からの質問
「転職したら AWS 認定はどうなりますか?」
→ 認定は個人に紐づきます。会社のメールアドレスで登録している場合は、退職前に
  個人アドレスのアカウントへ移しておくのが安心です(詳しくは次号で)。

■ イベント
・3/12 クラウド勉強会 オンライン (参加無料)

配信停止はこちら: https://kumo-weekly.jp/unsubscribe?u=8a71c0
くも週報編集部
"""
    h = head(gmail_in(ME_P, d, 'news-bounce@kumo-weekly.jp', 'mail2.kumo-weekly.jp', '203.0.113.77',
                      [('pass', 'kumo-weekly.jp', 'mail')], dmarc=('pass', 'kumo-weekly.jp', 'NONE')),
             d, addr('くも週報', 'news@kumo-weekly.jp'), ME_P,
             '【くも週報 #214】アカウント統合の落とし穴 / Bedrock 評価機能 ほか', 'nl1', 'kumo-weekly.jp',
             extra=[('List-Unsubscribe', '<https://kumo-weekly.jp/unsubscribe?u=8a71c0>, <mailto:unsub@kumo-weekly.jp>'),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')])
    add('unrelated', False, None, [], h, multi('alternative', leaf(t, cte='qp'), html(text2html(t, 'Meiryo'), cte='qp')),
        what='Japanese tech newsletter', hard='talks about account merging and AWS certification after changing jobs')

    # 029 other vendor's support case closing notice
    d = when('2025-02-25 07:12:44', UTC)
    t = """##- Please type your reply above this line -##

Hi Ayaka,

We're following up on request #48213 ("SSO login loop after IdP change"). We haven't heard back from you for five days.

Did clearing the IdP session fix the loop for your users? If we don't hear from you by February 28, this request will be closed automatically. Simply reply to this email to keep it open.

Best,
Hannah Lee
Cobaltline Support

This email is a service from Cobaltline Support. Delivered by Zendesk
[8QWK2Z-7PJ4R]
"""
    h = head(o365_in(d, 'support+id48213@cobaltline.zendesk.com', 'out-17.smtp.zendesk.com', '192.161.156.17',
                     'cobaltline.io', 'cobaltline.io'),
             d, addr('Cobaltline Support', 'support@cobaltline.io'), addr(ME_EN, ME_C),
             '[Cobaltline] Re: SSO login loop after IdP change', 'zd1', 'cobaltline.zendesk.com',
             extra=[('Reply-To', 'Cobaltline Support <support+id48213@cobaltline.zendesk.com>'),
                    ('X-Mailer', 'Zendesk Mailer')])
    add('unrelated', False, None, [], h, multi('alternative', leaf(t, cte='qp'), html(text2html(t), cte='qp')),
        what='Another vendor\'s support request about to auto-close',
        hard='closing-notice wording and a direct question, but not AWS')

    # 030 HR: company mailbox will be disabled (ISO-2022-JP)
    d = when('2025-03-03 10:15:00', JST)
    t = """富永 彩花 さん

人事部の石田です。退職手続きについてご案内します。

・最終出社日: 3月31日(月)
・社用メールアドレス(a.tominaga@kirishima-sys.co.jp)は3月31日 18:00 に停止します。
  外部サービスに登録している場合は、それまでに個人のアドレスへ変更してください。
・PC・入館証は最終日に総務へ返却をお願いします。

不明点があれば人事部までご連絡ください。

人事部 石田
"""
    h = head([('Received', 'from TYWPR01MB10392.jpnprd01.prod.outlook.com ([fe80::91d2:7b11:5c0e:2a81]) by\n TYWPR01MB10392.jpnprd01.prod.outlook.com with mapi id 15.20.8489.025; ' + rfcdate(d.astimezone(UTC))),
              ('X-MS-Exchange-Organization-AuthAs', 'Internal')],
             d, addr('人事部 石田', 'jinji@kirishima-sys.co.jp', 'iso-2022-jp'), addr(ME_JA, ME_C, 'iso-2022-jp'),
             '【人事部】退職手続きのご案内', 'hr1', 'outlook', cs='iso-2022-jp',
             extra=[('Thread-Topic', enc('【人事部】退職手続きのご案内', 'iso-2022-jp', 'Thread-Topic'))])
    add('unrelated', False, None, [], h, leaf(t, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'),
        what='HR: last day and the company mailbox shutting down', hard='explains why the merge matters, asks for action; internal mail')

    # 031 Builder ID verification code
    d = when('2025-03-05 12:58:06', UTC)
    t = """AWS Builder ID

Verify your email address

Hello,

Use this verification code to finish creating your AWS Builder ID:

    582917

The code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services will never ask you to disclose your password, credit card or bank details by email.
"""
    h = head(gmail_in(ME_P, d, ses_env('bid1'), 'a8-31.smtp-out.amazonses.com', '54.240.8.31',
                      [('pass', 'signin.aws', 'ra4rmzo5jmr2'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                      dmarc=('pass', 'signin.aws', 'REJECT')),
             d, addr('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address', 'bid1')
    add('unrelated', False, None, [], h, multi('alternative', leaf(t, cte='7bit', label='UTF-8'), html(text2html(t), cte='qp')),
        what='Builder ID one-time code', hard='6-digit code; AWS sign-in domain')


# ======================================================================
# March 2025: the merge (CASE_A) with an APN hold, and a duplicate form (CASE_B)
# ======================================================================

SUBJ_A = FORM_SUBJ % 'account-assistance'


def part_2025_mar_a():
    # 032 acknowledgement (A), Japanese, base64
    d = when('2025-03-06 03:14:31', UTC)
    t = """富永 彩花 様

AWS トレーニングと認定にご連絡いただきありがとうございます。
お問い合わせはケース ID %s として登録されました。

▼ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS03518826
本文:
I am leaving Kirishima Systems at the end of March and would like to merge my certification accounts.
Email addresses I have used: a.tominaga@kirishima-sys.co.jp, tominaga.ayaka.0917@gmail.com
Email address to keep: tominaga.ayaka.0917@gmail.com

担当者が内容を確認し、通常は1日以内にご連絡を差し上げます。調査が必要な内容の場合は、もう少しお時間を頂戴することがございます。

回答の遅延を防ぐため、同じご依頼について新しいケースを作成することはお控えください。
このメールに返信していただくと、ケースにコメントを追加できます。

Amazon Web Services
""" % CASE_A
    TXT['A1'] = t
    hh = text2html(t, 'Meiryo, sans-serif')
    h = head(aws_in(ME_P, d, 'a1', 3), d, addr('Amazon Web Services', TC), ME_P,
             '[CASE %s] %s' % (CASE_A, SUBJ_A), 'A1', 'ses-tokyo')
    add('acknowledgement', False, CASE_A, [CID_OLD], h,
        multi('alternative', leaf(t, cte='b64', label='UTF-8'), html(hh, cte='b64', label='UTF-8'),
              boundary='----=_Part_4471208_1983442701.1741230871204'),
        what='Japanese acknowledgement of the merge request, with the form copy',
        hard='echo of the owner\'s English form text (with a candidate ID and "would like to merge"); base64')

    # 033 user_reply (A): forward to manager from personal address
    d = when('2025-03-06 21:10:44', JST)
    t = """佐伯さん

個人アドレスから失礼します。富永です。
AWS 認定アカウントを個人アドレスへ移す申請を出しました(下記)。
当社は APN パートナーなので、Partner Central 側で何か必要になるかもしれません。
その場合は久保田さんに相談させてください。

富永
"""
    fwd = ('---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\nDate: 2025年3月6日(木) 12:14\n'
           'Subject: [CASE %s] %s\nTo: <%s>\n\n\n' % (TC, CASE_A, SUBJ_A, ME_P)) + TXT['A1']
    h = head([], d, addr(ME_JA, ME_P), addr('佐伯 智也', 't.saeki@kirishima-sys.co.jp'),
             'Fwd: [CASE %s] %s' % (CASE_A, SUBJ_A), 'A1f', 'gmail')
    add('user_reply', False, CASE_A, [], h,
        multi('alternative', leaf(t + '\n' + fwd, cte='b64'), html(text2html(t + '\n' + fwd, 'Meiryo'), cte='b64')),
        what='Owner forwards the acknowledgement to her manager',
        hard='forward: case token in subject, candidate ID only inside the forwarded copy')

    # 034 acknowledgement (B): duplicate form from the company address
    d = when('2025-03-07 04:40:16', UTC)
    t = """Hello Ayaka Tominaga,

We have received your request and opened case %s.

Request summary
---------------
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS03518826
Message: Sending again because I am not sure the first request went through.
Please merge my certification account (a.tominaga@kirishima-sys.co.jp) into
the account registered with tominaga.ayaka.0917@gmail.com. My last day at
this company is March 31.

What happens next: our team reviews requests in the order received and
usually replies within 24 hours. Opening more cases for the same issue can
delay the response.

Thank you,
AWS Training and Certification
""" % CASE_B
    TXT['B1'] = t
    h = head(aws_in(ME_C, d, 'b1', 0), d, tc_from(), ME_C, '[CASE %s] %s' % (CASE_B, SUBJ_A), 'B1')
    add('acknowledgement', False, CASE_B, [CID_OLD], h, leaf(t, cte='7bit', label='us-ascii'),
        what='Acknowledgement of a second (duplicate) form sent from the company address',
        hard='same request as case A with a new number; "Please merge" inside the echoed form text')

    # 035 on_hold (A) with a question buried inside
    d = when('2025-03-07 08:22:05', UTC)
    t = """Hello Ayaka,

Thank you for contacting AWS Training and Certification. I have reviewed the two certification accounts listed in your request.

The account registered to a.tominaga@kirishima-sys.co.jp is linked to an AWS Partner Network (APN) organization, Kirishima Systems Co., Ltd. Certifications held in a partner-linked account count toward that partner's program tiers, so we cannot move them to another account while the link is active. I have contacted the AWS Partner team, who will reach out to the partner's Alliance Lead to have the association removed. Until that happens your case will stay on hold; nothing about your certifications changes in the meantime.

For the Partner team's records, are you still employed by Kirishima Systems, and if so, what will your last working day be? It helps them prioritize the request.

As soon as the association is removed I will resume work on the merge and write to you with the next steps.

Best regards,
Rahul S.
AWS Training and Certification Customer Support
"""
    TXT['A2'] = t
    hh = """<html><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Hello Ayaka,</p>
<p>Thank you for contacting AWS Training and Certification. I have reviewed the two certification accounts listed in your request.</p>
<p>The account registered to <a href="mailto:a.tominaga@kirishima-sys.co.jp">a.tominaga@kirishima-sys.co.jp</a> is linked to an <b>AWS Partner Network (APN)</b> organization, Kirishima Systems Co., Ltd. Certifications held in a partner-linked account count toward that partner's program tiers, so we cannot move them to another account while the link is active. I have contacted the AWS Partner team, who will reach out to the partner's Alliance Lead to have the association removed. Until that happens your case will stay on hold; nothing about your certifications changes in the meantime.</p>
<p>For the Partner team's records, are you still employed by Kirishima Systems, and if so, what will your last working day be? It helps them prioritize the request.</p>
<p>As soon as the association is removed I will resume work on the merge and write to you with the next steps.</p>
<p>Best regards,<br>Rahul S.<br><span style="color:#545b64">AWS Training and Certification Customer Support</span></p>
</div>
<hr style="border:none;border-top:1px solid #ccc">
<div style="color:#777;font-size:9pt">Case ID: %s</div>
</body></html>""" % CASE_A
    h = head(aws_in(ME_P, d, 'a2', 1), d, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'A2',
             irt='A1', ref=['A1'], cc=ME_C)
    add('on_hold', True, CASE_A, [], h, multi('alternative', leaf(t, cte='qp'), html(hh, cte='qp')),
        what='APN partner link: case on hold; asks whether she still works there and her last day',
        hard='question buried in the middle of a hold explanation; Cc to the company address')

    # 036 case_update (B): duplicate closed, continue on A
    d = when('2025-03-07 09:05:52', UTC)
    hh = """<div dir="ltr" style="font-family:Verdana,sans-serif;font-size:13px">
<div>Hi Ayaka,</div><div><br></div>
<div>This request is the same as case %s, which you submitted yesterday from your personal address and which a colleague of mine is already handling. So that two people don't work on the same merge, I have closed this case and left a note on %s.</div><div><br></div>
<div>All further updates will come on that case, to tominaga.ayaka.0917@gmail.com. There is nothing you need to do on this one.</div><div><br></div>
<div>Regards,<br>Shirin A.<br>AWS Training and Certification</div>
<br><div style="border-left:1px solid #ccc;padding-left:8px;color:#666">
<div>We have received your request and opened case %s.</div><div>Inquiry type: Certification / Additional details: Account Merge</div>
<div>Candidate ID: AWS03518826</div></div>
</div>""" % (CASE_A, CASE_A, CASE_B)
    h = head(aws_in(ME_C, d, 'b2', 2), d, tc_from(), ME_C, 'RE:[CASE %s] %s' % (CASE_B, SUBJ_A), 'B2',
             irt='B1', ref=['B1'])
    add('case_update', False, CASE_B, [], h, html(hh, cte='qp'),
        what='Duplicate case closed and linked to case A',
        hard='"closed" but not a closing notice; two case numbers (the other is in the body); HTML-only')

    # 037 user_reply (A) from the company address (wrong address)
    d = when('2025-03-08 10:05:27', JST)
    t = """Hello Rahul,

Thank you for explaining. Yes, I am still employed at Kirishima Systems. My last working day is March 31, 2025, and this mailbox will be closed on that day, so I would be grateful if the merge could be finished before then.

I have also told our partner administrator (Ms. Kubota) so she can act on the partner side.

Best regards,
Ayaka Tominaga
"""
    TXT['A3'] = t
    full = (t + '\n' + outlook_block_ja(when('2025-03-07 17:22:00', JST), 'Amazon Web Services <%s>' % TC,
                                         '%s <%s>' % (ME_P, ME_P), 'RE:[CASE %s] %s' % (CASE_A, SUBJ_A))
            + '\nCC: %s <%s>\n\n' % (ME_JA, ME_C) + TXT['A2'])
    h = head([], d, addr(ME_JA, ME_C), addr('Amazon Web Services', TC), 'RE: RE:[CASE %s] %s' % (CASE_A, SUBJ_A),
             'A3', 'outlook', irt='A2', ref=['A1', 'A2'],
             extra=[('Thread-Topic', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_A)), ('Thread-Index', 'AQHbj0' + b64ish('A3', 20))] + OUTLOOK_SENT)
    add('user_reply', False, CASE_A, [], h,
        multi('alternative', leaf(full, cte='qp'), html(text2html(full, 'Yu Gothic'), cte='qp')),
        what='Owner answers the hold question, but from the company address',
        hard='sent from the second "me" address; Japanese Outlook header block (差出人/送信日時)')

    # 038 info_request (A): write from the address on the case
    d = when('2025-03-10 01:30:48', UTC)
    t = """Hello Ayaka,

Thank you for the information about your last working day; I've passed it to the Partner team.

One thing before we go on: your reply came from a.tominaga@kirishima-sys.co.jp. For account security we can only act on instructions sent from the email address the case was opened with. Please send your answer again from tominaga.ayaka.0917@gmail.com, by replying to this message, so that it is recorded on the case.

The partner hold is still in place. I will update you when that changes.

Rahul S.
AWS Training and Certification Customer Support
"""
    TXT['A4'] = t
    h = head(aws_in(ME_P, d, 'a4', 1), d, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'A4',
             irt='A3', ref=['A1', 'A2', 'A3'])
    add('info_request', True, CASE_A, [], h, leaf(t + '\n' + q(TXT['A3']) + '\n>\n' + q(q(TXT['A2'])) + '\n', cte='qp'),
        what='Support asks her to resend her answer from the personal address',
        hard='request to write from another address; "hold is still in place" could look like on_hold')

    # 039 user_reply (A) from personal
    d = when('2025-03-10 12:44:09', JST)
    t = """Hello Rahul,

Resending from my personal address as requested.

I am employed at Kirishima Systems until March 31, 2025 (my last working day). After that the company address will stop working, so please use this address for everything on this case.

Regards,
Ayaka Tominaga
"""
    TXT['A5'] = t
    attr = on_wrote(when('2025-03-10 10:30:00', JST), 'Amazon Web Services <%s>' % TC)
    h = head([], d, addr(ME_EN, ME_P), addr('Amazon Web Services', TC), 'Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'A5',
             'gmail', irt='A4', ref=['A1', 'A2', 'A3', 'A4'])
    add('user_reply', False, CASE_A, [], h,
        multi('alternative', leaf(t + '\n' + attr + '\n' + q(TXT['A4']) + '\n', cte='qp', label='"UTF-8"'),
              html(gmail_html(t, attr, TXT['A4']), cte='qp', label='"UTF-8"')),
        what='Owner resends the answer from the personal address', hard='plain owner reply')


def part_2025_mar_b():
    # 040 AWS marketing (unrelated), Japanese HTML-only
    d = when('2025-03-11 01:00:00', UTC)
    hh = """<html><head><meta charset="UTF-8"><title>AWS Summit Japan</title></head>
<body style="margin:0;background:#eaeded">
<table width="600" align="center" style="background:#fff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#232f3e">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:24px">
<p>富永 彩花 様</p>
<p>日本最大級の AWS イベント「AWS Summit Japan 2025」の事前登録を受け付けています。150 を超えるセッション、AWS 認定者ラウンジ、ハンズオンなど見どころ満載です。</p>
<p><b>AWS 認定をお持ちの方へ:</b> 会場の認定者ラウンジでは限定ノベルティをご用意しています。入場時に認定アカウントのデジタルバッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_ja_0311" style="background:#ff9900;color:#232f3e;padding:12px 28px;text-decoration:none;font-weight:bold">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">このメールは配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>から。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>"""
    h = head(aws_in(ME_P, d, 'mk1', 0, sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug'), d,
             addr('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P, 'AWS Summit Japan 2025 事前登録受付中', 'mk1',
             extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>')])
    add('unrelated', False, None, [], h, html(hh, cte='qp', label='UTF-8'),
        what='AWS Japan marketing: Summit registration', hard='amazon.com sender, mentions certification and badges; "登録する" call to action')

    # 041 partner admin colleague (unrelated)
    d = when('2025-03-11 15:40:19', JST)
    t = """富永さん

久保田です。
AWS のパートナーチームから連絡があり、Partner Central 上で富永さんの認定情報の紐付けを解除しました。
AWS サポート側でも確認が取れ次第、統合が進むそうです。

解除後は、会社のパートナーアカウント上では富永さんの認定は表示されなくなります(ティア要件の計算からも外れます)。

ほかに AWS から何か聞かれたら教えてください。

久保田
パートナーアライアンス推進室
"""
    h = head([('Received', 'from TYCPR01MB9903.jpnprd01.prod.outlook.com ([fe80::c41e:2f90:7bd0:11a4]) by\n TYCPR01MB9903.jpnprd01.prod.outlook.com with mapi id 15.20.8511.010; ' + rfcdate(d.astimezone(UTC))),
              ('X-MS-Exchange-Organization-AuthAs', 'Internal')],
             d, addr('久保田 奈々', 'n.kubota@kirishima-sys.co.jp'), addr(ME_JA, ME_C), 'Partner Central の認定紐付け解除しました', 'kb1', 'outlook',
             extra=[('Thread-Topic', enc('Partner Central の認定紐付け解除しました', name='Thread-Topic'))] + OUTLOOK_SENT)
    add('unrelated', False, None, [], h, multi('alternative', leaf(t, cte='qp'), html(text2html(t, 'Yu Gothic'), cte='qp')),
        what='Partner admin colleague says she removed the APN link',
        hard='about the case and the hold, but written by a colleague, not support')

    # 042 case_update (A): hold lifted, subject without the case token
    d = when('2025-03-12 02:10:37', UTC)
    t = """Hi Ayaka,

Quick update: the AWS Partner team has confirmed that Kirishima Systems removed the partner association from your certification account, so the hold on your request has been lifted.

I've handed the merge to a colleague on our accounts team, who will look at both accounts and contact you shortly with the details to check before anything is merged. You don't need to do anything until then.

Thanks for bearing with us,
Rahul S.
"""
    TXT['A6'] = t
    h = head(aws_in(ME_P, d, 'a6', 1), d, tc_from(), ME_P, 'Update on your certification account merge', 'A6',
             irt='A5', ref=['A1', 'A2', 'A4', 'A5'])
    add('case_update', False, CASE_A, [], h, leaf(t, cte='7bit', label='us-ascii'), eol='\n',
        what='Hold lifted, handed to the accounts team', hard='no case number anywhere: only In-Reply-To/References thread it; LF')

    # 043 confirmation_request (A): Account #1 / Account #2
    d = when('2025-03-13 06:45:12', UTC)
    t = """Hello Ayaka,

I'm Joanna from the AWS Training and Certification accounts team, and I'll be completing your merge.

These are the two accounts we found:

Account #1
  Candidate ID: AWS12274069
  Login email: tominaga.ayaka.0917@gmail.com
  Training notification email: tominaga.ayaka.0917@gmail.com
  Certification notification email: tominaga.ayaka.0917@gmail.com

Account #2
  Candidate ID: AWS03518826
  Login email: a.tominaga@kirishima-sys.co.jp
  Training notification email: a.tominaga@kirishima-sys.co.jp
  Certification notification email: a.tominaga@kirishima-sys.co.jp

When two accounts are merged, the one we keep receives the exam history, certifications, badges and benefits of the other, and the other one can no longer be used to sign in.

Could you review the details above and let me know whether Account #2 should be merged into Account #1?

Kind regards,
Joanna K.
Accounts Team, AWS Training and Certification
"""
    TXT['A7'] = t
    rows = ''
    for n, cid, em in (('1', CID_NEW, ME_P), ('2', CID_OLD, ME_C)):
        rows += ('<tr><td rowspan="4" style="border:1px solid #aab7b8;padding:6px;font-weight:bold">Account #%s</td>'
                 '<td style="border:1px solid #aab7b8;padding:6px">Candidate ID</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>\n'
                 '<tr><td style="border:1px solid #aab7b8;padding:6px">Login email</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>\n'
                 '<tr><td style="border:1px solid #aab7b8;padding:6px">Training notification email</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>\n'
                 '<tr><td style="border:1px solid #aab7b8;padding:6px">Certification notification email</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>\n') % (n, cid, em, em, em)
    hh = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Ayaka,</p>
<p>I'm Joanna from the AWS Training and Certification accounts team, and I'll be completing your merge.</p>
<p>These are the two accounts we found:</p>
<table style="border-collapse:collapse;font-size:13px">
%s</table>
<p>When two accounts are merged, the one we keep receives the exam history, certifications, badges and benefits of the other, and the other one can no longer be used to sign in.</p>
<p>Could you review the details above and let me know whether Account #2 should be merged into Account #1?</p>
<p>Kind regards,<br>Joanna K.<br>Accounts Team, AWS Training and Certification</p>
</body></html>""" % rows
    h = head(aws_in(ME_P, d, 'a7', 0), d, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'A7',
             irt='A6', ref=['A1', 'A5', 'A6'])
    add('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD], h,
        multi('alternative', leaf(t, cte='qp'), html(hh, cte='qp')),
        what='Account #1 / Account #2 listing with candidate IDs; asks whether to merge #2 into #1',
        hard='the request is one indirect question at the end; table in the HTML part')

    # 044 user_reply (A): a question back
    d = when('2025-03-13 19:20:55', JST)
    t = """Hi Joanna,

Thanks. Before I confirm: the old account has an unused 50% exam discount that expires in June. Will it move to Account #1 as well, or should I use it first?

Ayaka
"""
    TXT['A8'] = t
    attr = on_wrote(when('2025-03-13 15:45:00', JST), 'Amazon Web Services <%s>' % TC)
    h = head([], d, addr(ME_EN, ME_P), addr('Amazon Web Services', TC), 'Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'A8',
             'gmail', irt='A7', ref=['A1', 'A5', 'A6', 'A7'])
    add('user_reply', False, CASE_A, [], h,
        multi('alternative', leaf(t + '\n' + attr + '\n' + q(TXT['A7']) + '\n', cte='qp', label='"UTF-8"'),
              html(gmail_html(t, attr, TXT['A7']), cte='qp', label='"UTF-8"')),
        what='Owner asks about her 50% discount before confirming',
        hard='owner question; candidate IDs only in the quote')

    # 045 confirmation_request (A): answer + ask again
    d = when('2025-03-14 03:02:40', UTC)
    t = """Hi Ayaka,

Good question. Benefits move with the merge, unused exam discounts included, and the expiry date stays the same, so there's no need to use it first.

With that cleared up - shall I go ahead and merge Account #2 into Account #1 as listed in my previous message?

Joanna K.
"""
    TXT['A9'] = t
    quoted = (on_wrote(when('2025-03-13 19:20:55', JST), 'Ayaka Tominaga <%s>' % ME_P) + '\n' + q(TXT['A8']) + '\n>\n> '
              + on_wrote(when('2025-03-13 15:45:00', JST), 'Amazon Web Services <%s>' % TC) + '\n' + q(q(TXT['A7'])))
    TXT['A9q'] = quoted
    h = head(aws_in(ME_P, d, 'a9', 0), d, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'A9',
             irt='A8', ref=['A1', 'A6', 'A7', 'A8'])
    add('confirmation_request', True, CASE_A, [], h, leaf(t + '\n' + quoted + '\n', cte='qp'),
        what='Answers the discount question, then asks again for the go-ahead',
        hard='answer first, request last ("shall I go ahead"); candidate IDs only in quoted history')

    # 046 out-of-office from a colleague (unrelated)
    d = when('2025-03-14 12:40:31', JST)
    t = """西村は3月14日(金)〜3月21日(金)まで休暇のため不在にしております。
メールの確認は3月24日(月)以降となります。
お急ぎの場合は 佐伯 (t.saeki@kirishima-sys.co.jp) までご連絡ください。

I am out of the office until Friday, March 21, with no access to email.
For urgent matters please contact t.saeki@kirishima-sys.co.jp.
"""
    h = head([('Received', 'from TYWPR01MB7781.jpnprd01.prod.outlook.com ([fe80::5d0e:88c3:1a7f:e902]) by\n TYWPR01MB7781.jpnprd01.prod.outlook.com with mapi id 15.20.8511.010; ' + rfcdate(d.astimezone(UTC))),
              ('X-MS-Exchange-Organization-AuthAs', 'Internal')],
             d, addr('西村 拓海', 'ta.nishimura@kirishima-sys.co.jp'), addr(ME_JA, ME_C), '自動応答: 引き継ぎ資料について', 'ooo1', 'outlook',
             irt='<TYCPR01MB8840A1B2C3D4E5F60718@TYCPR01MB8840.jpnprd01.prod.outlook.com>',
             extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                    ('Thread-Topic', enc('引き継ぎ資料について', name='Thread-Topic'))])
    add('unrelated', False, None, [], h, leaf(t, cte='b64'),
        what='Colleague\'s out-of-office auto-reply', hard='auto-reply; "ご連絡ください"; bilingual')


def part_2025_mar_c():
    # 047 closing_notice (A)
    d = when('2025-03-17 00:10:33', UTC)
    t = """Hello,

We're writing about case %s. We asked you a question on March 14 and haven't had a reply yet.

If we don't hear back from you within three business days, this case will be closed. Replying to this email keeps it open; if it has already been closed by then, your reply will reopen it.

Thank you,
AWS Training and Certification
""" % CASE_A
    TXT['A10'] = t
    quoted = on_wrote(when('2025-03-14 12:02:40', JST), 'Amazon Web Services <%s>' % TC) + '\n' + q(TXT['A9']) + '\n' + q(TXT['A9q'])
    TXT['A10q'] = quoted
    h = head(aws_in(ME_P, d, 'a10', 2), d, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'A10',
             irt='A9', ref=['A1', 'A7', 'A8', 'A9'])
    add('closing_notice', True, CASE_A, [], h,
        multi('alternative', leaf(t + '\n' + quoted + '\n', cte='qp'), html(text2html(t + '\n' + quoted), cte='qp')),
        what='Reminder: case closes in three business days without a reply',
        hard='the actual merge question sits only in the quoted history below a template')

    # 048 user_reply (A): Confirmed, top-posted over everything
    d = when('2025-03-17 09:32:14', JST)
    t = """Hi Joanna,

Sorry for the slow reply - I was away over the weekend.

Confirmed. Please merge Account #2 (a.tominaga@kirishima-sys.co.jp) into Account #1 (tominaga.ayaka.0917@gmail.com).

Thank you!
Ayaka
"""
    TXT['A11'] = t
    attr = on_wrote(when('2025-03-17 09:10:33', JST), 'Amazon Web Services <%s>' % TC)
    quoted = TXT['A10'] + '\n' + TXT['A10q']
    h = head([], d, addr(ME_EN, ME_P), addr('Amazon Web Services', TC), 'Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'A11',
             'gmail', irt='A10', ref=['A1', 'A7', 'A8', 'A9', 'A10'])
    add('user_reply', False, CASE_A, [], h,
        multi('alternative', leaf(t + '\n' + attr + '\n' + q(quoted) + '\n', cte='qp', label='"UTF-8"'),
              html(gmail_html(t, attr, quoted), cte='qp', label='"UTF-8"')),
        what='Owner confirms the merge (top-posted over a long thread)', hard='"Please merge" imperative in the owner\'s own mail; deep nested quotes')

    # 049 resolved (A)
    d = when('2025-03-17 05:38:20', UTC)
    t = """Hi Ayaka,

The merge is done. Account #2 has been folded into Account #1, so your exam history, both active certifications and the unused 50%% discount now sit under candidate ID %s. Sign in with tominaga.ayaka.0917@gmail.com from now on; the company login no longer opens a certification account.

Credly may e-mail you about your badges over the next day or so. That is expected after a merge.

I'm marking this case as resolved. Good luck with the new job!

Joanna K.
Accounts Team, AWS Training and Certification
""" % CID_NEW
    attr = on_wrote(when('2025-03-17 00:32:14', UTC), 'Ayaka Tominaga <%s>' % ME_P)
    body = t + '\n' + attr + '\n' + q(TXT['A11']) + '\n>\n> [earlier messages]\n' + q(q(TXT['A7'])) + '\n'
    h = head(aws_in(ME_P, d, 'a12', 0), d, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'A12',
             irt='A11', ref=['A1', 'A7', 'A9', 'A10', 'A11'])
    add('resolved', False, CASE_A, [CID_NEW], h, leaf(body, cte='qp'),
        what='Merge completed', hard='quotes the Account #1/#2 confirmation request and "Confirmed"; no "successfully merged" phrase')

    # 050 Credly badges after the merge
    d = when('2025-03-17 06:20:41', UTC)
    t = """Hi Ayaka,

Amazon Web Services Training and Certification has issued badges to tominaga.ayaka.0917@gmail.com:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

Accept them to keep your Credly profile complete:
https://www.credly.com/earner/earned?filter=pending

If you already have a Credly account under another email address, add this address to that account under Settings > Email instead of creating a new one.

The Credly Team
"""
    h = head(gmail_in(ME_P, d, 'bounces+19842235-ad12-tominaga.ayaka.0917=gmail.com@mail.credly.com', 'o1.mail.credly.com', '149.72.154.83',
                      [('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], dmarc=('pass', 'credly.com', 'REJECT')),
             d, addr('Credly', 'admin@credly.com'), ME_P, 'You have 2 new badges from Amazon Web Services Training and Certification', 'cr2', 'credly.com')
    add('badge', False, None, [], h, multi('alternative', leaf(t, cte='qp'), html(text2html(t, 'Helvetica, Arial'), cte='qp')),
        what='Credly: two badges issued to the personal address', hard='follows the merge minutes later; "Accept" call to action')

    # 051 survey (A), from the case address with the case token
    d = when('2025-03-18 05:40:02', UTC)
    t = """Hello Ayaka,

Your case %s has been resolved. We'd appreciate a minute of your time to rate the help you received.

How satisfied were you with the resolution of this case?
  Very satisfied:     https://survey.aws.training/r/cs?c=%s&s=5
  Satisfied:          https://survey.aws.training/r/cs?c=%s&s=4
  Neutral:            https://survey.aws.training/r/cs?c=%s&s=3
  Dissatisfied:       https://survey.aws.training/r/cs?c=%s&s=2
  Very dissatisfied:  https://survey.aws.training/r/cs?c=%s&s=1

If your issue has not been resolved, reply to this email and the case will be reopened.

AWS Training and Certification
""" % ((CASE_A,) * 6)
    h = head(aws_in(ME_P, d, 'a13', 1), d, tc_from(), ME_P, 'RE:[CASE %s] How did we do?' % CASE_A, 'A13',
             irt='A12', ref=['A1', 'A12'])
    add('survey', False, CASE_A, [], h, multi('alternative', leaf(t, cte='7bit', label='us-ascii'), html(text2html(t), cte='qp')),
        what='Satisfaction survey from the case address, subject with the case token',
        hard='same sender and [CASE] token as real case mail; conditional "reply ... will be reopened"')

    # 052 suspicious: spoofed amazon.com, DMARC fail
    d = when('2025-03-18 11:02:19', UTC)
    t = """Hello Ayaka,

Following the merge of your AWS Certification accounts, one last verification step is required to transfer your exam benefits.

Sign in within 24 hours to confirm the transfer:
https://aws-training-verify.com/merge/%s

If the verification is not completed, the merge will be reversed and your 50%% exam discount will be forfeited.

Regards,
Joanna K.
Accounts Team, AWS Training and Certification
""" % CASE_A
    h = head(gmail_in(ME_P, d, 'bounce@mx1.tc-helpdesk-mail.top', 'mx1.tc-helpdesk-mail.top', '45.141.87.213',
                      [('fail', 'amazon.com', 'taugnr5ieyvbl5bboqbmqcyoi3ukqy3a')], dmarc=('fail', 'amazon.com', 'QUARANTINE')),
             d, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CASE_A, SUBJ_A), 'ph2', 'mx1.tc-helpdesk-mail.top',
             irt='A12', ref=['A1', 'A12'])
    add('suspicious', False, None, [], h, multi('alternative', leaf(t, cte='qp'), html(text2html(t), cte='qp')),
        what='Spoofed follow-up on the real case: DKIM fail, DMARC fail for amazon.com',
        hard='real From address, real case token and agent name, threads onto the real case; only the auth results give it away')

    # 053 farewell party invitation from manager (unrelated), Shift_JIS base64
    d = when('2025-03-19 09:30:10', JST)
    t = """各位 (cc: 富永さん)

佐伯です。
3月末で退職される富永さんの送別会を下記のとおり開催します。

日時: 3月27日(木) 19:00〜
場所: 神田「炉端 きりしま」
会費: 5,000円(富永さんは無料)

出欠を3月25日(火)までに返信してください。

佐伯
"""
    h = head([('Received', 'from TYCPR01MB8421.jpnprd01.prod.outlook.com ([fe80::3c1a:9d2e:41b0:7f1c]) by\n TYCPR01MB8421.jpnprd01.prod.outlook.com with mapi id 15.20.8534.031; ' + rfcdate(d.astimezone(UTC))),
              ('X-MS-Exchange-Organization-AuthAs', 'Internal')],
             d, addr('佐伯 智也', 't.saeki@kirishima-sys.co.jp', 'shift_jis'), 'cloud-integration@kirishima-sys.co.jp',
             '富永さん送別会のご案内', 'col2', 'outlook', cc=addr(ME_JA, ME_C, 'shift_jis'), cs='shift_jis')
    add('unrelated', False, None, [], h, leaf(t, cs='shift_jis', cte='b64', label='Shift_JIS'),
        what='Farewell party invitation', hard='asks for an RSVP reply; Shift_JIS base64; owner only in Cc')

    # 054 user_reply (A): note to self after the merge
    d = when('2025-03-19 22:15:47', JST)
    t = """自分用メモ (case %s)

新アカウント: %s (tominaga.ayaka.0917@gmail.com)
旧アカウント: %s → 統合済み

[x] 試験履歴: SAA-C03 / DVA-C02 とも表示 OK
[x] 認定: 2つとも有効
[x] Credly: バッジ2つ承認済み
[ ] 特典: 50%% 割引が表示されない! → サポートに問い合わせる
[ ] 認定証 PDF を再ダウンロード
""" % (CASE_A, CID_NEW, CID_OLD)
    h = head([], d, addr(ME_JA, ME_P), addr(ME_JA, ME_P), 'メモ: 認定アカウント統合後の確認', 'note1', 'gmail')
    add('user_reply', False, CASE_A, [CID_NEW, CID_OLD], h, leaf(t, cte='8bit', label='UTF-8', params='; format=flowed'), eol='\n',
        what='Note to self: post-merge checklist, discount missing',
        hard='owner writes to herself; case number and two candidate IDs; 8bit UTF-8, LF')

    # 055 certification: recertified
    d = when('2025-03-21 04:02:33', UTC)
    t = """Hi Ayaka,

Congratulations - you have recertified!

  Certification: AWS Certified Developer - Associate
  Candidate ID: %s
  New expiration date: March 20, 2028

Your updated certificate is in your AWS Certification Account, and your Credly badge will be updated automatically.

Thank you for keeping your AWS Certification current.

AWS Training and Certification
""" % CID_NEW
    h = head(gmail_in(ME_P, d, 'bounce-4410_HTML-1193822-93310-7210344-1@bounce.certmetrics.com', 'mta-77.certmetrics.com', '13.111.77.201',
                      [('pass', 'certmetrics.com', '200608')], dmarc=('pass', 'certmetrics.com', 'NONE')),
             d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
             'Congratulations, your AWS Certification is renewed', 'cm-recert', 'certmetrics.com')
    add('certification', False, None, [CID_NEW], h, multi('alternative', leaf(t, cte='7bit', label='us-ascii'), html(text2html(t), cte='qp')),
        what='Recertification notice for Developer - Associate', hard='candidate ID; arrives just after the merge')

    # 056 AWS Educate form case (other program -> unrelated)
    d = when('2025-03-26 02:18:05', UTC)
    t = """Hello,

Thank you for contacting AWS Educate.

To look into the sign-in problem you described, we need two pieces of information:

1. The email address you used when you registered as a mentor for the AWS Educate student programme.
2. The name of the university or institution you were mentoring with.

Please reply to this email with these details and we will continue our investigation.

Best regards,
AWS Educate Support
"""
    h = head(aws_in(ME_P, d, 'ed1', 1), d, addr('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), ME_P,
             'RE:[CASE 174289930400782] [AWS Educate Form Submission] - account-access', 'ed1')
    add('unrelated', False, None, [], h, leaf(t, cte='qp'),
        what='AWS Educate form case asking for details',
        hard='same form-case shape, [CASE] token and a real request, but another AWS program (not T&C)')


# ======================================================================
# Late March - April 2025: leaving, the console case (CASE_C), noise
# ======================================================================

SUBJ_C = 'RE:[CASE %s] 50%% exam discount benefit missing after account merge' % CASE_C
CONSOLE_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en'


def console_footer(case):
    return ("To respond to this correspondence or see the full case history, go to the Support Center:\n%s\n\n"
            "Note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n") % (CONSOLE_LINK % case)


def dsn(to, d, rcpt, orig_subj, orig_mid, code, text):
    """A Gmail delivery-status notification."""
    t = ("** Address not found **\n\n%s\n\nLearn more at https://support.google.com/mail/?p=NoSuchUser\n\n"
         "The response was:\n\n%s\n") % (text, code)
    ds = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
          "Status: 5.1.1\nDiagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n") % (rfcdate(d - timedelta(seconds=3)), rcpt, code, rfcdate(d))
    hd = ("Return-Path: <%s>\nReceived: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n"
          "        by mx.google.com with SMTPS id %s;\n        %s\nDate: %s\nFrom: %s\nTo: %s\nSubject: %s\nMessage-ID: %s\n") % (
              to, hx(rcpt, 12), rfcdate(d - timedelta(seconds=4)), rfcdate(d - timedelta(seconds=5)), to, rcpt, enc(orig_subj), orig_mid)
    return multi('report', leaf(t, cte='7bit', label='UTF-8'),
                 raw_part('message/delivery-status', ds, cte=None),
                 raw_part('text/rfc822-headers', hd, cte='7bit'),
                 extra=' report-type=delivery-status;')


def part_2025_apr():
    # 057 owner's farewell mail (user_reply, no case), ISO-2022-JP
    d = when('2025-03-31 17:30:02', JST)
    t = """皆さま

クラウドインテグレーション部の富永です。
本日をもちまして退職することとなりました。在職中は大変お世話になり、ありがとうございました。

このアドレスは本日18時で使えなくなります。今後のご連絡は下記の個人アドレスまでお願いします。
  tominaga.ayaka.0917@gmail.com

皆さまのますますのご活躍をお祈りしております。

富永 彩花
"""
    h = head([], d, addr(ME_JA, ME_C, 'iso-2022-jp'), 'all-staff@kirishima-sys.co.jp', '退職のご挨拶', 'bye1', 'outlook',
             cs='iso-2022-jp', extra=[('Thread-Topic', enc('退職のご挨拶', 'iso-2022-jp', 'Thread-Topic')),
                                      ('Thread-Index', 'AduiK' + b64ish('bye1', 20))] + OUTLOOK_SENT)
    add('user_reply', False, None, [], h, leaf(t, cs='iso-2022-jp', cte='7bit', label='iso-2022-jp'),
        what='Owner\'s farewell mail to all staff, from the company address',
        hard='owner mail that belongs to no case; ISO-2022-JP; "お願いします"')

    # 058 bounce: mail to the closed company mailbox
    d = when('2025-04-01 00:12:40', UTC)
    body = dsn(ME_P, d, ME_C, 'Fwd: 設計レビュー資料 (最終版)', mid('fw-old', 'gmail'),
               '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient a.tominaga@kirishima-sys.co.jp not found by SMTP address lookup',
               "Your message wasn't delivered to a.tominaga@kirishima-sys.co.jp because the address couldn't be found, or is unable to receive mail.")
    h = head([('Delivered-To', ME_P), ('Return-Path', '<>')], d, addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
             'Delivery Status Notification (Failure)', 'dsn1', 'mx.google.com', irt='fw-old', ref=['fw-old'],
             extra=[('Auto-Submitted', 'auto-replied')])
    add('unrelated', False, None, [], h, body,
        what='Bounce: the old company mailbox no longer exists', hard='multipart/report DSN; the old "me" address appears as failed recipient')

    # 059 acknowledgement (C): console case
    d = when('2025-04-02 04:13:27', UTC)
    t = """Dear Customer,

We have opened case %s for you. The details of your request are below.

Case ID: %s
Subject: 50%% exam discount benefit missing after account merge
Severity: General guidance
Correspondence: After my certification accounts were merged on March 17 (case %s), the 50%% exam discount that was on my old account does not appear under Benefits in the new account.

You can view this case and add to it at any time in the Support Center:
%s

Sincerely,
Amazon Web Services

This message was sent from an address that cannot receive e-mail. To correspond on this case, use the Support Center link above.
""" % (CASE_C, CASE_C, CASE_A, CONSOLE_LINK % CASE_C)
    h = head(aws_in(ME_P, d, 'c1', 0), d, addr('Amazon Web Services', NOREPLY), ME_P,
             'Amazon Web Services: New Support case: %s' % CASE_C, 'C1')
    add('acknowledgement', False, CASE_C, [], h, leaf(t, cte='qp'),
        what='Support Center (console) case opened for the missing 50% discount',
        hard='console case; the body also names the earlier case A number')

    # 060 info_request (C): console, answer in the Support Center
    d = when('2025-04-03 01:20:55', UTC)
    t = """Hello,

Thank you for contacting AWS Support. My name is Diego and I'll be looking into this for you.

I can see the merged certification account %s, but its benefits history doesn't show where the discount came from. To trace it I need the following from you:

- the candidate ID of the account where you originally saw the discount
- roughly when you last saw it there
- whether you ever started an exam registration with it, even one you didn't finish

Once I have these I'll raise it with the certification benefits team.

How did I do? You can rate this reply from the case page in the Support Center.

Best regards,
Diego M.
Amazon Web Services

""" % CID_NEW
    TXT['C2'] = t
    h = head(aws_in(ME_P, d, 'c2', 1), d, addr('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, 'C2')
    add('info_request', True, CASE_C, [CID_NEW], h, leaf(t + console_footer(CASE_C), cte='qp'),
        what='Console agent asks for the old candidate ID, dates, usage; answer only via Support Center',
        hard='"I need the following" list; no-reply sender whose footer says it cannot accept mail')

    # 061 console case on an AWS account (unrelated: not T&C)
    d = when('2025-04-03 06:40:11', UTC)
    t = """Hello,

We've approved and processed your quota increase request.

  Region: Asia Pacific (Tokyo)
  Quota: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
  New value: 32 vCPUs

It can take up to 30 minutes for the new value to take effect.

[AWS ID 482019736514]

We're setting this case to Resolved. If you need anything else on this request, you can reopen it within 14 days from the Support Center.

Best regards,
Sakura I.
Amazon Web Services

"""
    h = head(aws_in(ME_P, d, 'q1', 2), d, addr('Amazon Web Services', NOREPLY), ME_P,
             'RE:[CASE 174364118800215] Limit Increase: EC2 Instances', 'q1')
    add('unrelated', False, None, [], h, leaf(t + console_footer('174364118800215'), cte='qp'),
        what='Resolved service-quota console case on her AWS account',
        hard='identical sender, [CASE] token and console footer as case C, but not a Training and Certification case')

    # 062 Amazon.co.jp shipping (unrelated)
    d = when('2025-04-04 02:51:30', UTC)
    t = """富永 彩花 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4419027-6618413
お届け予定: 4月5日(土)
配送業者: ヤマト運輸

配送状況は「注文履歴」からご確認いただけます。

Amazon.co.jp
"""
    h = head(gmail_in(ME_P, d, '20250404025130f3a9c1d7e04b2a9bd3c9ea1f7a53@bounces.amazon.co.jp', 'a14-19.smtp-out.amazonses.com', '54.240.14.19',
                      [('pass', 'amazon.co.jp', 'rjs3fmz5bv2ipzjdpc2jjcvmd7ktusp7'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                      dmarc=('pass', 'amazon.co.jp', 'QUARANTINE')),
             d, addr('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), ME_P, 'Amazon.co.jp ご注文の商品を発送しました', 'amz1', 'email.amazon.co.jp')
    add('unrelated', False, None, [], h, multi('alternative', leaf(t, cte='qp'), html(text2html(t, 'Meiryo'), cte='qp')),
        what='Amazon.co.jp shipping notice', hard='Amazon sender with an order number')

    # 063 closing_notice (C): console auto-resolve warning
    d = when('2025-04-07 04:30:18', UTC)
    t = """Hello,

We haven't received a response to our last message on this case. If we don't hear from you, this case will be resolved automatically in two days.

After a case has been resolved you can still reopen it from the Support Center for up to 14 days; after that you will need to open a new case.

Best regards,
Amazon Web Services

"""
    TXT['C3'] = t
    h = head(aws_in(ME_P, d, 'c3', 0), d, addr('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, 'C3')
    add('closing_notice', True, CASE_C, [], h, leaf(t + console_footer(CASE_C), cte='qp'),
        what='Console case will auto-resolve in two days without an answer',
        hard='no question at all; reply must go through the Support Center, not email')

    # 064 user_reply (C): answers by e-mail to the no-reply address
    d = when('2025-04-07 14:02:37', JST)
    t = """Hello Diego,

Sorry for the delay.

- Candidate ID of the old account: AWS03518826
- I last saw the discount around March 10, before the merge
- It was never used for a registration

Ayaka Tominaga
"""
    attr = on_wrote(when('2025-04-07 13:30:18', JST), 'Amazon Web Services <%s>' % NOREPLY)
    h = head([], d, addr(ME_EN, ME_P), NOREPLY, 'Re: ' + SUBJ_C, 'C4', 'gmail', irt='C3', ref=['C3'])
    add('user_reply', False, CASE_C, [CID_OLD], h,
        multi('alternative', leaf(t + '\n' + attr + '\n' + q(TXT['C3']) + '\n', cte='qp', label='"UTF-8"'),
              html(gmail_html(t, attr, TXT['C3']), cte='qp', label='"UTF-8"')),
        what='Owner answers by e-mail to the no-reply console address', hard='owner mail to an address that cannot take it')

    # 065 bounce of that reply (unrelated)
    d = when('2025-04-07 05:02:41', UTC)
    body = dsn(ME_P, d, NOREPLY, 'Re: ' + SUBJ_C, MIDS['C4'],
               '550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail',
               "Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.")
    h = head([('Delivered-To', ME_P), ('Return-Path', '<>')], d, addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
             'Delivery Status Notification (Failure)', 'dsn2', 'mx.google.com', irt='C4', ref=['C3', 'C4'],
             extra=[('Auto-Submitted', 'auto-replied')])
    add('unrelated', False, None, [], h, body,
        what='Bounce of her e-mail reply to no-reply-aws@amazon.com',
        hard='case token in the bounced subject; a bounce, not support (the closing notice is still pending)')


def part_2025_apr_b():
    # 066 info_request (C): second question, answer in the Support Center
    d = when('2025-04-08 02:45:09', UTC)
    t = """Hello Ayaka,

Thank you for adding the details in the Support Center yesterday. I'm sorry your e-mail reply bounced; this address doesn't take incoming mail.

The benefits team asked me to check one more thing before they can re-issue anything. When you sign in to your certification account and open Benefits, is there an entry named "Exam discount - 50%" with a status of Expired or Used, or is the list empty? A screenshot works too. Add your answer to the case in the Support Center (link below).

Best regards,
Diego M.
Amazon Web Services

"""
    h = head(aws_in(ME_P, d, 'c5', 1), d, addr('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, 'C5')
    add('info_request', True, CASE_C, [], h,
        multi('alternative', leaf(t + console_footer(CASE_C), cte='qp'), html(text2html(t + console_footer(CASE_C)), cte='qp')),
        what='Console agent asks her to check the Benefits page and report back in the Support Center',
        hard='"a check reported back"; either/or question; console-only answer')

    # 067 on_hold (C): waiting on the exam delivery partner, nothing asked
    d = when('2025-04-09 07:10:44', UTC)
    t = """Hello Ayaka,

Thanks for the screenshot. The benefits team has confirmed that the discount was not carried over during the merge.

Re-issuing it needs a change on the side of our exam delivery partner, so this case is on hold until they have made it. That usually takes three to five business days. No action is needed from you in the meantime; I'll update the case as soon as the new discount is available.

Best regards,
Diego M.
Amazon Web Services

"""
    h = head(aws_in(ME_P, d, 'c6', 2), d, addr('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, 'C6')
    add('on_hold', False, CASE_C, [], h, leaf(t + console_footer(CASE_C), cte='b64'),
        what='On hold until the exam delivery partner re-issues the discount',
        hard='hold with nothing asked; base64 plain text; console footer says "contact us again"')

    # 068 resolved (C) with a rating footer
    d = when('2025-04-11 03:33:51', UTC)
    t = """Hello Ayaka,

Good news: a new 50%% exam discount has been added to your certification account (%s). You'll find it under Benefits, valid until June 30, 2025 - the same expiry date as the original one.

I've set this case to resolved. If something about it still isn't right, you can reopen the case from the Support Center within 14 days.

How did we do? Rate this reply:
  Excellent  https://console.aws.amazon.com/support/feedback?c=%s&r=4
  Good       https://console.aws.amazon.com/support/feedback?c=%s&r=3
  Fair       https://console.aws.amazon.com/support/feedback?c=%s&r=2
  Poor       https://console.aws.amazon.com/support/feedback?c=%s&r=1

Best regards,
Diego M.
Amazon Web Services

""" % (CID_NEW, CASE_C, CASE_C, CASE_C, CASE_C)
    h = head(aws_in(ME_P, d, 'c7', 0), d, addr('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, 'C7')
    add('resolved', False, CASE_C, [CID_NEW], h, leaf(t + console_footer(CASE_C), cte='qp'),
        what='Discount re-issued; case resolved', hard='rating links inside a resolution (not a survey); "reopen" conditional')

    # 069 suspicious: Credly lookalike
    d = when('2025-04-12 18:21:03', UTC)
    hh = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<div style="text-align:center;padding:16px"><span style="font-size:26px;color:#ff6b00;font-weight:bold">credly</span></div>
<p>Hi Ayaka,</p>
<p>Because your AWS Certification accounts were recently merged, your badges from <b>Amazon Web Services Training and Certification</b> have been temporarily locked.</p>
<p>To unlock them, sign in with your Credly password or your AWS Builder ID within 72 hours:</p>
<p style="text-align:center"><a href="https://credly-badgehub.com/unlock?u=tominaga.ayaka.0917" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Unlock my badges</a></p>
<p>Badges that are not unlocked will be revoked.</p>
<p style="font-size:11px;color:#999">Credly, Inc. | 100 Broadway, New York, NY</p>
</body></html>"""
    h = head(gmail_in(ME_P, d, 'noreply@credly-badgehub.com', 'smtp.credly-badgehub.com', '91.215.85.140',
                      [('pass', 'credly-badgehub.com', 'default')], dmarc=('pass', 'credly-badgehub.com', 'NONE')),
             d, addr('Credly', 'admin@credly-badgehub.com'), ME_P, 'Action needed: unlock your AWS badges after your account merge', 'ph3',
             'credly-badgehub.com')
    add('suspicious', False, None, [], h, html(hh, cte='qp'),
        what='Credly lookalike domain asking for Builder ID password', hard='knows about the merge; authentication passes for its own domain')

    # 070 certification: new benefit available (Japanese, HTML-only base64)
    d = when('2025-04-14 00:05:12', UTC)
    hh = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>富永 彩花 様</p>
<p>AWS 認定アカウントに新しい特典が追加されました。</p>
<table cellpadding="6" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td style="border:1px solid #ccc">候補 ID</td><td style="border:1px solid #ccc">%s</td></tr>
<tr><td style="border:1px solid #ccc">特典</td><td style="border:1px solid #ccc">次回の認定試験 50%% 割引</td></tr>
<tr><td style="border:1px solid #ccc">有効期限</td><td style="border:1px solid #ccc">2025年6月30日</td></tr>
</table>
<p>試験の申し込み時に、AWS 認定アカウントの「特典」ページからご利用いただけます。</p>
<p style="font-size:12px;color:#777">AWS トレーニングと認定<br>このメールは送信専用アドレスからお送りしています。</p>
</body></html>""" % CID_NEW
    h = head(gmail_in(ME_P, d, 'bounce-4410_HTML-1193822-95002-7210344-7@bounce.certmetrics.com', 'mta-79.certmetrics.com', '13.111.77.203',
                      [('pass', 'certmetrics.com', '200608')], dmarc=('pass', 'certmetrics.com', 'NONE')),
             d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'AWS 認定: 新しい特典がご利用いただけます', 'cm-ben', 'certmetrics.com')
    add('certification', False, None, [CID_NEW], h, html(hh, cte='b64', label='utf-8'),
        what='Japanese benefit notice (the re-issued 50% discount)', hard='program mail about the very thing case C fixed; HTML-only base64')


# ======================================================================

def build():
    MSGS.clear()
    MIDS.clear()
    TXT.clear()
    part_2023()
    part_2025_q1()
    part_2025_feb()
    part_2025_mar_a()
    part_2025_mar_b()
    part_2025_mar_c()
    part_2025_apr()
    part_2025_apr_b()
    return MSGS


def main():
    msgs = build()
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(m['eml'])
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
    c = Counter(m['label']['kind'] for m in msgs)
    for k in sorted(c):
        print('%-22s %d' % (k, c[k]))
    print('%-22s %d' % ('total', len(msgs)))
    print('%-22s %d' % ('needs_reply', sum(m['label']['needs_reply'] for m in msgs)))


if __name__ == '__main__':
    main()
