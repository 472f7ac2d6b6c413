#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-msg.eml / NNN-msg.json next to this script, in mailbox arrival order."""
import os, sys, json, base64, quopri, hashlib, datetime as dt
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = 'misaki.tachibana.cloud@gmail.com'
ME_C = 'm-tachibana@kitasora-sys.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
OLD, NEW, DUP = 'AWS03917265', 'AWS11840532', 'AWS11840977'
CA, CB, CC, CD, CF = '174375201800423', '174383190200871', '13572094816', '8834019275', '174606132200318'
SUBJ_TC = '[AWS Training and Certification Form Submission] - account-assistance'
PY = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'utf-8': 'utf-8',
      'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}

MSGS = []
_n = [0]


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def bnd(style='java'):
    _n[0] += 1
    s = hx('b%d' % _n[0], 28)
    if style == 'gmail':
        return '000000000000' + s[:12]
    if style == 'outlook':
        return '_000_TYCPR01MB%s_' % s[:16].upper()
    return '----=_Part_%d_%d.%d' % (int(s[:5], 16), int(s[5:9], 16), 1743000000000 + int(s[9:17], 16) % 9999999)


def when(mo, d, h, mi, s=0, tz=0):
    return format_datetime(dt.datetime(2025, mo, d, h, mi, s,
                                       tzinfo=dt.timezone(dt.timedelta(hours=tz))))


def ew(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:"[]&'):
            name = '"%s"' % name
        return '%s <%s>' % (name, a)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), a)


def mid_ses(seed):
    h = hx(seed, 40)
    return '<01000196%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (h[:8], h[8:16], h[16:20], h[20:24], h[24:36])


def mid_gmail(seed):
    h = base64.b64encode(hashlib.sha1(seed.encode()).digest() * 2).decode()
    h = h.replace('+', '').replace('/', '')[:46]
    return '<CAH%s@mail.gmail.com>' % h


def mid_outlook(seed):
    h = hx(seed, 12).upper()
    return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (h[:4], h, h[4:8])


def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', extra=None):
    raw = text.encode(PY[cs])
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    h = ['Content-Type: text/%s; charset="%s"' % (sub, cs),
         'Content-Transfer-Encoding: %s' % cte]
    return (h + (extra or []), body)


def raw_part(headers, body_bytes):
    return (headers, body_bytes if body_bytes.endswith(b'\n') else body_bytes + b'\n')


def mp(sub, parts, style='java', params=''):
    b = bnd(style)
    out = b''
    if style == 'outlook':
        out = b''
    for h, body in parts:
        out += b'--' + b.encode() + b'\n' + '\n'.join(h).encode('ascii') + b'\n\n' + body
    out += b'--' + b.encode() + b'--\n'
    return (['Content-Type: multipart/%s;%s' % (sub, params), '\tboundary="%s"' % b], out)


def alt(plain, html, cs='utf-8', cte='quoted-printable', style='java', cte_html=None):
    return mp('alternative', [leaf(plain, 'plain', cs, cte), leaf(html, 'html', cs, cte_html or cte)], style)


def mk(headers, part, crlf=False):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    raw = '\n'.join(lines + part[0]).encode('ascii') + b'\n\n' + part[1]
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def add(kind, reply, case, cands, raw, note):
    MSGS.append((kind, reply, case, cands, raw, note))


# ---- transport header helpers -------------------------------------------
def rcv_g(host, ip, date):
    return ('from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d\n'
            '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
            '        %s' % (host, host, ip, hx(host + date, 18), int(hx(date, 6), 16) % 900 + 100, ME_P, date))


def ar_g(from_dom, mailfrom, dkim='pass', spf='pass', dmarc='pass', dkim_d=None, ip='54.240.8.91', pol='QUARANTINE'):
    dkim_d = dkim_d or from_dom
    sel = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug' if 'amazon' in dkim_d else 's1'
    des = 'designates' if spf == 'pass' else 'does not designate'
    return ('mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
            % (dkim, dkim_d, sel, hx(mailfrom + dkim, 8), spf, mailfrom, des, ip, mailfrom,
               dmarc, pol, pol, 'NONE' if dmarc == 'pass' else pol, from_dom))


def ar_m(from_dom, mailfrom_dom, dkim='pass', dmarc='pass', ip='54.240.27.40'):
    return ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100'
            % (ip, mailfrom_dom, dkim, from_dom, dmarc, from_dom))


def ses_from(seed):
    return '01000196%s-%s-000000@email.amazonses.com' % (hx(seed, 8), hx(seed + 'x', 8))


def aws_in(seed, date, to=ME_P, from_dom='amazon.com'):
    """Transport headers of a genuine amazon.com mail as the receiving side stores it."""
    mf = ses_from(seed)
    if to == ME_P:
        return [('Delivered-To', ME_P), ('Received', rcv_g('a8-91.smtp-out.amazonses.com', '54.240.8.91', date)),
                ('Return-Path', '<%s>' % mf), ('Authentication-Results', ar_g(from_dom, mf))]
    return [('Return-Path', '<%s>' % mf), ('Received', 'from a27-40.smtp-out.us-west-2.amazonses.com (54.240.27.40) by\n'
            ' TYZAPC01FT041.mail.protection.outlook.com (10.118.152.114) with Microsoft SMTP\n Server id 15.20.8632.13; %s' % date),
            ('Authentication-Results', ar_m(from_dom, 'amazonses.com'))]


def main():
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    counts = {}
    for i, (kind, reply, case, cands, raw, note) in enumerate(MSGS, 1):
        with open(os.path.join(OUT, '%03d-msg.eml' % i), 'wb') as fh:
            fh.write(raw)
        with open(os.path.join(OUT, '%03d-msg.json' % i), 'w', encoding='utf-8') as fh:
            json.dump({'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cands}, fh)
            fh.write('\n')
        counts[kind] = counts.get(kind, 0) + 1
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('TOTAL', len(MSGS)))
    print('%-22s %d' % ('needs_reply=true', sum(1 for m in MSGS if m[1])))
    if '--table' in sys.argv:
        print('\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|')
        for i, (kind, reply, case, cands, raw, note) in enumerate(MSGS, 1):
            print('| %03d | %s | %s | %s | %s |' % (i, kind, 'yes' if reply else 'no', case or '-', note))


# =========================================================================
# Messages, in arrival order
# =========================================================================
# 001 AWS billing (same no-reply sender as console cases)
d = when(4, 1, 9, 41, 7)
p = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 4.87

Account ID: 402918573164
Billing period: March 1 - March 31, 2025

You can see a complete break down of all charges on the Billing & Cost Management Dashboard:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
This email address cannot accept incoming e-mails. Please use the AWS Support Center for questions.
"""
h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Greetings from Amazon Web Services,</p>"
     "<p>This e-mail confirms that your latest billing statement is available on the AWS web site. "
     "Your account will be charged the following:</p><table border=\"0\" cellpadding=\"4\">"
     "<tr><td><b>Total:</b></td><td>USD 4.87</td></tr><tr><td><b>Account ID:</b></td><td>402918573164</td></tr>"
     "<tr><td><b>Billing period:</b></td><td>March 1 - March 31, 2025</td></tr></table>"
     "<p>See the <a href=\"https://console.aws.amazon.com/billing/home#/bills\">Billing &amp; Cost Management Dashboard</a>.</p>"
     "<p>Sincerely,<br>Amazon Web Services</p><p style=\"font-size:11px;color:#777\">This email address cannot accept "
     "incoming e-mails. Please use the AWS Support Center for questions.</p></body></html>")
add('unrelated', False, None, [], mk(aws_in('m001', d) + [
    ('From', 'Amazon Web Services <no-reply-aws@amazon.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Amazon Web Services Billing Statement Available [Account: 402918573164]'),
    ('Message-ID', mid_ses('m001'))], alt(p, h)),
    'AWS billing statement from no-reply-aws@amazon.com (the console-case sender) with a 12-digit account ID and the "cannot accept incoming e-mails" footer')

# 002 colleague, ISO-2022-JP, a conditional that is a colleague's ask
d = when(4, 2, 17, 3, 52, 9)
p = """立花さん

お疲れさまです。佐藤です。

来月から引き継ぐ物流システム案件の資料を、共有フォルダ「引き継ぎ/2025-05」に置きました。
金曜の打ち合わせまでに一通り目を通していただければ、こちらで質問をまとめてお持ちします。

あと余談ですが、AWS認定の個人アカウントへの移行は退職前に済ませたほうが安心です。
私のときはうちがAPNパートナーだった関係で、サポートとのやり取りに1週間ほどかかりました。

よろしくお願いします。

--
株式会社北空システムズ クラウド推進部
佐藤 健太 <k-sato@kitasora-sys.co.jp>
"""
add('unrelated', False, None, [], mk([
    ('Received', 'from TY3PR01MB9921.jpnprd01.prod.outlook.com (2603:1096:400:1b0::7) by\n TYCPR01MB8807.jpnprd01.prod.outlook.com with HTTPS; %s' % d),
    ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=kitasora-sys.co.jp;'),
    ('From', addr('佐藤 健太', 'k-sato@kitasora-sys.co.jp', 'iso-2022-jp')),
    ('To', addr('立花 美咲', ME_C, 'iso-2022-jp')), ('Subject', ew('引き継ぎ資料の置き場所について', 'iso-2022-jp')),
    ('Date', d), ('Message-ID', mid_outlook('m002')), ('Content-Language', 'ja-JP')],
    leaf(p, 'plain', 'iso-2022-jp', '7bit')),
    'Colleague (ISO-2022-JP) with a "if you read it I will..." request and a tip about APN merges; not support mail')

# 003 CertMetrics expiry, HTML-only, to the company address
d = when(4, 3, 15, 20, 11)
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#232f3e;color:#fff;padding:16px">
<b>AWS Certification</b></td></tr><tr><td style="padding:20px">
<p>Hello Misaki Tachibana,</p>
<p>Candidate ID: <b>AWS03917265</b></p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification expires on <b>July 2, 2025</b>.
To keep it active, pass the current version of the exam (or a higher-level exam that recertifies it) before that date.</p>
<p>Reminder: a 50% discount on your next exam is available under Benefits in your AWS Certification Account.</p>
<p>If you have already recertified, you can disregard this reminder.</p>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification Account</a></p>
<p style="font-size:11px;color:#666">You are receiving this email because you hold an AWS Certification.
This mailbox is not monitored.</p></td></tr></table></body></html>"""
add('certification', False, None, [OLD], mk([
    ('Return-Path', '<bounce-21784@mail.certmetrics.com>'),
    ('Authentication-Results', ar_m('certmetrics.com', 'mail.certmetrics.com', ip='198.2.131.17')),
    ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_C), ('Date', d),
    ('Subject', 'Your AWS Certification expires in 90 days'), ('Message-ID', '<%s.21784@certmetrics.com>' % hx('m003', 20))],
    leaf(h, 'html', 'utf-8', 'quoted-printable'), crlf=True),
    'CertMetrics expiry reminder, HTML-only, candidate ID in text, mentions the voucher benefit; not a case')

# 004 Case A acknowledgement (echo of the form carries candidate IDs)
d = when(4, 4, 7, 34, 2)
p = """Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have opened case %s for your request.

We aim to respond within 24 hours, although some requests need more research and take longer. Replies to this email are added to the same case, so there is no need to fill in the contact form again for this request; a second form creates a separate case and slows things down.

The details of your case are as follows:
-----------------------------------------
Inquiry type: Certification
Additional details: Account Merge
Name: Misaki Tachibana
Contact email: misaki.tachibana.cloud@gmail.com
How can we help you?
Use case: I am leaving Kitasora Systems at the end of April and would like my certifications moved to my personal account.
Email addresses I have used: m-tachibana@kitasora-sys.co.jp (AWS03917265) and misaki.tachibana.cloud@gmail.com (AWS11840532)
Email address to keep: misaki.tachibana.cloud@gmail.com
-----------------------------------------

Should you want to add anything before an agent picks this up, reply to this message and keep the case number in the subject line.

Regards,
AWS Training and Certification Customer Service
""" % CA
add('acknowledgement', False, CA, [OLD, NEW], mk(aws_in('m004', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('Reply-To', TC), ('To', ME_P), ('Date', d),
    ('Subject', '[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m004'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Case A (15-digit) opened; "should you want to add anything, reply" is a conditional invitation; candidate IDs only in the echoed form (counted as the mail\'s own text)')

# 005 Skill Builder receipt
d = when(4, 4, 12, 8, 45)
p = """Thank you for your order.

Order number: SB-2025-0404-77120
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4410
Next renewal: May 4, 2025

Manage your subscription at https://skillbuilder.aws/account/subscription
Questions about this order? Visit https://skillbuilder.aws/support

AWS Skill Builder
"""
h = ("<html><body><h2 style=\"color:#232f3e\">Thank you for your order</h2><table cellpadding=\"6\" style=\"border-collapse:collapse\">"
     "<tr><td>Order number</td><td>SB-2025-0404-77120</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>"
     "<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Next renewal</td><td>May 4, 2025</td></tr></table>"
     "<p><a href=\"https://skillbuilder.aws/account/subscription\">Manage your subscription</a></p><p>AWS Skill Builder</p></body></html>")
add('unrelated', False, None, [], mk(aws_in('m005', d, from_dom='skillbuilder.aws') + [
    ('From', 'AWS Skill Builder <no-reply@skillbuilder.aws>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Your AWS Skill Builder receipt for order SB-2025-0404-77120'), ('Message-ID', mid_ses('m005'))],
    alt(p, h, cte='7bit', cs='us-ascii')),
    'Skill Builder subscription receipt (AWS training, not a case)')

# 006 Case B acknowledgement, duplicate form sent from the company address (CRLF, M365 side)
d = when(4, 5, 5, 45, 40)
p = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification / Account Merge
Description: Please merge my company certification account (AWS03917265) into my personal one. I already sent this form yesterday but did not get an answer yet, so I am sending it again from my work address.

A member of our team will get back to you, usually within 24 hours. If you have already raised a case about this, please do not raise another one for the same request.

Sincerely,
Amazon Web Services
""" % (CB, CB)
add('acknowledgement', False, CB, [OLD], mk(aws_in('m006', d, to=ME_C) + [
    ('From', 'Amazon Web Services <%s>' % TC), ('To', ME_C), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CB, SUBJ_TC)), ('Message-ID', mid_ses('m006'))],
    leaf(p, 'plain', 'utf-8', 'quoted-printable'), crlf=True),
    'Case B: second form for the same merge, sent from the company address; acknowledgement with RE: prefix and a duplicate-case warning')

# 007 owner forwards B's ack from work to personal (Outlook FW, ISO-2022-JP)
d = when(4, 5, 15, 2, 18, 9)
p = """自分用メモ：フォームを2回送ってしまった。個人アドレスで出した方のケースに一本化したい。
返事が来たらこっちは閉じてもらう。

________________________________
From: Amazon Web Services <%s>
Sent: Saturday, April 5, 2025 14:45
To: 立花 美咲 <%s>
Subject: RE:[CASE %s] %s

Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

Case ID: %s
Description: Please merge my company certification account (AWS03917265) into my personal one. I already sent this form yesterday ...

A member of our team will get back to you, usually within 24 hours. If you have already raised a case about this, please do not raise another one for the same request.
""" % (TC, ME_C, CB, SUBJ_TC, CB, CB)
add('user_reply', False, CB, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('mail-tycjpn01on2090.outbound.protection.outlook.com', '40.107.114.90', d)),
    ('Authentication-Results', ar_g('kitasora-sys.co.jp', 'm-tachibana@kitasora-sys.co.jp', ip='40.107.114.90', pol='NONE')),
    ('From', addr('立花 美咲', ME_C, 'iso-2022-jp')), ('To', ME_P), ('Date', d),
    ('Subject', 'FW: RE:[CASE %s] %s' % (CB, SUBJ_TC)), ('Message-ID', mid_outlook('m007')),
    ('Thread-Topic', 'RE:[CASE %s] %s' % (CB, SUBJ_TC)), ('Thread-Index', 'AQHbpe3K' + hx('m007', 12)),
    ('Content-Language', 'ja-JP')], leaf(p, 'plain', 'iso-2022-jp', '7bit')),
    'Owner forwards the duplicate-case ack to herself with a Japanese note; forwarded text carries a candidate ID that must not be counted')

# 008 Case B: support asks which way to go, phrased as "once you let me know ... I'll"
d = when(4, 6, 10, 17, 29)
p = """Hello Misaki,

My name is Tomás and I work with the AWS Training and Certification team.

While reviewing this case I noticed that an account merge request from you is already open under case %s, which was raised from your personal address the day before this one. Both cases seem to ask for the same thing.

If that is so, I will close this one as a duplicate and the merge will carry on in the earlier case. If this case is about something the first one does not cover, I will keep it open and work on it separately. As soon as you let me know which of the two applies, I'll take it from there.

Best regards,
Tomás
AWS Training and Certification
""" % CA
add('info_request', True, CB, [], mk(aws_in('m008', d, to=ME_C) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_C), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CB, SUBJ_TC)), ('Message-ID', mid_ses('m008'))],
    leaf(p, 'plain', 'iso-8859-1', 'quoted-printable')),
    'Duplicate case B: the only question is hidden in "as soon as you let me know which applies, I\'ll take it from there"; both options written as ifs; latin-1 QP')

# 009 Case A on hold (APN) with a buried ask
d = when(4, 7, 9, 14, 3)
p = """Hi Misaki,

Thank you for your patience while I looked into this.

The certification account registered to m-tachibana@kitasora-sys.co.jp is linked to an AWS Partner Network organization (Kitasora Systems Co., Ltd.). We are not able to merge an account with an active partner link until that link is released, so I have raised a request with our Partner team, and your case is on hold until they come back to us. Nothing has been changed on either account in the meantime.

In my experience the Partner team moves faster when they know the employee's leaving date. Once you tell me your last working day at Kitasora, I'll add it to the request I raised with them.

Kind regards,
Hannah K.
AWS Training and Certification
"""
h = ('<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px"><p>Hi Misaki,</p>'
     '<p>Thank you for your patience while I looked into this.</p>'
     '<p>The certification account registered to m-tachibana@kitasora-sys.co.jp is linked to an AWS Partner Network organization '
     '(Kitasora Systems Co., Ltd.). We are not able to merge an account with an active partner link until that link is released, '
     'so I have raised a request with our Partner team, and your case is <b>on hold</b> until they come back to us. '
     'Nothing has been changed on either account in the meantime.</p>'
     '<p>In my experience the Partner team moves faster when they know the employee&#39;s leaving date. '
     'Once you tell me your last working day at Kitasora, I&#39;ll add it to the request I raised with them.</p>'
     '<p>Kind regards,<br>Hannah K.<br>AWS Training and Certification</p></div>')
add('on_hold', True, CA, [], mk(aws_in('m009', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m009'))],
    alt(p, h)),
    'APN partner hold; the ask (last working day) is buried as "once you tell me ..., I\'ll add it"; support waits for it')

# 010 GitHub "merged"
d = when(4, 7, 9, 52, 40)
p = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitasora/infra-modules/pull/412#event-17281940221
You are receiving this because you authored the thread.
"""
h = ('<p>Merged <a href="https://github.com/kitasora/infra-modules/pull/412">#412</a> into main.</p>'
     '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
     '<a href="https://github.com/kitasora/infra-modules/pull/412#event-17281940221">view it on GitHub</a>.<br>'
     'You are receiving this because you authored the thread.</p>')
add('unrelated', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('out-24.smtp.github.com', '192.30.252.207', d)),
    ('Authentication-Results', ar_g('github.com', 'noreply@github.com', ip='192.30.252.207', pol='REJECT', dkim_d='github.com')),
    ('From', 'Kenji Ota <notifications@github.com>'), ('Reply-To', 'kitasora/infra-modules <reply+AB3CKQ7FZ2@reply.github.com>'),
    ('To', 'kitasora/infra-modules <infra-modules@noreply.github.com>'), ('Cc', 'Misaki Tachibana <author@noreply.github.com>'),
    ('Date', d), ('Subject', 'Re: [kitasora/infra-modules] Document the certification account merge step in offboarding (PR #412)'),
    ('Message-ID', '<kitasora/infra-modules/pull/412/issue_event/17281940221@github.com>'),
    ('In-Reply-To', '<kitasora/infra-modules/pull/412@github.com>'), ('References', '<kitasora/infra-modules/pull/412@github.com>'),
    ('List-ID', 'kitasora/infra-modules <infra-modules.kitasora.github.com>')], alt(p, h, cs='utf-8', cte='7bit')),
    'GitHub PR "merged" notification whose title talks about the certification account merge')

# 011 owner answers case B from the company mailbox (Outlook quoting)
d = when(4, 7, 19, 26, 5, 9)
p = """Hello Tomás,

Yes, it is the same request. I sent the form twice by mistake, so please close this case. I will continue in %s.

Best regards,
Misaki Tachibana

________________________________
From: AWS Training and Certification <%s>
Sent: Sunday, April 6, 2025 19:17
To: Tachibana Misaki <%s>
Subject: RE:[CASE %s] %s

Hello Misaki,

My name is Tomás and I work with the AWS Training and Certification team.
[...]
As soon as you let me know which of the two applies, I'll take it from there.

Best regards,
Tomás
""" % (CA, TC, ME_C, CB, SUBJ_TC)
add('user_reply', False, CB, [], mk([
    ('From', addr('Tachibana Misaki', ME_C)), ('To', addr('AWS Training and Certification', TC)), ('Date', d),
    ('Subject', 'RE: RE:[CASE %s] %s' % (CB, SUBJ_TC)), ('Message-ID', mid_outlook('m011')),
    ('In-Reply-To', mid_ses('m008')), ('References', mid_ses('m006') + '\n ' + mid_ses('m008')),
    ('Thread-Topic', 'RE:[CASE %s] %s' % (CB, SUBJ_TC)), ('Thread-Index', 'AQHbpe3KZ' + hx('m011', 10)),
    ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
    mp('alternative', [leaf(p, 'plain', 'iso-8859-1', 'quoted-printable'),
                       leaf('<html><body><div>' + p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</div></body></html>',
                            'html', 'iso-8859-1', 'quoted-printable')], style='outlook'), crlf=True),
    'Owner (company address, Outlook) tells support B is a duplicate; quoted request below')

# 012 owner answers case A from Gmail with the leaving date
d = when(4, 8, 8, 3, 31, 9)
p = """Hi Hannah,

My last working day at Kitasora Systems is April 30, 2025. The company mailbox will be shut down after that date, so please keep using this address.

Thank you,
Misaki

On Mon, Apr 7, 2025 at 6:14 PM AWS Training and Certification <%s> wrote:
> Hi Misaki,
>
> Thank you for your patience while I looked into this.
>
> The certification account registered to m-tachibana@kitasora-sys.co.jp is linked to an AWS Partner
> Network organization (Kitasora Systems Co., Ltd.). [...] your case is on hold until they come back to us.
>
> In my experience the Partner team moves faster when they know the employee's leaving date. Once you
> tell me your last working day at Kitasora, I'll add it to the request I raised with them.
>
> Kind regards,
> Hannah K.
""" % TC
hh = ('<div dir="ltr">Hi Hannah,<div><br></div><div>My last working day at Kitasora Systems is April 30, 2025. The company mailbox '
      'will be shut down after that date, so please keep using this address.</div><div><br></div><div>Thank you,</div><div>Misaki</div></div>'
      '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Apr 7, 2025 at 6:14 PM AWS Training and Certification '
      '&lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
      'Hi Misaki,<br><br>Once you tell me your last working day at Kitasora, I&#39;ll add it to the request I raised with them.<br><br>'
      'Kind regards,<br>Hannah K.</blockquote></div>' % TC)
add('user_reply', False, CA, [], mk([
    ('From', addr('Misaki Tachibana', ME_P)), ('To', TC), ('Date', d),
    ('Subject', 'Re: RE:[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_gmail('m012')),
    ('In-Reply-To', mid_ses('m009')), ('References', mid_ses('m004') + ' ' + mid_ses('m009'))],
    alt(p, hh, style='gmail')),
    'Owner gives her leaving date (Gmail, quotes the hold with ">")')

# 013 Case B closed as duplicate, conditional reopen invitation
d = when(4, 8, 2, 40, 12)
p = """Hello Misaki,

Thank you for confirming. I have closed case %s as a duplicate and linked it to case %s, where my colleague is handling your account merge. Nothing further is needed from you on this case.

If you later realise this request included something beyond the merge, a reply to this email within 14 days will reopen it.

Best regards,
Tomás
AWS Training and Certification

-----Original Message-----
From: Tachibana Misaki <%s>
Sent: 4/7/2025 10:26 AM UTC
Subject: RE: RE:[CASE %s]

Yes, it is the same request. I sent the form twice by mistake, so please close this case.
""" % (CB, CA, ME_C, CB)
add('case_update', False, CB, [], mk(aws_in('m013', d, to=ME_C) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_C), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CB, SUBJ_TC)), ('Message-ID', mid_ses('m013')),
    ('In-Reply-To', mid_outlook('m011')), ('References', mid_ses('m008') + ' ' + mid_outlook('m011'))],
    leaf(p, 'plain', 'iso-8859-1', '8bit'), crlf=True),
    'Duplicate case B closed and linked to A; "a reply within 14 days will reopen it" is only an invitation; mentions both case numbers')

# 014 phishing from a lookalike domain (its own DKIM/DMARC pass)
d = when(4, 8, 13, 55, 9)
h = """<html><body style="font-family:Arial,sans-serif">
<img src="https://aws-certification-help.com/img/aws-logo.png" alt="aws" width="80">
<h3>AWS Training &amp; Certification - Account Merge</h3>
<p>Dear Candidate,</p>
<p>We have received your request to merge your AWS Certification accounts (reference 2025-44817).
For your security, the merge goes ahead only after you verify your identity on our secure portal.</p>
<p style="text-align:center"><a href="https://aws-certification-help.com/verify?ref=2025-44817&amp;u=bWlzYWtp" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my account</a></p>
<p>Requests that are not verified within <b>24 hours</b> are cancelled and all certifications on the old account are lost.
If the portal does not load, reply to this email with your AWS Builder ID email and password and we will complete the verification for you.</p>
<p>AWS Training and Certification Support Team</p></body></html>"""
add('suspicious', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('mail.aws-certification-help.com', '185.225.74.31', d)),
    ('Authentication-Results', ar_g('aws-certification-help.com', 'bounce@aws-certification-help.com', ip='185.225.74.31', pol='NONE')),
    ('From', 'AWS Training & Certification <support@aws-certification-help.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Action required: verify your identity to complete your account merge'),
    ('Message-ID', '<%s@aws-certification-help.com>' % hx('m014', 24))], leaf(h, 'html', 'utf-8', 'base64')),
    'Lookalike domain (auth passes for its own domain) using the same "goes ahead only after you verify" condition; asks for password')

# 015 Case A still on hold, nothing asked
d = when(4, 9, 6, 22, 47)
p = """Hi Misaki,

Thanks, that's helpful. I've added April 30 to the request with our Partner team.

Your case stays on hold until they confirm that the partner link on the Kitasora account has been removed. As soon as that happens I'll pick the merge back up and write to you with the details of both accounts. You don't need to do anything in the meantime.

Should your leaving date change, feel free to let me know on this thread.

Kind regards,
Hannah K.
AWS Training and Certification

> My last working day at Kitasora Systems is April 30, 2025. The company mailbox will be shut down
> after that date, so please keep using this address.
"""
add('on_hold', False, CA, [], mk(aws_in('m015', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m015')),
    ('In-Reply-To', mid_gmail('m012')), ('References', mid_ses('m009') + ' ' + mid_gmail('m012'))],
    leaf(p, 'plain', 'utf-8', 'quoted-printable')),
    'Still on hold for the partner; "as soon as that happens I\'ll ..." is conditioned on the partner, and "should your date change" is an invitation')

# 016 AWS marketing, Japanese HTML, base64
d = when(4, 9, 10, 0, 0)
h = """<html><head><meta charset="UTF-8"></head><body style="font-family:sans-serif">
<h2>AWS Summit Japan 2025 ご登録受付中</h2>
<p>立花 美咲 様</p>
<p>いつも AWS をご利用いただきありがとうございます。今年の AWS Summit Japan は 6 月 25 日・26 日に幕張メッセで開催いたします。</p>
<p>事前にご登録いただければ、基調講演のアーカイブと全セッションの資料を開催後にお送りいたします。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">このメールは送信専用アドレスから配信しています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>から手続きしてください。<br>
アマゾン ウェブ サービス ジャパン合同会社</p></body></html>"""
add('unrelated', False, None, [], mk(aws_in('m016', d, from_dom='amazon.com') + [
    ('From', addr('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com')), ('To', ME_P), ('Date', d),
    ('Subject', ew('【ご案内】AWS Summit Japan 2025 の登録が始まりました')), ('Message-ID', '<%s@pages.awscloud.com>' % hx('m016', 30)),
    ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=%s>' % hx('m016u', 20))],
    leaf(h, 'html', 'utf-8', 'base64')),
    'AWS marketing in Japanese (HTML-only, base64) with a 〜いただければ…いたします sentence that is marketing, not support')

# 017 other vendor's support case closing notice
d = when(4, 10, 4, 12, 55, 0)
p = """Hello Misaki,

We have not heard back from you regarding your Microsoft Certification support request.

Case number: 2504021100087713
Title: Transcript sharing code not working

If you still need help, reply to this email within 3 business days. Otherwise this case will be closed automatically and you can open a new one at any time.

Thank you,
Microsoft Learn Certification Support
"""
add('unrelated', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('mail-am7eur03on2104.outbound.protection.outlook.com', '40.107.105.104', d)),
    ('Authentication-Results', ar_g('microsoft.com', 'support@microsoft.com', ip='40.107.105.104', pol='REJECT')),
    ('From', 'Microsoft Learn Certification Support <support@microsoft.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Your support case 2504021100087713 will be closed soon'), ('Message-ID', '<%s@support.microsoft.com>' % hx('m017', 28))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Another vendor\'s certification support closing notice; looks exactly like a closing_notice but is not AWS')

# 018 CertMetrics "wants to hear from you" (not a support-case survey)
d = when(4, 11, 16, 5, 31)
h = """<html><body style="font-family:Arial"><p>Hello Misaki,</p>
<p>AWS Certification wants to hear from you! As someone who holds an AWS Certification, your view helps us shape future exams and benefits.</p>
<p>The survey takes about 10 minutes and closes on April 30, 2025.</p>
<p><a href="https://survey.certmetrics.com/s/aws-2025q2?cid=AWS03917265">Take the survey</a></p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:10px;color:#777">Please do not reply to this message; this mailbox is not monitored.</p></body></html>"""
add('certification', False, None, [], mk([
    ('Return-Path', '<bounce-33001@mail.certmetrics.com>'),
    ('Authentication-Results', ar_m('certmetrics.com', 'mail.certmetrics.com', ip='198.2.131.17')),
    ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_C), ('Date', d),
    ('Subject', 'AWS Certification wants to hear from you'), ('Message-ID', '<%s.33001@certmetrics.com>' % hx('m018', 20))],
    leaf(h, 'html', 'us-ascii', '7bit')),
    'Certification-program survey (not about a support case, so not "survey"); candidate ID appears only inside a link URL (not counted)')

# 019 Builder ID one-time code
d = when(4, 11, 22, 47, 3)
p = """AWS Builder ID

Verify your email address

Your verification code is: 583107

This code expires 10 minutes after it was sent. If you did not try to sign in or create an AWS Builder ID, you can ignore this email.
"""
add('unrelated', False, None, [], mk(aws_in('m019', d, from_dom='signin.aws') + [
    ('From', 'AWS <no-reply@signin.aws>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Verify your AWS Builder ID email address'), ('Message-ID', mid_ses('m019'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Builder ID one-time code (6-digit number, not a case ID)')

# 020 community event mail (connpass), Japanese conditional
d = when(4, 14, 12, 30, 0, 9)
p = """JAWS-UG 東京 のメンバーの皆さま

5月の勉強会「AWS認定 まるごと振り返りナイト」の参加登録を開始しました。

日時：2025年5月22日（木）19:00〜21:00
会場：オンライン（YouTube Live）

参加登録いただければ、前日に配信URLをお送りします。
LTの枠もまだ空いていますので、登壇希望の方はイベントページからどうぞ。

https://jawsug.connpass.com/event/351207/

※このメールは connpass から送信されています。配信停止はマイページの設定から行えます。
"""
add('unrelated', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('mail.connpass.com', '52.198.40.12', d)),
    ('Authentication-Results', ar_g('connpass.com', 'bounce@connpass.com', ip='52.198.40.12', pol='NONE')),
    ('From', addr('connpass', 'no-reply@connpass.com')), ('To', ME_P), ('Date', d),
    ('Subject', ew('JAWS-UG 東京 から新しいイベントのお知らせ')), ('Message-ID', '<%s@connpass.com>' % hx('m020', 26))],
    leaf(p, 'plain', 'utf-8', 'quoted-printable')),
    'Community event notice in Japanese with a 〜いただければ…お送りします line, about AWS certification; not support')

# 021 Case A hold lifted
d = when(4, 15, 1, 9, 58)
p = """Hi Misaki,

A quick update: the Partner team has confirmed that the partner link on your Kitasora certification account has been removed, so your case is no longer on hold.

I'm now putting together the details of both accounts and will send them to you in a separate message shortly.

Kind regards,
Hannah K.
AWS Training and Certification
"""
add('case_update', False, CA, [], mk(aws_in('m021', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m021')),
    ('In-Reply-To', mid_ses('m015')), ('References', mid_ses('m009') + ' ' + mid_ses('m015'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Hold lifted; support announces its next message; no ask')

# 022 Case A confirmation request: HTML table, condition-shaped ask
d = when(4, 15, 1, 31, 20)
acct = [('Account #1', ME_P, NEW), ('Account #2', ME_C, OLD)]
p = "Hi Misaki,\n\nAs promised, here are the two certification accounts I found under your name:\n\n"
for a, e, c in acct:
    p += "%s\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCandidate ID: %s\n\n" % (a, e, e, e, c)
p += ("After the merge, Account #1 will carry the exam history, certifications and benefits of both accounts, "
      "and Account #2 can no longer be used to sign in.\n\n"
      "The merge goes ahead as soon as you confirm that both accounts are yours and that Account #1 is the one to keep. "
      "If anything in the listing looks wrong, tell me and I'll correct it first.\n\n"
      "Kind regards,\nHannah K.\nAWS Training and Certification\n")
rows = ''.join('<tr><td colspan="2" style="background:#eaeded;padding:6px"><b>%s</b></td></tr>'
               '<tr><td style="padding:4px 8px">Login email</td><td>%s</td></tr>'
               '<tr><td style="padding:4px 8px">Training notification email</td><td>%s</td></tr>'
               '<tr><td style="padding:4px 8px">Certification notification email</td><td>%s</td></tr>'
               '<tr><td style="padding:4px 8px">Candidate ID</td><td>%s</td></tr>' % (a, e, e, e, c) for a, e, c in acct)
h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Hi Misaki,</p>'
     '<p>As promised, here are the two certification accounts I found under your name:</p>'
     '<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">%s</table>'
     '<p>After the merge, Account #1 will carry the exam history, certifications and benefits of both accounts, '
     'and Account #2 can no longer be used to sign in.</p>'
     '<p>The merge goes ahead as soon as you confirm that both accounts are yours and that Account #1 is the one to keep. '
     'If anything in the listing looks wrong, tell me and I&#39;ll correct it first.</p>'
     '<p>Kind regards,<br>Hannah K.<br>AWS Training and Certification</p></body></html>' % rows)
add('confirmation_request', True, CA, [NEW, OLD], mk(aws_in('m022', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m022')),
    ('In-Reply-To', mid_ses('m021')), ('References', mid_ses('m009') + ' ' + mid_ses('m021'))],
    alt(p, h, cte='quoted-printable')),
    'Account #1/#2 listing (HTML table); the confirmation is asked only as "the merge goes ahead as soon as you confirm ..."; no question mark, no please')

# 023 Pearson VUE appointment (9-digit registration number)
d = when(4, 16, 3, 12, 40)
p = """Dear Misaki Tachibana,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date and time: Saturday, May 24, 2025 10:00 JST
Delivery: OnVUE online proctored
Registration ID: 483920157

If you need to reschedule or cancel, please do so at least 24 hours before your appointment through your Pearson VUE account.

Pearson VUE
"""
add('unrelated', False, None, [], mk([
    ('Received', 'from mta2.pearsonvue.com (159.182.1.44) by TYZAPC01FT041.mail.protection.outlook.com\n (10.118.152.114) with Microsoft SMTP Server id 15.20.8632.13; %s' % d),
    ('Authentication-Results', ar_m('pearson.com', 'pearson.com', ip='159.182.1.44')),
    ('From', 'Pearson VUE <no-reply@pearson.com>'), ('To', ME_C), ('Date', d),
    ('Subject', 'Pearson VUE Confirmation of Appointment'), ('Message-ID', '<%s@pearson.com>' % hx('m023', 24))],
    leaf(p, 'plain', 'us-ascii', '7bit'), crlf=True),
    'Exam vendor appointment with a 9-digit registration ID and a reschedule conditional')

# 024 genuine-looking mail on an amazon.com From with failing DKIM/DMARC
d = when(4, 17, 8, 44, 2)
fake_case = '174487771100562'
p = """Hello,

We are ready to merge your AWS Certification accounts.

We can proceed when you sign in below with the account you want to keep and approve the merge:
https://amazon-certsupport.com/merge/approve?case=%s

Approvals not received within 48 hours will be cancelled.

Regards,
AWS Training and Certification
""" % fake_case
add('suspicious', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('vps-7731.hostkey.example.net', '91.215.85.140', d)),
    ('Return-Path', '<mailer@amazon-certsupport.com>'),
    ('Authentication-Results', ar_g('amazon.com', 'mailer@amazon-certsupport.com', dkim='fail', spf='softfail', dmarc='fail',
                                    dkim_d='amazon.com', ip='91.215.85.140')),
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (fake_case, SUBJ_TC)), ('Message-ID', '<%s@amazon-certsupport.com>' % hx('m024', 22))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Real T&C sender address and subject shape but dkim=fail, dmarc=fail; "we can proceed when you sign in" link to a lookalike domain')

# 025 aws.training classroom reminder
d = when(4, 18, 0, 5, 19)
p = """Hello Misaki,

This is a reminder for your upcoming AWS classroom training.

Course: Advanced Architecting on AWS (virtual)
Dates: April 22-24, 2025, 09:00-17:00 JST
Instructor: Yuki Mori

Once you complete the short pre-class survey in your training account, your lab access details will be sent automatically.

AWS Training and Certification
This mailbox does not accept replies.
"""
add('unrelated', False, None, [], mk(aws_in('m025', d, from_dom='aws.training') + [
    ('From', 'AWS Training and Certification <no-reply@aws.training>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Reminder: Advanced Architecting on AWS starts April 22'), ('Message-ID', mid_ses('m025'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'aws.training class reminder with a "once you complete X, Y is sent" condition; the T&C name but no case')

# 026 Case A closing notice phrased as a condition
d = when(4, 21, 2, 3, 44)
p = """Hello Misaki,

I'm following up on my message of April 15 about merging your two certification accounts, as I haven't seen a reply yet.

I'll keep this case open until April 24. If your confirmation reaches me before then, I'll merge the accounts the same day; after that date the case closes automatically, although replying to this email later will reopen it.

The accounts are listed in my earlier message below.

Kind regards,
Hannah K.
AWS Training and Certification

--------------- Original Message ---------------
From: AWS Training and Certification [%s]
Sent: 4/15/2025 1:31 AM
To: %s
Subject: RE:[CASE %s] %s

Account #1
Login email: %s
Candidate ID: %s

Account #2
Login email: %s
Candidate ID: %s

The merge goes ahead as soon as you confirm that both accounts are yours and that Account #1 is the one to keep.
""" % (TC, ME_P, CA, SUBJ_TC, ME_P, NEW, ME_C, OLD)
add('closing_notice', True, CA, [], mk(aws_in('m026', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Cc', ME_C), ('Date', d),
    ('Subject', 'RE: [CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m026')),
    ('In-Reply-To', mid_ses('m022')), ('References', mid_ses('m021') + ' ' + mid_ses('m022'))],
    leaf(p, 'plain', 'utf-8', 'base64')),
    'Closing notice with the ask as "if your confirmation reaches me before then, I\'ll merge"; candidate IDs only in quoted history; base64 body; "RE: [CASE" spacing')

# 027 owner confirms, but from the company mailbox (Outlook, top-posted)
d = when(4, 21, 12, 48, 10, 9)
p = """Hello Hannah,

Sorry for the slow answer. Both accounts are mine. Please merge them and keep Account #1 (AWS11840532).

Best regards,
Misaki Tachibana
Kitasora Systems Co., Ltd.

________________________________
From: AWS Training and Certification <%s>
Sent: Monday, April 21, 2025 11:03
To: %s
Cc: %s
Subject: RE: [CASE %s] %s

Hello Misaki,

I'm following up on my message of April 15 about merging your two certification accounts, as I haven't seen a reply yet.

I'll keep this case open until April 24. If your confirmation reaches me before then, I'll merge the accounts the same day.
""" % (TC, ME_P, ME_C, CA, SUBJ_TC)
add('user_reply', False, CA, [NEW], mk([
    ('From', addr('Tachibana Misaki', ME_C)), ('To', addr('AWS Training and Certification', TC)), ('Date', d),
    ('Subject', 'RE: [CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_outlook('m027')),
    ('In-Reply-To', mid_ses('m026')), ('References', mid_ses('m022') + '\n ' + mid_ses('m026')),
    ('Thread-Topic', '[CASE %s] %s' % (CA, SUBJ_TC)), ('Thread-Index', 'AQHbsnFQ' + hx('m027', 12)),
    ('Content-Language', 'en-US')], leaf(p, 'plain', 'us-ascii', '7bit'), crlf=True),
    'Owner confirms the merge, but from the old company address (CC\'d copy); one candidate ID in her own text')

# 028 Case A: support needs the confirmation from the destination address
d = when(4, 22, 0, 26, 37)
p = """Hello Misaki,

Thank you for getting back to me.

For security reasons I can only act on a merge confirmation that comes from the login email of the account being kept. Your message arrived from m-tachibana@kitasora-sys.co.jp, which belongs to Account #2.

We can proceed when the same confirmation reaches us from misaki.tachibana.cloud@gmail.com. The moment it does, I'll complete the merge.

Kind regards,
Hannah K.
AWS Training and Certification

-----Original Message-----
From: Tachibana Misaki <%s>
Sent: Monday, April 21, 2025 3:48 AM
Subject: RE: [CASE %s]

Both accounts are mine. Please merge them and keep Account #1 (AWS11840532).
""" % (ME_C, CA)
add('info_request', True, CA, [], mk(aws_in('m028', d, to=ME_C) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_C), ('Cc', ME_P), ('Date', d),
    ('Subject', 'RE: [CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m028')),
    ('In-Reply-To', mid_outlook('m027')), ('References', mid_ses('m026') + ' ' + mid_outlook('m027'))],
    leaf(p, 'plain', 'utf-8', 'quoted-printable'), crlf=True),
    'Wrong-address reply: "we can proceed when the confirmation reaches us from <personal address>"; arrives in the company mailbox (CRLF, M365 headers)')

# 029 owner confirms from the personal address
d = when(4, 22, 10, 2, 9, 9)
p = """Hi Hannah,

Writing from my personal address as requested: both accounts listed in your message are mine. Please keep Account #1 and merge Account #2 into it.

Thanks,
Misaki Tachibana

On Tue, Apr 22, 2025 at 9:26 AM AWS Training and Certification <%s> wrote:
> Hello Misaki,
>
> For security reasons I can only act on a merge confirmation that comes from the login email of
> the account being kept. [...]
> We can proceed when the same confirmation reaches us from misaki.tachibana.cloud@gmail.com.
""" % TC
hh = ('<div dir="ltr"><div>Hi Hannah,</div><div><br></div><div>Writing from my personal address as requested: both accounts listed in '
      'your message are mine. Please keep Account #1 and merge Account #2 into it.</div><div><br></div><div>Thanks,</div>'
      '<div>Misaki Tachibana</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Apr 22, 2025 at 9:26 AM '
      'AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
      'border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Misaki,<br>We can proceed when the same confirmation reaches us '
      'from misaki.tachibana.cloud@gmail.com.</blockquote></div>' % TC)
add('user_reply', False, CA, [], mk([
    ('From', addr('Misaki Tachibana', ME_P)), ('To', TC), ('Date', d),
    ('Subject', 'Re: RE: [CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_gmail('m029')),
    ('In-Reply-To', mid_ses('m028')), ('References', mid_ses('m026') + ' ' + mid_outlook('m027') + ' ' + mid_ses('m028'))],
    alt(p, hh, style='gmail', cte='7bit', cs='us-ascii')),
    'Owner repeats the confirmation from the personal address (Gmail)')

# 030 Case A resolved, top-posted over the old request
d = when(4, 22, 3, 15, 2)
p = """Hello Misaki,

I have merged Account #2 into Account #1 (AWS11840532). Your exam history, certifications and benefits from the Kitasora account now sit under misaki.tachibana.cloud@gmail.com, and the old login no longer works.

Badges on Credly can take up to a day to show up again. If anything looks off once you sign in, reply here and I'll take another look.

Kind regards,
Hannah K.
AWS Training and Certification

________________________________
From: Misaki Tachibana <%s>
Sent: Tuesday, April 22, 2025 1:02 AM
To: AWS Training and Certification
Subject: Re: RE: [CASE %s] %s

Writing from my personal address as requested: both accounts listed in your message are mine. Please keep Account #1 and merge Account #2 into it.

________________________________
From: AWS Training and Certification
Sent: Tuesday, April 15, 2025 1:31 AM
Subject: RE:[CASE %s] %s

Account #1
Login email: %s
Candidate ID: %s

Account #2
Login email: %s
Candidate ID: %s

The merge goes ahead as soon as you confirm that both accounts are yours and that Account #1 is the one to keep. If anything in the listing looks wrong, tell me and I'll correct it first.
""" % (ME_P, CA, SUBJ_TC, CA, SUBJ_TC, ME_P, NEW, ME_C, OLD)
hh = '<html><body style="font-family:Arial,sans-serif;font-size:14px">' + ''.join(
    '<p>%s</p>' % x.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>')
    for x in p.split('\n\n')) + '</body></html>'
add('resolved', False, CA, [NEW], mk(aws_in('m030', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m030')),
    ('In-Reply-To', mid_gmail('m029')), ('References', mid_ses('m028') + ' ' + mid_gmail('m029'))],
    alt(p, hh, cte='quoted-printable')),
    'Merge done, top-posted over the quoted confirmation request (its "goes ahead as soon as you confirm" must be ignored); closing conditional "if anything looks off"')

# 031 Credly badge issued
d = when(4, 22, 19, 40, 55)
p = """Hi Misaki,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.

Accept your badge to display it on your Credly profile and share it on social networks:
https://www.credly.com/earner/earned/badge/3f6b2c1e-9a7d-4e21-8c55-0d7e1b9a42f3

The Credly Team
"""
add('badge', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('o1.email.credly.com', '167.89.55.20', d)),
    ('Authentication-Results', ar_g('credly.com', 'bounces+1734@em.credly.com', ip='167.89.55.20', pol='REJECT')),
    ('From', 'Credly <admin@credly.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Amazon Web Services Training and Certification has issued you a badge'),
    ('Message-ID', '<%s@credly.com>' % hx('m031', 24))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Credly badge mail right after the merge (badge UUID, not a case)')

# 032 survey about case A
d = when(4, 23, 5, 0, 12)
h = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Your recent request to AWS Training and Certification (case %s) has been marked as resolved.
We would like to know how we did.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws-training-support.amazon.com/r?c=%s&amp;s=5">Very satisfied</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/r?c=%s&amp;s=3">Neutral</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/r?c=%s&amp;s=1">Very dissatisfied</a></td></tr></table>
<p>The survey takes less than two minutes. Please do not reply to this email.</p>
<p>AWS Training and Certification</p></body></html>""" % (CA, CA, CA, CA)
add('survey', False, CA, [], mk(aws_in('m032', d) + [
    ('From', 'AWS Training and Certification <no-reply-survey@amazon.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'How did we do? Tell us about case %s' % CA), ('Message-ID', mid_ses('m032'))],
    leaf(h, 'html', 'us-ascii', '7bit')),
    'Satisfaction survey about case A (HTML-only, rating links)')

# 033 CertMetrics profile notice caused by the merge (certification program mail, not the case)
d = when(4, 23, 6, 31, 40)
p = """Hello Misaki Tachibana,

The primary email address on your AWS Certification profile was changed.

Candidate ID: AWS11840532
New email address: misaki.tachibana.cloud@gmail.com
Date of change: April 22, 2025

If you made this change, no action is needed. If you did not, contact AWS Training and Certification through https://www.aws.training/support so we can secure your account.

AWS Certification
"""
add('certification', False, None, [NEW], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('mail.certmetrics.com', '198.2.131.17', d)),
    ('Authentication-Results', ar_g('certmetrics.com', 'bounce-33410@mail.certmetrics.com', ip='198.2.131.17', pol='NONE')),
    ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Your AWS Certification profile was updated'), ('Message-ID', '<%s.33410@certmetrics.com>' % hx('m033', 20))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Program notice triggered by the merge (email changed), candidate ID; "if you did not, contact us" conditional; no case reference')

# 034 Credly reminder to accept
d = when(4, 24, 15, 2, 8)
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Misaki,</p>
<p>You have a badge waiting: <b>AWS Certified Solutions Architect &ndash; Associate</b>, issued by Amazon Web Services Training and Certification.</p>
<p>Once you accept it, you can add it to LinkedIn, your email signature or your resume.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f6b2c1e-9a7d-4e21-8c55-0d7e1b9a42f3">Accept badge</a></p>
<p>The Credly Team</p></body></html>"""
add('badge', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('o1.email.credly.com', '167.89.55.20', d)),
    ('Authentication-Results', ar_g('credly.com', 'bounces+1734@em.credly.com', ip='167.89.55.20', pol='REJECT')),
    ('From', 'Credly <admin@credly.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Reminder: accept your AWS Certified Solutions Architect - Associate badge'),
    ('Message-ID', '<%s@credly.com>' % hx('m034', 24))], leaf(h, 'html', 'utf-8', 'quoted-printable')),
    'Credly reminder ("once you accept it, you can ..."), HTML-only')

# 035 AWS marketing, English
d = when(4, 24, 16, 0, 0)
p = """AWS re:Inforce 2025 | June 16-18 | Philadelphia, PA

Hi Misaki,

Early-bird pricing for AWS re:Inforce ends May 15. Register now to save USD 300 and reserve seats in hands-on builder sessions.

As an AWS Certified individual, you also get access to the Certification Lounge. Bring your digital badge to check in.

Register: https://reinforce.awsevents.com/register

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.
Unsubscribe: https://pages.awscloud.com/unsubscribe
"""
add('unrelated', False, None, [], mk(aws_in('m035', d) + [
    ('From', 'Amazon Web Services <aws-marketing-email-replies@amazon.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Last chance for early-bird pricing: AWS re:Inforce 2025'), ('Message-ID', '<%s@pages.awscloud.com>' % hx('m035', 30)),
    ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=%s>' % hx('m035u', 20))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'AWS event marketing mentioning certification and badges')

# 036 owner reopens case A: one exam missing
d = when(4, 25, 9, 12, 33, 9)
p = """Hi Hannah,

Thank you for the merge. I checked the new account and almost everything is there, but one exam is missing from the exam history: AWS Certified Developer - Associate (DVA-C02), which I passed in November 2023 on the old Kitasora account (AWS03917265). The certification itself is also not listed.

Could you take a look?

Best regards,
Misaki

On Tue, Apr 22, 2025 at 12:15 PM AWS Training and Certification <%s> wrote:
> I have merged Account #2 into Account #1 (AWS11840532). [...]
> If anything looks off once you sign in, reply here and I'll take another look.
""" % TC
add('user_reply', False, CA, [OLD], mk([
    ('From', addr('Misaki Tachibana', ME_P)), ('To', TC), ('Date', d),
    ('Subject', 'Re: RE:[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_gmail('m036')),
    ('In-Reply-To', mid_ses('m030')), ('References', mid_ses('m028') + ' ' + mid_gmail('m029') + ' ' + mid_ses('m030'))],
    leaf(p, 'plain', 'utf-8', 'quoted-printable')),
    'Owner reopens case A after the resolution; her own question to support (no reply owed by her); quoted candidate ID not counted')

# 037 Case A reopened and passed on
d = when(4, 25, 4, 55, 17)
p = """Hello Misaki,

Thanks for letting me know. I've reopened your case and passed it to our certification records team, as moving an individual exam record is done on their side.

Once they have finished, I'll write back to confirm. Nothing is needed from you for now.

Kind regards,
Hannah K.
AWS Training and Certification
"""
add('case_update', False, CA, [], mk(aws_in('m037', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m037')),
    ('In-Reply-To', mid_gmail('m036')), ('References', mid_ses('m030') + ' ' + mid_gmail('m036'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Reopened and passed to another team; "once they have finished, I\'ll write back" depends on a third party')

# 038 farewell party mail, Shift_JIS 8bit, a colleague's deadline ask
d = when(4, 28, 10, 15, 0, 9)
p = """クラウド推進部の皆さま

お疲れさまです。山口です。

4月末で退職される立花さんの送別会を、下記のとおり開催します。

日時：4月30日（水）18:30〜
場所：新橋「炉端 こまち」

出欠は本日中にこのメールへ返信してください。
立花さんご本人は返信不要です。

山口
"""
add('unrelated', False, None, [], mk([
    ('Received', 'from TY3PR01MB11020.jpnprd01.prod.outlook.com (2603:1096:400:3c5::9) by\n TYCPR01MB8807.jpnprd01.prod.outlook.com with HTTPS; %s' % d),
    ('From', addr('山口 亮', 'r-yamaguchi@kitasora-sys.co.jp', 'iso-2022-jp')),
    ('To', 'cloud-div@kitasora-sys.co.jp'), ('Date', d),
    ('Subject', ew('送別会のご案内（立花さん）', 'iso-2022-jp')), ('Message-ID', mid_outlook('m038'))],
    leaf(p, 'plain', 'shift_jis', '8bit'), crlf=True),
    'Colleague mail in Shift_JIS (8bit): a farewell party with a reply deadline; explicitly not for her, and not support')

# 039 Case A resolved again
d = when(4, 28, 6, 40, 2)
p = """Hello Misaki,

Our records team has moved the AWS Certified Developer - Associate exam and certification onto your account (AWS11840532). Both should now appear under Exam history and Certifications.

Should you spot anything else missing, just reply to this email.

Kind regards,
Hannah K.
AWS Training and Certification
"""
add('resolved', False, CA, [NEW], mk(aws_in('m039', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CA, SUBJ_TC)), ('Message-ID', mid_ses('m039')),
    ('In-Reply-To', mid_ses('m037')), ('References', mid_gmail('m036') + ' ' + mid_ses('m037'))],
    leaf(p, 'plain', 'utf-8', 'base64')),
    'Reopened case fixed; "should you spot anything else missing, just reply" is an invitation (base64)')

# 040 out-of-office auto reply from a colleague
d = when(4, 30, 9, 2, 11, 9)
p = """【自動返信】
佐藤は4月30日〜5月6日まで休暇のため不在にしております。
5月7日以降、順次ご返信いたします。
お急ぎの場合はクラウド推進部 山口（r-yamaguchi@kitasora-sys.co.jp）までご連絡ください。
"""
add('unrelated', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('mail-tycjpn01on2101.outbound.protection.outlook.com', '40.107.114.101', d)),
    ('Authentication-Results', ar_g('kitasora-sys.co.jp', 'k-sato@kitasora-sys.co.jp', ip='40.107.114.101', pol='NONE')),
    ('From', addr('佐藤 健太', 'k-sato@kitasora-sys.co.jp', 'iso-2022-jp')), ('To', ME_P), ('Date', d),
    ('Subject', ew('自動応答: 今後の連絡先について', 'iso-2022-jp')), ('Message-ID', mid_outlook('m040')),
    ('In-Reply-To', mid_gmail('m040-orig')), ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    leaf(p, 'plain', 'iso-2022-jp', '7bit')),
    'Colleague out-of-office auto-reply in Japanese')

# 041 Case F acknowledgement in Japanese (ISO-2022-JP)
d = when(5, 1, 1, 2, 48)
p = """立花 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。

お問い合わせの詳細は以下のとおりです。
------------------------------
ケースID：%s
お問い合わせタイプ：認定
その他の詳細：アカウントの統合
内容：統合後にサインインし直したところ、同じメールアドレス（misaki.tachibana.cloud@gmail.com）で認定アカウントが2つ表示されるようになりました。AWS11840532 と AWS11840977 を1つにまとめてください。
------------------------------

担当者より通常24時間以内にご連絡いたします。内容によっては、さらにお時間をいただく場合がございます。
すでに同じ内容でケースを提起されている場合は、別のケースを提起しないでください。
追加でお伝えいただく情報がございましたら、件名を変えずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % (CF, CF)
add('acknowledgement', False, CF, [NEW, DUP], mk(aws_in('m041', d) + [
    ('From', addr('AWS トレーニングと認定', TC, 'iso-2022-jp')), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CF, SUBJ_TC)), ('Message-ID', mid_ses('m041'))],
    leaf(p, 'plain', 'iso-2022-jp', '7bit')),
    'Case F (second merge: two accounts on one address) acknowledged in Japanese, ISO-2022-JP; 〜がございましたら…ご返信ください is only conditional')

# 042 Case F confirmation request in Japanese: 〜いただければ…いたします
d = when(5, 2, 2, 20, 5)
p = """立花 美咲 様

AWS トレーニングと認定 カスタマーサービスの中村と申します。
アカウント統合のお問い合わせについてご連絡いたします。

ご登録のメールアドレス misaki.tachibana.cloud@gmail.com には、現在以下の2つの認定アカウントが紐づいております。

アカウント1
　候補ID：AWS11840532
　ログインメール：misaki.tachibana.cloud@gmail.com
　試験履歴：あり（認定 4件）

アカウント2
　候補ID：AWS11840977
　ログインメール：misaki.tachibana.cloud@gmail.com
　試験履歴：なし

統合後に残すアカウントをご指定いただければ、速やかに統合の手続きをいたします。
なお、統合は元に戻すことができませんので、あらかじめご了承ください。

何卒よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス
"""
add('confirmation_request', True, CF, [NEW, DUP], mk(aws_in('m042', d) + [
    ('From', addr('AWS トレーニングと認定', TC)), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CF, SUBJ_TC)), ('Message-ID', mid_ses('m042')),
    ('In-Reply-To', mid_ses('m041')), ('References', mid_ses('m041'))],
    leaf(p, 'plain', 'utf-8', 'base64')),
    'Japanese confirmation request; the only ask is 残すアカウントをご指定いただければ…手続きをいたします (UTF-8 base64)')

# 043 bounce: mail to the closed company mailbox
d = when(5, 2, 7, 33, 20)
p = """** Address not found **

Your message wasn't delivered to m-tachibana@kitasora-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 02 May 2025 00:33:17 -0700 (PDT)

Final-Recipient: rfc822; m-tachibana@kitasora-sys.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; kitasorasys-co-jp.mail.protection.outlook.com. (52.101.229.2)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
Last-Attempt-Date: Fri, 02 May 2025 00:33:20 -0700 (PDT)
"""
rh = """From: Misaki Tachibana <%s>
Date: Fri, 2 May 2025 16:33:05 +0900
Message-ID: %s
Subject: %s
To: %s
""" % (ME_P, mid_gmail('m043-orig'), ew('認定証PDFのバックアップ'), ME_C)
add('unrelated', False, None, [], mk([
    ('Delivered-To', ME_P), ('Return-Path', '<>'),
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Delivery Status Notification (Failure)'), ('Message-ID', '<%s@mx.google.com>' % hx('m043', 24)),
    ('Auto-Submitted', 'auto-replied')],
    mp('report', [leaf(p, 'plain', 'utf-8', 'quoted-printable'),
                  raw_part(['Content-Type: message/delivery-status'], ds.encode()),
                  raw_part(['Content-Type: text/rfc822-headers; charset="us-ascii"', 'Content-Transfer-Encoding: 7bit'], rh.encode())],
       params=' report-type=delivery-status;')),
    'Bounce from the closed company mailbox (multipart/report)')

# 044 owner answers case F in Japanese (ISO-2022-JP, Gmail quoting)
d = when(5, 3, 8, 47, 30, 9)
p = """中村様

ご連絡ありがとうございます。
アカウント1（AWS11840532）を残してください。アカウント2（AWS11840977）はサインインの際に誤って作成してしまったものです。

よろしくお願いいたします。
立花 美咲

2025年5月2日(金) 11:20 AWS トレーニングと認定 <%s>:
> 立花 美咲 様
>
> ご登録のメールアドレス misaki.tachibana.cloud@gmail.com には、現在以下の2つの認定アカウントが紐づいております。
> アカウント1　候補ID：AWS11840532
> アカウント2　候補ID：AWS11840977
>
> 統合後に残すアカウントをご指定いただければ、速やかに統合の手続きをいたします。
""" % TC
add('user_reply', False, CF, [NEW, DUP], mk([
    ('From', addr('立花 美咲', ME_P, 'iso-2022-jp')), ('To', TC), ('Date', d),
    ('Subject', 'Re: RE:[CASE %s] %s' % (CF, SUBJ_TC)), ('Message-ID', mid_gmail('m044')),
    ('In-Reply-To', mid_ses('m042')), ('References', mid_ses('m041') + ' ' + mid_ses('m042'))],
    leaf(p, 'plain', 'iso-2022-jp', '7bit')),
    'Owner picks the account to keep, in Japanese; candidate IDs in her text and again in the quote (count hers only)')

# 045 newsletter
d = when(5, 5, 13, 0, 0)
p = """Last Week in Cloud Certs - Issue #187

* The SAP-C02 exam guide got a quiet refresh: three new task statements on migration.
* Reader question: "My company account is tied to an APN partner; how do I merge it into my personal one before I leave?" Short answer: file the account-merge form early and expect a partner hold.
* Credly now lets you pin up to six badges on your profile.

You are receiving this because you subscribed at cloudcerts.news. Unsubscribe: https://cloudcerts.news/u/8f2a
"""
add('unrelated', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('mail-0501.buttondown.email', '3.220.88.14', d)),
    ('Authentication-Results', ar_g('cloudcerts.news', 'bounce@buttondown.email', ip='3.220.88.14', pol='NONE')),
    ('From', 'Last Week in Cloud Certs <news@cloudcerts.news>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Issue #187: exam guide refresh, APN merges, Credly pins'), ('Message-ID', '<%s@buttondown.email>' % hx('m045', 24)),
    ('List-Unsubscribe', '<https://cloudcerts.news/u/8f2a>')], leaf(p, 'plain', 'utf-8', 'quoted-printable')),
    'Newsletter talking about APN holds and account merges')

# 046 Case F resolved in Japanese (Shift_JIS, base64, multipart/alternative)
d = when(5, 6, 1, 12, 9)
p = """立花 美咲 様

AWS トレーニングと認定 カスタマーサービスの中村です。
ご指定のとおり、アカウント2（AWS11840977）をアカウント1（AWS11840532）へ統合いたしました。
今後はアカウント1でサインインしていただけます。

Credly のバッジは、反映までに最大で1日ほどかかる場合がございます。
ご不明な点がございましたら、本メールへご返信ください。

中村
AWS トレーニングと認定 カスタマーサービス
"""
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>'
     + ''.join('<p>%s</p>' % x.replace('\n', '<br>') for x in p.split('\n\n')) + '</body></html>')
add('resolved', False, CF, [DUP, NEW], mk(aws_in('m046', d) + [
    ('From', addr('AWS トレーニングと認定', TC, 'iso-2022-jp')), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CF, SUBJ_TC)), ('Message-ID', mid_ses('m046')),
    ('In-Reply-To', mid_gmail('m044')), ('References', mid_ses('m042') + ' ' + mid_gmail('m044'))],
    alt(p, h, cs='shift_jis', cte='base64')),
    'Japanese completion (Shift_JIS base64, plain+HTML) ending with ご不明な点がございましたら…ご返信ください')

# 047 Credly profile digest
d = when(5, 6, 18, 30, 44)
p = """Hi Misaki,

Good news: badges from Amazon Web Services Training and Certification are back on your profile.

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate
- AWS Certified Cloud Practitioner

View your profile: https://www.credly.com/users/misaki-tachibana

The Credly Team
"""
add('badge', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('o2.email.credly.com', '167.89.55.21', d)),
    ('Authentication-Results', ar_g('credly.com', 'bounces+1734@em.credly.com', ip='167.89.55.21', pol='REJECT')),
    ('From', 'Credly <admin@credly.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'Your badges from Amazon Web Services Training and Certification were updated'),
    ('Message-ID', '<%s@credly.com>' % hx('m047', 24))], leaf(p, 'plain', 'us-ascii', '7bit')),
    'Credly update after the second merge')

# 048 Case C acknowledgement (11-digit case), English template
d = when(5, 7, 0, 51, 36)
CC_SUBJ = '[AWS Training and Certification Form Submission] - exam-benefits'
p = """Hello,

We have received your request and opened the following case:

Case ID: %s
Inquiry type: Certification / Benefits
Language of request: Japanese

Our team usually replies within one business day. There is no need to submit the form again; replying to this email adds information to the same case.

Thank you for contacting AWS Training and Certification.
""" % CC
add('acknowledgement', False, CC, [], mk(aws_in('m048', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CC, CC_SUBJ)), ('Message-ID', mid_ses('m048'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Case C (11-digit) opened about a missing 50% exam voucher; short English ack to a Japanese request')

# 049 Case C info request in Japanese: 〜いただき次第
d = when(5, 8, 5, 7, 15)
p = """立花 美咲 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
カスタマーサービスの小林でございます。

統合先のアカウント（AWS11840532）の特典ページを確認いたしましたところ、ご指摘のとおり、旧アカウントで付与されていた50%割引バウチャーが表示されておりませんでした。

統合元のアカウントで最後に特典ページをご覧になった日付と、その際に表示されていたバウチャーコードの末尾4桁をお知らせいただき次第、特典チームにて再発行の手配を進めます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサービス
"""
h = ('<html><body style="font-family:Meiryo,sans-serif;font-size:14px">'
     + ''.join('<p>%s</p>' % x.replace('\n', '<br>') for x in p.split('\n\n')) + '</body></html>')
add('info_request', True, CC, [NEW], mk(aws_in('m049', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CC, CC_SUBJ)), ('Message-ID', mid_ses('m049')),
    ('In-Reply-To', mid_ses('m048')), ('References', mid_ses('m048'))],
    alt(p, h, cte='quoted-printable')),
    'Japanese request for details written only as お知らせいただき次第…手配を進めます (UTF-8 QP, plain+HTML)')

# 050 other AWS program's form case, with its own hidden ask (not T&C)
d = when(5, 8, 9, 40, 3)
EDU = '174666520300119'
p = """Hello Misaki,

Thank you for contacting AWS Educate. I was able to find an AWS Educate profile created in 2019 with a university address that no longer receives mail.

Once you send us the university email address you used at the time, we'll move the profile to your current address.

Best,
Carlos
AWS Educate Support
"""
add('unrelated', False, None, [], mk(aws_in('m050', d) + [
    ('From', 'AWS Educate <aws-cs-educate-form@amazon.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % EDU), ('Message-ID', mid_ses('m050'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'AWS Educate form case (same shape and sender family, hidden ask "once you send us ...") but another program: not tracked, no reply flag')

# 051 Amazon.co.jp shipment (Amazon, not AWS)
d = when(5, 10, 3, 18, 0)
h = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<p>立花 美咲 様</p>
<p>ご注文いただいた商品を発送しました。</p>
<table cellpadding="4"><tr><td>注文番号</td><td>250-4419087-3310528</td></tr>
<tr><td>商品</td><td>AWS認定ソリューションアーキテクト プロフェッショナル 試験対策問題集</td></tr>
<tr><td>お届け予定</td><td>5月11日（日）</td></tr></table>
<p>配送状況は<a href="https://www.amazon.co.jp/gp/your-account/order-history">注文履歴</a>からご確認いただけます。</p>
<p>Amazon.co.jp</p></body></html>"""
add('unrelated', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('a10-44.smtp-out.amazonses.com', '54.240.10.44', d)),
    ('Authentication-Results', ar_g('amazon.co.jp', ses_from('m051'), ip='54.240.10.44', pol='QUARANTINE')),
    ('From', addr('Amazon.co.jp', 'shipment-tracking@amazon.co.jp')), ('To', ME_P), ('Date', d),
    ('Subject', ew('Amazon.co.jp ご注文の商品を発送しました')), ('Message-ID', mid_ses('m051'))],
    leaf(h, 'html', 'utf-8', 'base64')),
    'Amazon retail shipping notice (Japanese HTML, base64) for an AWS certification book')

# 052 Case C closing notice in Japanese (ISO-2022-JP)
d = when(5, 12, 1, 30, 0)
p = """立花 美咲 様

AWS トレーニングと認定 カスタマーサービスの小林です。

5月8日にお送りしたメールにつきまして、現時点でご返信を確認できておりません。
5月15日までにご返信をいただけない場合、本ケースはクローズさせていただきます。
前回お伺いした内容をお送りいただければ、引き続き再発行の手配を進めます。

なお、クローズ後であっても、本メールにご返信いただくことでケースを再開できます。

小林
AWS トレーニングと認定 カスタマーサービス
"""
add('closing_notice', True, CC, [], mk(aws_in('m052', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CC, CC_SUBJ)), ('Message-ID', mid_ses('m052')),
    ('In-Reply-To', mid_ses('m049')), ('References', mid_ses('m048') + ' ' + mid_ses('m049'))],
    leaf(p, 'plain', 'iso-2022-jp', '7bit')),
    'Japanese closing notice: 〜いただけない場合クローズ / お送りいただければ…進めます; the old question is only referred to')

# 053 owner answers case C in Japanese (Gmail, UTF-8 base64)
d = when(5, 12, 21, 10, 42, 9)
p = """小林様

ご連絡が遅くなり、申し訳ありません。
統合元のアカウント（AWS03917265）の特典ページを最後に確認したのは4月3日で、バウチャーコードの末尾4桁は「7Q2K」でした。

よろしくお願いいたします。
立花 美咲

2025年5月12日(月) 10:30 AWS Training and Certification <%s>:
> 立花 美咲 様
>
> 5月8日にお送りしたメールにつきまして、現時点でご返信を確認できておりません。
> 5月15日までにご返信をいただけない場合、本ケースはクローズさせていただきます。
""" % TC
hh = '<div dir="ltr">' + p.split('\n\n2025')[0].replace('\n', '<br>') + '</div><br><div class="gmail_quote">' + \
     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + \
     '立花 美咲 様<br>5月15日までにご返信をいただけない場合、本ケースはクローズさせていただきます。</blockquote></div>'
add('user_reply', False, CC, [OLD], mk([
    ('From', addr('立花 美咲', ME_P)), ('To', TC), ('Date', d),
    ('Subject', 'Re: RE:[CASE %s] %s' % (CC, CC_SUBJ)), ('Message-ID', mid_gmail('m053')),
    ('In-Reply-To', mid_ses('m052')), ('References', mid_ses('m049') + ' ' + mid_ses('m052'))],
    alt(p, hh, style='gmail', cte='base64')),
    'Owner sends the requested voucher details in Japanese (UTF-8 base64, Gmail quote header in Japanese)')

# 054 console case D acknowledgement
d = when(5, 12, 14, 2, 5)
CONS = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CD
p = """Dear AWS Customer,

Thank you for contacting AWS Support. We have opened case %s in response to your request.

Subject: Name on AWS Certification record
Severity: General guidance
Account: [AWS ID 402918573164]

You can view this case and add correspondence in the AWS Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To reply to this case, use the link above.

Best regards,
Amazon Web Services
""" % (CD, CONS)
add('acknowledgement', False, CD, [], mk(aws_in('m054', d) + [
    ('From', 'Amazon Web Services <%s>' % NOREPLY), ('To', ME_P), ('Date', d),
    ('Subject', 'Amazon Web Services: New Support case: %s' % CD), ('Message-ID', mid_ses('m054'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Console case D (10-digit) opened from the Support Center; 12-digit account ID; cannot be answered by email')

# 055 Case C escalated, with an opt-out that asks nothing
d = when(5, 13, 2, 15, 30)
p = """立花 美咲 様

情報をお送りいただき、ありがとうございます。小林です。
いただいた内容をもとに、特典チームへバウチャーの再発行を依頼いたしました。完了し次第、改めてご連絡いたします。

再発行されたバウチャーは、統合先のアカウント（AWS11840532）に付与される予定です。
別のアカウントへの付与をご希望の場合に限り、5月15日までにお知らせください。
特にご希望がなければ、ご返信いただく必要はございません。

小林
AWS トレーニングと認定 カスタマーサービス
"""
add('case_update', False, CC, [NEW], mk(aws_in('m055', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CC, CC_SUBJ)), ('Message-ID', mid_ses('m055')),
    ('In-Reply-To', mid_gmail('m053')), ('References', mid_ses('m052') + ' ' + mid_gmail('m053'))],
    leaf(p, 'plain', 'utf-8', '8bit')),
    'Passed to the benefits team; opt-out with a deadline (〜をご希望の場合に限り…お知らせください) plus ご返信いただく必要はございません (UTF-8 8bit)')

# 056 console case D: the ask, to be answered in the Support Center
d = when(5, 13, 6, 40, 18)
p = """Hello,

We have updated your case %s. The correspondence is below.

--------------------------------------------
Hello Misaki,

Thank you for reaching out. I'm Daniel from the AWS Training and Certification support team.

I checked your certification profile (Candidate ID AWS11840532) and the family name is recorded as "Tatibana". A name correction has to match a government-issued photo ID, so we can make the change as soon as we receive, through this case in the Support Center, a photo or scan of an ID page showing your name in Latin letters. A passport works best, and you are welcome to cover the document number.

Best regards,
Daniel
Amazon Web Services
--------------------------------------------

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see the case or add a reply, use the link below:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CD, CONS)
add('info_request', True, CD, [NEW], mk(aws_in('m056', d) + [
    ('From', 'Amazon Web Services <%s>' % NOREPLY), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] Name on AWS Certification record' % CD), ('Message-ID', mid_ses('m056'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Console case: ask hidden in "we can make the change as soon as we receive, through ... the Support Center, ..."; must be answered in the console; feedback footer')

# 057 GitHub Dependabot
d = when(5, 13, 9, 0, 7)
p = """Bumps boto3 from 1.37.3 to 1.38.9.

You can trigger a rebase of this PR by commenting `@dependabot rebase`.
Dependabot will merge this PR once CI passes on it, as requested by @mtachibana.

--
Reply to this email directly, view it on GitHub:
https://github.com/mtachibana/cert-tracker/pull/57
You are receiving this because you are subscribed to this thread.
"""
add('unrelated', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('out-28.smtp.github.com', '192.30.252.211', d)),
    ('Authentication-Results', ar_g('github.com', 'noreply@github.com', ip='192.30.252.211', pol='REJECT')),
    ('From', 'dependabot[bot] <notifications@github.com>'), ('To', 'mtachibana/cert-tracker <cert-tracker@noreply.github.com>'),
    ('Cc', 'Subscribed <subscribed@noreply.github.com>'), ('Date', d),
    ('Subject', '[mtachibana/cert-tracker] Bump boto3 from 1.37.3 to 1.38.9 (PR #57)'),
    ('Message-ID', '<mtachibana/cert-tracker/pull/57@github.com>')], leaf(p, 'plain', 'utf-8', 'quoted-printable')),
    'Dependabot PR with "will merge this PR once CI passes" (a machine condition)')

# 058-061 Case G: exam appointment booked from the retired account
CG = '12904458361'
CG_SUBJ = '[AWS Training and Certification Form Submission] - exam-scheduling'
d = when(5, 14, 0, 20, 51)
p = """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s for your request about an existing exam appointment.

We usually respond within 24 hours. If you need to add details, reply to this email; please don't open a new case for the same appointment.

AWS Training and Certification Customer Service
""" % CG
add('acknowledgement', False, CG, [], mk(aws_in('m058', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', '[CASE %s] %s' % (CG, CG_SUBJ)), ('Message-ID', mid_ses('m058'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Case G (11-digit) opened: exam appointment made from the retired account; conditional "if you need to add details"')

d = when(5, 14, 4, 45, 9)
p = """Hi Misaki,

Thanks for the details. Your SAP-C02 appointment on May 24 (Pearson VUE registration 483920157) was booked from the certification account that has since been merged, which is why it doesn't show in your current account.

I can move the appointment to your current account without changing the date, time or delivery method. As soon as we have your OK, I'll ask Pearson VUE to transfer it; that usually takes one business day.

Regards,
Priya S.
AWS Training and Certification
"""
h = ('<html><body><div style="font-family:Arial,sans-serif;font-size:14px">'
     + ''.join('<p>%s</p>' % x.replace('\n', '<br>') for x in p.split('\n\n')) + '</div></body></html>')
add('info_request', True, CG, [], mk(aws_in('m059', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CG, CG_SUBJ)), ('Message-ID', mid_ses('m059')),
    ('In-Reply-To', mid_ses('m058')), ('References', mid_ses('m058'))],
    leaf(h, 'html', 'utf-8', 'quoted-printable'), crlf=True),
    'HTML-only; the permission request is "as soon as we have your OK, I\'ll ..."; 9-digit Pearson VUE ID is not a case')

d = when(5, 14, 20, 5, 33, 9)
p = """OK, please go ahead and move it. Thank you, Priya!

Misaki

On Wed, May 14, 2025 at 1:45 PM AWS Training and Certification <%s> wrote:
> I can move the appointment to your current account without changing the date, time or delivery
> method. As soon as we have your OK, I'll ask Pearson VUE to transfer it.
""" % TC
add('user_reply', False, CG, [], mk([
    ('From', addr('Misaki Tachibana', ME_P)), ('To', TC), ('Date', d),
    ('Subject', 'Re: RE:[CASE %s] %s' % (CG, CG_SUBJ)), ('Message-ID', mid_gmail('m060')),
    ('In-Reply-To', mid_ses('m059')), ('References', mid_ses('m058') + ' ' + mid_ses('m059'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Owner gives the OK (one line, top-posted)')

d = when(5, 15, 3, 30, 0)
p = """Hi Misaki,

Pearson VUE has moved your SAP-C02 appointment (May 24, 10:00 JST, online) to your current account; you'll find it under Upcoming exams.

Once you've checked that it shows up, there's no need to reply. This case will close on its own in a few days.

Good luck on the exam!
Priya S.
AWS Training and Certification
"""
add('resolved', False, CG, [], mk(aws_in('m061', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CG, CG_SUBJ)), ('Message-ID', mid_ses('m061')),
    ('In-Reply-To', mid_gmail('m060')), ('References', mid_ses('m059') + ' ' + mid_gmail('m060'))],
    leaf(p, 'plain', 'utf-8', 'quoted-printable')),
    'Done; "once you\'ve checked ..., there\'s no need to reply" looks like a hidden ask but explicitly is not')

# 062 console case D: auto-resolve warning
d = when(5, 16, 6, 41, 12)
p = """Hello,

We haven't heard back from you on case %s (Name on AWS Certification record). To correct the name on your certification record we still need the document described in our previous correspondence.

If there is no reply within the next 3 days, this case will be resolved automatically, and a case that has been resolved for 14 days can no longer be reopened. As soon as you add your reply in the Support Center, the case stays open and we will continue.

To see the case or add a reply, use the link below:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""" % (CD, CONS)
add('closing_notice', True, CD, [], mk(aws_in('m062', d) + [
    ('From', 'Amazon Web Services <%s>' % NOREPLY), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] Name on AWS Certification record' % CD), ('Message-ID', mid_ses('m062'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Console auto-resolve warning; the answer must go through the Support Center ("as soon as you add your reply in the Support Center")')

# 063 Case C resolved in Japanese
d = when(5, 16, 8, 0, 20)
p = """立花 美咲 様

小林です。お待たせいたしました。
50%割引バウチャーを再発行し、統合先のアカウント（AWS11840532）に付与いたしました。AWS 認定アカウントの「特典」ページからご確認いただけます。

ご確認いただけましたら、本メールへのご返信は不要です。
万が一表示されない場合は、お手数ですが本メールにてお知らせください。

小林
AWS トレーニングと認定 カスタマーサービス
"""
add('resolved', False, CC, [NEW], mk(aws_in('m063', d) + [
    ('From', 'AWS Training and Certification <%s>' % TC), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] %s' % (CC, CC_SUBJ)), ('Message-ID', mid_ses('m063')),
    ('In-Reply-To', mid_ses('m055')), ('References', mid_gmail('m053') + ' ' + mid_ses('m055'))],
    leaf(p, 'plain', 'iso-2022-jp', '7bit')),
    'Japanese resolution: ご確認いただけましたら、…ご返信は不要です (looks like 〜いただければ but says no reply) and 万が一…場合は…お知らせください')

# 064 CertMetrics benefit mail after the reissue
d = when(5, 16, 8, 6, 2)
h = """<html><body style="font-family:Arial,sans-serif"><p>Hello Misaki Tachibana,</p>
<p>A new benefit has been added to your AWS Certification Account (Candidate ID: AWS11840532).</p>
<p><b>50% discount on your next AWS Certification exam</b><br>Valid until: November 16, 2025</p>
<p>Once you are ready to schedule, choose the discount at checkout; it is applied automatically.</p>
<p><a href="https://www.aws.training/certification/benefits">View my benefits</a></p>
<p style="font-size:10px;color:#777">This mailbox is not monitored.</p></body></html>"""
add('certification', False, None, [NEW], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('mail.certmetrics.com', '198.2.131.17', d)),
    ('Authentication-Results', ar_g('certmetrics.com', 'bounce-34120@mail.certmetrics.com', ip='198.2.131.17', pol='NONE')),
    ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_P), ('Date', d),
    ('Subject', 'A new benefit is available in your AWS Certification Account'), ('Message-ID', '<%s.34120@certmetrics.com>' % hx('m064', 20))],
    leaf(h, 'html', 'utf-8', 'quoted-printable')),
    'Benefit notice caused by case C, but program mail without a case reference; "once you are ready to schedule" condition')

# 065 console case D: document received, passed on
d = when(5, 17, 2, 10, 45)
p = """Hello,

We have updated your case %s. The correspondence is below.

--------------------------------------------
Hello Misaki,

Thank you for uploading the document. I've passed it to our certification records team for verification; the name will be updated once they approve it, normally within two business days. Nothing further is needed from you at this point.

Best regards,
Daniel
Amazon Web Services
--------------------------------------------

To see the case, use the link below:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CD, CONS)
add('case_update', False, CD, [], mk(aws_in('m065', d) + [
    ('From', 'Amazon Web Services <%s>' % NOREPLY), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] Name on AWS Certification record' % CD), ('Message-ID', mid_ses('m065'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Console correspondence after the owner answered in the console: passed to records team, "once they approve it"')

# 066 survey about case C, Japanese
d = when(5, 17, 5, 0, 3)
p = """立花 美咲 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートにご協力いただけましたら幸いです（所要時間：約1分）。

アンケートに回答する：
https://survey.aws-training-support.amazon.com/r?c=%s&lang=ja

本メールは送信専用のため、ご返信いただいてもお答えできません。
""" % (CC, CC)
add('survey', False, CC, [], mk(aws_in('m066', d) + [
    ('From', 'AWS Training and Certification <no-reply-survey@amazon.com>'), ('To', ME_P), ('Date', d),
    ('Subject', ew('ケース %s に関するアンケートのお願い' % CC, 'iso-2022-jp')), ('Message-ID', mid_ses('m066'))],
    leaf(p, 'plain', 'iso-2022-jp', '7bit')),
    'Japanese satisfaction survey (〜いただけましたら幸いです is a polite survey ask, not a reply)')

# 067 Japanese phishing from a lookalike domain
d = when(5, 17, 11, 2, 40)
h = """<html><head><meta charset="utf-8"></head><body>
<p>お客様各位</p>
<p>AWS認定アカウントの統合手続きにおいて、ご本人確認が完了しておりません。</p>
<p>下記URLよりサインインし、ご本人確認を完了いただき次第、統合を実行いたします。
24時間以内に確認が取れない場合、保有されている認定資格はすべて失効いたします。</p>
<p><a href="https://aws-training-jp.com/signin?next=merge">https://www.aws.training/certification/verify</a></p>
<p>AWS認定サポートセンター</p></body></html>"""
add('suspicious', False, None, [], mk([
    ('Delivered-To', ME_P), ('Received', rcv_g('smtp.aws-training-jp.com', '103.151.22.9', d)),
    ('Authentication-Results', 'mx.google.com;\n       spf=pass (google.com: domain of info@aws-training-jp.com designates 103.151.22.9 as permitted sender) '
     'smtp.mailfrom=info@aws-training-jp.com;\n       dmarc=none (p=NONE sp=NONE dis=NONE) header.from=aws-training-jp.com'),
    ('From', addr('AWS認定サポート', 'info@aws-training-jp.com')), ('To', ME_P), ('Date', d),
    ('Subject', ew('【重要】AWS認定アカウント統合の最終確認のお願い')), ('Message-ID', '<%s@aws-training-jp.com>' % hx('m067', 20))],
    leaf(h, 'html', 'utf-8', 'base64')),
    'Japanese phishing on a lookalike domain using 〜いただき次第…いたします and a mismatched link text')

# 068 console case D resolved, with the feedback footer
d = when(5, 19, 3, 0, 31)
p = """Hello,

We have updated your case %s. The correspondence is below.

--------------------------------------------
Hello Misaki,

The records team has approved the document and your family name now reads "Tachibana" on your certification profile. Certificates downloaded from today on show the corrected name, and I've marked this case as resolved.

If you notice the old spelling anywhere else, you're welcome to reopen this case from the Support Center.

Best regards,
Daniel
Amazon Web Services
--------------------------------------------

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see the case, use the link below:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CD, CONS)
add('resolved', False, CD, [], mk(aws_in('m068', d) + [
    ('From', 'Amazon Web Services <%s>' % NOREPLY), ('To', ME_P), ('Date', d),
    ('Subject', 'RE:[CASE %s] Name on AWS Certification record' % CD), ('Message-ID', mid_ses('m068'))],
    leaf(p, 'plain', 'us-ascii', '7bit')),
    'Console resolution with the rating footer ("please share your experience") and a conditional reopen invitation')

# 069 owner's note to self
d = when(5, 19, 22, 14, 8, 9)
p = """AWS認定アカウント移行メモ（自分用）

・ケース 174375201800423：会社アカウント AWS03917265 → 個人 AWS11840532 に統合済み（4/22）。DVA の履歴は 4/28 に追加。
・誤って作った AWS11840977 も統合済み。
・50%バウチャー再発行済み、期限 11/16。
・SAP-C02 は 5/24 10:00、個人アカウント側に移動済み。
・名前の綴りも修正済み。

あとは特に返信待ちのものなし。
"""
add('user_reply', False, CA, [OLD, NEW, DUP], mk([
    ('From', addr('立花 美咲', ME_P)), ('To', ME_P), ('Date', d),
    ('Subject', ew('メモ：AWS認定アカウント移行まとめ')), ('Message-ID', mid_gmail('m069'))],
    alt(p, '<div dir="ltr">' + p.replace('\n', '<br>') + '</div>', style='gmail', cte='base64')),
    'Owner\'s note to herself listing case A and three candidate IDs; written by the owner, so user_reply')


if __name__ == '__main__':
    main()
