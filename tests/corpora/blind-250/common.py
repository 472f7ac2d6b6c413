"""Shared helpers for the blind-250 generator (standard library only)."""
import base64
import datetime
import email.utils
import hashlib
import html
import quopri
import re

ME_P = 'daichi.morikawa@kumomail.jp'
ME_C = 'd-morikawa@seiran-systems.co.jp'
ME_NAME = 'Daichi Morikawa'
ME_JA = '森川 大地'

CASE_A = '174165471300517'   # merge case, personal address
CASE_B = '174165726200842'   # duplicate form from company address
CASE_C = '4921836075'        # console case about a missing exam benefit
CASE_D = '174420089000391'   # Japanese case: name on certificate
CASE_E = '24118839070'       # 2023 case, closed long ago
CASE_F = '174519020700266'   # exam appointment on the wrong account

CID_NEW = 'AWS07391264'      # personal (destination) account
CID_OLD = 'AWS03185527'      # company account
CID_SSO = 'AWS05520913'      # stray account made through partner SSO

TC_FROM = 'aws-cs-trainingcertification-form@amazon.com'
TC_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

CS = {
    'utf-8': ('utf-8', 'UTF-8'),
    'iso-2022-jp': ('iso2022_jp', 'ISO-2022-JP'),
    'shift_jis': ('shift_jis', 'Shift_JIS'),
    'us-ascii': ('ascii', 'us-ascii'),
    'windows-1252': ('cp1252', 'windows-1252'),
}


def rdate(s):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S %z')
    return email.utils.format_datetime(dt)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode('utf-8')).hexdigest()[:n]


def ses_id(seed):
    h = hx(seed, 48)
    return '<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:40])


def ew(text, charset='utf-8', chunk=14):
    """RFC 2047 encoded words (B), folded."""
    if all(ord(c) < 128 for c in text):
        return text
    codec, label = CS[charset]
    words = []
    for i in range(0, len(text), chunk):
        b = base64.b64encode(text[i:i + chunk].encode(codec)).decode()
        words.append('=?%s?B?%s?=' % (label, b))
    return '\n '.join(words)


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.()]', name):
            return '"%s" <%s>' % (name, a)
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (ew(name, charset, chunk=40), a)


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', name=None):
    codec, label = CS[charset]
    raw = text.encode(codec)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = 'Content-Type: %s; charset="%s"' % (ctype, label)
    if name:
        ct += ';\n name="%s"' % name
    hs = [ct, 'Content-Transfer-Encoding: %s' % cte]
    if name:
        hs.append('Content-Disposition: attachment;\n filename="%s"' % name)
    return (hs, body)


def multi(sub, parts, seed, style='np'):
    if style == 'np':
        b = '----=_NextPart_%s_%s' % (hx(seed, 4).upper(), hx(seed + 'b', 12).upper())
    elif style == 'g':
        b = '000000000000' + hx(seed, 16)
    else:
        b = '_=_desk_%s_=_' % hx(seed, 20)
    hs = ['Content-Type: multipart/%s;\n boundary="%s"' % (sub, b)]
    body = b''
    for ph, pb in parts:
        body += ('--%s\n' % b).encode() + ('\n'.join(ph) + '\n\n').encode() + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
    body += ('--%s--\n' % b).encode()
    return (hs, body)


def alt(text, htm, seed, charset='utf-8', tcte='quoted-printable', hcte='quoted-printable', style='np'):
    return multi('alternative', [leaf('text/plain', text, charset, tcte),
                                 leaf('text/html', htm, charset, hcte)], seed, style)


def render(top, ent, crlf=False):
    head = '\n'.join(top + ['MIME-Version: 1.0'] + ent[0]) + '\n\n'
    data = head.encode('ascii') + ent[1]
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def inbound(to, mailfrom, fromdom, date, dkim='pass', spf='pass', dmarc='pass',
            dkim_d=None, relay='a27-31.smtp-out.us-west-2.amazonses.com',
            ip='54.240.27.31', sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug'):
    dkim_d = dkim_d or fromdom
    if to.endswith('@kumomail.jp'):
        mx = 'mx2.kumomail.jp'
        pol = 'p=QUARANTINE sp=QUARANTINE'
    else:
        mx = 'mgw01.seiran-systems.co.jp'
        pol = 'action=none'
    seed = to + date + mailfrom
    if dkim == 'none':
        dk = 'dkim=none (message not signed)'
    else:
        dk = 'dkim=%s header.d=%s header.s=%s header.b=%s' % (dkim, dkim_d, sel, hx(seed + 'b', 8))
    return [
        'Return-Path: <%s>' % mailfrom,
        'Delivered-To: %s' % to,
        'Received: from %s (%s [%s])\n\tby %s (KumoMX 3.8) with ESMTPS id %s\n\tfor <%s>; %s'
        % (relay, relay, ip, mx, hx(seed, 12).upper(), to, date),
        'Authentication-Results: %s;\n\t%s;\n'
        '\tspf=%s (%s: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n'
        '\tdmarc=%s (%s) header.from=%s'
        % (mx, dk, spf, mx, mailfrom.split('@')[-1],
           'designates' if spf == 'pass' else 'does not designate', ip, mailfrom, dmarc, pol, fromdom),
    ]


def aws_in(to, date, seed):
    """Inbound headers for genuine amazon.com mail sent through SES."""
    mf = '0100%s-%s-000000@amazonses.com' % (hx(seed, 12), hx(seed + 'm', 8))
    return inbound(to, mf, 'amazon.com', date)


def strip_html(h):
    h = re.sub(r'(?is)<(style|head|title)[^>]*>.*?</\1>', '', h)
    h = re.sub(r'(?is)<div style="display:none[^"]*">.*?</div>', '', h)
    h = re.sub(r'(?i)<br\s*/?>', '\n', h)
    h = re.sub(r'(?i)</(p|tr|h\d|li|blockquote|table)>', '\n', h)
    h = re.sub(r'(?i)</td>', '  ', h)
    h = re.sub(r'<[^>]+>', '', h)
    h = html.unescape(h)
    lines = [ln.strip() for ln in h.split('\n')]
    out = '\n'.join(lines)
    out = re.sub(r'\n{3,}', '\n\n', out)
    return out.strip() + '\n'


def q_text(attrib, text):
    lines = text.rstrip('\n').split('\n')
    return attrib + '\n' + '\n'.join(('> ' + ln) if ln and not ln.startswith('>') else ('>' + ln) for ln in lines) + '\n'


def q_outlook_text(frm, sent, to, subj, text, cc=None):
    s = '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n%s' % (subj, text)


def q_gmail_html(attrib, inner):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (html.escape(attrib), inner))


def q_outlook_html(frm, sent, to, subj, inner):
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            '<p class="MsoNormal"><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br>'
            '<b>Subject:</b> %s</p></div>%s' % (html.escape(frm), sent, html.escape(to), html.escape(subj), inner))


def q_agent_html(label, inner):
    return ('<div style="margin-top:24px;color:#545b64;font-size:12px">%s</div>'
            '<div style="border-left:3px solid #d5dbdb;padding-left:10px;color:#545b64">%s</div>'
            % (html.escape(label), inner))


def p(text):
    """Paragraphs separated by blank lines -> HTML."""
    out = []
    for para in text.strip().split('\n\n'):
        out.append('<p style="margin:0 0 12px 0">%s</p>' % html.escape(para).replace('\n', '<br>'))
    return '\n'.join(out)


BADGE = {
    'Pending customer action': '#d13212', 'Pending Amazon action': '#0073bb',
    'On hold': '#6b4fbb', 'Work in progress': '#1d8102', 'Resolved': '#545b64',
    'Closed': '#545b64', 'Unassigned': '#879596', 'Open': '#0073bb',
    '保留中': '#6b4fbb', 'お客様の対応待ち': '#d13212', '解決済み': '#545b64', '対応中': '#1d8102',
}

PRE_PAD = '&nbsp;&zwnj;' * 40


def tc_desk(case, status, pre, body_html, category='Certification / Account Merge',
            opened='Mar 11, 2025, 00:58 UTC', quoted='', marker=False, lang='en'):
    """HTML-only help-desk style template used for some T&C form case mail."""
    col = BADGE.get(status, '#545b64')
    lbl = {'en': ('Case ID', 'Status', 'Category', 'Opened', 'View case',
                  'Reply to this email to add a comment to your case. Please keep the case ID in the subject line.'),
           'ja': ('ケース ID', 'ステータス', 'カテゴリ', '作成日時', 'ケースを表示',
                  'このメールに返信すると、ケースにコメントが追加されます。件名のケース ID は変更しないでください。')}[lang]
    mk = ''
    if marker:
        mk = ('<div style="color:#879596;font-size:11px;padding:6px 20px">'
              '##- Please type your reply above this line -##</div>\n')
    return '''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Case %(case)s</title></head>
<body style="margin:0;padding:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif;color:#16191f">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">%(pre)s%(pad)s</div>
%(mk)s<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 auto;background:#ffffff">
<tr><td style="background:#232f3e;color:#ffffff;padding:14px 20px;font-size:15px">Amazon Web Services &middot; Training and Certification Customer Support</td></tr>
<tr><td style="padding:18px 20px 4px 20px">
<table cellpadding="4" cellspacing="0" style="font-size:13px;border-collapse:collapse">
<tr><td style="color:#545b64;width:110px">%(l0)s</td><td><b>%(case)s</b></td></tr>
<tr><td style="color:#545b64">%(l1)s</td><td><span style="display:inline-block;background:%(col)s;color:#ffffff;border-radius:10px;padding:2px 10px;font-size:12px">%(status)s</span></td></tr>
<tr><td style="color:#545b64">%(l2)s</td><td>%(cat)s</td></tr>
<tr><td style="color:#545b64">%(l3)s</td><td>%(opened)s</td></tr>
</table></td></tr>
<tr><td style="padding:8px 20px 0 20px;font-size:14px;line-height:1.5">
%(body)s
</td></tr>
<tr><td style="padding:6px 20px 18px 20px"><a href="https://support.aws.amazon.com/#/contacts/case?caseId=%(case)s" style="display:inline-block;background:#ec7211;color:#ffffff;text-decoration:none;padding:9px 18px;border-radius:2px;font-size:14px">%(l4)s</a></td></tr>
<tr><td style="padding:0 20px 18px 20px;font-size:13px">%(quoted)s</td></tr>
<tr><td style="background:#f2f3f3;color:#687078;font-size:11px;padding:14px 20px">%(l5)s<br>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</td></tr>
</table></body></html>
''' % dict(case=case, pre=pre, pad=PRE_PAD, mk=mk, col=col, status=status, cat=category,
           opened=opened, body=body_html, quoted=quoted, l0=lbl[0], l1=lbl[1], l2=lbl[2],
           l3=lbl[3], l4=lbl[4], l5=lbl[5])


def tc_plainhtml(body_html, quoted=''):
    """Agent-written mail rendered as simple HTML (no case card)."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</div>\n'
            '<div style="font-size:9pt;color:#777">Amazon Web Services, Inc. and its affiliates. '
            'All rights reserved. This message and any attachments are confidential.</div>\n%s\n'
            '</body></html>\n' % (body_html, quoted))


def tc_top(to, date, seed, subject, cc=None, irt=None, refs=None, frm=None, extra=None):
    d = rdate(date)
    top = aws_in(to, d, seed)
    top.append('From: %s' % (frm or addr('Amazon Web Services', TC_FROM)))
    top.append('To: %s' % to)
    if cc:
        top.append('Cc: %s' % cc)
    top.append('Subject: %s' % subject)
    top.append('Date: %s' % d)
    top.append('Message-ID: %s' % ses_id(seed))
    if irt:
        top.append('In-Reply-To: %s' % irt)
    if refs:
        top.append('References: %s' % refs)
    top.append('X-SES-Outgoing: 2025.%s' % hx(seed, 6))
    top.append('Feedback-ID: 1.us-west-2.%s=:AmazonSES' % hx(seed + 'f', 20))
    return top + (extra or [])


def sent_top(frm, to, date, subject, mid, cc=None, irt=None, refs=None, ua='KumoMail Web 5.2'):
    top = ['From: %s' % frm, 'To: %s' % to]
    if cc:
        top.append('Cc: %s' % cc)
    top += ['Subject: %s' % subject, 'Date: %s' % rdate(date), 'Message-ID: %s' % mid]
    if irt:
        top.append('In-Reply-To: %s' % irt)
    if refs:
        top.append('References: %s' % refs)
    top.append(('X-Mailer: %s' if 'Outlook' in ua else 'User-Agent: %s') % ua)
    return top


def lab(kind, reply=False, case=None, cids=()):
    return {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cids)}


def M(eml, label, what, hard):
    return {'eml': eml, 'label': label, 'what': what, 'hard': hard}


# Message-IDs reused across parts for threading
MID = {k: ses_id('mid-' + k) for k in (
    'A1', 'A2', 'A3b', 'A4', 'A5', 'A6', 'A8', 'A9', 'A11b', 'A11d', 'A12', 'B1', 'B2',
    'C1', 'C2', 'C3', 'C4', 'D1', 'D2', 'D2b', 'E0', 'F1', 'F2')}
MID.update({
    'A3': '<CAK7m2Qe8hRk1%s@mail.kumomail.jp>' % hx('A3', 10),
    'A7': '<TYCPR01MB%s@TYCPR01MB.jpnprd01.seiran-systems.co.jp>' % hx('A7', 10).upper(),
    'A10': '<CAK7m2Qe8hRk1%s@mail.kumomail.jp>' % hx('A10', 10),
    'A11c': '<CAK7m2Qe8hRk1%s@mail.kumomail.jp>' % hx('A11c', 10),
    'D3': '<20250414.%s@mail.kumomail.jp>' % hx('D3', 10),
    'E1': '<CAK7m2Qe8hRk1%s@mail.kumomail.jp>' % hx('E1', 10),
    'F3': '<CAK7m2Qe8hRk1%s@mail.kumomail.jp>' % hx('F3', 10),
})
