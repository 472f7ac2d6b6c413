#!/usr/bin/env python3
"""Write the blind-364 corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run: python3 gen.py
"""
import base64
import datetime
import html
import json
import os
import quopri
import random
import re
import struct
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(364)
MSGS = []
IDS = {}

# ---------------------------------------------------------------- people / ids
ME_P = 'akari.hayase.dev@gmail.com'
ME_C = 'akari.hayase@shirokane-tech.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
C0 = '8456120937'          # 2021 form case, 10 digits (duplicate accounts)
C1 = '13894420571'         # 2023 Support Center (console) case, 11 digits
C2 = '174102593800417'     # 2025 main merge case (company -> personal)
C3 = '174102781200935'     # 2025 duplicate form submission
C4 = '174563870200129'     # 2025 voucher after merge
EDU = '174365118800246'    # AWS Educate form case (other program)
BILL = '174409932100518'   # console billing case (not T&C)
OLDEST = 'AWS02961105'     # 2019 account created by mistake
OLD = 'AWS03718264'        # company certification account
NEW = 'AWS11820473'        # personal account (keep)
DUP = 'AWS07254419'        # third account made by accident in 2025

CS = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS',
      'us-ascii': 'us-ascii'}


def D(s, tz=0):
    """'2025-03-03 18:19:22' in UTC offset tz (hours) -> RFC 5322 date."""
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    d = d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(d)


def hx(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def an(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(RNG.choice(alphabet) for _ in range(n))


def mid(style, domain='example.com'):
    if style == 'ses':
        return '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
            hx(12), hx(8), hx(4), hx(4), hx(4), hx(12))
    if style == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (an(30), RNG.choice(['+', '=', '_', '-']) + an(14))
    if style == 'outlook':
        host = 'TYCPR01MB%d' % RNG.randint(1000, 99999)
        return '<%s%s%s@%s.jpnprd01.prod.outlook.com>' % (
            host, an(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), hx(8).upper(), host)
    if style == 'sendgrid':
        return '<%s@geopod-ismtpd-%d.sendgrid.net>' % (an(22), RNG.randint(1, 40))
    return '<%s.%s@%s>' % (hx(16), RNG.randint(10 ** 8, 10 ** 9), domain)


def A(name, addr, cs='utf-8'):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def H(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=74, header_name='Subject').encode()


def EW(s, cs='UTF-8', n=36):
    """Force RFC 2047 B-encoding even for ASCII text (some mailers do), in short chunks."""
    b = s.encode('utf-8')
    return '\n '.join('=?%s?B?%s?=' % (cs, base64.b64encode(b[i:i + n]).decode()) for i in range(0, len(b), n))


def auth_g(hfrom, mailfrom, ip='54.240.48.97', spf='pass', dkim='pass', dmarc='pass',
           dkim_d=None, policy='p=QUARANTINE sp=QUARANTINE dis=NONE', sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug'):
    dkim_d = dkim_d or hfrom
    sdom = mailfrom.split('@')[-1]
    if spf == 'pass':
        spft = 'google.com: domain of %s designates %s as permitted sender' % (mailfrom, ip)
    elif spf == 'softfail':
        spft = 'google.com: domain of transitioning %s does not designate %s as permitted sender' % (mailfrom, ip)
    else:
        spft = 'google.com: domain of %s does not designate %s as permitted sender' % (mailfrom, ip)
    return ('mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s (%s) smtp.mailfrom=%s;\n       dmarc=%s (%s) header.from=%s') % (
        dkim, dkim_d, sel, an(8), spf, spft, sdom if '@' not in mailfrom else mailfrom,
        dmarc, policy, hfrom)


def auth_ms(hfrom, mailfrom_dom, ip='54.240.8.31', spf='pass', dkim='pass', dmarc='pass'):
    act = 'none' if dmarc == 'pass' else 'quarantine'
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s\n reason=%s') % (
        spf, ip, mailfrom_dom, dkim, hfrom, dmarc, act, hfrom,
        'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')


def rcv_g(frm_host, ip, when):
    return ('from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n'
            '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
            '        %s') % (frm_host, frm_host, ip, an(22, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                            RNG.randint(10, 999), hx(8), ME_P, when)


def rcv_ms(frm_host, ip, when):
    return ('from %s (%s) by\n OS3PEPF0000E0A1.mail.protection.outlook.com (10.167.249.%d) with Microsoft\n'
            ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n'
            ' Frontend Transport; %s') % (frm_host, ip, RNG.randint(2, 250), RNG.randint(7000, 8700),
                                          RNG.randint(10, 40), when)


# ---------------------------------------------------------------- bodies
def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', flowed=False):
    data = text.encode(cs)
    if cte == 'quoted-printable':
        body = quopri.encodestring(data)
    elif cte == 'base64':
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = 'Content-Type: text/%s; charset="%s"' % (sub, CS[cs])
    if flowed:
        ct += '; format=flowed'
    return (['%s' % ct, 'Content-Transfer-Encoding: %s' % cte], body)


def bnd():
    return RNG.choice(['----=_Part_%d_%d.%d' % (RNG.randint(10 ** 5, 10 ** 6), RNG.randint(10 ** 8, 10 ** 9),
                                                RNG.randint(10 ** 12, 10 ** 13)),
                       '000000000000%s' % hx(16),
                       '_000_%s_' % an(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')])


def multi(sub, parts, params=''):
    b = bnd()
    hs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, params, b)]
    body = b''
    for ph, pb in parts:
        body += b'--' + b.encode() + b'\n' + '\n'.join(ph).encode('ascii') + b'\n\n' + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return (hs, body)


URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def to_html(text, font='Arial,Helvetica,sans-serif'):
    out = []
    for block in text.strip('\n').split('\n\n'):
        lines = block.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(html.escape(l.lstrip('>').lstrip(' ')) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + '</blockquote>')
        else:
            esc = [URL_RE.sub(r'<a href="\1">\1</a>', html.escape(l, quote=False)) for l in lines]
            out.append('<p>' + '<br>\n'.join(esc) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px">\n%s\n</body></html>\n') % (font, '\n'.join(out))


def alt(text, htm=None, cs='utf-8', cte='quoted-printable', hcte=None):
    return multi('alternative', [leaf(text, 'plain', cs, cte), leaf(htm or to_html(text), 'html', cs, hcte or cte)])


def attach(data, ctype, filename, disp='attachment'):
    body = base64.encodebytes(data)
    return (['Content-Type: %s; name="%s"' % (ctype, filename),
             'Content-Disposition: %s; filename="%s"' % (disp, filename),
             'Content-Transfer-Encoding: base64'], body)


def tiny_png(w=4, h=3, rgb=(230, 236, 242)):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


# ---------------------------------------------------------------- message
def add(label, date, frm, to, subject, body, *, key=None, irt=None, refs=None, cc=None,
        reply_to=None, auth=None, received=(), top=(), extra=(), crlf=False, msgid=None,
        style='ses', domain='example.com', return_path=None, delivered_to=None, subj_cs='utf-8'):
    kind, needs, case, cands = label
    m = msgid or mid(style, domain)
    if key:
        IDS[key] = m
    hs = []
    if return_path:
        hs.append('Return-Path: <%s>' % return_path)
    if delivered_to:
        hs.append('Delivered-To: %s' % delivered_to)
    for r in received:
        hs.append('Received: ' + r)
    if auth:
        hs.append('Authentication-Results: ' + auth)
    hs += list(top)
    hs.append('From: ' + frm)
    hs.append('To: ' + to)
    if cc:
        hs.append('Cc: ' + cc)
    if reply_to:
        hs.append('Reply-To: ' + reply_to)
    hs.append('Subject: ' + H(subject, subj_cs))
    hs.append('Date: ' + date)
    hs.append('Message-ID: ' + m)
    if irt:
        hs.append('In-Reply-To: ' + IDS[irt])
        chain = [IDS[k] for k in (refs or [irt])]
        hs.append('References: ' + '\n '.join(chain))
    hs += list(extra)
    hs.append('MIME-Version: 1.0')
    ph, pb = body
    raw = ('\n'.join(hs + ph) + '\n\n').encode('ascii') + pb
    if not raw.endswith(b'\n'):
        raw += b'\n'
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append({'raw': raw, 'label': {'kind': kind, 'needs_reply': needs,
                                       'case': case, 'candidate_ids': list(cands)}})
    return m


def L(kind, needs=False, case=None, cands=()):
    return (kind, needs, case, cands)

# ---------------------------------------------------------------- transport helpers
def amz(to, when, hfrom='amazon.com', spf='pass', dkim='pass', dmarc='pass', mailfrom=None, ip=None):
    mf = mailfrom or ('0100%s-%s-%s-%s-%s-%s-000000@%s' % (hx(12), hx(8), hx(4), hx(4), hx(4), hx(12),
                                                         'email.amazonses.com' if hfrom.endswith('amazon.com') else 'amazonses.com'))
    ip = ip or '54.240.%d.%d' % (RNG.randint(0, 63), RNG.randint(1, 254))
    host = 'a%d-%d.smtp-out.amazonses.com' % (RNG.randint(8, 48), RNG.randint(10, 250))
    if to == ME_P:
        return dict(return_path=mf, delivered_to=ME_P, received=[rcv_g(host, ip, when)],
                    auth=auth_g(hfrom, mf, ip, spf=spf, dkim=dkim, dmarc=dmarc))
    return dict(return_path=mf, received=[rcv_ms(host, ip, when)],
                auth=auth_ms(hfrom, mf.split('@')[1], ip, spf=spf, dkim=dkim, dmarc=dmarc))


def ext(to, when, hfrom, mailfrom, ip, host, **kw):
    """Mail from a non-AWS sender, as the receiving side records it."""
    if to.endswith(ME_P) or to == ME_P:
        return dict(return_path=mailfrom, delivered_to=ME_P, received=[rcv_g(host, ip, when)],
                    auth=auth_g(hfrom, mailfrom, ip, **kw))
    return dict(return_path=mailfrom, received=[rcv_ms(host, ip, when)],
                auth=auth_ms(hfrom, mailfrom.split('@')[1], ip,
                             **{k: v for k, v in kw.items() if k in ('spf', 'dkim', 'dmarc')}))


TCN = A('AWS Training and Certification', TC)
ME_PN = A('Akari Hayase', ME_P)
ME_CN = A('Akari Hayase', ME_C)
ME_CJ = A('早瀬 灯', ME_C)
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
CERTM = A('AWS Certification', 'do-not-reply@certmetrics.com')

CONSOLE_FOOT = """
To see all of your support cases, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/

This e-mail was sent by Amazon Web Services, Inc. from an address that
cannot accept incoming e-mails. Replies to this message are not read; to
add correspondence to your case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle,
WA 98109-5210.
"""

# ================================================================ 2021: duplicate accounts (C0)
d = D('2021-06-11 02:14:09', -6)
add(L('certification', cands=[OLD]), d, CERTM, ME_C,
    'Congratulations! You are now AWS Certified',
    alt("""Hello Akari,

Congratulations! You passed the AWS Certified Solutions Architect - Associate exam and you are now AWS Certified.

Candidate ID: AWS03718264
Certification: AWS Certified Solutions Architect - Associate
Achieved: June 10, 2021
Expires: June 10, 2024
Validation number: 4XK2PLB1QJ1EQ3SD

Your digital certificate and your certification benefits, including a discount on your next exam, are waiting in your AWS Certification Account: https://www.aws.training/Certification

Our partner Credly will send you a digital badge within a few business days so you can share the achievement.

Thanks,
AWS Training and Certification

This message was sent from an unmonitored address. Please do not reply.
"""),
    style='other', domain='certmetrics.com',
    **ext(ME_C, d, 'certmetrics.com', 'bounce-mc.us4_81726349.2841@mail.certmetrics.com', '198.2.131.47',
          'mail131-47.atl131.mcdlv.net'))

d = D('2021-06-15 06:02:51', 0)
add(L('acknowledgement', case=C0, cands=[OLD]), d, TCN, ME_C,
    '[CASE %s] %s' % (C0, FORM_SUBJ),
    leaf("""Dear Akari Hayase,

Thank you for contacting AWS Training and Certification Customer Service.

We have received your inquiry and logged it as case 8456120937. An associate
will get back to you; we aim to respond within 24 hours, although some
inquiries need additional research.

If you write to us about this request, keep the case number in the subject
line. Sending the same request more than once creates separate cases and
can slow down our response.

Summary of your submission
--------------------------
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS03718264
Message: I passed SAA last week but the Credly badge never came. I think I
have two certification accounts on the same company address (one made in
2019 with my Amazon.com login). Please merge them into AWS03718264.

Best regards,
AWS Training and Certification Customer Service
""", cte='7bit', cs='us-ascii'),
    key='c0ack', **amz(ME_C, d))

C0_REQ = """Hello Akari,

Thank you for your patience.

I searched our records and found two certification accounts that belong to you:

  Candidate ID AWS02961105 - login akari.hayase@shirokane-tech.co.jp (created in 2019 through Amazon.com sign-in)
  Candidate ID AWS03718264 - login akari.hayase@shirokane-tech.co.jp (created in 2021)

Your recent Solutions Architect - Associate result sits on the newer account, while the older one holds your Cloud Practitioner certification. Because of the duplicate, Credly cannot tell which record to issue the badge against.

I can combine the two so that everything lives under AWS03718264. Would you like me to go ahead and merge AWS02961105 into AWS03718264?

Thank you,
Marisol
AWS Training and Certification
"""
d = D('2021-06-16 08:41:17', 0)
add(L('confirmation_request', True, C0, [OLDEST, OLD]), d, TCN, ME_C,
    'RE:[CASE %s] %s' % (C0, FORM_SUBJ), leaf(C0_REQ), key='c0req', crlf=True, **amz(ME_C, d))

d = D('2021-06-16 18:05:40', 9)
add(L('user_reply', case=C0, cands=[OLDEST, OLD]), d, ME_CJ, TCN,
    'RE: [CASE %s] %s' % (C0, FORM_SUBJ),
    leaf("""Hi Marisol,

Yes, both accounts are mine. Please go ahead and merge AWS02961105 into AWS03718264 and keep AWS03718264.

Thank you for the quick help!

Akari Hayase
Shirokane Technologies K.K. | Cloud Integration Dept.

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 16, 2021 5:41 PM
To: 早瀬 灯 <akari.hayase@shirokane-tech.co.jp>
Subject: RE:[CASE 8456120937] [AWS Training and Certification Form Submission] - account-assistance

""" + C0_REQ, cs='utf-8', cte='base64'),
    key='c0rep', irt='c0req', refs=['c0req'], style='outlook', crlf=True,
    extra=['Thread-Topic: [CASE 8456120937] [AWS Training and Certification Form Submission] -\n account-assistance',
           'Thread-Index: AddiVx3QkLm0p5XnQ1aP2n8vW4rTkQ==', 'Content-Language: ja-JP',
           'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:'])

C0_DONE = """Hello Akari,

All set: the two certification accounts are now combined. AWS03718264 holds your Cloud Practitioner (2019) and Solutions Architect - Associate (2021) certifications together with the full exam history, and AWS02961105 has been closed.

Credly should send your badge invitations to akari.hayase@shirokane-tech.co.jp within about two business days.

Thank you for choosing AWS Training and Certification.

Marisol
AWS Training and Certification

"""
d = D('2021-06-18 01:12:03', 0)
add(L('resolved', case=C0, cands=[OLD, OLDEST]), d, TCN, ME_C,
    'RE:[CASE %s] %s' % (C0, FORM_SUBJ),
    alt(C0_DONE + quote("""Hi Marisol,

Yes, both accounts are mine. Please go ahead and merge AWS02961105 into AWS03718264 and keep AWS03718264.

Thank you for the quick help!

Akari Hayase""")), irt='c0rep', refs=['c0req', 'c0rep'], **amz(ME_C, d))

d = D('2021-06-18 03:40:26', 0)
add(L('badge'), d, A('Acclaim', 'admin@youracclaim.com'), ME_C,
    'Amazon Web Services Training and Certification has issued you a badge',
    alt("""Hi Akari,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.

Accept your badge to display it on your Acclaim profile, and share it on LinkedIn, Twitter or in your e-mail signature:
https://www.youracclaim.com/earner/earned/badge/6f1d0c2a-93be-4c57-8f0e-2b7aa4c9d315

Once accepted, anyone can verify your achievement from the badge page.

The Acclaim Team
Acclaim, 100 S. Wacker Drive, Suite 1800, Chicago, IL 60606
Manage e-mail preferences: https://www.youracclaim.com/users/notifications
"""), style='sendgrid',
    **ext(ME_C, d, 'youracclaim.com', 'bounces+2719466-8a1c-akari.hayase=shirokane-tech.co.jp@em.youracclaim.com',
          '167.89.101.18', 'o1.em.youracclaim.com'))

d = D('2021-06-21 15:30:00', 0)
add(L('survey', case=C0), d, A('AWS Training and Certification', 'tc-cs-feedback@amazon.com'), ME_C,
    'Tell us about your recent experience (Case 8456120937)',
    alt("""Dear Akari,

Your case 8456120937 with AWS Training and Certification Customer Service was recently closed. We would appreciate two minutes of your time to tell us how we did.

How satisfied were you with the support you received?
Very satisfied: https://survey.aws.training/s/cs?c=8456120937&r=5
Satisfied: https://survey.aws.training/s/cs?c=8456120937&r=4
Neutral: https://survey.aws.training/s/cs?c=8456120937&r=3
Dissatisfied: https://survey.aws.training/s/cs?c=8456120937&r=2
Very dissatisfied: https://survey.aws.training/s/cs?c=8456120937&r=1

Your answers are anonymous and help us improve. This survey closes in 14 days.

AWS Training and Certification
"""), **amz(ME_C, d))

# ================================================================ 2023: exam, console case (C1)
d = D('2023-09-20 04:18:55', -5)
add(L('unrelated', cands=[OLD]), d, A('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_C,
    'Confirmation of your AWS Certification exam appointment',
    alt("""Dear Akari Hayase,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: Japanese
Registration ID: 302886145
AWS Candidate ID: AWS03718264
Appointment: Sunday, October 1, 2023 at 10:00 AM Japan Standard Time
Test center: Chiyoda Kudan Testing Center, 4F Kudan Sky Bldg, 1-8-2 Kudankita, Chiyoda-ku, Tokyo
Amount charged: 37,500 JPY (50% discount applied: no)

Please arrive 15 minutes before your appointment and bring the identification required by AWS. If you need to reschedule or cancel, do so at least 24 hours in advance at https://home.pearsonvue.com/aws or your exam fee may be forfeited.

Sincerely,
Pearson VUE
This is an automatically generated message. Replies are not monitored.
"""), style='other', domain='pearson.com',
    **ext(ME_C, d, 'pearson.com', 'pvnoreply@pearson.com', '159.182.1.54', 'smtp-out3.pearson.com'))

d = D('2023-10-02 09:03:12', -6)
add(L('certification', cands=[OLD]), d, CERTM, ME_C,
    'Your AWS Certification exam result: PASS',
    leaf("""Hello Akari Hayase,

Great news. Your result for the AWS Certified Solutions Architect - Professional (SAP-C02) exam you took on October 1, 2023 is in: you passed with a scaled score of 812.

  Candidate ID ........ AWS03718264
  Certification ....... AWS Certified Solutions Architect - Professional
  Valid through ....... October 1, 2026

The score report with section-level feedback, your digital certificate and your new benefits can be found under Exam History and Benefits in your AWS Certification Account.

Regards,
AWS Certification

Do not reply to this e-mail; this mailbox is not monitored.
""", cte='quoted-printable'), style='other', domain='certmetrics.com', crlf=True,
    **ext(ME_C, d, 'certmetrics.com', 'bounce-mc.us4_81726349.9915@mail.certmetrics.com', '198.2.131.52',
          'mail131-52.atl131.mcdlv.net'))

CREDLY_SAP = """<html><body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td><img src="https://images.credly.com/size/110x110/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="110" alt="AWS Certified Solutions Architect - Professional"></td></tr>
<tr><td><h2 style="margin:0">Akari, you've earned a new badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p>
<p>Claim it to add it to your Credly profile and show the world what you can do.</p>
<p><a href="https://www.credly.com/earner/earned/badge/b91e4a77-0c3d-4f21-9a5e-7d3f0e26c8a1" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Accept badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Credly, Inc. &middot; 100 S. Wacker Drive, Suite 1800, Chicago, IL 60606<br>
You received this e-mail because a badge was issued to akari.hayase@shirokane-tech.co.jp. <a href="https://www.credly.com/users/notifications">E-mail settings</a></td></tr>
</table></td></tr></table></body></html>
"""
d = D('2023-10-03 00:47:31', 0)
add(L('badge'), d, A('Credly', 'admin@credly.com'), ME_C,
    'Akari, claim your AWS Certified Solutions Architect - Professional badge',
    leaf(CREDLY_SAP, 'html'), style='sendgrid',
    **ext(ME_C, d, 'credly.com', 'bounces+1882713-51fa-akari.hayase=shirokane-tech.co.jp@em.credly.com',
          '149.72.154.87', 'o7.em.credly.com'))

d = D('2023-10-03 02:26:44', 0)
add(L('acknowledgement', case=C1), d, A('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_C,
    'Amazon Web Services: New Support case: %s' % C1,
    alt("""Dear AWS customer,

A new support case has been created for you in the AWS Support Center.

Case ID: 13894420571
Subject: Certification benefit voucher rejected at Pearson VUE checkout
Severity: General guidance
Correspondence: Hi, my 50% exam discount from the certification benefits page is rejected as "invalid" when I try to book my next exam. I passed SAP-C02 yesterday.

Our support staff will respond through the Support Center. You can check the status of the case or add more information here:
https://console.aws.amazon.com/support/home#/case/?displayId=13894420571&language=en

Sincerely,
Amazon Web Services
""" + CONSOLE_FOOT), key='c1ack', **amz(ME_C, d))

d = D('2023-10-04 11:52:09', 0)
add(L('info_request', True, C1), d, A('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_C,
    'RE:[CASE %s] Certification benefit voucher rejected at Pearson VUE checkout' % C1,
    alt("""Hello,

Thanks for reaching out about the exam discount.

I looked at the benefits on the certification record linked to your sign-in and can see a voucher generated on 2023-10-02, right after your Solutions Architect - Professional result. New vouchers can take up to 48 hours to become usable at Pearson VUE, which would explain the error if you tried on the same day.

To make sure I'm looking at the right record: what candidate ID is shown at the top right of your AWS Certification Account, and which exam were you booking when the discount was refused? If the error still appears today, a screenshot of the checkout page would help as well.

Please add your answer through the Support Center using the link below; e-mail replies to this message do not reach us.
https://console.aws.amazon.com/support/home#/case/?displayId=13894420571&language=en

Best regards,
Oluwaseun A.
Amazon Web Services
""" + CONSOLE_FOOT), key='c1req', **amz(ME_C, d))

MKT = """<html><body style="background:#232f3e;margin:0">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Amazon Ember,Arial,sans-serif">
<tr><td style="padding:28px;background:#232f3e;color:#fff;font-size:26px">re:Invent 2023 &middot; Las Vegas &middot; Nov 27 &ndash; Dec 1</td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.5">
<p>Hi Akari,</p>
<p>The session catalog is live. Over 2,000 sessions across generative AI, serverless, security and more &ndash; and reserved seating opens on October 10.</p>
<p><a href="https://reinvent.awsevents.com/sessions/?trk=em_2310_cat">Browse the catalog</a> &nbsp;|&nbsp; <a href="https://reinvent.awsevents.com/register/?trk=em_2310_reg">Register now</a></p>
<p>AWS Certified? Show your badge at registration to unlock the Certification Lounge and exclusive swag.</p>
<p>Questions about your registration? Reply to this e-mail and our events team will help.</p>
</td></tr>
<tr><td style="padding:20px 28px;font-size:11px;color:#666">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.<br>
<a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a> &middot; <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table></body></html>
"""
d = D('2023-10-05 16:00:12', 0)
add(L('unrelated'), d, A('AWS Events', 'aws-marketing-email-replies@amazon.com'), ME_C,
    'Your re:Invent 2023 session catalog is here', leaf(MKT, 'html', cte='quoted-printable'),
    extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html?u=9f2c1a>',
           'Precedence: bulk'],
    **amz(ME_C, d, mailfrom='bounce-1021-88237419-1271-248@mktomail.amazon.com', ip='192.28.146.60'))

d = D('2023-10-09 12:00:41', 0)
add(L('closing_notice', True, C1), d, A('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_C,
    'RE:[CASE %s] Certification benefit voucher rejected at Pearson VUE checkout' % C1,
    leaf("""Hello,

We haven't heard back from you on case 13894420571 since our last correspondence on 2023-10-04.

If we don't receive a response through the AWS Support Center within the next 3 days, the case will be resolved automatically. A resolved case can be reopened from the Support Center for 14 days; after that a new case will be needed.

To respond, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=13894420571&language=en

Thank you for using Amazon Web Services.
""" + CONSOLE_FOOT), irt='c1req', **amz(ME_C, d))

d = D('2023-10-11 05:33:28', 0)
add(L('resolved', case=C1, cands=[OLD]), d, A('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_C,
    'RE:[CASE %s] Certification benefit voucher rejected at Pearson VUE checkout' % C1,
    alt("""Hello Akari,

Thank you for the candidate ID and the screenshot.

The voucher on AWS03718264 had been created with the wrong exam family, which is why Pearson VUE rejected it. I've voided it and issued a new 50% voucher that applies to any AWS Certification exam; it is visible now under Benefits. I checked with Pearson VUE's system and the new code validates.

Since the voucher is working, I'll mark this case as resolved. If something still isn't right, you can reopen the case from the Support Center within the next 14 days.

Best regards,
Oluwaseun A.
Amazon Web Services

We value your feedback. How would you rate this correspondence?
Excellent: https://console.aws.amazon.com/support/feedback?caseId=13894420571&rating=5
Average: https://console.aws.amazon.com/support/feedback?caseId=13894420571&rating=3
Poor: https://console.aws.amazon.com/support/feedback?caseId=13894420571&rating=1
""" + CONSOLE_FOOT), **amz(ME_C, d))

# ================================================================ 2024
d = D('2024-02-08 08:26:10', 0)
add(L('unrelated'), d, A('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_C,
    'Amazon Web Services Billing Statement Available [Account: 481726390514]',
    leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the
period ending January 31, 2024, is available on the AWS web site.

[AWS ID 481726390514]

Total: USD 14.82

You can view the statement and download invoices in the Billing and
Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210. Please do not reply; this
address does not accept incoming e-mail.
""", cs='us-ascii', cte='7bit'), **amz(ME_C, d))

d = D('2024-03-14 10:11:02', -6)
add(L('certification', cands=[OLD]), d, CERTM, ME_C,
    'Reminder: your AWS Certification expires in 90 days',
    alt("""Hi Akari,

Your AWS Certified Solutions Architect - Associate certification (candidate ID AWS03718264) will expire on June 10, 2024.

To stay certified, pass the current version of the exam before that date. Recertifying keeps your digital badge active and renews your benefits. Tip: you can use the 50% discount voucher in your Benefits section for the recertification exam.

Schedule your exam: https://www.aws.training/Certification

If you have already recertified, please disregard this reminder.

AWS Certification
"""), style='other', domain='certmetrics.com',
    **ext(ME_C, d, 'certmetrics.com', 'bounce-mc.us4_81726349.10377@mail.certmetrics.com', '198.2.131.60',
          'mail131-60.atl131.mcdlv.net'))

PHISH_CREDLY = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:560px;margin:auto;border:1px solid #e3e3e3;padding:24px">
<img src="https://credly-badgecenter.com/assets/logo.png" alt="Credly" width="120">
<p>Dear Badge Earner,</p>
<p>Our records show that the <b>AWS Certified</b> badges on your profile are linked to an <b>unverified</b> account.
Under our updated issuer policy, unverified badges issued by Amazon Web Services Training and Certification
will be <span style="color:#c00"><b>revoked within 48 hours</b></span>.</p>
<p>To keep your badges, confirm your identity by signing in with your AWS Builder ID e-mail and password:</p>
<p style="text-align:center"><a href="https://credly-badgecenter.com/verify?earner=akari.hayase%40shirokane-tech.co.jp"
style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Verify my badges</a></p>
<p>Thank you,<br>Credly Trust &amp; Safety</p>
<p style="font-size:11px;color:#999">&copy; 2024 Credly, Inc. All rights reserved.</p>
</div></body></html>
"""
d = D('2024-03-15 21:47:33', 0)
add(L('suspicious'), d, A('Credly Notifications', 'notifications@credly-badgecenter.com'), ME_C,
    'Action required: your AWS badges will be revoked in 48 hours',
    leaf(PHISH_CREDLY, 'html', cte='base64'), style='other', domain='credly-badgecenter.com',
    **ext(ME_C, d, 'credly-badgecenter.com', 'mailer@credly-badgecenter.com', '185.225.69.141',
          'vps-7721.hostcloudline.net'))

d = D('2024-04-02 07:55:48', -6)
add(L('certification', cands=[OLD]), d, CERTM, ME_C,
    'You have recertified: AWS Certified Solutions Architect - Associate',
    leaf("""Hello Akari,

Well done! By passing the SAA-C03 exam on April 1, 2024 you have recertified your AWS Certified Solutions Architect - Associate credential.

Candidate ID: AWS03718264
New expiration date: April 1, 2027

Your refreshed certificate is available in your AWS Certification Account, and a new 50% exam discount has been added to your benefits. Your Credly badge will be updated automatically.

Keep learning,
AWS Certification
""", cte='quoted-printable'), style='other', domain='certmetrics.com',
    **ext(ME_C, d, 'certmetrics.com', 'bounce-mc.us4_81726349.11802@mail.certmetrics.com', '198.2.131.47',
          'mail131-47.atl131.mcdlv.net'))

d = D('2024-04-02 15:20:05', 0)
add(L('badge'), d, A('Credly', 'admin@credly.com'), ME_C,
    'Your badge has been renewed',
    alt("""Hi Akari,

Good news - Amazon Web Services Training and Certification has renewed your AWS Certified Solutions Architect - Associate badge. The new expiration date is April 1, 2027.

View your badge: https://www.credly.com/badges/0d9a77e3-4c1e-4b8f-b6c2-95a2f1d7e410

There's nothing else to do; your profile has been updated.

Credly
100 S. Wacker Drive, Suite 1800, Chicago, IL 60606
"""), style='sendgrid',
    **ext(ME_C, d, 'credly.com', 'bounces+1882713-51fa-akari.hayase=shirokane-tech.co.jp@em.credly.com',
          '149.72.154.90', 'o7.em.credly.com'))

d = D('2024-09-10 02:03:59', 0)
add(L('unrelated'), d, A('AWS Skill Builder', 'no-reply@skillbuilder.aws'), ME_P,
    'Your AWS Skill Builder receipt',
    alt("""Hi Akari,

Thanks for your purchase. Here is your receipt.

Order number: SB-20240910-77315
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment: Visa ending in 4417
Next renewal: October 10, 2024

Manage or cancel your subscription at any time from your account settings:
https://skillbuilder.aws/account/subscription

AWS Skill Builder
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""), **amz(ME_P, d, hfrom='skillbuilder.aws'))

d = D('2024-11-20 23:15:27', 1)
add(L('unrelated'), d, A('Bartek (Starlit DNS)', 'help@starlitdns.com'), ME_P,
    '[Starlit DNS] Re: Zone transfer failing for akari-hayase.dev',
    alt("""##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, reply to this e-mail.

Bartek (Starlit DNS)
Nov 20, 2024, 23:14 CET

Hi Akari,

Found it: the TSIG key on our secondary nameserver was still the one from before your rotation. I've replaced it, and AXFR from your primary now completes (I checked twice).

I'm marking this ticket as solved. If transfers start failing again, just reply here and the ticket will reopen automatically.

Cheers,
Bartek

Akari Hayase
Nov 19, 2024, 09:02 CET

Since yesterday our secondary zone for akari-hayase.dev is stale. Could you check whether the TSIG key on your side is current?

This e-mail is a service from Starlit DNS. [DQ7R2K-VL41]
"""), style='other', domain='starlitdns.zendesk.com',
    **ext(ME_P, d, 'starlitdns.com', 'help+id48213@starlitdns.zendesk.com', '192.161.149.22',
          'outbyip22.pod17.use1.zdsys.com'))

# ================================================================ 2025: leaving the company
COLLEAGUE = """早瀬さん

お疲れさまです。三宅です。
退職の件、部長から聞きました。寂しくなりますが、新しい職場でも頑張ってください。

経験者として一点だけ。AWS認定のアカウントが会社アドレスのままだと、
うちはAPNパートナーなので会社側に紐づいたままになります。
辞める前に、個人アドレスのアカウントへの統合を依頼しておくのがおすすめです。

自分のときは、フォームから出したらサポートから英語で
「このアカウントで合ってますか」という確認が来て、返信したら翌日には終わっていました。
会社のメールが止まる前にやっておくと安心です。

それと、送別会を3/13(木)の19時からで考えています。
都合が悪ければ今週中に教えてください。

三宅 健
白金テクノロジーズ株式会社 クラウドインテグレーション部
"""
d = D('2025-02-25 13:48:20', 9)
add(L('unrelated'), d, A('三宅 健', 'k.miyake@shirokane-tech.co.jp', 'iso-2022-jp'), ME_CJ,
    '退職前の手続きについて', leaf(COLLEAGUE, cs='iso-2022-jp', cte='7bit'),
    style='outlook', subj_cs='iso-2022-jp', crlf=True,
    received=['from TYCPR01MB8841.jpnprd01.prod.outlook.com (2603:1096:400:1ab::9) by\n'
              ' TYCPR01MB10022.jpnprd01.prod.outlook.com with HTTPS; ' + d],
    extra=['Thread-Topic: ' + H('退職前の手続きについて', 'iso-2022-jp'),
           'Content-Language: ja-JP', 'X-MS-Exchange-Organization-AuthAs: Internal'])

d = D('2025-03-03 17:41:07', 0)
add(L('unrelated'), d, A('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
    'Verify your AWS Builder ID email address',
    alt("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

582914

The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can safely ignore this e-mail; nobody can use the code without access to your inbox.

Thanks,
Amazon Web Services
"""), **amz(ME_P, d, hfrom='signin.aws'))

d = D('2025-03-03 11:58:40', -6)
add(L('certification', cands=[NEW]), d, CERTM, A('Akari Hayase', ME_P),
    'Welcome to your AWS Certification Account',
    alt("""Hi Akari,

Your AWS Certification Account has been created.

Candidate ID: AWS11820473

Keep your candidate ID handy - you will need it when you schedule exams with our test delivery partner or contact AWS Training and Certification.

From your account you can schedule exams, download certificates, view your exam history and redeem certification benefits:
https://www.aws.training/Certification

Welcome aboard,
AWS Certification
"""), style='other', domain='certmetrics.com',
    **ext(ME_P, d, 'certmetrics.com', 'bounce-mc.us4_81726349.15590@mail.certmetrics.com', '198.2.131.55',
          'mail131-55.atl131.mcdlv.net'))

# ================================================================ 2025: main merge case C2 (+ duplicate C3)
C2_SUBJ = FORM_SUBJ
d = D('2025-03-03 18:19:31', 0)
add(L('acknowledgement', case=C2, cands=[OLD, NEW]), d, TCN, ME_CN,
    '[CASE %s] %s' % (C2, C2_SUBJ),
    alt("""Hello,

Thanks for getting in touch with AWS Training and Certification. Your request has been logged as case 174102593800417.

Here is a copy of what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Description: I am leaving Shirokane Technologies at the end of March and would like to move my certifications to my personal account. Addresses I have used: akari.hayase@shirokane-tech.co.jp (company) and akari.hayase.dev@gmail.com (personal - please keep this one). Candidate IDs: AWS03718264 (company) / AWS11820473 (personal).

Someone from our team normally replies within one business day, although some requests take longer to research. Please don't submit the form again for the same issue; if you have something to add, reply to this message instead so that it stays with this case.

Regards,
AWS Training and Certification Customer Service
"""), key='c2ack', **amz(ME_C, d))

JA_ACK = """早瀬 灯 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース 174102781200935 を作成いたしました。

担当者より通常 24 時間以内にご連絡いたします。内容によっては、調査のため
お時間を頂戴する場合がございます。

同じ内容のお問い合わせで既にケースをお持ちの場合は、新しくケースを作成せず、
既存のケースのメールにご返信ください。重複したケースは対応の遅れにつながります。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
内容: 会社のアドレスで作成した認定アカウントを、個人アドレスのアカウントに統合したいです。
(先ほど会社のアドレスからも送信しましたが、念のため個人アドレスから再送します)

AWS トレーニングと認定 カスタマーサービス
"""
d = D('2025-03-03 18:50:40', 0)
add(L('acknowledgement', case=C3), d, A('AWS トレーニングと認定', TC, 'iso-2022-jp'), A('早瀬 灯', ME_P, 'iso-2022-jp'),
    '[CASE %s] %s' % (C3, FORM_SUBJ), leaf(JA_ACK, cs='iso-2022-jp', cte='7bit'), key='c3ack',
    **amz(ME_P, d))

d = D('2025-03-04 01:12:18', 0)
add(L('case_update', case=C3), d, TCN, ME_PN,
    'RE: [CASE %s] %s' % (C3, FORM_SUBJ),
    leaf("""Hi Akari,

It looks like this request reached us twice: the same account merge is already being handled under case 174102593800417, which was opened about thirty minutes earlier from your company address. To keep everything in one place I have closed this case (174102781200935) and linked it to the original one.

You don't need to do anything on this thread. The team working on 174102593800417 will continue from there and will contact you on that case.

Best,
Tomás
AWS Training and Certification
""", flowed=True), irt='c3ack', **amz(ME_P, d))

C2_HOLD = """Hello Akari,

Thank you for your patience while I looked into your request.

When I reviewed the two certification accounts, I found that the one registered to akari.hayase@shirokane-tech.co.jp (AWS03718264) is associated with an AWS Partner Network organization, Shirokane Technologies K.K. Certifications held on partner-linked accounts count toward that partner's program requirements, so we cannot move them to another account without the partner being involved. I have therefore put your case on hold while I contact the partner's alliance team.

It would speed this up considerably to know whether you are leaving Shirokane Technologies and, if so, the date of your last working day. The partner team almost always asks us for that.

As soon as the partner side has responded I will be back in touch.

Kind regards,
Kateryna D.
AWS Training and Certification
"""
d = D('2025-03-04 14:02:55', 0)
add(L('on_hold', True, C2, [OLD]), d, TCN, ME_CN,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    alt(C2_HOLD), key='c2hold', irt='c2ack', **amz(ME_C, d))

d = D('2025-03-04 23:36:12', 9)
add(L('user_reply', case=C2, cands=[NEW, OLD]), d, ME_CN, TCN,
    'RE: [CASE %s] %s' % (C2, C2_SUBJ),
    alt("""Hello Kateryna,

Yes, I am leaving Shirokane Technologies. My last working day is Friday, March 14, 2025, and this mailbox will be switched off shortly after that.

Please merge everything into the account registered to my personal address akari.hayase.dev@gmail.com (candidate ID AWS11820473). The old account AWS03718264 can be retired.

Thank you,
Akari Hayase

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 4, 2025 11:02 PM
To: Akari Hayase <akari.hayase@shirokane-tech.co.jp>
Subject: RE:[CASE 174102593800417] [AWS Training and Certification Form Submission] - account-assistance

""" + C2_HOLD, cte='base64'),
    key='c2rep1', irt='c2hold', refs=['c2ack', 'c2hold'], style='outlook', crlf=True, cc=ME_P,
    extra=['Thread-Topic: [CASE 174102593800417] [AWS Training and Certification Form Submission] -\n account-assistance',
           'Thread-Index: AQHbjQ1vT3kq9m2LrE2Zy4c0u8uE6w==', 'Content-Language: en-US'])

d = D('2025-03-05 07:47:03', 0)
add(L('info_request', True, C2), d, TCN, ME_CN,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    leaf("""Hi Akari,

I'm picking this case up from my colleague Kateryna - thanks for letting us know your last day.

Before we go further there's one thing to sort out. The account you want to keep is registered to akari.hayase.dev@gmail.com, but everything on this case so far has come from your Shirokane address. To protect account holders, a merge into an account can only be authorised from that account's own e-mail address.

Send us a short reply from akari.hayase.dev@gmail.com with [CASE 174102593800417] kept in the subject line, so we can see you control that address. No other details are needed in that message.

Regards,
Marcus L.
AWS Training and Certification
"""), key='c2addr', irt='c2rep1', refs=['c2ack', 'c2hold', 'c2rep1'], **amz(ME_C, d))

d = D('2025-03-05 09:12:44', 0)
add(L('unrelated'), d, A('Ren Kobayashi', 'notifications@github.com'), ME_P,
    'Re: [hayase-a/tf-modules] Add VPC endpoint module for S3 and DynamoDB (PR #412)',
    alt("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hayase-a/tf-modules/pull/412#event-16583920417
You are receiving this because you authored the thread.
"""), msgid='<hayase-a/tf-modules/pull/412/issue_event/16583920417@github.com>',
    reply_to=A('hayase-a/tf-modules', 'reply+AB3KQ7ZL4TNRXH2WQ6VF5E6F7Q4HVEVBNHHKZ3P2CY@reply.github.com'),
    extra=['List-ID: hayase-a/tf-modules <tf-modules.hayase-a.github.com>',
           'X-GitHub-Reason: author', 'Precedence: list'],
    **ext(ME_P, d, 'github.com', 'noreply@github.com', '192.30.252.206', 'out-23.smtp.github.com'))

d = D('2025-03-05 21:05:38', 9)
add(L('user_reply', case=C2), d, ME_PN, TC,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    alt("""Hello Marcus,

This is Akari Hayase, writing from akari.hayase.dev@gmail.com as you asked. I control this address and the certification account registered to it, and I am the person who requested the merge on this case.

Best regards,
Akari
"""), key='c2rep2', style='gmail')

d = D('2025-03-06 03:30:19', 0)
add(L('on_hold', case=C2), d, TCN, ME_PN,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    alt("""Hello Akari,

Thank you - your message from the Gmail address has been verified and attached to the case.

I have now sent a release request to the alliance team at Shirokane Technologies K.K., which manages the partner organization your old certification account belongs to. Until they approve the release, the merge has to stay on hold. In our experience this takes anywhere from two to seven business days.

There is nothing you need to do in the meantime. I will write again as soon as the partner has responded.

Regards,
Marcus L.
AWS Training and Certification

> Hello Marcus,
>
> This is Akari Hayase, writing from akari.hayase.dev@gmail.com as you asked.
"""), key='c2hold2', irt='c2rep2', **amz(ME_P, d))

NEWS = """クラウド週報 第214号 (2025年3月7日)

今週のトピック
----------------
1. Amazon S3 のバケットあたり上限が引き上げに
2. 読者投稿: 転職時に AWS 認定アカウントを統合した話
   「サポートから英語で確認メールが来るので、Account #1 と #2 のどちらを残すか
    返信するだけ。APN パートナー企業の人は少し時間がかかるかも」
3. 今月の勉強会カレンダー

読者アンケートにご協力ください (3分で終わります):
https://cloud-shuho.example.jp/survey/214

配信停止はこちら: https://cloud-shuho.example.jp/unsubscribe?u=8817
発行: クラウド週報編集部
"""
d = D('2025-03-07 07:00:00', 9)
add(L('unrelated'), d, A('クラウド週報', 'news@cloud-shuho.example.jp'), ME_P,
    'クラウド週報 第214号: S3 上限の引き上げ / 認定アカウント統合体験記',
    alt(NEWS, cte='base64'), style='other', domain='cloud-shuho.example.jp',
    extra=['List-Unsubscribe: <https://cloud-shuho.example.jp/unsubscribe?u=8817>', 'Precedence: bulk'],
    **ext(ME_P, d, 'cloud-shuho.example.jp', 'bounce@mail.cloud-shuho.example.jp', '203.0.113.45',
          'mail.cloud-shuho.example.jp'))

d = D('2025-03-10 10:20:51', 9)
add(L('unrelated'), d, A('Lucía Ferreira', 'lucia.ferreira@nagisa-labs.jp'), ME_PN,
    'Automatic reply: Onboarding documents for April 1',
    alt("""Thank you for your message. I'm out of the office until Monday, March 17, with limited access to e-mail.

For anything urgent about onboarding, please contact hr@nagisa-labs.jp. Otherwise I will reply when I'm back.

Lucía Ferreira
People Operations, Nagisa Labs
"""), style='outlook', top=['Auto-Submitted: auto-replied'],
    extra=['X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: lucia.ferreira@nagisa-labs.jp'],
    **ext(ME_P, d, 'nagisa-labs.jp', 'lucia.ferreira@nagisa-labs.jp', '40.107.74.83',
          'mail-os0jpn01on2083.outbound.protection.outlook.com'))

d = D('2025-03-11 16:40:27', 0)
add(L('case_update', case=C2), d, TCN, ME_PN,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    leaf("""Hi Akari,

Good news: Shirokane Technologies has approved the release of your certification record, so the hold on your case has been lifted.

I'm now preparing the merge and checking the account details on both sides. I'll send you a summary of what will be combined shortly.

Marcus L.
AWS Training and Certification
""", cte='8bit'), key='c2lift', irt='c2hold2', **amz(ME_P, d))

C2_CONF_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Hello Akari,</p>
<p>Below are the certification accounts I located for you. Please look them over carefully.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eef2f6"><th>&nbsp;</th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11820473</td><td>AWS03718264</td></tr>
<tr><td>Login email</td><td>akari.hayase.dev@gmail.com</td><td>akari.hayase@shirokane-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>akari.hayase.dev@gmail.com</td><td>akari.hayase@shirokane-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>akari.hayase.dev@gmail.com</td><td>akari.hayase@shirokane-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>&ndash;</td><td>Solutions Architect &ndash; Professional<br>Solutions Architect &ndash; Associate</td></tr>
</table>
<p>The merge moves the exam history, active certifications and benefits from Account #2 into Account #1. Account #2 is then deactivated, and this cannot be reversed.</p>
<p>Can you confirm that both accounts belong to you and that <b>Account #1</b> is the one to keep? A reply on this thread is all I need to proceed.</p>
<p>Regards,<br>Marcus L.<br>AWS Training and Certification</p>
</body></html>
"""
C2_CONF_TXT = """Hello Akari,

Below are the certification accounts I located for you. Please look them over carefully.

Account #1
  Candidate ID: AWS11820473
  Login email: akari.hayase.dev@gmail.com
  Training notification email: akari.hayase.dev@gmail.com
  Certification notification email: akari.hayase.dev@gmail.com
Account #2
  Candidate ID: AWS03718264
  Login email: akari.hayase@shirokane-tech.co.jp
  Training notification email: akari.hayase@shirokane-tech.co.jp
  Certification notification email: akari.hayase@shirokane-tech.co.jp

The merge moves the exam history, active certifications and benefits from Account #2 into Account #1. Account #2 is then deactivated, and this cannot be reversed.

Can you confirm that both accounts belong to you and that Account #1 is the one to keep? A reply on this thread is all I need to proceed.

Regards,
Marcus L.
AWS Training and Certification
"""
d = D('2025-03-12 09:04:36', 0)
add(L('confirmation_request', True, C2, [NEW, OLD]), d, TCN, ME_P,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ), leaf(C2_CONF_HTML, 'html'), key='c2conf', irt='c2lift',
    **amz(ME_P, d))

PHISH_SPOOF = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear AWS Certification holder,</p>
<p>We are processing the account merge you requested. Before the merge can be completed, our security team requires you to <b>re-verify your AWS credentials</b>.</p>
<p>Please sign in within <b>24 hours</b> using the secure link below and confirm your password and the payment method on file:</p>
<p><a href="https://aws-training-verify.com/merge/confirm?case=174112094400381">https://www.aws.training/merge/confirm</a></p>
<p>If we do not receive your verification, the merge will be cancelled and the certifications on both accounts will be permanently removed.</p>
<p>Thank you for your cooperation,<br>AWS Training and Certification<br>Case ID: 174112094400381</p>
</body></html>
"""
d = D('2025-03-13 02:17:09', 0)
spoof_mf = 'bounce-7731@mailer.srv-notify.top'
add(L('suspicious'), d, TCN, ME_P,
    'RE:[CASE 174112094400381] Action required: verify your identity to complete the account merge',
    leaf(PHISH_SPOOF, 'html'), style='other', domain='srv-notify.top',
    return_path=spoof_mf, delivered_to=ME_P,
    received=[rcv_g('mailer.srv-notify.top', '91.215.85.143', d)],
    auth=auth_g('amazon.com', spoof_mf, '91.215.85.143', spf='pass', dkim='fail', dmarc='fail',
                policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE', dkim_d='amazon.com'))

d = D('2025-03-14 03:00:22', 0)
add(L('unrelated'), d, A('Tessellate Support', 'support@tessellate-crm.io'), ME_P,
    'Case 00872215: Awaiting your response',
    alt("""Hi Akari,

We're still waiting for the export log you mentioned in your last message about the failed contact import. Without it we can't tell whether the problem is in the CSV or on our side.

If we don't hear back within 48 hours, this case will close automatically. Just reply to this e-mail to keep it open.

Thanks,
Noor
Tessellate Customer Support

ref:_00D5g0Hk2K._5007R02ZqLm:ref
"""), style='other', domain='tessellate-crm.io',
    **ext(ME_P, d, 'tessellate-crm.io', 'support=tessellate-crm.io__7dk2@n1k0aq.5g-1xuleay.na213.bnc.salesforce.com',
          '13.110.74.206', 'smtp10-ia5-sp3.mta.salesforce.com'))

d = D('2025-03-15 01:05:50', 0)
add(L('closing_notice', True, C2), d, TCN, ME_P,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    leaf("""Hello Akari,

We are following up on case 174102593800417. On March 12 we sent you a summary of your certification accounts and asked you to confirm the merge, but we have not received a response yet.

If we do not hear from you within the next 72 hours, this case will be closed. Should that happen, replying to any e-mail on this case will reopen it automatically.

Kind regards,
AWS Training and Certification

---- On Wed, 12 Mar 2025 09:04:36 +0000, AWS Training and Certification wrote ----

""" + C2_CONF_TXT), key='c2close', irt='c2conf', **amz(ME_P, d))

C2_CONFIRM = """Hi Marcus,

Sorry for the slow reply - I was wrapping up my last week at work.

Confirmed: both accounts are mine. Please merge Account #2 (AWS03718264) into Account #1 (AWS11820473) and keep Account #1.

Thanks,
Akari
"""
d = D('2025-03-16 09:12:04', 9)
add(L('user_reply', case=C2, cands=[OLD, NEW]), d, ME_PN, TC,
    'Re: RE:[CASE %s] %s' % (C2, C2_SUBJ),
    alt(C2_CONFIRM + "\nOn Sat, Mar 15, 2025 at 10:05 AM AWS Training and Certification <%s> wrote:\n" % TC
        + quote("""Hello Akari,

We are following up on case 174102593800417. On March 12 we sent you a summary of your certification accounts and asked you to confirm the merge, but we have not received a response yet.

If we do not hear from you within the next 72 hours, this case will be closed. Should that happen, replying to any e-mail on this case will reopen it automatically.""")),
    key='c2conf_rep', irt='c2close', refs=['c2conf', 'c2close'], cc=ME_CN, style='gmail')
CONFIRM_RAW = MSGS[-1]['raw']

d = D('2025-03-16 00:12:41', 0)
dsn = multi('report', [
    leaf("""
** Address not found **

Your message wasn't delivered to akari.hayase@shirokane-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient akari.hayase@shirokane-tech.co.jp not found by SMTP address lookup
""", cte='7bit', cs='us-ascii'),
    (['Content-Type: message/delivery-status'],
     ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Sat, 15 Mar 2025 17:12:05 -0700 (PDT)\n\n"
      "Final-Recipient: rfc822; akari.hayase@shirokane-tech.co.jp\nAction: failed\nStatus: 5.1.10\n"
      "Remote-MTA: dns; shirokanetech-co-jp.mail.protection.outlook.com. (52.101.228.17)\n"
      "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
      "Last-Attempt-Date: Sat, 15 Mar 2025 17:12:41 -0700 (PDT)\n").encode()),
    (['Content-Type: message/rfc822'], CONFIRM_RAW),
], params=' report-type=delivery-status;')
add(L('unrelated', case=C2), d, A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
    'Delivery Status Notification (Failure)', dsn, style='other', domain='mx.google.com',
    received=['by 2002:a05:6a10:8e0b:b0:5c9:41a2:11f with SMTP id x11csp1187237pxs;\n        ' + d],
    extra=['X-Failed-Recipients: akari.hayase@shirokane-tech.co.jp', 'Auto-Submitted: auto-replied'])

d = D('2025-03-16 00:13:05', 0)
add(L('acknowledgement', case=C2), d, TCN, ME_P,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    leaf("""This is an automated message.

We have received your reply and added it to case 174102593800417. The associate handling your case will review it and follow up where needed. There is no need to respond to this e-mail or to open a new case.

AWS Training and Certification Customer Service
""", cs='us-ascii', cte='7bit'), irt='c2conf_rep', **amz(ME_P, d))

d = D('2025-03-16 14:40:13', 0)
add(L('confirmation_request', True, C2, [DUP]), d, TCN, ME_PN,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    leaf("""Hi Akari,

Thanks for confirming. While preparing the merge I ran one more search and found a third certification account that uses your personal address as its login:

   Account #3
   Candidate ID: AWS07254419
   Login email: akari.hayase.dev@gmail.com
   Created: March 3, 2025 - no exam history, no benefits

It was probably created by accident while you were setting up your Builder ID. I'd rather not touch it without your go-ahead: do you want Account #3 folded into Account #1 along with Account #2? Once I hear from you I'll do everything in one pass.

Marcus L.
AWS Training and Certification

""" + quote(C2_CONFIRM)), key='c2conf3', irt='c2conf_rep', refs=['c2conf', 'c2close', 'c2conf_rep'],
    **amz(ME_P, d))

d = D('2025-03-17 07:55:31', 9)
add(L('user_reply', case=C2), d, ME_PN, TCN,
    'Re: RE:[CASE %s] %s' % (C2, C2_SUBJ),
    leaf("""Yes, Account #3 is mine as well - I must have created it twice while setting up my Builder ID. Please merge all three into Account #1.

Akari

On Sun, Mar 16, 2025 at 11:40 PM AWS Training and Certification <%s> wrote:
""" % TC + quote("""Hi Akari,

Thanks for confirming. While preparing the merge I ran one more search and found a third certification account that uses your personal address as its login:

   Account #3
   Candidate ID: AWS07254419
   Login email: akari.hayase.dev@gmail.com""") + "\n", flowed=False),
    key='c2rep3', irt='c2conf3', refs=['c2conf', 'c2close', 'c2conf_rep', 'c2conf3'], style='gmail')

C2_DONE = """Hello Akari,

The merge is complete. Accounts #2 and #3 have been combined into Account #1 (AWS11820473), which now shows your exam history, your active certifications and the benefits carried over from the Shirokane account. Accounts #2 and #3 have been deactivated, and the partner link to Shirokane Technologies has been removed.

Credly and AWS Partner Central can take up to 48 hours to reflect the change. If anything looks wrong after that, reply to this e-mail and it will come straight back to me.

Regards,
Marcus L.
AWS Training and Certification
"""
d = D('2025-03-17 05:20:44', 0)
add(L('resolved', case=C2, cands=[NEW]), d, TCN, ME_PN,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    alt(C2_DONE + """
________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 12, 2025 9:04 AM
To: akari.hayase.dev@gmail.com
Subject: RE:[CASE 174102593800417] [AWS Training and Certification Form Submission] - account-assistance

""" + C2_CONF_TXT), key='c2done', irt='c2rep3', **amz(ME_P, d))

d = D('2025-03-17 05:48:02', 0)
add(L('badge'), d, A('Credly', 'admin@credly.com'), ME_P,
    "You've been issued 2 badges by Amazon Web Services Training and Certification",
    alt("""Hi Akari,

Amazon Web Services Training and Certification has issued badges to akari.hayase.dev@gmail.com:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Solutions Architect - Associate

Accept them to add them to your Credly profile:
https://www.credly.com/earner/earned/share/4c0e9b51-7a2d-4f9e-a3d6-1b8e55f0c2a7

Already have a Credly account under another e-mail address? Add this address to that account in your settings so all your badges stay together.

Credly
100 S. Wacker Drive, Suite 1800, Chicago, IL 60606
Unsubscribe from badge notifications: https://www.credly.com/users/notifications
"""), style='sendgrid',
    **ext(ME_P, d, 'credly.com', 'bounces+1882713-51fa-akari.hayase.dev=gmail.com@em.credly.com',
          '149.72.154.87', 'o7.em.credly.com'))

SURVEY_HTML = """<html><body style="font-family:Arial,sans-serif;background:#f7f7f7">
<table width="600" align="center" cellpadding="20" style="background:#fff">
<tr><td>
<p style="font-size:18px"><b>How did we do?</b></p>
<p>Hi Akari, your case <b>174102593800417</b> with AWS Training and Certification was recently resolved. Would you take a moment to rate the help you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws.training/cs/r?c=174102593800417&amp;s=1">1</a></td>
<td><a href="https://survey.aws.training/cs/r?c=174102593800417&amp;s=2">2</a></td>
<td><a href="https://survey.aws.training/cs/r?c=174102593800417&amp;s=3">3</a></td>
<td><a href="https://survey.aws.training/cs/r?c=174102593800417&amp;s=4">4</a></td>
<td><a href="https://survey.aws.training/cs/r?c=174102593800417&amp;s=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:11px;color:#777">1 = very dissatisfied, 5 = very satisfied</td></tr></table>
<p>The survey is optional and takes about a minute. Replies to this e-mail are not monitored.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr></table></body></html>
"""
d = D('2025-03-18 05:30:00', 0)
add(L('survey', case=C2), d, A('AWS Training and Certification', 'tc-cs-feedback@amazon.com'), ME_P,
    'How did we do? Case 174102593800417', leaf(SURVEY_HTML, 'html', cte='base64'), **amz(ME_P, d))

d = D('2025-03-20 20:10:19', 9)
add(L('user_reply', case=C2, cands=[NEW]), d, A('早瀬 灯', ME_P), A('人事部', 'hr@nagisa-labs.jp'),
    'Fwd: RE:[CASE %s] %s' % (C2, C2_SUBJ),
    alt("""人事部 ご担当者様

4月1日入社予定の早瀬です。
入社書類の「保有資格」欄について、AWS認定の状況を共有いたします。
前職のアカウントから個人アカウント(候補ID: AWS11820473)への統合が完了したと
AWSから連絡がありましたので、転送いたします。
Credly のバッジ URL は別途お送りします。

よろしくお願いいたします。
早瀬 灯

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年3月17日(月) 14:20
Subject: RE:[CASE 174102593800417] [AWS Training and Certification Form Submission] - account-assistance
To: <akari.hayase.dev@gmail.com>


""" + C2_DONE), style='gmail')

d = D('2025-03-24 21:30:47', 9)
add(L('user_reply', case=C2), d, ME_PN, TCN,
    'Re: RE:[CASE %s] %s' % (C2, C2_SUBJ),
    alt("""Hi Marcus,

Thanks again for the merge. Going through the new account today I noticed one thing missing: the AWS Certified Developer - Associate exam I took on November 9, 2024 at a Pearson VUE test center is not in the exam history, and the certification isn't listed either. Both Solutions Architect certifications are there.

I still have the score report e-mail, so I know the exam was recorded at the time. Could you take a look?

Akari

On Mon, Mar 17, 2025 at 2:20 PM AWS Training and Certification <%s> wrote:
""" % TC + quote(C2_DONE)), key='c2reopen', irt='c2done', refs=['c2conf', 'c2done'], style='gmail')

d = D('2025-03-25 08:15:36', 0)
add(L('case_update', case=C2), d, TCN, ME_PN,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ),
    alt("""Hello Akari,

I've reopened case 174102593800417 for you.

From what I can see, the November 2024 Developer - Associate exam was recorded against the partner-linked profile rather than against the certification account itself, so the merge didn't pick it up. Individual exam records can only be moved by our Certification Operations team, and I have passed the case to them with the details from your message. Their turnaround is normally three to five business days.

I'll keep an eye on it and let you know once they're done.

Best regards,
Priyanka S.
AWS Training and Certification
"""), key='c2esc', irt='c2reopen', **amz(ME_P, d))

JA_REQ = """早瀬 灯 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの佐伯でございます。
本件は、認定オペレーションチームより日本語対応の担当として引き継ぎました。

2024年11月9日に受験された AWS Certified Developer - Associate の受験記録について
調査を進めておりますが、ピアソン VUE 側の記録と照合するため、以下の情報が必要でございます。

・ピアソン VUE の登録番号 (予約確認メールに記載の 9 桁の番号)
・受験されたテストセンターの名称

お手数をおかけいたしますが、本メールにご返信のうえお知らせいただけますでしょうか。
確認が取れ次第、記録の移行を進めさせていただきます。

何卒よろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサービス
"""
d = D('2025-03-28 04:40:12', 0)
add(L('info_request', True, C2), d, A('AWS トレーニングと認定', TC), ME_PN,
    'RE:[CASE %s] %s' % (C2, C2_SUBJ), leaf(JA_REQ, cs='shift_jis', cte='8bit'), key='c2ja',
    irt='c2esc', **amz(ME_P, d))

d = D('2025-03-28 22:05:09', 9)
add(L('user_reply', case=C2, cands=[NEW]), d, A('早瀬 灯', ME_P), A('AWS トレーニングと認定', TC),
    'Re: RE:[CASE %s] %s' % (C2, C2_SUBJ),
    alt("""佐伯様

ご連絡ありがとうございます。早瀬です。
ご依頼の情報は以下のとおりです。

登録番号: 488120736
テストセンター: 新宿西口パソコン試験センター

念のため、統合先アカウントの候補IDは AWS11820473 です。
どうぞよろしくお願いいたします。

早瀬 灯

2025年3月28日(金) 13:40 AWS トレーニングと認定 <%s>:
""" % TC + quote(JA_REQ), cte='base64'), key='c2ja_rep', irt='c2ja', refs=['c2reopen', 'c2esc', 'c2ja'],
    style='gmail')

JA_DONE = """早瀬 様

いつもお世話になっております。佐伯でございます。

認定オペレーションチームにて、2024年11月9日の AWS Certified Developer - Associate の
受験記録を、統合先のアカウント (AWS11820473) へ移行いたしました。
あわせて、同資格も認定一覧に表示されるようになっております。
Credly のデジタルバッジは、数日以内に発行される見込みです。

以上をもちまして、本ケースは解決とさせていただきます。
ほかにご不明な点がございましたら、本メールへご返信いただければ対応いたします。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサービス
"""
d = D('2025-04-01 02:30:55', 0)
add(L('resolved', case=C2, cands=[NEW]), d, A('AWS トレーニングと認定', TC), ME_PN,
    EW('RE:[CASE %s] %s' % (C2, C2_SUBJ)),
    alt(JA_DONE, cte='base64'), irt='c2ja_rep', refs=['c2ja', 'c2ja_rep'], **amz(ME_P, d))

# ================================================================ April: other AWS mail, phishing
d = D('2025-04-03 09:10:27', 0)
add(L('unrelated', case=EDU), d, A('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_PN,
    'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % EDU,
    alt("""Hello Akari,

Thank you for contacting AWS Educate.

We were unable to find an AWS Educate educator account registered to akari.hayase.dev@gmail.com. Could you tell us which e-mail address you used when you first signed up, and the name of the school you were affiliated with at the time?

Once we have those details we can look into restoring access to your classroom.

Best,
Jonas
AWS Educate Support
"""), **amz(ME_P, d))

d = D('2025-04-08 08:03:11', 0)
add(L('unrelated', case=BILL), d, A('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_P,
    'Amazon Web Services: New Support case: %s' % BILL,
    leaf("""Dear AWS customer,

A new support case has been created for you in the AWS Support Center.

Case ID: 174409932100518
Account: [AWS ID 906514283371]
Subject: Unexpected NAT Gateway charges in ap-northeast-1
Severity: General guidance
Service: Billing
Correspondence: My personal sandbox account shows about USD 38 of NAT Gateway
processing charges for March although I deleted the VPC on March 2. Can you
tell me where they come from?

Our billing specialists will respond through the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174409932100518&language=en

Sincerely,
Amazon Web Services
""" + CONSOLE_FOOT, cs='us-ascii', cte='7bit'), **amz(ME_P, d))

d = D('2025-04-15 06:22:48', 0)
add(L('suspicious'), d, A('AWS Certification Support', 'support@aws-certification-helpdesk.com'), ME_P,
    'Post-merge verification pending - reply required',
    leaf("""Hello,

Following the recent consolidation of your AWS Certification accounts, your
certifications have been placed in a PENDING VALIDATION state.

To restore them, reply to this e-mail within 48 hours with:

  1. the e-mail address and password of your AWS Builder ID
  2. your candidate ID
  3. a photo of the front of your ID card

Certification records that are not validated in time will be removed from
the Credly network and cannot be restored.

Regards,
AWS Certification Support Team
Amazon Web Services Training and Certification
""", cs='us-ascii', cte='7bit'), style='other', domain='aws-certification-helpdesk.com', crlf=True,
    **ext(ME_P, d, 'aws-certification-helpdesk.com', 'support@aws-certification-helpdesk.com',
          '45.138.16.221', 'mail.aws-certification-helpdesk.com'))

# ================================================================ C4: voucher after the merge
C4_SUBJ = '[AWS Training and Certification Form Submission] - certification-benefits'
d = D('2025-04-26 03:38:40', 0)
add(L('acknowledgement', case=C4), d, TCN, ME_P,
    '[CASE %s] %s' % (C4, C4_SUBJ),
    leaf("""Case ID: 174563870200129
Status: Open
Submitted: 2025-04-26 03:38 UTC

We've received your message and a customer service associate will review it.
Most requests get a first reply within 24 hours.

Have more details to share? Reply to this e-mail rather than submitting the
form again, so that everything stays together under one case.

--
AWS Training and Certification Customer Service
This message was sent to akari.hayase.dev@gmail.com
""", cs='us-ascii', cte='7bit'), key='c4ack', crlf=True, **amz(ME_P, d))

C4_REQ = """Hi Akari,

Thanks for writing in about the missing exam discount.

A bit of background first. When two certification accounts are merged, active benefits normally move to the account that is kept. The exception is benefits created through a partner program rather than by passing an exam: those belong to the partner organization and stay behind.

Looking at account AWS11820473, I see no active 50% voucher. The retired company account shows one issued on April 2, 2024 after your Associate recertification. That is a standard certification benefit, so it should have moved with everything else, unless it had already been used.

This is where I need your help. If you noted down the voucher code, send it over; otherwise, tell me whether you applied any discount when you booked the Developer - Associate exam in November 2024. A screenshot of the old Benefits page would also do, if you happen to have one.

With that I can ask our benefits team to reissue the voucher.

Diego F.
AWS Training and Certification
"""
d = D('2025-04-28 10:15:02', 0)
add(L('info_request', True, C4, [NEW]), d, TCN, ME_PN,
    'RE:[CASE %s] %s' % (C4, C4_SUBJ), alt(C4_REQ), key='c4req', irt='c4ack', **amz(ME_P, d))

d = D('2025-04-29 08:30:16', 9)
C4_REP = """Hi Diego,

I didn't write the code down, sorry. I did not use any discount for the Developer exam - I paid the full fee.

Attached is a screenshot of the Benefits page that I took on March 1, before the merge. The voucher is shown as "Available" there.

Thanks,
Akari

On Mon, Apr 28, 2025 at 7:15 PM AWS Training and Certification <%s> wrote:
""" % TC + quote(C4_REQ) + "\n"
add(L('user_reply', case=C4), d, ME_PN, TCN,
    'Re: RE:[CASE %s] %s' % (C4, C4_SUBJ),
    multi('mixed', [alt(C4_REP), attach(tiny_png(), 'image/png', 'benefits-2025-03-01.png')]),
    key='c4rep', irt='c4req', refs=['c4ack', 'c4req'], style='gmail')

d = D('2025-05-01 12:02:39', 0)
add(L('case_update', case=C4), d, TCN, ME_PN,
    'RE:[CASE %s] %s' % (C4, C4_SUBJ),
    leaf("""Hi Akari,

Thanks for the screenshot - it shows clearly that the voucher was unused before the merge.

I've sent the case to our benefits team with a request to reissue it. They usually complete these within five to seven business days, and I'll get back to you as soon as I hear from them. Nothing further is needed from you for now.

Diego F.
AWS Training and Certification
""", cte='quoted-printable'), key='c4upd', irt='c4rep', **amz(ME_P, d))

d = D('2025-05-02 09:00:05', -6)
add(L('certification'), d, A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'AWS Certification wants your opinion',
    alt("""Hello Akari,

As an AWS Certified individual, you're invited to take part in our annual Certification Holder Survey. Tell us how you prepare for exams, how you use your certifications at work and what you'd like to see from the program next.

The survey takes about 10 minutes and closes on May 16, 2025:
https://awscert.qualtrics.com/jfe/form/SV_8rXb2C0yQd4mPq5

Thank you for helping shape AWS Certification.

AWS Certification
This message was sent from an unmonitored address.
"""), style='other', domain='certmetrics.com',
    **ext(ME_P, d, 'certmetrics.com', 'bounce-mc.us4_81726349.20114@mail.certmetrics.com', '198.2.131.52',
          'mail131-52.atl131.mcdlv.net'))

C4_ADDR_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
<div>Hi Akari,</div>
<div><br></div>
<div>Quick update, and one question for you.</div>
<div><br></div>
<div>The benefits team has approved a replacement 50% voucher. Replacement vouchers are delivered to the <i>certification notification</i> address on the account, and on your account that field still points to your old company address &ndash; it was carried over from the retired account during the merge:</div>
<div><br></div>
<table border="0" cellpadding="4" style="font-size:12px;background:#f6f6f6">
<tr><td>Login email</td><td>akari.hayase.dev@gmail.com</td></tr>
<tr><td>Training notification email</td><td>akari.hayase.dev@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>akari.hayase@shirokane-tech.co.jp</td></tr>
</table>
<div><br></div>
<div>Which address would you like the voucher sent to? If the company mailbox no longer exists, just say so and I'll switch the notification address to your Gmail before the voucher goes out.</div>
<div><br></div>
<div>Thanks,<br>Diego F.<br>AWS Training and Certification</div>
</body></html>
"""
d = D('2025-05-06 15:30:21', 0)
add(L('info_request', True, C4), d, TCN, ME_PN,
    'RE:[CASE %s] %s' % (C4, C4_SUBJ), leaf(C4_ADDR_HTML, 'html', cte='base64'),
    key='c4addr', irt='c4upd', **amz(ME_P, d))

PV_PHISH = """お客様各位

ピアソンVUE 受験サポートセンターでございます。

ご予約いただいている AWS 認定試験 (登録番号 519208437) につきまして、
お支払いの確認ができませんでした。

48時間以内に下記のページからカード情報を再登録いただけない場合、
ご予約は自動的にキャンセルされ、受験料は返金されませんのでご注意ください。

https://pearsonvue-jp-support.com/payment/verify?id=519208437

※本メールは送信専用です。ご返信いただいてもお答えできません。

ピアソンVUE 受験サポートセンター
"""
d = D('2025-05-09 01:10:44', 0)
add(L('suspicious'), d, A('ピアソンVUE 受験サポート', 'info@pearsonvue-jp-support.com'), ME_P,
    '【重要】受験予約のお支払いが確認できませんでした', alt(PV_PHISH),
    style='other', domain='pearsonvue-jp-support.com',
    **ext(ME_P, d, 'pearsonvue-jp-support.com', 'info@pearsonvue-jp-support.com', '103.151.172.19',
          'sv3419.xserver-mail.example.net', spf='softfail', dkim='none', dmarc='none',
          policy='p=NONE'))

JA_CLOSE = """早瀬 灯 様

AWS トレーニングと認定 カスタマーサービスでございます。

ケース 174563870200129 につきまして、2025年5月6日にお送りしたご質問への
ご返信をまだ確認できておりません。

3 営業日以内にご返信をいただけない場合、本ケースはクローズとさせていただきます。
クローズ後であっても、本メールにご返信いただければケースは再開されます。

バウチャーの送付先となるメールアドレスについて、ご返信をお待ちしております。

AWS トレーニングと認定 カスタマーサービス
"""
d = D('2025-05-10 00:20:09', 0)
add(L('closing_notice', True, C4), d, A('AWS トレーニングと認定', TC, 'iso-2022-jp'), A('早瀬 灯', ME_P, 'iso-2022-jp'),
    'RE:[CASE %s] %s' % (C4, C4_SUBJ), leaf(JA_CLOSE, cs='iso-2022-jp', cte='7bit'),
    key='c4close', irt='c4addr', **amz(ME_P, d))

d = D('2025-05-10 12:45:33', 9)
add(L('user_reply', case=C4), d, ME_PN, TCN,
    'Re: RE:[CASE %s] %s' % (C4, C4_SUBJ),
    alt("""Hi Diego,

Sorry, I missed your previous e-mail. Please send the voucher to the Gmail address, and yes, switch the certification notification address to akari.hayase.dev@gmail.com as well - the company mailbox was closed in March.

Thank you,
Akari

2025年5月10日(土) 9:20 AWS トレーニングと認定 <%s>:
""" % TC + quote(JA_CLOSE)), key='c4rep2', irt='c4close', refs=['c4addr', 'c4close'], style='gmail')

d = D('2025-05-12 06:00:58', 0)
add(L('resolved', case=C4), d, TCN, ME_PN,
    'RE:[CASE %s] %s' % (C4, C4_SUBJ),
    alt("""Hi Akari,

Done on both counts:

- The certification notification e-mail on your account is now akari.hayase.dev@gmail.com.
- A replacement 50% exam voucher has been issued and is listed under Benefits in your AWS Certification Account. It is valid until May 12, 2026.

No further action is required on your side, and I'm closing this case as resolved. Good luck with your next exam!

Diego F.
AWS Training and Certification

-----Original Message-----
From: Akari Hayase <akari.hayase.dev@gmail.com>
Sent: Saturday, May 10, 2025 3:45 AM
Subject: Re: RE:[CASE 174563870200129] [AWS Training and Certification Form Submission] - certification-benefits

Hi Diego,

Sorry, I missed your previous e-mail. Please send the voucher to the Gmail address, and yes, switch the certification notification address to akari.hayase.dev@gmail.com as well - the company mailbox was closed in March.
"""), key='c4done', irt='c4rep2', **amz(ME_P, d))

d = D('2025-05-13 06:00:12', 0)
add(L('survey', case=C4), d, A('AWS トレーニングと認定', 'tc-cs-feedback@amazon.com'), ME_P,
    'カスタマーサービスに関するアンケートのお願い (ケース 174563870200129)',
    alt("""早瀬 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、
ありがとうございました。

今後のサービス向上のため、ケース 174563870200129 の対応について
簡単なアンケートにご協力いただけますと幸いです (所要時間: 約1分)。

アンケートに回答する:
https://survey.aws.training/cs/r?c=174563870200129&l=ja

回答は任意です。本メールは送信専用アドレスから送信されています。

AWS トレーニングと認定
""", cte='quoted-printable'), **amz(ME_P, d))

d = D('2025-05-14 08:31:40', -6)
add(L('certification', cands=[NEW]), d, CERTM, ME_P,
    'A new benefit is available in your AWS Certification Account',
    leaf("""Hi Akari,

A new benefit has been added to your AWS Certification Account.

  Candidate ID:  AWS11820473
  Benefit:       50% discount on your next AWS Certification exam
  Valid until:   May 12, 2026

Redeem it when you schedule your next exam: sign in at https://www.aws.training/Certification, open Benefits, and copy the code into the payment step.

AWS Certification
Please do not reply to this automated message.
""", cte='quoted-printable'), style='other', domain='certmetrics.com',
    **ext(ME_P, d, 'certmetrics.com', 'bounce-mc.us4_81726349.20388@mail.certmetrics.com', '198.2.131.60',
          'mail131-60.atl131.mcdlv.net'))


# ================================================================ write
def main():
    for f in os.listdir(HERE):
        if re.match(r'^\d{3}-msg\.(eml|json)$', f):
            os.remove(os.path.join(HERE, f))
    counts = {}
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        k = m['label']['kind']
        counts[k] = counts.get(k, 0) + 1
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(1 for m in MSGS if m['label']['needs_reply'])))


if __name__ == '__main__':
    main()
