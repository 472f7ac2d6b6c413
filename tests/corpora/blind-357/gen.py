#!/usr/bin/env python3
"""Write a blind corpus of support-case mail (and the mail around it).

Run:  python3 gen.py      (writes NNN-msg.eml / NNN-msg.json next to this script)
Standard library only.
"""
import base64
import hashlib
import html
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = 'Yuto Minegishi'
ME_JA = '峯岸 悠斗'
ME_P = 'yuto.minegishi.k@gmail.com'          # personal (kept)
ME_C = 'y-minegishi@aozora-tech.co.jp'       # company (closes 30 Apr 2025)
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'

CASE_C = '13865021947'        # 2023, name correction (company address)
CASE_D = '17198254406'        # 2024, Support Center (console) case, benefit missing
CASE_A = '174416829300562'    # 2025, account merge (main)
CASE_B = '174417010700311'    # 2025, duplicate form of the merge
CASE_E = '174701103400918'    # 2025, voucher benefit after merge
CASE_G = '174891527700146'    # 2025, duplicate account with same e-mail
FAKE_CASE = '174416551200093' # phishing only

OLD_ID = 'AWS31870245'
NEW_ID = 'AWS50293318'
STRAY_ID = 'AWS50617742'

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
IST = timezone(timedelta(hours=5, minutes=30))


def D(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def H(seed, n=40):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s/%d' % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


# ---------------------------------------------------------------- ids
def ses_mid(seed):
    h = H(seed, 56)
    return '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:32], h[32:44])


def gmail_mid(seed):
    b = base64.b64encode(bytes.fromhex(H(seed, 60))).decode()
    b = b.replace('/', '_').replace('+', '-').rstrip('=')
    return '<CA%s@mail.gmail.com>' % b[:43]


def outlook_mid(seed):
    h = H(seed, 40).upper()
    return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (
        h[:5], h[5:20], h[20:25])


def plain_mid(seed, domain):
    return '<%s.%s@%s>' % (H(seed, 16), H(seed + 'x', 8), domain)


# ---------------------------------------------------------------- headers
def ew(s, cs='utf-8', enc='B'):
    """RFC 2047 encoded words, split so each stays short."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    if cs.lower() == 'iso-2022-jp':
        return Header(s, 'iso-2022-jp').encode()
    words, cur = [], ''
    for ch in s:
        if len((cur + ch).encode(cs)) > (36 if enc == 'B' else 14):
            words.append(cur)
            cur = ''
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(cs)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(raw).decode()))
        else:
            q = ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122)
                        else ('_' if b == 32 else '=%02X' % b) for b in raw)
            out.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(out)


def addr(name, email, cs='utf-8', enc='B'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, cs, enc), email)


# ---------------------------------------------------------------- bodies
def enc_body(text, cs, cte):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(cs)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw


def text(body, sub='plain', cs='utf-8', cte='quoted-printable', extra=None, fmt_flowed=False):
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if fmt_flowed:
        ct += '; format=flowed'
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if extra:
        hdrs += extra
    return (hdrs, enc_body(body, cs, cte))


def binary(data, ctype, filename, disposition='attachment'):
    hdrs = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
            ('Content-Disposition', '%s; filename="%s"' % (disposition, filename)),
            ('Content-Transfer-Encoding', 'base64')]
    return (hdrs, base64.encodebytes(data))


def render_headers(hdrs):
    return ''.join('%s: %s\n' % (k, v) for k, v in hdrs).encode('ascii')


def multi(sub, parts, seed, preamble=None, params=''):
    boundary = '----=_Part_%s' % H(seed, 24) if sub != 'alternative' else '000000000000%s' % H(seed, 16)
    if sub == 'mixed':
        boundary = '_mx_%s_' % H(seed, 28)
    hdrs = [('Content-Type', 'multipart/%s;%s\n boundary="%s"' % (sub, params, boundary))]
    out = b''
    if preamble:
        out += preamble.encode() + b'\n\n'
    for ph, pb in parts:
        out += b'--' + boundary.encode() + b'\n' + render_headers(ph) + b'\n' + pb
        if not pb.endswith(b'\n'):
            out += b'\n'
    out += b'--' + boundary.encode() + b'--\n'
    return (hdrs, out)


def alt(plain, htm, seed, cs='utf-8', cte_t='quoted-printable', cte_h='quoted-printable'):
    return multi('alternative', [text(plain, 'plain', cs, cte_t), text(htm, 'html', cs, cte_h)], seed)


def esc(s):
    return html.escape(s, quote=False)


def to_html(t, wrap=True, font='Arial, Helvetica, sans-serif'):
    paras = t.strip('\n').split('\n\n')
    body = ''.join('<p>%s</p>\n' % '<br>\n'.join(esc(l) for l in p.split('\n')) for p in paras)
    if not wrap:
        return body
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px">\n%s</body></html>\n' % (font, body))


def quote(t, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in t.strip('\n').split('\n'))


# ---------------------------------------------------------------- trace
def trace_gmail(date, from_dom, mailfrom, ip, dkim='pass', spf='pass', dmarc='pass',
                dkim_d=None, to=ME_P, policy='QUARANTINE', helo=None):
    dkim_d = dkim_d or from_dom
    rdate = format_datetime((date + timedelta(seconds=3)).astimezone(PST if date.month in (11, 12, 1, 2, 3) else PDT))
    helo = helo or ('a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
                    if 'amazonses' in mailfrom else 'mail.' + mailfrom.split('@')[-1])
    spf_txt = {
        'pass': 'domain of %s designates %s as permitted sender' % (mailfrom, ip),
        'fail': 'domain of %s does not designate %s as permitted sender' % (mailfrom, ip),
        'softfail': 'domain of transitioning %s does not designate %s as permitted sender' % (mailfrom, ip),
    }[spf]
    dk = 'dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dkim_d, H(ip, 8)[:8], base64.b64encode(bytes.fromhex(H(ip + 'b', 12))).decode()[:8])
    ar = ('mx.google.com;\n       %s;\n       spf=%s (google.com: %s) smtp.mailfrom=%s;\n'
          '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s') % (
        dk, spf, spf_txt, mailfrom, dmarc, policy, policy,
        'NONE' if dmarc == 'pass' else policy, from_dom)
    return [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:7010:%s with SMTP id %s;\n        %s' % (H(ip, 4), H(ip + 'r', 12), rdate)),
        ('X-Received', 'by 2002:a17:90a:%s with SMTP id %s;\n        %s' % (H(ip, 4)[::-1], H(ip + 'x', 10), rdate)),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
         '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
             helo, helo, ip, H(ip + 'm', 20), to, rdate)),
        ('Received-SPF', '%s (google.com: %s) client-ip=%s;' % (spf, spf_txt, ip)),
        ('Authentication-Results', ar),
    ]


def trace_m365(date, from_dom, mailfrom, ip, dkim='pass', spf='pass', dmarc='pass', dkim_d=None):
    dkim_d = dkim_d or from_dom
    rdate = format_datetime((date + timedelta(seconds=2)).astimezone(UTC))
    ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n'
          ' header.from=%s;compauth=%s reason=%s') % (
        spf, ip, mailfrom.split('@')[-1], dkim, dkim_d, dmarc,
        'none' if dmarc == 'pass' else 'quarantine', from_dom,
        'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')
    return [
        ('Received', 'from OS3P286MB%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::9) by\n TYCPR01MB%s.jpnprd01.prod.outlook.com with HTTPS; %s' % (
            H(ip, 4).upper(), H(ip, 3), H(ip + 'q', 5).upper(), rdate)),
        ('Authentication-Results', ar),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender)' % (
            mailfrom.split('@')[-1], ip) if spf == 'pass' else 'Fail (protection.outlook.com: domain of %s does not\n designate %s as permitted sender)' % (mailfrom.split('@')[-1], ip)),
        ('Return-Path', mailfrom),
        ('X-MS-Exchange-Organization-AuthSource', 'OS3P286MB%s.JPNP286.PROD.OUTLOOK.COM' % H(ip, 4).upper()),
        ('X-MS-Has-Attach', ''),
    ]


def amazon_trace(date, to, company=False, from_dom='amazon.com', ip='54.240.27.19'):
    mf = '%s@email.amazonses.com' % H(str(date), 52)
    mf = '0100' + mf[4:]
    if company:
        return trace_m365(date, from_dom, mf, ip, dkim_d=from_dom)
    return trace_gmail(date, from_dom, mf, ip, to=to)


def dkim_sig(domain, seed, sel='224i4yxa5dv7c2xz3womw6peuasteono'):
    b = base64.b64encode(hashlib.sha512(seed.encode()).digest()).decode()
    return ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n'
            '\th=Date:From:To:Subject:MIME-Version:Content-Type:Message-ID;\n\tbh=%s=;\n\tb=%s' % (
                sel, domain, 1700000000 + int(H(seed, 6), 16) % 90000000, b[:43], b[:86]))


# ---------------------------------------------------------------- registry
MSGS = []


def add(label, date, frm, to, subject, part, mid, *, trace=None, cc=None, irt=None, refs=None,
        extra=None, crlf=False, subj_cs='utf-8', subj_enc='B', reply_to=None, top=None):
    kind, needs, case, cands = label
    hdrs = []
    if trace:
        hdrs += trace
    if top:
        hdrs += top
    hdrs += [('Date', format_datetime(date)), ('From', frm)]
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', ew(subject, subj_cs, subj_enc)))
    hdrs.append(('Message-ID', mid))
    if irt:
        hdrs.append(('In-Reply-To', irt))
    if refs:
        hdrs.append(('References', refs))
    if extra:
        hdrs += extra
    hdrs.append(('MIME-Version', '1.0'))
    ph, pb = part
    raw = render_headers(hdrs + ph) + b'\n' + pb
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    MSGS.append(dict(kind=kind, needs_reply=needs, case=case, candidate_ids=list(cands),
                     date=date, raw=raw))
    return mid


def L(kind, needs=False, case=None, cands=()):
    return (kind, needs, case, cands)


SIG_TC = 'AWS Training and Certification Customer Service'
FOOT_TC = ('\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
           'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
           'Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.')
SUBJ_TC = '[AWS Training and Certification Form Submission]'


# =====================================================================
# 2023 — company mailbox: exam, badge, case C (name spelling)
# =====================================================================
def part_2023():
    # 1 Pearson VUE appointment (exam vendor -> unrelated)
    d = D('2023-10-12 06:41:09')
    pv_txt = """Dear Yuto Minegisi,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Registration ID: 381204577
Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: English
AWS Candidate ID: AWS31870245
Appointment: Friday, October 27, 2023 at 10:00 AM Japan Standard Time
Duration: 150 minutes (including tutorial and survey)

Test center:
Kanda Ekimae Testing Site
3F Sakura Bldg., 2-14-6 Kanda-Tsukasamachi, Chiyoda-ku, Tokyo 101-0048
Japan

Arrive 15 minutes early and bring one valid, unexpired government-issued ID bearing your
photograph and signature. The name on the ID must match the name on your appointment exactly.

Need to reschedule or cancel? Do it from your AWS Certification account at least
24 hours before the appointment. Changes inside that window are not possible and the fee
will be forfeited.

Sincerely,
Pearson VUE

This message was sent from an unattended mailbox. Replies are not read.
Pearson VUE Privacy Policy: https://home.pearsonvue.com/privacy
"""
    pv_html = to_html(pv_txt)
    add(L('unrelated', cands=[OLD_ID]), d, addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_C,
        'Pearson VUE Confirmation of Exam Appointment', alt(pv_txt, pv_html, 'pv1'),
        plain_mid('pv1', 'pearson.com'),
        trace=trace_m365(d, 'pearson.com', 'bounce-381204577@bounce.pearson.com', '198.2.180.44'),
        crlf=True)

    # 2 Certification result (certification)
    d = D('2023-10-28 02:17:55')
    ct = """Hello Yuto Minegisi,

Congratulations, you passed! You have earned the AWS Certified Solutions Architect - Associate
certification.

  Candidate ID:       AWS31870245
  Certification:      AWS Certified Solutions Architect - Associate
  Achieved:           2023-10-27
  Expires:            2026-10-27
  Validation number:  7K2QW4B1LJ1Q1HS3

Your score report and your digital certificate are in your AWS Certification account under
Exam History and Certifications. Certification benefits, including a 50% discount on your next
exam, are listed under Benefits.

You will shortly receive an invitation from our badging partner to accept your digital badge.

Regards,
AWS Certification

Please do not reply to this email; this mailbox is not monitored.
"""
    ch = to_html(ct.replace('Congratulations, you passed!', 'Congratulations, you passed!'))
    add(L('certification', cands=[OLD_ID]), d, addr('AWS Certification', CERTM), ME_C,
        "Congratulations - you're AWS Certified!", alt(ct, ch, 'cm1', cte_t='7bit'),
        plain_mid('cm1', 'certmetrics.com'),
        trace=trace_m365(d, 'certmetrics.com', 'bounces@sg.certmetrics.com', '167.89.55.12'))

    # 3 Credly badge (HTML only)
    d = D('2023-10-30 15:02:41')
    bh = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Yuto, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the
<strong>AWS Certified Solutions Architect &ndash; Associate</strong> badge.</p>
<p>Accept it to share your achievement on LinkedIn, add it to your email signature, or
embed it on a personal website.</p>
<p style="text-align:center;padding:16px"><a href="https://www.credly.com/earner/earned/badge/5f9c1d2e-8a44-4b7e-9f0d-3e2b6c71a8d4?accept=true"
 style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:12px;color:#777">Badge ID 5f9c1d2e-8a44-4b7e-9f0d-3e2b6c71a8d4</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">You are receiving this email because an organization
issued you a badge through Credly. Credly, Inc. &middot; 13801 Reese Blvd W Suite 150, Huntersville, NC 28078
&middot; <a href="https://www.credly.com/unsubscribe">Email preferences</a></td></tr>
</table></td></tr></table></body></html>
"""
    add(L('badge'), d, addr('Credly', 'admin@credly.com'), ME_C,
        "Yuto, you've earned a badge from Amazon Web Services Training and Certification",
        text(bh, 'html', 'utf-8', 'quoted-printable'), plain_mid('cr1', 'credly.com'),
        trace=trace_m365(d, 'credly.com', 'bounces+2811@em.credly.com', '149.72.123.9'))

    # 4 Case C acknowledgement — Japanese, ISO-2022-JP
    d = D('2023-11-06 04:25:30')
    t = """峯岸 悠斗 様

アマゾン ウェブ サービス (AWS) トレーニングと認定にお問い合わせいただき、ありがとうございます。
下記の内容でお問い合わせを受け付け、ケース番号 13865021947 を発行いたしました。

担当者からのご連絡は、通常 1 営業日以内を目安としております。内容によっては調査にお時間を
いただく場合がございますので、あらかじめご了承ください。

なお、同じ内容のお問い合わせを別途お送りいただきますと、ケースが重複し回答が遅れる原因と
なります。追加の情報は本メールへの返信でお知らせください。

―――――――――――――――――――――
お問い合わせタイプ : 認定
その他の詳細       : アカウント情報の更新
お問い合わせ内容   :
認定アカウントおよび認定証に表示される氏名が「Minegisi」となっていますが、
正しくは「Minegishi」です。修正をお願いできますでしょうか。
―――――――――――――――――――――

AWS トレーニングと認定 カスタマーサービス
"""
    mid_c1 = ses_mid('c1')
    add(L('acknowledgement', case=CASE_C), d,
        addr('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_C,
        '[CASE %s] %s - certification-account' % (CASE_C, SUBJ_TC),
        text(t, 'plain', 'iso-2022-jp', '7bit'), mid_c1,
        trace=amazon_trace(d, ME_C, company=True), top=[dkim_sig('amazon.com', 'c1')])

    # 5 Case C information request (English, 'we need', no please)
    d = D('2023-11-07 02:02:14')
    c2 = """Hello Yuto,

Thank you for reaching out to AWS Training and Certification. My name is Meera and I'm looking
after your case.

I understand that your certification record, and therefore your certificate, shows the family
name "Minegisi" while it should read "Minegishi". Name changes on a certification record must
match the identification document you present at the test center, since the exam vendor
compares the two when you check in.

Before I can submit the correction to our records team we need two things from you: your first
and last name exactly as they are printed on the ID you will use for future exams (Latin
characters), and the candidate ID displayed in the upper right corner of your certification
account, which begins with "AWS".

You can send both by replying to this email.

Kind regards,
Meera R.
%s
""" % SIG_TC
    mid_c2 = ses_mid('c2')
    add(L('info_request', True, CASE_C), d, addr('AWS Training and Certification', TC), ME_C,
        'RE: [CASE %s] %s - certification-account' % (CASE_C, SUBJ_TC),
        text(c2 + FOOT_TC, 'plain', 'us-ascii', '7bit'), mid_c2, irt=mid_c1, refs=mid_c1,
        trace=amazon_trace(d, ME_C, company=True), top=[dkim_sig('amazon.com', 'c2')])

    # 6 owner's reply, Outlook style (English headers), CRLF, multipart
    d = D('2023-11-07 13:48:02', JST)
    new = """Hello Meera,

Thank you for the quick response.

Name on my passport: Yuto MINEGISHI (given name: Yuto / family name: Minegishi)
Candidate ID: AWS31870245

I have another exam planned for next spring, so I would appreciate it if the record could be
corrected before then.

Best regards,
Yuto Minegishi
Aozora Technologies Inc. | Cloud Integration Dept.
"""
    orig = """-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, November 7, 2023 11:02 AM
To: %s <%s>
Subject: RE: [CASE %s] %s - certification-account

""" % (TC, ME_JA, ME_C, CASE_C, SUBJ_TC) + c2
    plain = new + '\n' + orig
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="JA" style="word-wrap:break-word"><div class="WordSection1">\n'
           + to_html(new, wrap=False) +
           '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">\n'
           '<p class="MsoNormal"><b>From:</b> AWS Training and Certification &lt;%s&gt;<br>\n'
           '<b>Sent:</b> Tuesday, November 7, 2023 11:02 AM<br>\n<b>To:</b> %s &lt;%s&gt;<br>\n'
           '<b>Subject:</b> RE: [CASE %s] %s - certification-account</p></div>\n'
           % (TC, esc(ME_JA), ME_C, CASE_C, SUBJ_TC) + to_html(c2, wrap=False) + '</div></body></html>\n')
    mid_c3 = outlook_mid('c3')
    add(L('user_reply', case=CASE_C, cands=[OLD_ID]), d, addr(ME_JA, ME_C), TC,
        'RE: [CASE %s] %s - certification-account' % (CASE_C, SUBJ_TC),
        alt(plain, htm, 'c3'), mid_c3, irt=mid_c2, refs='%s %s' % (mid_c1, mid_c2),
        extra=[('Thread-Topic', 'RE: [CASE %s] %s - certification-account' % (CASE_C, SUBJ_TC)),
               ('Thread-Index', 'AdoRH0xk' + H('c3', 20)), ('Content-Language', 'ja-JP'),
               ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
        crlf=True)

    # 7 Case C resolved, quoting the earlier request underneath
    d = D('2023-11-09 08:31:50')
    c4 = """Hello Yuto,

Good news: the records team has corrected the spelling. Your certification account, transcript
and digital certificate now show "Yuto Minegishi". Future exam appointments will use the new
spelling automatically.

The Credly badge is refreshed separately and may keep the old spelling for up to 48 hours.

I've marked this case as resolved. Should you have further questions about this request, feel
free to write back and the case will reopen.

Kind regards,
Meera R.
%s

---------- Previous correspondence ----------

""" % SIG_TC + quote(new) + '\n>\n' + quote(quote(c2))
    mid_c4 = ses_mid('c4')
    add(L('resolved', case=CASE_C), d, addr('AWS Training and Certification', TC), ME_C,
        'RE: [CASE %s] %s - certification-account' % (CASE_C, SUBJ_TC),
        text(c4 + FOOT_TC, 'plain', 'utf-8', 'quoted-printable'), mid_c4, irt=mid_c3,
        refs='%s %s %s' % (mid_c1, mid_c2, mid_c3),
        trace=amazon_trace(d, ME_C, company=True), top=[dkim_sig('amazon.com', 'c4')])

    # 8 Survey for case C
    d = D('2023-11-10 19:05:12')
    st = """Hello,

Your recent AWS Training and Certification case (13865021947) has been resolved. Would you take
two minutes to tell us how we did? Your answers go directly to the team that handled your request.

How satisfied were you with the support you received?
https://survey.aws-tc-feedback.amazon.com/s/7f3c?case=13865021947

The survey is voluntary and anonymous. This message was sent from an unmonitored address.

Thank you,
AWS Training and Certification
"""
    sh = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Your recent AWS Training and Certification case (<b>13865021947</b>) has been resolved.
Would you take two minutes to tell us how we did? Your answers go directly to the team that
handled your request.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/7f3c?case=13865021947&amp;r=1">1</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/7f3c?case=13865021947&amp;r=2">2</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/7f3c?case=13865021947&amp;r=3">3</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/7f3c?case=13865021947&amp;r=4">4</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/7f3c?case=13865021947&amp;r=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:11px;color:#687078">1 = very dissatisfied &nbsp; 5 = very satisfied</td></tr></table>
<p style="font-size:12px;color:#687078">The survey is voluntary and anonymous. This message was sent from an unmonitored address.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>
"""
    add(L('survey', case=CASE_C), d, addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), ME_C,
        'Tell us about your support experience', alt(st, sh, 'c5', cte_t='7bit', cte_h='base64'),
        ses_mid('c5'), trace=amazon_trace(d, ME_C, company=True))

    # 9 AWS billing statement, same no-reply sender as console cases
    d = D('2023-12-03 00:27:44')
    bt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your
account will be charged the following:

Total: $48.17

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 402918736655
Billing period: November 1 - November 30, 2023

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. Please do not reply directly to this email; this address cannot accept
incoming messages.
"""
    add(L('unrelated'), d, addr('Amazon Web Services', NOREPLY), ME_C,
        'Amazon Web Services Billing Statement Available [Account: 402918736655]',
        text(bt, 'plain', 'utf-8', '7bit'), ses_mid('bill1'),
        trace=amazon_trace(d, ME_C, company=True))


# =====================================================================
# 2024 — company mailbox: console case D and assorted mail
# =====================================================================
CONSOLE_FOOT = """
===================================================================

To reach us again about this case, return to the AWS Support Center using this link:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you sign in through federation, sign in first and then open the link.)

* This notification was sent from an address that does not receive e-mail. Replies to it are
not added to your case.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates.
"""


def part_2024():
    # GitHub "Merged" notification
    d = D('2024-01-15 05:12:09')
    gt = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/aozora-tech/terraform-aws-landing-zone/pull/214#event-11483920571
You are receiving this because you were mentioned.

Message ID: <aozora-tech/terraform-aws-landing-zone/pull/214/issue_event/11483920571@github.com>
"""
    gh = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/aozora-tech/'
          'terraform-aws-landing-zone/pull/214">#214</a> into main.</p>\n\n<p style="font-size:small;'
          '-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
          '<a href="https://github.com/aozora-tech/terraform-aws-landing-zone/pull/214#event-11483920571">'
          'view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>\n')
    add(L('unrelated'), d, addr('Haruka Ishida', 'notifications@github.com'),
        'aozora-tech/terraform-aws-landing-zone <terraform-aws-landing-zone@noreply.github.com>',
        'Re: [aozora-tech/terraform-aws-landing-zone] Merge account baseline modules for the new OU (PR #214)',
        alt(gt, gh, 'gh1', cte_t='7bit', cte_h='7bit'),
        '<aozora-tech/terraform-aws-landing-zone/pull/214/issue_event/11483920571@github.com>',
        cc=addr(ME_NAME, ME_C) + ', Mention <mention@noreply.github.com>',
        irt='<aozora-tech/terraform-aws-landing-zone/pull/214@github.com>',
        refs='<aozora-tech/terraform-aws-landing-zone/pull/214@github.com>',
        extra=[('X-GitHub-Reason', 'mention'), ('List-ID', 'aozora-tech/terraform-aws-landing-zone <terraform-aws-landing-zone.aozora-tech.github.com>'),
               ('Precedence', 'list')],
        trace=trace_m365(d, 'github.com', 'noreply@github.com', '192.30.252.206'))

    # CertMetrics program survey (certification, not a case survey)
    d = D('2024-02-20 17:40:03')
    sv = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:620px;margin:auto">
<img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certified" width="140">
<p>Dear Yuto Minegishi,</p>
<p>As an AWS Certified individual, your opinion shapes the future of our program. We are running a
short study about how certification has influenced your work, and what you would like to see from
AWS Certification next.</p>
<p>The questionnaire takes about 10 minutes and is open until <b>March 8, 2024</b>.</p>
<p><a href="https://pages.awscloud.com/cert-voice-2024.html?cid=AWS31870245" style="color:#0073bb">Start the questionnaire</a></p>
<p>Participation is entirely optional and has no effect on your certification status.</p>
<p>Thank you for being part of the AWS Certified community,<br>AWS Certification</p>
<hr><p style="font-size:11px;color:#777">You received this message because you opted in to
"Lend Your Voice to AWS Certification". To change this, update the preferences in your AWS
Certification account. Please do not reply; this mailbox is unattended.</p>
</div></body></html>
"""
    add(L('certification'), d, addr('AWS Certification', CERTM), ME_C,
        'Your voice matters: help shape AWS Certification',
        text(sv, 'html', 'utf-8', 'quoted-printable'), plain_mid('cm2', 'certmetrics.com'),
        trace=trace_m365(d, 'certmetrics.com', 'bounces@sg.certmetrics.com', '167.89.55.12'))

    # Phishing from a lookalike domain (demands a reply)
    d = D('2024-04-09 22:13:37')
    ph = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><img src="http://aws-certification-verify.com/img/aws.png" alt="aws"></p>
<p>Dear Certified Professional,</p>
<p>Our security systems detected an unusual sign-in attempt on your AWS Certification account.
To protect your certifications and digital badges, your account has been <b>temporarily limited</b>.</p>
<p>You must verify your identity within <b>48 hours</b>, otherwise all certifications linked to
this email will be permanently revoked.</p>
<p style="text-align:center"><a href="http://aws-certification-verify.com/login?session=8a71ce"
style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">VERIFY MY ACCOUNT</a></p>
<p>If the button does not work, reply to this email with your sign-in email address and password
and our support team will restore access for you.</p>
<p>Regards,<br>AWS Certification Security Team<br>Case Reference: CERT-SEC-55012</p>
</body></html>
"""
    add(L('suspicious'), d, addr('AWS Certification Support', 'security-alert@aws-certification-verify.com'), ME_C,
        '[Action Required] Your AWS Certification account has been limited',
        text(ph, 'html', 'utf-8', 'base64'), plain_mid('ph1', 'aws-certification-verify.com'),
        trace=trace_m365(d, 'aws-certification-verify.com', 'info@aws-certification-verify.com', '185.244.25.61'))

    # Skill Builder receipt
    d = D('2024-05-14 08:00:51')
    sk = """AWS Skill Builder

Thanks for your order, Yuto.

Order number:    SB-30418-77215
Date:            May 14, 2024
Plan:            AWS Skill Builder Individual - monthly
Amount charged:  USD 29.00 (card ending 4471)
Next renewal:    June 14, 2024

Manage or cancel your subscription at any time from Account > Subscriptions.

Questions about billing? Visit https://skillbuilder.aws/support

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
    add(L('unrelated'), d, addr('AWS Skill Builder', 'no-reply@skillbuilder.aws'), ME_C,
        'Your AWS Skill Builder receipt (SB-30418-77215)',
        alt(sk, to_html(sk), 'sk1'), ses_mid('sk1'),
        trace=amazon_trace(d, ME_C, company=True, from_dom='skillbuilder.aws'))

    # ---- console case D
    subj_d = '50% discount benefit no longer shown in certification account'
    d = D('2024-07-01 03:20:18')
    a = """Dear Amazon Web Services Customer,

We've received your request and created case %s. Details follow.

Case ID: %s
Subject: %s
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence: After passing SAA-C03 in October 2023 I had a 50%% exam discount listed under
Benefits. It disappeared some time in May or June 2024 without being used. Can it be restored?

An engineer will respond according to the severity chosen.
""" % (CASE_D, CASE_D, subj_d)
    mid_d1 = ses_mid('d1')
    add(L('acknowledgement', case=CASE_D), d, addr('Amazon Web Services', NOREPLY), ME_C,
        'Amazon Web Services: New Support case: %s' % CASE_D,
        text(a + CONSOLE_FOOT % CASE_D, 'plain', 'utf-8', '7bit'), mid_d1,
        trace=amazon_trace(d, ME_C, company=True))

    d = D('2024-07-02 00:47:33')
    b = """Hello,

My name is Tomasz and I'll be assisting you with this case.

I looked at the AWS account this case was opened from (402918736655). Certification records are
not stored against AWS accounts, though, so from here I can't see the benefit you describe; it
lives on your certification account, which is identified by a candidate ID rather than an
account number.

Could you add the candidate ID to the case, together with the approximate date on which you last
saw the discount under Benefits? With those two details I can ask the certification team to go
through the voucher history.

Please keep in mind that e-mail replies to this notification do not reach us. Open the case in
the Support Center with the link below and use the Reply button there.

Your feedback helps us improve. You can rate this response with the stars in the top-right corner
of the correspondence in the Support Center.

Best regards,
Tomasz K.
Amazon Web Services
"""
    mid_d2 = ses_mid('d2')
    body = b + CONSOLE_FOOT % CASE_D
    add(L('info_request', True, CASE_D), d, addr('Amazon Web Services', NOREPLY), ME_C,
        'RE:[CASE %s] %s' % (CASE_D, subj_d), alt(body, to_html(body), 'd2'), mid_d2,
        irt=mid_d1, refs=mid_d1, trace=amazon_trace(d, ME_C, company=True))

    # owner answers by e-mail anyway (Outlook, Japanese headers)
    d = D('2024-07-02 10:15:40', JST)
    r = """Hi Tomasz,

Candidate ID is AWS31870245. The discount was still on the Benefits page on 10 May 2024, I
checked it while planning my next exam. When I looked again on 28 June it was gone.

Thanks,
Yuto Minegishi
"""
    hist = """差出人: Amazon Web Services <%s>
送信日時: 2024年7月2日 9:47
宛先: %s <%s>
件名: RE:[CASE %s] %s

""" % (NOREPLY, ME_JA, ME_C, CASE_D, subj_d) + b
    mid_d3 = outlook_mid('d3')
    add(L('user_reply', case=CASE_D, cands=[OLD_ID]), d, addr(ME_JA, ME_C), NOREPLY,
        'RE: RE:[CASE %s] %s' % (CASE_D, subj_d),
        text(r + '\n' + '_' * 32 + '\n' + hist, 'plain', 'utf-8', 'base64'), mid_d3,
        irt=mid_d2, refs='%s %s' % (mid_d1, mid_d2), crlf=True,
        extra=[('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')])

    # bounce for that e-mail (M365 NDR)
    d = D('2024-07-02 01:15:49')
    ndr_t = """Your message to no-reply-aws@amazon.com couldn't be delivered.

no-reply-aws wasn't found at amazon.com.

y-minegishi     Office 365      amazon.com
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient does not accept mail, contact them another way.

Diagnostic information for administrators:
Generating server: TYCPR01MB8876.jpnprd01.prod.outlook.com
no-reply-aws@amazon.com
Remote server returned '550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail'
"""
    ds = """Reporting-MTA: dns;TYCPR01MB8876.jpnprd01.prod.outlook.com
Received-From-MTA: dns;TYCPR01MB8876.jpnprd01.prod.outlook.com
Arrival-Date: Tue, 2 Jul 2024 01:15:41 +0000

Final-Recipient: rfc822;no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
    rh = """Date: Tue, 2 Jul 2024 01:15:40 +0000
From: %s <%s>
To: Amazon Web Services <%s>
Subject: RE: RE:[CASE %s] %s
Message-ID: %s
In-Reply-To: %s
""" % ('=?utf-8?B?5bOv5bK4IOaCoOaWlw==?=', ME_C, NOREPLY, CASE_D, subj_d, mid_d3, mid_d2)
    rep = multi('report', [text(ndr_t, 'plain', 'us-ascii', '7bit'),
                           ([('Content-Type', 'message/delivery-status')], ds.encode()),
                           ([('Content-Type', 'text/rfc822-headers')], rh.encode())],
                'ndr1', params=' report-type=delivery-status;')
    add(L('unrelated', case=CASE_D), d,
        addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@aozora-tech.co.jp'),
        addr(ME_JA, ME_C), 'Undeliverable: RE: RE:[CASE %s] %s' % (CASE_D, subj_d), rep,
        '<%s@TYCPR01MB8876.jpnprd01.prod.outlook.com>' % H('ndr1', 32),
        irt=mid_d3, refs=mid_d3, extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')])

    # another vendor: request solved
    d = D('2024-07-03 09:30:11')
    zd = """##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email.

Rina Okabe (Kumo Analytics Support)
Jul 3, 2024, 18:29 JST

Hi Yuto,

The CSV export timeout on dashboards with more than 50 widgets was fixed in release 4.18.2,
which is now live on your tenant. I've tested your "Monthly Cost Overview" dashboard and the
export completes in about 20 seconds.

I'll mark this request as solved. If it comes back, just reply here.

Best,
Rina

This email is a service from Kumo Analytics Support.
[V0R6K2-4L1P]
"""
    add(L('unrelated'), d, addr('Rina Okabe (Kumo Analytics Support)', 'support@kumoanalytics.zendesk.com'), ME_C,
        '[Kumo Analytics] Re: Dashboard CSV export times out',
        alt(zd, to_html(zd), 'zd1'), '<V0R6K2L1P_6684a1f3c_%s_sprut@zendesk.com>' % H('zd1', 8),
        trace=trace_m365(d, 'kumoanalytics.zendesk.com', 'support+id58213@kumoanalytics.zendesk.com', '216.198.0.85'))

    # console closing notice
    d = D('2024-07-06 04:02:55')
    cn = """Hello,

We haven't received a response on this case since our last correspondence, in which we asked for
your candidate ID and the date the discount was last visible on your Benefits page.

If there is still no reply by 9 July 2024, the case will be resolved automatically. You can
keep it open by replying through the Support Center. Be aware that a case cannot be reopened
once it has been resolved for more than 14 days; after that a new case would be needed.

Best regards,
Amazon Web Services
"""
    mid_d4 = ses_mid('d4')
    add(L('closing_notice', True, CASE_D), d, addr('Amazon Web Services', NOREPLY), ME_C,
        'RE:[CASE %s] %s' % (CASE_D, subj_d),
        text(cn + CONSOLE_FOOT % CASE_D, 'plain', 'utf-8', 'quoted-printable'), mid_d4,
        irt=mid_d2, refs='%s %s' % (mid_d1, mid_d2), trace=amazon_trace(d, ME_C, company=True))

    d = D('2024-07-08 06:44:20')
    up = """Hello,

Thank you for adding the candidate ID (AWS31870245) and the dates in the Support Center.

I've passed your case to the AWS Certification operations team, who manage exam benefits
directly. They usually answer within three business days, and I'll update this case as soon as
they do. Nothing more is needed from you at the moment.

Best regards,
Ana L.
Amazon Web Services
"""
    mid_d5 = ses_mid('d5')
    add(L('case_update', case=CASE_D, cands=[OLD_ID]), d, addr('Amazon Web Services', NOREPLY), ME_C,
        'RE:[CASE %s] %s' % (CASE_D, subj_d),
        text(up + CONSOLE_FOOT % CASE_D, 'plain', 'utf-8', '7bit'), mid_d5,
        irt=mid_d4, refs='%s %s %s' % (mid_d1, mid_d2, mid_d4), trace=amazon_trace(d, ME_C, company=True))

    d = D('2024-07-10 23:58:02')
    rs = """Hello,

Here's the outcome from the certification operations team. Your 50% exam discount had been
attached to an exam appointment that was created and then cancelled on 2 June 2024; the
cancellation did not release the discount. They have restored it, and it is once again listed
under Benefits with its original expiry date of 27 October 2026.

Since the benefit is back, I'm setting this case to resolved. If anything still looks wrong you
can reopen it from the Support Center within the next 14 days.

Your feedback helps us improve. You can rate this response with the stars in the top-right corner
of the correspondence in the Support Center.

Best regards,
Ana L.
Amazon Web Services
"""
    body = rs + CONSOLE_FOOT % CASE_D
    add(L('resolved', case=CASE_D), d, addr('Amazon Web Services', NOREPLY), ME_C,
        'RE:[CASE %s] %s' % (CASE_D, subj_d), alt(body, to_html(body), 'd6', cte_h='base64'),
        ses_mid('d6'), irt=mid_d5, refs='%s %s %s %s' % (mid_d1, mid_d2, mid_d4, mid_d5),
        trace=amazon_trace(d, ME_C, company=True))


def part_2024b():
    # AWS marketing, Japanese, HTML only, base64
    d = D('2024-08-19 01:00:07')
    mk = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS</title></head>
<body style="margin:0;padding:0;background:#eaeded">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff;font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px;color:#232f3e">
<tr><td style="padding:20px;background:#232f3e"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p style="font-size:20px;font-weight:bold">AWS 認定 試験対策ウェビナー 2024 秋</p>
<p>峯岸 様</p>
<p>いつも AWS をご利用いただきありがとうございます。<br>
9 月 12 日 (木) に、アソシエイトレベルの AWS 認定取得を目指す方向けのオンラインセミナーを開催いたします。
出題範囲の考え方、学習リソースの選び方、模擬問題の解説などを 90 分でご紹介します。</p>
<table style="border-collapse:collapse;margin:12px 0" cellpadding="6">
<tr><td style="border:1px solid #d5dbdb;background:#f2f3f3">日時</td><td style="border:1px solid #d5dbdb">2024 年 9 月 12 日 (木) 14:00&ndash;15:30</td></tr>
<tr><td style="border:1px solid #d5dbdb;background:#f2f3f3">形式</td><td style="border:1px solid #d5dbdb">オンライン (無料・事前登録制)</td></tr>
<tr><td style="border:1px solid #d5dbdb;background:#f2f3f3">対象</td><td style="border:1px solid #d5dbdb">Solutions Architect / Developer / SysOps Administrator 受験予定の方</td></tr>
</table>
<p style="text-align:center"><a href="https://pages.awscloud.com/JAPAN-event-certprep-2024-reg.html" style="background:#ff9900;color:#232f3e;padding:12px 30px;text-decoration:none;font-weight:bold">今すぐ登録する</a></p>
<p>ご参加をお待ちしております。</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">本メールは送信専用アドレスから配信しております。配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から設定を変更してください。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table></td></tr></table></body></html>
"""
    add(L('unrelated'), d, addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), ME_C,
        '【9/12 開催】AWS 認定 試験対策ウェビナーのご案内',
        text(mk, 'html', 'utf-8', 'base64'), '<%s@mktomail.awscloud.com>' % H('mk1', 24), subj_enc='Q',
        trace=trace_m365(d, 'amazon.com', '112-TZM-766.0.11937.0.0.1.0.1234@mkto-mail.awscloud.com', '199.15.214.41'),
        extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')])

    # Certification expiry reminder
    d = D('2024-09-30 14:05:27')
    ex = """Hello Yuto Minegishi,

Your AWS Certified Developer - Associate certification expires on December 14, 2024.

To keep it active, pass the current version of the Developer - Associate exam, or earn the AWS
Certified DevOps Engineer - Professional certification, before the expiration date. Don't forget
that you can apply the 50% discount in your Benefits section when you schedule.

Candidate ID: AWS31870245

Once a certification expires, it can no longer be renewed and the exam must be taken again from
scratch. Details on recertification are available at https://aws.amazon.com/certification/recertification/

Best regards,
AWS Certification
This mailbox does not accept replies.
"""
    add(L('certification', cands=[OLD_ID]), d, addr('AWS Certification', CERTM), ME_C,
        'Reminder: your AWS Certified Developer - Associate certification expires in 75 days',
        alt(ex, to_html(ex), 'cm3', cte_t='7bit'), plain_mid('cm3', 'certmetrics.com'),
        trace=trace_m365(d, 'certmetrics.com', 'bounces@sg.certmetrics.com', '167.89.55.12'))

    # AWS Educate form case — another program, asks a question (not a T&C case)
    d = D('2024-11-15 02:37:12')
    ed = """Hello Yuto,

Thank you for contacting AWS Educate.

We received your request to set up AWS Educate access for the cloud workshop you are organizing
with the Information Science department at Shirakawa Institute of Technology. To create the
institution profile, could you please confirm the following:

1. The full official name of the institution in English
2. The name and institutional email address of the faculty member who will act as the contact
3. The expected number of student participants

Once we have this information we will continue with the setup.

Best regards,
Lucia
AWS Educate Support
"""
    add(L('unrelated'), d, addr('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_C,
        'RE:[CASE 17316240931] [AWS Educate Form Submission] - institution-access',
        text(ed + FOOT_TC, 'plain', 'utf-8', 'quoted-printable'), ses_mid('ed1'),
        trace=amazon_trace(d, ME_C, company=True))

    # Recertification notice, HTML only
    d = D('2024-12-10 07:22:48')
    rc = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center"><tr><td>
<h2 style="color:#232f3e">You've recertified!</h2>
<p>Hi Yuto,</p>
<p>Great work. You passed the AWS Certified Developer &ndash; Associate exam on
December 9, 2024, and your certification is now valid for another three years, through
<b>December 9, 2027</b>.</p>
<p>A new 50% discount voucher for a future exam has been added to the <b>Benefits</b> page of
your AWS Certification account. Your updated digital certificate is available under
<b>Certifications</b>.</p>
<p><a href="https://www.aws.training/Certification">Go to my AWS Certification account</a></p>
<p>AWS Certification</p>
<p style="font-size:11px;color:#888">Please do not reply to this message.</p>
</td></tr></table></body></html>
"""
    add(L('certification'), d, addr('AWS Certification', CERTM), ME_C,
        "You've recertified: AWS Certified Developer - Associate",
        text(rc, 'html', 'utf-8', 'quoted-printable'), plain_mid('cm4', 'certmetrics.com'),
        trace=trace_m365(d, 'certmetrics.com', 'bounces@sg.certmetrics.com', '167.89.55.12'))


# =====================================================================
# 2025 — merge case A (and its duplicate B)
# =====================================================================
def part_2025a():
    # colleague out-of-office auto reply
    d = D('2025-01-06 00:12:03')
    oo = """石田です。

1月14日(火)まで休暇をいただいております。期間中はメールを確認できませんので、
お急ぎの場合は cloud-team@aozora-tech.co.jp までご連絡ください。

I am out of the office until Tuesday, January 14 with no access to e-mail.
For urgent matters, please contact cloud-team@aozora-tech.co.jp.
"""
    add(L('unrelated'), d, addr('石田 春香', 'h-ishida@aozora-tech.co.jp'), addr(ME_JA, ME_C),
        '自動応答: Partner Central の認定者数レポートについて', text(oo, 'plain', 'utf-8', 'base64'),
        outlook_mid('oo1'), subj_cs='utf-8',
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
               ('In-Reply-To', outlook_mid('oo0'))])

    # HR: leaving procedure, Shift_JIS, asks for a reply (not support)
    d = D('2025-03-28 09:10:44', JST)
    hr = """峯岸 悠斗 さん

人事部の森です。退職日 (2025年4月30日) に向けたお手続きについてご案内いたします。

1. 貸与品の返却
   ノートPC、入館証、社用携帯は4月30日17時までに総務窓口へご返却ください。

2. 社内アカウントの停止
   メール (y-minegishi@aozora-tech.co.jp) を含む社内アカウントは、4月30日18時に停止します。
   取引先や外部サービスに登録しているメールアドレスの変更は、それまでに済ませてください。

3. 書類の提出
   退職届の原本と、雇用保険被保険者証の返送先住所を4月11日までにお知らせください。

ご不明な点があれば、このメールにそのままご返信ください。

人事部 森 智子
内線 2214
"""
    add(L('unrelated'), d, addr('森 智子', 'jinji@aozora-tech.co.jp', 'iso-2022-jp'), addr(ME_JA, ME_C),
        '【人事部】退職に伴うお手続きのご案内', text(hr, 'plain', 'shift_jis', '8bit'),
        outlook_mid('hr1'), subj_cs='iso-2022-jp')

    # Builder ID verification code
    d = D('2025-04-08 12:33:09')
    bi = """Verify your email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

583016

The code is valid for 10 minutes. If you did not try to create an AWS Builder ID, you can ignore
this message.

Amazon Web Services
"""
    add(L('unrelated'), d, addr('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
        'Verify your AWS Builder ID email address', alt(bi, to_html(bi), 'bi1', cte_t='7bit'),
        ses_mid('bi1'), trace=trace_gmail(d, 'signin.aws', '01000196154aa1e3-9c1e@us-west-2.amazonses.com', '54.240.27.61'))

    # owner's note to self
    d = D('2025-04-08 22:04:51', JST)
    nt = """自分用メモ(統合前の確認)

旧アカウント(会社): AWS31870245 / y-minegishi@aozora-tech.co.jp
新アカウント(個人): AWS50293318 / yuto.minegishi.k@gmail.com

保有資格
- Solutions Architect - Associate (2026/10/27まで)
- Developer - Associate (2027/12/09まで、再認定済み)
- Cloud Practitioner (2024年に失効)

特典: 50%割引 ×1 (2024/12 の再認定分)
証明書PDF: 3つともDL済み → Google Drive「certs」フォルダ

明日フォームから統合依頼を出す。会社アドレスは4/30で止まるので、それまでに終わらせたい。
"""
    nh = '<div dir="ltr">' + '<br>'.join(esc(l) for l in nt.strip().split('\n')) + '</div>\n'
    add(L('user_reply', cands=[OLD_ID, NEW_ID]), d, addr(ME_NAME, ME_P), addr(ME_NAME, ME_P),
        'メモ: AWS認定アカウント統合', alt(nt, nh, 'nt1', cte_t='base64', cte_h='base64'),
        gmail_mid('nt1'), trace=trace_gmail(d.astimezone(UTC), 'gmail.com', ME_P, '209.85.220.41', dkim_d='gmail.com', policy='NONE', helo='mail-sor-f41.google.com'))

    # Case A acknowledgement (form copy includes candidate IDs)
    d = D('2025-04-09 03:11:51')
    ak = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now case
%s.

Our team normally replies within one business day, though some requests take more research.
Opening another case about the same matter puts it at the back of the queue, so please keep
everything about this request in this thread.

A copy of what you submitted:

Inquiry type: Certification
Additional detail: Account Merge
How can we help you?:
Use case: I am leaving Aozora Technologies Inc. at the end of April 2025 and would like my
certifications moved to my personal account.
All email addresses used: y-minegishi@aozora-tech.co.jp, yuto.minegishi.k@gmail.com
Email address to keep on file: yuto.minegishi.k@gmail.com
Candidate IDs: AWS31870245 (company), AWS50293318 (personal)

Sincerely,
%s
""" % (CASE_A, SIG_TC)
    A = {}
    A['ack'] = ses_mid('a1')
    add(L('acknowledgement', case=CASE_A, cands=[OLD_ID, NEW_ID]), d, addr('AWS Training and Certification', TC), ME_P,
        '[CASE %s] %s - account-assistance' % (CASE_A, SUBJ_TC),
        text(ak + FOOT_TC, 'plain', 'us-ascii', '7bit'), A['ack'],
        trace=amazon_trace(d, ME_P), top=[dkim_sig('amazon.com', 'a1')])

    # duplicate form from company address -> case B acknowledgement, Japanese, Shift_JIS
    d = D('2025-04-09 03:42:05')
    bk = """峯岸 悠斗 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付けましたので、お知らせいたします。

ケース ID: 174417010700311

通常、1 営業日以内に担当者よりご連絡いたします。
同様の内容で既にケースをお持ちの場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。
複数のケースが作成されますと、確認に時間を要する場合がございます。

[お問い合わせ内容]
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
本日はどのようなサポートをお求めですか?:
退職に伴い、会社のメールアドレスで登録している認定アカウントを、個人のアカウントに統合したいです。
統合元: y-minegishi@aozora-tech.co.jp
統合先: yuto.minegishi.k@gmail.com

今後ともよろしくお願い申し上げます。
AWS トレーニングと認定 カスタマーサービス
"""
    A['b_ack'] = ses_mid('b1')
    add(L('acknowledgement', case=CASE_B), d, addr('AWS Training and Certification', TC), ME_C,
        '[CASE %s] %s - account-assistance' % (CASE_B, SUBJ_TC),
        text(bk, 'plain', 'shift_jis', 'base64'), A['b_ack'],
        trace=amazon_trace(d, ME_C, company=True), top=[dkim_sig('amazon.com', 'b1')])

    # phishing with the real sender address, failing DKIM / SPF / DMARC
    d = D('2025-04-09 11:26:40')
    pt = """Hello,

We are processing your account merge request. Before we can move your certifications, AWS
policy requires us to verify ownership of both certification accounts.

Sign in through our secure verification portal within 24 hours using your AWS Builder ID email
and password:

https://aws-training-verify.support-portal.link/merge/verify?case=174416551200093

Requests that are not verified in time are cancelled automatically and your certifications on
the old account may be lost. If the link does not open, reply to this message with your Builder
ID password and we will complete the verification for you.

Sincerely,
AWS Training and Certification Customer Service
"""
    add(L('suspicious'), d, addr('AWS Training and Certification', TC), ME_P,
        'RE:[CASE %s] %s - account-assistance' % (FAKE_CASE, SUBJ_TC),
        alt(pt, to_html(pt), 'ph2'), '<%s@mailer.tc-verify-notice.com>' % H('ph2', 20),
        trace=trace_gmail(d, 'amazon.com', 'bounce@mailer.tc-verify-notice.com', '45.141.87.112',
                          dkim='fail', spf='softfail', dmarc='fail', dkim_d='amazon.com',
                          policy='QUARANTINE', helo='vps-8812.hostpoint-eu.net'),
        extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])

    # case B closed as duplicate (case_update)
    d = D('2025-04-10 01:05:33')
    dp = """Hello Yuto,

I see that this request (case %s) is about the same account merge as case %s,
which you opened a little earlier from yuto.minegishi.k@gmail.com.

So that two agents don't work on the same thing, I've closed this case and added a note to the
other one. Everything will continue on case %s; you don't need to do anything here.

Thanks,
Rahul
%s
""" % (CASE_B, CASE_A, CASE_A, SIG_TC)
    add(L('case_update', case=CASE_B), d, addr('AWS Training and Certification', TC), ME_C,
        'RE:[CASE %s] %s - account-assistance' % (CASE_B, SUBJ_TC),
        text(dp + FOOT_TC, 'plain', 'utf-8', 'quoted-printable'), ses_mid('b2'),
        irt=A['b_ack'], refs=A['b_ack'], trace=amazon_trace(d, ME_C, company=True))
    return A


def part_2025b(A):
    S_A = 'RE:[CASE %s] %s - account-assistance' % (CASE_A, SUBJ_TC)
    # on hold with a buried question (needs reply)
    d = D('2025-04-10 06:48:17')
    oh = """Hello Yuto,

Thank you for your patience while I reviewed your request.

While checking the two accounts I found that the certification account registered to
y-minegishi@aozora-tech.co.jp is linked to Aozora Technologies Inc. through the AWS Partner
Network. Certifications held on a partner-linked account count toward that organization's
partner standing, so we aren't able to move them to another account while the link is active.
The link can be released by your organization's Partner Central administrator, or it ends when
your employment with the partner ends.

I've placed the case on hold for now. To work out which of the two applies, I'll need to know
whether you are still employed by Aozora Technologies and, if you are leaving, what your last
working day will be.

Regards,
Sandeep
%s
""" % SIG_TC
    A['hold'] = ses_mid('a2')
    add(L('on_hold', True, CASE_A), d, addr('AWS Training and Certification', TC), ME_P, S_A,
        alt(oh + FOOT_TC, to_html(oh + FOOT_TC), 'a2'), A['hold'], irt=A['ack'], refs=A['ack'],
        trace=amazon_trace(d, ME_P), top=[dkim_sig('amazon.com', 'a2')])

    # owner answers (Gmail, bottom quote)
    d = D('2025-04-10 21:32:06', JST)
    ur = """Hi Sandeep,

Yes, I'm still employed there for now. My last working day is April 30, 2025, and the company
mailbox will be switched off that evening, so I would really like the merge done before then.

I've also asked our Partner Central admin (Ms. Ishida) to release the link from her side.

Thank you,
Yuto Minegishi
"""
    hdr_line = 'On Thu, Apr 10, 2025 at 3:48 PM AWS Training and Certification <\n%s> wrote:' % TC
    plain = ur + '\n' + hdr_line + '\n\n' + quote(oh + FOOT_TC) + '\n'
    htm = ('<div dir="ltr">' + '<br>'.join(esc(l) for l in ur.strip().split('\n')) +
           '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Apr 10, 2025 at 3:48 PM '
           'AWS Training and Certification &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           % (TC, TC) + to_html(oh, wrap=False) + '</blockquote></div>\n')
    A['r1'] = gmail_mid('a3')
    add(L('user_reply', case=CASE_A), d, addr(ME_NAME, ME_P), addr('AWS Training and Certification', TC),
        S_A, alt(plain, htm, 'a3'), A['r1'], irt=A['hold'], refs='%s %s' % (A['ack'], A['hold']))

    # colleague, Japanese, ISO-2022-JP: asks for a reply, mentions Partner Central
    d = D('2025-04-11 10:02:27', JST)
    co = """峯岸さん

お疲れさまです。石田です。

Partner Central の件、峯岸さんの認定アカウントの紐づけ解除を申請しておきました。
AWS 側の処理に数日かかるそうです。

それと別件で、引き継ぎ資料 (landing-zone の運用手順) の最新版を共有フォルダに置いてもらえますか?
置き場所が決まったら返信ください。来週月曜の打ち合わせで使いたいです。

よろしくお願いします。
石田
"""
    add(L('unrelated'), d, addr('石田 春香', 'h-ishida@aozora-tech.co.jp', 'iso-2022-jp'), addr(ME_JA, ME_C, 'iso-2022-jp'),
        'Partner Central の件 / 引き継ぎ資料', text(co, 'plain', 'iso-2022-jp', '7bit'),
        outlook_mid('co1'), subj_cs='iso-2022-jp', crlf=True)

    # passed to partner team (case_update)
    d = D('2025-04-14 02:19:40')
    cu = """Hi Yuto,

Thanks for letting me know about your last day.

Because the account is partner-linked, I've transferred your case to our Partner Operations
team, who handle these accounts and talk to the partner organization directly. They will check
the release request your administrator submitted and hand the case back to us for the merge.

I'll keep an eye on it and let you know how it progresses.

Regards,
Sandeep
%s
""" % SIG_TC
    A['pt'] = ses_mid('a4')
    add(L('case_update', case=CASE_A), d, addr('AWS Training and Certification', TC), ME_P, S_A,
        text(cu + FOOT_TC, 'plain', 'utf-8', '7bit'), A['pt'], irt=A['r1'],
        refs='%s %s %s' % (A['ack'], A['hold'], A['r1']), trace=amazon_trace(d, ME_P))

    # on hold, nothing needed from the owner
    d = D('2025-04-15 23:40:09')
    h2 = """Hello Yuto,

This is Partner Operations writing about case %s.

We have contacted the Partner Central administrator at Aozora Technologies Inc. to confirm the
release of your certification account from their organization. Until they respond, the merge
stays paused. There is no action required from you; we will write again as soon as the partner
has replied.

Best regards,
AWS Partner Operations on behalf of %s
""" % (CASE_A, SIG_TC)
    A['h2'] = ses_mid('a5')
    add(L('on_hold', case=CASE_A), d, addr('AWS Training and Certification', TC), ME_P, S_A,
        text(h2 + FOOT_TC, 'plain', 'utf-8', 'quoted-printable'), A['h2'], irt=A['pt'],
        refs='%s %s %s %s' % (A['ack'], A['hold'], A['r1'], A['pt']), trace=amazon_trace(d, ME_P))

    # newsletter
    d = D('2025-04-17 13:00:00')
    nl = """SERVERLESS DIGEST #212 - April 17, 2025

This week:
* Lambda adds finer-grained log level controls for Node.js 22
* Step Functions: the new JSONata mode, three months in
* Community: "We merged 40 accounts into one Organization - here's what broke"
* Certification corner: how to plan an AWS Certification study schedule in 6 weeks

Read online: https://serverlessdigest.dev/issues/212

You are subscribed as yuto.minegishi.k@gmail.com. Unsubscribe: https://serverlessdigest.dev/u/8d1e
"""
    add(L('unrelated'), d, addr('Serverless Digest', 'newsletter@serverlessdigest.dev'), ME_P,
        'Serverless Digest #212: JSONata, log levels, and a 40-account merge',
        alt(nl, to_html(nl), 'nl1', cte_t='7bit'), plain_mid('nl1', 'serverlessdigest.dev'),
        trace=trace_gmail(d, 'serverlessdigest.dev', 'bounce@mg.serverlessdigest.dev', '69.72.43.8'),
        extra=[('List-Unsubscribe', '<https://serverlessdigest.dev/u/8d1e>'), ('Precedence', 'bulk')])

    # hold lifted — no case token in the subject, id in the body
    d = D('2025-04-21 05:31:25')
    hl = """Hi Yuto,

Case ID: %s

Quick update from my side: the Partner Central administrator at Aozora Technologies has released
your certification account from their organization, so the hold on your request is lifted.
I've taken over the case from Sandeep and will now prepare the merge. Expect a message from me
shortly with the details of both accounts.

Olivia
%s
""" % (CASE_A, SIG_TC)
    A['lift'] = ses_mid('a6')
    add(L('case_update', case=CASE_A), d, addr('AWS Training and Certification', TC), ME_P,
        'Update on your account merge request', text(hl + FOOT_TC, 'plain', 'utf-8', '7bit'), A['lift'],
        irt=A['h2'], refs='%s %s %s' % (A['ack'], A['r1'], A['h2']), trace=amazon_trace(d, ME_P))

    # confirmation request, HTML only, table
    d = D('2025-04-22 07:14:58')
    row = ('<tr><td style="border:1px solid #aab7b8;padding:6px 10px;background:#f2f3f3">%s</td>'
           '<td style="border:1px solid #aab7b8;padding:6px 10px">%s</td></tr>\n')
    tbl = ('<table style="border-collapse:collapse;font-size:13px;margin:10px 0">\n'
           '<tr><th colspan="2" style="text-align:left;padding:6px 10px;background:#232f3e;color:#fff">Account #1</th></tr>\n'
           + row % ('Candidate ID', NEW_ID) + row % ('Login email', ME_P)
           + row % ('Training notification email', ME_P) + row % ('Certification notification email', ME_P)
           + '<tr><th colspan="2" style="text-align:left;padding:6px 10px;background:#232f3e;color:#fff">Account #2</th></tr>\n'
           + row % ('Candidate ID', OLD_ID) + row % ('Login email', ME_C)
           + row % ('Training notification email', ME_C) + row % ('Certification notification email', ME_C)
           + '</table>\n')
    cr = ('<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">\n'
          '<p>Hi Yuto,</p>\n<p>Thank you for waiting. I located the following two certification accounts for you:</p>\n'
          + tbl +
          '<p>When the merge runs, the exam history, certifications and benefits of Account #2 are moved to '
          'Account #1 and Account #2 is deactivated. A merge can&#39;t be reversed.</p>\n'
          '<p>Kindly confirm that both accounts belong to you and that Account #1 is the one you want to keep. '
          'I&#39;ll start the merge as soon as I have your go-ahead.</p>\n'
          '<p>Best,<br>Olivia<br>%s</p>\n<p style="font-size:11px;color:#687078">%s</p>\n</body></html>\n' % (SIG_TC, esc(FOOT_TC.strip())))
    A['conf'] = ses_mid('a7')
    add(L('confirmation_request', True, CASE_A, [NEW_ID, OLD_ID]), d, addr('AWS Training and Certification', TC), ME_P, S_A,
        text(cr, 'html', 'utf-8', 'quoted-printable'), A['conf'], irt=A['lift'],
        refs='%s %s %s' % (A['ack'], A['h2'], A['lift']), trace=amazon_trace(d, ME_P),
        top=[dkim_sig('amazon.com', 'a7')])
    A['conf_text'] = ("Hi Yuto,\n\nThank you for waiting. I located the following two certification accounts for you:\n\n"
                      "Account #1\nCandidate ID: %s\nLogin email: %s\nTraining notification email: %s\n"
                      "Certification notification email: %s\n\nAccount #2\nCandidate ID: %s\nLogin email: %s\n"
                      "Training notification email: %s\nCertification notification email: %s\n\n"
                      "When the merge runs, the exam history, certifications and benefits of Account #2 are moved to "
                      "Account #1 and Account #2 is deactivated. A merge can't be reversed.\n\n"
                      "Kindly confirm that both accounts belong to you and that Account #1 is the one you want to keep. "
                      "I'll start the merge as soon as I have your go-ahead.\n\nBest,\nOlivia\n%s\n"
                      % (NEW_ID, ME_P, ME_P, ME_P, OLD_ID, ME_C, ME_C, ME_C, SIG_TC))

    # Partner Central notice to the company address
    d = D('2025-04-23 04:10:36')
    pc = """Hello Yuto Minegishi,

Your AWS Certification profile is no longer associated with the partner organization
Aozora Technologies Inc. in AWS Partner Central.

What this means:
- Certifications you earn from now on will not count toward Aozora Technologies Inc.
- Your Partner Central user account and training history remain unchanged.

This change was requested by an administrator of your partner organization. If you believe this
is a mistake, contact your Partner Central administrator.

AWS Partner Network
This is an automated notification; replies are not monitored.
"""
    add(L('unrelated'), d, addr('AWS Partner Network', 'apn-notifications@amazon.com'), ME_C,
        'AWS Partner Central: your certification association has changed',
        alt(pc, to_html(pc), 'pc1', cte_t='7bit'), ses_mid('pc1'),
        trace=amazon_trace(d, ME_C, company=True))

    # closing notice
    d = D('2025-04-25 00:55:03')
    cl = """Hello Yuto,

I'm following up on my message of April 22 about merging your certification accounts. So far I
haven't received your confirmation.

We can't continue without it. If there is no response within 3 business days, this case will be
closed. Answering this message will keep it open, and it will also reopen the case if it has
already been closed by then.

Best,
Olivia
%s
""" % SIG_TC
    A['close'] = ses_mid('a8')
    add(L('closing_notice', True, CASE_A), d, addr('AWS Training and Certification', TC), ME_P, S_A,
        text(cl + FOOT_TC, 'plain', 'us-ascii', '7bit'), A['close'], irt=A['conf'], cc=ME_C,
        refs='%s %s %s' % (A['ack'], A['lift'], A['conf']), trace=amazon_trace(d, ME_P), crlf=True)
    return A


def part_2025c(A):
    S_A = 'RE:[CASE %s] %s - account-assistance' % (CASE_A, SUBJ_TC)
    cl_text = A['cl_text'] = """Hello Yuto,

I'm following up on my message of April 22 about merging your certification accounts. So far I
haven't received your confirmation.
"""
    # owner replies from the COMPANY address (Outlook, Japanese header block), CRLF
    d = D('2025-04-25 18:20:44', JST)
    rc = """Hi Olivia,

Sorry for the slow reply, it has been a busy last week at work.
Confirmed: both accounts are mine. Please merge into Account #1.

Best regards,
Yuto Minegishi
"""
    hist = ('差出人: AWS Training and Certification <%s>\n送信日時: 2025年4月25日 9:55\n宛先: %s\nCC: %s\n件名: %s\n\n'
            % (TC, ME_P, ME_C, S_A)) + cl_text + '\n...\n'
    htm = ('<html><body lang="JA"><div class="WordSection1">' + to_html(rc, wrap=False) +
           '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%%">'
           '<font face="Calibri, sans-serif" color="#000000" style="font-size:11pt"><b>差出人:</b> AWS Training and Certification '
           '&lt;%s&gt;<br><b>送信日時:</b> 2025年4月25日 9:55<br><b>宛先:</b> %s<br><b>CC:</b> %s<br><b>件名:</b> %s</font></div>'
           % (TC, ME_P, ME_C, esc(S_A)) + to_html(cl_text, wrap=False) + '</div></body></html>\n')
    A['rc'] = outlook_mid('a9')
    add(L('user_reply', case=CASE_A), d, addr(ME_JA, ME_C), addr('AWS Training and Certification', TC),
        'RE: ' + S_A, alt(rc + '\n' + '_' * 40 + '\n' + hist, htm, 'a9', cte_t='base64', cte_h='base64'),
        A['rc'], irt=A['close'], refs='%s %s %s' % (A['ack'], A['conf'], A['close']), crlf=True,
        extra=[('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')])

    # support: write again from the personal address
    d = D('2025-04-26 01:03:19')
    ir = """Hello Yuto,

Thank you for your reply. I'm looking after this case while Olivia is away.

Your confirmation arrived from y-minegishi@aozora-tech.co.jp. That address belongs to the account
that the merge will deactivate, and the case is registered to yuto.minegishi.k@gmail.com, so
for security reasons we can't accept the approval from it.

Would you send the same confirmation from yuto.minegishi.k@gmail.com, simply by replying to this
email from that mailbox? I'll run the merge as soon as it arrives.

Regards,
Karthik
%s
""" % SIG_TC
    A['ir'] = ses_mid('a10')
    add(L('info_request', True, CASE_A), d, addr('AWS Training and Certification', TC), ME_P, S_A,
        text(ir + FOOT_TC, 'plain', 'utf-8', 'quoted-printable'), A['ir'], cc=ME_C, irt=A['rc'],
        refs='%s %s %s %s' % (A['ack'], A['conf'], A['close'], A['rc']), trace=amazon_trace(d, ME_P),
        top=[dkim_sig('amazon.com', 'a10')])

    # owner confirms from the personal address (Gmail, short, quoted below)
    d = D('2025-04-26 11:47:30', JST)
    cf = """Hi Karthik,

Confirmed. Please merge Account #2 (AWS31870245) into Account #1 (AWS50293318) and keep
yuto.minegishi.k@gmail.com.

Thanks,
Yuto
"""
    plain = cf + '\nOn Sat, Apr 26, 2025 at 10:03 AM AWS Training and Certification <%s> wrote:\n\n' % TC + quote(ir) + '\n'
    A['cf'] = gmail_mid('a11')
    add(L('user_reply', case=CASE_A, cands=[OLD_ID, NEW_ID]), d, addr(ME_NAME, ME_P),
        addr('AWS Training and Certification', TC), S_A,
        text(plain, 'plain', 'utf-8', 'quoted-printable', fmt_flowed=False), A['cf'], irt=A['ir'],
        refs='%s %s %s %s' % (A['ack'], A['conf'], A['rc'], A['ir']))

    # resolved, quoting the confirmation request
    d = D('2025-04-26 03:29:02')
    rs = """Hello Yuto,

Thank you for confirming. I have merged Account #2 into Account #1. The exam history,
certifications and the 50%% discount from the old account are now on the account that signs in
with yuto.minegishi.k@gmail.com.

Sign out of AWS Training and Certification and sign back in to see the updated records. Your
Credly badges will be reissued to the same address over the next few hours, and Partner Central
may take several days to reflect the change.

I'm marking this case as resolved. No further action is required on your part.

Regards,
Karthik
%s
""" % SIG_TC
    quoted = ('\n-------- Original message --------\nFrom: %s\nSent: 2025-04-26 02:47 UTC\nSubject: %s\n\n' % (ME_P, S_A)
              + quote(cf) + '\n\n-------- Earlier message --------\nFrom: %s\nSent: 2025-04-22 07:14 UTC\n\n' % TC
              + quote(A['conf_text']))
    plain = rs + quoted
    htm = (to_html(rs, wrap=False) + '<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">' +
           to_html(cf, wrap=False) + '<div style="border-left:2px solid #ccc;padding-left:8px">' +
           to_html(A['conf_text'], wrap=False) + '</div></div>')
    htm = '<html><body style="font-family:Arial,sans-serif;font-size:14px">' + htm + '</body></html>\n'
    A['res'] = ses_mid('a12')
    add(L('resolved', case=CASE_A), d, addr('AWS Training and Certification', TC), ME_P, S_A,
        alt(plain, htm, 'a12'), A['res'], irt=A['cf'],
        refs='%s %s %s %s' % (A['ack'], A['conf'], A['ir'], A['cf']), trace=amazon_trace(d, ME_P),
        top=[dkim_sig('amazon.com', 'a12')])

    # Credly badges after the merge
    d = D('2025-04-26 04:51:10')
    b1 = """Congratulations, Yuto!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to display it on your Credly profile and share it with your network:
https://www.credly.com/badges/0c7e5a31-6f2b-4d38-b9a5-2e91d4c7f680/accept

Not sure why you received this? Badges are issued when an organization records an achievement
for the email address on file with them.

Credly, Inc.
"""
    add(L('badge'), d, addr('Credly', 'admin@credly.com'), ME_P,
        'You have been issued a new badge: AWS Certified Solutions Architect - Associate',
        alt(b1, to_html(b1), 'cr2'), plain_mid('cr2', 'credly.com'),
        trace=trace_gmail(d, 'credly.com', 'bounces+2811-7a3f-yuto.minegishi.k=gmail.com@em.credly.com', '149.72.123.9', dkim_d='credly.com'))

    d = D('2025-04-26 04:51:44')
    b2 = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<div style="max-width:560px;margin:20px auto;background:#fff;padding:24px">
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt="AWS Certified Developer - Associate">
<h2>Your new badge is ready</h2>
<p>Hi Yuto, <b>Amazon Web Services Training and Certification</b> just issued you
<b>AWS Certified Developer &ndash; Associate</b>.</p>
<p>Earners who share their badges get noticed by recruiters more often. Claim it now:</p>
<p><a href="https://www.credly.com/badges/3a4e8b10-d2c6-49f1-8e07-71b5c9a02d3e/accept">Claim badge</a></p>
<p style="color:#999;font-size:11px">Credly &middot; Manage notification settings in your profile.</p>
</div></body></html>
"""
    add(L('badge'), d, addr('Credly', 'admin@credly.com'), ME_P,
        'Amazon Web Services Training and Certification issued you a badge',
        text(b2, 'html', 'utf-8', 'base64'), plain_mid('cr3', 'credly.com'),
        trace=trace_gmail(d, 'credly.com', 'bounces+2811-7a40-yuto.minegishi.k=gmail.com@em.credly.com', '149.72.123.9', dkim_d='credly.com'))

    # survey from the same sender as the case
    d = D('2025-04-28 16:22:37')
    sv = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>We recently worked with you on case <b>%s</b>. Please let us know how we did by answering
one question &mdash; it takes less than a minute.</p>
<p><b>Overall, how satisfied are you with how your case was handled?</b></p>
<p>
<a href="https://feedback.aws.training/cs?c=%s&amp;s=5">Very satisfied</a> |
<a href="https://feedback.aws.training/cs?c=%s&amp;s=4">Satisfied</a> |
<a href="https://feedback.aws.training/cs?c=%s&amp;s=3">Neutral</a> |
<a href="https://feedback.aws.training/cs?c=%s&amp;s=2">Dissatisfied</a> |
<a href="https://feedback.aws.training/cs?c=%s&amp;s=1">Very dissatisfied</a></p>
<p style="font-size:12px;color:#687078">Replies to this email are not read. Your case has already been resolved; if you still need help, open a new request through the contact form.</p>
<p>AWS Training and Certification Customer Service</p>
</body></html>
""" % ((CASE_A,) * 6)
    add(L('survey', case=CASE_A), d, addr('AWS Training and Certification', TC), ME_P,
        'How did we do? Case %s' % CASE_A, text(sv, 'html', 'utf-8', 'quoted-printable'),
        ses_mid('a13'), trace=amazon_trace(d, ME_P))

    # owner forwards the resolution to the colleague (Gmail forward)
    d = D('2025-04-28 19:05:12', JST)
    fw = """石田さん

AWS 認定アカウントの統合、無事に完了しました。Partner Central 側でのご対応ありがとうございました。
念のため AWS からのメールを転送します。

峯岸

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Sat, Apr 26, 2025 at 12:29 PM
Subject: %s
To: <%s>


""" % (TC, S_A, ME_P) + rs
    add(L('user_reply', case=CASE_A), d, addr(ME_NAME, ME_P), addr('石田 春香', 'h-ishida@aozora-tech.co.jp'),
        'Fwd: ' + S_A, alt(fw, '<div dir="ltr">' + '<br>'.join(esc(l) for l in fw.split('\n')) + '</div>\n', 'fw1',
                           cte_t='base64', cte_h='base64'), gmail_mid('fw1'), irt=A['res'], refs='%s %s' % (A['cf'], A['res']))

    # owner reopens by replying to the resolution, top-posted over the full history
    d = D('2025-05-06 09:14:55', JST)
    ro = """Hi Karthik,

Sorry to come back to this. Everything looks right on the merged account except one thing: my
AWS Certified Cloud Practitioner (passed 2021, expired 2024) does not appear in Exam History or
under Certifications. It was visible on the old account before the merge. Could you check?

Thanks,
Yuto

On Sat, Apr 26, 2025 at 12:29 PM AWS Training and Certification <%s> wrote:

""" % TC + quote(plain)
    A['ro'] = gmail_mid('a14')
    add(L('user_reply', case=CASE_A), d, addr(ME_NAME, ME_P), addr('AWS Training and Certification', TC), S_A,
        text(ro, 'plain', 'utf-8', 'quoted-printable'), A['ro'], irt=A['res'],
        refs='%s %s %s %s' % (A['ack'], A['conf'], A['cf'], A['res']))

    d = D('2025-05-07 03:40:21')
    rp = """Hello Yuto,

My name is Fatima and I've picked up your message. I've reopened case %s and asked our
certification records team to look for the Cloud Practitioner exam that didn't come across with
the merge. They usually answer within two to three business days, and I'll write to you as soon
as I have their findings.

Regards,
Fatima
%s
""" % (CASE_A, SIG_TC)
    A['rp'] = ses_mid('a15')
    add(L('case_update', case=CASE_A), d, addr('AWS Training and Certification', TC), ME_P, S_A,
        alt(rp + FOOT_TC, to_html(rp + FOOT_TC), 'a15'), A['rp'], irt=A['ro'],
        refs='%s %s %s' % (A['ack'], A['res'], A['ro']), trace=amazon_trace(d, ME_P))

    d = D('2025-05-09 06:02:48')
    r2 = """Hi Yuto,

The records team found it: the 2021 Cloud Practitioner result had a pending status on the old
account, so the merge skipped it. They moved it across manually this morning. It now appears in
Exam History and under Certifications with the status "Expired", which is expected for that
certification.

That was the last open point, so I'm closing the case again. If you have anything to add, just
reply to this email.

Regards,
Fatima
%s
""" % SIG_TC
    add(L('resolved', case=CASE_A), d, addr('AWS Training and Certification', TC), ME_P, S_A,
        text(r2 + FOOT_TC, 'plain', 'utf-8', '7bit'), ses_mid('a16'), irt=A['rp'],
        refs='%s %s %s' % (A['res'], A['ro'], A['rp']), trace=amazon_trace(d, ME_P))


# =====================================================================
# 2025 — case E (voucher after merge) and case G (stray duplicate account)
# =====================================================================
PNG_1x1 = base64.b64decode(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')


def part_2025d():
    S_E = 'RE:[CASE %s] %s - certification-benefits' % (CASE_E, SUBJ_TC)
    E = {}
    d = D('2025-05-12 00:50:52')
    ah = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#ffffff;padding:14px 20px;font-size:16px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hello Yuto,</p>
<p>We have received your message and opened case <b>%s</b> for it.</p>
<p>A member of our customer service team will get back to you, typically within one business day.
Please reply to this email if you want to add details, rather than submitting the form again.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #eaeded;background:#f7f7f7">Inquiry type</td><td style="border:1px solid #eaeded">Certification</td></tr>
<tr><td style="border:1px solid #eaeded;background:#f7f7f7">Additional detail</td><td style="border:1px solid #eaeded">Certification Benefits</td></tr>
<tr><td style="border:1px solid #eaeded;background:#f7f7f7">Description</td><td style="border:1px solid #eaeded">After my accounts were merged (case %s) the 50%% discount
from my December 2024 recertification is missing from the Benefits page.</td></tr>
</table>
<p>Sincerely,<br>AWS Training and Certification Customer Service</p>
</td></tr></table></body></html>
""" % (CASE_E, CASE_A)
    E['ack'] = ses_mid('e1')
    add(L('acknowledgement', case=CASE_E), d, addr('AWS Training and Certification', TC), ME_P, S_E,
        text(ah, 'html', 'utf-8', 'base64'), E['ack'], trace=amazon_trace(d, ME_P),
        top=[dkim_sig('amazon.com', 'e1')])

    # Japanese info request, keigo, ISO-2022-JP
    d = D('2025-05-13 06:20:14')
    jr = """峯岸 悠斗 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご連絡いただいた 50% 割引特典について確認いたしましたところ、統合後のアカウント
(AWS50293318) には、2024 年 12 月の再認定に伴い発行された特典が表示されておりませんでした。

発行履歴を調査するため、統合前のアカウントで特典が表示されていた画面のスクリーンショット、
もしくはバウチャーコードの末尾 4 桁をお送りいただけますでしょうか。

お手数をおかけいたしますが、ご対応のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
    E['jr'] = ses_mid('e2')
    add(L('info_request', True, CASE_E, [NEW_ID]), d, addr('AWS Training and Certification', TC), ME_P, S_E,
        text(jr, 'plain', 'iso-2022-jp', '7bit'), E['jr'], irt=E['ack'], refs=E['ack'],
        trace=amazon_trace(d, ME_P), top=[dkim_sig('amazon.com', 'e2')])

    # owner replies in Japanese with a screenshot
    d = D('2025-05-14 08:31:09', JST)
    ur = """佐藤様

ご確認いただきありがとうございます。
統合前に保存していた特典画面のスクリーンショットを添付いたします。
バウチャーコードの末尾 4 桁は「7QK2」です。

よろしくお願いいたします。
峯岸

2025年5月13日(火) 15:20 AWS Training and Certification <%s>:

""" % TC + quote(jr)
    uh = ('<div dir="ltr">' + '<br>'.join(esc(l) for l in ur.split('\n')[:8]) + '</div><br><div class="gmail_quote">'
          '<div dir="ltr" class="gmail_attr">2025年5月13日(火) 15:20 AWS Training and Certification &lt;%s&gt;:<br></div>'
          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
          % TC + to_html(jr, wrap=False) + '</blockquote></div>\n')
    inner = multi('alternative', [text(ur, 'plain', 'iso-2022-jp', '7bit'), text(uh, 'html', 'utf-8', 'quoted-printable')], 'e3a')
    part = multi('mixed', [inner, binary(PNG_1x1, 'image/png', 'benefits_before_merge.png')], 'e3')
    E['ur'] = gmail_mid('e3')
    add(L('user_reply', case=CASE_E), d, addr(ME_NAME, ME_P), addr('AWS Training and Certification', TC), S_E,
        part, E['ur'], irt=E['jr'], refs='%s %s' % (E['ack'], E['jr']))

    d = D('2025-05-15 02:11:45')
    cu = """Hello Yuto,

Thank you for the screenshot and the code suffix; they match a voucher that was issued to the old
account on December 10, 2024 and was not carried across during the merge.

I've handed this to our benefits team, who can reissue vouchers. This normally takes 3 to 5
business days. We'll let you know when it's done, or if they need anything else.

Best regards,
Dmitri
%s
""" % SIG_TC
    E['cu'] = ses_mid('e4')
    add(L('case_update', case=CASE_E), d, addr('AWS Training and Certification', TC), ME_P, S_E,
        text(cu + FOOT_TC, 'plain', 'utf-8', 'quoted-printable'), E['cu'], irt=E['ur'],
        refs='%s %s %s' % (E['ack'], E['jr'], E['ur']), trace=amazon_trace(d, ME_P))

    d = D('2025-05-20 04:37:30')
    rv = """Hello Yuto,

Good news: the benefits team has reissued your 50%% exam discount. It is now listed on the
Benefits page of your account (AWS50293318) and can be used until December 9, 2027. The old
voucher ending in 7QK2 has been cancelled, so please use the new one when you schedule.

No further action is required. This case is now resolved.

Best regards,
Dmitri
%s
""" % SIG_TC
    add(L('resolved', case=CASE_E, cands=[NEW_ID]), d, addr('AWS Training and Certification', TC), ME_P, S_E,
        alt(rv + FOOT_TC, to_html(rv + FOOT_TC), 'e5'), ses_mid('e5'), irt=E['cu'],
        refs='%s %s %s %s' % (E['ack'], E['jr'], E['ur'], E['cu']), trace=amazon_trace(d, ME_P))

    # Japanese survey, HTML only
    d = D('2025-05-21 01:15:06')
    js = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>峯岸 悠斗 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>ケース %s の対応について、簡単なアンケートにご協力いただけますと幸いです。
所要時間は 1 分程度です。いただいたご意見は、今後のサービス改善に活用させていただきます。</p>
<p><a href="https://feedback.aws.training/cs?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:12px;color:#687078">※アンケートへのご回答は任意です。本メールは送信専用のため、ご返信いただいてもお答えできません。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
""" % (CASE_E, CASE_E)
    add(L('survey', case=CASE_E), d, addr('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com'), ME_P,
        'カスタマーサービスに関するアンケートのお願い(ケース %s)' % CASE_E,
        text(js, 'html', 'utf-8', 'quoted-printable'), ses_mid('e6'), trace=amazon_trace(d, ME_P))

    # Credly lookalike phishing
    d = D('2025-05-22 17:48:53')
    cp = """Hi Yuto,

We were unable to verify the identity of the owner of 2 badges issued by Amazon Web Services
Training and Certification to this email address. Unverified badges are revoked automatically.

Your badges will be revoked in 24 hours unless you confirm your Credly login:

https://credly-badgecenter.com/verify?u=yuto.minegishi.k

Thank you,
The Credly Team
"""
    add(L('suspicious'), d, addr('Credly', 'notifications@credly-badgecenter.com'), ME_P,
        'Action needed: your AWS badges will be revoked', alt(cp, to_html(cp), 'ph3'),
        plain_mid('ph3', 'credly-badgecenter.com'),
        trace=trace_gmail(d, 'credly-badgecenter.com', 'notifications@credly-badgecenter.com', '91.92.250.17',
                          dkim='pass', spf='pass', dmarc='pass', policy='NONE'))


def part_2025e():
    S_G = 'RE: [CASE %s] %s - account-assistance' % (CASE_G, SUBJ_TC)
    G = {}
    d = D('2025-06-03 01:48:16')
    ak = """Hello,

Thank you for contacting AWS Training and Certification. A case, %s, has been created for
your request. You can expect a reply within about 24 hours; a complex request may take longer.

If you already have an open case about the same issue, please reply on that case rather than
creating a new one.

%s
""" % (CASE_G, SIG_TC)
    G['ack'] = ses_mid('g1')
    add(L('acknowledgement', case=CASE_G), d, addr('AWS Training and Certification', TC), ME_P,
        '[CASE %s] %s - account-assistance' % (CASE_G, SUBJ_TC), text(ak + FOOT_TC, 'plain', 'utf-8', '7bit'),
        G['ack'], trace=amazon_trace(d, ME_P))

    # Japanese confirmation request
    d = D('2025-06-04 00:36:02')
    jc = """峯岸 悠斗 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
カスタマーサービスの中村と申します。

お調べしたところ、yuto.minegishi.k@gmail.com で登録されている認定アカウントが、下記のとおり 2 つ存在しておりました。

アカウント 1
  候補 ID: AWS50293318
  ログインメールアドレス: yuto.minegishi.k@gmail.com
  保有認定: 3 件 (うち 1 件失効)

アカウント 2
  候補 ID: AWS50617742
  ログインメールアドレス: yuto.minegishi.k@gmail.com
  保有認定: なし (2025 年 2 月作成)

アカウント 2 をアカウント 1 に統合し、アカウント 1 を残す形で問題ございませんでしょうか。
統合後は元に戻すことができませんので、内容をご確認のうえ、本メールにご返信いただけますと幸いです。

何卒よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサービス
"""
    jh = to_html(jc, font="'Hiragino Kaku Gothic ProN','Meiryo',sans-serif")
    G['jc'] = ses_mid('g2')
    add(L('confirmation_request', True, CASE_G, [NEW_ID, STRAY_ID]), d, addr('AWS Training and Certification', TC), ME_P, S_G,
        alt(jc, jh, 'g2', cte_t='base64', cte_h='base64'), G['jc'], irt=G['ack'], refs=G['ack'],
        trace=amazon_trace(d, ME_P), top=[dkim_sig('amazon.com', 'g2')])

    # owner: short Japanese reply (Apple Mail style), ISO-2022-JP
    d = D('2025-06-04 12:58:40', JST)
    ur = """中村様

ご連絡ありがとうございます。はい、それでお願いします。

峯岸

> 2025/06/04 9:36、AWS Training and Certification <%s>のメール:
>
""" % TC + quote(jc)
    G['ur'] = '<%s@gmail.com>' % H('g3', 32).upper()
    add(L('user_reply', case=CASE_G), d, addr(ME_JA, ME_P, 'iso-2022-jp'), addr('AWS Training and Certification', TC),
        S_G, text(ur, 'plain', 'iso-2022-jp', '7bit'), G['ur'], irt=G['jc'], refs='%s %s' % (G['ack'], G['jc']),
        extra=[('X-Mailer', 'iPhone Mail (22E252)')])

    # English follow-up asking to confirm precisely (second confirmation request)
    d = D('2025-06-05 02:09:57')
    c2 = """Hello Yuto,

Thank you for your reply. I'm a colleague of Nakamura-san and will carry out the merge.

Because both accounts sign in with the same email address, I want to be completely sure we keep
the right one. Is AWS50293318, the account holding your three certifications, the one to keep,
and may AWS50617742, which has no exam history, be closed? A short "yes" is enough.

Best regards,
Grace
%s
""" % SIG_TC
    G['c2'] = ses_mid('g4')
    add(L('confirmation_request', True, CASE_G, [NEW_ID, STRAY_ID]), d, addr('AWS Training and Certification', TC), ME_P, S_G,
        text(c2 + FOOT_TC, 'plain', 'us-ascii', '7bit'), G['c2'], irt=G['ur'],
        refs='%s %s %s' % (G['ack'], G['jc'], G['ur']), trace=amazon_trace(d, ME_P))

    d = D('2025-06-05 12:15:21', JST)
    y = """Yes. Keep AWS50293318 and close AWS50617742.

Yuto

On Thu, Jun 5, 2025 at 11:09 AM AWS Training and Certification <%s> wrote:
""" % TC + quote(c2)
    G['y'] = gmail_mid('g5')
    add(L('user_reply', case=CASE_G, cands=[NEW_ID, STRAY_ID]), d, addr(ME_NAME, ME_P), addr('AWS Training and Certification', TC),
        S_G, text(y, 'plain', 'utf-8', '7bit'), G['y'], irt=G['c2'], refs='%s %s %s' % (G['jc'], G['ur'], G['c2']))

    # resolved, Japanese, conditional invitation
    d = D('2025-06-05 07:44:03')
    jd = """峯岸 悠斗 様

ご確認いただき、ありがとうございました。
ご依頼のとおり、アカウント 2 をアカウント 1 に統合いたしました。今後は従来どおり
yuto.minegishi.k@gmail.com でサインインいただくと、すべての認定履歴をご確認いただけます。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信いただければ対応いたします。

中村
AWS トレーニングと認定 カスタマーサービス
"""
    add(L('resolved', case=CASE_G), d, addr('AWS Training and Certification', TC), ME_P, S_G,
        alt(jd, to_html(jd), 'g6'), ses_mid('g6'), irt=G['y'],
        refs='%s %s %s %s' % (G['ack'], G['jc'], G['c2'], G['y']), trace=amazon_trace(d, ME_P))

    # Japanese certification benefits reminder, HTML only
    d = D('2025-06-10 03:00:12')
    cb = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>峯岸 悠斗 様</p>
<p>AWS 認定をご取得いただき、ありがとうございます。<br>
お客様の AWS 認定アカウントには、まだご利用いただいていない特典がございます。</p>
<ul>
<li>次回の AWS 認定試験 50% 割引 (有効期限: 2027 年 12 月 9 日)</li>
<li>AWS Certified ストアでのグッズ購入</li>
<li>AWS 認定者限定ラウンジ (一部イベント会場)</li>
</ul>
<p>特典の詳細は、AWS 認定アカウントの「特典」ページをご覧ください。</p>
<p>AWS 認定</p>
<p style="font-size:11px;color:#888">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>
"""
    add(L('certification'), d, addr('AWS 認定', CERTM), ME_P,
        'AWS 認定: ご利用いただける特典のお知らせ', text(cb, 'html', 'utf-8', 'base64'),
        plain_mid('cm5', 'certmetrics.com'),
        trace=trace_gmail(d, 'certmetrics.com', 'bounces@sg.certmetrics.com', '167.89.55.12', dkim_d='certmetrics.com'))


# =====================================================================
def main():
    part_2023()
    part_2024()
    part_2024b()
    A = part_2025a()
    A = part_2025b(A)
    part_2025c(A)
    part_2025d()
    part_2025e()

    msgs = sorted(MSGS, key=lambda m: m['date'].astimezone(UTC))
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump({'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'],
                       'candidate_ids': m['candidate_ids']}, fh, ensure_ascii=False)
            fh.write('\n')
    counts = Counter(m['kind'] for m in msgs)
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(msgs)))
    print('%-22s %d' % ('needs_reply', sum(m['needs_reply'] for m in msgs)))


if __name__ == '__main__':
    main()
