#!/usr/bin/env python3
"""Blind corpus 290: mailbox of Kenta Oshiro, 2021-2025.

Writes NNN-msg.eml / NNN-msg.json (arrival order) and README.md next to this
script.  Standard library only.  Deterministic: running it twice gives the
same bytes.
"""
import base64
import datetime as dt
import json
import os
import quopri
import random
import struct
import zlib
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(290)

# --------------------------------------------------------------------------
# people, addresses, identifiers
P = 'oshiro.kenta.k@gmail.com'            # personal (Gmail)
C = 'k-oshiro@hoshikawa-tech.co.jp'       # company (Microsoft 365)
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_NAME = 'AWS Training and Certification'
CONSOLE = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'

CASE1 = '8519302746'           # 2021 form case, 10 digits (name on certificate)
CASE2 = '13746251903'          # 2023 console case, 11 digits (duplicate account / Credly)
CASE3 = '174100926743518'      # 2025 form case, merge company -> personal (APN hold)
CASE4 = '174104657520961'      # 2025 duplicate form submission, closed as duplicate
CASE5 = '174307432008847'      # 2025 voucher missing after merge (Japanese agent)
CASE6 = '174407971211390'      # 2025 name spelling reverted after merge; closed, reopened
EDU = '174262383306672'        # AWS Educate form case (other program)
FAKE1 = '174164092210731'      # used by a lookalike phishing mail
FAKE2 = '174220120659024'      # used by the dmarc=fail mail

OLD_ID = 'AWS01938476'         # company certification account
DUP_ID = 'AWS07215563'         # duplicate created via Partner Central SSO (2023)
NEW_ID = 'AWS11730584'         # personal certification account (2025)

SUBJ_MERGE = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE3


# --------------------------------------------------------------------------
# small helpers
def D(s, tz=0):
    z = dt.timezone(dt.timedelta(hours=tz))
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=z) + dt.timedelta(seconds=RND.randint(0, 59))


def hx(n):
    return ''.join(RND.choice('0123456789abcdef') for _ in range(n))


def an(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(RND.choice(alphabet) for _ in range(n))


def mid_ses(when):
    ms = int(when.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, hx(8), hx(4), hx(4), hx(4), hx(12))


def mid_gmail():
    return '<CA%s@mail.gmail.com>' % an(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-')


def mid_outlook():
    box = 'TYCPR01MB%04d' % RND.randint(1000, 9999)
    return '<%s%s@%s.jpnprd01.prod.outlook.com>' % (box, hx(24).upper(), box)


def mid_generic(domain):
    return '<%s.%s@%s>' % (hx(16), an(10), domain)


def enc(s, cs='utf-8'):
    """RFC 2047 only when needed."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def subj_mixed(prefix, rest, cs='utf-8'):
    """Encode a non-ASCII prefix word and keep the ASCII tail readable."""
    return Header(prefix, cs).encode() + ' ' + rest


def addr(name, email, cs='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), email)


def q(text, prefix='> '):
    out = []
    for line in text.rstrip('\n').split('\n'):
        out.append((prefix + line) if line else prefix.rstrip())
    return '\n'.join(out) + '\n'


def tiny_png():
    w, h = 24, 12
    raw = b''.join(b'\x00' + bytes([230, 235, 240] * w) for _ in range(h))

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


# --------------------------------------------------------------------------
# MIME building (by hand, so encodings stay exactly as chosen)
class Leaf:
    def __init__(self, text, sub='plain', cs='utf-8', cte='quoted-printable', raw=None,
                 ctype=None, filename=None, fmt_flowed=False):
        self.text, self.sub, self.cs, self.cte = text, sub, cs, cte
        self.raw, self.ctype, self.filename, self.flowed = raw, ctype, filename, fmt_flowed

    def render(self):
        data = self.raw if self.raw is not None else self.text.encode(self.cs)
        if self.cte == 'base64':
            body = base64.encodebytes(data)
        elif self.cte == 'quoted-printable':
            body = quopri.encodestring(data)
        else:
            if self.cte == '7bit':
                data.decode('ascii')
            body = data
        if not body.endswith(b'\n'):
            body += b'\n'
        if self.ctype:
            ct = '%s; name="%s"' % (self.ctype, self.filename)
        else:
            ct = 'text/%s; charset="%s"' % (self.sub, self.cs)
            if self.flowed:
                ct = 'text/%s; charset="%s"; format=flowed; delsp=yes' % (self.sub, self.cs)
        hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', self.cte)]
        if self.filename:
            hdrs.append(('Content-Disposition', 'attachment; filename="%s"' % self.filename))
        return hdrs, body


class Multi:
    def __init__(self, sub, *parts, style='plain'):
        self.sub, self.parts = sub, parts
        if style == 'gmail':
            self.b = '000000000000' + hx(16)
        elif style == 'outlook':
            self.b = '_000_%s_' % (hx(24).upper())
        else:
            self.b = '----=_Part_%d_%d.%d' % (RND.randint(100000, 999999), RND.randint(10 ** 8, 10 ** 9), RND.randint(10 ** 12, 10 ** 13))

    def render(self):
        out = b''
        for p in self.parts:
            h, body = p.render()
            out += b'--' + self.b.encode() + b'\n'
            out += b''.join(('%s: %s\n' % kv).encode('ascii') for kv in h)
            out += b'\n' + body
        out += b'--' + self.b.encode() + b'--\n'
        return [('Content-Type', 'multipart/%s; boundary="%s"' % (self.sub, self.b))], out


def T(text, **kw):
    return Leaf(text, 'plain', **kw)


def H(html, **kw):
    return Leaf(html, 'html', **kw)


def ALT(text, html, cs='utf-8', cte='quoted-printable', style='plain'):
    return Multi('alternative', T(text, cs=cs, cte=cte), H(html, cs=cs, cte=cte), style=style)


def html_wrap(inner, css='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f'):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="%s">\n%s\n</body></html>\n' % (css, inner))


def text_to_html(text):
    import html as h
    paras = [p for p in text.strip('\n').split('\n\n')]
    return '\n'.join('<p>%s</p>' % h.escape(p).replace('\n', '<br>\n') for p in paras)


# --------------------------------------------------------------------------
# trace headers a receiving provider adds
def gmail_trace(when, mailfrom, ip, helo, dkim_d=None, dkim_ok=True, spf_ok=True,
                dmarc=None, from_dom=None, dkim_s='s1'):
    t = when - dt.timedelta(seconds=RND.randint(1, 9))
    stamp = format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=-7))).replace(microsecond=0))
    mfdom = mailfrom.split('@')[1]
    parts = []
    if dkim_d:
        parts.append('dkim=%s %sheader.i=@%s header.s=%s header.b=%s' % (
            'pass' if dkim_ok else 'fail', '' if dkim_ok else '(body hash did not verify) ',
            dkim_d, dkim_s, an(8)))
    parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
        'pass' if spf_ok else 'fail', mailfrom,
        'designates' if spf_ok else 'does not designate', ip, mailfrom))
    if dmarc:
        ok, pol = dmarc
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            'pass' if ok else 'fail', pol, pol, 'NONE' if ok else pol, from_dom))
    ar = 'mx.google.com;\n       ' + ';\n       '.join(parts)
    hdrs = [
        ('Delivered-To', P),
        ('Received', 'by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            hx(4), hx(3), hx(3), hx(4), an(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), stamp)),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s.%d\n'
                     '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                         helo, helo, ip, '5b1f17b1804b1-%s%ssi%d' % (hx(10), hx(1), RND.randint(1000000, 9999999)), RND.randint(10, 99), P, stamp)),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            'pass' if spf_ok else 'fail', mailfrom, 'designates' if spf_ok else 'does not designate', ip, ip)),
        ('Authentication-Results', ar),
    ]
    if dkim_d:
        hdrs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n'
                                        '\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n\tbh=%s=;\n\tb=%s' % (
                                            dkim_s, dkim_d, int(when.timestamp()), an(43), an(64))))
    return hdrs


def m365_trace(when, mailfrom, ip, dkim_d, from_dom, ok=True):
    t = when - dt.timedelta(seconds=RND.randint(1, 9))
    stamp = format_datetime(t.astimezone(dt.timezone.utc).replace(microsecond=0))
    return [
        ('Received', 'from OS3P286MB%04d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::%s) by\n'
                     ' TYCPR01MB%04d.jpnprd01.prod.outlook.com with HTTPS; %s' % (
                         RND.randint(1000, 9999), hx(3), hx(2), RND.randint(1000, 9999), stamp)),
        ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
                                   ' header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=pass reason=100' % (
                                       'pass' if ok else 'fail', ip, mailfrom.split('@')[1],
                                       'pass' if ok else 'fail', dkim_d, 'pass' if ok else 'fail', from_dom)),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;' % (
            mailfrom.split('@')[1], ip, ip, 'a27-%d.smtp-out.us-west-2.amazonses.com' % RND.randint(10, 250))),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ]


def ses_mailfrom(when):
    return '0100%012x-%s-000000@us-west-2.amazonses.com' % (int(when.timestamp() * 1000), hx(8))


def amazon_trace(when, to):
    mf = ses_mailfrom(when)
    ip = '54.240.27.%d' % RND.randint(2, 250)
    if to == C:
        return m365_trace(when, mf, ip, 'amazon.com', 'amazon.com')
    return gmail_trace(when, mf, ip, 'a27-%d.smtp-out.us-west-2.amazonses.com' % RND.randint(10, 250),
                       dkim_d='amazon.com', dmarc=(True, 'QUARANTINE'), from_dom='amazon.com',
                       dkim_s='224i4yxa5dv7c2xz3womw6peuasteono')


def vendor_trace(when, to, mailfrom, ip, helo, dkim_d, from_dom, pol='REJECT'):
    if to == C:
        return m365_trace(when, mailfrom, ip, dkim_d, from_dom)
    return gmail_trace(when, mailfrom, ip, helo, dkim_d=dkim_d, dmarc=(True, pol), from_dom=from_dom)


# --------------------------------------------------------------------------
MSGS = []


def add(when, kind, reply, case, cands, note, frm, to, subject, root, mid, *, cc=None, irt=None,
        refs=None, trace=(), extra=(), crlf=False, reply_to=None):
    hdrs = list(trace)
    hdrs += [('From', frm), ('To', to)]
    if cc:
        hdrs.append(('Cc', cc))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs += [('Subject', subject), ('Date', format_datetime(when)), ('Message-ID', mid)]
    if irt:
        hdrs.append(('In-Reply-To', irt))
    if refs:
        hdrs.append(('References', refs))
    hdrs += list(extra)
    hdrs.append(('MIME-Version', '1.0'))
    MSGS.append(dict(when=when, hdrs=hdrs, root=root, crlf=crlf,
                     label=dict(kind=kind, needs_reply=reply, case=case, candidate_ids=cands), note=note))
    return mid


def render(m):
    ch, body = m['root'].render()
    head = b''.join(('%s: %s\n' % kv).encode('ascii') for kv in m['hdrs'] + ch)
    data = head + b'\n' + body
    if m['crlf']:
        data = data.replace(b'\n', b'\r\n')
    return data


# ==========================================================================
# the mailbox
# ==========================================================================
ME_P = addr('Kenta Oshiro', P)
ME_C = addr('Kenta Oshiro', C)
FORM_ADDR = addr(FORM_NAME, FORM)
AWS_CONSOLE = addr('Amazon Web Services', CONSOLE)
CERT_ADDR = addr('AWS Certification', CERTM)

# ---- 001 certification: first certification (2021) ----------------------
w = D('2021-05-28 07:12')
txt = """Dear Kenta Oshiro,

Congratulations! You passed the AWS Certified Solutions Architect - Associate
(SAA-C02) exam on May 27, 2021 and are now AWS Certified.

  Certification:      AWS Certified Solutions Architect - Associate
  Validation number:  7QK2LMPC1BE41S3T
  Achieved:           May 27, 2021
  Valid through:      May 27, 2024
  Candidate ID:       %s

Over the next few business days Credly, our digital badge provider, will
e-mail you an invitation to accept your badge.

Your certificate, your score report and the benefits that come with your
certification are waiting in your AWS Certification Account:
https://www.aws.training/Certification

Best regards,
AWS Certification

This message was sent to %s. The mailbox that sent it is not monitored.
""" % (OLD_ID, C)
add(w, 'certification', False, None, [OLD_ID],
    'CertMetrics pass notice with the candidate ID in a field list; program mail, no case.',
    CERT_ADDR, C, "Congratulations, Kenta - you're AWS Certified!",
    ALT(txt, html_wrap(text_to_html(txt))), '<%s.%s@mta.certmetrics.com>' % (hx(20), hx(6)),
    trace=vendor_trace(w, C, 'bounce@mta.certmetrics.com', '52.44.103.%d' % RND.randint(2, 200),
                       'mta.certmetrics.com', 'certmetrics.com', 'certmetrics.com'), crlf=True)

# ---- 002 badge (old Acclaim sender) --------------------------------------
w = D('2021-05-28 10:02')
html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
<img src="https://images.youracclaim.com/images/logo.png" alt="Credly" width="120">
<h2>Kenta, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<strong>AWS Certified Solutions Architect &ndash; Associate</strong> badge.</p>
<p>Accept it to show your verified achievement on LinkedIn, in your e-mail signature and anywhere else you share your work.</p>
<p><a href="https://www.youracclaim.com/badges/3f7c1a9e-5b2d-4e8a-9c61-0d2f8b7e4a15/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px;color:#777">You are receiving this e-mail because Amazon Web Services Training and Certification uses Credly to issue digital credentials.
Credly, 1 Penn Plaza, New York, NY. <a href="https://www.youracclaim.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table>""")
add(w, 'badge', False, None, [],
    'Credly badge under the older youracclaim.com domain; HTML only; badge UUID in a link.',
    addr('Credly', 'admin@youracclaim.com'), C,
    'Amazon Web Services Training and Certification sent you a badge',
    H(html), mid_generic('youracclaim.com'),
    trace=vendor_trace(w, C, 'bounces+4419@em.youracclaim.com', '167.89.16.%d' % RND.randint(2, 250),
                       'o1.em.youracclaim.com', 'youracclaim.com', 'youracclaim.com'))

# ---- 003 unrelated: Pearson VUE test-day survey ---------------------------
w = D('2021-05-29 02:30')
txt = """Dear Kenta Oshiro,

Thank you for testing with Pearson VUE.

Registration ID: 397204118
Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Test center: Pearson Professional Centers-Tokyo, Japan

We would like to hear how your test day went. The survey has eight
questions and takes about three minutes:

https://survey.pearsonvue.com/s/tdx?rid=397204118&lang=en

Your answers are anonymous and help us improve our test centers.

Pearson VUE Customer Service
"""
add(w, 'unrelated', False, None, [],
    'Exam-vendor satisfaction survey: looks like a survey, but it is not about a support case; 9-digit registration ID.',
    addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), C, 'How was your test day? Tell us in 3 minutes',
    T(txt, cte='7bit', cs='us-ascii'), mid_generic('pearson.com'),
    trace=vendor_trace(w, C, 'bounce@mail.pearsonvue.com', '192.28.151.%d' % RND.randint(2, 250),
                       'mail.pearsonvue.com', 'pearson.com', 'pearson.com'))

# ---- 004 ack C1 ------------------------------------------------------------
w = D('2021-06-02 01:19')
S1 = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE1
ack1 = """Hello,

Thank you for getting in touch with AWS Training and Certification Customer Service.

Your request has been logged as case %s. A member of our team will review it and respond, usually within one business day. Submitting the form again for the same issue creates a separate case and can slow things down, so we ask that you keep everything on this case.

Summary of your submission
------------------------------------------------
Name: Kenta Oshiro
Email: %s
Inquiry Type: Certification
Additional Details: Certificate / Name Change
Description: My certificate shows my family name as "Oshiro" but the name on my passport is "Ohshiro". I used my passport at the test center. Candidate ID %s. Could the name on my certification record be corrected?
------------------------------------------------

Sincerely,
AWS Training and Certification Customer Service
""" % (CASE1, C, OLD_ID)
m004 = add(w, 'acknowledgement', False, CASE1, [OLD_ID],
           "Form acknowledgement that echoes the user's own question ('Could the name... be corrected?') - the question is the user's, not support's. The candidate ID is in the echoed form, counted as the message's own text.",
           FORM_ADDR, C, S1, T(ack1, cte='7bit', cs='us-ascii'), mid_ses(w), trace=amazon_trace(w, C))

# ---- 005 info_request C1 --------------------------------------------------
w = D('2021-06-03 01:22')
req1 = """Hi Kenta,

Thanks for your patience while I looked into this.

I've located the certification record for %s. Right now the name on file is "Kenta Oshiro", which is what appears on your certificate and on your Credly badge. We can update it, but the new name has to match the identification you present at the testing center exactly, because exam check-in compares the two.

Could you let us know your full legal name exactly as it's printed on your passport, and which part is your given name and which is your family name? Some of our systems flip the order for Japanese names, so I'd like to get it right the first time.

Once I have that, I'll submit the correction.

Thanks,
Marisol
AWS Training and Certification Customer Service
""" % OLD_ID
m005 = add(w, 'info_request', True, CASE1, [OLD_ID],
           "Agent asks for the legal name with 'Could you let us know...' in the middle of an explanation.",
           FORM_ADDR, C, S1, T(req1, cte='quoted-printable', cs='utf-8'), mid_ses(w), trace=amazon_trace(w, C))

# ---- 006 user_reply C1 (Outlook) -------------------------------------------
w = D('2021-06-03 10:47', 9)
rep1 = """Hi Marisol,

Thank you for checking.

My passport reads: OHSHIRO KENTA
  - Family name: OHSHIRO
  - Given name: KENTA

I would like the certificate to read "Kenta Ohshiro" (given name first).

Best regards,
Kenta Ohshiro
Hoshikawa Technologies, Inc. | Cloud Integration Dept.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Thursday, June 3, 2021 10:22 AM
To: %s
Subject: %s

""" % (FORM, C, S1) + req1
m006 = add(w, 'user_reply', False, CASE1, [],
           'Owner\'s Outlook reply, "-----Original Message-----" with the request (and candidate ID) below it, not prefixed with ">".',
           ME_C, FORM_ADDR, 'RE: ' + S1,
           ALT(rep1, html_wrap(text_to_html(rep1), 'font-family:Meiryo UI;font-size:11pt'), style='outlook'),
           mid_outlook(), irt=m005, refs=m005,
           extra=[('Thread-Topic', S1), ('Thread-Index', 'AQH' + an(20)), ('Content-Language', 'ja-JP')], crlf=True)

# ---- 007 resolved C1 -------------------------------------------------------
w = D('2021-06-07 18:05')
body = """Hi Kenta,

Good news: your certification record now shows your name as Kenta Ohshiro. You can download an updated certificate from the Certifications page of your AWS Certification Account, and your Credly badge should pick up the new name within about two days.

I'm marking this case as resolved. Should anything still show the old spelling after that, feel free to reply here and I'll take another look.

All the best,
Marisol
AWS Training and Certification Customer Service

""" + q(rep1.split('-----Original Message-----')[0].rstrip() + '\n')
add(w, 'resolved', False, CASE1, [],
    'Record fixed; ends with a conditional invitation to reply; quotes the owner\'s reply.',
    FORM_ADDR, C, S1, T(body), mid_ses(w), irt=m006, refs='%s %s' % (m005, m006), trace=amazon_trace(w, C))

# ---- 008 survey C1 ---------------------------------------------------------
w = D('2021-06-08 09:40')
stars = ''.join('<td style="padding:4px"><a href="https://feedback.aws.amazon.com/s?c=%s&amp;r=%d" style="display:block;width:36px;height:36px;border:1px solid #879196;text-align:center;line-height:36px;text-decoration:none;color:#16191f">%d</a></td>' % (CASE1, i, i) for i in range(1, 6))
html = html_wrap("""<p>Hello Kenta,</p>
<p>Your recent case with AWS Training and Certification Customer Service (case %s) has been resolved.
How satisfied are you with the help you received?</p>
<table><tr><td style="font-size:12px">Not at all satisfied</td>%s<td style="font-size:12px">Very satisfied</td></tr></table>
<p>It takes less than a minute, and every response is read by our team leads.</p>
<p style="font-size:11px;color:#687078">Please do not reply to this message; replies to this address are not read.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>""" % (CASE1, stars))
add(w, 'survey', False, CASE1, [],
    'HTML-only rating survey for the resolved case; "Please do not reply" is not a request.',
    addr('AWS Customer Service Feedback', 'cs-feedback@amazon.com'), C,
    'Your opinion on case %s' % CASE1, H(html), mid_ses(w), trace=amazon_trace(w, C))

# ---- 009 unrelated: GitHub "Merged" ----------------------------------------
w = D('2021-07-15 04:11')
txt = """Merged #212 into main.

\u2014
Reply to this email directly, view it on GitHub:
https://github.com/hoshikawa-tech/infra-modules/pull/212#event-5012348861
You are receiving this because you authored the thread.
"""
add(w, 'unrelated', False, None, [],
    'GitHub notification "Merged #212 into main": the word merged, not an account merge.',
    addr('Yuto Sakamaki', 'notifications@github.com'),
    'hoshikawa-tech/infra-modules <infra-modules@noreply.github.com>',
    'Re: [hoshikawa-tech/infra-modules] Add ACM certificate expiry checker (#212)',
    T(txt), '<hoshikawa-tech/infra-modules/pull/212/issue_event/5012348861@github.com>',
    cc='%s, Author <author@noreply.github.com>' % ME_C,
    irt='<hoshikawa-tech/infra-modules/pull/212@github.com>', refs='<hoshikawa-tech/infra-modules/pull/212@github.com>',
    trace=vendor_trace(w, C, 'noreply@github.com', '192.30.252.%d' % RND.randint(2, 250),
                       'out-%d.smtp.github.com' % RND.randint(10, 30), 'github.com', 'github.com'),
    extra=[('List-ID', 'hoshikawa-tech/infra-modules <infra-modules.hoshikawa-tech.github.com>'),
           ('X-GitHub-Reason', 'author')])

# ---- 010 unrelated: billing statement from no-reply-aws --------------------
w = D('2023-08-03 10:24')
txt = """Greetings from Amazon Web Services,

This e-mail confirms that the latest billing statement, for the period
July 1 - July 31, 2023, is available on the AWS Billing console.

Account ID: 402918337615
Total charges: USD 1,284.37

To view it, sign in to https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.
This e-mail was sent from a notification-only address that cannot accept
incoming e-mail. Please do not reply to this message.
"""
add(w, 'unrelated', False, None, [],
    'Billing statement from the same no-reply-aws sender as console cases, with the same "cannot accept incoming e-mail" footer; 12-digit account ID.',
    AWS_CONSOLE, C, 'Amazon Web Services Billing Statement Available [Account: 402918337615]',
    T(txt, cte='7bit', cs='us-ascii'), mid_ses(w), trace=amazon_trace(w, C))

# ---- 011 certification: recertified -----------------------------------------
w = D('2023-08-30 15:02')
txt = """Hello Kenta Ohshiro,

Your recertification is complete.

AWS Certified Solutions Architect - Associate
New expiration date: August 29, 2026

Your updated certificate is in your AWS Certification Account, and Credly
will issue your refreshed digital badge shortly.

Thank you for keeping your AWS skills current.

AWS Certification
"""
add(w, 'certification', False, None, [],
    'Recertification notice (program mail, no case).',
    CERT_ADDR, C, "You've recertified: AWS Certified Solutions Architect - Associate",
    ALT(txt, html_wrap(text_to_html(txt))), '<%s.%s@mta.certmetrics.com>' % (hx(20), hx(6)),
    trace=vendor_trace(w, C, 'bounce@mta.certmetrics.com', '52.44.103.%d' % RND.randint(2, 200),
                       'mta.certmetrics.com', 'certmetrics.com', 'certmetrics.com'))

# ---- 012 ack C2 (console) ---------------------------------------------------
w = D('2023-09-11 05:33')
SUBJ2 = 'Credly badge not issued after recertification (two certification accounts?)'
LINK2 = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE2
FOOT_NOREPLY = """Amazon Web Services has not sent this message from a monitored mailbox;
this address cannot receive replies.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc."""
txt = """Dear Customer,

Thanks for reaching out to Amazon Web Services. Your case %s is open.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I recertified SAA on Aug 29 but no new badge arrived on
Credly. I think I may have two certification accounts with this email, one
created through Partner Central. Can you check and combine them?

To check on this case or add information to it, sign in to the Support Center:
%s

Sincerely,
Amazon Web Services

%s
""" % (CASE2, CASE2, SUBJ2, LINK2, FOOT_NOREPLY)
add(w, 'acknowledgement', False, CASE2, [],
    'Support Center (console) case opened; echoes the user\'s question "Can you check...?"; no-reply footer.',
    AWS_CONSOLE, C, 'Amazon Web Services: New Support case: %s' % CASE2,
    ALT(txt, html_wrap(text_to_html(txt))), mid_ses(w), trace=amazon_trace(w, C), crlf=True)

# ---- 013 info_request C2 (console, answer in Support Center) --------------
w = D('2023-09-12 02:10')
RATE = """Was this response helpful? Rate this correspondence from the Support Center by
selecting the stars at the top right of each reply."""
corr = """Hi Kenta,

This is Daniel with AWS Training and Certification.

You're right that there are two certification accounts using %s. One of them was created automatically when you signed in from AWS Partner Central in June. Your recertification was recorded on that newer account, and because your Credly profile is connected to the older one, the badge had nowhere to go.

We can merge the two, but to make sure we pick the right records we need the candidate ID of each account. You'll find it in the top right corner after signing in to each account (it looks like AWSxxxxxxxx). Please add both IDs to this case in the Support Center - replies sent to this e-mail address don't reach our team.

Best regards,
Daniel M.
Amazon Web Services""" % C
txt = """Hello,

We've replied to your support case %s.

To view the full correspondence and respond, sign in to the Support Center:
%s

Correspondence:
---------------------------------
%s
---------------------------------

%s

%s
""" % (CASE2, LINK2, corr, RATE, FOOT_NOREPLY)
add(w, 'info_request', True, CASE2, [],
    'Console case: must be answered in the Support Center, not by e-mail; request after a long explanation; rating footer; "AWSxxxxxxxx" placeholder is no candidate ID.',
    AWS_CONSOLE, C, 'RE:[CASE %s] %s' % (CASE2, SUBJ2),
    ALT(txt, html_wrap(text_to_html(txt))), mid_ses(w), trace=amazon_trace(w, C), crlf=True)

# ---- 014 unrelated: colleague, Shift_JIS -------------------------------------
w = D('2023-09-12 14:20', 9)
txt = """大城さん

お疲れさまです。田村です。

9/20(水)18:00から、AWS認定 SAP(ソリューションアーキテクト プロフェッショナル)の対策会を開催します。
前回のSAA対策会で講師をしていただいたので、今回も10分ほどLTをお願いできればと思っています。

出欠とLTの可否を、9/15(金)までにこのメールへの返信でお知らせください。

場所:本社 8F 会議室C / Teams併用

よろしくお願いします。
--
田村 美咲
星川テクノロジーズ株式会社 クラウドインテグレーション部
"""
add(w, 'unrelated', False, None, [],
    'Colleague asks for a reply by a deadline and mentions AWS certification; Shift_JIS 8bit. Not support.',
    addr('田村 美咲', 'm-tamura@hoshikawa-tech.co.jp', 'iso-2022-jp'), C,
    enc('【社内勉強会】9/20 SAP対策会 出欠確認', 'iso-2022-jp'),
    T(txt, cs='shift_jis', cte='8bit'), mid_outlook(), extra=[('Content-Language', 'ja-JP')], crlf=True)

# ---- 015 closing_notice C2 (console auto-resolve) --------------------------
w = D('2023-09-15 03:00')
txt = """Hello,

We haven't heard back from you on case %s ("%s").

The most recent correspondence from AWS Support asked for additional information.
If we don't receive a response, the case will be resolved automatically in 4 days.
To keep it open, respond through the Support Center:
%s

A case that has been resolved for more than 14 days can't be reopened; you would
need to create a new one.

Thank you,
Amazon Web Services

%s
""" % (CASE2, SUBJ2, LINK2, FOOT_NOREPLY)
add(w, 'closing_notice', True, CASE2, [],
    'Console auto-resolve warning; the answer has to go through the Support Center.',
    AWS_CONSOLE, C, 'RE:[CASE %s] %s' % (CASE2, SUBJ2), T(txt, cte='7bit', cs='us-ascii'),
    mid_ses(w), trace=amazon_trace(w, C))

# ---- 016 case_update C2 ----------------------------------------------------
w = D('2023-09-16 00:48')
corr = """Hi Kenta,

Thanks for adding the two IDs: %s (created 2019, holds your Associate and Cloud Practitioner history) and %s (created June 2023 via Partner Central, holds the recertification).

I've handed the merge to our certification operations team, with %s as the account to keep since that's the one linked to your Credly profile. These requests normally take 3-5 business days. You don't need to do anything in the meantime; I'll post an update here as soon as it's finished.

Daniel M.
Amazon Web Services""" % (OLD_ID, DUP_ID, OLD_ID)
txt = """Hello,

We've replied to your support case %s.

To view the full correspondence and respond, sign in to the Support Center:
%s

Correspondence:
---------------------------------
%s
---------------------------------

%s

%s
""" % (CASE2, LINK2, corr, RATE, FOOT_NOREPLY)
add(w, 'case_update', False, CASE2, [OLD_ID, DUP_ID],
    'Passed to another team; says nothing is needed; candidate IDs restated in the agent\'s new text; console footer still says "respond".',
    AWS_CONSOLE, C, 'RE:[CASE %s] %s' % (CASE2, SUBJ2), ALT(txt, html_wrap(text_to_html(txt))),
    mid_ses(w), trace=amazon_trace(w, C))

# ---- 017 unrelated: Microsoft support closing warning ----------------------
w = D('2023-09-19 06:15')
txt = """Hello Kenta,

I'm following up on your Azure support request about missing Entra ID sign-in
logs for the hoshikawa-prod tenant.

I haven't received a response to my last e-mail. If I don't hear from you by
Friday, September 22, I will close this case. You can reply to this e-mail at any
time to reopen it, or let me know if you need more time.

Case number: 2309140040007712

Regards,
Aditi
Microsoft Azure Support
"""
add(w, 'unrelated', False, None, [],
    'Another vendor\'s closing-for-no-response notice with a 16-digit case number in the subject.',
    addr('Microsoft Support', 'supportmail@microsoft.com'), C,
    '[Case #:2309140040007712] Following up: we will close your case in 3 business days',
    T(txt), mid_generic('microsoft.com'),
    trace=vendor_trace(w, C, 'supportmail@microsoft.com', '40.107.220.%d' % RND.randint(2, 250),
                       'mail-dm6nam11on20%d.outbound.protection.outlook.com' % RND.randint(10, 99), 'microsoft.com', 'microsoft.com'))

# ---- 018 resolved C2 ---------------------------------------------------------
w = D('2023-09-21 08:31')
corr = """Hi Kenta,

The merge is finished. %s has been folded into %s, so your exam history, both certifications and the recertification now sit on one account. Credly should issue the updated badge within a day or two; there's nothing you need to accept on our side.

I've set this case to resolved. If the badge hasn't turned up by the end of next week, reopen the case from the Support Center and mention it.

Daniel M.
Amazon Web Services""" % (DUP_ID, OLD_ID)
txt = """Hello,

We've replied to your support case %s and set its status to Resolved.

To view the full correspondence, sign in to the Support Center:
%s

Correspondence:
---------------------------------
%s
---------------------------------

%s

%s
""" % (CASE2, LINK2, corr, RATE, FOOT_NOREPLY)
add(w, 'resolved', False, CASE2, [DUP_ID, OLD_ID],
    'Console resolution; conditional "reopen if..."; rating footer.',
    AWS_CONSOLE, C, 'RE:[CASE %s] %s' % (CASE2, SUBJ2), ALT(txt, html_wrap(text_to_html(txt))),
    mid_ses(w), trace=amazon_trace(w, C), crlf=True)

# ---- 019 badge ----------------------------------------------------------------
w = D('2023-09-21 20:44')
txt = """Kenta, you've been issued a new badge

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Associate".

Accept your badge: https://www.credly.com/badges/9c1e2f47-6a0b-4d7e-8f35-21b6c0a9d3e8/accept

Once accepted, you can share it on LinkedIn, add it to your e-mail signature,
or download a copy.

Credly, Inc. | 1 Penn Plaza | New York, NY 10119
Manage e-mail preferences: https://www.credly.com/earner/settings/notifications
"""
html = html_wrap("""<h2 style="font-weight:normal">Kenta, you've been issued a new badge</h2>
<p><strong>Amazon Web Services Training and Certification</strong> has issued you the badge
<em>AWS Certified Solutions Architect &ndash; Associate</em>.</p>
<p><a href="https://www.credly.com/badges/9c1e2f47-6a0b-4d7e-8f35-21b6c0a9d3e8/accept">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Penn Plaza | New York, NY 10119</p>""")
add(w, 'badge', False, None, [],
    'Credly badge after the console merge (separate sender, no case number).',
    addr('Credly', 'admin@credly.com'), C,
    'Kenta, you have been issued a new badge by Amazon Web Services Training and Certification',
    ALT(txt, html), mid_generic('credly.com'),
    trace=vendor_trace(w, C, 'bounces+2210@em.credly.com', '149.72.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250)),
                       'o7.em.credly.com', 'credly.com', 'credly.com'))

# ---- 020 survey C2 -------------------------------------------------------------
w = D('2023-09-22 11:02')
txt = """Hello,

We'd like your feedback on how AWS Support handled your recent case.

Case ID: %s
Subject: %s

The survey takes about two minutes:
https://survey.aws.amazon.com/support?caseId=%s&locale=en_US

Your responses help us improve the support experience.

%s
""" % (CASE2, SUBJ2, CASE2, FOOT_NOREPLY)
add(w, 'survey', False, CASE2, [],
    'Console satisfaction survey, same sender as the case mail.',
    AWS_CONSOLE, C, 'How was your experience with AWS Support? Case %s' % CASE2,
    T(txt, cte='7bit', cs='us-ascii'), mid_ses(w), trace=amazon_trace(w, C))

# ---- 021 certification: expiry ---------------------------------------------
w = D('2024-02-27 16:30')
txt = """Hello Kenta Ohshiro,

Your AWS Certified Cloud Practitioner certification expires on May 27, 2024 -
90 days from today.

Candidate ID: %s

To keep it active you can pass the current version of the exam, or earn an
Associate or Professional certification, which recertifies Cloud Practitioner
automatically. If you already hold an active Associate certification, no
action is needed.

See your recertification options:
https://aws.amazon.com/certification/recertification/

AWS Certification
""" % OLD_ID
add(w, 'certification', False, None, [OLD_ID],
    'Expiry reminder with a candidate ID and "no action is needed" conditional.',
    CERT_ADDR, C, 'Your AWS Certified Cloud Practitioner certification expires in 90 days',
    T(txt, cte='quoted-printable'), '<%s.%s@mta.certmetrics.com>' % (hx(20), hx(6)),
    trace=vendor_trace(w, C, 'bounce@mta.certmetrics.com', '52.44.103.%d' % RND.randint(2, 200),
                       'mta.certmetrics.com', 'certmetrics.com', 'certmetrics.com'))

# ---- 022 unrelated: Skill Builder receipt --------------------------------------
w = D('2024-06-10 03:05')
html = html_wrap("""<h3>Thanks for your order</h3>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td>Order number</td><td>1116-4820-3391</td></tr>
<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Billed to</td><td>Kenta Oshiro</td></tr>
</table>
<p>Your subscription renews automatically each month. You can cancel at any time from <a href="https://skillbuilder.aws/account">your account</a>.</p>
<p style="font-size:11px">AWS Training and Certification &middot; This is an automated message; please do not reply.</p>""")
add(w, 'unrelated', False, None, [],
    'Skill Builder receipt from aws.training (training platform, not a case).',
    addr('AWS Skill Builder', 'no-reply@aws.training'), C, 'Your AWS Skill Builder receipt (Order 1116-4820-3391)',
    H(html, cte='base64'), mid_ses(w), trace=vendor_trace(w, C, ses_mailfrom(w), '54.240.27.%d' % RND.randint(2, 250),
                                                      'a27-51.smtp-out.us-west-2.amazonses.com', 'aws.training', 'aws.training'))

# ---- 023 unrelated: Pearson VUE booking with candidate ID ------------------------
w = D('2024-09-30 08:12')
txt = """Dear Kenta Ohshiro,

Thank you for scheduling your AWS Certification exam.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Friday, October 18, 2024 at 10:00 JST
Location: Pearson Professional Centers-Tokyo Shinjuku
Registration ID: 482115390
AWS Candidate ID: %s
Price: USD 300.00

Please arrive 15 minutes early and bring one valid government-issued ID whose
name matches your profile exactly.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours
before your appointment.

Pearson VUE
""" % OLD_ID
add(w, 'unrelated', False, None, [OLD_ID],
    'Exam-vendor booking; carries a candidate ID and a 9-digit registration ID.',
    addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), C,
    'Pearson VUE Confirmation of Booking', T(txt, cte='7bit', cs='us-ascii'), mid_generic('pearson.com'),
    trace=vendor_trace(w, C, 'bounce@mail.pearsonvue.com', '192.28.151.%d' % RND.randint(2, 250),
                       'mail.pearsonvue.com', 'pearson.com', 'pearson.com'))

# ---- 024 certification: SAP pass + voucher --------------------------------
w = D('2024-10-19 06:50')
txt = """Congratulations, Kenta Ohshiro!

You have earned the AWS Certified Solutions Architect - Professional certification.

  Validation number: 9MXQ4T2B7LE11H5P
  Achieved: October 18, 2024
  Expires: October 18, 2027

As a thank-you, a 50% discount on your next AWS Certification exam has been added
to the Benefits page of your AWS Certification Account. It is valid until
October 18, 2026.

Your digital badge will arrive from Credly shortly.

AWS Certification
"""
add(w, 'certification', False, None, [],
    'Certification earned + voucher benefit (background for the later voucher case).',
    CERT_ADDR, C, "Congratulations! You're AWS Certified - Solutions Architect - Professional",
    ALT(txt, html_wrap(text_to_html(txt))), '<%s.%s@mta.certmetrics.com>' % (hx(20), hx(6)),
    trace=vendor_trace(w, C, 'bounce@mta.certmetrics.com', '52.44.103.%d' % RND.randint(2, 200),
                       'mta.certmetrics.com', 'certmetrics.com', 'certmetrics.com'))

# ---- 025 unrelated: HR notice (ISO-2022-JP, internal) -------------------------
w = D('2025-02-20 11:00', 9)
txt = """大城 健太 様

人事部です。退職に伴うお手続きについてご案内いたします。

・最終出社日:2025年3月31日(月)
・社用メールアドレス(k-oshiro@hoshikawa-tech.co.jp)は4月1日 0:00 に停止します。
  業務外で登録しているサービス等があれば、事前に連絡先の変更をお済ませください。
・貸与PCおよび入館証は最終出社日に総務部へ返却してください。

下記の書類を3月14日(金)までにご提出ください。
 1. 退職届(原本)
 2. 秘密保持誓約書

ご不明な点は人事部までお問い合わせください。

人事部 労務グループ
"""
add(w, 'unrelated', False, None, [],
    'Internal HR mail (ISO-2022-JP) asking for documents; context for why the company address closes.',
    addr('人事部', 'hr-desk@hoshikawa-tech.co.jp', 'iso-2022-jp'), C,
    enc('【人事】退職手続きのご案内(3/31付)', 'iso-2022-jp'),
    T(txt, cs='iso-2022-jp', cte='7bit'), mid_outlook(), extra=[('Content-Language', 'ja-JP')])

# ---- 026 unrelated: Builder ID one-time code --------------------------------------
w = D('2025-03-03 13:20')
txt = """Verify your AWS Builder ID email address

Hello Kenta Oshiro,

To finish creating your AWS Builder ID, enter this verification code:

    582914

The code expires in 30 minutes. If you did not try to create an AWS Builder ID,
you can ignore this e-mail.

Amazon Web Services
"""
add(w, 'unrelated', False, None, [],
    'Builder ID 6-digit code ("verify"), not case mail.',
    addr('AWS', 'no-reply@signin.aws'), P, 'Verify your AWS Builder ID email address',
    ALT(txt, html_wrap(text_to_html(txt))), mid_ses(w),
    trace=vendor_trace(w, P, ses_mailfrom(w), '54.240.48.%d' % RND.randint(2, 250),
                       'a48-93.smtp-out.amazonses.com', 'signin.aws', 'signin.aws', 'QUARANTINE'))

# ---- 027 certification: new certification account --------------------------------
w = D('2025-03-03 13:31')
txt = """Hello Kenta Oshiro,

Welcome! Your AWS Certification Account has been created.

Candidate ID: %s

Use this account to schedule exams, download certificates and use your
certification benefits. Sign in any time at https://www.aws.training/Certification
with your AWS Builder ID.

AWS Certification
""" % NEW_ID
add(w, 'certification', False, None, [NEW_ID],
    'New certification account welcome with the new candidate ID (not a case).',
    CERT_ADDR, P, 'Welcome to your AWS Certification Account', T(txt), '<%s.%s@mta.certmetrics.com>' % (hx(20), hx(6)),
    trace=vendor_trace(w, P, 'bounce@mta.certmetrics.com', '52.44.103.%d' % RND.randint(2, 200),
                       'mta.certmetrics.com', 'certmetrics.com', 'certmetrics.com'))

# ---- 028 ack C3 in Japanese, base64 --------------------------------------------
w = D('2025-03-03 13:42')
txt = """AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、ありがとうございます。

お問い合わせはケース %s として登録されました。内容を確認のうえ、担当者よりご連絡いたします。回答までの目安は1営業日ですが、調査内容によってはお時間をいただく場合がございます。

同じ内容のお問い合わせを重ねて送信されますと、それぞれ別のケースとして扱われ、かえって解決までに時間がかかることがございます。補足情報がある場合は、このメールへの返信でお送りください。

■ お問い合わせ内容
お名前: Kenta Oshiro
メールアドレス: %s
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
内容:
Use case: I will leave Hoshikawa Technologies on March 31 and would like to merge my certification account into the one registered with my personal address.
Email addresses used: %s / %s
Email address to keep: %s
Candidate IDs: %s (company), %s (personal, new)

AWS トレーニングと認定 カスタマーサービス
""" % (CASE3, P, C, P, P, OLD_ID, NEW_ID)
m028 = add(w, 'acknowledgement', False, CASE3, [OLD_ID, NEW_ID],
           'Japanese acknowledgement (UTF-8 base64) with 〜ください-style conditional about extra info; form echo in English with both candidate IDs.',
           FORM_ADDR, P, SUBJ_MERGE, T(txt, cte='base64'), mid_ses(w), trace=amazon_trace(w, P))

# ---- 029 ack C4 (duplicate submission from company address) --------------------
w = D('2025-03-04 00:03')
S4 = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE4
txt = """Hello,

We have received your message and created case %s.

Our Customer Service team aims to respond within 24 hours; some requests take longer to research. If you have already contacted us about this matter there's no need to submit another request - duplicates are handled separately and may delay our response.

Request details
Name: Kenta Oshiro
Email: %s
Inquiry type: Certification
Additional details: Account Merge
Message: I submitted this form last night from my personal address but I am not sure it went through, so I'm sending it again from my company address. Please merge my company certification account (%s) into my personal one (%s). I leave the company at the end of March.

Kind regards,
AWS Training and Certification Customer Service
""" % (CASE4, C, C, P)
add(w, 'acknowledgement', False, CASE4, [],
    'Second form submission for the same request (duplicate case), "RE: [CASE" with a space; CRLF.',
    FORM_ADDR, C, S4, T(txt, cte='7bit', cs='us-ascii'), mid_ses(w), trace=amazon_trace(w, C), crlf=True)

# ---- 030 unrelated: connpass --------------------------------------------------
w = D('2025-03-04 03:00')
txt = """大城 健太 さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG 東京 #58 AWS認定 合格者LT祭り
日時: 2025/03/26(水) 19:00 〜 21:00
会場: 目黒セントラルスクエア 21F
参加枠: 一般参加(抽選なし)
受付番号: 3125

キャンセルする場合は、イベントページから手続きしてください。
https://jawsug.connpass.com/event/348812/

connpass
"""
add(w, 'unrelated', False, None, [],
    'Community event registration in Japanese mentioning AWS認定.',
    addr('connpass', 'no-reply@connpass.com'), P,
    enc('【connpass】JAWS-UG 東京 #58 AWS認定 合格者LT祭り への参加登録が完了しました'),
    T(txt), mid_generic('connpass.com'),
    trace=vendor_trace(w, P, 'bounce@connpass.com', '18.182.34.%d' % RND.randint(2, 250),
                       'mail.connpass.com', 'connpass.com', 'connpass.com', 'NONE'))

# ---- 031 case_update C4: duplicate linked and closed -----------------------------
w = D('2025-03-05 01:12')
txt = """Hello Kenta,

Thank you for your message. Your earlier request from %s did reach us - it is case %s, and a colleague is already working on it. To keep everything in one place I have linked this case to that one and closed this one.

There's nothing you need to do here. Updates on the merge will come on case %s, to the personal address you used for that request.

Best regards,
Sean
AWS Training and Certification Customer Service
""" % (P, CASE3, CASE3)
add(w, 'case_update', False, CASE4, [],
    'Duplicate case closed and linked; labelled with its own case number although it names the other case twice.',
    FORM_ADDR, C, S4, T(txt), mid_ses(w), trace=amazon_trace(w, C))

# ---- 032 on_hold C3 with a buried question --------------------------------------
w = D('2025-03-05 06:40')
hold1 = """Hello Kenta,

Thank you for contacting us about merging your certification accounts.

While reviewing the request I found that the account registered to %s (%s) is linked to an AWS Partner Network organization, Hoshikawa Technologies, Inc. Certifications held by an account in a partner organization count toward that organization's partner tier requirements, so we can't move them to another account without first checking with the partner. I have put your case on hold and reached out to the partner's Partner Central administrator.

This usually gets settled faster when the person is leaving the company, so I'd like to confirm one detail: are you still employed at Hoshikawa Technologies, and if you are leaving, what is your last working day?

Regards,
Hiroshi K.
AWS Training and Certification Customer Service
""" % (C, OLD_ID)
m032 = add(w, 'on_hold', True, CASE3, [OLD_ID],
           'APN partner hold; the actual question (still employed? last day?) sits in the last paragraph. Kind on_hold, but needs_reply true.',
           FORM_ADDR, P, SUBJ_MERGE, T(hold1), mid_ses(w), trace=amazon_trace(w, P))

# ---- 033 user_reply C3 from the company address (Gmail send-as) -------------------
w = D('2025-03-05 16:02', 9)
rep = """Hello Hiroshi,

Yes, I am still employed there until March 31, 2025, which is my last working day. After that date this mailbox (%s) will be shut down, so please use %s for anything after that.

I have copied my manager, Makoto Sato, who can confirm this.

Best regards,
Kenta Oshiro

On Wed, Mar 5, 2025 at 3:40 PM AWS Training and Certification <%s> wrote:
""" % (C, P, FORM) + q(hold1)
m033 = add(w, 'user_reply', False, CASE3, [],
           'Owner answers from the wrong (company) address; Gmail quoting with the hold and its question below.',
           ME_C, FORM_ADDR, 'Re: ' + SUBJ_MERGE,
           ALT(rep, html_wrap(text_to_html(rep)), style='gmail'), mid_gmail(),
           cc=addr('Makoto Sato', 'm-sato@hoshikawa-tech.co.jp'), irt=m032, refs='%s %s' % (m028, m032))

# ---- 034 unrelated: manager's out-of-office on the case thread --------------------
w = D('2025-03-05 07:04')
txt = """3月5日(水)から3月7日(金)まで出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合は部の共有アドレス ci-dept@hoshikawa-tech.co.jp までご連絡ください。

I am away on a business trip from March 5 to March 7 with limited access to e-mail.
For urgent matters, please contact ci-dept@hoshikawa-tech.co.jp.

佐藤 誠 / Makoto Sato
"""
add(w, 'unrelated', False, CASE3, [],
    'Manager\'s automatic reply to the owner\'s case reply: carries the [CASE] subject (so case is set) but is not support mail.',
    addr('佐藤 誠', 'm-sato@hoshikawa-tech.co.jp', 'iso-2022-jp'), ME_C,
    subj_mixed('自動応答:', 'Re: ' + SUBJ_MERGE, 'iso-2022-jp'),
    T(txt, cs='iso-2022-jp', cte='7bit'), mid_outlook(), irt=m033, refs=m033,
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'ja-JP')])

# ---- 035 info_request C3: write from the address on the case --------------------
w = D('2025-03-06 00:05')
wrong = """Hello Kenta,

Thank you for the quick response.

Your reply reached us from %s. Because that address belongs to the account that would be merged away, and because a merge can't be undone, we only take merge instructions from the address on the case, which is also the login of the account you want to keep. We need you to send your answer again from %s, including your last working day at Hoshikawa Technologies.

Regards,
Hiroshi K.
AWS Training and Certification Customer Service
""" % (C, P)
m035 = add(w, 'info_request', True, CASE3, [],
           'Wrong-address reply: support asks the owner to write again from the personal address ("We need you to..."), no question mark.',
           FORM_ADDR, P, SUBJ_MERGE, T(wrong, cte='quoted-printable'), mid_ses(w), cc=C,
           irt=m033, refs='%s %s' % (m032, m033), trace=amazon_trace(w, P))

# ---- 036 user_reply C3 from personal ------------------------------------------------
w = D('2025-03-06 09:31', 9)
rep = """Hi Hiroshi,

Sending this from my personal address as you asked.

I confirm that my last working day at Hoshikawa Technologies is March 31, 2025. I understand that after the merge my certifications will no longer count toward the company's partner requirements.

Thanks,
Kenta

On Thu, Mar 6, 2025 at 9:05 AM AWS Training and Certification <%s> wrote:
""" % FORM + q(wrong)
m036 = add(w, 'user_reply', False, CASE3, [],
           'Owner re-sends the answer from the right address; the word "confirm" is the owner\'s.',
           ME_P, FORM_ADDR, 'Re: ' + SUBJ_MERGE, ALT(rep, html_wrap(text_to_html(rep)), style='gmail'),
           mid_gmail(), irt=m035, refs='%s %s %s' % (m032, m033, m035))

# ---- 037 on_hold C3: partner must act, nothing asked ------------------------------
w = D('2025-03-07 02:18')
txt = """Hi Kenta,

Thanks for confirming from your personal address.

I've passed your confirmation and your leaving date to the partner's Partner Central administrator and asked them to release the link between Hoshikawa Technologies and %s. We can't go further until they respond, so the case will stay on hold for now. No further action is required from you; we'll write again as soon as we hear from the partner.

Regards,
Hiroshi K.
AWS Training and Certification Customer Service
""" % OLD_ID
m037 = add(w, 'on_hold', False, CASE3, [OLD_ID],
           'Pure partner hold: "No further action is required from you".',
           FORM_ADDR, P, SUBJ_MERGE, ALT(txt, html_wrap(text_to_html(txt))), mid_ses(w),
           irt=m036, refs='%s %s' % (m035, m036), trace=amazon_trace(w, P))

# ---- 038 unrelated: partner admin colleague (ISO-2022-JP) -------------------------
w = D('2025-03-07 14:05', 9)
txt = """大城さん

お疲れさまです。アライアンス担当の中村です。

Partner Central 経由で、AWS から大城さんの認定アカウントの紐付け解除について依頼が届きました。
退職に伴う手続きとのことですので、本日中に解除しておきます。
解除後はパートナーの認定者数から外れますが、管理表はこちらで更新しますので対応は不要です。

残り少ない期間ですが、よろしくお願いします。

中村
"""
add(w, 'unrelated', False, None, [],
    'Colleague (partner admin) mail about the same matter, no case number; not support.',
    addr('中村 翔', 's-nakamura@hoshikawa-tech.co.jp', 'iso-2022-jp'), C,
    enc('AWS認定アカウントの紐付け解除について', 'iso-2022-jp'),
    T(txt, cs='iso-2022-jp', cte='7bit'), mid_outlook(), extra=[('Content-Language', 'ja-JP')], crlf=True)

# ---- 039 unrelated: marketing ---------------------------------------------------
w = D('2025-03-10 15:00')
html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:20px">
<h1 style="font-size:22px">Get AWS Certified for less</h1>
<p>Join the AWS Certified Challenge before April 15 and get <strong>50% off</strong> an Associate-level exam, plus free Official Practice Question Sets on AWS Skill Builder.</p>
<p><a href="https://pages.awscloud.com/certified-challenge.html" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Confirm your spot</a></p>
<p>Already certified? Tell a colleague &mdash; they can join using your referral link.</p>
</td></tr>
<tr><td style="font-size:10px;color:#687078;padding:20px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was sent to oshiro.kenta.k@gmail.com.
If you do not wish to receive these e-mails, <a href="https://pages.awscloud.com/communication-preferences">unsubscribe</a>.</td></tr>
</table>""")
add(w, 'unrelated', False, None, [],
    'AWS marketing about certification with a "Confirm your spot" button.',
    addr('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'), P,
    'Get AWS Certified for less: 50% off with the AWS Certified Challenge', H(html),
    '<%s@pages.awscloud.com>' % hx(30),
    trace=vendor_trace(w, P, 'bounce-%s@mktomail.awscloud.com' % hx(6), '199.15.212.%d' % RND.randint(2, 250),
                       'mail.awscloud.com', 'amazon.com', 'amazon.com', 'QUARANTINE'),
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?u=%s>' % hx(12))])

# ---- 040 suspicious: lookalike domain ----------------------------------------------
w = D('2025-03-11 12:44')
html = html_wrap("""<p>Dear Candidate,</p>
<p>Your AWS Certification account merge request <b>[CASE %s]</b> has been placed on hold pending identity verification.</p>
<p>To prevent the permanent loss of your certifications and exam history, you must verify your account ownership within <b>24 hours</b>.</p>
<p><a href="http://aws-trainingcertification-support.com/merge/verify?c=%s&amp;u=oshiro.kenta.k" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">VERIFY MY ACCOUNT</a></p>
<p>If you prefer, reply to this e-mail with your AWS Builder ID e-mail and password and our team will complete the verification for you.</p>
<p>AWS Training and Certification Security Team</p>""" % (FAKE1, FAKE1))
add(w, 'suspicious', False, None, [],
    'Lookalike domain (aws-trainingcertification-support.com, DKIM/DMARC pass for its own domain), fake case number, asks for a password; arrives while the real case is on hold.',
    addr('AWS Training and Certification', 'case-notify@aws-trainingcertification-support.com'), P,
    '[CASE %s] Action required: verify your identity to continue your account merge' % FAKE1,
    H(html), mid_generic('aws-trainingcertification-support.com'),
    trace=gmail_trace(w, 'bounce@aws-trainingcertification-support.com', '45.131.66.%d' % RND.randint(2, 250),
                      'mail.aws-trainingcertification-support.com', dkim_d='aws-trainingcertification-support.com',
                      dmarc=(True, 'NONE'), from_dom='aws-trainingcertification-support.com'))

# ---- 041 case_update C3: hold lifted -------------------------------------------
w = D('2025-03-12 04:55')
txt = """Hello Kenta,

An update on your case: Hoshikawa Technologies has released the partner link on %s, so the hold has been lifted.

I've sent the merge request to our Certification Operations team. Before changing anything they will write to you to confirm the details of both accounts; you'll receive that on this case. Nothing is needed from you until then.

Regards,
Hiroshi K.
AWS Training and Certification Customer Service
""" % OLD_ID
m041 = add(w, 'case_update', False, CASE3, [OLD_ID],
           'Hold lifted, handed to another team; announces a future confirmation request but asks nothing now.',
           FORM_ADDR, P, SUBJ_MERGE, T(txt), mid_ses(w), trace=amazon_trace(w, P))

# ---- 042 unrelated: another vendor's ticket solved ----------------------------------
w = D('2025-03-13 01:02')
txt = """##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen this request, reply to this email.

Kaori (Tsuru Monitoring)

Mar 13, 2025, 10:02 GMT+9

Hi Kenta,

The fix for webhook retries is now deployed to all regions. Alerts that failed
on March 10-11 have been re-sent. I'll mark this as solved; if you still see
failures, just reply and the ticket will reopen automatically.

Best,
Kaori

Kenta Oshiro

Mar 11, 2025, 17:40 GMT+9

Our alert webhooks to Slack failed with HTTP 502 retries since yesterday.
Could you check?

[X9QK2Z-4M1P]
"""
add(w, 'unrelated', False, None, [],
    'Zendesk-style "request solved" from another vendor; reopen-by-reply wording.',
    addr('Tsuru Monitoring Support', 'support@tsurumon.zendesk.com'), C,
    '[Tsuru Monitoring] Re: Alert webhook retries failing', T(txt), mid_generic('tsurumon.zendesk.com'),
    trace=vendor_trace(w, C, 'support@tsurumon.zendesk.com', '192.161.151.%d' % RND.randint(2, 250),
                       'out12.pod29.usw2.zdsys.com', 'zendesk.com', 'tsurumon.zendesk.com'))

# ---- 043 confirmation_request C3 (HTML-only table) ---------------------------------
w = D('2025-03-14 08:27')
rows = [('Login email', P, C), ('Training notification email', P, C),
        ('Certification notification email', P, C), ('Candidate ID', NEW_ID, OLD_ID),
        ('Created', '2025-03-03', '2019-04-11'),
        ('Active certifications', 'None', 'Solutions Architect - Professional, Solutions Architect - Associate, Cloud Practitioner')]
trs = '\n'.join('<tr><td style="border:1px solid #aab7b8;padding:6px"><b>%s</b></td>'
                '<td style="border:1px solid #aab7b8;padding:6px">%s</td>'
                '<td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>' % r for r in rows)
conf_html = html_wrap("""<p>Hello Kenta,</p>
<p>My name is Olivia and I'm with the AWS Certification Operations team. Hiroshi passed your merge request to us now that the partner hold has been cleared.</p>
<p>These are the two certification accounts we located for you:</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><th style="border:1px solid #aab7b8;padding:6px"></th><th style="border:1px solid #aab7b8;padding:6px">Account #1</th><th style="border:1px solid #aab7b8;padding:6px">Account #2</th></tr>
%s
</table>
<p>When we merge, the exam history, active certifications and unused benefits on Account #2 move to Account #1, and Account #2 is deactivated. Your Credly badges will then be reissued against Account #1.</p>
<p>Before we start, we need your confirmation that both accounts belong to you and that Account #1 is the one you would like to keep. Merges can't be reversed, so we won't proceed without it.</p>
<p>Kind regards,<br>Olivia R.<br>AWS Certification Operations<br>AWS Training and Certification</p>""" % trs)
m043 = add(w, 'confirmation_request', True, CASE3, [NEW_ID, OLD_ID],
           'HTML-only (quoted-printable) Account #1 / #2 table; the ask is a "we need your confirmation" statement with no question mark.',
           FORM_ADDR, P, SUBJ_MERGE, H(conf_html), mid_ses(w), trace=amazon_trace(w, P))
conf_txt = """Hello Kenta,

My name is Olivia and I'm with the AWS Certification Operations team. Hiroshi passed your merge request to us now that the partner hold has been cleared.

These are the two certification accounts we located for you:

Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

When we merge, the exam history, active certifications and unused benefits on Account #2 move to Account #1, and Account #2 is deactivated. Your Credly badges will then be reissued against Account #1.

Before we start, we need your confirmation that both accounts belong to you and that Account #1 is the one you would like to keep. Merges can't be reversed, so we won't proceed without it.

Kind regards,
Olivia R.
AWS Certification Operations
""" % (P, P, P, NEW_ID, C, C, C, OLD_ID)

# ---- 044 unrelated: newsletter, Shift_JIS ---------------------------------------------
w = D('2025-03-15 00:00')
txt = """━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド週報 第312号  2025/03/15
━━━━━━━━━━━━━━━━━━━━━━━━

■ AWS認定:新しいプロフェッショナル試験のベータ提供が始まりました
  受験申込は認定アカウントから。ベータ期間中は受験料が割引になります。

■ Credly:バッジ共有ページのデザインが変わります
  既存のバッジURLはそのまま利用できます。

■ 転職時の認定アカウント統合、手続きの流れ(読者投稿)
  会社のアドレスで作った認定アカウントを個人アカウントへ統合した体験談です。

■ 読者アンケートにご協力ください
  回答いただいた方から抽選で10名様にギフトカードを差し上げます。
  https://cloud-weekly.jp/enquete/2025q1

配信停止:https://cloud-weekly.jp/unsubscribe
"""
add(w, 'unrelated', False, None, [],
    'Japanese newsletter (Shift_JIS, base64) about certification account merges, with a reader survey request.',
    addr('クラウド週報', 'news@cloud-weekly.jp', 'iso-2022-jp'), P,
    enc('クラウド週報 第312号:AWS認定の新試験、Credlyバッジの仕様変更 ほか', 'iso-2022-jp'),
    T(txt, cs='shift_jis', cte='base64'), mid_generic('cloud-weekly.jp'),
    trace=vendor_trace(w, P, 'bounce@mail.cloud-weekly.jp', '153.127.12.%d' % RND.randint(2, 250),
                       'mail.cloud-weekly.jp', 'cloud-weekly.jp', 'cloud-weekly.jp', 'NONE'),
    extra=[('List-Unsubscribe', '<https://cloud-weekly.jp/unsubscribe>')])

# ---- 045 unrelated: Amazon.co.jp order -----------------------------------------
w = D('2025-03-17 02:19')
txt = """大城 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文を承りました。商品が発送されましたら、あらためてメールでお知らせします。

注文番号: 250-4419372-8801156
お届け予定: 2025/03/19(水)

AWS認定ソリューションアーキテクト-プロフェッショナル 改訂第2版  ¥4,180
数量: 1

ご注文の確認・変更は「注文履歴」から行えます。
このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon.co.jp
"""
add(w, 'unrelated', False, None, [],
    'Amazon.co.jp retail order (amazon sender, AWS認定 in the item name).',
    addr('Amazon.co.jp', 'auto-confirm@amazon.co.jp'), P, enc('Amazon.co.jp ご注文の確認'),
    ALT(txt, html_wrap(text_to_html(txt))), mid_generic('amazon.co.jp'),
    trace=vendor_trace(w, P, ses_mailfrom(w).replace('us-west-2.amazonses.com', 'amazon.co.jp'),
                       '52.95.48.%d' % RND.randint(2, 250), 'a48-18.smtp-out.amazon.co.jp', 'amazon.co.jp', 'amazon.co.jp', 'QUARANTINE'))

# ---- 046 closing_notice C3 -------------------------------------------------------
w = D('2025-03-18 00:44')
close3 = """Hello,

This is a follow-up on case %s.

On March 14 we asked you to confirm the details of the two certification accounts listed in our previous message, and we haven't received a reply yet. We'll keep the case open for three more business days. If we still haven't heard from you by then, the case will be closed without any changes being made to your accounts.

Replying to this e-mail keeps the case open; if it has already been closed, a reply will reopen it.

Sincerely,
AWS Training and Certification Customer Service
""" % CASE3
txt = close3 + """
-------- Original Message --------
From: AWS Training and Certification <%s>
Sent: 3/14/2025 8:27 AM
To: %s
Subject: %s

""" % (FORM, P, SUBJ_MERGE) + conf_txt
m046 = add(w, 'closing_notice', True, CASE3, [],
           'Reminder that the case will close in three business days; the earlier confirmation request (with candidate IDs) is quoted under "Original Message", so no own candidate IDs.',
           FORM_ADDR, P, SUBJ_MERGE, T(txt), mid_ses(w), irt=m043, refs=m043, trace=amazon_trace(w, P))

# ---- 047 user_reply C3: yes, but does not say which to keep --------------------
w = D('2025-03-18 10:15', 9)
rep047 = """Hi Olivia,

Sorry for the slow reply, I was travelling. Yes, both accounts are mine, please go ahead with the merge.

Kenta
"""
txt = rep047 + """
On Tue, Mar 18, 2025 at 9:44 AM AWS Training and Certification <%s> wrote:
""" % FORM + q(close3)
m047 = add(w, 'user_reply', False, CASE3, [],
           'Short Gmail reply (format=flowed) that confirms ownership but not which account to keep.',
           ME_P, FORM_ADDR, 'Re: ' + SUBJ_MERGE, T(txt, fmt_flowed=True), mid_gmail(), irt=m046,
           refs='%s %s' % (m043, m046))

# ---- 048 suspicious: dmarc=fail on the real sender ----------------------------------
w = D('2025-03-18 06:30')
txt = """Hello,

We are ready to complete the merge of your AWS Certification accounts. For security reasons the account owner must re-authenticate before the records are transferred.

Sign in with your AWS Builder ID at the link below within 24 hours and enter the verification code that will be sent to your phone:
https://aws-training.certsvc-mail.top/builderid/signin?case=%s

If we do not receive your verification, the merge will be cancelled and the certification history on your old account may be lost.

Regards,
AWS Training and Certification Customer Service
""" % FAKE2
add(w, 'suspicious', False, None, [],
    'Uses the genuine form address and subject pattern, arrives mid-merge, but Authentication-Results shows dkim=fail / spf fail / dmarc=fail for amazon.com; credential-phishing link.',
    FORM_ADDR, P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % FAKE2,
    T(txt), mid_ses(w),
    trace=gmail_trace(w, 'bounce@certsvc-mail.top', '185.234.72.%d' % RND.randint(2, 250), 'vps-7741.certsvc-mail.top',
                      dkim_d='amazon.com', dkim_ok=False, spf_ok=False, dmarc=(False, 'QUARANTINE'),
                      from_dom='amazon.com', dkim_s='224i4yxa5dv7c2xz3womw6peuasteono'))

# ---- 049 confirmation_request C3: which account to keep? ----------------------------
w = D('2025-03-19 01:06')
conf2 = """Hi Kenta,

Thanks for confirming that both accounts are yours.

One point your reply didn't cover is which account should remain. Going by your original request I've set it up so that Account #1 (login %s, candidate ID %s) stays, and Account #2 (%s, %s) is merged into it and then closed. Is that right? As soon as you say yes I'll run the merge; it normally completes within the hour.

Best,
Olivia R.
AWS Certification Operations
""" % (P, NEW_ID, C, OLD_ID)
txt = conf2 + '\n' + q(rep047)
m049 = add(w, 'confirmation_request', True, CASE3, [NEW_ID, OLD_ID],
           'Second confirmation: after a partial "yes" support asks which account to keep ("Is that right?").',
           FORM_ADDR, P, SUBJ_MERGE, ALT(txt, html_wrap(text_to_html(txt))), mid_ses(w),
           irt=m047, refs='%s %s %s' % (m043, m046, m047), trace=amazon_trace(w, P))

# ---- 050 user_reply C3: Confirmed (Japanese Gmail quote header) --------------------
w = D('2025-03-19 10:31', 9)
rep050 = """Hi Olivia,

Confirmed. Please keep Account #1 (%s / %s) and merge Account #2 into it.

Thank you,
Kenta Oshiro
""" % (P, NEW_ID)
txt = rep050 + '\n2025年3月19日(水) 10:06 AWS Training and Certification <%s>:\n' % FORM + q(conf2)
m050 = add(w, 'user_reply', False, CASE3, [NEW_ID],
           'Owner confirms; Japanese-locale Gmail attribution line; own text names one candidate ID, the quote names two.',
           ME_P, FORM_ADDR, 'Re: ' + SUBJ_MERGE, ALT(txt, html_wrap(text_to_html(txt)), style='gmail'),
           mid_gmail(), irt=m049, refs='%s %s %s %s' % (m043, m046, m047, m049))

# ---- 051 resolved C3, top-posted over long history ---------------------------------
w = D('2025-03-19 02:14')
res3 = """Hi Kenta,

All done. Account #2 has been merged into Account #1, so your exam history, your three certifications and the unused 50%% exam discount now sit under %s. Sign out of any open sessions and sign back in with your Builder ID to see the change.

Credly will issue your badges again for the merged account, so you may get a few e-mails from them over the next day. No further action is needed on your part, and I've marked this case resolved.

Best,
Olivia R.
AWS Certification Operations
""" % P
hist = """________________________________
From: Kenta Oshiro <%s>
Sent: Wednesday, March 19, 2025 1:31 AM
To: AWS Training and Certification <%s>
Subject: Re: %s

""" % (P, FORM, SUBJ_MERGE) + rep050 + '\n' + q(conf2) + q(q(rep047)) + q(q(q(conf_txt)))
m051 = add(w, 'resolved', False, CASE3, [],
           'Merge done, top-posted over the whole thread: the quoted history still contains "Is that right?" and "we need your confirmation".',
           FORM_ADDR, P, SUBJ_MERGE, T(res3 + '\n' + hist), mid_ses(w), cc=C, irt=m050,
           refs='%s %s %s %s %s' % (m043, m046, m047, m049, m050), trace=amazon_trace(w, P))

# ---- 052 badge after merge ------------------------------------------------------
w = D('2025-03-19 03:02')
txt = """Amazon Web Services Training and Certification issued you a badge

Hi Kenta,

Your badge "AWS Certified Solutions Architect - Professional" is ready.
Claim it to add it to your Credly profile:
https://www.credly.com/badges/5e0f8c3a-7d21-4b96-a1c4-83f2e96d0b57/accept

Badges you earned before are linked to this e-mail address as well, once you
accept them.

Credly, Inc. | 1 Penn Plaza | New York, NY 10119
"""
add(w, 'badge', False, None, [],
    'Credly badge e-mail right after the merge.',
    addr('Credly', 'admin@credly.com'), P, 'Amazon Web Services Training and Certification issued you a badge',
    ALT(txt, html_wrap(text_to_html(txt))), mid_generic('credly.com'),
    trace=vendor_trace(w, P, 'bounces+2210@em.credly.com', '149.72.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250)),
                       'o7.em.credly.com', 'credly.com', 'credly.com', 'NONE'))

# ---- 053 user_reply: forward from the company address (Outlook, ISO-2022-JP) ---------
w = D('2025-03-19 12:40', 9)
txt = """記録用に個人アドレスへ転送。統合完了の連絡。

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年3月19日 11:14
宛先: %s
CC: %s
件名: %s

""" % (FORM, P, C, SUBJ_MERGE) + res3
add(w, 'user_reply', False, CASE3, [],
    'Owner forwards the completion mail from Outlook (ISO-2022-JP) to himself: a forward, not support.',
    ME_C, ME_P, 'FW: ' + SUBJ_MERGE, T(txt, cs='iso-2022-jp', cte='7bit'), mid_outlook(),
    irt=m051, refs='%s %s' % (m050, m051),
    trace=vendor_trace(w, P, C, '40.107.74.%d' % RND.randint(2, 250),
                       'mail-tycjpn01on20%d.outbound.protection.outlook.com' % RND.randint(10, 99),
                       'hoshikawa-tech.co.jp', 'hoshikawa-tech.co.jp', 'NONE'),
    extra=[('Thread-Topic', SUBJ_MERGE), ('Content-Language', 'ja-JP')], crlf=True)

# ---- 054 survey C3 -------------------------------------------------------------
w = D('2025-03-20 09:12')
txt = """Hello,

Case %s was recently resolved. How would you rate the help you received from
AWS Training and Certification Customer Service?

Rate your experience: https://feedback.aws.amazon.com/s?c=%s

If your issue isn't fully resolved, reply to your original case e-mail and it
will be reopened. Responses to this message are not monitored.
""" % (CASE3, CASE3)
html = html_wrap("""<p>Hello,</p><p>Case <b>%s</b> was recently resolved. How would you rate the help you received from AWS Training and Certification Customer Service?</p>
<p><a href="https://feedback.aws.amazon.com/s?c=%s&amp;r=5">Excellent</a> | <a href="https://feedback.aws.amazon.com/s?c=%s&amp;r=4">Good</a> | <a href="https://feedback.aws.amazon.com/s?c=%s&amp;r=3">Fair</a> | <a href="https://feedback.aws.amazon.com/s?c=%s&amp;r=2">Poor</a></p>
<p style="font-size:11px">If your issue isn't fully resolved, reply to your original case e-mail and it will be reopened. Responses to this message are not monitored.</p>""" % ((CASE3,) * 5))
add(w, 'survey', False, CASE3, [],
    'Case survey with a conditional reopen instruction.',
    addr('AWS Customer Service Feedback', 'cs-feedback@amazon.com'), P,
    'How did we do? AWS Training and Certification case %s' % CASE3, ALT(txt, html), mid_ses(w),
    trace=amazon_trace(w, P))

# ---- 055 suspicious: Credly lookalike ------------------------------------------------
w = D('2025-03-21 07:55')
txt = """Credly Notification

Hi Kenta,

We detected that your AWS Certification account was recently merged. Badges
issued to merged accounts must be re-verified, otherwise they will be revoked
in 48 hours.

Keep your badges: https://credly-badgecenter.com/verify?src=aws&id=5e0f8c3a

Sign in with your AWS Builder ID to complete the verification.

The Credly Team
"""
add(w, 'suspicious', False, None, [],
    'Credly lookalike (credly-badgecenter.com) that plays on the real merge; revocation threat.',
    addr('Credly', 'no-reply@credly-badgecenter.com'), P, 'Action needed: your AWS badges will be revoked in 48 hours',
    T(txt), mid_generic('credly-badgecenter.com'),
    trace=gmail_trace(w, 'no-reply@credly-badgecenter.com', '91.215.85.%d' % RND.randint(2, 250),
                      'smtp.credly-badgecenter.com', dkim_d='credly-badgecenter.com', dmarc=(True, 'NONE'),
                      from_dom='credly-badgecenter.com'))

# ---- 056 unrelated: AWS Educate form case asks a question ---------------------------
w = D('2025-03-24 05:40')
txt = """Hello Kenta,

Thank you for your interest in supporting students through AWS Educate.

To set you up as a community mentor for the student club you mentioned, we need a little more information. Could you reply with the name of the university and the approximate number of students who will join?

Best regards,
Ren
AWS Educate Support
"""
add(w, 'unrelated', False, None, [],
    'AWS Educate form case (aws-cs-educate-form) with a direct question: another program, so not a T&C case and needs_reply false by the rule.',
    addr('AWS Educate', 'aws-cs-educate-form@amazon.com'), P,
    'RE:[CASE %s] [AWS Educate Form Submission] - mentor-program' % EDU, T(txt), mid_ses(w),
    trace=amazon_trace(w, P))

# ---- 057 ack C5 (multipart, HTML table) ---------------------------------------------
w = D('2025-03-27 11:19')
S5 = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % CASE5
txt = """Hello,

Thank you for reaching out to AWS Training and Certification.

We've received your inquiry. Here are the details we have on record:

Case ID: %s
Name: Kenta Oshiro
Email: %s
Candidate ID: %s
Inquiry type: Certification - Benefits
Description: After my accounts were merged (case %s) the 50%% discount voucher I earned for passing SAP in October 2024 no longer appears under Benefits. Everything else moved correctly.

One of our agents will reply, typically within 24 hours. Please keep this case number for reference and avoid opening a new request for the same issue.

AWS Training and Certification Customer Service
""" % (CASE5, P, NEW_ID, CASE3)
rows = [('Case ID', CASE5), ('Name', 'Kenta Oshiro'), ('Email', P), ('Candidate ID', NEW_ID),
        ('Inquiry type', 'Certification - Benefits'),
        ('Description', 'After my accounts were merged (case %s) the 50%% discount voucher I earned for passing SAP in October 2024 no longer appears under Benefits. Everything else moved correctly.' % CASE3)]
html = html_wrap("""<p>Hello,</p><p>Thank you for reaching out to AWS Training and Certification.</p>
<p>We've received your inquiry. Here are the details we have on record:</p>
<table cellpadding="5" style="border-collapse:collapse">%s</table>
<p>One of our agents will reply, typically within 24 hours. Please keep this case number for reference and avoid opening a new request for the same issue.</p>
<p>AWS Training and Certification Customer Service</p>""" % ''.join(
    '<tr><td style="background:#f2f3f3"><b>%s</b></td><td>%s</td></tr>' % r for r in rows))
m057 = add(w, 'acknowledgement', False, CASE5, [NEW_ID],
           'Acknowledgement whose description cites the earlier case number; label is the new case.',
           FORM_ADDR, P, S5, ALT(txt, html), mid_ses(w), trace=amazon_trace(w, P))

# ---- 058 case_update C5 -------------------------------------------------------------
w = D('2025-03-28 09:50')
txt = """Hi Kenta,

Thank you for your patience. I've confirmed that the voucher isn't showing on your merged account and have escalated the case to our benefits team, who manage exam discounts. They're handling a larger volume than usual, so it may take a few business days before they come back to you.

Warm regards,
Priyanka S.
AWS Training and Certification Customer Service
"""
add(w, 'case_update', False, CASE5, [],
    'Still working / escalated; the agent "confirmed" something, asks nothing.',
    FORM_ADDR, P, S5, T(txt), mid_ses(w), irt=m057, refs=m057, trace=amazon_trace(w, P), crlf=True)

# ---- 059 user_reply: farewell to colleagues -----------------------------------------
w = D('2025-03-31 17:30', 9)
txt = """各位

お疲れさまです。クラウドインテグレーション部の大城です。

本日3月31日をもちまして退職いたします。
在職中は大変お世話になりました。特にAWS認定の勉強会では、多くの方にご協力いただきありがとうございました。

このアドレスは本日で使えなくなりますので、今後のご連絡は個人アドレス(%s)までお願いします。

皆さまの今後のご活躍をお祈りしております。

大城 健太
""" % P
add(w, 'user_reply', False, None, [],
    'Mail written by the owner that has nothing to do with a case (farewell); it contains a request, but it is the owner\'s.',
    addr('大城 健太', C, 'iso-2022-jp'), 'all-staff@hoshikawa-tech.co.jp',
    enc('退職のご挨拶(大城)', 'iso-2022-jp'), T(txt, cs='iso-2022-jp', cte='7bit'), mid_outlook(),
    extra=[('Content-Language', 'ja-JP')])

# ---- 060 info_request C5 in Japanese keigo (ISO-2022-JP) ----------------------------
w = D('2025-04-02 01:30')
req5 = """大城 健太 様

AWS トレーニングと認定 カスタマーサービスの森田でございます。
お待たせしており、申し訳ございません。

担当チームにて確認いたしましたところ、統合元のアカウント(%s)には、2024年10月の試験合格に伴って付与された50%%割引特典が1件登録されておりました。統合の際にこの特典の有効期限の情報が正しく移行されなかったため、統合先のアカウントに表示されていない状態でございます。

新しい特典を発行するにあたり、念のため下記2点について確認させてください。

1. 特典の対象となった試験名と合格日
2. 当該特典をすでに試験の予約でご利用になったかどうか

お手数をおかけいたしますが、本メールにご返信いただけますでしょうか。ご回答を確認次第、手続きを進めさせていただきます。

何卒よろしくお願いいたします。

森田
AWS トレーニングと認定 カスタマーサービス
""" % OLD_ID
m060 = add(w, 'info_request', True, CASE5, [OLD_ID],
           'Japanese keigo request (〜いただけますでしょうか) after an explanation, ISO-2022-JP.',
           FORM_ADDR, P, S5, T(req5, cs='iso-2022-jp', cte='7bit'), mid_ses(w), trace=amazon_trace(w, P))

# ---- 061 user_reply C5 ---------------------------------------------------------------
w = D('2025-04-02 12:48', 9)
rep = """森田様

ご連絡ありがとうございます。大城です。

1. AWS Certified Solutions Architect - Professional、合格日は2024年10月18日です。
2. 特典はまだ使用していません。

よろしくお願いいたします。

大城 健太

2025年4月2日(水) 10:30 AWS Training and Certification <%s>:
""" % FORM + q(req5)
m061 = add(w, 'user_reply', False, CASE5, [],
           'Owner answers in Japanese; candidate ID appears only in the quoted request.',
           ME_P, FORM_ADDR, 'Re: ' + S5, ALT(rep, html_wrap(text_to_html(rep)), style='gmail'), mid_gmail(),
           irt=m060, refs='%s %s' % (m057, m060))

# ---- 062 resolved C5 in Japanese (base64) ---------------------------------------------
w = D('2025-04-04 05:20')
txt = """大城 健太 様

森田でございます。ご回答いただきありがとうございました。

統合先のアカウント(%s)に、50%%割引特典を新たに発行いたしました。認定アカウントにサインインのうえ、「特典」ページからご確認いただけます。有効期限は元の特典と同じく2026年10月18日です。

本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、このメールにご返信ください。

今後ともよろしくお願いいたします。

森田
AWS トレーニングと認定 カスタマーサービス
""" % NEW_ID
add(w, 'resolved', False, CASE5, [NEW_ID],
    'Japanese completion (voucher issued) with 〜がございましたら conditional; UTF-8 base64 multipart.',
    FORM_ADDR, P, S5, ALT(txt, html_wrap(text_to_html(txt)), cte='base64'), mid_ses(w),
    irt=m061, refs='%s %s %s' % (m057, m060, m061), trace=amazon_trace(w, P))

# ---- 063 certification: program survey ---------------------------------------------
w = D('2025-04-04 16:00')
html = html_wrap("""<h2 style="font-weight:normal">Help shape the future of AWS Certification</h2>
<p>Hello Kenta,</p>
<p>As an AWS Certified individual, your perspective matters. Our annual survey asks how you prepare for exams, how you use your certifications at work and what you would like to see next.</p>
<p>It takes about 10 minutes and is open until April 30.</p>
<p><a href="https://survey.certmetrics.com/aws/2025?cid=aws" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Take the survey</a></p>
<p>Thank you,<br>AWS Certification</p>""")
add(w, 'certification', False, None, [],
    'Certification program survey: looks like a survey, but it is not about a support case.',
    CERT_ADDR, P, 'Help shape the future of AWS Certification (10-minute survey)', H(html),
    '<%s.%s@mta.certmetrics.com>' % (hx(20), hx(6)),
    trace=vendor_trace(w, P, 'bounce@mta.certmetrics.com', '52.44.103.%d' % RND.randint(2, 200),
                       'mta.certmetrics.com', 'certmetrics.com', 'certmetrics.com', 'NONE'))

# ---- 064 unrelated: Pearson VUE booking with new candidate ID -------------------------
w = D('2025-04-06 09:40')
txt = """Dear Kenta Oshiro,

Thank you for scheduling your AWS Certification exam.

Exam: DOP-C02: AWS Certified DevOps Engineer - Professional
Date and time: Saturday, May 10, 2025 at 13:30 JST
Location: Pearson Professional Centers-Tokyo Shinjuku
Registration ID: 493820571
AWS Candidate ID: %s
Discount applied: 50%% certification benefit
Amount paid: USD 150.00

Please arrive 15 minutes early and bring one valid government-issued ID whose
name matches your profile exactly.

Pearson VUE
""" % NEW_ID
add(w, 'unrelated', False, None, [NEW_ID],
    'Exam booking using the reissued voucher; candidate ID and registration ID.',
    addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), P, 'Pearson VUE Confirmation of Booking',
    T(txt, cte='7bit', cs='us-ascii'), mid_generic('pearson.com'),
    trace=vendor_trace(w, P, 'bounce@mail.pearsonvue.com', '192.28.151.%d' % RND.randint(2, 250),
                       'mail.pearsonvue.com', 'pearson.com', 'pearson.com', 'REJECT'))

# ---- 065 info_request C6 (HTML-only, "Kindly", request before a conditional) ---------
w = D('2025-04-09 18:22')
S6 = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE6
req6 = """Hello Kenta,

Thank you for writing in about the spelling of your name after the account merge.

I checked account %s. During a merge the profile of the account being kept is retained, and the name on your new account was entered as "Kenta Oshiro" when you created it on March 3. That's why the certificates generated after the merge use that spelling, even though your previous account had been corrected to "Kenta Ohshiro" in 2021.

I can update the profile and regenerate the certificates. For our records, kindly reply with the validation number printed on one of the certificates you downloaded after the merge, and confirm that "Kenta Ohshiro" is the spelling you would like to use.

If you have any other questions, feel free to let me know.

Regards,
Tomasz W.
AWS Training and Certification Customer Service
""" % NEW_ID
m065 = add(w, 'info_request', True, CASE6, [NEW_ID],
           'HTML-only; "kindly reply with..." (and "confirm the spelling", which is not a merge confirmation) followed by a conditional invitation.',
           FORM_ADDR, P, S6, H(html_wrap(text_to_html(req6), 'font-family:Calibri,sans-serif;font-size:11pt')),
           mid_ses(w), trace=amazon_trace(w, P))

# ---- 066 closing_notice C6 in Japanese: already closed ----------------------------------
w = D('2025-04-16 19:00')
close6 = """大城 健太 様

AWS トレーニングと認定 カスタマーサービスです。

4月10日にお送りしたご案内について、その後ご返信が確認できなかったため、本ケースをクローズいたしました。

引き続きサポートが必要な場合は、このメールにそのままご返信ください。ケースが再開され、担当者が対応いたします。

AWS トレーニングと認定 カスタマーサービス
"""
m066 = add(w, 'closing_notice', True, CASE6, [],
           'Japanese notice that the case WAS closed for no reply; replying reopens it (UTF-8 QP).',
           FORM_ADDR, P, S6, T(close6), mid_ses(w), irt=m065, refs=m065, trace=amazon_trace(w, P))

# ---- 067 user_reply C6 with attachment ------------------------------------------------
w = D('2025-04-17 08:10', 9)
rep = """Hello Tomasz,

Sorry, I missed your e-mail last week and the case was closed - please reopen it.

Validation number: 9MXQ4T2B7LE11H5P (Solutions Architect - Professional certificate, downloaded on March 20)
Candidate ID: %s

Yes, "Kenta Ohshiro" is the spelling I want; it matches my passport. A screenshot of the certificate header is attached.

Thanks,
Kenta

2025年4月17日(木) 4:00 AWS Training and Certification <%s>:
""" % (NEW_ID, FORM) + q(close6)
m067 = add(w, 'user_reply', False, CASE6, [NEW_ID],
           'Owner reopens by reply with a PNG attachment (multipart/mixed); quotes the Japanese closing notice.',
           ME_P, FORM_ADDR, 'Re: ' + S6,
           Multi('mixed', Multi('alternative', T(rep), H(html_wrap(text_to_html(rep))), style='gmail'),
                 Leaf(None, raw=tiny_png(), cte='base64', ctype='image/png', filename='certificate-header.png'),
                 style='gmail'),
           mid_gmail(), irt=m066, refs='%s %s' % (m065, m066))

# ---- 068 case_update C6: reopened ----------------------------------------------------
w = D('2025-04-17 02:40')
txt = """Hello Kenta,

Thanks for getting back to us - I've reopened the case.

I have what I need: the validation number matches your Professional certificate, and I've asked our records team to change the profile name to Kenta Ohshiro and regenerate all three certificates. I'll let you know once the new PDFs are available.

Regards,
Tomasz W.
AWS Training and Certification Customer Service
"""
m068 = add(w, 'case_update', False, CASE6, [],
           'Reopened and being worked on; "I have what I need".',
           FORM_ADDR, P, S6, T(txt), mid_ses(w), irt=m067, refs='%s %s %s' % (m065, m066, m067),
           trace=amazon_trace(w, P))

# ---- 069 resolved C6 -------------------------------------------------------------------
w = D('2025-04-18 01:15')
txt = """Hello Kenta,

The update is complete. Your profile now shows Kenta Ohshiro, and new certificates for Solutions Architect - Professional, Solutions Architect - Associate and Cloud Practitioner are available on the Certifications page. Credly usually reflects a name change within 48 hours.

I've set this case to resolved. If anything still shows the old spelling, just reply to this e-mail.

Regards,
Tomasz W.
AWS Training and Certification Customer Service
"""
add(w, 'resolved', False, CASE6, [],
    'Record fixed after the reopen; conditional reply invitation.',
    FORM_ADDR, P, S6, ALT(txt, html_wrap(text_to_html(txt))), mid_ses(w), irt=m067,
    refs='%s %s %s %s' % (m065, m066, m067, m068), trace=amazon_trace(w, P))


# ==========================================================================
# write out
# ==========================================================================
README_HEAD = """me: %(P)s %(C)s

# Blind corpus 290

A mailbox of Kenta Oshiro (legal spelling Ohshiro) from 2021 to 2025, in arrival order. Mail to the
company address (Microsoft 365, `k-oshiro@hoshikawa-tech.co.jp`, closed after 2025-03-31) and to the
personal Gmail address (`oshiro.kenta.k@gmail.com`) sit in one mailbox, together with the mail he sent
from both. `python3 gen.py` rewrites every file.

## Cases

| case | format | channel | topic | course |
|---|---|---|---|---|
| %(CASE1)s | 10 digits (2021) | T&C form | name on certificate | ack -> info request -> owner reply -> resolved -> survey |
| %(CASE2)s | 11 digits (2023) | Support Center console | duplicate certification account, Credly badge missing | ack -> info request (answer in console) -> auto-resolve warning -> update -> resolved -> survey |
| %(CASE3)s | 15 digits (2025) | T&C form | merge company account into personal account | Japanese ack -> APN hold with a question -> reply from wrong address -> "write from the case address" -> reply -> partner hold -> hold lifted -> confirmation request -> closing warning -> partial yes -> second confirmation -> confirmed -> merged -> forward, survey |
| %(CASE4)s | 15 digits (2025) | T&C form | duplicate submission of the same merge | ack -> linked and closed as duplicate |
| %(CASE5)s | 15 digits (2025) | T&C form | 50%% voucher lost in the merge | ack -> escalated -> Japanese info request -> reply -> voucher reissued |
| %(CASE6)s | 15 digits (2025) | T&C form | name spelling reverted by the merge | info request -> closed for no reply (Japanese) -> owner reopens -> reopened -> resolved |

Numbers in the set that are not T&C cases: %(EDU)s (AWS Educate form case), %(FAKE1)s and %(FAKE2)s
(phishing), 2309140040007712 (Microsoft), #48213 (Zendesk), 12-digit AWS account 402918337615,
Pearson VUE registrations (9 digits), a 6-digit one-time code, Amazon.co.jp order 250-4419372-8801156.

## Labelling decisions

- `case` is the T&C support case the message belongs to. It is null for phishing (even when the subject
  carries a `[CASE n]` token: that case does not exist), for other programs' and vendors' cases
  (AWS Educate, Microsoft, Zendesk) and for program mail. The manager's out-of-office reply (message
  034) is labelled `unrelated` but keeps case %(CASE3)s, because it is a reply inside that case thread.
- A message that names another case in its text keeps the case of its own thread: 031 (the duplicate
  %(CASE4)s, closed in favour of %(CASE3)s) and 057 (new case %(CASE5)s citing %(CASE3)s).
- `candidate_ids`: unique, in first-appearance order, from the message's own text (plain and HTML parts
  say the same thing). Text below "-----Original Message-----", an Outlook `From:/Sent:` block,
  a forward header or `>` quoting is history and does not count. Form contents echoed inside an
  acknowledgement (004, 028, 057) are not quoted history: they count. A placeholder like `AWSxxxxxxxx`
  does not count. Candidate IDs in non-case mail (CertMetrics, Pearson VUE) are listed too.
- 032: the APN hold is a hold, but its last paragraph asks whether he is still employed and his last
  day. Kind `on_hold`, `needs_reply` true (a question buried in a hold). 037 is a hold with nothing
  asked (`needs_reply` false).
- 035 asks him to write again from the personal address: `info_request` (not a merge confirmation),
  needs_reply true.
- 041 announces that another team *will* ask for confirmation: `case_update`, nothing to answer yet.
- 043 and 049 ask to confirm the accounts / which account to keep: `confirmation_request`. 065 asks him
  to "confirm" the spelling of his name: that is not about the merge, so `info_request`.
- 046 (will close in three business days) and 066 (was closed, a reply reopens) are `closing_notice`
  with needs_reply true; the console auto-resolve warning 015 likewise, although the answer has to be
  given in the Support Center, not by e-mail.
- 013: console info request; needs_reply true although e-mail replies are impossible (he must answer
  in the console).
- 031: duplicate case closed and linked: `case_update`, not `resolved` (the request itself is not done).
- Resolutions that quote earlier requests (051 quotes "Is that right?" and "we need your confirmation")
  and end with "if anything..., reply" are `resolved`, needs_reply false.
- 056: an AWS Educate form case asks a direct question. By the rule only Training and Certification
  cases count, so `unrelated`, needs_reply false, case null.
- 048 comes from the genuine form address with the genuine subject pattern, but Gmail recorded
  dkim=fail, spf=fail and dmarc=fail for amazon.com: `suspicious`, case null.
- Mail written by the owner is `user_reply` wherever it appears, including the farewell to colleagues
  (059, no case) and his forward of the completion to himself (053).
- CertMetrics' program survey (063) is `certification`, the Pearson VUE test-day survey (003) is
  `unrelated`; only the three case surveys (008, 020, 054) are `survey`.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    prev = None
    for m in MSGS:
        if prev is not None and m['when'] < prev:
            raise SystemExit('arrival order broken at %s' % m['hdrs'])
        prev = m['when']
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = '%03d' % i
        data = render(m)
        with open(os.path.join(HERE, n + '-msg.eml'), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(HERE, n + '-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        lab = m['label']
        rows.append('| %s | %s | %s | %s | %s |' % (n, lab['kind'], 'yes' if lab['needs_reply'] else 'no',
                                                 lab['case'] or '-', m['note'].replace('|', '/')))
    counts = Counter(m['label']['kind'] for m in MSGS)
    nr = sum(1 for m in MSGS if m['label']['needs_reply'])
    g = dict(globals())
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README_HEAD % g)
        fh.write('\n'.join(rows) + '\n')
        fh.write('\nTotals: %d messages; %s; needs_reply true: %d.\n' % (
            len(MSGS), ', '.join('%s %d' % kv for kv in sorted(counts.items())), nr))
    print('messages:', len(MSGS))
    for k, v in sorted(counts.items()):
        print('  %-22s %d' % (k, v))
    print('needs_reply true:', nr)


if __name__ == '__main__':
    main()
