#!/usr/bin/env python3
"""Generate the blind-313 corpus: NNN-msg.eml + NNN-msg.json (+ README.md) next to this script.

Standard library only. Deterministic: running it twice gives identical files.
"""
import base64
import binascii
import hashlib
import html
import json
import os
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

UTC = timezone.utc
JST = timezone(timedelta(hours=9))

ME_P = 'morioka.dsk@gmail.com'
ME_C = 'd-morioka@tsubaki-itsol.co.jp'
ME_NAME_EN = 'Daisuke Morioka'
ME_NAME_JA = '森岡 大輔'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_NAME = 'AWS Training and Certification'
NOREPLY = 'no-reply-aws@amazon.com'

OLD_ID = 'AWS04417263'   # company certification account
NEW_ID = 'AWS11958034'   # personal certification account

C1 = '14820937715'        # 2023 name correction (closed for no answer, reopened)
C2 = '174520073108815'    # 2025 account merge (APN hold, wrong address, closing notice, merged)
C3 = '174520265400127'    # 2025 duplicate form from the company address
C4 = '174624105200719'    # 2025 Support Center (console) case, exam appointment
C5 = '174649872600951'    # 2025 missing exam-discount benefit after the merge

SUBJ_ACC = '[AWS Training and Certification Form Submission] - account-assistance'
SUBJ_CERT = '[AWS Training and Certification Form Submission] - certification'

CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'utf-8': 'utf-8',
         'us-ascii': 'ascii', 'windows-1252': 'cp1252'}


# ----------------------------------------------------------------------------- helpers
def hx(key, n=40):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def b64id(key, n):
    raw = base64.b64encode(hashlib.sha256(key.encode()).digest() * 2).decode()
    return raw.replace('/', 'x').replace('+', 'Z').replace('=', 'Q')[:n]


def ses_mid(key, region='us-west-2'):
    h = hx(key)
    return f'<0101{h[:12]}-{h[12:20]}-{h[20:24]}-{h[24:28]}-{h[28:32]}-{h[32:40]}{h[:4]}-000000@{region}.amazonses.com>'


def gmail_mid(key):
    return f'<CA{b64id(key, 44)}@mail.gmail.com>'


def outlook_mid(key):
    h = hx(key).upper()
    return f'<TYCPR01MB{h[:5]}{h[5:16]}@TYCPR01MB{h[16:21]}.jpnprd01.prod.outlook.com>'


def gen_mid(key, domain):
    return f'<{hx(key, 32)}@{domain}>'


def enc(s, charset='utf-8', name='Subject'):
    """Header value: ASCII as is, otherwise RFC 2047 encoded words."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name=name).encode()


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return formataddr((name, email), charset)


def q(text, p='> '):
    return '\n'.join((p + l) if l else p.rstrip() for l in text.rstrip('\n').split('\n'))


def h2(text):
    """plain text -> simple HTML paragraphs"""
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>' + html.escape(pp).replace('\n', '<br>\n') + '</p>' for pp in paras)


def _payload(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return binascii.b2a_qp(data, istext=True)
    return data


def text(body, sub='plain', cs='utf-8', cte='quoted-printable', params='', extra=''):
    data = body.encode(CODEC.get(cs.lower(), cs))
    pl = _payload(data, cte)
    if not pl.endswith(b'\n'):
        pl += b'\n'
    head = f'Content-Type: text/{sub}; charset="{cs}"{params}\nContent-Transfer-Encoding: {cte}\n{extra}\n'
    return head.encode() + pl


def multi(sub, parts, boundary, params='', preamble=''):
    b = f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"{params}\n\n'.encode()
    if preamble:
        b += preamble.encode() + b'\n'
    for p in parts:
        b += b'--' + boundary.encode() + b'\n' + p
        if not p.endswith(b'\n'):
            b += b'\n'
    b += b'--' + boundary.encode() + b'--\n'
    return b


def alt(plain, htmlbody, boundary, cs='utf-8', cte='quoted-printable', hcte=None):
    return multi('alternative', [text(plain, 'plain', cs, cte), text(htmlbody, 'html', cs, hcte or cte)], boundary)


def pacific(dt):
    d = dt.astimezone(UTC)
    dst = (datetime(2023, 3, 12, 10, tzinfo=UTC) <= d < datetime(2023, 11, 5, 9, tzinfo=UTC)) or \
          (datetime(2025, 3, 9, 10, tzinfo=UTC) <= d < datetime(2025, 11, 2, 9, tzinfo=UTC))
    tz = timezone(timedelta(hours=-7 if dst else -8))
    return format_datetime(d.astimezone(tz)) + (' (PDT)' if dst else ' (PST)')


def utc(dt):
    return format_datetime(dt.astimezone(UTC))


def gmail_trace(key, dt, host, ip, mailfrom, from_dom, dkim=None, spf='pass', dmarc='pass',
                policy='p=QUARANTINE sp=QUARANTINE dis=NONE', to=ME_P):
    """dkim: (result, d, selector) or None."""
    recv = dt + timedelta(seconds=2)
    sid = hx(key + 'sid', 10)
    res = ['mx.google.com;']
    if dkim:
        res.append(f'       dkim={dkim[0]} header.i=@{dkim[1]} header.s={dkim[2]} header.b={b64id(key + "b", 8)};')
    spf_txt = {'pass': f'spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender)',
               'softfail': f'spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)',
               'fail': f'spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender)',
               'neutral': f'spf=neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom})'}[spf]
    res.append(f'       {spf_txt} smtp.mailfrom={mailfrom.split("@")[-1] if spf == "neutral" else mailfrom};')
    res.append(f'       dmarc={dmarc} ({policy}) header.from={from_dom}' if dmarc != 'none' else f'       dmarc=none header.from={from_dom}')
    res[-1] = res[-1].rstrip(';')
    for i in range(1, len(res) - 1):
        if not res[i].endswith(';'):
            res[i] += ';'
    return [
        ('Delivered-To', to),
        ('Received', f'by 2002:a05:6a10:{sid[:4]}:b0:{sid[4:7]}:{sid[7:10]}:0 with SMTP id {hx(key, 6)}csp{int(hx(key, 6), 16) % 9999999};\n        {pacific(recv)}'),
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {hx(key + "id", 12)}si{int(hx(key, 5), 16)}.{dt.year}.{dt.month:02d}.{dt.day:02d}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pacific(recv)}'),
        ('Received-SPF', f'{spf} (google.com: domain of {mailfrom} {"designates" if spf == "pass" else "does not designate"} {ip} as permitted sender) client-ip={ip};'),
        ('Authentication-Results', '\n'.join(res)),
    ]


def m365_trace(key, dt, host, ip, mailfrom_dom, from_dom, dkim_dom=None, spf='pass', dkim='pass', dmarc='pass',
               compauth='pass reason=100'):
    recv = dt + timedelta(seconds=3)
    dk = f'dkim={dkim} (signature was verified)\n header.d={dkim_dom};' if dkim_dom else 'dkim=none (message not signed)\n header.d=none;'
    return [
        ('Received', f'from OS3P286MB{hx(key, 4).upper()}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1c8::7) by\n TYCPR01MB{hx(key + "b", 5).upper()}.jpnprd01.prod.outlook.com with HTTPS; {utc(recv)}'),
        ('Received', f'from {host} ({ip}) by\n OS0P286CA00{int(hx(key, 2), 16) % 90 + 10}.mail.protection.outlook.com (10.167.{int(hx(key, 2), 16)}.{int(hx(key + "x", 2), 16)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8655.22 via\n Frontend Transport; {utc(recv)}'),
        ('Authentication-Results', f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; {dk}dmarc={dmarc} action=none\n header.from={from_dom};compauth={compauth}'),
        ('Received-SPF', f'{spf.capitalize()} (protection.outlook.com: domain of {mailfrom_dom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C'),
    ]


M365_TAIL = [('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
             ('X-MS-Exchange-Organization-AuthSource', 'OS0P286CA0012.JPNP286.PROD.OUTLOOK.COM'),
             ('X-MS-Exchange-Organization-SCL', '1')]
SES_TAIL = lambda key, dt: [('Feedback-ID', f'::1.us-west-2.{b64id(key + "fb", 43)}=:AmazonSES'),
                        ('X-SES-Outgoing', f'{dt.year}.{dt.month:02d}.{dt.day:02d}-54.240.27.55')]


def ses_trace(key, dt, to, mailfrom_local=None, from_dom='amazon.com', ip='54.240.27.55'):
    mf = f'{mailfrom_local or "0101" + hx(key, 12)}@us-west-2.amazonses.com'
    host = f'a27-{ip.split(".")[-1]}.smtp-out.us-west-2.amazonses.com'
    if to == ME_P:
        return gmail_trace(key, dt, host, ip, mf, from_dom, dkim=('pass', from_dom, '7v7vs6w47njt4pimodk5mmttbegzsi6n'))
    return m365_trace(key, dt, host, ip, 'us-west-2.amazonses.com', from_dom, dkim_dom=from_dom)


def build(trace, headers, entity, crlf=False, tail=()):
    lines = [f'{n}: {v}' for n, v in list(trace) + list(headers)]
    lines.append('MIME-Version: 1.0')
    lines += [f'{n}: {v}' for n, v in tail]
    data = ('\n'.join(lines) + '\n').encode('ascii') + entity
    data = data.replace(b'\r\n', b'\n')
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data


# ----------------------------------------------------------------------------- registry
MSGS = []
MID = {}


def msg(key, date, kind, needs, case, cands, note, mid):
    def deco(fn):
        MID[key] = mid
        MSGS.append(dict(key=key, date=date, kind=kind, needs=needs, case=case, cands=cands, note=note, fn=fn))
        return fn
    return deco


def d(y, mo, da, hh, mi, ss=0, tz=UTC):
    return datetime(y, mo, da, hh, mi, ss, tzinfo=tz)


AWS_FOOTER = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
              'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
              'Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')

# ============================================================================ 2023
K = 'cert_results'


@msg(K, d(2023, 11, 2, 4, 20), 'certification', False, None, [OLD_ID],
     'CertMetrics exam-result mail to the company address; carries the candidate ID but belongs to no case.',
     gen_mid(K, 'certmetrics.com'))
def _(k, dt):
    plain = f"""Hello Daisuke,

Congratulations! You passed the AWS Certified Solutions Architect - Associate (SAA-C03) exam you took on 31 October 2023.

Candidate ID: {OLD_ID}
Scaled score: 812 (passing score: 720)

Your certificate is ready to download from the Certifications page of your AWS Certification Account. A separate message from our digital badge partner Credly will invite you to accept your badge.

Your new certification is valid for three years. We will remind you well before it expires.

Keep building,
AWS Certification

You are receiving this email because you took an AWS Certification exam. Manage your communication preferences in your AWS Certification Account.
"""
    body = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:20px">AWS Certification</td></tr>
<tr><td style="padding:20px">{h2(plain)}</td></tr></table></body></html>"""
    return build(
        m365_trace(k, dt, 'mta-171.certmetrics.com', '198.2.180.171', 'bounce.certmetrics.com', 'certmetrics.com', 'certmetrics.com'),
        [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_C),
         ('Subject', 'Your AWS Certification exam results are available'),
         ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '----=_Part_22031_1183420021.1698898800112'), tail=M365_TAIL)


K = 'badge_saa'


@msg(K, d(2023, 11, 2, 9, 3), 'badge', False, None, [],
     'Credly HTML-only badge offer; "Accept your badge" is a call to action but not a reply to support.',
     gen_mid(K, 'credly.com'))
def _(k, dt):
    body = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4"><table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px;font-size:22px;color:#1a1a1a">Daisuke, you earned a new badge!</td></tr>
<tr><td style="padding:12px 24px;font-size:15px;color:#333">Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge. Accept it to share your achievement with employers and your network.</td></tr>
<tr><td style="padding:12px 24px"><a href="https://www.credly.com/earner/earned/badge/6f1c2a9e-0d4b-4b7e-9a3f-2e8c51d7a440" style="background:#0d7a8c;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Accept badge</a></td></tr>
<tr><td style="padding:18px 24px;font-size:12px;color:#777">This email was sent to d-morioka@tsubaki-itsol.co.jp. Credly, 13 E. 37th Street, New York, NY 10016.
<a href="https://www.credly.com/notification_preferences">Notification preferences</a></td></tr>
</table></td></tr></table></body></html>"""
    return build(
        m365_trace(k, dt, 'o1.email.credly.com', '167.89.101.44', 'em1234.credly.com', 'credly.com', 'credly.com'),
        [('From', 'Credly <admin@credly.com>'), ('To', ME_C),
         ('Subject', 'Daisuke, you earned a badge from Amazon Web Services Training and Certification'),
         ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(body, 'html', 'utf-8', 'quoted-printable'), tail=M365_TAIL)


K = 'c1_ack'
C1_ACK = f"""Hello,

Thanks for getting in touch with AWS Training and Certification. Your request has been logged as case {C1}.

Our team normally answers within one business day, although some requests need extra research. Please keep this case number handy and avoid sending the form again for the same issue: a second case only adds to the wait.

A copy of your submission:

Inquiry type: Certification
Additional details: Certification record / Name correction
Email: {ME_C}
How can we help you?: The family name on my certificate and in my AWS Certification account is spelled "Moriaka". The correct spelling is "Morioka". Please correct it.

Sincerely,
AWS Training and Certification Customer Support
"""


@msg(K, d(2023, 11, 8, 2, 41), 'acknowledgement', False, C1, [],
     '11-digit case, plain text with CRLF; "please keep this case number handy and avoid sending the form again" is an imperative that asks for no reply.',
     ses_mid(K))
def _(k, dt):
    return build(
        ses_trace(k, dt, ME_C),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_C),
         ('Subject', f'[CASE {C1}] {SUBJ_CERT}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(C1_ACK, 'plain', 'us-ascii', '7bit'), crlf=True, tail=M365_TAIL)


K = 'gh_412'


@msg(K, d(2023, 11, 9, 6, 15), 'unrelated', False, None, [],
     'GitHub notification "Merged #412" about merging account modules: "merge" and "account" vocabulary, not a case.',
     '<tsubaki-itsol/infra-terraform/pull/412/issue_event/10918273645@github.com>')
def _(k, dt):
    plain = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubaki-itsol/infra-terraform/pull/412#event-10918273645
You are receiving this because your review was requested.

Message ID: <tsubaki-itsol/infra-terraform/pull/412/issue_event/10918273645@github.com>
"""
    body = '<p>Merged <a href="https://github.com/tsubaki-itsol/infra-terraform/pull/412">#412</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tsubaki-itsol/infra-terraform/pull/412#event-10918273645">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>'
    return build(
        m365_trace(k, dt, 'out-21.smtp.github.com', '192.30.252.204', 'github.com', 'github.com', 'github.com'),
        [('From', 'Kenta Ishii <notifications@github.com>'),
         ('Reply-To', 'tsubaki-itsol/infra-terraform <reply+ABCD3F7Q2@reply.github.com>'),
         ('To', 'tsubaki-itsol/infra-terraform <infra-terraform@noreply.github.com>'),
         ('Cc', f'Daisuke Morioka <{ME_C}>, Review requested <review_requested@noreply.github.com>'),
         ('Subject', 'Re: [tsubaki-itsol/infra-terraform] Merge per-account modules into a single stack (PR #412)'),
         ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', '<tsubaki-itsol/infra-terraform/pull/412@github.com>'),
         ('References', '<tsubaki-itsol/infra-terraform/pull/412@github.com>'),
         ('List-ID', 'tsubaki-itsol/infra-terraform <infra-terraform.tsubaki-itsol.github.com>'),
         ('X-GitHub-Reason', 'review_requested')],
        alt(plain, body, '--==_mimepart_654c7a1b2f3e4_1c2a3b1048720'), tail=M365_TAIL)


K = 'c1_info'
C1_INFO = f"""Hello Daisuke,

Thank you for your patience while we looked into this.

A name on a certification record has to match the identification you show at the test center, so we verify every correction before we make it. We need two things from you:

1. Your full legal name in Latin characters, exactly as printed on your government-issued ID, with the family name and the given name marked separately.
2. Your AWS candidate ID. You will find it at the top right of the AWS Certification Account page once you are signed in; it starts with "AWS" followed by eight digits.

When we have both, the change normally goes through within a few business days.

Kind regards,
Priya S.
AWS Training and Certification
"""


@msg(K, d(2023, 11, 10, 18, 5), 'info_request', True, C1, [],
     'Request phrased as "We need two things from you" with a numbered list; no "please"; describes the candidate-ID format without giving one.',
     ses_mid(K))
def _(k, dt):
    return build(
        ses_trace(k, dt, ME_C),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_C),
         ('Subject', f'RE:[CASE {C1}] {SUBJ_CERT}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', MID['c1_ack'])],
        alt(C1_INFO, '<html><body style="font-family:Amazon Ember,Arial,sans-serif">' + h2(C1_INFO) + '</body></html>',
            '----=_Part_318827_942117.1699639500733'), tail=M365_TAIL)


K = 'pvue_2023'


@msg(K, d(2023, 11, 14, 1, 22), 'unrelated', False, None, [OLD_ID],
     'Exam vendor appointment confirmation: 9-digit registration ID and the candidate ID, but no support case.',
     gen_mid(K, 'pearson.com'))
def _(k, dt):
    plain = f"""Dear Daisuke Morioka,

Thank you for scheduling your exam with Pearson VUE.

Exam: SOA-C02: AWS Certified SysOps Administrator - Associate
Date and time: Thursday, January 18, 2024, 10:00 AM Japan Standard Time
Location: Tokyo Test Center 3, Shinjuku-ku, Tokyo
Registration ID: 418273905
Candidate ID: {OLD_ID}

Please arrive 30 minutes before your appointment with two forms of valid identification. To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
    body = '<html><body><div style="font-family:Arial">' + h2(plain) + '</div></body></html>'
    return build(
        m365_trace(k, dt, 'mail-out3.pearson.com', '159.182.5.44', 'pearson.com', 'pearson.com', 'pearson.com'),
        [('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'), ('To', ME_C),
         ('Subject', 'Pearson VUE Confirmation of Your Exam Appointment'),
         ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '=_b7c1a93e04d5f2a1'), tail=M365_TAIL)


K = 'c1_close'
C1_CLOSE = """Hello,

On 10 November we asked for a couple of details so we could correct the name on your certification record. We haven't heard back, so we have closed this case for now.

Nothing is lost. Send the requested details as a reply to this email and the case reopens automatically with its full history.

AWS Training and Certification Customer Support
"""


@msg(K, d(2023, 11, 17, 23, 30), 'closing_notice', True, C1, [],
     'Already closed, not "will be closed"; the reopen-by-reply sentence is the only hint that an answer is wanted. Old request quoted below.',
     ses_mid(K))
def _(k, dt):
    plain = C1_CLOSE + '\n-------- Previous message --------\n' + q(C1_INFO) + '\n'
    return build(
        ses_trace(k, dt, ME_C),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_C),
         ('Subject', f'RE:[CASE {C1}] {SUBJ_CERT}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', f"{MID['c1_ack']} {MID['c1_info']}")],
        text(plain, 'plain', 'utf-8', 'quoted-printable'), tail=M365_TAIL)


K = 'c1_user'
C1_USER = f"""Hello Priya,

Sorry for the slow reply, I was travelling last week.

1. Legal name: family name MORIOKA, given name DAISUKE
2. Candidate ID: {OLD_ID}

Let me know if anything else is needed.

Best regards,
Daisuke Morioka
Tsubaki IT Solutions Co., Ltd. / Cloud Integration Dept.
"""


@msg(K, d(2023, 11, 20, 10, 14, tz=JST), 'user_reply', False, C1, [OLD_ID],
     'Owner replies from the company Outlook, top-posted with an Outlook "From/Sent/To/Subject" block; the quoted closing notice and request sit underneath.',
     outlook_mid(K))
def _(k, dt):
    hist = (f"________________________________\nFrom: AWS Training and Certification <{FORM}>\n"
            f"Sent: Saturday, November 18, 2023 8:30\nTo: {ME_NAME_JA} <{ME_C}>\n"
            f"Subject: RE:[CASE {C1}] {SUBJ_CERT}\n\n" + C1_CLOSE + '\n-------- Previous message --------\n' + q(C1_INFO))
    plain = C1_USER + '\n' + hist + '\n'
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">' + h2(C1_USER) + '</div>'
            '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><font face="Calibri" style="font-size:11pt">'
            f'<b>From:</b> AWS Training and Certification &lt;{FORM}&gt;<br><b>Sent:</b> Saturday, November 18, 2023 8:30<br>'
            f'<b>To:</b> {ME_NAME_JA} &lt;{ME_C}&gt;<br><b>Subject:</b> RE:[CASE {C1}] {html.escape(SUBJ_CERT)}</font></div>'
            '<div>' + h2(C1_CLOSE) + '<p>-------- Previous message --------</p><blockquote>' + h2(C1_INFO) + '</blockquote></div></body></html>')
    return build(
        [],
        [('From', addr(ME_NAME_JA, ME_C)), ('To', addr(FORM_NAME, FORM)),
         ('Subject', f'RE: [CASE {C1}] {SUBJ_CERT}'),
         ('Thread-Topic', f'[CASE {C1}] {SUBJ_CERT}'),
         ('Thread-Index', 'AQHaGp3k' + b64id(k, 20)),
         ('Date', format_datetime(dt.astimezone(UTC))), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c1_close']), ('References', f"{MID['c1_info']} {MID['c1_close']}"),
         ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
        alt(plain, body, f'_000_{outlook_mid(k)[1:30]}_'), crlf=True)


K = 'c1_update'
C1_UPDATE = """Hello Daisuke,

Thanks for the details, your case is open again.

I have passed the correction to our certification records team, who are the only ones able to edit a candidate profile. They usually finish within three to five business days, and I will write to you again as soon as the new spelling shows on your account.

Regards,
Tomas R.
AWS Training and Certification
"""


@msg(K, d(2023, 11, 21, 5, 12), 'case_update', False, C1, [],
     'Reopened and handed to another team; "I will write to you again" promises news but asks nothing.',
     ses_mid(K))
def _(k, dt):
    plain = C1_UPDATE + '\n\n' + f'On Mon, Nov 20, 2023 at 01:14 AM, {ME_NAME_EN} <{ME_C}> wrote:\n' + q(C1_USER) + '\n'
    return build(
        ses_trace(k, dt, ME_C),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_C),
         ('Subject', f'RE:[CASE {C1}] {SUBJ_CERT}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c1_user']), ('References', f"{MID['c1_close']} {MID['c1_user']}")],
        text(plain, 'plain', 'utf-8', 'quoted-printable'), tail=M365_TAIL)


K = 'c1_resolved'
C1_RES = """Hello Daisuke,

Good news: the family name on your AWS Certification Account now reads MORIOKA.

Certificates generated from today carry the corrected name, so you may want to download fresh copies from the Certifications page. Credly will pick up the change on your badges within 48 hours.

If something still looks wrong, just reply and we'll take another look.

Regards,
Tomas R.
AWS Training and Certification
"""


@msg(K, d(2023, 11, 24, 16, 40), 'resolved', False, C1, [],
     'Record fixed; conditional invitation to reply; the full thread underneath still contains the old "We need two things from you" request and the candidate ID (quoted).',
     ses_mid(K))
def _(k, dt):
    plain = (C1_RES + '\n\nOn Tue, Nov 21, 2023 at 05:12 AM, AWS Training and Certification wrote:\n' + q(C1_UPDATE)
             + '\n>\n> On Mon, Nov 20, 2023 at 01:14 AM, ' + ME_NAME_EN + ' wrote:\n' + q(q(C1_USER))
             + '\n>>\n>> On Fri, Nov 10, 2023 at 06:05 PM, AWS Training and Certification wrote:\n' + q(q(q(C1_INFO))) + '\n')
    body = ('<html><body>' + h2(C1_RES) + '<br><div class="gmail_quote">On Tue, Nov 21, 2023 at 05:12 AM, AWS Training and Certification wrote:'
            '<blockquote style="border-left:1px solid #ccc;padding-left:8px">' + h2(C1_UPDATE)
            + '<blockquote style="border-left:1px solid #ccc;padding-left:8px">' + h2(C1_USER)
            + '<blockquote style="border-left:1px solid #ccc;padding-left:8px">' + h2(C1_INFO) + '</blockquote></blockquote></blockquote></div></body></html>')
    return build(
        ses_trace(k, dt, ME_C),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_C),
         ('Subject', f'RE:[CASE {C1}] {SUBJ_CERT}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', f"{MID['c1_user']} {MID['c1_update']}")],
        alt(plain, body, '----=_Part_401233_77120.1700844000120'), tail=M365_TAIL)


K = 'c1_survey'


@msg(K, d(2023, 11, 26, 3, 0), 'survey', False, C1, [],
     'Satisfaction survey with a 1-5 rating row; names the case number; "let us know" aimed at the survey, not the case.',
     gen_mid(K, 'amazon.com'))
def _(k, dt):
    body = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>You recently worked with AWS Training and Certification Customer Support on case <b>{C1}</b>.
We'd like to know how it went. It takes less than a minute.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws.training/s/tc-cs?case={C1}&amp;r=1">1</a></td>
<td><a href="https://survey.aws.training/s/tc-cs?case={C1}&amp;r=2">2</a></td>
<td><a href="https://survey.aws.training/s/tc-cs?case={C1}&amp;r=3">3</a></td>
<td><a href="https://survey.aws.training/s/tc-cs?case={C1}&amp;r=4">4</a></td>
<td><a href="https://survey.aws.training/s/tc-cs?case={C1}&amp;r=5">5</a></td></tr>
<tr><td colspan="3">Very dissatisfied</td><td colspan="2" align="right">Very satisfied</td></tr></table>
<p>Let us know what we could do better; every comment is read by the team.</p>
<p style="font-size:11px;color:#687078">{AWS_FOOTER}</p></body></html>"""
    return build(
        ses_trace(k, dt, ME_C),
        [('From', 'AWS Training and Certification <aws-training-feedback@amazon.com>'), ('To', ME_C),
         ('Subject', f'How did we do? Your support case {C1}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(body, 'html', 'utf-8', 'base64'), tail=M365_TAIL)


K = 'billing'


@msg(K, d(2023, 12, 3, 8, 10), 'unrelated', False, None, [],
     'AWS billing statement from no-reply-aws@amazon.com; 12-digit account ID in the subject; not a T&C case.',
     ses_mid(K, 'us-east-1'))
def _(k, dt):
    plain = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 907612, is available on the AWS web site. Your account will be charged the following:

Total: $184.27

You can see a complete breakdown of all charges on the Bills page of the AWS Billing console:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    return build(
        m365_trace(k, dt, 'a8-30.smtp-out.amazonses.com', '54.240.8.30', 'amazonses.com', 'amazon.com', 'amazon.com'),
        [('From', f'Amazon Web Services <{NOREPLY}>'), ('To', ME_C),
         ('Subject', 'Amazon Web Services Billing Statement Available [Account: 538214907612]'),
         ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(plain, 'plain', 'us-ascii', '7bit'), tail=M365_TAIL)


# ============================================================================ 2025
K = 'billing_case'
BC = '173856418000342'


@msg(K, d(2025, 2, 3, 7, 31), 'unrelated', False, None, [],
     'AWS Support Center billing case (15-digit ID, same sender and footer as a console T&C case) asking a question: another program, so no reply is owed to T&C.',
     ses_mid(K, 'us-east-1'))
def _(k, dt):
    plain = f"""Hello,

Thank you for contacting AWS Billing and Accounts about the NAT Gateway charges on account 538214907612 in ap-northeast-1.

The charges come from three NAT gateways in vpc-0a8e4f21c9d3b7e60 that processed about 1.9 TB during January. Could you confirm whether these gateways are still in use? If they are no longer needed, deleting them will stop further hourly charges; we can then review the January amount with you.

To see the files and correspondence for this case, please follow the link below:
https://console.aws.amazon.com/support/home#/case/?displayId={BC}&language=en

Best regards,
Haruto I.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.

* Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

{AWS_FOOTER}
"""
    return build(
        m365_trace(k, dt, 'a8-52.smtp-out.amazonses.com', '54.240.8.52', 'amazonses.com', 'amazon.com', 'amazon.com'),
        [('From', f'Amazon Web Services <{NOREPLY}>'), ('To', ME_C),
         ('Subject', f'RE:[CASE {BC}] Unexpected NAT Gateway charges in ap-northeast-1 [AWS ID 538214907612]'),
         ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(plain, 'plain', 'utf-8', 'quoted-printable'), tail=M365_TAIL)


K = 'ms_cert'


@msg(K, d(2025, 2, 20, 15, 0), 'unrelated', False, None, [],
     'Another vendor\'s certification renewal, with "renew now" urgency and certification vocabulary.',
     gen_mid(K, 'email.microsoft.com'))
def _(k, dt):
    plain = """Hi Daisuke,

Your Microsoft Certified: Azure Administrator Associate certification expires on May 14, 2025.

The renewal assessment is free, online and unproctored, and you can take it any time in the six months before the expiry date. Renew now to keep your certification active for another year:
https://learn.microsoft.com/credentials/certifications/renew

Microsoft Learn
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    body = '<html><body style="font-family:Segoe UI,Arial">' + h2(plain) + '</body></html>'
    return build(
        gmail_trace(k, dt, 'mail-a.email.microsoft.com', '13.111.4.17', 'bounce@email.microsoft.com', 'email.microsoft.com',
                    dkim=('pass', 'email.microsoft.com', 'spop1024'), policy='p=REJECT sp=REJECT dis=NONE'),
        [('From', 'Microsoft Learn <microsoftlearn@email.microsoft.com>'), ('To', ME_P),
         ('Subject', 'Action needed: renew your Microsoft Certification'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '----=_NextPart_8a1f_2b3c_4d5e'))


K = 'cert_expiry_ja'


@msg(K, d(2025, 3, 5, 0, 30), 'certification', False, None, [OLD_ID],
     'Japanese HTML-only, base64 UTF-8 expiry reminder; "再認定してください" reads like a request but is program mail.',
     gen_mid(K, 'certmetrics.com'))
def _(k, dt):
    body = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>森岡 大輔 様</p>
<p>お持ちの AWS 認定の有効期限が近づいています。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>認定</th><td>AWS Certified Developer - Associate</td></tr>
<tr><th>有効期限</th><td>2025年5月20日</td></tr>
<tr><th>候補ID</th><td>{OLD_ID}</td></tr></table>
<p>認定を維持するには、有効期限までに最新バージョンの試験に合格して再認定してください。再認定の方法は AWS 認定アカウントの「認定」ページでご確認いただけます。</p>
<p>認定保有者の特典として、次回の試験で利用できる 50% 割引もご用意しています。</p>
<p>AWS 認定</p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから送信されています。</p></body></html>"""
    return build(
        m365_trace(k, dt, 'mta-172.certmetrics.com', '198.2.180.172', 'bounce.certmetrics.com', 'certmetrics.com', 'certmetrics.com'),
        [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_C),
         ('Subject', enc('AWS 認定の有効期限が近づいています')), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(body, 'html', 'utf-8', 'base64'), tail=M365_TAIL)


K = 'newsletter'


@msg(K, d(2025, 3, 18, 22, 0), 'unrelated', False, None, [],
     'ISO-2022-JP newsletter whose headline is about merging AWS certification accounts and filing a support case.',
     gen_mid(K, 'cloud-shuho.jp'))
def _(k, dt):
    plain = """クラウド週報 第412号 (2025年3月19日)

今週のピックアップ
■ 転職前にやっておきたい AWS 認定アカウントの統合
  会社のメールアドレスで作った認定アカウントを個人アカウントへまとめる手順を、
  サポートケースの起票から統合完了のメールまで追いかけました。
  https://cloud-shuho.jp/articles/2025/0319-cert-merge

■ Amazon Bedrock の新しいモデルが東京リージョンで利用可能に
■ JAWS-UG 各支部の春のイベントまとめ

配信停止はこちら: https://cloud-shuho.jp/unsubscribe?u=8f3a2c
発行: クラウド週報編集部
"""
    return build(
        gmail_trace(k, dt, 'mail.cloud-shuho.jp', '203.0.113.45', 'bounce@cloud-shuho.jp', 'cloud-shuho.jp',
                    dkim=('pass', 'cloud-shuho.jp', 'default'), dmarc='pass', policy='p=NONE sp=NONE dis=NONE'),
        [('From', addr('クラウド週報', 'news@cloud-shuho.jp', 'iso-2022-jp')), ('To', ME_P),
         ('Subject', enc('クラウド週報 第412号 転職前に AWS 認定アカウントを統合する', 'iso-2022-jp')),
         ('Date', format_datetime(dt.astimezone(JST))), ('Message-ID', MID[k]),
         ('List-Unsubscribe', '<https://cloud-shuho.jp/unsubscribe?u=8f3a2c>')],
        text(plain, 'plain', 'ISO-2022-JP', '7bit'))


K = 'cert_recert'


@msg(K, d(2025, 3, 27, 5, 44), 'certification', False, None, [OLD_ID],
     'CertMetrics recertification notice mentioning a new 50% benefit; program mail, no case.',
     gen_mid(K, 'certmetrics.com'))
def _(k, dt):
    plain = f"""Hello Daisuke,

Well done: you have recertified your AWS Certified Developer - Associate certification. It is now valid until 27 March 2028.

Candidate ID: {OLD_ID}

As a thank-you, a 50% discount on your next AWS Certification exam has been added to the Benefits page of your AWS Certification Account. Your updated Credly badge is on its way.

AWS Certification
"""
    body = '<html><body style="font-family:Arial">' + h2(plain) + '</body></html>'
    return build(
        m365_trace(k, dt, 'mta-171.certmetrics.com', '198.2.180.171', 'bounce.certmetrics.com', 'certmetrics.com', 'certmetrics.com'),
        [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_C),
         ('Subject', 'You have recertified your AWS Certification'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '----=_Part_99120_3318.1743054240000'), tail=M365_TAIL)


K = 'badge_recert'


@msg(K, d(2025, 3, 27, 6, 2), 'badge', False, None, [],
     'Credly multipart mail for the renewed badge; plain part is minimal.',
     gen_mid(K, 'credly.com'))
def _(k, dt):
    plain = """Congratulations, Daisuke!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/91d2e7c4-3a5b-4f18-8e0c-6b7a2d1f9c33

Credly
"""
    body = '<html><body><table width="560"><tr><td>' + h2(plain) + '</td></tr></table></body></html>'
    return build(
        m365_trace(k, dt, 'o2.email.credly.com', '167.89.101.45', 'em1234.credly.com', 'credly.com', 'credly.com'),
        [('From', 'Credly <admin@credly.com>'), ('To', ME_C),
         ('Subject', 'Congratulations, Daisuke! You earned a new badge'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '--==_mimepart_67e4e9b1c0a2d_3f1b2c8a410'), tail=M365_TAIL)


K = 'summit'


@msg(K, d(2025, 4, 1, 1, 0), 'unrelated', False, None, [],
     'AWS marketing in Japanese and English with "ご登録ください" calls to action.',
     ses_mid(K, 'us-east-1'))
def _(k, dt):
    plain = """AWS Summit Japan 2025 登録受付中

6月25日(水)、26日(木) 幕張メッセにて開催。150 を超えるセッションと Expo をお楽しみください。
参加は無料です。今すぐご登録ください。
https://aws.amazon.com/jp/summits/japan/

Registration for AWS Summit Japan 2025 is now open. Join us on June 25-26 at Makuhari Messe.

このメールの配信停止: https://pages.awscloud.com/unsubscribe
アマゾン ウェブ サービス ジャパン合同会社
"""
    body = '<html><body><div style="max-width:600px;font-family:Arial">' + h2(plain) + '<p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 18px">今すぐ登録</a></p></div></body></html>'
    return build(
        gmail_trace(k, dt, 'a48-96.smtp-out.amazonses.com', '54.240.48.96', 'bounce@marketing.awscloud.com', 'amazon.com',
                    dkim=('pass', 'amazon.com', 'mkto')),
        [('From', 'Amazon Web Services <aws-marketing-email-replies@amazon.com>'), ('To', ME_P),
         ('Subject', enc('AWS Summit Japan 2025 登録受付中 | Registration is open')), ('Date', utc(dt)),
         ('Message-ID', MID[k]), ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>')],
        alt(plain, body, '----=_Part_5561_18237.1743469200000', hcte='base64'))


K = 'farewell_party'


@msg(K, d(2025, 4, 14, 10, 20, tz=JST), 'unrelated', False, None, [],
     'Colleague (ISO-2022-JP, internal) asks for attendance by reply: a real request, but not from support.',
     outlook_mid(K))
def _(k, dt):
    plain = """クラウドインテグレーション部の皆さま

お疲れさまです。北村です。

森岡さんが4月30日をもって退職されることになりました。
つきましては、下記のとおり送別会を開催します。

日時: 4月25日(金) 19:00から
場所: 新橋 和食処 つばき
会費: 5,000円

お手数ですが、出欠を4月18日(金)までにこのメールへの返信でお知らせください。

北村
"""
    return build(
        [('Received', f'from TYCPR01MB8873.jpnprd01.prod.outlook.com ([fe80::4c1:2a3b:77e0:91f2]) by\n TYCPR01MB8873.jpnprd01.prod.outlook.com with mapi id 15.20.8632.030; {utc(dt)}')],
        [('From', addr('北村 美咲', 'kitamura@tsubaki-itsol.co.jp', 'iso-2022-jp')),
         ('To', 'cloud-integration@tsubaki-itsol.co.jp'),
         ('Cc', ME_C),
         ('Subject', enc('【ご案内】森岡さん送別会(4/25)', 'iso-2022-jp')),
         ('Date', format_datetime(dt)), ('Message-ID', MID[k]), ('Content-Language', 'ja-JP')],
        text(plain, 'plain', 'iso-2022-jp', '7bit'),
        tail=[('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB8873.jpnprd01.prod.outlook.com')])


K = 'builder_code'


@msg(K, d(2025, 4, 20, 13, 37), 'unrelated', False, None, [],
     'Builder ID one-time code (6 digits) from signin.aws: AWS identity mail, not a case.',
     ses_mid(K, 'us-east-1'))
def _(k, dt):
    plain = """Verify your AWS Builder ID email address

Hello,

Use the code below to finish creating your AWS Builder ID.

Verification code: 582914

The code expires 30 minutes after it was sent. If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
    body = '<html><body style="font-family:Amazon Ember,Arial">' + h2(plain).replace('582914', '<span style="font-size:28px;font-weight:bold">582914</span>') + '</body></html>'
    return build(
        gmail_trace(k, dt, 'a8-81.smtp-out.amazonses.com', '54.240.8.81', '01000196531a8e40@amazonses.com', 'signin.aws',
                    dkim=('pass', 'signin.aws', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')),
        [('From', 'AWS <no-reply@signin.aws>'), ('To', ME_P),
         ('Subject', 'Verify your AWS Builder ID email address'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '----=_Part_1187260_20817.1745156220000'))


K = 'c2_ack'
C2_ACK = f"""Hello Daisuke Morioka,

We've received your message and opened case {C2} for it.

An agent will usually reply within 24 hours; requests that need research can take a little longer. To keep everything in one place, reply to this email if you have more to tell us. Sending the form again for the same request creates a separate case and can slow things down.

The details you submitted:

Contact type: AWS Training and Certification
Issue type: Certification
Additional details: Account Merge
AWS Candidate ID: {NEW_ID}
Subject: account-assistance
Description:
Use case: I am leaving my employer at the end of April and would like to combine my certification accounts into my personal one.
Email addresses I have used: {ME_C}, {ME_P}
Email address to keep: {ME_P}
Candidate ID of the old account: {OLD_ID}

Thank you,
AWS Training and Certification Customer Support
"""


@msg(K, d(2025, 4, 21, 1, 48, 55), 'acknowledgement', False, C2, [NEW_ID, OLD_ID],
     '15-digit case. Echo of the submitted form is the message\'s own text (not > quoted), so its two candidate IDs count. "reply to this email if you have more to tell us" is conditional.',
     ses_mid(K))
def _(k, dt):
    body = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
            + h2(C2_ACK.split('The details you submitted:')[0])
            + '<p><b>The details you submitted:</b></p><table border="0" cellpadding="3">'
            + ''.join(f'<tr><td><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>' for a, b in [
                ('Contact type', 'AWS Training and Certification'), ('Issue type', 'Certification'),
                ('Additional details', 'Account Merge'), ('AWS Candidate ID', NEW_ID), ('Subject', 'account-assistance')])
            + '</table><p><b>Description:</b><br>Use case: I am leaving my employer at the end of April and would like to combine my certification accounts into my personal one.<br>'
            f'Email addresses I have used: {ME_C}, {ME_P}<br>Email address to keep: {ME_P}<br>Candidate ID of the old account: {OLD_ID}</p>'
            '<p>Thank you,<br>AWS Training and Certification Customer Support</p></body></html>')
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'[CASE {C2}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(C2_ACK, body, '----=_Part_4410921_1928371.1745200135000'), tail=SES_TAIL(k, dt))


K = 'c3_ack'
C3_ACK_JA = f"""森岡 大輔 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース番号 {C3} にてお問い合わせを承りました。

担当者より通常 24 時間以内にご連絡いたします。内容によっては、調査のためにお時間を頂戴する場合がございます。

同じご依頼ですでにケースをお持ちの場合は、新しいケースの作成はお控えください。対応が重複し、かえってお時間を要することがございます。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文: 退職に伴い、会社のメールアドレス({ME_C})の認定アカウントを、個人アカウント({ME_P})へ統合したいです。

AWS トレーニングと認定 カスタマーサポート
"""


@msg(K, d(2025, 4, 21, 2, 36, 10), 'acknowledgement', False, C3, [],
     'Japanese ISO-2022-JP acknowledgement of a second (duplicate) form sent from the company address 47 minutes after the first; "お控えください" is a warning, not a request.',
     ses_mid(K))
def _(k, dt):
    return build(
        ses_trace(k, dt, ME_C),
        [('From', addr('AWS トレーニングと認定', FORM, 'iso-2022-jp')), ('To', ME_C),
         ('Subject', f'[CASE {C3}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(C3_ACK_JA, 'plain', 'ISO-2022-JP', '7bit'), tail=M365_TAIL)


K = 'c3_fwd'
C3_FWD_NOTE = f"""自分用メモ

フォームを2回送ってしまった。こちら({C3})は会社アドレスから送った分。
本命は個人アドレスで受けた {C2} のほう。
重複の件でサポートから連絡が来たら、こっちは閉じてもらえばよい。
"""


@msg(K, d(2025, 4, 21, 11, 52, tz=JST), 'user_reply', False, C3, [],
     'Owner forwards the Japanese acknowledgement from Outlook to his own Gmail with a note; note names both case numbers; label uses the forwarded thread (C3).',
     outlook_mid(K))
def _(k, dt):
    fwd = (f"________________________________\n差出人: AWS トレーニングと認定 <{FORM}>\n送信日時: 2025年4月21日 11:36\n"
           f"宛先: {ME_C}\n件名: [CASE {C3}] {SUBJ_ACC}\n\n" + C3_ACK_JA)
    plain = C3_FWD_NOTE + '\n' + fwd
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>'
            '<div style="font-family:Yu Gothic,sans-serif">' + h2(C3_FWD_NOTE) + '</div><hr>'
            '<div id="divRplyFwdMsg"><b>差出人:</b> AWS トレーニングと認定 &lt;' + FORM + '&gt;<br><b>送信日時:</b> 2025年4月21日 11:36<br>'
            f'<b>宛先:</b> {ME_C}<br><b>件名:</b> [CASE {C3}] {html.escape(SUBJ_ACC)}</div><div>' + h2(C3_ACK_JA) + '</div></body></html>')
    return build(
        [],
        [('From', addr(ME_NAME_JA, ME_C, 'iso-2022-jp')), ('To', ME_P),
         ('Subject', f'FW: [CASE {C3}] {SUBJ_ACC}'),
         ('Thread-Topic', f'[CASE {C3}] {SUBJ_ACC}'), ('Thread-Index', 'AQHbsmX1' + b64id(k, 20)),
         ('Date', format_datetime(dt)), ('Message-ID', MID[k]),
         ('References', MID['c3_ack']), ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')],
        alt(plain, body, f'_000_{outlook_mid(k)[1:30]}_', cs='iso-2022-jp', cte='7bit'), crlf=True)


K = 'c3_confirm'
C3_CONF = f"""森岡様

AWS トレーニングと認定カスタマーサポートでございます。

アカウント統合のご依頼につき、以下の 2 つの認定アカウントを確認いたしました。

アカウント 1
ログインメール: {ME_P}
トレーニング通知メール: {ME_P}
認定通知メール: {ME_P}
候補ID: {NEW_ID}

アカウント 2
ログインメール: {ME_C}
トレーニング通知メール: {ME_C}
認定通知メール: {ME_C}
候補ID: {OLD_ID}

統合後は、アカウント 2 の試験履歴、認定、特典がアカウント 1 に移り、アカウント 2 ではサインインできなくなります。

上記のアカウントがいずれもご本人様のものであること、ならびに統合先をアカウント 1 とすることについて、ご確認のうえご返信いただけますと幸いです。

AWS トレーニングと認定 カスタマーサポート
"""


@msg(K, d(2025, 4, 21, 9, 40), 'confirmation_request', True, C3, [NEW_ID, OLD_ID],
     'Japanese confirmation request on the duplicate case (UTF-8 base64, multipart). The listing uses アカウント 1/2 instead of Account #1/#2; the ask is a polite 〜いただけますと幸いです.',
     ses_mid(K))
def _(k, dt):
    body = '<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">' + h2(C3_CONF) + '</body></html>'
    return build(
        ses_trace(k, dt, ME_C),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_C),
         ('Subject', f'RE:[CASE {C3}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', MID['c3_ack'])],
        alt(C3_CONF, body, '----=_Part_4419003_55102.1745228400000', cte='base64'), tail=M365_TAIL)


K = 'gh_personal'


@msg(K, d(2025, 4, 21, 12, 40), 'unrelated', False, None, [],
     'GitHub "merged" notification to the personal address on the same day as the case opened.',
     '<morioka-dsk/dotfiles/pull/37/issue_event/17311920488@github.com>')
def _(k, dt):
    plain = """Merged #37 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/morioka-dsk/dotfiles/pull/37#event-17311920488
You are receiving this because you authored the thread.
"""
    return build(
        gmail_trace(k, dt, 'out-25.smtp.github.com', '192.30.252.208', 'noreply@github.com', 'github.com',
                    dkim=('pass', 'github.com', 'pf2023'), policy='p=REJECT sp=REJECT dis=NONE'),
        [('From', 'dependabot[bot] <notifications@github.com>'),
         ('Reply-To', 'morioka-dsk/dotfiles <reply+AAQ2Z7P@reply.github.com>'),
         ('To', 'morioka-dsk/dotfiles <dotfiles@noreply.github.com>'),
         ('Cc', f'Daisuke Morioka <{ME_P}>, Author <author@noreply.github.com>'),
         ('Subject', 'Re: [morioka-dsk/dotfiles] Bump actions/checkout from 4.1.7 to 4.2.2 (PR #37)'),
         ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', '<morioka-dsk/dotfiles/pull/37@github.com>'), ('References', '<morioka-dsk/dotfiles/pull/37@github.com>')],
        text(plain, 'plain', 'UTF-8', '7bit'))


K = 'c3_dup'
C3_DUP = f"""Hello Daisuke,

While reviewing this request we noticed that you sent us the same account merge a few minutes earlier from {ME_P}, under case {C2}.

So that only one team works on it, we have closed this case ({C3}) and will handle everything in {C2}. You may also have received a message on this case asking you to confirm the merge; there is no need to answer it here. Please watch for our reply on the other case instead.

Regards,
Aiko N.
AWS Training and Certification
"""


@msg(K, d(2025, 4, 22, 0, 15), 'case_update', False, C3, [],
     'Duplicate closed and linked to C2; mentions both case numbers (label C3 from subject); "Please watch for our reply" and "no need to answer it" cancel the earlier confirmation request.',
     ses_mid(K))
def _(k, dt):
    return build(
        ses_trace(k, dt, ME_C),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_C),
         ('Subject', f'RE: [CASE {C3}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', f"{MID['c3_ack']} {MID['c3_confirm']}")],
        alt(C3_DUP, '<html><body>' + h2(C3_DUP) + '</body></html>', '----=_Part_4430172_66201.1745280900000'),
        tail=M365_TAIL)


K = 'c2_hold_q'
C2_HOLD_Q = f"""Hello Daisuke,

Thank you for the details in your request.

I've found both certification accounts. The one registered to {ME_C} ({OLD_ID}) is linked to an AWS Partner Network organization, Tsubaki IT Solutions Co., Ltd. Certifications on a partner-linked account count towards that organization's partner tier, which means we can't move them out while the link is active and you are still employed there.

For that reason I have placed your case on hold. As soon as the partner link is removed, or you have left the company, we can continue with the merge.

One thing would help us plan the next step: what is your last working day at Tsubaki IT Solutions? If you are still with them, we will first need to contact the organization's partner administrator.

Best regards,
Marcus T.
AWS Training and Certification Customer Support
"""


@msg(K, d(2025, 4, 22, 3, 20), 'on_hold', True, C2, [OLD_ID],
     'APN-partner hold with a question buried in the fourth paragraph, introduced by "One thing would help us plan"; no "please".',
     ses_mid(K))
def _(k, dt):
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'RE:[CASE {C2}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', MID['c2_ack'])],
        text(C2_HOLD_Q, 'plain', 'utf-8', 'quoted-printable'), tail=SES_TAIL(k, dt))


K = 'phish1'


@msg(K, d(2025, 4, 22, 11, 2), 'suspicious', False, None, ['AWS70214468'],
     'Lookalike domain aws-certsupport.com whose own SPF/DKIM/DMARC pass; urgent "verify ownership before your account merge" with a credential link; shows a made-up candidate ID.',
     gen_mid(K, 'aws-certsupport.com'))
def _(k, dt):
    body = """<html><body style="font-family:Arial;font-size:14px">
<div style="background:#232f3e;color:#fff;padding:14px;font-size:18px">aws training &amp; certification</div>
<p>Dear Candidate,</p>
<p>We received a request to merge the AWS Certification accounts registered to you (Candidate: AWS70214468).
Before any certification data can be moved, our security team must verify the account owner.</p>
<p><b>Verify within 24 hours</b>, or the merge request will be cancelled and your certifications may be permanently lost.</p>
<p><a href="http://aws-certsupport.com/verify/session?id=8fa13c" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Verify my account</a></p>
<p>AWS Training &amp; Certification Security Team</p>
<p style="font-size:10px;color:#888">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</body></html>"""
    return build(
        gmail_trace(k, dt, 'mail.aws-certsupport.com', '185.193.88.21', 'bounce@aws-certsupport.com', 'aws-certsupport.com',
                    dkim=('pass', 'aws-certsupport.com', 's1'), policy='p=NONE sp=NONE dis=NONE'),
        [('From', 'AWS Training & Certification <support@aws-certsupport.com>'), ('To', ME_P),
         ('Subject', 'Action required: verify ownership before your account merge'), ('Date', utc(dt)),
         ('Message-ID', MID[k])],
        text(body, 'html', 'utf-8', 'quoted-printable'))


K = 'c2_user_company'
C2_USER_CO = """Hi Marcus,

My last working day at Tsubaki IT Solutions is 30 April 2025. I have already told my manager and our partner alliance team that my certification account will be moved to my personal address.

After that date this mailbox will be closed.

Regards,
Daisuke Morioka
"""


@msg(K, d(2025, 4, 23, 9, 31, tz=JST), 'user_reply', False, C2, [],
     'Owner answers from the wrong (company) address in a freshly composed Outlook mail: subject copied, no In-Reply-To/References, no quote.',
     outlook_mid(K))
def _(k, dt):
    return build(
        [],
        [('From', addr(ME_NAME_JA, ME_C)), ('To', FORM),
         ('Subject', f'RE: [CASE {C2}] {SUBJ_ACC}'), ('Thread-Topic', f'RE: [CASE {C2}] {SUBJ_ACC}'),
         ('Thread-Index', 'AdO0Dk2' + b64id(k, 20)), ('Date', format_datetime(dt)), ('Message-ID', MID[k]),
         ('Content-Language', 'en-US')],
        alt(C2_USER_CO, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + h2(C2_USER_CO) + '</div></body></html>',
            f'_000_{outlook_mid(k)[1:30]}_', cs='us-ascii', cte='7bit', hcte='quoted-printable'), crlf=True)


K = 'c2_info_addr'
C2_INFO_ADDR = f"""Hello Daisuke,

Thanks for letting us know your last day.

This reply reached us from {ME_C}, which belongs to the account that will be merged away. To protect the owner of the account being kept, we can only act on instructions that come from the address registered on that account.

Please send the same information again from {ME_P}, ideally by replying to my previous message in that mailbox, so that we can continue.

Best regards,
Marcus T.
AWS Training and Certification Customer Support
"""


@msg(K, d(2025, 4, 23, 4, 5), 'info_request', True, C2, [],
     'Wrong-address reply: support asks the owner to write again from the personal address; sent to the company address.',
     ses_mid(K))
def _(k, dt):
    plain = C2_INFO_ADDR + '\n\n-----Original Message-----\nFrom: ' + ME_C + '\nSent: Wednesday, April 23, 2025 12:31 AM\nSubject: RE: [CASE ' + C2 + '] ' + SUBJ_ACC + '\n\n' + C2_USER_CO
    return build(
        ses_trace(k, dt, ME_C),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_C),
         ('Subject', f'RE:[CASE {C2}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c2_user_company']), ('References', MID['c2_user_company'])],
        text(plain, 'plain', 'utf-8', 'quoted-printable'), tail=M365_TAIL)


K = 'c2_user_gmail'
C2_USER_GM = """Hi Marcus,

Resending from my personal address as you asked.

My last working day at Tsubaki IT Solutions is 30 April 2025, and I have let the partner alliance team there know. The company address will stop working after that date.

Thanks,
Daisuke
"""


@msg(K, d(2025, 4, 23, 13, 40, tz=JST), 'user_reply', False, C2, [],
     'Gmail reply with Japanese Gmail attribution line (2025年4月22日(火) 12:20 ...:) over the quoted hold message and its question.',
     gmail_mid(K))
def _(k, dt):
    attr = f'2025年4月22日(火) 12:20 AWS Training and Certification <{FORM}>:'
    plain = C2_USER_GM + '\n' + attr + '\n\n' + q(C2_HOLD_Q) + '\n'
    body = ('<div dir="ltr">' + h2(C2_USER_GM) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + h2(C2_HOLD_Q) + '</blockquote></div>')
    return build(
        [],
        [('From', addr(ME_NAME_EN, ME_P)), ('Date', format_datetime(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c2_hold_q']), ('References', f"{MID['c2_ack']} {MID['c2_hold_q']}"),
         ('Subject', f'Re: RE:[CASE {C2}] {SUBJ_ACC}'), ('To', addr(FORM_NAME, FORM))],
        alt(plain, body, '000000000000' + hx(k, 16)))


K = 'c2_ack_reply'


@msg(K, d(2025, 4, 23, 4, 41, 12), 'acknowledgement', False, C2, [],
     'Automated "we added your message to the case" notice; short; "You don\'t need to send it again".',
     ses_mid(K))
def _(k, dt):
    plain = f"""This is an automated message.

We've added your latest message to case {C2}. An agent will review it and reply here. You don't need to send it again.

AWS Training and Certification Customer Support
"""
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'RE:[CASE {C2}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c2_user_gmail']), ('References', f"{MID['c2_hold_q']} {MID['c2_user_gmail']}"),
         ('Auto-Submitted', 'auto-replied')],
        text(plain, 'plain', 'us-ascii', '7bit'), tail=SES_TAIL(k, dt))


K = 'c2_hold'
C2_HOLD = """Hello Daisuke,

Thank you, that's clear.

I have written to the partner administrator of Tsubaki IT Solutions and asked them to remove the partner link from your certification account before you leave. The case stays on hold until they respond. There is nothing more you need to send us for now; I'll update you as soon as I hear from them.

Best regards,
Marcus T.
AWS Training and Certification Customer Support
"""


@msg(K, d(2025, 4, 24, 2, 10), 'on_hold', False, C2, [],
     'Pure partner hold: the APN partner must act; explicitly nothing for the owner to send.',
     ses_mid(K))
def _(k, dt):
    attr = f'On Wed, Apr 23, 2025 at 4:40 AM {ME_NAME_EN} <{ME_P}> wrote:'
    plain = C2_HOLD + '\n' + attr + '\n' + q(C2_USER_GM) + '\n'
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'RE:[CASE {C2}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c2_user_gmail']), ('References', f"{MID['c2_hold_q']} {MID['c2_user_gmail']}")],
        alt(plain, '<html><body>' + h2(C2_HOLD) + '<blockquote>' + h2(C2_USER_GM) + '</blockquote></body></html>',
            '----=_Part_4461288_81002.1745460600000'), tail=SES_TAIL(k, dt))


K = 'educate'
ED = '174536880200457'


@msg(K, d(2025, 4, 24, 6, 25), 'unrelated', False, None, [],
     'Another AWS customer-service form (aws-cs-educate-form) with the same subject shape and a direct question: other program, so no reply owed to T&C; case left null.',
     ses_mid(K))
def _(k, dt):
    plain = f"""Hello Daisuke,

Thank you for your interest in becoming an AWS Educate mentor for the study group at your vocational school.

Before we can grant educator access, could you tell us the full name of the institution and your role there? Please reply to this email with those details.

Kind regards,
Lena W.
AWS Educate Support
"""
    return build(
        ses_trace(k, dt, ME_P),
        [('From', 'AWS Educate <aws-cs-educate-form@amazon.com>'), ('To', ME_P),
         ('Subject', f'RE:[CASE {ED}] [AWS Educate Form Submission] - educator-access'), ('Date', utc(dt)),
         ('Message-ID', MID[k])],
        text(plain, 'plain', 'utf-8', 'quoted-printable'), tail=SES_TAIL(k, dt))


K = 'yamauchi'


@msg(K, d(2025, 4, 24, 17, 5, tz=JST), 'unrelated', False, None, [],
     'Colleague (partner alliance lead) says he removed the APN link and asks to be told when done: case-related and a request, but not from support.',
     outlook_mid(K))
def _(k, dt):
    plain = """森岡さん

お疲れさまです。山内です。

AWS のサポートから、森岡さんの認定アカウントについてパートナー紐付け解除の依頼が届きました。
Partner Central で紐付けを解除しておきましたので、これで個人アカウントへの統合が進むと思います。

念のため、統合が完了したら一言教えてください。

山内
アライアンス推進室
"""
    return build(
        [('Received', f'from TYCPR01MB7710.jpnprd01.prod.outlook.com ([fe80::a9c2:11e0:5d7b:3e21]) by\n TYCPR01MB7710.jpnprd01.prod.outlook.com with mapi id 15.20.8678.021; {utc(dt)}')],
        [('From', addr('山内 亮', 'yamauchi@tsubaki-itsol.co.jp')), ('To', addr(ME_NAME_JA, ME_C)),
         ('Subject', enc('AWS認定アカウントのパートナー紐付け解除について')), ('Date', format_datetime(dt)),
         ('Message-ID', MID[k]), ('Content-Language', 'ja-JP')],
        alt(plain, '<html><body><div style="font-family:Meiryo">' + h2(plain) + '</div></body></html>',
            f'_000_{outlook_mid(k)[1:30]}_', cte='base64'),
        tail=[('X-MS-Exchange-Organization-AuthAs', 'Internal')])


K = 'c2_unhold'
C2_UNHOLD = """Hello Daisuke,

Tsubaki IT Solutions' partner administrator has removed the partner link from your certification account, so the hold on your case is now lifted.

I am reviewing both accounts and will send you a summary of what will be merged before anything changes.

Best regards,
Marcus T.
AWS Training and Certification Customer Support
"""


@msg(K, d(2025, 4, 25, 1, 30), 'case_update', False, C2, [],
     'Hold lifted; announces a summary to confirm later ("will send you a summary") but asks nothing yet.',
     ses_mid(K))
def _(k, dt):
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'RE:[CASE {C2}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', f"{MID['c2_user_gmail']} {MID['c2_hold']}")],
        text(C2_UNHOLD, 'plain', 'us-ascii', '7bit'), crlf=True, tail=SES_TAIL(k, dt))


K = 'phish2'


@msg(K, d(2025, 4, 25, 6, 48), 'suspicious', False, None, [],
     'Genuine From (the real form address) and case-style subject with a fake case number, but dkim=fail, spf=fail, dmarc=fail; asks for the Builder ID password and a one-time code by reply.',
     '<20250425064811.7F3A21C0042@mx1.mailer-ukr-442.net>')
def _(k, dt):
    plain = """Hello,

To finalize the merge of your AWS Certification accounts we must confirm your identity.

Reply to this email with:
- the password of your AWS Builder ID
- the 6-digit code that will be sent to your phone in the next minutes

Cases that are not verified within 12 hours are closed and the certifications on the old account are forfeited.

AWS Training and Certification Customer Support
"""
    return build(
        gmail_trace(k, dt, 'mx1.mailer-ukr-442.net', '91.204.46.117', 'noreply@mailer-ukr-442.net', 'amazon.com',
                    dkim=('fail', 'amazon.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'), spf='fail', dmarc='fail',
                    policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'),
        [('From', addr(FORM_NAME, FORM)), ('Reply-To', 'tc-verification@cert-merge-desk.com'), ('To', ME_P),
         ('Subject', f'RE:[CASE 174529917700864] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(plain, 'plain', 'utf-8', '8bit'))


K = 'c2_confirm'
ACC_ROWS = [('Account #1', ME_P, ME_P, ME_P, NEW_ID), ('Account #2', ME_C, ME_C, ME_C, OLD_ID)]
C2_CONF_INTRO = """Hello Daisuke,

My name is Sofia and I'm taking over your case from Marcus.

We found the following certification accounts:"""
C2_CONF_ASK = """When we merge, all exam history, certifications and benefits from Account #2 move to Account #1, and Account #2 can no longer be used to sign in.

Can you confirm that both accounts belong to you and that Account #1 is the one you'd like to keep? We'll go ahead as soon as we have your reply.

Best,
Sofia L.
AWS Training and Certification Customer Support"""
C2_CONF_TEXT = (C2_CONF_INTRO + '\n\n' + '\n\n'.join(
    f'{a}\nLogin email: {b}\nTraining notification email: {c}\nCertification notification email: {e}\nCandidate ID: {f}'
    for a, b, c, e, f in ACC_ROWS) + '\n\n' + C2_CONF_ASK + '\n')


@msg(K, d(2025, 4, 25, 7, 15), 'confirmation_request', True, C2, [NEW_ID, OLD_ID],
     'HTML-only (no text part) with the Account #1/#2 table; new agent; ask is a question ("Can you confirm ...?").',
     ses_mid(K))
def _(k, dt):
    rows = ''.join(
        f'<tr><td colspan="2" style="background:#eaeded;font-weight:bold;padding:6px">{a}</td></tr>'
        f'<tr><td style="padding:4px 8px">Login email</td><td>{b}</td></tr>'
        f'<tr><td style="padding:4px 8px">Training notification email</td><td>{c}</td></tr>'
        f'<tr><td style="padding:4px 8px">Certification notification email</td><td>{e}</td></tr>'
        f'<tr><td style="padding:4px 8px">Candidate ID</td><td>{f}</td></tr>' for a, b, c, e, f in ACC_ROWS)
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px">' + h2(C2_CONF_INTRO)
            + '<table style="border:1px solid #aab7b8;border-collapse:collapse" cellspacing="0">' + rows + '</table>'
            + h2(C2_CONF_ASK) + '</body></html>')
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'RE: [CASE {C2}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', f"{MID['c2_hold']} {MID['c2_unhold']}")],
        text(body, 'html', 'utf-8', 'quoted-printable'), tail=SES_TAIL(k, dt))


K = 'shipping'


@msg(K, d(2025, 4, 26, 3, 12), 'unrelated', False, None, [],
     'Amazon.co.jp shipping notice: amazon brand, order number with digits, Japanese.',
     gen_mid(K, 'amazon.co.jp'))
def _(k, dt):
    plain = """森岡 大輔 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文 250-3318472-9021746 の商品を発送しました。

お届け予定: 4月27日(日)
配送業者: ヤマト運輸
お問い合わせ伝票番号: 4821-7730-1195

Amazon.co.jp
"""
    return build(
        gmail_trace(k, dt, 'a27-31.smtp-out.us-west-2.amazonses.com', '54.240.27.31', '0101019672f1a2b3@amazon.co.jp', 'amazon.co.jp',
                    dkim=('pass', 'amazon.co.jp', 'rjs2xqdf5bpedbtwfcr2w3ie2fm7wepk')),
        [('From', addr('Amazon.co.jp', 'shipment-tracking@amazon.co.jp')), ('To', ME_P),
         ('Subject', enc('Amazon.co.jp ご注文の商品を発送しました')), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(plain, 'plain', 'utf-8', 'base64'))


K = 'zendesk'


@msg(K, d(2025, 4, 28, 17, 20), 'unrelated', False, None, [],
     'Other vendor\'s support "request solved, will close in 4 days, reply to reopen": looks exactly like a closing notice.',
     gen_mid(K, 'kumomon.zendesk.com'))
def _(k, dt):
    plain = """##- Please type your reply above this line -##

Your request (48213) has been solved. It will be closed automatically in 4 days if we don't hear from you. To reopen it, simply reply to this email.

Yuki (Kumo Monitoring Support)
Apr 28, 2025, 10:20 PDT

The agent was upgraded to 3.8.2 on your hosts and metrics are reporting again. Marking this as solved.

Daisuke Morioka
Apr 25, 2025, 19:02 PDT

After upgrading to 3.8.1 the agent on two hosts stopped sending metrics.

This email is a service from Kumo Monitoring Support.
[7QKD3R-N2XY8]
"""
    return build(
        gmail_trace(k, dt, 'outbyip11.pod17.use1.zdsys.com', '192.161.151.11', 'support@kumomon.zendesk.com', 'kumomon.zendesk.com',
                    dkim=('pass', 'kumomon.zendesk.com', 'zendesk1'), policy='p=NONE sp=NONE dis=NONE'),
        [('From', 'Kumo Monitoring Support <support@kumomon.zendesk.com>'), ('To', ME_P),
         ('Subject', '[Kumo Monitoring] Re: Agent stopped reporting after upgrade'), ('Date', utc(dt)),
         ('Message-ID', MID[k]), ('X-Mailer', 'Zendesk Mailer')],
        text(plain, 'plain', 'utf-8', 'quoted-printable'))


K = 'c2_close'
C2_CLOSE = """Hello Daisuke,

I'm following up on my message of 25 April about merging your two certification accounts. We haven't had a reply yet, so this case will be closed automatically if we don't hear from you within the next 3 business days.

A reply to this email is all it takes to keep it open. If the details in my previous message are correct, just tell us to go ahead.

Best,
Sofia L.
AWS Training and Certification Customer Support
"""


@msg(K, d(2025, 4, 29, 0, 20), 'closing_notice', True, C2, [],
     'Future closing ("will be closed ... within 3 business days"); the earlier account listing and question are quoted underneath (quoted IDs not counted).',
     ses_mid(K))
def _(k, dt):
    plain = C2_CLOSE + '\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: Fri, 25 Apr 2025 07:15 UTC\n\n' + C2_CONF_TEXT
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'RE:[CASE {C2}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', f"{MID['c2_unhold']} {MID['c2_confirm']}")],
        text(plain, 'plain', 'utf-8', 'quoted-printable'), tail=SES_TAIL(k, dt))


K = 'c2_user_confirm'
C2_USER_CONF = f"""Hi Sofia,

Sorry for the delay. Yes, both accounts are mine, and Account #1 ({NEW_ID}, {ME_P}) is the one to keep. Please merge everything into it.

Thanks,
Daisuke
"""


@msg(K, d(2025, 4, 29, 10, 5, tz=JST), 'user_reply', False, C2, [NEW_ID],
     'The owner\'s confirmation, Gmail "On ... wrote:" quoting with nested > levels holding the request and both IDs.',
     gmail_mid(K))
def _(k, dt):
    attr = f'On Tue, Apr 29, 2025 at 9:20 AM AWS Training and Certification <{FORM}> wrote:'
    quoted = C2_CLOSE + '\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: Fri, 25 Apr 2025 07:15 UTC\n\n' + C2_CONF_TEXT
    plain = C2_USER_CONF + '\n' + attr + '\n\n' + q(quoted) + '\n'
    body = ('<div dir="ltr">' + h2(C2_USER_CONF) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + h2(quoted) + '</blockquote></div>')
    return build(
        [],
        [('From', addr(ME_NAME_EN, ME_P)), ('Date', format_datetime(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c2_close']), ('References', f"{MID['c2_confirm']} {MID['c2_close']}"),
         ('Subject', f'Re: RE:[CASE {C2}] {SUBJ_ACC}'), ('To', addr(FORM_NAME, FORM))],
        alt(plain, body, '000000000000' + hx(k, 16)))


K = 'c2_resolved'
C2_RES = f"""Hello Daisuke,

Thanks for confirming.

Your two certification accounts are now one. Exam history, active certifications and your 50% exam discount benefit from Account #2 have been moved to Account #1 ({ME_P}, {NEW_ID}), and Account #2 has been deactivated.

Please allow up to 72 hours for Credly badges and partner profiles to catch up with the change. No further action is needed on your side, and I have marked this case as resolved.

Best,
Sofia L.
AWS Training and Certification Customer Support
"""


@msg(K, d(2025, 4, 29, 5, 47), 'resolved', False, C2, [NEW_ID],
     'Merge done, top-posted over the whole thread (owner\'s reply, closing notice, Account #1/#2 listing and its question).',
     ses_mid(K))
def _(k, dt):
    quoted = (C2_USER_CONF + '\nOn Tue, Apr 29, 2025 at 9:20 AM AWS Training and Certification wrote:\n\n'
              + q(C2_CLOSE + '\n-----Original Message-----\n\n' + C2_CONF_TEXT))
    plain = C2_RES + '\n\nOn Tue, Apr 29, 2025 at 1:05 AM Daisuke Morioka <' + ME_P + '> wrote:\n' + q(quoted) + '\n'
    body = ('<html><body style="font-family:Arial">' + h2(C2_RES) + '<div>On Tue, Apr 29, 2025 at 1:05 AM Daisuke Morioka wrote:</div>'
            '<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px">' + h2(C2_USER_CONF)
            + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + h2(C2_CLOSE) + h2(C2_CONF_TEXT) + '</blockquote></blockquote></body></html>')
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'RE:[CASE {C2}] {SUBJ_ACC}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c2_user_confirm']), ('References', f"{MID['c2_close']} {MID['c2_user_confirm']}")],
        alt(plain, body, '----=_Part_4512770_92817.1745905620000'), tail=SES_TAIL(k, dt))


K = 'badge_merge'


@msg(K, d(2025, 4, 29, 6, 30), 'badge', False, None, [],
     'Credly mail to the personal address 43 minutes after the merge, listing three badges; base64 HTML.',
     gen_mid(K, 'credly.com'))
def _(k, dt):
    plain = """Hi Daisuke,

You have 3 new badges waiting from Amazon Web Services Training and Certification:

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

Accept your badges to display them on your Credly profile:
https://www.credly.com/users/daisuke-morioka/badges

Credly
"""
    body = '<html><body><table width="560" style="font-family:Helvetica"><tr><td>' + h2(plain) + '</td></tr></table></body></html>'
    return build(
        gmail_trace(k, dt, 'o3.email.credly.com', '167.89.101.46', 'bounces+2291@em1234.credly.com', 'credly.com',
                    dkim=('pass', 'credly.com', 's1'), policy='p=NONE sp=NONE dis=NONE'),
        [('From', 'Credly <admin@credly.com>'), ('To', ME_P),
         ('Subject', 'You have 3 new badges waiting to be accepted'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '--==_mimepart_6810723a9e1f2_51a7c3b4', cte='base64'))


K = 'note_self'
NOTE_SELF = f"""ケース {C2} 統合完了 (4/29)

確認すること
- 試験履歴 (SAA / DVA / CLF)
- 認定ステータス
- 特典: 50% 割引 → 新アカウントに見当たらない? 要確認
- Credly バッジ受け取り
- 山内さんに完了の連絡

候補ID
新 {NEW_ID}
旧 {OLD_ID} (もう使えない)
"""


@msg(K, d(2025, 4, 29, 22, 10, tz=JST), 'user_reply', False, C2, [NEW_ID, OLD_ID],
     'Note-to-self from Gmail to Gmail (base64 UTF-8 Japanese) with the case number and both candidate IDs; written by the owner, so user_reply.',
     gmail_mid(K))
def _(k, dt):
    return build(
        [],
        [('From', addr(ME_NAME_EN, ME_P)), ('Date', format_datetime(dt)), ('Message-ID', MID[k]),
         ('Subject', enc('メモ: AWS認定 統合後チェック')), ('To', addr(ME_NAME_EN, ME_P))],
        alt(NOTE_SELF, '<div dir="ltr">' + h2(NOTE_SELF) + '</div>', '000000000000' + hx(k, 16), cte='base64'))


K = 'c2_survey'


@msg(K, d(2025, 4, 30, 6, 0), 'survey', False, C2, [],
     'Case survey that says "Please do not reply to this email" and asks questions inside the survey.',
     ses_mid(K))
def _(k, dt):
    plain = f"""Hello,

Your case {C2} with AWS Training and Certification Customer Support was recently resolved. Would you take two minutes to tell us how we did?

Start the survey: https://survey.aws.training/s/tc-cs?case={C2}

Questions we ask: Was your issue resolved? How easy was it to get help? What could we improve?

Please do not reply to this email; answers are collected only through the survey link.

{AWS_FOOTER}
"""
    body = '<html><body style="font-family:Arial">' + h2(plain) + '</body></html>'
    return build(
        ses_trace(k, dt, ME_P),
        [('From', 'AWS Training and Certification <aws-training-feedback@amazon.com>'), ('To', ME_P),
         ('Subject', 'Tell us about your recent support experience'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '----=_Part_4530018_1102.1745992800000'), tail=SES_TAIL(k, dt))


K = 'farewell_user'
FAREWELL = f"""各位

お疲れさまです。森岡です。

私事で恐縮ですが、本日4月30日をもちまして退職いたします。
在職中は大変お世話になりました。心より御礼申し上げます。

今後の連絡先は以下のとおりです。
{ME_P}

皆さまのますますのご活躍をお祈りしております。

森岡 大輔
"""


@msg(K, d(2025, 4, 30, 17, 30, tz=JST), 'user_reply', False, None, [],
     'Owner\'s own farewell mail (ISO-2022-JP) from the company address: user_reply with no case.',
     outlook_mid(K))
def _(k, dt):
    return build(
        [],
        [('From', addr(ME_NAME_JA, ME_C, 'iso-2022-jp')), ('To', 'all-staff@tsubaki-itsol.co.jp'),
         ('Subject', enc('退職のご挨拶', 'iso-2022-jp')), ('Date', format_datetime(dt)), ('Message-ID', MID[k]),
         ('Content-Language', 'ja-JP')],
        text(FAREWELL, 'plain', 'ISO-2022-JP', '7bit'), crlf=True)


K = 'ooo'


@msg(K, d(2025, 4, 30, 8, 31), 'unrelated', False, None, [],
     'Colleague out-of-office auto-reply in Japanese and English to the farewell mail.',
     outlook_mid(K))
def _(k, dt):
    plain = """田中は5月6日まで休暇のため不在にしております。
急ぎのご用件は cloud-integration@tsubaki-itsol.co.jp までご連絡ください。

I am out of the office until 6 May with limited access to email.
"""
    return build(
        [('Received', f'from TYCPR01MB6612.jpnprd01.prod.outlook.com ([fe80::19ab:4e2c:90f1:7c3d]) by\n TYCPR01MB6612.jpnprd01.prod.outlook.com with mapi id 15.20.8678.021; {utc(dt)}')],
        [('From', addr('田中 浩', 'h-tanaka@tsubaki-itsol.co.jp')), ('To', addr(ME_NAME_JA, ME_C)),
         ('Subject', enc('自動応答: 退職のご挨拶')), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['farewell_user']), ('References', MID['farewell_user']),
         ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
        text(plain, 'plain', 'utf-8', 'base64'),
        tail=[('X-MS-Exchange-Organization-AuthAs', 'Internal')])


K = 'fwd_tajima'
FWD_NOTE = """田島さん

先日話していた AWS 認定アカウントの統合、こんな流れで終わりました。
APN パートナーの紐付けで一度止まりましたが、山内さんが解除してくれてから数日で完了です。
サポートから確認のメールが来たら、早めに返事したほうがいいです(私は放置して催促されました)。

参考まで。
森岡
"""


@msg(K, d(2025, 5, 1, 21, 0, tz=JST), 'user_reply', False, C2, [],
     'Owner forwards the resolved thread to a former colleague (Gmail "Forwarded message" block); the forwarded part holds the confirmation question and IDs, none in the new text.',
     gmail_mid(K))
def _(k, dt):
    fwd_head = (f'---------- Forwarded message ---------\nFrom: AWS Training and Certification <{FORM}>\n'
                f'Date: 2025年4月29日(火) 14:47\nSubject: RE:[CASE {C2}] {SUBJ_ACC}\nTo: <{ME_P}>\n\n')
    quoted = (C2_USER_CONF + '\nOn Tue, Apr 29, 2025 at 9:20 AM AWS Training and Certification wrote:\n\n' + q(C2_CONF_TEXT))
    fwd_body = C2_RES + '\n\nOn Tue, Apr 29, 2025 at 1:05 AM Daisuke Morioka <' + ME_P + '> wrote:\n' + q(quoted) + '\n'
    plain = FWD_NOTE + '\n' + fwd_head + fwd_body
    body = ('<div dir="ltr">' + h2(FWD_NOTE) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + html.escape(fwd_head).replace('\n', '<br>') + '</div>' + h2(C2_RES)
            + '<blockquote class="gmail_quote">' + h2(C2_USER_CONF) + '<blockquote class="gmail_quote">' + h2(C2_CONF_TEXT)
            + '</blockquote></blockquote></div></div>')
    return build(
        [],
        [('From', addr(ME_NAME_EN, ME_P)), ('Date', format_datetime(dt)), ('Message-ID', MID[k]),
         ('References', MID['c2_resolved']), ('In-Reply-To', MID['c2_resolved']),
         ('Subject', f'Fwd: RE:[CASE {C2}] {SUBJ_ACC}'), ('To', 'Ryo Tajima <tajima.ryo.0412@gmail.com>')],
        alt(plain, body, '000000000000' + hx(k, 16), cte='base64'))


K = 'cert_survey'


@msg(K, d(2025, 5, 2, 2, 15), 'certification', False, None, [],
     'CertMetrics "wants to hear from you" program survey: feedback wording like a case survey but about the certification program.',
     gen_mid(K, 'certmetrics.com'))
def _(k, dt):
    plain = """Hello Daisuke,

AWS Certification is asking certified individuals about their experience with our exams, benefits and digital badges. Your answers help shape the program.

The survey takes about 10 minutes and is open until 16 May 2025:
https://certmetrics.com/amazon/survey/2025-holder

Thank you for being part of the AWS Certified community.
AWS Certification
"""
    return build(
        gmail_trace(k, dt, 'mta-171.certmetrics.com', '198.2.180.171', 'bounce@bounce.certmetrics.com', 'certmetrics.com',
                    dkim=('pass', 'certmetrics.com', 'cm1'), policy='p=NONE sp=NONE dis=NONE'),
        [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_P),
         ('Subject', 'AWS Certification would like your opinion'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, '<html><body>' + h2(plain) + '</body></html>', '----=_Part_31882_7761.1746152100000'))


K = 'phish_credly'


@msg(K, d(2025, 5, 2, 19, 40), 'suspicious', False, None, [],
     'Credly lookalike domain (credly-badges.net) right after a real badge mail: "badges will be revoked" with a sign-in link.',
     gen_mid(K, 'credly-badges.net'))
def _(k, dt):
    body = """<html><body style="font-family:Helvetica">
<p><b>Credly</b></p>
<p>Hi,</p>
<p>Because your AWS Certification account was recently merged, your badges must be re-validated. Badges that are not re-validated within 48 hours will be <b>revoked</b> and removed from your profile.</p>
<p><a href="https://credly-badges.net/signin?next=revalidate">Sign in to re-validate</a></p>
<p style="font-size:11px">Credly, Inc.</p></body></html>"""
    return build(
        gmail_trace(k, dt, 'smtp.credly-badges.net', '45.137.21.90', 'info@credly-badges.net', 'credly-badges.net',
                    dkim=('pass', 'credly-badges.net', 'default'), dmarc='none'),
        [('From', 'Credly <notifications@credly-badges.net>'), ('To', ME_P),
         ('Subject', 'Action needed: your AWS badges will be revoked'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(body, 'html', 'utf-8', 'base64'))


K = 'c4_ack'
C4_SUBJ = 'Exam appointment still on old certification account'


@msg(K, d(2025, 5, 3, 2, 57), 'acknowledgement', False, C4, [],
     'Support Center case created ("New Support case"), console link with displayId, 12-digit AWS account ID, footer saying the address takes no mail.',
     ses_mid(K, 'us-east-1'))
def _(k, dt):
    plain = f"""Hello,

Case {C4} has been created in AWS Support Center on your behalf.

Subject: {C4_SUBJ}
Service: Training and Certification
Category: Exam scheduling
Severity: General guidance
Account: 209384716250

We'll let you know here when there is an update. To view the case or add correspondence, use this link:
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en

Replies sent to this address are not monitored and won't reach the case.

{AWS_FOOTER}
"""
    return build(
        gmail_trace(k, dt, 'a8-56.smtp-out.amazonses.com', '54.240.8.56', '010001969354aa10@amazonses.com', 'amazon.com',
                    dkim=('pass', 'amazon.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')),
        [('From', f'Amazon Web Services <{NOREPLY}>'), ('To', ME_P),
         ('Subject', f'Amazon Web Services: New Support case: {C4}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(plain, 'plain', 'utf-8', 'quoted-printable'))


K = 'c4_info'
C4_INFO = f"""Hello,

I'm Rahul from AWS Training and Certification support.

The SysOps Administrator appointment you mention was booked through your previous certification account, which has since been merged into your current one. Appointments don't move automatically with a merge, so I'll transfer it by hand.

For that I need the Pearson VUE registration number (nine digits, shown in your booking confirmation) together with the exam name and date. Please add these to the case in Support Center; replies to this email cannot be read by our team.

https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en

Best regards,
Rahul K.
Amazon Web Services
"""


@msg(K, d(2025, 5, 4, 9, 12), 'info_request', True, C4, [],
     'Console case: the answer must go through Support Center, not e-mail; the request is "For that I need ..." and numbers like "nine digits" appear.',
     ses_mid(K, 'us-east-1'))
def _(k, dt):
    foot = ("\nWas this response helpful? Rate it in Support Center using the link above.\n\n"
            "* This message was sent from an address that does not accept replies. Use the link above to contact us about this case.\n\n" + AWS_FOOTER + '\n')
    plain = C4_INFO + foot
    body = ('<html><body style="font-family:Arial;font-size:14px">' + h2(C4_INFO)
            + '<p style="font-size:12px;color:#545b64">' + html.escape(foot).replace('\n', '<br>') + '</p></body></html>')
    return build(
        gmail_trace(k, dt, 'a8-57.smtp-out.amazonses.com', '54.240.8.57', '01000196999a1b2c@amazonses.com', 'amazon.com',
                    dkim=('pass', 'amazon.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')),
        [('From', f'Amazon Web Services <{NOREPLY}>'), ('To', ME_P),
         ('Subject', f'RE:[CASE {C4}] {C4_SUBJ}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '----=_Part_771203_3380.1746349920000'))


K = 'c5_ack'
C5_MSG = f'アカウント統合(ケース {C2})の後、旧アカウントにあった 50% 割引の特典が新しいアカウントに表示されません。確認をお願いします。'


@msg(K, d(2025, 5, 6, 2, 33), 'acknowledgement', False, C5, [NEW_ID],
     'Third template of acknowledgement; the echoed Japanese description names the earlier case number (label C5); one candidate ID in the form echo.',
     ses_mid(K))
def _(k, dt):
    plain = f"""Your case number is {C5}.

Hello,

Thank you for reaching out to AWS Training and Certification. This note confirms that your request has arrived; a member of our team will reply within 24 hours in most cases.

Please do not open a new case for the same question. You can add information at any time by replying to this message.

Request summary
Issue type: Certification
Additional details: Benefits / Exam discount
AWS Candidate ID: {NEW_ID}
Description: {C5_MSG}

AWS Training and Certification Customer Support
"""
    body = ('<html><body><p style="font-size:18px"><b>Your case number is ' + C5 + '.</b></p>'
            + h2(plain.split('\n', 2)[2]) + '</body></html>')
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'[CASE {C5}] {SUBJ_CERT}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, body, '----=_Part_4700193_1120.1746498780000'), tail=SES_TAIL(k, dt))


K = 'skillbuilder'


@msg(K, d(2025, 5, 6, 4, 0), 'unrelated', False, None, [],
     'Skill Builder subscription receipt from the training platform address; AWS training brand, order IDs, not a case.',
     gen_mid(K, 'aws.training'))
def _(k, dt):
    plain = """Thank you for your purchase

AWS Skill Builder Individual subscription (monthly)
Order number: SB-2025-0506-77310
Amount: USD 29.00
Next renewal: 6 June 2025

Your subscription gives you access to AWS Builder Labs, AWS Cloud Quest and official practice exams.
Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
    return build(
        gmail_trace(k, dt, 'a8-90.smtp-out.amazonses.com', '54.240.8.90', '0100019699c0ffee@aws.training', 'aws.training',
                    dkim=('pass', 'aws.training', 'sb1'), policy='p=NONE sp=NONE dis=NONE'),
        [('From', 'AWS Skill Builder <no-reply@aws.training>'), ('To', ME_P),
         ('Subject', 'Your AWS Skill Builder receipt'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, '<html><body>' + h2(plain) + '</body></html>', '----=_Part_1290_447.1746504000000'))


K = 'c5_info'
C5_INFO = f"""森岡 大輔 様

AWS トレーニングと認定カスタマーサポートの佐々木でございます。
このたびはご不便をおかけしており、誠に申し訳ございません。

統合後のアカウント(候補ID:{NEW_ID})を確認いたしましたところ、特典ページに 50% 割引が表示されていないことを確認いたしました。統合元のアカウントでの付与状況を調査するため、以下の点についてお知らせいただけますでしょうか。

・特典を取得された認定の名称と、取得の経緯(再認定によるものか、新規取得によるものか)
・統合前に特典ページでご確認いただいた割引コードの末尾 4 桁(お控えがある場合)

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""


@msg(K, d(2025, 5, 7, 1, 10), 'info_request', True, C5, [NEW_ID],
     'Japanese keigo request (〜いただけますでしょうか / 〜のほどよろしくお願いいたします) in Shift_JIS 8bit; candidate ID glued to full-width punctuation.',
     ses_mid(K))
def _(k, dt):
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'RE:[CASE {C5}] {SUBJ_CERT}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', MID['c5_ack'])],
        text(C5_INFO, 'plain', 'Shift_JIS', '8bit'), tail=SES_TAIL(k, dt))


K = 'c4_close'


@msg(K, d(2025, 5, 7, 9, 15), 'closing_notice', True, C4, [],
     'Console auto-resolve warning: "will be resolved automatically" (not "closed"); the reply must go through Support Center.',
     ses_mid(K, 'us-east-1'))
def _(k, dt):
    plain = f"""Hello,

We haven't received a response to our last correspondence on case {C4}. If we don't hear from you, the case will be resolved automatically in 3 days.

To keep it open, add a reply in Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en

After a case is resolved it can be reopened for 14 days.

* This message was sent from an address that does not accept replies.

{AWS_FOOTER}
"""
    return build(
        gmail_trace(k, dt, 'a8-58.smtp-out.amazonses.com', '54.240.8.58', '01000196a1d2e3f4@amazonses.com', 'amazon.com',
                    dkim=('pass', 'amazon.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')),
        [('From', f'Amazon Web Services <{NOREPLY}>'), ('To', ME_P),
         ('Subject', f'RE:[CASE {C4}] {C4_SUBJ}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(plain, 'plain', 'us-ascii', '7bit'), crlf=True)


K = 'bounce'
C5_USER = f"""佐々木様

ご連絡ありがとうございます。森岡です。

・特典は 2025年3月の AWS Certified Developer - Associate 再認定で付与されたものです。統合前は旧アカウント {OLD_ID} の特典ページに表示されていました。
・割引コードの末尾 4 桁: 7QK2

統合後の新しいアカウントは {NEW_ID} です。
どうぞよろしくお願いいたします。

森岡 大輔
"""


@msg(K, d(2025, 5, 7, 12, 3), 'unrelated', False, C5, [],
     'Gmail bounce of the owner\'s answer sent to a mistyped address (amazon.co.jp); multipart/report with the original attached. Belongs to C5, but it is not support writing.',
     gmail_mid(K))
def _(k, dt):
    orig_mid = gmail_mid('bounce-orig')
    orig = build(
        [],
        [('From', addr(ME_NAME_EN, ME_P)), ('Date', format_datetime(d(2025, 5, 7, 21, 2, tz=JST))), ('Message-ID', orig_mid),
         ('In-Reply-To', MID['c5_info']), ('References', f"{MID['c5_ack']} {MID['c5_info']}"),
         ('Subject', f'Re: RE:[CASE {C5}] {SUBJ_CERT}'), ('To', 'aws-cs-trainingcertification-form@amazon.co.jp')],
        alt(C5_USER, '<div dir="ltr">' + h2(C5_USER) + '</div>', '000000000000' + hx('bounce-orig', 16), cte='base64'))
    notice = """** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification-form@amazon.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification-form@amazon.co.jp>: Recipient address rejected: User unknown
"""
    status = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: {format_datetime(d(2025, 5, 7, 12, 2, 41))}

Final-Recipient: rfc822; aws-cs-trainingcertification-form@amazon.co.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-co-jp.mail.protection.example
Diagnostic-Code: smtp; 550 5.1.1 <aws-cs-trainingcertification-form@amazon.co.jp>: Recipient address rejected: User unknown
Last-Attempt-Date: {format_datetime(dt)}
"""
    parts = [text(notice, 'plain', 'UTF-8', 'quoted-printable'),
             b'Content-Type: message/delivery-status\n\n' + status.encode(),
             b'Content-Type: message/rfc822\n\n' + orig]
    return build(
        [('Delivered-To', ME_P), ('Received', f'by 2002:a05:6a10:77c1:b0:5e3:1a2:0 with SMTP id bounce{hx(k, 6)};\n        {pacific(dt)}')],
        [('Return-Path', '<>'), ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', ME_P),
         ('Auto-Submitted', 'auto-replied'), ('Subject', 'Delivery Status Notification (Failure)'),
         ('References', orig_mid), ('In-Reply-To', orig_mid), ('X-Failed-Recipients', 'aws-cs-trainingcertification-form@amazon.co.jp'),
         ('Date', format_datetime(dt.astimezone(timezone(timedelta(hours=-7))))), ('Message-ID', MID[k])],
        multi('report', parts, '00000000000091ab' + hx(k, 12), params='; report-type=delivery-status'))


K = 'c5_user'


@msg(K, d(2025, 5, 7, 21, 20, tz=JST), 'user_reply', False, C5, [OLD_ID, NEW_ID],
     'Japanese reply re-sent to the right address, base64 UTF-8, Japanese Gmail attribution (「… <…>:」) over the quoted keigo request.',
     gmail_mid(K))
def _(k, dt):
    attr = f'2025年5月7日(水) 10:10 AWS Training and Certification <{FORM}>:'
    plain = C5_USER + '\n' + attr + '\n\n' + q(C5_INFO) + '\n'
    body = ('<div dir="ltr">' + h2(C5_USER) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + h2(C5_INFO) + '</blockquote></div>')
    return build(
        [],
        [('From', addr(ME_NAME_EN, ME_P)), ('Date', format_datetime(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c5_info']), ('References', f"{MID['c5_ack']} {MID['c5_info']}"),
         ('Subject', f'Re: RE:[CASE {C5}] {SUBJ_CERT}'), ('To', addr(FORM_NAME, FORM))],
        alt(plain, body, '000000000000' + hx(k, 16), cte='base64'))


K = 'c5_update'
C5_UPD = """森岡 大輔 様

佐々木でございます。ご回答いただき、ありがとうございます。

いただいた情報をもとに、特典を管理する担当チームへ再付与を依頼いたしました。対応の完了までには 3〜5 営業日ほどお時間をいただく見込みでございます。

進捗がございましたら、改めてこちらからご連絡いたします。

AWS トレーニングと認定 カスタマーサポート
"""


@msg(K, d(2025, 5, 8, 2, 0), 'case_update', False, C5, [],
     'Japanese ISO-2022-JP update: passed to the benefits team; "進捗がございましたら…ご連絡いたします" is a promise, not a request.',
     ses_mid(K))
def _(k, dt):
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr('AWS トレーニングと認定', FORM, 'iso-2022-jp')), ('To', ME_P),
         ('Subject', f'RE:[CASE {C5}] {SUBJ_CERT}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('In-Reply-To', MID['c5_user']), ('References', f"{MID['c5_info']} {MID['c5_user']}")],
        text(C5_UPD, 'plain', 'ISO-2022-JP', '7bit'), tail=SES_TAIL(k, dt))


K = 'pvue_2025'


@msg(K, d(2025, 5, 8, 5, 10), 'unrelated', False, None, [NEW_ID],
     'Exam vendor "appointment updated" mail caused by the console case, with a registration ID and the new candidate ID; not support mail.',
     gen_mid(K, 'pearson.com'))
def _(k, dt):
    plain = f"""Dear Daisuke Morioka,

Your exam appointment has been updated.

Exam: SOA-C02: AWS Certified SysOps Administrator - Associate
Date and time: Tuesday, May 20, 2025, 1:30 PM Japan Standard Time
Location: Online (OnVUE)
Registration ID: 419930275
Candidate ID: {NEW_ID}

Run the system test before exam day: https://home.pearsonvue.com/aws/onvue

Sincerely,
Pearson VUE
"""
    return build(
        gmail_trace(k, dt, 'mail-out3.pearson.com', '159.182.5.44', 'bounce@pearson.com', 'pearson.com',
                    dkim=('pass', 'pearson.com', 'selector1')),
        [('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'), ('To', ME_P),
         ('Subject', 'Pearson VUE: Your exam appointment has been updated'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, '<html><body>' + h2(plain) + '</body></html>', '=_c2d4e6f8a0b1c3d5'))


K = 'c4_resolved'


@msg(K, d(2025, 5, 8, 6, 40), 'resolved', False, C4, [],
     'Console resolution with a rating footer and "you can reopen it ... within 14 days": neither is a request.',
     ses_mid(K, 'us-east-1'))
def _(k, dt):
    plain = f"""Hello,

Thanks for adding the registration number in Support Center.

Your SysOps Administrator - Associate appointment on 20 May has been moved to your current certification account, and Pearson VUE has sent you a fresh confirmation. I have marked this case as resolved. Should you need more help with it, you can reopen it from Support Center within 14 days.

https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en

Best regards,
Rahul K.
Amazon Web Services

Was this response helpful? Rate it in Support Center using the link above.

* This message was sent from an address that does not accept replies. Use the link above to contact us about this case.

{AWS_FOOTER}
"""
    return build(
        gmail_trace(k, dt, 'a8-59.smtp-out.amazonses.com', '54.240.8.59', '01000196a6b7c8d9@amazonses.com', 'amazon.com',
                    dkim=('pass', 'amazon.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')),
        [('From', f'Amazon Web Services <{NOREPLY}>'), ('To', ME_P),
         ('Subject', f'RE:[CASE {C4}] {C4_SUBJ}'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        alt(plain, '<html><body>' + h2(plain) + '</body></html>', '----=_Part_790011_1290.1746686400000'))


K = 'phish_ja'


@msg(K, d(2025, 5, 9, 23, 50), 'suspicious', False, None, [],
     'Japanese phishing (ISO-2022-JP) from aws-training-jp.com: "統合手続きが保留" and a 24-hour deadline; no DKIM, SPF neutral.',
     gen_mid(K, 'aws-training-jp.com'))
def _(k, dt):
    plain = """AWS 認定をご利用のお客様

お客様の AWS 認定アカウントの統合手続きが保留されています。
手続きを完了するため、24 時間以内に下記のリンクからサインインし、本人確認を行ってください。

http://aws-training-jp.com/verify/login

期限内に確認が取れない場合、保有されているすべての認定資格が失効いたします。

AWS 認定事務局
"""
    return build(
        gmail_trace(k, dt, 'vps-2231.hostingjp.example', '103.91.66.12', 'apache@vps-2231.hostingjp.example', 'aws-training-jp.com',
                    dkim=None, spf='neutral', dmarc='none'),
        [('From', addr('AWS 認定事務局', 'info@aws-training-jp.com', 'iso-2022-jp')), ('To', ME_P),
         ('Subject', enc('【重要】AWS 認定アカウントの統合手続きが保留されています', 'iso-2022-jp')),
         ('Date', format_datetime(dt.astimezone(JST))), ('Message-ID', MID[k]), ('X-Mailer', 'PHPMailer 6.8.1')],
        text(plain, 'plain', 'ISO-2022-JP', '7bit'))


K = 'c5_resolved'
C5_RES = f"""森岡 大輔 様

AWS トレーニングと認定カスタマーサポートの佐々木でございます。

担当チームにて確認いたしました結果、統合前のアカウントで付与されていた 50% 割引の特典を、統合後のアカウント({NEW_ID})に再付与いたしました。AWS 認定アカウントの「特典」ページよりご確認いただけます。

本件はこれにて解決とさせていただきます。
ご不明な点がございましたら、本メールにご返信くださいませ。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""


@msg(K, d(2025, 5, 12, 3, 30), 'resolved', False, C5, [NEW_ID],
     'Japanese resolution with a conditional invitation (ご不明な点がございましたら…ご返信くださいませ) over quoted history containing the keigo request; UTF-8 QP multipart.',
     ses_mid(K))
def _(k, dt):
    quoted = ('-----Original Message-----\nFrom: Daisuke Morioka <' + ME_P + '>\nSent: Wednesday, May 7, 2025 12:20 PM\n'
              f'Subject: Re: RE:[CASE {C5}] {SUBJ_CERT}\n\n' + C5_USER + '\n' + q(C5_INFO))
    plain = C5_RES + '\n' + quoted + '\n'
    body = ('<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo">' + h2(C5_RES)
            + '<hr><div style="color:#555">' + h2(quoted) + '</div></body></html>')
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr(FORM_NAME, FORM)), ('To', ME_P),
         ('Subject', f'RE:[CASE {C5}] {SUBJ_CERT}'), ('Date', utc(dt)), ('Message-ID', MID[k]),
         ('References', f"{MID['c5_user']} {MID['c5_update']}")],
        alt(plain, body, '----=_Part_4801177_3392.1747020600000', hcte='base64'), tail=SES_TAIL(k, dt))


K = 'cert_benefit'


@msg(K, d(2025, 5, 12, 3, 45), 'certification', False, None, [NEW_ID],
     'CertMetrics "new benefit available" 15 minutes after the C5 resolution; belongs to the program, not the case.',
     gen_mid(K, 'certmetrics.com'))
def _(k, dt):
    plain = f"""Hello Daisuke,

A new benefit is available in your AWS Certification Account ({NEW_ID}):

50% discount on your next AWS Certification exam
Valid until: 27 March 2028

Sign in and open the Benefits page to view your code.

AWS Certification
"""
    return build(
        gmail_trace(k, dt, 'mta-172.certmetrics.com', '198.2.180.172', 'bounce@bounce.certmetrics.com', 'certmetrics.com',
                    dkim=('pass', 'certmetrics.com', 'cm1'), policy='p=NONE sp=NONE dis=NONE'),
        [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_P),
         ('Subject', 'A new benefit is available in your AWS Certification Account'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(plain, 'plain', 'us-ascii', '7bit'))


K = 'c5_survey'


@msg(K, d(2025, 5, 13, 1, 0), 'survey', False, C5, [],
     'Japanese case survey (UTF-8 QP HTML-only) with 〜ご協力をお願いいたします and "ご返信いただく必要はございません".',
     ses_mid(K))
def _(k, dt):
    body = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo;font-size:14px">
<p>森岡 大輔 様</p>
<p>先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました(ケース番号: {C5})。</p>
<p>サービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は 2 分ほどです。</p>
<p><a href="https://survey.aws.training/s/tc-cs?case={C5}&amp;lang=ja">アンケートに回答する</a></p>
<p>本メールにご返信いただく必要はございません。</p>
<p>AWS トレーニングと認定</p></body></html>"""
    return build(
        ses_trace(k, dt, ME_P),
        [('From', addr('AWS トレーニングと認定', 'aws-training-feedback@amazon.com')), ('To', ME_P),
         ('Subject', enc('サポートに関するアンケートのお願い')), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(body, 'html', 'utf-8', 'quoted-printable'), tail=SES_TAIL(k, dt))


K = 'phish_pvue'


@msg(K, d(2025, 5, 14, 10, 10), 'suspicious', False, None, [],
     'Exam-vendor lookalike (pearsonvue-scheduling.com): "appointment cancelled, payment failed" one week before the real exam.',
     gen_mid(K, 'pearsonvue-scheduling.com'))
def _(k, dt):
    plain = """Dear Candidate,

Your AWS exam appointment on 20 May 2025 has been cancelled because the payment could not be processed.

To keep your slot, update your payment details within 12 hours:
https://pearsonvue-scheduling.com/aws/payment-update

Pearson VUE Scheduling
"""
    return build(
        gmail_trace(k, dt, 'mail.pearsonvue-scheduling.com', '194.58.112.70', 'bounce@pearsonvue-scheduling.com', 'pearsonvue-scheduling.com',
                    dkim=('pass', 'pearsonvue-scheduling.com', 'mail'), dmarc='none'),
        [('From', 'Pearson VUE <noreply@pearsonvue-scheduling.com>'), ('To', ME_P),
         ('Subject', 'Exam appointment cancelled - payment failed'), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(plain, 'plain', 'utf-8', 'quoted-printable'))


K = 'connpass'


@msg(K, d(2025, 5, 15, 9, 0), 'unrelated', False, None, [],
     'Community event registration (Japanese) about AWS certification study; nothing to do with a case.',
     gen_mid(K, 'connpass.com'))
def _(k, dt):
    plain = """森岡 大輔 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 「AWS 認定、取ったあとどうする?」
日時: 2025/05/29(木) 19:00 - 21:00
会場: 目黒 セミナールーム B

参加をキャンセルする場合は、イベントページからお手続きください。
https://jawsug-tokyo.connpass.com/event/351872/

connpass
"""
    return build(
        gmail_trace(k, dt, 'mail.connpass.com', '52.68.10.21', 'bounce@connpass.com', 'connpass.com',
                    dkim=('pass', 'connpass.com', 'google'), policy='p=NONE sp=NONE dis=NONE'),
        [('From', addr('connpass', 'no-reply@connpass.com')), ('To', ME_P),
         ('Subject', enc('【connpass】JAWS-UG 東京 への参加登録が完了しました')), ('Date', utc(dt)), ('Message-ID', MID[k])],
        text(plain, 'plain', 'utf-8', 'base64'))


# ----------------------------------------------------------------------------- README
README_HEAD = f"""me: {ME_P} {ME_C}

# blind-313: AWS Training and Certification case mail, held-out set

Mailbox owner: Daisuke Morioka (森岡 大輔), engineer at Tsubaki IT Solutions (an AWS Partner Network
company) who leaves on 30 April 2025 and moves his AWS Certification history to his personal address.
The set is the export of his Gmail ({ME_P}) merged with his company Microsoft 365 mailbox
({ME_C}, closed after 30 April), in arrival order. Messages he sent sit where they were sent.
Produced by `python3 gen.py` (standard library only, deterministic).

## Cases

| case | format | channel | topic | path |
|---|---|---|---|---|
| {C1} | 11 digits (2023) | T&C form, company address | name misspelled on certification record | ack -> info request -> closed for no answer -> owner replies late -> reopened/handed to records team -> resolved -> survey |
| {C2} | 15 digits (2025) | T&C form, personal address | account merge company -> personal | ack -> APN-partner hold with a buried question -> owner answers from the wrong (company) address -> "write from the personal address" -> owner answers -> auto ack -> pure hold (partner must act) -> hold lifted -> Account #1/#2 confirmation (HTML only) -> closing notice -> owner confirms -> merged -> badge, survey, owner's forward |
| {C3} | 15 digits (2025) | T&C form, company address | duplicate of {C2} (form sent twice) | Japanese ack -> owner forwards it to himself -> Japanese confirmation request -> closed as duplicate, linked to {C2} |
| {C4} | 15 digits (2025) | AWS Support Center (console), no-reply-aws@amazon.com | exam appointment left on the merged-away account | New Support case -> info request (answer in Support Center only) -> auto-resolve warning -> resolved with rating footer |
| {C5} | 15 digits (2025) | T&C form, personal address | 50% exam discount missing after the merge | ack -> Japanese keigo info request (Shift_JIS) -> owner's reply bounces (mistyped domain) -> re-sent -> Japanese update (passed to benefits team) -> Japanese resolution -> Japanese survey |

Not T&C cases (case = null): an AWS Billing console case (173856418000342), an AWS Educate form case
(174536880200457), a Zendesk ticket of another vendor (48213), and the fake case number in a DMARC-failing phish.

## Labelling decisions

- **Which cases get a case number.** `case` is set only for real AWS Training and Certification cases
  (form cases and the console case about an exam appointment). Other AWS programs' cases (billing
  console case, AWS Educate form case), other vendors' tickets and phishing (even with a case-shaped
  subject) get `null`. A bounce of the owner's reply on {C5} and the owner's own forwards/notes that
  name a case get that case's number, because they belong to its thread.
- **Console case counts as T&C.** {C4} was opened in Support Center but is about certification exam
  scheduling and is handled by T&C support, so its request and auto-resolve warning need a reply
  (through the console link, not e-mail).
- **Other AWS programs never need a reply** here: the Educate form case and the billing console case
  ask direct questions but are `unrelated`, `needs_reply` false, as the brief says.
- **Hold with a question.** The first APN hold asks for the last working day in its fourth paragraph:
  kind `on_hold` (the case is paused for the partner), `needs_reply` true. The second hold says there
  is nothing to send: `needs_reply` false.
- **Duplicate case.** The Japanese confirmation request on the duplicate {C3} needed a reply when it
  arrived (true); the next message closes {C3} as a duplicate and says not to answer there
  (`case_update`, false). The duplicate-closing mail names both numbers; its own case ({C3}, subject) is used.
- **Wrong-address request** ("send it again from {ME_P}") is an `info_request`, not a confirmation.
- **Closing notices**: both "has been closed, a reply reopens it" ({C1}) and "will be closed / resolved
  automatically" ({C2}, {C4}) are `closing_notice` with `needs_reply` true.
- **Conditional invitations** ("If something still looks wrong, just reply", ご不明な点がございましたら…)
  and "you can reopen it within 14 days" are not requests: `resolved`, false.
- **Automated "we added your message to the case"** mail is an `acknowledgement`.
- **Bounce** of the owner's reply: `unrelated` (it is not support writing), `needs_reply` false, case {C5}.
  The pending request is carried by the earlier info request; the owner re-sends 17 minutes later.
- **Colleague requests** (farewell-party RSVP, "tell me when the merge is done") are `unrelated`, false.
- **Owner's own mail** (replies, forwards to himself or a friend, a note to self, his farewell mail) is
  always `user_reply`, false; case set when it is about a case (null for the farewell mail).
- **CertMetrics program survey** ("would like your opinion") is `certification`, not `survey`: it is
  about the certification program, not a support case. Case surveys are `survey`.
- **Candidate IDs**: every `AWS` + 8 digits in the message's own new text, unique, in first-appearance
  order; a text/plain and text/html alternative count once. Form echoes in acknowledgements count
  (they are the support system's own text, not quoted history). Text under `>`, "-----Original Message-----",
  Outlook/Gmail attribution blocks, forwarded blocks and attached bounced originals does not count.
  IDs in phishing and exam-vendor mail count too (the field is about text, not trust).
- **Suspicious**: lookalike domains even when their own SPF/DKIM/DMARC pass; the real form address
  with dkim=fail/spf=fail/dmarc=fail.

## Messages

| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
"""


def main():
    MSGS.sort(key=lambda m: m['date'])
    counts = Counter()
    rows = []
    for i, m in enumerate(MSGS, 1):
        raw = m['fn'](m['key'], m['date'])
        base = f'{i:03d}-msg'
        with open(os.path.join(OUT, base + '.eml'), 'wb') as f:
            f.write(raw)
        label = {'kind': m['kind'], 'needs_reply': m['needs'], 'case': m['case'], 'candidate_ids': m['cands']}
        with open(os.path.join(OUT, base + '.json'), 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False, indent=1)
            f.write('\n')
        counts[m['kind']] += 1
        rows.append(f"| {i:03d} | {m['kind']} | {'yes' if m['needs'] else 'no'} | {m['case'] or '-'} | {m['note']} |")
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(README_HEAD + '\n'.join(rows) + '\n')
    for kind, n in sorted(counts.items()):
        print(f'{kind:22s} {n}')
    print(f'{"total":22s} {sum(counts.values())}')
    print(f'{"needs_reply":22s} {sum(1 for m in MSGS if m["needs"])}')


if __name__ == '__main__':
    main()
