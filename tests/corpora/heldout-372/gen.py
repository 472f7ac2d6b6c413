#!/usr/bin/env python3
"""Write the blind corpus (NNN-msg.eml + NNN-msg.json + README.md) next to this script.

Python 3 standard library only.  Run:  python3 gen.py
Every message is built byte by byte so that charsets (UTF-8, ISO-2022-JP, Shift_JIS),
transfer encodings (7bit, 8bit, quoted-printable, base64) and line endings (LF, CRLF)
are exactly what we ask for.
"""
import base64
import collections
import datetime as dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
ME_P = 'haruka.tsujimoto.dev@gmail.com'      # personal (Gmail)
ME_W = 'h.tsujimoto@kairos-tw.co.jp'         # company (Microsoft 365), closes 2025-03-31
ME_EN = 'Haruka Tsujimoto'
ME_JA = '辻本 遥'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_NAME = 'AWS Training and Certification'
NOREPLY = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'
CREDLY = 'admin@credly.com'

# cases
CASE_D = '13047729158'        # 2023, duplicate profile / Credly badge, reopened
CASE_F = '8519203746'         # 2021, only seen in a forward
CASE_A = '174156566720391'    # 2025 main merge (APN hold)
CASE_B = '174165073008817'    # 2025 duplicate form from the work address
CASE_C = '174402936551204'    # 2025 Support Center (console) case, missing voucher
CASE_E = '174460012476630'    # 2025 Japanese case, exam history missing
CASE_EV = '174234847812058'   # 2025 AWS Events form case (not T&C)
CASE_Q = '174373937190415'    # 2025 console quota case (not T&C)

CID_OLD = 'AWS02741586'       # company certification account
CID_DUP = 'AWS02998310'       # 2023 accidental duplicate
CID_NEW = 'AWS13960427'       # personal account created 2025-03-09

TC_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))


def when(s, tz=JST):
    """'2025-03-10 09:14:27' in tz -> datetime."""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def rdate(d, tz=None):
    """RFC 5322 date string, optionally shown in another zone."""
    return format_datetime(d.astimezone(tz) if tz else d)


def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64id(seed, n=30):
    s = base64.b64encode(hashlib.sha256(seed.encode()).digest() * 2).decode()
    return s.replace('+', '').replace('/', '').replace('=', '')[:n]


def mid_ses(seed, region='us-west-2'):
    h = hashlib.sha256(seed.encode()).hexdigest()
    return '<01010195%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        h[:8], h[8:16], h[16:20], h[20:24], h[24:28], h[28:40], region)


def mid_gmail(seed):
    return '<CAK%s@mail.gmail.com>' % b64id(seed, 52)


def mid_outlook(seed):
    box = 'TYCPR01MB' + str(int(hx(seed, 6), 16) % 90000 + 10000)
    return '<%s%s@%s.jpnprd01.prod.outlook.com>' % (box, hx(seed + 'x', 20).upper(), box)


def mid_generic(seed, domain):
    return '<%s.%s@%s>' % (hx(seed, 12), hx(seed + 'y', 10), domain)


# ---------------------------------------------------------------- header helpers
def h(s, cs='utf-8'):
    """Encode a header value only when it is not plain ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def ad(name, addr, cs='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


CODECS = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'utf-8': 'utf-8',
          'us-ascii': 'ascii', 'windows-1252': 'cp1252'}


def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', fmt_flowed=False):
    raw = text.encode(CODECS[cs])
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if fmt_flowed:
        ct = 'text/%s; charset="%s"; format=flowed; delsp=yes' % (sub, cs)
    return [('Content-Type', ct), ('Content-Transfer-Encoding', cte)], body


def multi(sub, parts, seed, style='ses', preamble=''):
    if style == 'gmail':
        bd = '000000000000' + hx(seed, 16)
    elif style == 'outlook':
        bd = '_000_%s_' % (mid_outlook(seed)[1:-1].split('@')[0])
    else:
        bd = '----=_Part_%d_%d.%d' % (int(hx(seed, 5), 16), int(hx(seed + 'a', 7), 16),
                                      int(hx(seed + 'b', 8), 16))
    out = preamble.encode() + (b'\n' if preamble else b'')
    for hd, body in parts:
        out += b'--' + bd.encode() + b'\n'
        out += ''.join('%s: %s\n' % kv for kv in hd).encode('ascii')
        out += b'\n' + body
        if not body.endswith(b'\n'):
            out += b'\n'
    out += b'--' + bd.encode() + b'--\n'
    return [('Content-Type', 'multipart/%s; boundary="%s"' % (sub, bd))], out


def assemble(hdrs, body, crlf=False):
    bh, bb = body
    lines = list(hdrs) + [('MIME-Version', '1.0')] + bh
    head = ''.join('%s: %s\n' % (k, v) for k, v in lines).encode('ascii')
    data = head + b'\n' + bb
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ---------------------------------------------------------------- transport headers
def auth_gmail(mailfrom, fromdom, ip, dkim='pass', spf='pass', dmarc='pass', sel='rte02',
               policy='(p=QUARANTINE sp=QUARANTINE dis=NONE)'):
    tag = b64id(mailfrom + ip, 8)
    return ('Authentication-Results',
            'mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s %s header.from=%s' % (
                dkim, fromdom, sel, tag, spf, mailfrom,
                'designates' if spf == 'pass' else 'does not designate', ip, mailfrom,
                dmarc, policy, fromdom))


def auth_m365(mailfrom_dom, fromdom, ip, dkim='pass', spf='pass', dmarc='pass'):
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    return ('Authentication-Results',
            'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s' % (
                spf, ip, mailfrom_dom, dkim, fromdom, dmarc, fromdom, comp))


def recv_gmail(to, d, ip, helo):
    return [('Delivered-To', to),
            ('Received', 'from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n'
             '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
             '        %s' % (helo, helo, ip, b64id(to + str(d), 14).lower(), to,
                             rdate(d, dt.timezone(dt.timedelta(hours=-8 if d.month < 3 or d.month > 10 else -7)))))]


def recv_m365(d, ip, helo):
    return [('Received', 'from %s (%s) by\n TYCPR01MB8811.jpnprd01.prod.outlook.com (2603:1096:400:1b0::9)'
             ' with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.12;'
             ' %s' % (helo, ip, rdate(d, UTC)))]


def ses_in(to, d, seed, fromdom='amazon.com', rcv='gmail', dkim='pass', spf='pass', dmarc='pass'):
    """Transport headers for AWS (Amazon SES) mail arriving at Gmail or Microsoft 365."""
    ip = '54.240.%d.%d' % (int(hx(seed, 2), 16) % 60 + 3, int(hx(seed, 4), 16) % 250 + 2)
    helo = 'a%d-%d.smtp-out.amazonses.com' % (int(hx(seed, 3), 16) % 40 + 8, int(hx(seed, 5), 16) % 200)
    mf = '01010195%s-%s-000000@us-west-2.amazonses.com' % (hx(seed, 8), hx(seed + 'r', 12))
    rp = [('Return-Path', '<%s>' % mf)]
    if rcv == 'gmail':
        return recv_gmail(to, d, ip, helo) + [auth_gmail(mf, fromdom, ip, dkim, spf, dmarc)] + rp
    return recv_m365(d, ip, helo) + [auth_m365('us-west-2.amazonses.com', fromdom, ip, dkim, spf, dmarc)] + rp


# ---------------------------------------------------------------- quoting helpers
def gt(text, mark='> '):
    return '\n'.join((mark + ln) if ln else mark.rstrip() for ln in text.rstrip('\n').split('\n'))


def gmail_on(d, name, addr):
    d = d.astimezone(JST)
    return 'On %s, %s <%s> wrote:' % (d.strftime('%a, %b %-d, %Y at %-I:%M %p'), name, addr)


def gmail_on_ja(d, name, addr):
    d = d.astimezone(JST)
    wd = '月火水木金土日'[d.weekday()]
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (d.year, d.month, d.day, wd, d.hour, d.minute, name, addr)


def outlook_hdr(d, frm, to, subj, cc=None):
    d = d.astimezone(JST)
    s = 'From: %s\nSent: %s\nTo: %s\n' % (frm, d.strftime('%A, %B %-d, %Y %-I:%M %p'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n' % subj


def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s\n</body></html>\n' % (title, inner))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_of(text):
    """Plain text -> simple HTML paragraphs (used for the HTML half of alternatives)."""
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % esc(p).replace('\n', '<br>\n') for p in paras)


# ---------------------------------------------------------------- registry
MSGS = []


def add(kind, reply, case, cands, note, raw, d):
    MSGS.append(dict(kind=kind, needs_reply=reply, case=case, candidate_ids=list(cands),
                     note=note, raw=raw, date=d))


# ---------------------------------------------------------------- message makers
def body_of(text=None, html=None, cs='utf-8', cte='quoted-printable', seed='x', style='ses',
            html_cte=None, text_cte=None):
    if text is not None and html is not None:
        return multi('alternative', [leaf(text, 'plain', cs, text_cte or cte),
                                     leaf(html, 'html', cs, html_cte or cte)], seed, style)
    if html is not None:
        return leaf(html, 'html', cs, html_cte or cte)
    return leaf(text, 'plain', cs, text_cte or cte)


def aws_mail(to, subj, d, seed, text=None, html=None, cc=None, irt=None, refs=None, rcv='gmail',
             frm=None, cs='utf-8', cte='quoted-printable', crlf=False, dtz=UTC, fromdom='amazon.com',
             dkim='pass', spf='pass', dmarc='pass', mid=None, extra=(), subj_cs='utf-8', html_cte=None,
             text_cte=None, reply_to=None):
    rcpt = to.split('<')[-1].rstrip('>') if '<' in to else to
    hd = ses_in(rcpt, d, seed, fromdom, rcv, dkim, spf, dmarc)
    hd += [('From', frm or ad(TC_NAME, TC)), ('To', to)]
    if cc:
        hd.append(('Cc', cc))
    if reply_to:
        hd.append(('Reply-To', reply_to))
    hd += [('Subject', h(subj, subj_cs)), ('Date', rdate(d, dtz)), ('Message-ID', mid or mid_ses(seed))]
    if irt:
        hd.append(('In-Reply-To', irt))
    if refs:
        hd.append(('References', '\n '.join(refs)))
    hd += list(extra)
    hd += [('X-SES-Outgoing', '%s-54.240.27.%d' % (d.astimezone(UTC).strftime('%Y.%m.%d'),
                                                  int(hx(seed, 2), 16) % 200 + 10)),
           ('Feedback-ID', '::1.us-west-2.%s=:AmazonSES' % b64id(seed, 43))]
    return assemble(hd, body_of(text, html, cs, cte, seed, 'ses', html_cte, text_cte), crlf)


def sent_gmail(to, subj, d, seed, text, html=None, irt=None, refs=None, cc=None, frm=None, cs='utf-8',
               cte='quoted-printable'):
    hd = [('From', frm or ad(ME_EN, ME_P)), ('Date', rdate(d)), ('Message-ID', mid_gmail(seed))]
    if refs:
        hd.append(('References', '\n '.join(refs)))
    if irt:
        hd.append(('In-Reply-To', irt))
    hd += [('Subject', h(subj, cs)), ('To', to)]
    if cc:
        hd.append(('Cc', cc))
    if html is None:
        html = '<div dir="ltr">' + html_of(text).replace('<p>', '<div>').replace('</p>', '</div><div><br></div>') + '</div>'
    return assemble(hd, multi('alternative', [leaf(text, 'plain', cs, cte), leaf(html, 'html', cs, cte)],
                              seed, 'gmail'))


def sent_outlook(to, subj, d, seed, text, irt=None, refs=None, cc=None, cs='utf-8', cte='quoted-printable',
                 crlf=True, lang='en-US', frm=None, topic=None):
    hd = [('From', frm or ad(ME_EN, ME_W)), ('To', to)]
    if cc:
        hd.append(('Cc', cc))
    hd += [('Subject', h(subj, cs)),
           ('Thread-Topic', h(topic or subj.split('RE: ')[-1].split('FW: ')[-1], cs)),
           ('Thread-Index', base64.b64encode(hashlib.md5(seed.encode()).digest() + b'\x01\x02').decode()),
           ('Date', rdate(d)), ('Message-ID', mid_outlook(seed))]
    if refs:
        hd.append(('References', '\n '.join(refs)))
    if irt:
        hd.append(('In-Reply-To', irt))
    hd += [('Accept-Language', 'ja-JP, en-US'), ('Content-Language', lang),
           ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body lang="JA" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body></html>\n'
            % (cs, html_of(text).replace('<p>', '<p class="MsoNormal">')))
    return assemble(hd, multi('alternative', [leaf(text, 'plain', cs, cte), leaf(html, 'html', cs, cte)],
                              seed, 'outlook'), crlf)


def other_mail(frm, to, subj, d, seed, text=None, html=None, domain='example.com', ip='203.0.113.10',
               rcv='gmail', cs='utf-8', cte='quoted-printable', mid=None, extra=(), dkim='pass', spf='pass',
               dmarc='pass', dkim_dom=None, crlf=False, dtz=None, irt=None, refs=None, cc=None,
               style='ses', mailfrom=None, policy='(p=NONE sp=NONE dis=NONE)'):
    rcpt = to.split('<')[-1].rstrip('>') if '<' in to else to
    mf = mailfrom or ('bounces+%s@%s' % (hx(seed, 8), domain))
    helo = 'mail-%s.%s' % (hx(seed, 4), domain)
    if rcv == 'gmail':
        hd = recv_gmail(rcpt, d, ip, helo) + [auth_gmail(mf, dkim_dom or domain, ip, dkim, spf, dmarc,
                                                         sel='s1', policy=policy)]
    elif rcv == 'm365':
        hd = recv_m365(d, ip, helo) + [auth_m365(mf.split('@')[-1], dkim_dom or domain, ip, dkim, spf, dmarc)]
    else:
        hd = []
    if rcv:
        hd.append(('Return-Path', '<%s>' % mf))
    hd += [('From', frm), ('To', to)]
    if cc:
        hd.append(('Cc', cc))
    hd += [('Subject', h(subj, cs if cs != 'shift_jis' else 'iso-2022-jp')), ('Date', rdate(d, dtz)),
           ('Message-ID', mid or mid_generic(seed, domain))]
    if irt:
        hd.append(('In-Reply-To', irt))
    if refs:
        hd.append(('References', '\n '.join(refs)))
    hd += list(extra)
    return assemble(hd, body_of(text, html, cs, cte, seed, style), crlf)


def sig(agent, team='AWS Training and Certification'):
    return '%s\n%s' % (agent, team)


CONSOLE_FOOT = ('To contact us again about this case, please return to the AWS Support Center using the '
                'following URL:\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                '(If you are connecting by federation, log in before following the link.)\n\n'
                '*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. '
                'Please use the link above if you need to contact us again about this same issue.\n\n'
                '====================================================\n\n'
                'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered '
                'trademark of Amazon.com, Inc. or its affiliates.')


# ================================================================ 2023
def m2023():
    # 001 Pearson VUE appointment (exam vendor)
    d = when('2023-05-29 10:12:41')
    t = ('Dear Haruka Tsujimoto,\n\n'
         'Thank you for scheduling your exam with Pearson VUE. Please review the appointment details below '
         'and keep this email for your records.\n\n'
         'Exam: SAA-C03: AWS Certified Solutions Architect - Associate\n'
         'Date: Saturday, June 3, 2023\n'
         'Time: 10:00 AM Japan Standard Time\n'
         'Language: Japanese\n'
         'Location: Pearson Professional Centers-Tokyo Shinjuku, Japan\n'
         'Registration ID: 418730265\n'
         'Candidate ID: AWS02998310\n\n'
         'Please confirm that the name on your appointment matches your identification exactly. '
         'Plan to arrive 15 minutes before your appointment with two valid forms of ID.\n\n'
         'To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the '
         'appointment. Appointments missed without notice are not refunded.\n\n'
         'Sincerely,\nPearson VUE\n\n'
         'This message was sent to h.tsujimoto@kairos-tw.co.jp. Please do not reply; this mailbox is not monitored.')
    raw = other_mail(ad('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ad(ME_EN, ME_W),
                     'Pearson VUE Confirmation of Your Exam Appointment', d, 'pv2023', text=t,
                     html=html_wrap(html_of(t)), domain='pearson.com', ip='159.182.8.44', rcv='m365',
                     crlf=True, dtz=dt.timezone(dt.timedelta(hours=-5)))
    add('unrelated', False, None, [CID_DUP],
        'Pearson VUE exam booking: "please confirm", a 9-digit registration ID and a candidate ID in an exam-vendor mail.',
        raw, d)

    # 002 certification: passed, recorded on the duplicate profile
    d = when('2023-06-05 08:31:02')
    t = ('Congratulations, Haruka!\n\n'
         'You have earned AWS Certified Solutions Architect - Associate. This credential shows that you can '
         'design resilient, cost-aware architectures on AWS.\n\n'
         'Candidate ID: AWS02998310\n'
         'Certification date: June 3, 2023\n'
         'Expiration date: June 3, 2026\n'
         'Validation number: 7QH2WLKB1N4E1ZSR\n\n'
         'Your digital badge will be delivered by our badging partner, Credly, within a few days. Your '
         'certificate can be downloaded from the Certifications page of your AWS Certification Account, where '
         'you will also find a 50% discount toward your next exam under Benefits.\n\n'
         'AWS Training and Certification\n\n'
         'You are receiving this message because you hold an AWS Certification account. '
         'Manage email preferences in your account settings.')
    raw = other_mail(ad('AWS Certification', CERTM), ME_W, 'Congratulations, you are now AWS Certified!', d,
                     'cm-pass-2023', text=t, html=html_wrap(html_of(t)), domain='certmetrics.com',
                     ip='52.88.214.19', rcv='m365', crlf=True, dtz=PDT)
    add('certification', False, None, [CID_DUP],
        'Certification pass notice; carries the candidate ID of the accidental duplicate profile.', raw, d)

    # 003 GitHub "Merged"
    d = when('2023-06-09 16:48:20')
    t = 'Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kairos-tw/platform-terraform/pull/412#event-9381726354\nYou are receiving this because your review was requested.\n'
    html = html_wrap('<p>Merged <a href="https://github.com/kairos-tw/platform-terraform/pull/412">#412</a> into main.</p>'
                     '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                     '<a href="https://github.com/kairos-tw/platform-terraform/pull/412#event-9381726354">view it on GitHub</a>.'
                     '<br>You are receiving this because your review was requested.</p>')
    raw = other_mail(ad('Ren Okada', 'notifications@github.com'),
                     'kairos-tw/platform-terraform <platform-terraform@noreply.github.com>',
                     'Re: [kairos-tw/platform-terraform] Merge duplicate account baselines into org-baseline module (PR #412)',
                     d, 'gh412', text=t, html=html, domain='github.com', ip='192.30.252.201', rcv='m365',
                     mid='<kairos-tw/platform-terraform/pull/412/issue_event/9381726354@github.com>',
                     irt='<kairos-tw/platform-terraform/pull/412@github.com>',
                     refs=['<kairos-tw/platform-terraform/pull/412@github.com>'],
                     cc='Haruka Tsujimoto <h.tsujimoto@kairos-tw.co.jp>, Review requested <review_requested@noreply.github.com>',
                     extra=[('X-GitHub-Reason', 'review_requested'), ('List-ID', 'kairos-tw/platform-terraform <platform-terraform.kairos-tw.github.com>')],
                     dtz=UTC, crlf=True)
    add('unrelated', False, None, [], 'GitHub "Merged #412" about merging duplicate account modules: merge vocabulary, not AWS.', raw, d)

    # 004 D acknowledgement (to the work address, CRLF)
    subj = 'RE:[CASE %s] %s' % (CASE_D, TC_SUBJ)
    d = when('2023-06-12 14:22:09')
    t = ('Hello,\n\n'
         'Thank you for contacting AWS Training and Certification. We have opened case %s for your inquiry, '
         'and an associate will be in touch soon. Most questions get a first answer within one business day, '
         'though some take longer to investigate.\n\n'
         'If you have already submitted this request, there is no need to send it again; a second case for '
         'the same question only slows things down.\n\n'
         'The details of your case are as follows:\n\n'
         'Case ID: %s\nInquiry type: Certification\nAdditional details: Account Merge\n'
         'Candidate ID: %s\nEmail: %s\n'
         'Description:\nI passed AWS Certified Solutions Architect - Associate on June 3 but the badge never '
         'showed up in Credly, and the result is not in my certification account. The result email mentions a '
         'different candidate ID. I think I may have two certification accounts with the same email address. '
         'Could you please check and combine them?\n\n'
         'To add information to this case, reply to this message and keep the case number in the subject line.\n\n'
         'Regards,\nAWS Training and Certification\n') % (CASE_D, CASE_D, CID_OLD, ME_W)
    raw = aws_mail(ME_W, subj, d, 'D-ack', text=t, rcv='m365', crlf=True)
    add('acknowledgement', False, CASE_D, [CID_OLD],
        'Ack that reproduces the form text, including the owner\'s own "Could you please check" (not support asking).',
        raw, d)
    D_ACK = mid_ses('D-ack')
    D_T = t

    # 005 D info_request (indirect, no "please")
    d = when('2023-06-13 12:47:33')
    t = ('Hello Haruka,\n\n'
         'Thanks for your patience while I looked into this.\n\n'
         'I searched our records using %s and found the certification account you mentioned. Your '
         'Solutions Architect - Associate result is not attached to it, which matches what you described. I '
         'could not pin down a second profile under the same address with certainty, though: there are a few '
         'near matches, and I do not want to move an exam result onto the wrong person.\n\n'
         'The congratulations email you received after the exam shows the candidate ID the result was recorded '
         'under. If you send me that ID, together with the address you signed in with when you booked the exam, '
         'I can confirm the match and take it from there.\n\n'
         'Best regards,\n\nMarco\nAWS Training and Certification Customer Support\n\n'
         '---------- Original case details ----------\n'
         'Case ID: %s\nCandidate ID: %s\nEmail: %s\n'
         'Description: I passed AWS Certified Solutions Architect - Associate on June 3 but the badge never '
         'showed up in Credly...\n') % (ME_W, CASE_D, CID_OLD, ME_W)
    raw = aws_mail(ME_W, subj, d, 'D-info', text=t, rcv='m365', crlf=True, irt=D_ACK, refs=[D_ACK])
    add('info_request', True, CASE_D, [],
        'Request phrased as a conditional offer ("If you send me that ID ... I can confirm"); ID only in the case-details block.',
        raw, d)
    D_INFO = mid_ses('D-info')
    D_INFO_T = t

    # 006 D closing notice (already closed, reply reopens)
    d = when('2023-06-19 09:10:05')
    t = ('Hello,\n\n'
         'We have not heard back from you about case %s, so we have marked it as resolved.\n\n'
         'Still need help? Reply to this email within the next 14 days. Your reply reopens the case and sends it '
         'back to the associate who was working on it. After that, you would need to submit a new request.\n\n'
         'Thank you,\nAWS Training and Certification\n\n'
         '-----------------------------------------------------------\n'
         'Previous correspondence:\n\n%s\n') % (CASE_D, gt(D_INFO_T.split('---------- Original')[0].rstrip()))
    raw = aws_mail(ME_W, subj, d, 'D-close', text=t, rcv='m365', crlf=True, irt=D_INFO, refs=[D_ACK, D_INFO],
                   cte='base64')
    add('closing_notice', True, CASE_D, [],
        'Case already marked resolved for lack of response; only a reply within 14 days reopens it. Base64 body, CRLF.',
        raw, d)
    D_CLOSE = mid_ses('D-close')

    # 007 user reply from Outlook (company)
    d = when('2023-06-19 18:05:44')
    q = outlook_hdr(when('2023-06-19 09:10:05'), '%s <%s>' % (TC_NAME, TC), ME_W, subj) + '\n' + \
        'Hello,\n\nWe have not heard back from you about case %s, so we have marked it as resolved.\n\n' \
        'Still need help? Reply to this email within the next 14 days...\n' % CASE_D
    t = ('Hi Marco,\n\nSorry for the slow reply, I was away from the office last week.\n\n'
         'The congratulations email went to this address and shows Candidate ID %s. The account I normally '
         'use is %s. I booked the exam with this same address (%s).\n\n'
         'I would like to keep my usual one.\n\n'
         'Best regards,\nHaruka Tsujimoto\nKairos Techworks Inc. | Cloud Infrastructure Group\n\n'
         '________________________________\n%s') % (CID_DUP, CID_OLD, ME_W, q)
    raw = sent_outlook(ad(TC_NAME, TC), 'RE: ' + subj, d, 'D-u1', t, irt=D_CLOSE, refs=[D_ACK, D_INFO, D_CLOSE])
    add('user_reply', False, CASE_D, [CID_DUP, CID_OLD],
        'Owner\'s Outlook reply (CRLF) with both IDs in new text, closing notice quoted below the separator.', raw, d)
    D_U1 = mid_outlook('D-u1')

    # 008 D reopened acknowledgement
    d = when('2023-06-20 02:11:57')
    t = ('Case %s has been reopened.\n\n'
         'Your reply was added to the case and the case is open again. An associate will review your message '
         'and respond. You do not need to open a new case.\n\n'
         'AWS Training and Certification\n') % CASE_D
    raw = aws_mail(ME_W, subj, d, 'D-reopen', text=t, rcv='m365', crlf=True, irt=D_U1,
                   refs=[D_ACK, D_INFO, D_CLOSE, D_U1], cs='us-ascii', cte='7bit')
    add('acknowledgement', False, CASE_D, [], 'System notice that the reply reopened the case; us-ascii 7bit.', raw, d)
    D_RE = mid_ses('D-reopen')

    # 009 D confirmation request
    d = when('2023-06-21 11:30:12')
    t = ('Hi Haruka,\n\n'
         'Thank you for the candidate IDs, that was exactly what I needed.\n\n'
         'I can see both profiles now. Both are registered to %s:\n\n'
         '  Profile 1 - %s - created 2021-04-08 - AWS Certified Cloud Practitioner, AWS Certified Developer - Associate\n'
         '  Profile 2 - %s - created 2023-05-27 - AWS Certified Solutions Architect - Associate (June 3, 2023)\n\n'
         'The plan would be to keep Profile 1 and fold Profile 2 into it, so that all three certifications, your '
         'exam history and the Credly connection sit under the older profile. Profile 2 would then be closed for good.\n\n'
         'Before I change anything I need your go-ahead: are both profiles yours, and is Profile 1 the one to '
         'keep? A short reply to this email is enough.\n\n'
         'Kind regards,\nAileen\nAWS Training and Certification\n') % (ME_W, CID_OLD, CID_DUP)
    raw = aws_mail(ME_W, subj, d, 'D-conf', text=t, html=html_wrap(html_of(t)), rcv='m365', crlf=True,
                   irt=D_U1, refs=[D_ACK, D_INFO, D_CLOSE, D_U1])
    add('confirmation_request', True, CASE_D, [CID_OLD, CID_DUP],
        'Profiles listed as "Profile 1/2" (not Account #1/#2); the ask is a question after the plan.', raw, d)
    D_CONF = mid_ses('D-conf')
    D_CONF_T = t

    # 010 user confirms
    d = when('2023-06-21 13:02:30')
    q = outlook_hdr(when('2023-06-21 11:30:12'), '%s <%s>' % (TC_NAME, TC), ME_W, subj) + '\n' + D_CONF_T
    t = ('Hi Aileen,\n\nYes, both profiles are mine. Please go ahead and keep Profile 1 (%s).\n\n'
         'Thanks,\nHaruka\n\n________________________________\n%s') % (CID_OLD, q)
    raw = sent_outlook(ad(TC_NAME, TC), 'RE: ' + subj, d, 'D-u2', t, irt=D_CONF,
                       refs=[D_ACK, D_INFO, D_CLOSE, D_U1, D_CONF])
    add('user_reply', False, CASE_D, [CID_OLD],
        'Owner confirms; quoted request below contains a second ID that must not be listed.', raw, d)
    D_U2 = mid_outlook('D-u2')

    # 011 D resolved, quoting the request
    d = when('2023-06-22 09:15:40')
    t = ('Hi Haruka,\n\n'
         'All done. Profile 2 has been merged into %s. Your Solutions Architect - Associate certification and '
         'the June 3 exam result now appear on that account, and the duplicate profile has been deactivated.\n\n'
         'The Credly badge for the new certification should reach the email on file within 1-2 business days; '
         'no further action is needed on your side.\n\n'
         'If something still looks wrong, you are welcome to reply here.\n\n'
         'Kind regards,\nAileen\nAWS Training and Certification\n\n'
         'On 6/21/2023 4:02 AM, %s wrote:\n'
         '> Hi Aileen,\n> \n> Yes, both profiles are mine. Please go ahead and keep Profile 1 (%s).\n'
         '> \n> Thanks,\n> Haruka\n\n'
         'On 6/21/2023 2:30 AM, AWS Training and Certification wrote:\n%s\n') % (
        CID_OLD, ME_W, CID_OLD, gt(D_CONF_T))
    raw = aws_mail(ME_W, subj, d, 'D-done', text=t, rcv='m365', crlf=True, irt=D_U2,
                   refs=[D_ACK, D_INFO, D_CLOSE, D_U1, D_CONF, D_U2])
    add('resolved', False, CASE_D, [CID_OLD],
        'Completion that quotes the earlier go-ahead question and ends with a conditional "reply here".', raw, d)

    # 012 Credly badge
    d = when('2023-06-22 18:40:03')
    t = ('Hi Haruka,\n\n'
         'Amazon Web Services Training and Certification has issued you a new badge:\n\n'
         'AWS Certified Solutions Architect - Associate\n\n'
         'Accept your badge to add it to your Credly profile and share it with your network:\n'
         'https://www.credly.com/badges/3f7c2a1e-8b4d-4e29-9a61-0c5d7e8f1b23/accept\n\n'
         'Badges you accept can be shared on LinkedIn, in email signatures and on your resume.\n\n'
         'The Credly Team\n\nYou received this email because a badge was issued to h.tsujimoto@kairos-tw.co.jp.')
    raw = other_mail(ad('Credly', CREDLY), ME_W,
                     'Haruka, claim your AWS Certified Solutions Architect - Associate badge', d, 'credly-2023',
                     text=t, html=html_wrap(html_of(t)), domain='credly.com', ip='167.89.61.20', rcv='m365',
                     crlf=True, dtz=UTC, mailfrom='bounces+1839201@em.credly.com')
    add('badge', False, None, [], 'Credly badge that follows the 2023 merge; badge UUID in a link is not a case.', raw, d)


# ================================================================ 2025, part 1
SUBJ_A = 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ)
SUBJ_B = 'RE:[CASE %s] %s' % (CASE_B, TC_SUBJ)
A_ACK = mid_ses('A-ack')
A_HOLD = mid_ses('A-hold')
A_U1 = mid_gmail('A-u1')
A_HOLD_T = None


def m2025a():
    global A_HOLD_T
    # 013 certification expiry reminder
    d = when('2025-02-20 07:05:18')
    t = ('Hello Haruka,\n\n'
         'Your AWS Certified Developer - Associate certification expires on May 14, 2025.\n\n'
         'To keep it active, pass the current version of the exam, or a higher-level exam that recertifies it, '
         'before the expiration date. If you still have an unused 50%% exam benefit, you can apply it when you '
         'schedule.\n\n'
         'Certification: AWS Certified Developer - Associate\nCandidate ID: %s\nExpiration date: 2025-05-14\n\n'
         'Review your options on the Recertification page of the AWS Certification website.\n\n'
         'AWS Training and Certification\n\n'
         'This is an automated message. Replies to this address are not monitored.') % CID_OLD
    raw = other_mail(ad('AWS Certification', CERTM), ME_W, 'Your AWS Certification expires in 90 days', d,
                     'cm-exp-2025', text=t, html=html_wrap(html_of(t)), domain='certmetrics.com',
                     ip='52.88.214.23', rcv='m365', crlf=True, dtz=PST, cte='base64')
    add('certification', False, None, [CID_OLD], 'Expiry reminder from CertMetrics, base64, mentions exam benefit.', raw, d)

    # 014 colleague: farewell party (ISO-2022-JP)
    d = when('2025-03-03 17:42:09')
    t = ('クラウド基盤グループの皆さん\n\n'
         'お疲れ様です。石田です。\n\n'
         '既にご存じの方も多いと思いますが、辻本さんが3月31日付で退職されることになりました。\n'
         'つきましては下記のとおり送別会を開催します。\n\n'
         '日時: 3月27日(木) 19時から\n'
         '場所: 新橋駅周辺(お店は決まり次第連絡します)\n'
         '会費: 5,000円\n\n'
         '参加可否を3月14日(金)までにこのメールへ返信してください。\n'
         '(辻本さんは主役なので返信不要です)\n\n'
         '石田 健吾\nカイロス・テックワークス株式会社 クラウド基盤グループ\n')
    raw = other_mail(ad('石田 健吾', 'k.ishida@kairos-tw.co.jp', 'iso-2022-jp'),
                     'cloud-infra@kairos-tw.co.jp', '【ご案内】辻本さん送別会のお知らせ', d, 'farewell',
                     text=t, cs='iso-2022-jp', cte='7bit', rcv=None, crlf=True,
                     mid=mid_outlook('farewell'),
                     extra=[('Content-Language', 'ja-JP'), ('X-MS-Exchange-Organization-AuthAs', 'Internal')])
    add('unrelated', False, None, [], 'Colleague mail in ISO-2022-JP asking others to reply; explicitly not the owner.', raw, d)

    # 015 owner forwards a 2021 case mail to herself (Outlook)
    d = when('2025-03-05 19:26:51')
    old_subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-assistance' % CASE_F
    q = outlook_hdr(when('2021-09-14 10:03:00'), 'AWS Training and Certification <%s>' % TC, ME_W, old_subj) + \
        ('\nHello Haruka,\n\nI have rescheduled your AWS Certified Developer - Associate exam (candidate ID %s) to '
         'September 25, 2021, and waived the missed-appointment fee because of the test center outage on '
         'September 11. You will receive a new confirmation from Pearson VUE shortly.\n\n'
         'Is there anything else I can help with? If not, no reply is needed and this case will close on its own.\n\n'
         'Best regards,\nDaniela\nAWS Training and Certification\n' % CID_OLD)
    t = ('保存用(個人アドレスへ転送)。2021年の試験リスケの件。退職後は会社のメールが見られなくなるので。\n\n'
         '________________________________\n' + q)
    raw = sent_outlook(ad(ME_EN, ME_P), 'FW: ' + old_subj, d, 'F-fw', t, topic=old_subj, lang='ja-JP')
    add('user_reply', False, CASE_F, [],
        'Owner forwards an old 10-digit case to herself; the forwarded agent mail asks a question, but it is history.',
        raw, d)

    # 016 note to self (Japanese, base64)
    d = when('2025-03-06 23:12:40')
    t = ('移行前の控え\n\n'
         '旧アカウント(会社): %s / %s\n'
         '取得済み: CLF, DVA (2025/5/14 失効), SAA (2026/6/3 失効), DOP (2025/2/18 再認定)\n'
         '特典: 50%%割引バウチャー x1 (2026/2/18 まで)\n'
         '証明書PDF: 4件ダウンロード済み\n\n'
         'TODO\n'
         '- 個人アドレスで Builder ID 作成\n'
         '- 認定アカウントを新規作成して候補IDを控える\n'
         '- フォームで「アカウントの統合」を申請(問い合わせは1回だけ!)\n'
         '- APN の件は三浦さんに相談\n') % (CID_OLD, ME_W)
    raw = sent_gmail(ad(ME_EN, ME_P), 'メモ: AWS認定アカウント移行前の控え', d, 'memo', t, cte='base64')
    add('user_reply', False, None, [CID_OLD], 'Owner\'s note to self (Japanese, base64); no case yet.', raw, d)

    # 017 Builder ID verification code
    d = when('2025-03-09 21:40:17')
    t = ('Verify your AWS Builder ID email address\n\n'
         'Hello Haruka Tsujimoto,\n\n'
         'To finish creating your AWS Builder ID, enter this verification code:\n\n'
         '804173\n\n'
         'The code expires in 10 minutes. If you did not request it, you can ignore this email.\n\n'
         'Amazon Web Services')
    raw = aws_mail(ME_P, 'Verify your AWS Builder ID email address', d, 'bid-code', text=t,
                   html=html_wrap(html_of(t)), frm=ad('AWS Builder ID', 'no-reply@signin.aws'),
                   fromdom='signin.aws', dtz=UTC)
    add('unrelated', False, None, [], 'Builder ID one-time code (6 digits); sign-in mail, not a case.', raw, d)

    # 018 certification: welcome to the new account
    d = when('2025-03-09 22:03:55')
    t = ('Welcome to AWS Certification, Haruka!\n\n'
         'Your AWS Certification Account is ready. Keep your candidate ID handy; you will need it when you '
         'schedule exams or contact us.\n\n'
         'Candidate ID: %s\n\n'
         'From your account you can schedule exams, track your exam history, download certificates and claim '
         'certification benefits.\n\n'
         'AWS Training and Certification') % CID_NEW
    raw = other_mail(ad('AWS Certification', CERTM), ME_P, 'Welcome to your AWS Certification Account', d,
                     'cm-welcome', text=t, html=html_wrap(html_of(t)), domain='certmetrics.com',
                     ip='52.88.214.31', dtz=PDT)
    add('certification', False, None, [CID_NEW], 'New certification account welcome with the new candidate ID.', raw, d)

    # 019 A acknowledgement
    d = when('2025-03-10 09:14:52')
    t = ('Hello,\n\n'
         'Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.\n\n'
         'We aim to respond within 24 hours, although occasionally we may need more time to find the best '
         'resolution for you.\n\n'
         'Please do not create another case for this same request; duplicate cases are handled more slowly.\n\n'
         'The details of your case are as follows:\n\n'
         'Case ID: %s\nSubject: Account Merge\nContact email: %s\nAWS Candidate ID: %s\n'
         'Inquiry type: Certification\nAdditional details: Account Merge\n'
         'Case details:\n'
         'Use case: I am leaving Kairos Techworks at the end of March and would like to merge my company '
         'certification account into my personal one.\n'
         'All email addresses I may have used: %s, %s\n'
         'Email address to keep: %s\n'
         'Old candidate ID: %s\n\n'
         'Sincerely,\nAmazon Web Services\n') % (CASE_A, CASE_A, ME_P, CID_NEW, ME_W, ME_P, ME_P, CID_OLD)
    raw = aws_mail(ME_P, SUBJ_A, d, 'A-ack', text=t, frm=ad('Amazon Web Services', TC))
    add('acknowledgement', False, CASE_A, [CID_NEW, CID_OLD],
        'Main 15-digit case opened; both candidate IDs appear in the form details the ack reproduces.', raw, d)
    A_ACK_T = t

    # 020 AWS marketing (Japanese HTML only)
    d = when('2025-03-10 12:30:00')
    html = html_wrap(
        '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>'
        '<h1 style="color:#232f3e">AWS Summit Japan 2025 登録受付中</h1>'
        '<p>6月25日・26日、幕張メッセで開催される AWS Summit Japan の事前登録が始まりました。'
        '150 以上のセッション、AWS 認定者ラウンジ、ハンズオンをご用意しています。</p>'
        '<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>'
        '<p style="font-size:11px;color:#888">AWS 認定をお持ちの方は、会場の認定者ラウンジで記念品をお受け取りいただけます。'
        '配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>'
        'アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p>'
        '</td></tr></table>', 'AWS Summit Japan 2025')
    raw = aws_mail(ME_P, 'AWS Summit Japan 2025 の登録受付を開始しました', d, 'mkt-summit', html=html,
                   frm=ad('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com'),
                   extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>')])
    add('unrelated', False, None, [], 'AWS marketing, Japanese HTML-only, mentions AWS Certification.', raw, d)

    # 021 B acknowledgement in Japanese (ISO-2022-JP, work address)
    d = when('2025-03-11 08:52:35')
    t = ('お客様\n\n'
         'AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n'
         'ご依頼を承り、ケース %s を作成いたしました。\n\n'
         '担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。\n'
         '同じご依頼について既にケースをお持ちの場合は、新たなケースの作成はお控えください。'
         '重複したケースは対応の遅れにつながります。\n\n'
         'ケースの内容は以下のとおりです。\n\n'
         'ケース ID: %s\n'
         'お問い合わせタイプ: AWS トレーニングと認定\n'
         '問題タイプ: 認定\n'
         'その他の詳細: アカウントの統合\n'
         'お問い合わせ内容:\n'
         '会社のアカウント(%s)を個人アカウントへ統合したいです。統合先: %s\n'
         '3月末で退職予定です。\n\n'
         '本メールにご返信いただくと、ケースに情報を追加できます。\n\n'
         'AWS トレーニングと認定 カスタマーサポート\n') % (CASE_B, CASE_B, CID_OLD, ME_P)
    raw = aws_mail(ME_W, SUBJ_B, d, 'B-ack', text=t, rcv='m365', cs='iso-2022-jp', cte='7bit', crlf=True,
                   frm=ad('AWS トレーニングと認定', TC, 'iso-2022-jp'))
    add('acknowledgement', False, CASE_B, [CID_OLD],
        'Second (duplicate) form case, Japanese ack in ISO-2022-JP 7bit to the work address.', raw, d)

    # 022 A on hold, with a buried question
    d = when('2025-03-11 11:05:26')
    t = ('Hello Haruka,\n\n'
         'Thank you for reaching out about combining your certification accounts.\n\n'
         'While reviewing the request I found that the account registered to %s is linked to an AWS Partner '
         'Network organization (Kairos Techworks Inc.). Certifications held by an account in that state count '
         'toward the partner\'s standing, so we cannot move or merge it while the link is active. Either the '
         'organization\'s Partner Central administrator releases the association, or we confirm that your '
         'employment there has ended.\n\n'
         'I have put the case on hold until this is sorted out; it will not be closed in the meantime.\n\n'
         'To work out which path applies: are you still with Kairos Techworks, and if you are leaving, what is '
         'your last day there?\n\n'
         'Once I know, I can either involve our partner team or schedule the merge for after your last day.\n\n'
         'Best regards,\nRohan M.\nAWS Training and Certification\n\n'
         '-----Original Message-----\n%s') % (ME_W, A_ACK_T.split('The details of your case are as follows:\n\n')[1])
    A_HOLD_T = t
    raw = aws_mail(ME_P, SUBJ_A, d, 'A-hold', text=t, html=html_wrap(html_of(t)), cte='base64',
                   irt=A_ACK, refs=[A_ACK])
    add('on_hold', True, CASE_A, [],
        'APN partner hold; the question (still employed? last day?) sits mid-mail between explanations. '
        'IDs only in the quoted original.', raw, d)


def m2025b():
    # 023 B confirmation request in Japanese (UTF-8 base64, table)
    d = when('2025-03-11 15:40:02')
    rows = [('ログイン用メールアドレス', ME_P, ME_W),
            ('トレーニング通知用メールアドレス', ME_P, ME_W),
            ('認定通知用メールアドレス', ME_P, ME_W),
            ('候補 ID', CID_NEW, CID_OLD)]
    t = ('辻本 遥 様\n\n'
         'AWS トレーニングと認定 カスタマーサポートの小林でございます。\n'
         'アカウント統合のご依頼をいただき、ありがとうございます。\n\n'
         'お客様の情報で確認できた認定アカウントは以下の2件です。\n\n'
         'アカウント #1\n' + ''.join('  %s: %s\n' % (r[0], r[1]) for r in rows) + '\n'
         'アカウント #2\n' + ''.join('  %s: %s\n' % (r[0], r[2]) for r in rows) + '\n'
         '上記2件がいずれもお客様ご本人のアカウントであること、ならびにアカウント #1 へ統合して差し支えないことを'
         'ご確認いただけますでしょうか。\n'
         'ご確認いただけ次第、統合作業を進めさせていただきます。\n\n'
         '何卒よろしくお願いいたします。\n\n'
         '小林\nAWS トレーニングと認定 カスタマーサポート\n')
    trs = ''.join('<tr><td style="border:1px solid #ccc;padding:4px">%s</td>'
                  '<td style="border:1px solid #ccc;padding:4px">%s</td>'
                  '<td style="border:1px solid #ccc;padding:4px">%s</td></tr>' % r for r in rows)
    html = html_wrap('<p>辻本 遥 様</p><p>AWS トレーニングと認定 カスタマーサポートの小林でございます。<br>'
                     'アカウント統合のご依頼をいただき、ありがとうございます。</p>'
                     '<p>お客様の情報で確認できた認定アカウントは以下の2件です。</p>'
                     '<table style="border-collapse:collapse"><tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>'
                     + trs + '</table>'
                     '<p>上記2件がいずれもお客様ご本人のアカウントであること、ならびにアカウント #1 へ統合して差し支えないことを'
                     'ご確認いただけますでしょうか。<br>ご確認いただけ次第、統合作業を進めさせていただきます。</p>'
                     '<p>何卒よろしくお願いいたします。</p><p>小林<br>AWS トレーニングと認定 カスタマーサポート</p>')
    raw = aws_mail(ME_W, SUBJ_B, d, 'B-conf', text=t, html=html, rcv='m365', cte='base64',
                   irt=mid_ses('B-ack'), refs=[mid_ses('B-ack')])
    add('confirmation_request', True, CASE_B, [CID_NEW, CID_OLD],
        'Japanese keigo confirmation (いただけますでしょうか) with an account table, on the duplicate case.', raw, d)
    B_CONF_T = t

    # 024 owner answers the hold question (Gmail, top-posted)
    d = when('2025-03-11 22:18:09')
    t = ('Hi Rohan,\n\n'
         'Thanks for looking into this. Yes, I am still at Kairos Techworks, but my last day is March 31, 2025, '
         'and my work mailbox will be shut down that evening. I would like the merge done before then if '
         'possible, so I will also ask our partner admin (Aya Miura) to release the association on the '
         'Partner Central side.\n\n'
         'One more thing: this morning I accidentally submitted the form a second time from my work address, '
         'which created case %s. Please treat it as a duplicate of this one.\n\n'
         'Best regards,\nHaruka Tsujimoto\n\n%s\n%s\n') % (
        CASE_B, gmail_on(when('2025-03-11 11:05:26'), TC_NAME, TC), gt(A_HOLD_T))
    raw = sent_gmail(ad(TC_NAME, TC), SUBJ_A, d, 'A-u1', t, irt=A_HOLD, refs=[A_ACK, A_HOLD])
    add('user_reply', False, CASE_A, [],
        'Owner answers the hold question, top-posted over the full quote; mentions the duplicate case number too.', raw, d)

    # 025 A acknowledgement of the reply
    d = when('2025-03-11 22:19:40')
    t = ('Hello,\n\n'
         'Your message has been added to case %s. There is nothing else you need to do right now; the '
         'associate handling your case will get back to you.\n\n'
         'Please keep the case number in the subject line if you write to us again.\n\n'
         'AWS Training and Certification\n') % CASE_A
    raw = aws_mail(ME_P, SUBJ_A, d, 'A-ack2', text=t, cs='us-ascii', cte='7bit', irt=A_U1,
                   refs=[A_ACK, A_HOLD, A_U1])
    add('acknowledgement', False, CASE_A, [], 'Automatic "your message has been added" receipt after the owner\'s reply.', raw, d)

    # 026 B closed as a duplicate, quoting the Japanese confirmation request
    d = when('2025-03-12 09:03:48')
    t = ('Hello Haruka,\n\n'
         'Our team was told that this case was submitted by mistake, and I can see it asks for the same merge '
         'as case %s, which you opened from your personal address the day before.\n\n'
         'To keep everything in one place I have closed this case as a duplicate and added a note to the '
         'original. Please disregard yesterday\'s message from my colleague asking you to confirm the accounts; '
         'that confirmation will be handled on case %s.\n\n'
         'There is nothing for you to do on this case.\n\n'
         'Regards,\nJoaquin\nAWS Training and Certification\n\n'
         '---- 2025/03/11 15:40, AWS Training and Certification wrote ----\n%s\n') % (CASE_A, CASE_A, gt(B_CONF_T))
    raw = aws_mail(ME_W, SUBJ_B, d, 'B-dup', text=t, rcv='m365', crlf=True,
                   irt=mid_ses('B-conf'), refs=[mid_ses('B-ack'), mid_ses('B-conf')])
    add('case_update', False, CASE_B, [],
        'Duplicate closed and linked to the main case; quotes yesterday\'s Japanese confirmation request and names the other case.',
        raw, d)

    # 027 owner forwards the hold to the partner admin (Japanese, Outlook)
    d = when('2025-03-12 10:20:14')
    q = outlook_hdr(when('2025-03-11 11:05:26'), '%s <%s>' % (TC_NAME, TC), ME_P, SUBJ_A) + '\n' + \
        A_HOLD_T.split('-----Original Message-----')[0]
    t = ('三浦さん\n(cc: 石田さん)\n\n'
         'お疲れ様です。辻本です。\n'
         '退職に伴い、AWS認定アカウント(%s)を個人アカウントへ統合する申請をしているのですが、'
         'APN(Partner Central)側で会社と紐づいているため、AWSサポートで保留になっています。\n'
         'お手数ですが、Partner Central で私の認定アカウントの関連付けを解除していただけないでしょうか。\n'
         'AWSからのメールを下に転送します。\n\n'
         'よろしくお願いいたします。\n辻本\n\n'
         '________________________________\n%s') % (CID_OLD, q)
    raw = sent_outlook(ad('三浦 彩', 'a.miura@kairos-tw.co.jp'), 'FW: ' + SUBJ_A, d, 'A-fw', t,
                       cc=ad('石田 健吾', 'k.ishida@kairos-tw.co.jp'), lang='ja-JP', topic=SUBJ_A)
    add('user_reply', False, CASE_A, [CID_OLD],
        'Owner forwards support\'s hold to a colleague with her own request to the colleague; quoted question must not count.',
        raw, d)

    # 028 out-of-office auto reply from the partner admin
    d = when('2025-03-12 10:20:31')
    t = ('三浦は3月12日から3月14日まで休暇をいただいております。\n'
         '3月17日以降、順次対応いたします。\n'
         'お急ぎの場合は alliance@kairos-tw.co.jp までご連絡ください。\n\n'
         'I am out of the office from March 12 to March 14 and will reply after I return on March 17.\n'
         'For urgent matters, please contact alliance@kairos-tw.co.jp.\n')
    raw = other_mail(ad('三浦 彩', 'a.miura@kairos-tw.co.jp', 'iso-2022-jp'), ad(ME_EN, ME_W),
                     '自動応答: FW: ' + SUBJ_A, d, 'ooo-miura', text=t, cs='iso-2022-jp', cte='7bit', rcv=None,
                     crlf=True, mid=mid_outlook('ooo-miura'), irt=mid_outlook('A-fw'), refs=[mid_outlook('A-fw')],
                     extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                            ('X-MS-Exchange-Inbox-Rules-Loop', 'a.miura@kairos-tw.co.jp')])
    add('unrelated', False, CASE_A, [],
        'Colleague out-of-office auto-reply; the subject carries the [CASE] token of the main case.', raw, d)

    # 029 A handed to partner operations
    d = when('2025-03-12 16:45:10')
    t = ('Hi Haruka,\n\n'
         'Thanks for the quick answer, and for flagging the second case. A colleague has already closed %s as '
         'a duplicate, so nothing will be done twice.\n\n'
         'Since your last day is March 31, I have handed your case to our partner operations team. They will '
         'work with the Partner Central administrator at Kairos Techworks to remove the link between your '
         'certification account and the organization. That usually takes a few business days, and you will hear '
         'from us as soon as there is movement.\n\n'
         'Nothing is needed from you at this point.\n\n'
         'Best regards,\nRohan M.\nAWS Training and Certification\n') % CASE_B
    raw = aws_mail(ME_P, SUBJ_A, d, 'A-upd1', text=t, irt=A_U1, refs=[A_ACK, A_HOLD, A_U1],
                   frm=ad('AWS Training & Certification Support', TC))
    add('case_update', False, CASE_A, [],
        'Passed to partner operations; "Nothing is needed from you"; mentions the duplicate case number.', raw, d)


A_CONF = mid_ses('A-conf')
A_WU = mid_outlook('A-wu')
A_INFO = mid_ses('A-info')
A_CLOSE = mid_ses('A-close')
A_U2 = mid_gmail('A-u2')


def acct_table(n, email, cid, extra_row=None):
    rows = [('Login email', email), ('Training notification email', email),
            ('Certification notification email', email), ('Candidate ID', cid)]
    if extra_row:
        rows.append(extra_row)
    return ('<p style="margin:12px 0 4px"><b>Account #%d</b></p>\n<table style="border-collapse:collapse;'
            'font-size:13px">\n%s</table>\n' % (n, ''.join(
                '<tr><td style="padding:3px 10px;border:1px solid #d5dbdb;background:#f2f3f3">%s</td>'
                '<td style="padding:3px 10px;border:1px solid #d5dbdb">%s</td></tr>\n' % r for r in rows)))


A_CONF_TEXT = ('Hello Haruka,\n\nFollowing up on my earlier note, here are the two accounts I found.\n\n'
               'Account #1\nLogin email: {p}\nTraining notification email: {p}\nCertification notification email: {p}\n'
               'Candidate ID: {n}\n\n'
               'Account #2\nLogin email: {w}\nTraining notification email: {w}\nCertification notification email: {w}\n'
               'Candidate ID: {o}\nPartner association: removed on 2025-03-20\n\n'
               'After the merge, Account #1 will hold all exam history, certifications and benefits, and Account #2 '
               'will be closed and can no longer be used to sign in.\n\n'
               'Please review the above and reply to confirm that both accounts belong to you and that we should '
               'merge them into Account #1.\n\nRegards,\nTomasz K.\nAWS Training and Certification\n').format(
    p=ME_P, w=ME_W, n=CID_NEW, o=CID_OLD)


def m2025c():
    global A_INFO_TXT
    # 030 other vendor: ticket solved (Japanese)
    d = when('2025-03-14 16:31:07')
    t = ('辻本 様\n\n'
         'いつも Tasklane をご利用いただきありがとうございます。\n'
         'お問い合わせ #58213「プロジェクトの統合について」は解決済みとなりました。\n\n'
         '2つのプロジェクトの課題・Wiki を「基盤チーム」プロジェクトへ統合いたしました。'
         '統合元のプロジェクトはアーカイブ済みです。\n\n'
         '7日以内にこのメールへご返信いただくと、お問い合わせが再開されます。\n'
         'よろしければ、今回の対応についてアンケートへのご協力をお願いいたします。\n'
         'https://support.tasklane.jp/survey/58213\n\n'
         'Tasklane サポートチーム\n')
    raw = other_mail(ad('Tasklane サポート', 'support@tasklane.jp'), ad(ME_EN, ME_W),
                     '[Tasklane サポート] お問い合わせ #58213 は解決済みとなりました', d, 'tasklane', text=t,
                     domain='tasklane.jp', ip='210.140.18.66', rcv='m365', crlf=True)
    add('unrelated', False, None, [],
        'Other vendor\'s ticket solved about merging projects, with reopen-by-reply and a survey.', raw, d)

    # 031 A on hold (pure status), HTML only
    d = when('2025-03-17 10:12:44')
    html = html_wrap('<p>Hi Haruka,</p>'
                     '<p>A quick status note on case %s.</p>'
                     '<p>The case is still <b>on hold</b>. Our partner operations team has asked the AWS Partner '
                     'Network administrator for Kairos Techworks to release your certification account, and we are '
                     'waiting for that change to go through on their side. We will check again on Friday and write '
                     'to you as soon as anything moves.</p>'
                     '<p>There is nothing you need to send us right now.</p>'
                     '<p>Warm regards,<br>Bianca<br>AWS Training and Certification</p>' % CASE_A)
    raw = aws_mail(ME_P, SUBJ_A, d, 'A-hold2', html=html, irt=mid_ses('A-upd1'),
                   refs=[A_ACK, A_HOLD, A_U1, mid_ses('A-upd1')])
    add('on_hold', False, CASE_A, [], 'HTML-only hold status waiting on the partner; explicitly nothing to send.', raw, d)

    # 032 Microsoft certification profile merge case closed
    d = when('2025-03-18 06:20:33')
    t = ('Hello Haruka,\n\n'
         'I am following up on case 2503140040008812 about merging your two Microsoft Learn certification '
         'profiles. The merge is complete: your transcript, certifications and exam history now appear under '
         'the profile signed in with haruka.tsujimoto.dev@gmail.com.\n\n'
         'As this resolves your request, I am closing the case. If the issue returns within 10 days, reply to '
         'this email and the case will reopen.\n\n'
         'We would love to hear about your experience: https://aka.ms/supportsurvey\n\n'
         'Kind regards,\nKarthik Raman\nMicrosoft Certification Support\n')
    raw = other_mail(ad('Microsoft Support', 'support@mail.support.microsoft.com'), ME_P,
                     'Case 2503140040008812 - Certification profile merge - Closed', d, 'msft', text=t,
                     html=html_wrap(html_of(t)), domain='mail.support.microsoft.com', ip='40.107.22.91',
                     dtz=UTC, policy='(p=REJECT sp=REJECT dis=NONE)')
    add('unrelated', False, None, [],
        'Another vendor\'s certification-profile merge completed and closed: same story, wrong company.', raw, d)

    # 033 phishing from a lookalike domain
    d = when('2025-03-18 14:02:19')
    html = html_wrap('<div style="background:#232f3e;padding:10px"><span style="color:#ff9900;font-size:20px">'
                     'aws</span> <span style="color:#fff">training and certification</span></div>'
                     '<p>Dear Candidate,</p>'
                     '<p>We received a request to merge your AWS Certification accounts. To prevent the loss of your '
                     'certifications, you must confirm ownership within <b>24 hours</b> by signing in with your AWS '
                     'Builder ID.</p>'
                     '<p><a href="https://aws-certification-merge.com/verify?c=8841-22f1" style="background:#ff9900;'
                     'color:#000;padding:8px 16px;text-decoration:none">Confirm account merge</a></p>'
                     '<p>If you do not confirm, both accounts will be suspended and all digital badges revoked.</p>'
                     '<p>AWS Training &amp; Certification Security Team</p>')
    raw = other_mail(ad('AWS Training and Certification', 'support@aws-certification-merge.com'), ME_P,
                     'Action required: confirm your AWS Certification account merge', d, 'phish1', html=html,
                     domain='aws-certification-merge.com', ip='45.134.26.118', dtz=UTC)
    add('suspicious', False, None, [],
        'Lookalike domain with a merge "confirm" button and a 24-hour threat; DKIM/DMARC pass for the fake domain.', raw, d)

    # 034 AWS Events form case asking which registration to keep (not T&C)
    d = when('2025-03-19 15:20:41')
    t = ('Hello Haruka,\n\n'
         'Thanks for contacting AWS Events.\n\n'
         'I can move your AWS Summit Japan registration to a new email address, but the address you gave '
         '(%s) already has a registration of its own. Could you let me know which of the two registrations '
         'you would like to keep? I will cancel the other one.\n\n'
         'Best,\nMei Ling\nAWS Events Customer Support\n') % ME_P
    raw = aws_mail(ME_P, 'RE:[CASE %s] [AWS Events Form Submission] - registration-change' % CASE_EV, d, 'ev-q',
                   text=t, frm=ad('AWS Events', 'aws-cs-events-form@amazon.com'))
    add('unrelated', False, CASE_EV, [],
        'Same case-mail shape from another AWS program, asking which of two records to keep: looks like a merge confirmation.',
        raw, d)

    # 035 A hold lifted
    d = when('2025-03-21 11:02:37')
    t = ('Hello Haruka,\n\n'
         'Good news: the partner administrator at Kairos Techworks has removed the association between your '
         'certification account and their AWS Partner Network organization.\n\n'
         'The hold on your case has been lifted and I am now preparing the merge. I will send you the details '
         'of both accounts to look over shortly.\n\n'
         'Best,\nTomasz K.\nAWS Training and Certification\n')
    raw = aws_mail(ME_P, SUBJ_A, d, 'A-lift', text=t, html=html_wrap(html_of(t)), irt=mid_ses('A-hold2'),
                   refs=[A_ACK, A_HOLD, A_U1, mid_ses('A-upd1'), mid_ses('A-hold2')])
    add('case_update', False, CASE_A, [], 'Hold lifted; announces a future request ("I will send you the details to look over").', raw, d)

    # 036 A confirmation request, HTML only, To personal, Cc work
    d = when('2025-03-21 14:37:02')
    html = html_wrap('<p>Hello Haruka,</p><p>Following up on my earlier note, here are the two accounts I found.</p>\n'
                     + acct_table(1, ME_P, CID_NEW)
                     + acct_table(2, ME_W, CID_OLD, ('Partner association', 'removed on 2025-03-20'))
                     + '<p>After the merge, Account #1 will hold all exam history, certifications and benefits, and '
                       'Account #2 will be closed and can no longer be used to sign in.</p>'
                       '<p>Please review the above and reply to confirm that both accounts belong to you and that we '
                       'should merge them into Account #1.</p>'
                       '<p>Regards,<br>Tomasz K.<br>AWS Training and Certification</p>')
    raw = aws_mail(ME_P, SUBJ_A, d, 'A-conf', html=html, cc=ME_W, irt=mid_ses('A-lift'),
                   refs=[A_ACK, A_HOLD, A_U1, mid_ses('A-upd1'), mid_ses('A-hold2'), mid_ses('A-lift')])
    add('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD],
        'HTML-only Account #1 / Account #2 tables; To the personal address with the work address in Cc.', raw, d)

    # 037 phishing: real AWS From address, DMARC fails
    d = when('2025-03-22 03:14:55')
    t = ('Hello,\n\n'
         'Your account merge request is almost complete. For security reasons we must verify your identity '
         'before your certifications are transferred.\n\n'
         'Reply to this email with your AWS Builder ID password and the one-time code you receive, or sign in at '
         'https://aws-training-verify.com/case/174160118840227 within 48 hours.\n\n'
         'If we cannot verify you, the case will be closed and your certifications removed.\n\n'
         'AWS Training and Certification\n')
    hd = recv_gmail(ME_P, d, '185.220.101.47', 'mail.srv-relay.biz') + [
        ('Authentication-Results', 'mx.google.com;\n       dkim=neutral (no key for signature) header.i=@srv-relay.biz;\n'
         '       spf=fail (google.com: domain of bounce@srv-relay.biz does not designate 185.220.101.47 as '
         'permitted sender) smtp.mailfrom=bounce@srv-relay.biz;\n'
         '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com'),
        ('Return-Path', '<bounce@srv-relay.biz>'),
        ('From', ad(TC_NAME, TC)), ('Reply-To', 'aws-merge-desk@srv-relay.biz'), ('To', ME_P),
        ('Subject', 'RE:[CASE 174160118840227] ' + TC_SUBJ), ('Date', rdate(d, UTC)),
        ('Message-ID', '<%s@srv-relay.biz>' % hx('phish2', 24)), ('X-Mailer', 'PHPMailer 6.8.1')]
    raw = assemble(hd, leaf(t, 'plain', 'utf-8', '8bit'))
    add('suspicious', False, None, [],
        'Genuine T&C From address and subject shape, but dmarc=fail, foreign Reply-To, asks for a password: phishing that demands a reply.',
        raw, d)

    # 038 owner confirms from the WORK address (Outlook)
    d = when('2025-03-24 09:15:22')
    q = outlook_hdr(when('2025-03-21 14:37:02'), '%s <%s>' % (TC_NAME, TC), ME_P, SUBJ_A, cc=ME_W) + '\n' + A_CONF_TEXT
    t = ('Hello Tomasz,\n\nConfirmed. Both accounts are mine; please merge them into Account #1.\n\n'
         'Best regards,\nHaruka Tsujimoto\n\n________________________________\n' + q)
    raw = sent_outlook(ad(TC_NAME, TC), 'RE: ' + SUBJ_A, d, 'A-wu', t, irt=A_CONF,
                       refs=[A_ACK, A_HOLD, A_U1, A_CONF])
    add('user_reply', False, CASE_A, [],
        'Owner confirms, but from the work address (Outlook); quoted account list holds both IDs.', raw, d)

    # 039 A info request: write from the personal address
    d = when('2025-03-24 13:50:09')
    t = ('Hello Haruka,\n\n'
         'Thank you for your confirmation. Unfortunately I cannot act on it yet.\n\n'
         'Case %s was opened from %s, and your confirmation arrived from %s. To protect your certification '
         'records, we only accept merge instructions from the address that raised the case.\n\n'
         'Would you reply to this message from %s? A single line repeating your confirmation is enough, and I '
         'will proceed straight away.\n\n'
         'Regards,\nPriya S.\nAWS Training and Certification\n') % (CASE_A, ME_P, ME_W, ME_P)
    A_INFO_TXT = t
    raw = aws_mail(ME_W, 'RE: ' + SUBJ_A, d, 'A-info', text=t, cc=ME_P, rcv='m365', cs='us-ascii', cte='7bit',
                   irt=A_WU, refs=[A_ACK, A_CONF, A_WU])
    add('info_request', True, CASE_A, [],
        'Wrong-address reply: must write again from the personal address (a question, "Would you reply ...").', raw, d)


def m2025d():
    # 040 tech newsletter (Japanese HTML, base64) that mentions the merge procedure
    d = when('2025-03-25 08:00:00')
    html = html_wrap('<h2>Techlog Weekly 2025/03/25</h2><p>今週の人気記事</p><ol>'
                     '<li><a href="https://techlog.dev/a/7c21">転職前にやっておきたい AWS 認定アカウントの統合手順</a><br>'
                     'サポートからの確認メールに返信するだけで完了。APN パートナー企業の人は保留になることも。</li>'
                     '<li><a href="https://techlog.dev/a/7c35">GitHub Actions の OIDC で AWS に安全にデプロイする</a></li>'
                     '<li><a href="https://techlog.dev/a/7c40">Credly のバッジを LinkedIn に表示する方法</a></li></ol>'
                     '<p style="font-size:11px;color:#777">配信停止は<a href="https://techlog.dev/settings">設定ページ</a>から。</p>')
    raw = other_mail(ad('Techlog', 'newsletter@techlog.dev'), ME_P,
                     'Techlog Weekly: 転職前にやっておきたい AWS 認定アカウントの統合手順 ほか', d, 'techlog',
                     html=html, domain='techlog.dev', ip='198.2.180.12', cte='base64',
                     extra=[('List-Unsubscribe', '<https://techlog.dev/settings>'), ('Precedence', 'bulk')])
    add('unrelated', False, None, [], 'Newsletter whose headline is about merging AWS certification accounts.', raw, d)

    # 041 AWS Budgets alert
    d = when('2025-03-26 06:14:29')
    t = ('AWS Budget Notification March 25, 2025\nAWS Account 482915037164\n\n'
         'Dear AWS Customer,\n\n'
         'You requested that we alert you when the ACTUAL Cost associated with your personal-lab budget is '
         'greater than $16.00 for the current month. The ACTUAL Cost associated with this budget is $17.42. '
         'You can find additional details below and by accessing the AWS Budgets dashboard.\n\n'
         'Budget Name: personal-lab\nBudget Type: Cost\nBudgeted Amount: $20.00\nAlert Type: ACTUAL\n'
         'Alert Threshold: > $16.00\nACTUAL Amount: $17.42\n')
    raw = aws_mail(ME_P, 'AWS Budgets: personal-lab has exceeded your alert threshold', d, 'budget', text=t,
                   frm=ad('AWS Budgets', 'no-reply@budgets.amazonaws.com'), fromdom='budgets.amazonaws.com',
                   cs='us-ascii', cte='7bit')
    add('unrelated', False, None, [], 'AWS billing alert with a 12-digit account ID.', raw, d)

    # 042 A closing notice
    d = when('2025-03-27 10:02:16')
    t = ('Hello Haruka,\n\n'
         'We are still waiting for your confirmation on case %s, sent from the email address registered on the '
         'case, before we can merge your accounts.\n\n'
         'If we do not hear from you within the next three business days, the case will be closed '
         'automatically. A reply to this email before then keeps it open; if it has already been closed, '
         'replying will reopen it.\n\n'
         'Sincerely,\nPriya S.\nAWS Training and Certification\n') % CASE_A
    A_CLOSE_T = t
    raw = aws_mail(ME_P, SUBJ_A, d, 'A-close', text=t, html=html_wrap(html_of(t)), irt=A_INFO,
                   refs=[A_ACK, A_CONF, A_WU, A_INFO])
    add('closing_notice', True, CASE_A, [], 'Reminder + auto-close warning; the wanted action is named only indirectly.', raw, d)

    # 043 colleague asks about the procedure (Shift_JIS, base64)
    d = when('2025-03-27 12:40:51')
    t = ('辻本さん\n\nお疲れ様です、山下です。送別会の前にすみません。\n\n'
         'AWS認定アカウントを個人のアドレスに移す件、もう終わりましたか？\n'
         '自分も来月の異動に合わせて同じことをやる予定なので、手順を教えてもらえると助かります。\n'
         'APN の紐付けで止められたと聞いたのですが、本当ですか？\n\n山下\n')
    raw = other_mail(ad('山下 翔太', 's.yamashita@kairos-tw.co.jp', 'iso-2022-jp'), ad(ME_EN, ME_W),
                     'AWS認定の移行について', d, 'yamashita', text=t, cs='shift_jis', cte='base64', rcv=None,
                     crlf=True, mid=mid_outlook('yamashita'))
    add('unrelated', False, None, [], 'Colleague\'s questions about the merge (Shift_JIS base64): questions, but not from support.', raw, d)

    # 044 owner confirms from the personal address, top-posted over the whole thread
    d = when('2025-03-28 07:48:30')
    hist = (A_CLOSE_T + '\n' + gmail_on(when('2025-03-24 13:50:09'), TC_NAME, TC) + '\n' + gt(A_INFO_TXT) + '\n>\n'
            + gt(gmail_on(when('2025-03-21 14:37:02'), TC_NAME, TC) + '\n' + gt(A_CONF_TEXT)))
    t = ('Hello Priya and Tomasz,\n\n'
         'Sorry for the confusion. This time I am writing from my personal address.\n\n'
         'Confirmed: both accounts are mine. Please merge them into Account #1 (%s / %s).\n\n'
         'Thank you,\nHaruka\n\n%s\n%s\n') % (ME_P, CID_NEW, gmail_on(when('2025-03-27 10:02:16'), TC_NAME, TC), gt(hist))
    raw = sent_gmail(ad(TC_NAME, TC), SUBJ_A, d, 'A-u2', t, irt=A_CLOSE, refs=[A_ACK, A_CONF, A_WU, A_INFO, A_CLOSE])
    add('user_reply', False, CASE_A, [CID_NEW],
        'Owner\'s confirmation from Gmail over three levels of quoting; only the new ID counts.', raw, d)

    # 045 A resolved, quoting the request
    d = when('2025-03-28 11:26:03')
    t = ('Hello Haruka,\n\n'
         'Thank you for confirming. Both accounts have now been merged into Account #1. Your exam history, '
         'certifications and benefits are all on the account that signs in with %s, and Account #2 has been '
         'closed.\n\n'
         'Your AWS Partner Central profile at Kairos Techworks will stop showing these certifications within '
         'about a week. No further action is required from you. Should anything look missing when you sign in, '
         'just reply to this message.\n\n'
         'Best,\nTomasz K.\nAWS Training and Certification\n\n'
         '-----Original Message-----\nFrom: %s\nSent: 3/27/2025 10:48 PM\n'
         'Subject: %s\n\nConfirmed: both accounts are mine. Please merge them into Account #1 (%s / %s).\n\n'
         '-----Original Message-----\nFrom: %s\nSent: 3/21/2025 5:37 AM\n\n%s') % (
        ME_P, ME_P, SUBJ_A, ME_P, CID_NEW, TC, A_CONF_TEXT)
    raw = aws_mail(ME_P, SUBJ_A, d, 'A-done', text=t, html=html_wrap(html_of(t)), irt=A_U2,
                   refs=[A_ACK, A_CONF, A_INFO, A_CLOSE, A_U2])
    add('resolved', False, CASE_A, [],
        'Merge done; the full confirmation request (with "Please review ... reply to confirm") is quoted underneath.', raw, d)

    # 046 Credly: badges now on the personal address
    d = when('2025-03-28 11:41:22')
    t = ('Hi Haruka,\n\n'
         'Good news: 4 badges issued by Amazon Web Services Training and Certification are now in your Credly '
         'wallet at haruka.tsujimoto.dev@gmail.com.\n\n'
         '- AWS Certified Cloud Practitioner\n- AWS Certified Developer - Associate\n'
         '- AWS Certified Solutions Architect - Associate\n- AWS Certified DevOps Engineer - Professional\n\n'
         'Accept them to display them on your profile: https://www.credly.com/earner/earned\n\nThe Credly Team')
    raw = other_mail(ad('Credly', CREDLY), ME_P, 'You have 4 new badges from Amazon Web Services Training and Certification',
                     d, 'credly-merge', text=t, html=html_wrap(html_of(t)), domain='credly.com', ip='167.89.61.24',
                     dtz=UTC, mailfrom='bounces+1839201@em.credly.com')
    add('badge', False, None, [], 'Credly mail minutes after the merge; no case link.', raw, d)

    # 047 survey for case A (HTML only)
    d = when('2025-03-29 09:00:12')
    stars = ''.join('<a href="https://survey.aws-feedback.amazon.com/r?c=%s&s=%d" style="padding:6px 10px;'
                    'border:1px solid #ccc;text-decoration:none">%d</a> ' % (CASE_A, i, i) for i in range(1, 6))
    html = html_wrap('<p>Hello,</p><p>Your recent case <b>%s</b> with AWS Training and Certification has been resolved. '
                     'Would you spend two minutes telling us how it went?</p>'
                     '<p>How satisfied were you with the support you received?</p><p>%s</p>'
                     '<p style="font-size:11px;color:#777">This survey is optional. Replies to this message are not read.</p>'
                     % (CASE_A, stars))
    raw = aws_mail(ME_P, 'How did we do? Your feedback on case %s' % CASE_A, d, 'A-survey', html=html,
                   frm=ad('AWS Customer Feedback', 'cs-feedback@amazon.com'))
    add('survey', False, CASE_A, [], 'Satisfaction survey for the main case; HTML only.', raw, d)

    # 048 HR: last day (ISO-2022-JP)
    d = when('2025-03-31 09:00:00')
    t = ('辻本 遥 さん\n\n人事部です。本日が最終出社日となります。長い間お疲れ様でした。\n\n'
         '・貸与PC、入館証は17時までに総務へ返却してください。\n'
         '・社用メールアカウントは本日23時59分に停止されます。必要なメールは事前に保存しておいてください。\n'
         '・源泉徴収票は後日ご自宅へ郵送します。\n\n'
         'ご不明な点があれば人事部までご連絡ください。\n\nカイロス・テックワークス株式会社 人事部\n')
    raw = other_mail(ad('人事部', 'jinji@kairos-tw.co.jp', 'iso-2022-jp'), ad(ME_EN, ME_W),
                     '最終出社日のご案内', d, 'hr', text=t, cs='iso-2022-jp', cte='7bit', rcv=None, crlf=True,
                     mid=mid_outlook('hr'))
    add('unrelated', False, None, [], 'HR last-day notice: the work mailbox closes tonight (context, not a case).', raw, d)

    # 049 Skill Builder receipt
    d = when('2025-04-01 10:22:47')
    t = ('Thank you for your purchase.\n\n'
         'Order number: SB-8817-20250401-4432\nPlan: AWS Skill Builder Individual (monthly)\n'
         'Amount: USD 29.00\nBilling period: April 1, 2025 - April 30, 2025\n'
         'Payment method: Visa ending in 0417\n\n'
         'Your subscription renews automatically each month. You can cancel at any time from your Skill Builder '
         'account settings.\n\nAWS Skill Builder')
    raw = aws_mail(ME_P, 'Your AWS Skill Builder subscription receipt', d, 'sb-receipt', text=t,
                   html=html_wrap(html_of(t)), frm=ad('AWS Skill Builder', 'no-reply@aws.training'),
                   fromdom='aws.training')
    add('unrelated', False, None, [], 'Skill Builder receipt from aws.training (training platform, not a case).', raw, d)

    # 050 certification program survey (not a support case)
    d = when('2025-04-02 03:30:00')
    t = ('AWS Certification wants to hear from you\n\n'
         'Hello Haruka,\n\n'
         'As an AWS Certified individual, your opinion shapes how we build our exams and benefits. Please take '
         'our 10-minute annual AWS Certification survey before April 30:\n'
         'https://survey.certmetrics.com/aws/2025-annual\n\n'
         'Thank you for being part of the AWS Certified community.\n\nAWS Training and Certification')
    raw = other_mail(ad('AWS Certification', CERTM), ME_P, 'AWS Certification wants to hear from you', d,
                     'cm-survey', text=t, html=html_wrap(html_of(t)), domain='certmetrics.com', ip='52.88.214.40',
                     dtz=PDT)
    add('certification', False, None, [],
        'Certification-program survey (not about a support case), so certification rather than survey.', raw, d)

    # 051 Credly lookalike phishing
    d = when('2025-04-03 19:55:08')
    html = html_wrap('<p><img src="https://credly-badgecenter.com/img/logo.png" alt="Credly"></p>'
                     '<p>Hi Haruka,</p><p>We detected that your AWS badges were recently moved between accounts. '
                     'To keep them active, you need to re-verify your identity. Badges that are not verified within '
                     '72 hours will be <b>revoked</b>.</p>'
                     '<p><a href="https://credly-badgecenter.com/login?next=verify">Verify my badges</a></p>'
                     '<p>Credly Trust &amp; Safety</p>')
    raw = other_mail(ad('Credly', 'notifications@credly-badgecenter.com'), ME_P,
                     'Action needed: your AWS badges will be revoked', d, 'phish3', html=html,
                     domain='credly-badgecenter.com', ip='91.215.85.33', dtz=UTC, dkim='pass', dmarc='pass')
    add('suspicious', False, None, [], 'Credly lookalike domain timed right after a real badge move; revoke threat.', raw, d)

    # 052 console quota case resolved (not T&C)
    d = when('2025-04-04 16:30:12')
    t = ('Hello,\n\n'
         'We have approved and processed your service quota increase request for Running On-Demand G and VT '
         'instances in Asia Pacific (Tokyo) [AWS ID 482915037164]. The new quota is 8 vCPUs. It can take up to '
         '30 minutes to take effect.\n\n'
         'We are marking this case resolved. If you have any other questions, we are here to help.\n\n'
         'Best regards,\nAmazon Web Services\n\n' + CONSOLE_FOOT % CASE_Q)
    raw = aws_mail(ME_P, 'RE:[CASE %s] Limit Increase: EC2 Instances' % CASE_Q, d, 'quota', text=t,
                   frm=ad('Amazon Web Services', NOREPLY))
    add('unrelated', False, CASE_Q, [],
        'Support Center case from the same sender as the T&C console case, but a service-quota case.', raw, d)


SUBJ_C = 'Exam benefit (50% voucher) missing after certification account merge'
SUBJ_E = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-assistance' % CASE_E
RATE = ('Your feedback helps us improve: you can rate this reply with the stars shown next to it in the '
        'Support Center.\n\n')


def m2025e():
    C_ACK, C_INFO, C_CLOSE, C_UPD = (mid_ses(x) for x in ('C-ack', 'C-info', 'C-close', 'C-upd'))
    # 053 C acknowledgement (console)
    d = when('2025-04-07 21:36:40')
    t = ('Dear Customer,\n\n'
         'Thank you for contacting AWS Support. We have opened case %s to address your issue. The details of '
         'your case are as follows:\n\n'
         'Case ID: %s\nSubject: %s\nSeverity: General guidance\nService: Training and Certification\n'
         'Category: Certification\n'
         'Correspondence: Hello, my certification accounts were merged on March 28 under case %s. My old '
         'account had an unused 50%% exam discount benefit (from the DevOps Engineer - Professional '
         'recertification on February 18), but it is not listed under Benefits on my merged account %s. '
         'Could you restore it?\n\n'
         'We will get back to you as soon as possible.\n\nBest regards,\nAmazon Web Services\n\n'
         % (CASE_C, CASE_C, SUBJ_C, CASE_A, CID_NEW)) + CONSOLE_FOOT % CASE_C
    raw = aws_mail(ME_P, 'Amazon Web Services: New Support case: %s' % CASE_C, d, 'C-ack', text=t,
                   frm=ad('Amazon Web Services', NOREPLY))
    add('acknowledgement', False, CASE_C, [CID_NEW],
        'Console case opened; the correspondence names the earlier case number, so two case numbers appear.', raw, d)

    # 054 C info request, to be answered in the Support Center
    d = when('2025-04-08 17:12:09')
    t = ('Hello,\n\n'
         'Thank you for contacting AWS Training and Certification Support. My name is Sandeep and I will be '
         'helping you with this case.\n\n'
         'I checked account %s and can see the merged exam history, but no open benefit record came across '
         'from the old account. Benefits are issued per qualifying exam, so to trace this one I need two things:\n\n'
         '1. The exact exam name and date that earned the benefit.\n'
         '2. Whether you had already started to use the voucher, for example by applying it to an exam that you '
         'later cancelled.\n\n'
         'Kindly add these details to the case in the Support Center; replies to this email do not reach us.\n\n'
         'Best regards,\nSandeep R.\nAmazon Web Services\n\n' % CID_NEW) + RATE + CONSOLE_FOOT % CASE_C
    raw = aws_mail(ME_P, 'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), d, 'C-info', text=t,
                   frm=ad('Amazon Web Services', NOREPLY), irt=C_ACK, refs=[C_ACK])
    add('info_request', True, CASE_C, [CID_NEW],
        'Console case: questions must be answered in the Support Center, not by email; rating footer.', raw, d)

    # 055 other vendor: closing notice
    d = when('2025-04-10 02:05:44')
    t = ('Hi Haruka,\n\n'
         'We haven\'t heard back from you about moving your vault items into the family account. We\'ll close '
         'ticket #1193042 in 3 days unless you reply. If you still need help after that, just reply and the '
         'ticket will open again.\n\nCheers,\nNoor\nVaultly Support\n')
    raw = other_mail(ad('Vaultly Support', 'support@vaultly.io'), ME_P,
                     'Re: [#1193042] Move items from personal vault to family account', d, 'vaultly', text=t,
                     domain='vaultly.io', ip='185.12.80.19', dtz=UTC)
    add('unrelated', False, None, [],
        'Another vendor\'s "we will close your ticket unless you reply": closing-notice wording from the wrong company.', raw, d)

    # 056 C closing notice (console)
    d = when('2025-04-11 18:00:31')
    t = ('Hello,\n\n'
         'We have not heard from you on this case. If we do not receive your reply through the Support Center '
         'within 3 days, the case will be resolved automatically.\n\n'
         'A resolved case can be reopened from the Support Center within 14 days; after that, a new case is '
         'needed.\n\nBest regards,\nAmazon Web Services\n\n') + CONSOLE_FOOT % CASE_C
    raw = aws_mail(ME_P, 'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), d, 'C-close', text=t,
                   frm=ad('Amazon Web Services', NOREPLY), irt=C_INFO, refs=[C_ACK, C_INFO])
    add('closing_notice', True, CASE_C, [], 'Console auto-resolve warning; the answer must go through the Support Center.', raw, d)

    # 057 C passed to the benefits team
    d = when('2025-04-12 10:30:55')
    t = ('Hello,\n\n'
         'Thank you for adding the exam details in the Support Center. I have passed the case to our '
         'certification benefits team, who can reissue vouchers. They usually respond within 2-3 business days, '
         'and you do not need to do anything else in the meantime.\n\n'
         'Best regards,\nSandeep R.\nAmazon Web Services\n\n') + RATE + CONSOLE_FOOT % CASE_C
    raw = aws_mail(ME_P, 'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), d, 'C-upd', text=t,
                   frm=ad('Amazon Web Services', NOREPLY), irt=C_CLOSE, refs=[C_ACK, C_INFO, C_CLOSE],
                   cte='base64')
    add('case_update', False, CASE_C, [], 'Console case handed to the benefits team; base64 body.', raw, d)

    # 058 Credly: badge expiring
    d = when('2025-04-14 08:00:03')
    t = ('Hi Haruka,\n\n'
         'Your AWS Certified Developer - Associate badge, issued by Amazon Web Services Training and '
         'Certification, expires on May 14, 2025. Once it expires it will show as expired on your profile.\n\n'
         'To keep it current, follow the issuer\'s recertification steps.\n\n'
         'View badge: https://www.credly.com/badges/a91d0c55-2e3b-4f6a-8c17-5b0e9d4a7f62\n\nThe Credly Team')
    raw = other_mail(ad('Credly', CREDLY), ME_P, 'Your AWS Certified Developer - Associate badge expires in 30 days',
                     d, 'credly-exp', text=t, html=html_wrap(html_of(t)), domain='credly.com', ip='167.89.61.28',
                     dtz=UTC, mailfrom='bounces+1839201@em.credly.com')
    add('badge', False, None, [], 'Credly expiry notice.', raw, d)

    # 059 E acknowledgement (Japanese, Shift_JIS 8bit)
    d = when('2025-04-14 12:09:02')
    t = ('お客様\n\n'
         'AWS トレーニングと認定へのお問い合わせありがとうございます。\n'
         'ケース %s にてご依頼を承りました。\n\n'
         '通常24時間以内に担当者よりご連絡いたします。調査にお時間をいただく場合は、追ってご案内いたします。\n'
         'なお、同一の内容で重ねてお問い合わせいただきますと、かえって対応が遅れる場合がございます。\n\n'
         '■ お問い合わせ内容\n'
         '候補 ID: %s\n'
         'お問い合わせタイプ: 認定\n'
         'その他の詳細: プロフィールの更新\n'
         '内容: 新しい認定アカウントを作成した際、氏名を「Haruak Tsujimoto」と誤って確定してしまいました。'
         '4月下旬に試験を予約する予定のため、「Haruka Tsujimoto」への修正をお願いできますでしょうか。\n\n'
         'AWS トレーニングと認定\n') % (CASE_E, CID_NEW)
    raw = aws_mail(ME_P, SUBJ_E, d, 'E-ack', text=t, cs='shift_jis', cte='8bit',
                   frm=ad('AWS トレーニングと認定', TC, 'iso-2022-jp'), subj_cs='iso-2022-jp')
    add('acknowledgement', False, CASE_E, [CID_NEW],
        'Japanese ack in Shift_JIS 8bit; the reproduced form text contains the owner\'s keigo request.', raw, d)

    # 060 C resolved (console)
    d = when('2025-04-14 16:20:47')
    t = ('Hello,\n\n'
         'The certification benefits team has issued a new 50%% exam discount voucher to account %s. It is '
         'valid until February 18, 2026 and appears under Benefits in your AWS Certification Account.\n\n'
         'We are marking this case as resolved. If you need more help with this issue, you can reopen it '
         'from the Support Center.\n\nBest regards,\nSandeep R.\nAmazon Web Services\n\n' % CID_NEW) + RATE + \
        CONSOLE_FOOT % CASE_C
    raw = aws_mail(ME_P, 'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), d, 'C-done', text=t,
                   frm=ad('Amazon Web Services', NOREPLY), irt=C_UPD, refs=[C_ACK, C_INFO, C_CLOSE, C_UPD])
    add('resolved', False, CASE_C, [CID_NEW], 'Voucher reissued; console footer and rating invitation.', raw, d)


def m2025f():
    E_ACK, E_INFO, E_U = mid_ses('E-ack'), mid_ses('E-info'), mid_gmail('E-u')
    # 061 E info request (Japanese keigo, HTML only, base64)
    d = when('2025-04-15 10:40:18')
    html = html_wrap('<p>辻本 様</p>'
                     '<p>AWS トレーニングと認定 カスタマーサポートの佐々木でございます。<br>'
                     'このたびはお問い合わせいただき、誠にありがとうございます。</p>'
                     '<p>氏名の修正につきまして、ご本人確認のため、以下の2点をお知らせいただけますでしょうか。</p>'
                     '<ol><li>試験会場でご提示予定の身分証明書に記載されているローマ字氏名</li>'
                     '<li>統合前にお使いだった旧アカウントの候補 ID</li></ol>'
                     '<p>なお、氏名の修正が完了するまでは、試験のご予約はお控えいただきますようお願いいたします。</p>'
                     '<p>お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。</p>'
                     '<p>佐々木<br>AWS トレーニングと認定 カスタマーサポート</p>')
    raw = aws_mail(ME_P, SUBJ_E, d, 'E-info', html=html, cte='base64', irt=E_ACK, refs=[E_ACK],
                   frm=ad('AWS トレーニングと認定', TC))
    add('info_request', True, CASE_E, [],
        'Japanese HTML-only request (いただけますでしょうか, ご返信のほど) next to a "do not book yet" instruction.', raw, d)

    # 062 owner answers in Japanese (Gmail, 「…より:」-style quote)
    d = when('2025-04-15 21:03:36')
    q = ('辻本 様\n\nAWS トレーニングと認定 カスタマーサポートの佐々木でございます。\n'
         '氏名の修正につきまして、ご本人確認のため、以下の2点をお知らせいただけますでしょうか。\n'
         '1. 試験会場でご提示予定の身分証明書に記載されているローマ字氏名\n'
         '2. 統合前にお使いだった旧アカウントの候補 ID\n')
    t = ('佐々木様\n\nご連絡ありがとうございます。\n\n'
         '1. 身分証明書(パスポート)の表記: HARUKA TSUJIMOTO\n'
         '2. 旧アカウントの候補 ID: %s\n\n'
         'どうぞよろしくお願いいたします。\n辻本\n\n%s\n%s\n') % (
        CID_OLD, gmail_on_ja(when('2025-04-15 10:40:18'), 'AWS トレーニングと認定', TC), gt(q))
    raw = sent_gmail(ad('AWS トレーニングと認定', TC), SUBJ_E, d, 'E-u', t, irt=E_INFO, refs=[E_ACK, E_INFO],
                     cte='base64')
    add('user_reply', False, CASE_E, [CID_OLD], 'Owner\'s Japanese answer with the old ID; quoted keigo request below.', raw, d)

    # 063 E resolved (ISO-2022-JP)
    d = when('2025-04-16 15:10:27')
    t = ('辻本 様\n\n'
         'お待たせいたしました。%s の氏名を「Haruka Tsujimoto」に修正いたしました。\n'
         '認定証(PDF)も新しい氏名で再発行されております。\n'
         '本件につきまして、お客様にご対応いただくことはございません。試験のご予約もお進めいただけます。\n\n'
         'ご不明な点がございましたら、本メールにご返信ください。\n\n'
         '佐々木\nAWS トレーニングと認定 カスタマーサポート\n') % CID_NEW
    raw = aws_mail(ME_P, SUBJ_E, d, 'E-done', text=t, cs='iso-2022-jp', cte='7bit', irt=E_U,
                   refs=[E_ACK, E_INFO, E_U], frm=ad('AWS トレーニングと認定', TC, 'iso-2022-jp'),
                   subj_cs='iso-2022-jp')
    add('resolved', False, CASE_E, [CID_NEW],
        'Japanese completion (ISO-2022-JP) with a conditional ご不明な点がございましたら.', raw, d)

    # 064 E survey (Japanese HTML)
    d = when('2025-04-17 10:00:05')
    html = html_wrap('<p>お客様</p><p>先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。'
                     'ケース %s の対応について、簡単なアンケートにご協力をお願いいたします(所要時間 約1分)。</p>'
                     '<p><a href="https://survey.aws-feedback.amazon.com/ja?c=%s">アンケートに回答する</a></p>'
                     '<p style="font-size:11px;color:#777">本メールは送信専用です。アンケートへのご回答は任意です。</p>'
                     % (CASE_E, CASE_E))
    raw = aws_mail(ME_P, 'サポートに関するアンケートのお願い(ケース %s)' % CASE_E, d, 'E-survey', html=html,
                   frm=ad('AWS カスタマーフィードバック', 'cs-feedback@amazon.com'))
    add('survey', False, CASE_E, [], 'Japanese survey with ご協力をお願いいたします (a request, but optional).', raw, d)

    # 065 Pearson VUE: new exam booked with the voucher
    d = when('2025-04-17 20:04:51')
    t = ('Dear Haruka Tsujimoto,\n\n'
         'Thank you for scheduling your exam with Pearson VUE.\n\n'
         'Exam: DVA-C02: AWS Certified Developer - Associate\n'
         'Date: Saturday, April 26, 2025\nTime: 1:30 PM Japan Standard Time\n'
         'Delivery: OnVUE online proctored\n'
         'Registration ID: 527194083\nCandidate ID: %s\n'
         'Discount applied: 50%% AWS Certification benefit\n\n'
         'Run the system test on the computer you will use before exam day, and have your ID ready at check-in.\n\n'
         'Sincerely,\nPearson VUE') % CID_NEW
    raw = other_mail(ad('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_P,
                     'Pearson VUE Confirmation of Your Exam Appointment', d, 'pv2025', text=t,
                     html=html_wrap(html_of(t)), domain='pearson.com', ip='159.182.8.47',
                     dtz=dt.timezone(dt.timedelta(hours=-5)))
    add('unrelated', False, None, [CID_NEW], 'Exam vendor booking using the restored voucher; candidate ID in a non-support mail.', raw, d)

    # 066 phishing: certmetrics lookalike
    d = when('2025-04-18 13:27:40')
    t = ('Dear AWS Certified Professional,\n\n'
         'As part of our loyalty program you have been selected for a free exam voucher worth USD 300. To claim '
         'it, reply to this email within 24 hours with your candidate ID, date of birth and the card you want '
         'the USD 1 verification charge placed on.\n\n'
         'AWS Certification Benefits Team\n')
    raw = other_mail(ad('AWS Certification', 'benefits@certmetrics-aws.com'), ME_P,
                     'Claim your free AWS exam voucher', d, 'phish4', text=t, domain='certmetrics-aws.com',
                     ip='103.75.190.8', dtz=UTC, dkim='none', spf='softfail', dmarc='none', cte='8bit')
    add('suspicious', False, None, [], 'Lookalike of the CertMetrics sender asking for a reply with personal data.', raw, d)

    # 067 C survey (console)
    d = when('2025-04-19 02:15:30')
    html = html_wrap('<p>Hello,</p><p>Your AWS Support case %s, &ldquo;%s&rdquo;, was recently resolved.</p>'
                     '<p>Please tell us about your experience in a short survey:</p>'
                     '<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s">Take the survey</a></p>'
                     '<p style="font-size:11px;color:#777">This message was sent from an address that cannot accept '
                     'incoming email.</p>' % (CASE_C, esc(SUBJ_C), CASE_C))
    raw = aws_mail(ME_P, 'Amazon Web Services: Tell us about your support experience (case %s)' % CASE_C, d,
                   'C-survey', html=html, frm=ad('Amazon Web Services', NOREPLY))
    add('survey', False, CASE_C, [], 'Console-case survey from no-reply-aws@amazon.com.', raw, d)

    # 068 certification: recertified
    d = when('2025-04-28 09:12:44')
    t = ('Congratulations on recertifying your AWS Certification!\n\n'
         'Hello Haruka,\n\n'
         'You have recertified AWS Certified Developer - Associate. Your new expiration date is April 26, 2028.\n\n'
         'Your updated certificate is available in your AWS Certification Account, and your digital badge will '
         'be updated by Credly.\n\nAWS Training and Certification')
    raw = other_mail(ad('AWS Certification', CERTM), ME_P, 'Congratulations on recertifying your AWS Certification!', d,
                     'cm-recert', text=t, html=html_wrap(html_of(t)), domain='certmetrics.com', ip='52.88.214.44',
                     dtz=PDT)
    add('certification', False, None, [], 'Recertification notice.', raw, d)

    # 069 Credly: renewed badge
    d = when('2025-04-28 09:40:19')
    t = ('Hi Haruka,\n\n'
         'Amazon Web Services Training and Certification has issued you a new badge:\n'
         'AWS Certified Developer - Associate (valid through April 26, 2028)\n\n'
         'Accept it here: https://www.credly.com/badges/c2f8e613-7d0a-49b5-b1e4-3a6f0d9c8e27/accept\n\n'
         'The Credly Team')
    raw = other_mail(ad('Credly', CREDLY), ME_P, 'Haruka, you earned a new badge!', d, 'credly-dva',
                     text=t, html=html_wrap(html_of(t)), domain='credly.com', ip='167.89.61.30', dtz=UTC,
                     mailfrom='bounces+1839201@em.credly.com')
    add('badge', False, None, [], 'Credly badge after recertification.', raw, d)


# ================================================================ output
README_HEAD = '''me: %s %s

# Blind corpus 372: AWS Training and Certification support-case mail

Mailbox of Haruka Tsujimoto (辻本 遥), a cloud engineer leaving Kairos Techworks (an AWS Partner Network
company) on 2025-03-31. The set is the union of her personal Gmail (`%s`) and her work Microsoft 365
mailbox (`%s`), in arrival order, from May 2023 to April 2025. Messages she sent appear where they were sent.
Everything (names, addresses, case numbers, candidate IDs, wording) is invented. `python3 gen.py` rewrites
every file; it prints the count per kind.

## Cases in the set

| case | format | channel | topic | course |
|---|---|---|---|---|
| %s | 11 digits (2023) | T&C form, work address | two certification profiles on one address; Credly badge missing | ack, info request, closed for no answer, owner replies, reopened, confirmation, owner confirms, merged |
| %s | 10 digits (2021) | T&C form | old exam-reschedule case | only seen inside a forward the owner sends herself |
| %s | 15 digits | T&C form, personal address | merge company account into personal account (main thread) | ack, APN hold with a question, owner replies, handed to partner ops, still on hold, hold lifted, Account #1/#2 confirmation, owner confirms from the WRONG (work) address, asked to write from the personal address, closing notice, owner confirms, merged, survey |
| %s | 15 digits | T&C form, work address (Japanese) | the same merge filed again by mistake | Japanese ack, Japanese confirmation request, closed as duplicate of %s |
| %s | 15 digits | AWS Support Center (console) | 50%% exam voucher missing after the merge | ack, info request (answer in the console), auto-resolve warning, handed to benefits team, resolved, survey |
| %s | 15 digits | T&C form, Japanese | name typo on the new certification account | Shift_JIS ack, Japanese info request, owner answers, fixed, survey |
| %s | 15 digits | AWS Events form | Summit registration (other AWS program) | one question mail, labelled unrelated |
| %s | 15 digits | Support Center | EC2 quota increase (not T&C) | resolved mail, labelled unrelated |

Candidate IDs: `%s` (company account), `%s` (2023 duplicate profile), `%s` (personal account created 2025-03-09).

## Labelling decisions (judgement calls)

- **needs_reply** is true only on support mail of a real T&C case that waits for her now: confirmation
  requests, info requests, the APN hold that asks whether she is still employed (message 022, a question buried in
  a hold), and closing notices (including the 2023 one that says the case is already closed and a reply reopens
  it, and the console warning whose answer must go through the Support Center, not email).
- The Japanese confirmation request on the duplicate case %s is true: when it arrived it asked her to confirm;
  the later duplicate-closure mail (case_update, false) withdraws it.
- The hold mail that asks "are you still with Kairos Techworks ... what is your last day?" is `on_hold` with
  needs_reply true; the later hold status "there is nothing you need to send us" is `on_hold`, false.
- "Handed to partner operations", "hold lifted, I will send the details shortly", "passed to the benefits team"
  and "closed as a duplicate of case N" are `case_update` (news, nothing asked, not done).
- An automatic "your message has been added to case N" receipt and the "case N has been reopened" notice are
  `acknowledgement`.
- Completion mails that quote earlier requests, or end with "reply if anything looks wrong" /
  ご不明な点がございましたら, are `resolved`, false.
- The AWS Events case mail asks a real question about which registration to keep, but it is not a T&C case:
  `unrelated`, false. Its case number and the quota console case number are still given in `case`, because
  the mail does belong to that AWS case; other vendors' ticket numbers (Tasklane, Microsoft, Vaultly) are null.
- A colleague's out-of-office reply whose subject carries `[CASE %s]` is `unrelated` but `case` is that number
  (it is part of that thread). Phishing mails that invent a case number get `case` null.
- "AWS Certification wants to hear from you" (CertMetrics annual survey) is `certification`, not `survey`:
  it is not about a support case. Case surveys (T&C and console) are `survey` with the case number.
- Messages the owner wrote (replies from either address, a forward to a colleague, a forward of an old case to
  herself, a note to self) are `user_reply`, with the case of the thread or null.
- **candidate_ids**: IDs in the message's own new text, in order, each once. Quoted replies (`>` lines,
  Outlook "From:/Sent:" blocks, "-----Original Message-----", "Original case details", "Previous
  correspondence") and forwarded content do not count. The case-details block of an *acknowledgement* is
  counted: it is what the acknowledgement itself says, not a quote of an earlier mail. IDs in non-support mail
  (Pearson VUE, CertMetrics) are listed too.
- The phishing mail with the genuine `aws-cs-trainingcertification-form@amazon.com` From line is `suspicious`
  because Gmail's Authentication-Results show `dmarc=fail` for amazon.com and the Reply-To is foreign.

## Messages

| # | kind | reply? | case | from / subject | what makes it hard |
|---|---|---|---|---|---|
'''


def main():
    for f in (m2023, m2025a, m2025b, m2025c, m2025d, m2025e, m2025f):
        f()
    for a, b in zip(MSGS, MSGS[1:]):
        assert a['date'] < b['date'], (a['note'], b['note'])
    for fn in os.listdir(HERE):
        if fn.endswith('-msg.eml') or fn.endswith('-msg.json'):
            os.remove(os.path.join(HERE, fn))
    import email
    from email import policy
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        label = {'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'],
                 'candidate_ids': m['candidate_ids']}
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        msg = email.message_from_bytes(m['raw'], policy=policy.default)
        frm = str(msg['From']).replace('|', '/')
        subj = str(msg['Subject']).replace('|', '/')
        if len(subj) > 70:
            subj = subj[:67] + '...'
        rows.append('| %03d | %s | %s | %s | %s: %s | %s |' % (
            i, m['kind'], 'yes' if m['needs_reply'] else 'no', m['case'] or '-', esc(frm), esc(subj),
            m['note'].replace('|', '/')))
    counts = collections.Counter(m['kind'] for m in MSGS)
    head = README_HEAD % (ME_P, ME_W, ME_P, ME_W, CASE_D, CASE_F, CASE_A, CASE_B, CASE_A, CASE_C, CASE_E,
                          CASE_EV, CASE_Q, CID_OLD, CID_DUP, CID_NEW, CASE_B, CASE_A)
    tail = '\n\n## Counts\n\n' + '\n'.join('- %s: %d' % (k, counts[k]) for k in sorted(counts)) + \
        '\n- total: %d, needs_reply true: %d\n' % (len(MSGS), sum(m['needs_reply'] for m in MSGS))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(head + '\n'.join(rows) + tail)
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(m['needs_reply'] for m in MSGS)))


if __name__ == '__main__':
    main()
