#!/usr/bin/env python3
"""Blind corpus generator: AWS T&C support-case mailbox, MIME-as-it-arrives theme.

Standard library only.  Run `python3 gen.py` from anywhere; files are written next to
this script as NNN-msg.eml / NNN-msg.json plus README.md.
"""
import base64
import datetime as _dt
import json
import os
import quopri
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = '\ue000'   # where a quoted-printable soft line break is forced

ME_NAME = 'Kaito Minegishi'
ME_P = 'kaito.minegishi.jp@gmail.com'          # personal (Gmail)
ME_C = 'k-minegishi@tsurugi-tech.co.jp'        # company (Microsoft 365, closes 2025-03-31)
FORM = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

CASE_A = '174217035100427'   # form case, merge company -> personal, APN hold, reopened later
CASE_B = '174218840200913'   # duplicate form case opened from the company address
CASE_C = '174366302100185'   # Support Center (console) case: 50% voucher missing
CASE_E = '174407041800562'   # form case: stray 2019 account, contact typed as old address
OLD_CASE = '8790213364'      # 2021 case, only inside an attached old mail

CID_OLD = 'AWS03817264'      # company certification account
CID_NEW = 'AWS11940357'      # personal certification account (kept)
CID_STRAY = 'AWS07735120'    # 2019 account made with the personal address

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

CODECS = {'UTF-8': 'utf-8', 'utf-8': 'utf-8', 'ISO-2022-JP': 'iso2022_jp',
          'iso-2022-jp': 'iso2022_jp', 'Shift_JIS': 'shift_jis', 'us-ascii': 'ascii',
          'windows-1252': 'cp1252', 'ISO-8859-1': 'latin-1'}

MESSAGES = []   # (raw bytes, label dict, note)


# ---------------------------------------------------------------- encodings
def qp(text, charset='utf-8'):
    """Quoted-printable with soft breaks forced where MARK sits (and at 75 cols)."""
    out = []
    for line in text.split('\n'):
        chars = list(line)
        units = []
        for i, ch in enumerate(chars):
            if ch == MARK:
                units.append(None)
                continue
            s = ''
            for byte in ch.encode(charset):
                if byte in (9, 32):
                    rest = ''.join(c for c in chars[i + 1:] if c != MARK)
                    s += ('=%02X' % byte) if rest == '' else chr(byte)
                elif 33 <= byte <= 126 and byte != 61:
                    s += chr(byte)
                else:
                    s += '=%02X' % byte
            units.append(s)
        cur = ''
        for u in units:
            if u is None:
                out.append(cur + '=')
                cur = ''
                continue
            if len(cur) + len(u) > 75:
                out.append(cur + '=')
                cur = ''
            cur += u
        out.append(cur)
    enc = '\n'.join(out)
    assert quopri.decodestring(enc.encode()) == text.replace(MARK, '').encode(charset), 'qp'
    return enc


def b64(data):
    return base64.encodebytes(data).decode('ascii')


def ew(text, cs='UTF-8', enc='B'):
    """One RFC 2047 encoded word."""
    data = text.encode(CODECS[cs])
    if enc == 'B':
        return '=?%s?B?%s?=' % (cs, base64.b64encode(data).decode())
    s = ''
    for byte in data:
        c = chr(byte)
        if byte == 32:
            s += '_'
        elif c.isalnum() and byte < 128 or c in '!*+-/.,:[]()#':
            s += c
        else:
            s += '=%02X' % byte
    return '=?%s?Q?%s?=' % (cs, s)


def ews(text, cs='UTF-8', enc='B', n=14):
    """Several encoded words, folded; text cut every n characters."""
    chunks = [text[i:i + n] for i in range(0, len(text), n)]
    return '\n '.join(ew(c, cs, enc) for c in chunks)


def addr(name, email_, cs=None, enc='B'):
    if name is None:
        return email_
    if cs:
        return '%s <%s>' % (ew(name, cs, enc), email_)
    if any(c in name for c in ',.@&()'):
        return '"%s" <%s>' % (name, email_)
    return '%s <%s>' % (name, email_)


def date(s, tz='+0000'):
    d = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    sign = 1 if tz[0] == '+' else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = d.replace(tzinfo=_dt.timezone(off))
    return d.strftime('%a, %d %b %Y %H:%M:%S ') + tz


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes

    def raw(self):
        h = ''.join('%s: %s\n' % (k, v) for k, v in self.headers)
        h.encode('ascii')
        return h.encode('ascii') + b'\n' + self.body


def text(t, sub='plain', cs='UTF-8', cte='quoted-printable', extra=(), ctparams=''):
    codec = CODECS[cs]
    if cte == 'quoted-printable':
        body = qp(t, codec).encode('ascii')
    elif cte == 'base64':
        body = b64(t.replace(MARK, '').encode(codec)).encode('ascii')
    else:
        body = t.replace(MARK, '').encode(codec)
    if not body.endswith(b'\n'):
        body += b'\n'
    hs = [('Content-Type', 'text/%s; charset="%s"%s' % (sub, cs, ctparams)),
          ('Content-Transfer-Encoding', cte)] + list(extra)
    return Part(hs, body)


def html(t, cs='UTF-8', cte='quoted-printable', extra=()):
    return text(t, 'html', cs, cte, extra)


_bcount = [0]


def multi(sub, parts, preamble=None, params=''):
    _bcount[0] += 1
    bnd = '%s_%04d_%08x' % (['----=_Part', '000000000000', '_=_NextPart_001', '--b1'][
        _bcount[0] % 4], _bcount[0], (_bcount[0] * 2654435761) & 0xffffffff)
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n'
    for p in parts:
        body += b'--' + bnd.encode() + b'\n' + p.raw() + b'\n'
    body += b'--' + bnd.encode() + b'--\n'
    return Part([('Content-Type', 'multipart/%s; boundary="%s"%s' % (sub, bnd, params))], body)


def attach_msg(raw, filename=None, inline=False):
    hs = [('Content-Type', 'message/rfc822')]
    if filename:
        hs.append(('Content-Disposition', '%s; filename="%s"' % (
            'inline' if inline else 'attachment', filename)))
    else:
        hs.append(('Content-Disposition', 'inline' if inline else 'attachment'))
    return Part(hs, raw.replace(b'\r\n', b'\n'))


def binary(data, ctype, filename, inline=False, cid=None):
    hs = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
          ('Content-Transfer-Encoding', 'base64'),
          ('Content-Disposition', '%s; filename="%s"' % ('inline' if inline else 'attachment',
                                                          filename))]
    if cid:
        hs.append(('Content-ID', '<%s>' % cid))
    return Part(hs, b64(data).encode('ascii'))


PNG = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')
PDF = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]'
       b'/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 842 595]>>endobj\n'
       b'trailer<</Root 1 0 R>>\n%%EOF\n')


def build(headers, part, crlf=False):
    """Whole message: top headers + MIME-Version + the root part."""
    hs = list(headers) + [('MIME-Version', '1.0')] + part.headers
    raw = Part(hs, part.body).raw()
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def add(raw, kind, needs, case, cids, note):
    MESSAGES.append((raw, {'kind': kind, 'needs_reply': needs, 'case': case,
                           'candidate_ids': list(cids)}, note))


# ---------------------------------------------------------------- header helpers
def ar_gmail(dom, mailfrom, dkim='pass', spf='pass', dmarc='pass', sel='s1', policy='QUARANTINE'):
    mdom = mailfrom.split('@')[1]
    return ('mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Q%s;\n'
            '       spf=%s (google.com: domain of %s %s) smtp.mailfrom=%s;\n'
            '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s') % (
        dkim, dom, sel, base64.b64encode(mailfrom.encode()).decode()[:8], spf, mailfrom,
        'designates 54.240.8.%d as permitted sender' % (len(mailfrom) % 200)
        if spf == 'pass' else 'does not designate 185.220.101.%d as permitted sender' %
        (len(mailfrom) % 200), mdom, dmarc, policy, policy,
        'NONE' if dmarc == 'pass' else policy, dom)


def ar_m365(dom, mailfrom, dkim='pass', spf='pass', dmarc='pass'):
    return ('spf=%s (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=%s (signature was '
            'verified) header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100'
            ) % (spf, len(dom) * 7 % 250, mailfrom.split('@')[1], dkim, dom, dmarc, dom)


def ses_id(seed, t='email.amazonses.com'):
    h = '%016x' % ((seed * 0x9E3779B97F4A7C15) & 0xffffffffffffffff)
    return '<0100019%s-%s-%s-%s-%s-000000@%s>' % (h[:9], h[:8], h[8:12], h[12:16],
                                                    h[:4] + h[10:16] + h[2:4], t)


def gmail_id(seed):
    h = base64.urlsafe_b64encode(('%020d' % (seed * 7919)).encode()).decode().rstrip('=')
    return '<CAK%s+q=Ym@mail.gmail.com>' % h[:30]


def outlook_id(seed):
    return '<TYCPR01MB%05d%s@TYCPR01MB%05d.jpnprd01.prod.outlook.com>' % (
        seed % 100000, ('%08X' % (seed * 48271 & 0xffffffff)), (seed * 3) % 100000)


def form_hdrs(seq, when, to, subj, msgid, tz='+0000', irt=None, refs=None, name=None,
              to_company=False, extra=()):
    """Headers of a genuine T&C form-case mail from support."""
    hs = [('Return-Path', '<0100019%07x@amazonses.com>' % seq)]
    if to_company:
        hs.append(('Authentication-Results', ar_m365('amazon.com', 'b@amazonses.com')))
    else:
        hs.append(('Authentication-Results', ar_gmail('amazon.com', 'bounce@amazonses.com')))
    hs += [('Date', date(when, tz)),
           ('From', name or FORM),
           ('To', to),
           ('Message-ID', msgid),
           ('Subject', subj)]
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', refs))
    hs += list(extra)
    hs.append(('X-SES-Outgoing', '2025.%s-54.240.8.%d' % (when[5:10].replace('-', '.'),
                                                        seq % 250)))
    return hs


def console_hdrs(seq, when, subj, msgid, tz='+0000'):
    return [('Return-Path', '<0100019%07x@amazonses.com>' % (seq + 5000)),
            ('Authentication-Results', ar_gmail('amazon.com', 'bounce@amazonses.com')),
            ('Date', date(when, tz)),
            ('From', 'Amazon Web Services <%s>' % CONSOLE),
            ('To', ME_P),
            ('Message-ID', msgid),
            ('Subject', subj)]


CONSOLE_FOOT = (
    'Please do not reply to this e-mail; this mailbox cannot accept incoming e-mails. '
    'To respond, sign in to the Support Center:\n'
    'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n')


LOGO = ('<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/'
        'PB_AWS_logo_RGB_REV_SQ.png" alt="Amazon Web Services" width="64" height="38">')


def aws_wrap(inner, title='AWS Training and Certification', lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n<title>%s</title></head>\n'
            '<body style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
            'color:#16191f">\n<table width="100%%" cellpadding="0" cellspacing="0" '
            'role="presentation">\n<tr><td style="background:#232f3e;padding:12px 16px">%s</td></tr>\n'
            '<tr><td style="padding:18px 16px;line-height:1.5">\n%s\n</td></tr>\n'
            '<tr><td style="padding:10px 16px;font-size:11px;color:#687078">Amazon Web Services, '
            'Inc. 410 Terry Avenue North, Seattle, WA 98109</td></tr>\n</table>\n</body></html>'
            ) % (lang, title, LOGO, inner)


IDS = {}

# ---------------------------------------------------------------- 001
IDS[1] = '<1837265.4471.1740990412118@pages.awscloud.com>'
stub = ('このメールは HTML 形式でお送りしています。表示が崩れる場合は、ブラウザでご覧ください。\n'
        'https://pages.awscloud.com/jp-summit-2025-preregistration.html?trk=em_9f2a\n\n'
        '配信停止: https://pages.awscloud.com/communication-preferences\n')
body = aws_wrap(
    '<h1 style="font-size:22px">AWS Summit Japan 2025 事前登録を受け付けています</h1>\n'
    '<p>今年も幕張メッセで 2 日間、150 を超えるセッションと展示をご用意しました。'
    '基調講演の座席には限りがありますので、お早めにお申し込みください。</p>\n'
    '<p><a href="https://pages.awscloud.com/jp-summit-2025-preregistration.html" '
    'style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">'
    '今すぐ登録する</a></p>\n<p style="font-size:12px">このメールは AWS からのお知らせの受信を'
    '希望された方にお送りしています。<a href="https://pages.awscloud.com/communication-preferences">'
    '配信設定の変更</a></p>', 'AWS Summit Japan 2025', 'ja')
add(build([('Return-Path', '<bounce-marketing@pages.awscloud.com>'),
           ('Authentication-Results', ar_m365('amazon.com', 'bounce@pages.awscloud.com')),
           ('Date', date('2025-03-03 01:00:12')),
           ('From', addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com',
                         'UTF-8')),
           ('To', ME_C),
           ('Message-ID', IDS[1]),
           ('Subject', ews('【AWS Summit Japan 2025】事前登録受付中 ― 基調講演の座席はお早めに',
                           'UTF-8', 'B', 16)),
           ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')],
          multi('alternative', [text(stub, cte='base64'), html(body, cte='base64')])),
    'unrelated', False, None, [],
    'AWS marketing (Japanese). Plain part is a "view in a browser" stub, HTML has a bold '
    '"register now" button. Encoded-word subject and display name. Stub + imperative, but no case.')

# ---------------------------------------------------------------- 002
t = ('Hello Kaito,\n\nYou hold an active AWS Certification, so we would like your view on the '
     'exam experience: scheduling, the testing environment and how you prepared.\n\n'
     'The questionnaire takes about six minutes and is anonymous to the item-writing team:\n'
     'https://aws.certmetrics.com/amazon/survey/cx2025q1\n\n'
     'Candidate ID: %s\n\nThank you for helping shape the programme.\n'
     'AWS Certification\n\nYou are receiving this because "Lend your voice to AWS Certification" '
     'is switched on in your certification profile.\n') % CID_OLD
h = aws_wrap('<p>Hello Kaito,</p><p>You hold an active AWS Certification, so we would like your '
             'view on the exam experience: scheduling, the testing environment and how you '
             'prepared.</p><p><a href="https://aws.certmetrics.com/amazon/survey/cx2025q1">Share '
             'your view (about six minutes)</a></p><p style="color:#555">Candidate ID: %s</p>'
             '<p>Thank you for helping shape the programme.<br>AWS Certification</p>' % CID_OLD,
             'AWS Certification wants to hear from you')
add(build([('Authentication-Results', ar_m365('certmetrics.com', 'bounces@certmetrics.com')),
           ('Date', date('2025-03-05 16:22:40', '-0700')),
           ('From', 'AWS Certification <do-not-reply@certmetrics.com>'),
           ('To', ME_C), ('Message-ID', '<cm.20250305232240.77120@certmetrics.com>'),
           ('Subject', 'AWS Certification wants to hear from you')],
          multi('alternative', [text(t), html(h)])),
    'certification', False, None, [CID_OLD],
    'CertMetrics programme questionnaire. Looks like a survey, but it is programme mail, not '
    'about a support case. Parts agree; candidate ID in both.')

# ---------------------------------------------------------------- 003
t = ('Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n'
     'https://github.com/tsurugi-tech/infra-modules/pull/412#event-16601844\n'
     'You are receiving this because you were mentioned.\n')
h = ('<p>Merged <a href="https://github.com/tsurugi-tech/infra-modules/pull/412">#412</a> into '
     '<code>main</code>.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email '
     'directly, <a href="https://github.com/tsurugi-tech/infra-modules/pull/412#event-16601844">'
     'view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>')
add(build([('Authentication-Results', ar_m365('github.com', 'noreply@github.com')),
           ('Date', date('2025-03-07 02:14:09', '-0800')),
           ('From', 'Shun Arai <notifications@github.com>'),
           ('Reply-To', 'tsurugi-tech/infra-modules <reply+AAQX7PZ3@reply.github.com>'),
           ('To', 'tsurugi-tech/infra-modules <infra-modules@noreply.github.com>'),
           ('Cc', 'Kaito Minegishi <%s>, Mention <mention@noreply.github.com>' % ME_C),
           ('Message-ID', '<tsurugi-tech/infra-modules/pull/412/issue_event/16601844@github.com>'),
           ('In-Reply-To', '<tsurugi-tech/infra-modules/pull/412@github.com>'),
           ('Subject', 'Re: [tsurugi-tech/infra-modules] Merge account-baseline module into '
                       'main (PR #412)')],
          multi('alternative', [text(t, cte='7bit'), html(h, cte='7bit')])),
    'unrelated', False, None, [],
    'GitHub "Merged" notification: merge vocabulary, no support case.')

# ---------------------------------------------------------------- 004
t = ('峰岸さん\n\nお疲れさまです。栗林です。\n'
     '3月末でご退職と伺いましたので、チームで送別会を開きたいと考えています。\n'
     '候補日は 3月26日(水)と 3月27日(木)です。\n'
     'どちらがご都合よろしいでしょうか。今週中にご返信いただけると助かります。\n\n'
     'お店は品川駅の近くで探しています。苦手な食べ物があれば教えてください。\n\n'
     '栗林 由佳\n株式会社ツルギテクノロジーズ 人事総務部\n')
add(build([('Date', date('2025-03-10 12:41:03', '+0900')),
           ('From', addr('栗林 由佳', 'y-kuribayashi@tsurugi-tech.co.jp', 'ISO-2022-JP')),
           ('To', addr('峰岸 海斗', ME_C, 'ISO-2022-JP')),
           ('Message-ID', outlook_id(40411)),
           ('Subject', ews('送別会の日程について', 'ISO-2022-JP', 'B', 10)),
           ('X-Mailer', 'Microsoft Outlook 16.0')],
          text(t, cs='ISO-2022-JP', cte='7bit')),
    'unrelated', False, None, [],
    'Colleague asks which farewell-party date suits (ISO-2022-JP body, encoded display names). '
    'A genuine request to reply, but not from support.')

# ---------------------------------------------------------------- 005
t = ('Verify your AWS Builder ID email address\n\nVerification code: 482913\n\n'
     'This code expires 10 minutes after it was sent. If you did not try to create an AWS '
     'Builder ID, ignore this message.\n')
h = ('<div style="font-family:Arial;max-width:560px"><h2>Verify your AWS Builder ID email address'
     '</h2><p>Verification code:</p><p style="font-size:28px;letter-spacing:4px"><b>482913</b></p>'
     '<p>This code expires 10 minutes after it was sent. If you did not try to create an AWS '
     'Builder ID, ignore this message.</p></div>')
add(build([('Authentication-Results', ar_gmail('signin.aws', 'bounce@signin.aws')),
           ('Date', date('2025-03-14 11:03:51')),
           ('From', 'AWS <no-reply@signin.aws>'), ('To', ME_P),
           ('Message-ID', ses_id(5)),
           ('Subject', 'Verify your AWS Builder ID email address')],
          multi('alternative', [text(t, cte='7bit'), html(h, cte='base64')])),
    'unrelated', False, None, [],
    'Builder ID one-time code (6 digits, not a case number). Parts agree.')

# ---------------------------------------------------------------- 006  ack A
IDS[6] = ses_id(6)
stub = ('This message is formatted in HTML. If it does not display correctly, open it in a mail '
        'program that can show HTML content.\n')
h = aws_wrap(
    '<p>Hello Kaito,</p>\n<p>Thank you for reaching out to AWS Training and Certification. Your '
    'request has been logged as case <b>%s</b>.</p>\n<p>Someone from our team normally writes back '
    'within one business day, although some requests take longer while we research them.</p>\n'
    '<p>To keep things moving, please do not submit the form again for this same request; a new '
    'submission creates a separate case and sends it to the back of the queue.</p>\n'
    '<p><b>What you sent us</b></p>\n<table cellpadding="4" style="border-collapse:collapse;'
    'border:1px solid #d5dbdb">\n<tr><td>Inquiry type</td><td>Certification</td></tr>\n'
    '<tr><td>Additional detail</td><td>Account Merge</td></tr>\n<tr><td>Description</td><td>I am '
    'leaving Tsurugi Technologies at the end of March and would like my certification records '
    'moved from my company account (%s, k-minegishi@tsurugi-tech.co.jp) to my personal account '
    '(%s, kaito.minegishi.jp@gmail.com). Please keep the personal address on file.</td></tr>\n'
    '</table>\n<p>Best regards,<br>AWS Training and Certification</p>' % (CASE_A, CID_OLD,
                                                                          CID_NEW))
add(build(form_hdrs(6, '2025-03-17 00:14:07', ME_P,
                    '[CASE %s] %s' % (CASE_A, FORM_SUBJ), IDS[6]),
          multi('alternative', [text(stub, cte='7bit'), html(h)])),
    'acknowledgement', False, CASE_A, [CID_OLD, CID_NEW],
    'Acknowledgement whose whole content (case number, 24-hour promise, do-not-resubmit) is only '
    'in the HTML part; the plain part is an "HTML required" stub. Echoes the form with two '
    'candidate IDs.')

# ---------------------------------------------------------------- 007  ack B (Japanese)
IDS[7] = ses_id(7)
t = ('峰岸 海斗 様\n\n'
     'AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n'
     'お問い合わせはケース %s として受け付けました。\n\n'
     '担当者から通常 24 時間以内にご連絡いたします。調査の内容によっては、もう少しお時間を'
     '頂戴することがございます。\n'
     '同じ内容のお問い合わせを重ねて送信されますと、別のケースとして扱われ、かえって回答が'
     '遅れる場合がございます。恐れ入りますが、ご遠慮くださいますようお願いいたします。\n\n'
     '―――― お問い合わせ内容 ――――\n'
     'お問い合わせタイプ: 認定\nその他の詳細: アカウントの統合\n'
     '内容: 退職のため、会社のメールアドレスで作った認定アカウント(%s)を、'
     '個人のアカウントへまとめたいです。\n'
     '――――――――――――――――\n\nAWS トレーニングと認定\n') % (CASE_B, CID_OLD)
add(build(form_hdrs(7, '2025-03-17 04:02:33', ME_C,
                    '[CASE %s] %s' % (CASE_B, FORM_SUBJ), IDS[7], to_company=True),
          text(t, cs='ISO-2022-JP', cte='7bit')),
    'acknowledgement', False, CASE_B, [CID_OLD],
    'Second (duplicate) form case acknowledged in Japanese, ISO-2022-JP 7bit, to the company '
    'address. Keigo "ご遠慮ください" is a plea, not a question.')

# ---------------------------------------------------------------- 008  user_reply B
IDS[8] = outlook_id(80808)
t = ('Hello,\n\nI sent this form a second time by mistake. The same request is already open as '
     'case %s, filed from my personal address. Could you close this one and keep working on the '
     'other?\n\nSorry for the noise.\nKaito Minegishi\n\n'
     '________________________________\n'
     'From: %s <%s>\nSent: Monday, March 17, 2025 1:02 PM\nTo: k-minegishi <%s>\n'
     'Subject: [CASE %s] %s\n\n') % (CASE_A, FORM, FORM, ME_C, CASE_B, FORM_SUBJ)
q = t + '峰岸 海斗 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n' \
        'お問い合わせはケース %s として受け付けました。\n' % CASE_B
hq = ('<div dir="ltr"><p>Hello,</p><p>I sent this form a second time by mistake. The same request '
      'is already open as case %s, filed from my personal address. Could you close this one and '
      'keep working on the other?</p><p>Sorry for the noise.<br>Kaito Minegishi</p></div>\n'
      '<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" '
      'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> %s &lt;%s'
      '&gt;<br><b>Sent:</b> Monday, March 17, 2025 1:02 PM<br><b>To:</b> k-minegishi &lt;%s&gt;'
      '<br><b>Subject:</b> [CASE %s] %s</font></div>\n<div>峰岸 海斗 様<br><br>AWS トレーニングと認定に'
      'お問い合わせいただき、ありがとうございます。<br>お問い合わせはケース %s として受け付けました。'
      '</div>') % (CASE_A, FORM, FORM, ME_C, CASE_B, FORM_SUBJ, CASE_B)
add(build([('Date', date('2025-03-17 13:20:44', '+0900')),
           ('From', 'k-minegishi <%s>' % ME_C), ('To', FORM),
           ('Message-ID', IDS[8]), ('In-Reply-To', IDS[7]), ('References', IDS[7]),
           ('Subject', 'RE: [CASE %s] %s' % (CASE_B, FORM_SUBJ)),
           ('Thread-Topic', '[CASE %s] %s' % (CASE_B, FORM_SUBJ)),
           ('Content-Language', 'en-US'),
           ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
          multi('alternative', [text(q, cte='base64'), html(hq, cte='base64')])),
    'user_reply', False, CASE_B, [],
    'Owner (company address, Outlook) asks support to close the duplicate. Mentions the other '
    'case number first; base64 parts; Japanese quoted original under an Outlook header block.')

# ---------------------------------------------------------------- 009  Shift_JIS newsletter
t = ('━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n'
     '  クラウド実践ニュース 第212号  2025年3月18日\n'
     '━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n'
     '■今週の特集:転職シーズンの「認定アカウント」引っ越し\n'
     '春は異動や転職の季節です。会社のメールアドレスで取得した資格を個人側へ移す'
     '手続きについて、読者の体験談を三つ集めました。\n'
     '統合の依頼はサポートフォームから行い、届いた確認メールに返信すると完了する、'
     'という流れが多いようです。詳しくはWeb版をご確認ください。\n'
     'https://cloud-jissen.jp/n/212/cert-move\n\n'
     '■セミナー案内\n'
     '「はじめてのコスト最適化」4月10日(木)19:00〜 オンライン\n'
     'お申し込みはこちら: https://cloud-jissen.jp/events/0410\n\n'
     '────────────────────────────\n'
     '配信停止・アドレス変更をご希望の方は、以下のページからお手続きください。\n'
     'https://cloud-jissen.jp/mypage/mail\n'
     '発行:クラウド実践ニュース編集部\n')
add(build([('Authentication-Results', ar_m365('cloud-jissen.jp', 'mag@cloud-jissen.jp')),
           ('Date', date('2025-03-18 08:00:02', '+0900')),
           ('From', addr('クラウド実践ニュース', 'mag@cloud-jissen.jp', 'ISO-2022-JP')),
           ('To', ME_C), ('Message-ID', '<20250318080002.212.mag@cloud-jissen.jp>'),
           ('Subject', ew('【週刊】認定アカウントの引っ越し体験談 ほか', 'Shift_JIS', 'B')),
           ('List-Unsubscribe', '<https://cloud-jissen.jp/mypage/mail>')],
          text(t, cs='Shift_JIS', cte='8bit')),
    'unrelated', False, None, [],
    'Japanese newsletter in Shift_JIS (8bit) with a Shift_JIS encoded-word subject; talks about '
    'merging certification accounts and says ご確認ください / お手続きください.')

# ---------------------------------------------------------------- 010  case_update B
IDS[10] = ses_id(10)
t = ('Hello Kaito,\n\nThanks for telling us. I have marked this case as a dupli' + MARK +
     'cate of case 17421703' + MARK + '5100427 and closed it here; your request stays open '
     'there and every further update will come on that case.\n\nThere is nothing you need to do '
     'on this one.\n\nKind regards,\nHaruto\nAWS Training and Certification\n\n'
     '> I sent this form a second time by mistake. The same request is already open as\n'
     '> case %s, filed from my personal address. Could you close this one and keep\n'
     '> working on the other?\n') % CASE_A
h = aws_wrap('<p>Hello Kaito,</p><p>Thanks for telling us. I have marked this case as a dupli' +
             MARK + 'cate of case 17421703' + MARK + '5100427 and closed it here; your request '
             'stays open there and every further update will come on that case.</p><p>There is '
             'nothing you need to do on this one.</p><p>Kind regards,<br>Haruto<br>AWS Training '
             'and Certification</p><blockquote style="border-left:2px solid #ccc;padding-left:8px;'
             'color:#555">I sent this form a second time by mistake. The same request is already '
             'open as case %s, filed from my personal address. Could you close this one and keep '
             'working on the other?</blockquote>' % CASE_A)
add(build(form_hdrs(10, '2025-03-18 01:31:17', ME_C,
                    'RE: [CASE %s] %s' % (CASE_B, FORM_SUBJ), IDS[10], irt=IDS[8],
                    refs='%s %s' % (IDS[7], IDS[8]), to_company=True),
          multi('alternative', [text(t), html(h)])),
    'case_update', False, CASE_B, [],
    'Duplicate case closed and pointed at the main case. Quoted-printable soft breaks fall inside '
    '"duplicate" and inside the other case number; the owner\'s question is quoted below.')

# ---------------------------------------------------------------- 011  on_hold A (HTML only)
IDS[11] = ses_id(11)
h = aws_wrap(
    '<p>Hi Kaito,</p>\n<p>Thank you for your patience while we looked into this.</p>\n'
    '<p>The certification account registered to k-minegishi@tsurugi-tech.co.jp (Candidate ID '
    '%s) is linked to an organization in the AWS Partner Network:</p>\n'
    '<table cellpadding="5" style="border-collapse:collapse;border:1px solid #d5dbdb">\n'
    '<tr style="background:#f2f3f3"><th align="left">Partner organization</th><th align="left">'
    'Linked since</th><th align="left">Status</th></tr>\n<tr><td>Tsurugi Technologies K.K.</td>'
    '<td>2021-06-02</td><td>Active</td></tr>\n</table>\n'
    '<p>Partner organizations count the certifications of their staff toward their program tier, '
    'so records cannot be moved away from a linked account while that link is active. I have '
    'therefore put your case on hold. The link is removed either by your company\'s Partner '
    'Central administrator or when the partner updates its roster after your departure; we will '
    'pick the request up again as soon as it is gone, and there is no need to file a new one.</p>\n'
    '<p>It would help us plan the next step to know whether you are still employed at Tsurugi '
    'Technologies and, if so, the date of your last working day.</p>\n'
    '<p>Best regards,<br>Priyanka R.<br>AWS Training and Certification</p>' % CID_OLD)
add(build(form_hdrs(11, '2025-03-18 07:45:52', ME_P,
                    'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ), IDS[11], irt=IDS[6], refs=IDS[6],
                    name='AWS Training and Certification <%s>' % FORM),
          html(h)),
    'on_hold', True, CASE_A, [CID_OLD],
    'HTML-only partner hold (no text/plain part at all). The question about employment and the '
    'last working day is worded as "it would help us to know", buried after the explanation.')

# ---------------------------------------------------------------- 012  other vendor solved
t = ('##- Please type your reply above this line -##\n\n'
     'Your request (58213) has been solved. To reopen it, simply reply to this email.\n\n'
     'Marta (Nimbus CI Support)\nMar 18, 2025, 09:04 CET\n\n'
     'The monthly runner-minute counter for organisation "tsurugi-tech" has been reset; the '
     'overage was caused by a billing-cycle mismatch on our side and will not be charged.\n\n'
     'How would you rate the support you received?\nGood, I\'m satisfied: '
     'https://nimbusci.zendesk.com/requests/58213/satisfaction/good\n'
     'Bad, I\'m unsatisfied: https://nimbusci.zendesk.com/requests/58213/satisfaction/bad\n')
h = ('<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
     '<p>Your request (58213) has been solved. To reopen it, simply reply to this email.</p>'
     '<table><tr><td><b>Marta</b> (Nimbus CI Support)<br><span style="color:#999">Mar 18, 2025, '
     '09:04 CET</span><p>The monthly runner-minute counter for organisation "tsurugi-tech" has '
     'been reset; the overage was caused by a billing-cycle mismatch on our side and will not be '
     'charged.</p></td></tr></table><p>How would you rate the support you received?<br>'
     '<a href="https://nimbusci.zendesk.com/requests/58213/satisfaction/good">Good, I\'m '
     'satisfied</a> &middot; <a href="https://nimbusci.zendesk.com/requests/58213/satisfaction/'
     'bad">Bad, I\'m unsatisfied</a></p>')
add(build([('Authentication-Results', ar_m365('nimbusci.zendesk.com', 'support@nimbusci.zendesk.com')),
           ('Date', date('2025-03-18 09:05:31', '+0100')),
           ('From', 'Nimbus CI Support <support@nimbusci.zendesk.com>'), ('To', ME_C),
           ('Message-ID', '<Q7XK2M0P_67d92a1b8c4e1_1f3a2_sprut@zendesk.com>'),
           ('Subject', '[Nimbus CI] Re: Runner minutes not resetting')],
          multi('alternative', [text(t), html(h)])),
    'unrelated', False, None, [],
    'Another vendor\'s Zendesk "solved, reply to reopen" with a rating link: closing and survey '
    'vocabulary outside AWS.')

# ---------------------------------------------------------------- 013  user_reply A (Gmail)
IDS[13] = gmail_id(13)
t = ('Hi Priyanka,\n\nYes, I am still employed there for a few more days. My last working day '
     'at Tsurugi Technologies is March 31, 2025, and the company mailbox closes the same day.\n\n'
     'I have also asked our Partner Central administrator to remove the link for my old '
     'account (AWS0381' + MARK + '7264). Please keep everything on my personal account.\n\n'
     'Best regards,\nKaito Minegishi\n\n'
     'On Tue, Mar 18, 2025 at 4:45 PM AWS Training and Certification <\n%s> wrote:\n\n'
     '> Hi Kaito,\n>\n> Thank you for your patience while we looked into this.\n>\n'
     '> The certification account registered to k-minegishi@tsurugi-tech.co.jp\n'
     '> (Candidate ID %s) is linked to an organization in the AWS Partner Network:\n'
     '> ...\n> It would help us plan the next step to know whether you are still employed\n'
     '> at Tsurugi Technologies and, if so, the date of your last working day.\n>\n'
     '> Best regards,\n> Priyanka R.\n') % (FORM, CID_OLD)
h = ('<div dir="ltr"><div>Hi Priyanka,</div><div><br></div><div>Yes, I am still employed there '
     'for a few more days. My last working day at Tsurugi Technologies is March 31, 2025, and the '
     'company mailbox closes the same day.</div><div><br></div><div>I have also asked our Partner '
     'Central administrator to remove the link for my old account (AWS0381' + MARK + '7264). '
     'Please keep everything on my personal account.</div><div><br></div><div>Best regards,</div>'
     '<div>Kaito Minegishi</div></div><br><div class="gmail_quote"><div dir="ltr" '
     'class="gmail_attr">On Tue, Mar 18, 2025 at 4:45 PM AWS Training and Certification &lt;<a '
     'href="mailto:%s">%s</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px '
     '0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><p>Hi Kaito,</p><p>The '
     'certification account registered to k-minegishi@tsurugi-tech.co.jp (Candidate ID %s) is '
     'linked to an organization in the AWS Partner Network.</p><p>It would help us plan the next '
     'step to know whether you are still employed at Tsurugi Technologies and, if so, the date of '
     'your last working day.</p><p>Best regards,<br>Priyanka R.</p></blockquote></div>') % (
    FORM, FORM, CID_OLD)
add(build([('Date', date('2025-03-19 07:58:12', '+0900')),
           ('From', 'Kaito Minegishi <%s>' % ME_P), ('To', FORM),
           ('Message-ID', IDS[13]), ('In-Reply-To', IDS[11]),
           ('References', '%s %s' % (IDS[6], IDS[11])),
           ('Subject', 'Re: RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ))],
          multi('alternative', [text(t), html(h)])),
    'user_reply', False, CASE_A, [CID_OLD],
    'Owner answers the hold question from Gmail. Quoted-printable soft break splits the candidate '
    'ID (AWS0381=/7264); the same ID also appears in the quoted history.')

# ---------------------------------------------------------------- 014  colleague (partner admin)
t = ('峰岸さん\n\nパートナー管理担当の大槻です。\n'
     'ご依頼の件、AWS Partner Central で峰岸さんの認定アカウント(%s)と当社との'
     '紐付けを本日解除しました。\n反映まで少し時間がかかるかもしれません。\n\n'
     'サポートから何か聞かれたら、この日付(3/19)で解除済みと伝えてもらえれば大丈夫です。\n'
     'これまでありがとうございました。\n\n大槻 亮\nアライアンス推進室\n') % CID_OLD
add(build([('Date', date('2025-03-19 11:20:05', '+0900')),
           ('From', addr('大槻 亮', 'r-otsuki@tsurugi-tech.co.jp', 'ISO-2022-JP')),
           ('To', addr('峰岸 海斗', ME_C, 'ISO-2022-JP')),
           ('Cc', ME_P), ('Message-ID', outlook_id(14141)),
           ('Subject', ew('Re: 認定アカウントの紐付け解除のお願い', 'ISO-2022-JP', 'B')),
           ('X-Mailer', 'Microsoft Outlook 16.0')],
          text(t, cs='ISO-2022-JP', cte='7bit')),
    'unrelated', False, None, [CID_OLD],
    'Colleague (partner admin) confirms the Partner Central link is gone. About the case, with a '
    'candidate ID, but from a colleague: nothing for support. ISO-2022-JP subject and names.')

# ---------------------------------------------------------------- 015  case_update A (parts disagree)
IDS[15] = ses_id(15)
stale = ('Hi Kaito,\n\nThe certification account registered to your company address is linked to '
         'an organization in the AWS Partner Network. We need you to tell us whether you are '
         'still employed there and the date of your last working day. Your case remains on hold '
         'until the link is removed.\n\nAWS Training and Certification\n')
h = aws_wrap(
    '<p>Hi Kaito,</p>\n<p>Thanks for the details. Tsurugi Technologies\' Partner Central '
    'administrator has removed the link on their side, and I can confirm the association no '
    'longer shows on account %s.</p>\n<p>The hold is lifted. Your request is back with the '
    'accounts team, who will line up the accounts for the merge; we will write again once that '
    'is ready.</p>\n<p>Regards,<br>Tomasz<br>AWS Training and Certification</p>' % CID_OLD)
add(build(form_hdrs(15, '2025-03-20 00:40:26', ME_P,
                    'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ), IDS[15], irt=IDS[13],
                    refs='%s %s %s' % (IDS[6], IDS[11], IDS[13]),
                    name='AWS Training and Certification <%s>' % FORM),
          multi('alternative', [text(stale), html(h)])),
    'case_update', False, CASE_A, [CID_OLD],
    'Hold lifted. The text/plain part is a stale copy of the hold template ("We need you to tell '
    'us ...") while the HTML a reader sees says the hold is lifted and asks nothing.')

# ---------------------------------------------------------------- 016  billing
t = ('Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing '
     'statement is available on the AWS web site. Your account will be charged the following:\n\n'
     'Total: $3.42\n\nYou can see a complete break down of all charges on the Billing and Cost '
     'Management page located here:\nhttps://console.aws.amazon.com/billing/home#/bill\n\n'
     'Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n'
     'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. '
     'North, Seattle, WA 98109-5210\n')
add(build([('Authentication-Results', ar_gmail('amazon.com', 'bounce@amazonses.com')),
           ('Date', date('2025-03-20 03:11:40')),
           ('From', 'Amazon Web Services <%s>' % CONSOLE), ('To', ME_P),
           ('Message-ID', ses_id(16)),
           ('Subject', 'Amazon Web Services Billing Statement Available [Account: 482910337615]')],
          text(t, cte='7bit')),
    'unrelated', False, None, [],
    'AWS billing statement from the same no-reply address the console cases use; a 12-digit '
    'account ID sits where a case number might be expected.')

# ---------------------------------------------------------------- 017  confirmation_request A
IDS[17] = ses_id(17)
stub = ('Your mail program could not display this message. Please view it in a web browser or '
        'in a mail program that supports HTML.\n\nAWS Training and Certification\n')


def acct_table(rows):
    out = ''
    for label, email_, cid in rows:
        out += ('<table cellpadding="4" style="border-collapse:collapse;border:1px solid #d5dbdb;'
                'margin-bottom:10px">\n<tr style="background:#f2f3f3"><td colspan="2"><b>%s</b>'
                '</td></tr>\n<tr><td>Login email</td><td>%s</td></tr>\n<tr><td>Training '
                'notification email</td><td>%s</td></tr>\n<tr><td>Certification notification '
                'email</td><td>%s</td></tr>\n<tr><td>Candidate ID</td><td>%s</td></tr>\n</table>\n'
                ) % (label, email_, email_, email_, cid)
    return out


h = aws_wrap(
    '<p>Hello Kaito,</p>\n<p>The accounts team has lined up the records below for your '
    'request.</p>\n' + acct_table([('Account #1', ME_P, CID_NEW), ('Account #2', ME_C, CID_OLD)]) +
    '<p>Before anything is moved, we need your word on two points: that both accounts belong to '
    'you, and that everything should end up in <b>Account #1</b>. Just reply to this email with '
    'your confirmation. A merge cannot be reversed once it has run.</p>\n'
    '<p>Kind regards,<br>Oluwaseun A.<br>AWS Training and Certification</p>')
subj17 = '\n '.join([ew('RE:[CASE 17421703', 'UTF-8', 'Q'),
                     ew('5100427] [AWS Training and Certification ', 'UTF-8', 'Q'),
                     ew('Form Submission] - account-assistance', 'UTF-8', 'Q')])
add(build(form_hdrs(17, '2025-03-21 06:12:48', ME_P, subj17, IDS[17], irt=IDS[15],
                    refs='%s %s %s' % (IDS[6], IDS[13], IDS[15]),
                    name=addr('AWS Training & Certification – Support', FORM, 'UTF-8', 'Q')),
          multi('alternative', [text(stub, cte='7bit'), html(h)])),
    'confirmation_request', True, CASE_A, [CID_NEW, CID_OLD],
    'The merge confirmation (Account #1 / #2 tables) exists only in the HTML part; the plain part '
    'says the message cannot be displayed. Subject is Q-encoded words with the case number split '
    'across two words; display name is an encoded word with an en dash.')

# ---------------------------------------------------------------- 018  Credly lookalike
stub = 'This message requires an HTML-capable email client.\n'
h = ('<html><body style="font-family:Helvetica,Arial,sans-serif"><div style="max-width:600px;'
     'margin:auto"><img src="https://cdn.credly-badges.net/img/credly-logo.png" alt="Credly">'
     '<h2>Your badge is about to expire</h2><p>Amazon Web Services Training and Certification '
     'issued you a badge, but it has not been claimed. Unclaimed badges are <b>revoked after 48 '
     'hours</b>.</p><p>To keep it, verify your identity with the AWS account you used for the '
     'exam:</p><p><a href="https://credly-badges.net/aws/claim?u=kaito.minegishi.jp" '
     'style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none">Claim my '
     'badge</a></p><p style="font-size:11px;color:#888">Credly, Inc. &middot; You received this '
     'because a badge was issued to this address.</p></div></body></html>')
add(build([('Authentication-Results', ar_gmail('credly-badges.net', 'mailer@credly-badges.net',
                                               policy='NONE')),
           ('Date', date('2025-03-21 21:30:04', '+0000')),
           ('From', 'Credly <notifications@credly-badges.net>'), ('To', ME_P),
           ('Message-ID', '<2b1f0c9e7a.20250321213004@credly-badges.net>'),
           ('Subject', 'Action needed: claim your AWS badge before it expires')],
          multi('alternative', [text(stub, cte='7bit'), html(h)])),
    'suspicious', False, None, [],
    'Credly lookalike domain (credly-badges.net, its own DKIM passes) with an HTML-required stub; '
    'urgent "verify your identity" link.')

# ---------------------------------------------------------------- 019  Pearson VUE, Shift_JIS
t = ('峰岸 海斗 様\n\nこのたびは AWS 認定試験をご予約いただき、ありがとうございます。\n'
     '以下の内容で予約を承りました。\n\n'
     '試験名    : AWS Certified Solutions Architect - Professional (SAP-C02) 日本語\n'
     '登録番号  : 486201937\n'
     '日時      : 2025年4月19日(土) 10:00\n'
     '会場      : 品川テストセンター(東京都港区港南2丁目)\n\n'
     '当日は、有効な本人確認書類を 2 点ご持参ください。開始時刻の 30 分前までにご来場ください。\n'
     '予約の変更・取り消しは、試験開始の 24 時間前までにウェブサイトからお手続きください。\n\n'
     'ピアソンVUE カスタマーサービス\n')
add(build([('Authentication-Results', ar_gmail('pearson.com', 'bounce@pearson.com', policy='REJECT')),
           ('Date', date('2025-03-22 10:15:33', '+0900')),
           ('From', addr('ピアソンVUE', 'pearsonvuecustomerservice@pearson.com', 'ISO-2022-JP')),
           ('To', ME_P), ('Message-ID', '<PV.486201937.20250322011533@pearson.com>'),
           ('Subject', ew('試験予約確認 - AWS Certified Solutions Architect - Professional',
                          'Shift_JIS', 'B'))],
          text(t, cs='Shift_JIS', cte='quoted-printable')),
    'unrelated', False, None, [],
    'Exam vendor booking confirmation: Shift_JIS body in quoted-printable, Shift_JIS encoded '
    'subject, 9-digit registration number.')

# ---------------------------------------------------------------- 020  closing_notice A (plain QP)
IDS[20] = ses_id(20)
t = ('Hello Kaito,\n\nOn March 21 we asked you to confirm the two accounts listed for your merge '
     'request, and we have not heard back yet.\n\nIf no reply reaches us within 72 hours, this '
     'case will be clo' + MARK + 'sed automatically and nothing will be merged. A reply sent '
     'after that still reopens it, but the queue starts over.\n\nTo go ahead, reply to this e-' +
     MARK + 'mail and con' + MARK + 'firm that both accounts are yours and that Account #1 is '
     'the one to keep.\n\nAWS Training and Certification\n\n'
     '-----Original Message-----\nFrom: %s\nSent: 2025-03-21 06:12 UTC\nSubject: RE:[CASE %s] %s\n\n'
     'Account #1\nLogin email: %s\nCandidate ID: %s\n\nAccount #2\nLogin email: %s\n'
     'Candidate ID: %s\n\nBefore anything is moved, we need your word on two points: that both '
     'accounts belong to you, and that everything should end up in Account #1.\n') % (
    FORM, CASE_A, FORM_SUBJ, ME_P, CID_NEW, ME_C, CID_OLD)
add(build(form_hdrs(20, '2025-03-23 06:30:00', ME_P,
                    'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ), IDS[20], irt=IDS[17],
                    refs='%s %s' % (IDS[6], IDS[17])),
          text(t)),
    'closing_notice', True, CASE_A, [],
    'Reminder / closing notice, plain text only, quoted-printable with soft breaks inside '
    '"closed", "e-mail" and "confirm". Candidate IDs appear only in the quoted original.')

# ---------------------------------------------------------------- 021  user_reply A (ISO-2022-JP)
IDS[21] = '<7c1e4a20-5b9d-4e1f-a3c2-9d2f61e0b7aa@gmail.com>'
t = ('Hello Oluwaseun,\n\nConfirmed. Both accounts are mine. Please merge everything into '
     'Account #1 (%s).\nお手数をおかけしますが、よろしくお願いいたします。\n\nKaito Minegishi\n\n'
     'On 2025/03/21 15:12, AWS Training & Certification - Support wrote:\n> Hello Kaito,\n>\n'
     '> The accounts team has lined up the records below for your request.\n>\n> Account #1\n'
     '> Login email %s\n> Candidate ID %s\n>\n> Account #2\n> Login email %s\n'
     '> Candidate ID %s\n>\n> Before anything is moved, we need your word on two points: that\n'
     '> both accounts belong to you, and that everything should end up in Account #1.\n') % (
    CID_NEW, ME_P, CID_NEW, ME_C, CID_OLD)
add(build([('Date', date('2025-03-24 08:10:37', '+0900')),
           ('From', 'Kaito Minegishi <%s>' % ME_P), ('To', FORM),
           ('Message-ID', IDS[21]), ('In-Reply-To', IDS[17]),
           ('References', '%s %s %s' % (IDS[6], IDS[17], IDS[20])),
           ('Subject', 'Re: RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ)),
           ('User-Agent', 'Mozilla Thunderbird')],
          text(t, cs='ISO-2022-JP', cte='7bit', ctparams='; format=flowed; delsp=yes')),
    'user_reply', False, CASE_A, [CID_NEW],
    'Owner confirms from Thunderbird in ISO-2022-JP (format=flowed), English with one Japanese '
    'line; quoted table repeats both IDs.')

# ---------------------------------------------------------------- 022  connpass HTML-only base64
h = ('<html><body><div style="font-family:sans-serif;max-width:640px">'
     '<p>峰岸 海斗 さん</p><p>「JAWS-UG 品川 #41 認定資格ナイト」は明日開催です。</p>'
     '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>日時</th>'
     '<td>2025/03/25(火) 19:00〜21:00</td></tr><tr><th>会場</th><td>品川シーズンテラス 3F'
     '</td></tr><tr><th>受付番号</th><td>41-0087</td></tr></table>'
     '<p>参加できなくなった場合は、イベントページからキャンセルのお手続きをお願いします。'
     '補欠の方が繰り上がります。</p><p><a href="https://jawsug-shinagawa.connpass.com/event/'
     '348812/">イベントページを開く</a></p><p style="color:#888;font-size:12px">このメールは '
     'connpass から自動送信されています。返信いただいてもお答えできません。</p></div></body></html>')
add(build([('Authentication-Results', ar_gmail('connpass.com', 'bounce@connpass.com', policy='NONE')),
           ('Date', date('2025-03-24 12:00:41', '+0900')),
           ('From', 'connpass <no-reply@connpass.com>'), ('To', ME_P),
           ('Message-ID', '<20250324030041.348812.87@connpass.com>'),
           ('Subject', ews('【リマインド】JAWS-UG 品川 #41 認定資格ナイト は明日開催です',
                           'UTF-8', 'B', 18))],
          html(h, cte='base64')),
    'unrelated', False, None, [],
    'Community event reminder: a single text/html part in base64, Japanese, folded UTF-8 '
    'encoded-word subject. Asks to cancel if you cannot come.')

# ---------------------------------------------------------------- 023  resolved A (stale text + hidden)
IDS[23] = ses_id(23)
stale = ('Hello Kaito,\n\nThe accounts team has lined up the records for your request. Please '
         'reply to this email to confirm that both accounts belong to you and that everything '
         'should end up in Account #1. A merge cannot be reversed once it has run.\n\n'
         'AWS Training and Certification\n')
h = aws_wrap(
    '<!-- tpl:CONFIRM_MERGE_v3 | Please reply to this email to confirm that both accounts '
    'belong to you. -->\n'
    '<p>Hello Kaito,</p>\n<p>Thank you for confirming. I have merged the two accounts: every exam '
    'record, certification and benefit from Account #2 now sits under Account #1 (%s), and you '
    'sign in with the Builder ID on %s.</p>\n<p>No further action is required on your part. '
    'Digital badges can take up to a day to show up again on Credly.</p>\n<p>If something looks '
    'off when you check your exam history, a reply to this thread will reach us.</p>\n'
    '<p>All the best,<br>Mariana<br>AWS Training and Certification</p>\n'
    '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#666">On 2025-03-21 '
    'AWS Training &amp; Certification wrote:<br>Before anything is moved, we need your word on two '
    'points: that both accounts belong to you, and that everything should end up in Account #1. '
    'Just reply to this email with your confirmation.</blockquote>\n'
    '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Please reply to this '
    'email to confirm that both accounts belong to you and that everything should end up in '
    'Account #1.</div>' % (CID_NEW, ME_P))
raw23 = build(form_hdrs(23, '2025-03-24 20:47:19', ME_P,
                        'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ), IDS[23], irt=IDS[21],
                        refs='%s %s %s' % (IDS[6], IDS[17], IDS[21]),
                        name='AWS Training and Certification <%s>' % FORM),
              multi('alternative', [text(stale), html(h)]))
add(raw23, 'resolved', False, CASE_A, [CID_NEW],
    'Merge done. The plain part is the stale confirmation template asking for a reply; the HTML '
    'says merged / no action needed, and carries the old ask only in a comment, a display:none '
    'block and a blockquote. Conditional "a reply will reach us".')

# ---------------------------------------------------------------- 024  Credly badge (real)
t = ('Hi Kaito,\n\nAmazon Web Services Training and Certifi' + MARK + 'cation has issued you a '
     'badge: AWS Certified Solutions Architect - Associate.\n\nAccept your badge to add it to '
     'your Credly profile and share it:\nhttps://www.credly.com/badges/3f6c1e0a-8a51-4a0f-9d3e-'
     '2b7c5d1e9a44/accept\n\nThe Credly Team\n')
h = ('<table width="600" align="center" style="font-family:Helvetica,Arial"><tr><td><img '
     'src="https://images.credly.com/logo/credly.png" alt="Credly"></td></tr><tr><td><p>Hi '
     'Kaito,</p><p>Amazon Web Services Training and Certifi' + MARK + 'cation has issued you a '
     'badge: <b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href="https://www.credly'
     '.com/badges/3f6c1e0a-8a51-4a0f-9d3e-2b7c5d1e9a44/accept" style="background:#ff6b00;color:'
     '#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p><p>The Credly Team</p>'
     '</td></tr></table>')
add(build([('Authentication-Results', ar_gmail('credly.com', 'bounces@credly.com')),
           ('Date', date('2025-03-24 20:52:06', '+0000')),
           ('From', 'Credly <admin@credly.com>'), ('To', ME_P),
           ('Message-ID', '<67e1c2a6e3f1b_2a9c3ff1d5e0b8c4@credly-mailer.mail>'),
           ('Subject', 'Amazon Web Services Training and Certification sent you a badge')],
          multi('alternative', [text(t), html(h)])),
    'badge', False, None, [],
    'Genuine Credly badge mail right after the merge; soft break inside the issuer name; '
    '"Accept your badge" imperative and a badge UUID.')

# ---------------------------------------------------------------- 025  survey A (stub)
stub = 'View this message in your browser: https://survey.aws.training/r/8cQk2?case=%s\n' % CASE_A
h = aws_wrap(
    '<p>Hello Kaito,</p><p>Your recent case with AWS Training and Certification (%s) has been '
    'marked as resolved. How satisfied were you with the help you received?</p>'
    '<table cellpadding="6"><tr>%s</tr></table><p style="font-size:12px;color:#687078">This '
    'short survey is optional and takes under a minute. Replies to this address are not '
    'monitored.</p>' % (CASE_A, ''.join(
        '<td><a href="https://survey.aws.training/r/8cQk2?case=%s&amp;score=%d" style="padding:'
        '8px 12px;border:1px solid #ccc;text-decoration:none">%d</a></td>' % (CASE_A, i, i)
        for i in range(1, 6))), 'How did we do?')
add(build([('Authentication-Results', ar_gmail('aws.training', 'bounce@aws.training')),
           ('Date', date('2025-03-24 21:30:00', '+0000')),
           ('From', 'AWS Training and Certification <no-reply@aws.training>'), ('To', ME_P),
           ('Message-ID', ses_id(25)),
           ('Subject', ew('How did we do? Case %s – 1 question' % CASE_A, 'UTF-8', 'Q'))],
          multi('alternative', [text(stub, cte='7bit'), html(h)])),
    'survey', False, CASE_A, [],
    'Satisfaction survey: the plain part is only a "view in your browser" link, the HTML holds the '
    '1-5 rating row. Case number only inside a Q-encoded subject and the HTML.')

# ---------------------------------------------------------------- 026  user_reply A: forward as attachment
IDS[26] = '<a4f0b3d1-2c8e-47aa-9b61-0e5f7d2c9a13@gmail.com>'
t = ('大槻さん\n\n先日は紐付けの解除ありがとうございました。\n'
     '本日 AWS から統合完了の連絡がありましたので、念のため元のメールを添付でお送りします。\n'
     'パートナー側の人数表示は数日で更新されるそうです。\n\n峰岸\n')
add(build([('Date', date('2025-03-25 09:00:12', '+0900')),
           ('From', addr('峰岸 海斗', ME_P, 'ISO-2022-JP')),
           ('To', addr('大槻 亮', 'r-otsuki@tsurugi-tech.co.jp', 'ISO-2022-JP')),
           ('Message-ID', IDS[26]),
           ('Subject', 'Fwd: RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ)),
           ('User-Agent', 'Mozilla Thunderbird')],
          multi('mixed', [text(t, cs='ISO-2022-JP', cte='7bit'),
                          attach_msg(raw23, 'RE_CASE_%s.eml' % CASE_A)])),
    'user_reply', False, CASE_A, [],
    'Owner forwards the completion mail to a colleague as an attached message/rfc822 with a short '
    'ISO-2022-JP note; the attachment still holds the stale "please reply to confirm" text part.')

# ---------------------------------------------------------------- 027  colleague out-of-office
t = ('【自動応答】\n3月25日から3月27日まで出張のため不在にしております。\n'
     'いただいたメールは 3月28日以降、順次確認いたします。\n'
     'お急ぎの場合は alliance@tsurugi-tech.co.jp までご連絡ください。\n\n大槻 亮\n')
add(build([('Date', date('2025-03-25 09:00:20', '+0900')),
           ('From', addr('大槻 亮', 'r-otsuki@tsurugi-tech.co.jp', 'ISO-2022-JP')),
           ('To', addr('峰岸 海斗', ME_P, 'ISO-2022-JP')),
           ('Message-ID', outlook_id(27027)), ('In-Reply-To', IDS[26]),
           ('Subject', ews('自動応答: Fwd: RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ),
                           'ISO-2022-JP', 'B', 24)),
           ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
          text(t, cs='ISO-2022-JP', cte='7bit')),
    'unrelated', False, None, [],
    'Colleague\'s out-of-office reply; the case token is inside ISO-2022-JP encoded words of the '
    'subject. Not support, so no case.')

# ---------------------------------------------------------------- 028  certification expiry
t = ('Hello Kaito,\n\nYour AWS Certified Developer - Associate certification expires on '
     'June 24, 2025.\n\nTo keep it active, pass the current version of the exam or a '
     'higher-level exam before that date. Your 50%% discount benefit can be used for the '
     'recertification exam.\n\nCandidate ID: %s\nSign in: https://www.aws.training/'
     'Certification\n\nAWS Certification\n') % CID_NEW
h = aws_wrap('<p>Hello Kaito,</p><p>Your <b>AWS Certified Developer - Associate</b> certification '
             'expires on <b>June 24, 2025</b>.</p><p>To keep it active, pass the current version '
             'of the exam or a higher-level exam before that date. Your 50%% discount benefit can '
             'be used for the recertification exam.</p><p>Candidate ID: %s</p><p>AWS Certification'
             '</p>' % CID_NEW, 'Certification expiring')
add(build([('Authentication-Results', ar_gmail('certmetrics.com', 'bounces@certmetrics.com')),
           ('Date', date('2025-03-27 10:02:55', '-0700')),
           ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_P),
           ('Message-ID', '<cm.20250327170255.91844@certmetrics.com>'),
           ('Subject', 'Your AWS Certification expires in 90 days')],
          multi('alternative', [text(t), html(h)])),
    'certification', False, None, [CID_NEW],
    'Expiry reminder on the merged (personal) account; parts agree; candidate ID in both.')

# ---------------------------------------------------------------- 029  spoof with dmarc=fail
stub = 'This message contains formatted content. Please enable HTML to read it.\n'
h = aws_wrap(
    '<p>Dear customer,</p><p>Case %s requires a final identity verification before your merged '
    'certification account can be released. Accounts that are not verified within 24 hours are '
    'locked for security reasons.</p><p><a href="https://aws-training-verify.com/merge/%s" '
    'style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my '
    'account</a></p><p>AWS Training and Certification</p>' % (CASE_A, CASE_A))
add(build([('Received', 'from vps-51422.hostnetix.ru (vps-51422.hostnetix.ru [185.220.101.47])\n'
                        '        by mx.google.com with ESMTP id x7si1185731wrq.412.2025.03.28;\n        Fri, 28 Mar 2025 00:14:29 -0700 (PDT)'),
           ('Authentication-Results', ar_gmail('amazon.com', FORM, dkim='fail', spf='fail',
                                               dmarc='fail')),
           ('Date', date('2025-03-28 03:14:27', '+0300')),
           ('From', 'AWS Training and Certification <%s>' % FORM), ('To', ME_P),
           ('Reply-To', 'verify-desk@aws-training-verify.com'),
           ('Message-ID', '<20250328031427.6612@vps-51422.hostnetix.ru>'),
           ('Subject', 'RE:[CASE %s] Final verification required' % CASE_A)],
          multi('alternative', [text(stub, cte='7bit'), html(h)])),
    'suspicious', False, None, [],
    'Spoof of the real form address quoting the real case number; dkim/spf/dmarc fail for '
    'amazon.com. HTML-only content behind a stub, urgent verify link.')

# ---------------------------------------------------------------- 030  IT notice, Shift_JIS
t = ('退職予定者 各位\n\n情報システム部です。\n'
     '3月31日(月) 18:00 をもって、退職される方のメールボックスを停止します。\n\n'
     '停止後 30 日間は、停止したアドレスに届いたメールを、事前に登録いただいた個人の'
     'アドレスへ「添付ファイル形式」で転送します(送信元: mail-relay@tsurugi-tech.co.jp)。\n'
     '転送されたメールに返信する場合は、添付されている元のメールの送信者あてに、個人のアドレス'
     'から新しく作成してください。転送元アドレスへ返信しても相手には届きません。\n\n'
     'ご不明な点は内線 2200 までお問い合わせください。\n\n情報システム部 ヘルプデスク\n')
add(build([('Date', date('2025-03-28 17:30:00', '+0900')),
           ('From', addr('情報システム部', 'it-helpdesk@tsurugi-tech.co.jp', 'Shift_JIS')),
           ('To', 'leavers-2025-03@tsurugi-tech.co.jp'), ('Cc', ME_C),
           ('Message-ID', outlook_id(30030)),
           ('Subject', ew('【重要】退職者メールボックスの停止と転送について', 'Shift_JIS', 'B'))],
          text(t, cs='Shift_JIS', cte='base64')),
    'unrelated', False, None, [],
    'Company IT notice (Shift_JIS, base64) explaining that mail to the closed mailbox will be '
    'forwarded as attachments by a relay: sets up later messages.')

# ---------------------------------------------------------------- 031  GitHub review request
t = ('@s-arai requested your review on: tsurugi-tech/infra-modules#418 Hand over '
     'account-baseline ownership.\n\n--\nReply to this email directly or view it on GitHub:\n'
     'https://github.com/tsurugi-tech/infra-modules/pull/418\n')
add(build([('Authentication-Results', ar_m365('github.com', 'noreply@github.com')),
           ('Date', date('2025-03-31 01:12:45', '-0700')),
           ('From', 'Shun Arai <notifications@github.com>'),
           ('To', 'tsurugi-tech/infra-modules <infra-modules@noreply.github.com>'),
           ('Cc', 'Kaito Minegishi <%s>, Review requested <review_requested@noreply.github.com>'
            % ME_C),
           ('Message-ID', '<tsurugi-tech/infra-modules/pull/418@github.com>'),
           ('Subject', '[tsurugi-tech/infra-modules] Hand over account-baseline ownership (PR #418)')],
          text(t, cte='7bit')),
    'unrelated', False, None, [],
    'GitHub review request: an explicit ask, but not from support.')

# ---------------------------------------------------------------- 032  newsletter, HTML only
h = ('<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">'
     '<h1>Cloud Pulse Weekly #97</h1><h3>Case closed: the migration that nobody noticed</h3>'
     '<p>A payments team moved 40 services between regions in a weekend. Their runbook is now '
     'public, and the key step was confirming every account owner <i>before</i> touching '
     'anything.</p><h3>Certification corner</h3><p>Changing jobs? Move your certification records '
     'to a personal account before your work mailbox closes.</p><p>Got a story? Reply to this '
     'email and tell us.</p><p style="font-size:11px"><a href="https://cloudpulse.news/u/'
     '8a1c">Unsubscribe</a></p></body></html>')
add(build([('Authentication-Results', ar_gmail('cloudpulse.news', 'list@cloudpulse.news',
                                               policy='NONE')),
           ('Date', date('2025-04-01 13:00:00', '+0000')),
           ('From', 'Cloud Pulse Weekly <editor@cloudpulse.news>'), ('To', ME_P),
           ('Message-ID', '<cpw-97.20250401@cloudpulse.news>'),
           ('Subject', 'Cloud Pulse Weekly #97: Case closed'),
           ('List-Unsubscribe', '<https://cloudpulse.news/u/8a1c>')],
          html(h)),
    'unrelated', False, None, [],
    'HTML-only newsletter with "case closed", "confirming every account owner" and "reply to '
    'this email" in it.')

# ---------------------------------------------------------------- 033  ack C (console)
IDS[33] = ses_id(33)
SUBJ_C = '50% exam discount missing after certification account merge'
t = ('Dear Amazon Web Services Customer,\n\nWe have opened case %s on your behalf. The details '
     'of the case are as follows:\n\nCase ID: %s\nSubject: %s\nSeverity: General guidance\n'
     'Correspondence: After my certification accounts were merged on March 25 (form case %s), '
     'the 50%% discount benefit that was on %s no longer appears on %s. Could you check where '
     'it went?\n\nThank you for contacting Amazon Web Services.\n\n' + CONSOLE_FOOT) % (
    CASE_C, CASE_C, SUBJ_C, CASE_A, CID_OLD, CID_NEW, CASE_C)
h = ('<html><body style="font-family:Arial;font-size:14px"><p>Dear Amazon Web Services Customer,'
     '</p><p>We have opened case %s on your behalf. The details of the case are as follows:</p>'
     '<p>Case ID: %s<br>Subject: %s<br>Severity: General guidance<br>Correspondence: After my '
     'certification accounts were merged on March 25 (form case %s), the 50%% discount benefit '
     'that was on %s no longer appears on %s. Could you check where it went?</p><p>Thank you for '
     'contacting Amazon Web Services.</p><p style="font-size:12px;color:#555">Please do not reply '
     'to this e-mail; this mailbox cannot accept incoming e-mails. To respond, sign in to the <a '
     'href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">'
     'Support Center</a>.</p></body></html>') % (CASE_C, CASE_C, SUBJ_C, CASE_A, CID_OLD, CID_NEW,
                                                 CASE_C)
add(build(console_hdrs(33, '2025-04-03 00:31:02', 'Amazon Web Services: New Support case: %s'
                       % CASE_C, IDS[33]),
          multi('alternative', [text(t), html(h)])),
    'acknowledgement', False, CASE_C, [CID_OLD, CID_NEW],
    'Support Center case opened; parts agree. The echoed correspondence contains the owner\'s own '
    'question and the older form case number, which is not this case.')

# ---------------------------------------------------------------- 034  Skill Builder receipt
t = ('Thank you for your order.\n\nOrder number: SB-2025-0403-77812\nItem: AWS Skill Builder '
     'Individual subscription (monthly)\nAmount charged: USD 29.00\nPayment method: Visa ending '
     'in 4471\n\nYour subscription renews automatically on May 3, 2025. To change or cancel it, '
     'go to My Account > Subscrip' + MARK + 'tions.\n\nAWS Skill Builder\n')
h = ('<div style="font-family:Arial;max-width:600px"><h2>Thank you for your order</h2><table '
     'cellpadding="4"><tr><td>Order number</td><td>SB-2025-0403-77812</td></tr><tr><td>Item</td>'
     '<td>AWS Skill Builder Individual subscription (monthly)</td></tr><tr><td>Amount charged</td>'
     '<td>USD 29.00</td></tr><tr><td>Payment method</td><td>Visa ending in 4471</td></tr></table>'
     '<p>Your subscription renews automatically on May 3, 2025. To change or cancel it, go to '
     '<i>My Account &gt; Subscrip' + MARK + 'tions</i>.</p></div>')
add(build([('Authentication-Results', ar_gmail('aws.training', 'bounce@aws.training')),
           ('Date', date('2025-04-03 01:00:19')),
           ('From', 'AWS Skill Builder <no-reply@aws.training>'), ('To', ME_P),
           ('Message-ID', ses_id(34)),
           ('Subject', 'Your AWS Skill Builder receipt (Order SB-2025-0403-77812)')],
          multi('alternative', [text(t), html(h)])),
    'unrelated', False, None, [],
    'Skill Builder receipt from aws.training; quoted-printable, parts agree.')

# ---------------------------------------------------------------- 035  info_request C (parts disagree)
IDS[35] = ses_id(35)
t = ('Hello,\n\nThere is an update on your case %s. No action is required from you at this '
     'time.\n\n' + CONSOLE_FOOT) % (CASE_C, CASE_C)
h = ('<html><body style="font-family:Arial;font-size:14px"><p>Hello Kaito,</p>'
     '<p>I have gone through the benefit records of the merged account %s. The 50%% discount was '
     'issued on 2024-11-08 after your Associate-level pass and is marked as redeemed, but the '
     'redemption does not match any exam on your history, so I would like to rule out a booking '
     'made under the old account.</p>'
     '<p>What is the Pearson VUE registration number of any exam you booked after November 8, '
     '2024? And do you still have a screenshot of the Benefits page from before March 25?</p>'
     '<p>Please answer by replying to this case in the Support Center; e-mail replies do not '
     'reach us.</p><p>Best regards,<br>Ana S.<br>Amazon Web Services</p>'
     '<p style="font-size:12px;color:#555">Please do not reply to this e-mail; this mailbox cannot '
     'accept incoming e-mails. To respond, sign in to the <a href="https://console.aws.amazon.com/'
     'support/home#/case/?displayId=%s&amp;language=en">Support Center</a>.</p></body></html>'
     ) % (CID_NEW, CASE_C)
add(build(console_hdrs(35, '2025-04-04 05:17:44', 'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), IDS[35]),
          multi('alternative', [text(t), html(h)])),
    'info_request', True, CASE_C, [CID_NEW],
    'Console case: the plain part claims "no action is required", the HTML a reader sees asks two '
    'questions (no "please" on them) and says to answer in the Support Center.')

# ---------------------------------------------------------------- 036  Pearson VUE reminder (cp1252)
t = ('Dear Kaito Minegishi,\n\nThis is a reminder of your upcoming exam:\n\n'
     'Exam: AWS Certified Solutions Architect \u2013 Professional\nRegistration ID: 486201937\n'
     'Date: Saturday, April 19, 2025, 10:00 JST\n\nPlease review the ID policy before test day '
     '\u2013 you\u2019ll need two valid forms of identification, and names must match your '
     'profile exactly.\n\nPearson VUE\n')
h = ('<p>Dear Kaito Minegishi,</p><p>This is a reminder of your upcoming exam:</p><ul><li>Exam: '
     'AWS Certified Solutions Architect \u2013 Professional</li><li>Registration ID: 486201937</li>'
     '<li>Date: Saturday, April 19, 2025, 10:00 JST</li></ul><p>Please review the ID policy '
     'before test day \u2013 you\u2019ll need two valid forms of identification.</p>'
     '<p>Pearson VUE</p>')
add(build([('Authentication-Results', ar_gmail('pearson.com', 'bounce@pearson.com', policy='REJECT')),
           ('Date', date('2025-04-05 14:00:09', '-0500')),
           ('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'), ('To', ME_P),
           ('Message-ID', '<PV.486201937.R14@pearson.com>'),
           ('Subject', 'Reminder: your AWS exam is in 14 days')],
          multi('alternative', [text(t, cs='windows-1252'), html(h, cs='windows-1252')])),
    'unrelated', False, None, [],
    'Exam-vendor reminder in windows-1252 quoted-printable (smart quotes, en dash); '
    '"please review" is not a support ask.')

# ---------------------------------------------------------------- 037  closing_notice C (base64, CRLF)
IDS[37] = ses_id(37)
t = ('Hello,\n\nWe have not heard from you on case %s since April 4. We still need the '
     'information requested in our last correspondence to continue.\n\nIf there is no reply, '
     'this case will be resolved automatically in 3 days. Resolved cases can be reopened for 14 '
     'days.\n\nBest regards,\nAmazon Web Services\n\n' + CONSOLE_FOOT) % (CASE_C, CASE_C)
add(build(console_hdrs(37, '2025-04-07 05:20:00', 'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), IDS[37]),
          text(t, cte='base64'), crlf=True),
    'closing_notice', True, CASE_C, [],
    'Console auto-resolve warning, single base64 plain part, CRLF line ends; the answer must go '
    'through the Support Center.')

# ---------------------------------------------------------------- 038  note to self
t = ('メモ\n- AWS サポート %s はコンソールから回答する(メールの返信は届かない)\n'
     '- SAP の登録番号 486201937(4/19 予約)\n- 特典画面のスクショは 3/10 に撮ったものがある\n'
     '- 統合後のアカウント %s\n') % (CASE_C, CID_NEW)
add(build([('Date', date('2025-04-07 22:41:10', '+0900')),
           ('From', 'Kaito Minegishi <%s>' % ME_P), ('To', ME_P),
           ('Message-ID', gmail_id(38)),
           ('Subject', ew('メモ: AWS サポートに回答 %s' % CASE_C, 'UTF-8', 'B'))],
          text(t, cte='8bit')),
    'user_reply', False, CASE_C, [CID_NEW],
    'Owner\'s note to self (8bit UTF-8, encoded subject) listing what to answer in the console: '
    'written by the owner, so not a request.')

# ---------------------------------------------------------------- 039  case_update C
IDS[39] = ses_id(39)
t = ('Hello Kaito,\n\nThank you for the registration number and the screenshot. I have passed '
     'both to the benefits team, who usually need three to five business days for this kind of '
     'review. I will update this case as soon as I hear from them.\n\nBest regards,\nAna S.\n'
     'Amazon Web Services\n\nWe value your feedback. Please share your experience by rating this '
     'correspondence:\nhttps://console.aws.amazon.com/support/feedback?displayId=%s\n\n'
     + CONSOLE_FOOT) % (CASE_C, CASE_C)
h = ('<html><body style="font-family:Arial;font-size:14px"><p>Hello Kaito,</p><p>Thank you for '
     'the registration number and the screenshot. I have passed both to the benefits team, who '
     'usually need three to five business days for this kind of review. I will update this case '
     'as soon as I hear from them.</p><p>Best regards,<br>Ana S.<br>Amazon Web Services</p><p>We '
     'value your feedback. Please share your experience by <a href="https://console.aws.amazon.'
     'com/support/feedback?displayId=%s">rating this correspondence</a>.</p><p style="font-size:'
     '12px;color:#555">Please do not reply to this e-mail; this mailbox cannot accept incoming '
     'e-mails.</p></body></html>') % CASE_C
add(build(console_hdrs(39, '2025-04-07 23:50:31', 'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), IDS[39]),
          multi('alternative', [text(t), html(h)])),
    'case_update', False, CASE_C, [],
    'Passed to another team; parts agree. "Please share your experience" feedback footer is the '
    'only imperative.')

# ---------------------------------------------------------------- 040  T&C marketing with stub
stub = ('This email requires HTML. View it online:\nhttps://aws.training/email/view/exam-prep-'
        'plans-apr25\n')
h = aws_wrap('<h2>Your exam prep plan is waiting</h2><p>Official practice question sets, '
             'guided labs and a weekly schedule for every Associate and Professional exam, now in '
             'AWS Skill Builder.</p><p><a href="https://skillbuilder.aws/exam-prep">Start your '
             'plan</a></p><p style="font-size:11px">You are receiving this because you subscribed '
             'to AWS Training and Certification news. <a href="https://aws.training/prefs">'
             'Manage preferences</a></p>', 'Exam prep plans')
add(build([('Authentication-Results', ar_gmail('aws.training', 'bounce@aws.training')),
           ('Date', date('2025-04-07 23:58:00')),
           ('From', 'AWS Training and Certification <no-reply@aws.training>'), ('To', ME_P),
           ('Message-ID', ses_id(40)),
           ('Subject', 'Start your exam prep plan in AWS Skill Builder'),
           ('List-Unsubscribe', '<https://aws.training/prefs>')],
          multi('alternative', [text(stub, cte='7bit'), html(h)])),
    'unrelated', False, None, [],
    'Marketing with the same display name as support and an "email requires HTML" stub.')


def relay(seq, when, inner_raw, inner_subject, fname):
    """Company mail relay: wraps mail that reached the closed mailbox as an attachment."""
    note = ('このメールは、停止済みのアドレス %s 宛てに届いたため、自動的に転送しています。\n'
            '元のメールは添付ファイルをご覧ください。\n'
            'このメールに返信しても、元の送信者には届きません。\n\n'
            '株式会社ツルギテクノロジーズ 情報システム部\n') % ME_C
    return build([('Date', date(when, '+0900')),
                  ('From', addr('Tsurugi Mail Relay', 'mail-relay@tsurugi-tech.co.jp')),
                  ('To', ME_P),
                  ('Message-ID', '<relay.%d.%s@tsurugi-tech.co.jp>' % (seq, when[:10].replace(
                      '-', ''))),
                  ('Subject', ew('[転送]', 'ISO-2022-JP') + ' ' + inner_subject),
                  ('Auto-Submitted', 'auto-forwarded')],
                 multi('mixed', [text(note, cs='Shift_JIS'), attach_msg(inner_raw, fname)]))


# ---------------------------------------------------------------- 041  relay: ack E
IDS[41] = ses_id(41)
t = ('Hello,\n\nThank you for contacting AWS Training and Certification. We have opened case %s '
     'for your request. The details of your case are as follows:\n\nInquiry type: Certification\n'
     'Additional detail: Account Merge\nDescription: After an earlier merge (case %s) I found a '
     'third certification account, created in 2019 with my personal address: %s. Please merge it '
     'into %s as well.\n\nWe usually respond within 24 hours. Please avoid opening another case '
     'for the same request.\n\nAWS Training and Certification\n') % (CASE_E, CASE_A, CID_STRAY,
                                                                     CID_NEW)
h = aws_wrap('<p>' + t.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>')
inner41 = build(form_hdrs(41, '2025-04-08 00:13:38', ME_C,
                          '[CASE %s] %s' % (CASE_E, FORM_SUBJ), IDS[41], to_company=True),
                multi('alternative', [text(t), html(h)]))
add(relay(41, '2025-04-08 09:13:52', inner41, '[CASE %s] %s' % (CASE_E, FORM_SUBJ),
          'case-%s.eml' % CASE_E),
    'acknowledgement', False, CASE_E, [CID_STRAY, CID_NEW],
    'New form case acknowledged, but sent to the closed company address: it arrives wrapped as '
    'message/rfc822 by the company relay (Shift_JIS note). Labelled by the attached support mail.')

# ---------------------------------------------------------------- 042  re:Post
t = ('Your question has a new answer.\n\nQuestion: Can two certification accounts registered '
     'with the same email be merged?\n\nAnswer by an AWS Expert: "Yes. Open a request with AWS '
     'Training and Certification and list both candidate IDs; they will ask you to confirm which '
     'one to keep."\n\nIf this answer solved your problem, accept it so others can find it:\n'
     'https://repost.aws/questions/QUx8v1Ak2mR0e/accept\n')
add(build([('Authentication-Results', ar_gmail('repost.aws', 'bounce@repost.aws')),
           ('Date', date('2025-04-09 06:44:02')),
           ('From', '"AWS re:Post" <no-reply@repost.aws>'), ('To', ME_P),
           ('Message-ID', ses_id(42)),
           ('Subject', 'Your question has a new answer')],
          text(t, cte='7bit')),
    'unrelated', False, None, [],
    'AWS re:Post answer: talks about confirming which account to keep and asks to accept the '
    'answer. AWS, but not a support case.')

# ---------------------------------------------------------------- 043  relay: info_request E (Japanese)
IDS[43] = ses_id(43)
t = ('峰岸 海斗 様\n\n'
     'AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。担当の佐伯でございます。\n\n'
     'ご依頼のアカウント(%s)はお客様個人のメールアドレスで登録されておりますが、本ケースは'
     '別のアドレス(%s)からお申し込みいただいております。\n'
     'ご本人様確認のため、統合先として保持をご希望のメールアドレスからのご連絡が必要でございます。\n\n'
     '恐れ入りますが、保持をご希望のアドレスから、件名にケース番号を含めたうえで、'
     '本件についてご返信いただけますでしょうか。\n'
     'お手数をおかけいたしますが、どうぞよろしくお願い申し上げます。\n\n'
     'AWS トレーニングと認定\n佐伯\n') % (CID_STRAY, ME_C)
inner43 = build(form_hdrs(43, '2025-04-09 23:55:10', ME_C,
                          'RE:[CASE %s] %s' % (CASE_E, FORM_SUBJ), IDS[43], irt=IDS[41],
                          refs=IDS[41], to_company=True),
                text(t, cs='ISO-2022-JP', cte='7bit'))
add(relay(43, '2025-04-10 08:55:31', inner43, 'RE:[CASE %s] %s' % (CASE_E, FORM_SUBJ),
          'case-%s-2.eml' % CASE_E),
    'info_request', True, CASE_E, [CID_STRAY],
    'Hard positive: support (in Japanese keigo, ISO-2022-JP) asks him to write from the address he '
    'keeps; it reaches him only as an attachment inside the relay forward, whose own note says a '
    'reply to it goes nowhere.')

# ---------------------------------------------------------------- 044  user_reply E + old mail attached
old = ('Hello Kaito,\n\nThe name on your certification account %s now reads "Kaito Minegishi" '
       'and the new certificate is available for download.\n\nThis case is now resolved.\n\n'
       'AWS Training and Certification\n') % CID_STRAY
raw_old = build(form_hdrs(2021, '2021-06-10 04:20:11', ME_P,
                          'RE:[CASE %s] [AWS Training and Certification Form Submission] - '
                          'certification' % OLD_CASE, ses_id(2021)), text(old, cte='7bit'))
IDS[44] = gmail_id(44)
t = ('Hello Saeki-san,\n\nI am writing from the address I want to keep, as you asked. Your '
     'message went to my former work address, which has been closed.\n\nThe 2019 account %s is '
     'mine: the attached 2021 correspondence was sent to this same address for that account. '
     'Please merge it into %s.\n\nBest regards,\nKaito Minegishi\n') % (CID_STRAY, CID_NEW)
h = '<div dir="ltr">' + ''.join('<div>%s</div>' % (ln or '<br>') for ln in t.split('\n')) + '</div>'
add(build([('Date', date('2025-04-10 09:30:02', '+0900')),
           ('From', 'Kaito Minegishi <%s>' % ME_P), ('To', FORM), ('Cc', ME_C),
           ('Message-ID', IDS[44]),
           ('Subject', 'RE:[CASE %s] %s' % (CASE_E, FORM_SUBJ))],
          multi('mixed', [multi('alternative', [text(t), html(h)]),
                          attach_msg(raw_old, 'AWS case %s.eml' % OLD_CASE)])),
    'user_reply', False, CASE_E, [CID_STRAY, CID_NEW],
    'Owner writes a fresh message (no In-Reply-To) from the personal address with an old 2021 case '
    'mail attached as message/rfc822: a second, 10-digit case number sits in the attachment.')

# ---------------------------------------------------------------- 045  bounce
dsn_text = ('** Address not found **\n\nYour message wasn\'t delivered to %s because the address '
            'couldn\'t be found, or is unable to receive mail.\n\nThe response from the remote '
            'server was:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP '
            'address lookup\n') % ME_C
status = ('Reporting-MTA: dns; googlemail.com\nArrival-Date: Thu, 10 Apr 2025 00:30:02 +0000\n\n'
          'Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.10\n'
          'Remote-MTA: dns; tsurugitech-co-jp.mail.protection.outlook.com\n'
          'Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found '
          'by SMTP address lookup\nLast-Attempt-Date: Thu, 10 Apr 2025 00:30:04 +0000\n') % ME_C
hdrs44 = ('Date: %s\nFrom: Kaito Minegishi <%s>\nTo: %s\nCc: %s\nMessage-ID: %s\n'
          'Subject: RE:[CASE %s] %s\n') % (date('2025-04-10 09:30:02', '+0900'), ME_P, FORM,
                                            ME_C, IDS[44], CASE_E, FORM_SUBJ)
add(build([('Date', date('2025-04-10 00:30:05')),
           ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', ME_P),
           ('Message-ID', '<66f81a2b.050a0220.3c7f1.b7e4.GMR@mx.google.com>'),
           ('Subject', 'Delivery Status Notification (Failure)'),
           ('Auto-Submitted', 'auto-replied')],
          multi('report', [text(dsn_text, cte='7bit'),
                           Part([('Content-Type', 'message/delivery-status')],
                                status.encode('ascii')),
                           text(hdrs44, sub='rfc822-headers', cs='us-ascii', cte='7bit')],
                params='; report-type=delivery-status')),
    'unrelated', False, None, [],
    'Bounce for the Cc to the closed company address (multipart/report). Its returned headers '
    'carry the case subject; the copy to support itself went through.')

# ---------------------------------------------------------------- 046  confirmation_request E (Japanese)
IDS[46] = ses_id(46)
t = ('峰岸 海斗 様\n\n'
     'AWS トレーニングと認定の佐伯でございます。\n'
     '保持をご希望のアドレスからご連絡いただき、ありがとうございました。添付の 2021 年の'
     'やり取りも拝見いたしました。\n\n統合の対象となるアカウントは次のとおりです。\n\n'
     'アカウント #1\n  ログイン用メールアドレス: %s\n  トレーニング通知用メールアドレス: %s\n'
     '  認定通知用メールアドレス: %s\n  候補 ID: %s\n\n'
     'アカウント #2\n  ログイン用メールアドレス: %s\n  トレーニング通知用メールアドレス: %s\n'
     '  認定通知用メールアドレス: %s\n  候補 ID: %s\n\n'
     'アカウント #2 の試験履歴・認定・特典を、アカウント #1 へ統合してよろしいでしょうか。\n'
     '統合後はアカウント #1 のみが残り、元に戻すことはできません。\n'
     '内容をご確認のうえ、本メールへご返信くださいますようお願い申し上げます。\n\n'
     'AWS トレーニングと認定\n佐伯\n\n'
     '> The 2019 account %s is mine: the attached 2021 correspondence was sent to\n'
     '> this same address for that account. Please merge it into %s.\n') % (
    ME_P, ME_P, ME_P, CID_NEW, ME_P, ME_P, ME_P, CID_STRAY, CID_STRAY, CID_NEW)
add(build(form_hdrs(46, '2025-04-11 01:03:27', ME_P,
                    ews('RE:[CASE %s] アカウント統合のご確認' % CASE_E, 'ISO-2022-JP', 'B', 16),
                    IDS[46], irt=IDS[44], refs=IDS[44],
                    name=addr('AWS トレーニングと認定', FORM, 'ISO-2022-JP')),
          text(t, cs='ISO-2022-JP', cte='7bit')),
    'confirmation_request', True, CASE_E, [CID_NEW, CID_STRAY],
    'Japanese merge confirmation (ISO-2022-JP, アカウント #1 / #2 listing, 〜てよろしいでしょうか). '
    'Whole subject ISO-2022-JP encoded with the case number cut across encoded words; quoted '
    'owner text lists the IDs in the other order.')

# ---------------------------------------------------------------- 047  Amazon.co.jp shipping
t = ('峰岸 海斗 様\n\nご注文の商品を発送しました。\n\n注文番号: 249-7718203-5561940\n'
     '商品: AWS認定ソリューションアーキテクト - プロフェッショナル 問題集\nお届け予定: 4月12日(土)\n\n'
     '配送状況は「注文履歴」からご確認いただけます。\n\nAmazon.co.jp\n')
h = ('<div style="font-family:sans-serif"><p>峰岸 海斗 様</p><p>ご注文の商品を発送しました。</p>'
     '<p>注文番号: 249-7718203-5561940<br>商品: AWS認定ソリューションアーキテクト - プロフェッショナル'
     ' 問題集<br>お届け予定: <b>4月12日(土)</b></p><p>配送状況は「注文履歴」からご確認いただけます。'
     '</p><p>Amazon.co.jp</p></div>')
add(build([('Authentication-Results', ar_gmail('amazon.co.jp', 'bounce@amazon.co.jp')),
           ('Date', date('2025-04-11 07:12:30', '+0000')),
           ('From', 'Amazon.co.jp <shipment-tracking@amazon.co.jp>'), ('To', ME_P),
           ('Message-ID', '<0101019628a8b6e1-4f1b2c3d-shipment@ap-northeast-1.amazonses.com>'),
           ('Subject', ew('Amazon.co.jp ご注文の商品を発送しました', 'UTF-8', 'B'))],
          multi('alternative', [text(t), html(h)])),
    'unrelated', False, None, [],
    'Amazon retail shipping notice (Amazon, not AWS); UTF-8 quoted-printable Japanese.')

# ---------------------------------------------------------------- 048  user_reply E (Gmail, Japanese)
IDS[48] = gmail_id(48)
t = ('佐伯様\n\nご確認ありがとうございます。\n記載いただいた 2 つのアカウントは、どちらも私のものです。\n'
     'アカウント #1(%s)への統合をお願いいたします。\n\n峰岸 海斗\n\n'
     '2025年4月11日(金) 10:03 AWS トレーニングと認定 <%s>:\n\n'
     '> 峰岸 海斗 様\n>\n> 統合の対象となるアカウントは次のとおりです。\n> アカウント #1 ... 候補 ID: %s\n'
     '> アカウント #2 ... 候補 ID: %s\n>\n> アカウント #2 の試験履歴・認定・特典を、アカウント #1 へ'
     '統合してよろしいでしょうか。\n') % (CID_NEW, FORM, CID_NEW, CID_STRAY)
h = ('<div dir="ltr">佐伯様<div><br></div><div>ご確認ありがとうございます。</div><div>記載いただいた 2 '
     'つのアカウントは、どちらも私のものです。</div><div>アカウント #1(%s)への統合をお願いいたします。'
     '</div><div><br></div><div>峰岸 海斗</div></div><br><div class="gmail_quote"><div dir="ltr" '
     'class="gmail_attr">2025年4月11日(金) 10:03 AWS トレーニングと認定 &lt;%s&gt;:<br></div>'
     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
     'rgb(204,204,204);padding-left:1ex">峰岸 海斗 様<br><br>アカウント #1 ... 候補 ID: %s<br>'
     'アカウント #2 ... 候補 ID: %s<br><br>アカウント #2 の試験履歴・認定・特典を、アカウント #1 へ'
     '統合してよろしいでしょうか。</blockquote></div>') % (CID_NEW, FORM, CID_NEW, CID_STRAY)
add(build([('Date', date('2025-04-11 18:20:44', '+0900')),
           ('From', 'Kaito Minegishi <%s>' % ME_P), ('To', FORM),
           ('Message-ID', IDS[48]), ('In-Reply-To', IDS[46]),
           ('References', '%s %s' % (IDS[44], IDS[46])),
           ('Subject', ews('Re: RE:[CASE %s] アカウント統合のご確認' % CASE_E, 'UTF-8', 'B', 20))],
          multi('alternative', [text(t, cte='base64'), html(h, cte='base64')])),
    'user_reply', False, CASE_E, [CID_NEW],
    'Owner confirms in Japanese from Gmail (UTF-8 base64 parts, 「…:」 quote header); subject '
    'is UTF-8 encoded words.')

# ---------------------------------------------------------------- 049  resolved E (HTML only, QP)
IDS[49] = ses_id(49)
h = aws_wrap(
    '<p>Hello Kaito,</p>\n<p>Thank you for confirming. I have successfully mer' + MARK + 'ged the '
    'accounts: the exam history, certifications and benefits of AWS0773' + MARK + '5120 are now '
    'part of %s, and the 2019 account has been retired.</p>\n<p>Your case is resolved and there '
    'is nothing further for you to do.</p>\n<p>Best regards,<br>Kenji<br>AWS Training and '
    'Certification</p>\n<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#666">'
    '2025/04/11 AWS トレーニングと認定:<br>アカウント #2 の試験履歴・認定・特典を、アカウント #1 へ'
    '統合してよろしいでしょうか。内容をご確認のうえ、本メールへご返信くださいますようお願い申し上げます。'
    '</blockquote>' % CID_NEW)
add(build(form_hdrs(49, '2025-04-14 02:10:05', ME_P, 'RE:[CASE %s] %s' % (CASE_E, FORM_SUBJ),
                    IDS[49], irt=IDS[48], refs='%s %s %s' % (IDS[44], IDS[46], IDS[48]),
                    name='AWS Training and Certification <%s>' % FORM),
          html(h)),
    'resolved', False, CASE_E, [CID_STRAY, CID_NEW],
    'HTML-only completion in English; soft breaks inside "successfully merged" and inside a '
    'candidate ID. The Japanese confirmation request survives in a blockquote.')

# ---------------------------------------------------------------- 050  Credly badge 2
t = ('Hi Kaito,\n\nAmazon Web Services Training and Certification issued you a new badge: AWS '
     'Certified Cloud Practitioner.\n\nView and share it: https://www.credly.com/badges/'
     '9b2d7f40-1c3e-4e8a-b6f5-70a1d2c3e4f5\n\nThe Credly Team\n')
h = ('<p>Hi Kaito,</p><p>Amazon Web Services Training and Certification issued you a new badge: '
     '<b>AWS Certified Cloud Practitioner</b>.</p><p><a href="https://www.credly.com/badges/'
     '9b2d7f40-1c3e-4e8a-b6f5-70a1d2c3e4f5">View and share</a></p><p>The Credly Team</p>')
add(build([('Authentication-Results', ar_gmail('credly.com', 'bounces@credly.com')),
           ('Date', date('2025-04-14 02:16:40')),
           ('From', 'Credly <admin@credly.com>'), ('To', ME_P),
           ('Message-ID', '<67fc6f08a2b1c_3b1e2d4f5a6b7c8d@credly-mailer.mail>'),
           ('Subject', ew('You’ve earned a badge from Amazon Web Services Training and '
                          'Certification', 'UTF-8', 'Q'))],
          multi('alternative', [text(t), html(h)])),
    'badge', False, None, [],
    'Credly badge for the certificate recovered from the stray account; Q-encoded subject with a '
    'curly apostrophe.')

# ---------------------------------------------------------------- 051  resolved C (console)
IDS[51] = ses_id(51)
t = ('Hello Kaito,\n\nThe benefits team found that the discount had been attached to an exam '
     'registration under %s that was cancelled before the merge, so it was never released. A new '
     '50%% voucher has been issued to %s and now shows under Benefits.\n\nThis case is now '
     'resolved. If you have additional questions about it, you can reopen it within 14 days from '
     'the Support Center.\n\nBest regards,\nAna S.\nAmazon Web Services\n\nWe value your '
     'feedback. Please share your experience by rating this correspondence:\n'
     'https://console.aws.amazon.com/support/feedback?displayId=%s\n\n' + CONSOLE_FOOT) % (
    CID_OLD, CID_NEW, CASE_C, CASE_C)
h = '<html><body style="font-family:Arial">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</body></html>'
add(build(console_hdrs(51, '2025-04-15 04:00:12', 'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), IDS[51]),
          multi('alternative', [text(t), html(h)])),
    'resolved', False, CASE_C, [CID_OLD, CID_NEW],
    'Console case resolved (voucher reissued); parts agree; reopen-if-needed invitation and '
    'rating footer.')

# ---------------------------------------------------------------- 052  survey E (Japanese, stub)
stub = 'このメールは HTML 形式です。HTML 形式で表示できるメールソフトでご覧ください。\n'
h = aws_wrap('<p>峰岸 海斗 様</p><p>先日のお問い合わせ(ケース %s)はいかがでしたか。'
             'サポートの対応について、1 問だけのアンケートにご協力ください。</p><p>'
             % CASE_E + ' '.join('<a href="https://survey.aws.training/r/jp5?case=%s&amp;s=%d">%d'
                                 '</a>' % (CASE_E, i, i) for i in range(1, 6)) +
             '</p><p style="font-size:12px;color:#687078">回答は任意です。このアドレスへのご返信は'
             '確認しておりません。</p>', 'アンケート', 'ja')
add(build([('Authentication-Results', ar_gmail('aws.training', 'bounce@aws.training')),
           ('Date', date('2025-04-15 06:00:00')),
           ('From', addr('AWS トレーニングと認定', 'no-reply@aws.training', 'UTF-8')),
           ('To', ME_P), ('Message-ID', ses_id(52)),
           ('Subject', ew('サポートのご評価をお願いします(ケース %s)' % CASE_E, 'UTF-8', 'B'))],
          multi('alternative', [text(stub, cte='base64'), html(h, cte='base64')])),
    'survey', False, CASE_E, [],
    'Japanese satisfaction survey: the plain part only says to use an HTML-capable client; '
    'ご協力ください is an optional ask.')

# ---------------------------------------------------------------- 053  certification benefit
t = ('Hello Kaito,\n\nA new benefit has been added to your AWS Certification account:\n\n'
     '  50%% discount on your next certification exam\n  Valid until: April 14, 2026\n\n'
     'Find it under Benefits after signing in. Candidate ID: %s\n\nAWS Certification\n') % CID_NEW
h = aws_wrap('<p>Hello Kaito,</p><p>A new benefit has been added to your AWS Certification '
             'account:</p><ul><li>50%% discount on your next certification exam</li><li>Valid '
             'until: April 14, 2026</li></ul><p>Find it under <b>Benefits</b> after signing in. '
             'Candidate ID: %s</p><p>AWS Certification</p>' % CID_NEW, 'New benefit')
add(build([('Authentication-Results', ar_gmail('certmetrics.com', 'bounces@certmetrics.com')),
           ('Date', date('2025-04-16 10:00:41', '-0700')),
           ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_P),
           ('Message-ID', '<cm.20250416170041.10233@certmetrics.com>'),
           ('Subject', 'A new benefit is available in your AWS Certification account')],
          multi('alternative', [text(t, cte='7bit'), html(h)])),
    'certification', False, None, [CID_NEW],
    'Programme mail about the reissued voucher: the outcome of the console case, but not case mail.')

# ---------------------------------------------------------------- 054  other vendor pending/closing
t = ('Hi Kaito,\n\nWe\'re still waiting to hear back about your request #60117 ("Export to PDF '
     'drops Japanese fonts"). If we don\'t hear from you in 4 days, the request will be closed '
     'automatically.\n\nJust reply to this email to keep it open.\n\nTessera Docs Support\n')
h = '<p>' + t.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>'
add(build([('Authentication-Results', ar_gmail('tesseradocs.zendesk.com',
                                               'help@tesseradocs.zendesk.com', policy='NONE')),
           ('Date', date('2025-04-17 09:00:00', '+0200')),
           ('From', 'Tessera Docs Support <help@tesseradocs.zendesk.com>'), ('To', ME_P),
           ('Message-ID', '<R4KQ7Z1N2_6800a3f2c1d9e_8b3f_sprut@zendesk.com>'),
           ('Subject', ew('[Tessera Docs] We’re waiting for your reply — request #60117',
                          'UTF-8', 'Q'))],
          multi('alternative', [text(t), html(h)])),
    'unrelated', False, None, [],
    'Another vendor\'s closing-for-no-reply notice (same shape as an AWS closing notice), '
    'Q-encoded subject with an em dash.')

# ---------------------------------------------------------------- 055  Japanese phishing, Shift_JIS HTML
stub = 'このメールは HTML 形式で送信されています。\n'
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>'
     '<body><p>AWS 認定をご利用のお客様</p><p>先日ご依頼いただいたアカウント統合について、最終確認が'
     '完了しておりません。</p><p>統合を完了するには、本メールに AWS Builder ID のメールアドレスと'
     'パスワードをご記入のうえ、ご返信ください。<b>24 時間以内</b>にご返信がない場合、保有されている'
     '認定はすべて失効いたします。</p><p>AWS トレーニングと認定 サポートセンター</p></body></html>')
add(build([('Authentication-Results', 'mx.google.com;\n       dkim=none;\n       spf=pass (google.com: '
            'domain of info@aws-certification-support.com designates 45.134.26.9 as permitted '
            'sender) smtp.mailfrom=info@aws-certification-support.com;\n       dmarc=none'),
           ('Date', date('2025-04-18 02:44:10', '+0800')),
           ('From', addr('AWS トレーニングと認定', 'info@aws-certification-support.com', 'Shift_JIS')),
           ('To', ME_P), ('Message-ID', '<20250418024410.31550@aws-certification-support.com>'),
           ('Subject', ew('【AWS 認定】アカウント統合の最終確認のお願い', 'Shift_JIS', 'B'))],
          multi('alternative', [text(stub, cs='Shift_JIS', cte='8bit'),
                                html(h, cs='Shift_JIS')])),
    'suspicious', False, None, [],
    'Japanese credential phishing from a lookalike domain: Shift_JIS stub + Shift_JIS '
    'quoted-printable HTML asking for a reply with the password. Demands a reply, needs none.')

# ---------------------------------------------------------------- 056  Builder ID sign-in alert
t = ('New sign-in to your AWS Builder ID\n\nWe noticed a sign-in from a new device.\nWhen: April '
     '19, 2025 at 11:05 JST\nBrowser: Chrome on macOS\nLocation: Tokyo, Japan\n\nIf this was you, '
     'there is nothing to do. If not, reset your password at https://profile.aws.amazon.com\n')
add(build([('Authentication-Results', ar_gmail('signin.aws', 'bounce@signin.aws')),
           ('Date', date('2025-04-19 02:05:33')),
           ('From', 'AWS <no-reply@signin.aws>'), ('To', ME_P), ('Message-ID', ses_id(56)),
           ('Subject', 'New sign-in to your AWS Builder ID')],
          multi('alternative', [text(t, cte='7bit'),
                                html('<pre style="font-family:Arial">%s</pre>' % t, cte='7bit')])),
    'unrelated', False, None, [],
    'Builder ID security notice with a conditional instruction.')

# ---------------------------------------------------------------- 057  exam result + PDF
t = ('Congratulations, Kaito!\n\nYou passed the AWS Certified Solutions Architect - Professional '
     'exam on April 19, 2025.\n\nCandidate ID: %s\nValidation number: 7QX2LMB1K2E4Q9S3\n\n'
     'Your certificate is attached for your records; your digital badge will follow from Credly.\n\n'
     'AWS Certification\n') % CID_NEW
h = aws_wrap('<h2>Congratulations, Kaito!</h2><p>You passed the <b>AWS Certified Solutions '
             'Architect - Professional</b> exam on April 19, 2025.</p><p>Candidate ID: %s<br>'
             'Validation number: 7QX2LMB1K2E4Q9S3</p><p>Your certificate is attached for your '
             'records; your digital badge will follow from Credly.</p>' % CID_NEW, 'Passed')
add(build([('Authentication-Results', ar_gmail('certmetrics.com', 'bounces@certmetrics.com')),
           ('Date', date('2025-04-21 08:30:00', '-0700')),
           ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_P),
           ('Message-ID', '<cm.20250421153000.55120@certmetrics.com>'),
           ('Subject', 'Congratulations! You are now AWS Certified')],
          multi('mixed', [multi('alternative', [text(t), html(h)]),
                          binary(PDF, 'application/pdf', 'AWS_Certified_SAP_Certificate.pdf')])),
    'certification', False, None, [CID_NEW],
    'Exam result with a PDF certificate attached (multipart/mixed around alternative).')

# ---------------------------------------------------------------- 058  user_reply A: reopen
IDS[58] = gmail_id(58)
t = ('Hi Mariana,\n\nI have been checking the merged account and one thing is missing: my 2020 '
     'Cloud Practitioner exam, taken under my old account %s, does not appear in the exam '
     'history of %s. Everything else looks right.\n\nCould you take a look?\n\nThanks,\nKaito\n\n'
     'On Tue, Mar 25, 2025 at 5:47 AM AWS Training and Certification <%s> wrote:\n\n'
     '> Hello Kaito,\n>\n> Thank you for confirming. I have merged the two accounts: every exam\n'
     '> record, certification and benefit from Account #2 now sits under Account #1\n> (%s).\n'
     '>\n> No further action is required on your part.\n') % (CID_OLD, CID_NEW, FORM, CID_NEW)
h = ('<div dir="ltr"><div>Hi Mariana,</div><div><br></div><div>I have been checking the merged '
     'account and one thing is missing: my 2020 Cloud Practitioner exam, taken under my old '
     'account %s, does not appear in the exam history of %s. Everything else looks right.</div>'
     '<div><br></div><div>Could you take a look?</div><div><br></div><div>Thanks,</div><div>Kaito'
     '</div></div><br><div class="gmail_quote"><div class="gmail_attr">On Tue, Mar 25, 2025 at 5:47 '
     'AM AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" '
     'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><p>Thank you for '
     'confirming. I have merged the two accounts: every exam record, certification and benefit '
     'from Account #2 now sits under Account #1 (%s).</p><p>No further action is required on your '
     'part.</p></blockquote></div>') % (CID_OLD, CID_NEW, FORM, CID_NEW)
add(build([('Date', date('2025-04-22 09:30:15', '+0900')),
           ('From', 'Kaito Minegishi <%s>' % ME_P), ('To', FORM),
           ('Message-ID', IDS[58]), ('In-Reply-To', IDS[23]),
           ('References', '%s %s %s' % (IDS[6], IDS[21], IDS[23])),
           ('Subject', 'Re: RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ))],
          multi('alternative', [text(t), html(h)])),
    'user_reply', False, CASE_A, [CID_OLD, CID_NEW],
    'Owner reopens the resolved case with a question of his own ("Could you take a look?").')

# ---------------------------------------------------------------- 059  case_update A (stub, no ask)
IDS[59] = ses_id(59)
stub = ('To read this message, open it in a mail program that displays HTML, or view it in your '
        'browser.\n')
h = aws_wrap('<p>Hi Kaito,</p><p>Thanks for flagging this. I have reopened your case and passed '
             'it to the certification records team, who look after exam history carried over '
             'from the previous testing provider. They will come back to us once they have '
             'traced the 2020 record.</p><p>If there is anything else you would like to add in '
             'the meantime, feel free to reply here.</p><p>Regards,<br>Dev M.<br>AWS Training and '
             'Certification</p>')
add(build(form_hdrs(59, '2025-04-23 03:02:44', ME_P, 'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ),
                    IDS[59], irt=IDS[58], refs='%s %s %s' % (IDS[6], IDS[23], IDS[58])),
          multi('alternative', [text(stub, cte='7bit'), html(h)])),
    'case_update', False, CASE_A, [],
    'Hard negative: HTML-only content behind a stub, reopened and passed to another team; the '
    'only invitation is conditional ("if there is anything else ...").')

# ---------------------------------------------------------------- 060  info_request A (parts agree)
IDS[60] = ses_id(60)
t = ('Hi Kaito,\n\nThe records team has found a 2020 Cloud Practitioner attempt that was never '
     'linked to any certification account. It was booked under a slightly different spelling of '
     'your name, which is why the merge did not pick it up.\n\nBefore they attach it to your '
     'account we have to be sure it is yours. Which test centre did you take that exam at, and '
     'in roughly which month? The name as it was registered at the time would also help.\n\n'
     'Regards,\nDev M.\nAWS Training and Certification\n')
h = aws_wrap('<p>' + t.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>')
add(build(form_hdrs(60, '2025-04-25 05:11:09', ME_P, 'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ),
                    IDS[60], irt=IDS[59], refs='%s %s %s' % (IDS[6], IDS[58], IDS[59])),
          multi('alternative', [text(t), html(h)])),
    'info_request', True, CASE_A, [],
    'Both parts agree; the request is two bare questions after an explanation, no "please".')

# ---------------------------------------------------------------- 061  marketing multipart/related
h = ('<html><body><img src="cid:hero01@aws" alt="" width="600"><h2>Live webinar: Passing the '
     'Professional exams</h2><p>Join AWS instructors on May 8 for a walkthrough of the '
     'Professional-level exam domains and time-management tips.</p><p><a href="https://pages.'
     'awscloud.com/webinar-pro-exams.html">Save my seat</a></p><p style="font-size:11px">'
     '<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>'
     '</body></html>')
add(build([('Authentication-Results', ar_gmail('amazon.com', 'bounce@pages.awscloud.com')),
           ('Date', date('2025-04-25 16:00:00')),
           ('From', 'Amazon Web Services <aws-marketing-email-replies@amazon.com>'), ('To', ME_P),
           ('Message-ID', '<2210934.8812.1745596800004@pages.awscloud.com>'),
           ('Subject', 'Live webinar: Passing the AWS Certified Professional exams')],
          multi('related', [html(h), binary(PNG, 'image/png', 'hero.png', True, 'hero01@aws')],
                params='; type="text/html"')),
    'unrelated', False, None, [],
    'AWS marketing as multipart/related (HTML + inline image), no text part.')

# ---------------------------------------------------------------- 062  user_reply A (QP break in name)
IDS[62] = gmail_id(62)
t = ('Hi Dev,\n\nI took it at the Shinjuku test centre, in October 2020 as far as I remember. At '
     'the time my name was registered as "Kaito Minegi' + MARK + 'si", without the h; I fixed '
     'the spelling later.\n\nThanks,\nKaito\n\nOn Fri, Apr 25, 2025 at 2:11 PM <%s> wrote:\n'
     '> Which test centre did you take that exam at, and in roughly which month? The\n'
     '> name as it was registered at the time would also help.\n') % FORM
add(build([('Date', date('2025-04-26 11:02:10', '+0900')),
           ('From', 'Kaito Minegishi <%s>' % ME_P), ('To', FORM),
           ('Message-ID', IDS[62]), ('In-Reply-To', IDS[60]),
           ('References', '%s %s %s' % (IDS[6], IDS[59], IDS[60])),
           ('Subject', 'Re: RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ))],
          text(t)),
    'user_reply', False, CASE_A, [],
    'Owner answers; plain quoted-printable with a soft break inside the old name spelling; the '
    'questions survive in the quote.')

# ---------------------------------------------------------------- 063  resolved A (second time)
IDS[63] = ses_id(63)
t = ('Hi Kaito,\n\nThank you. The 2020 Cloud Practitioner result is now linked to %s and shows '
     'in your exam history. I have closed the case again.\n\nIf anything else looks off, you can '
     'reply to this email and we will reopen it.\n\nRegards,\nDev M.\n'
     'AWS Training and Certification\n') % CID_NEW
h = aws_wrap('<p>' + t.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>')
add(build(form_hdrs(63, '2025-04-28 04:00:58', ME_P, 'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ),
                    IDS[63], irt=IDS[62], refs='%s %s %s' % (IDS[6], IDS[60], IDS[62])),
          multi('alternative', [text(t, cte='base64'), html(h, cte='base64')])),
    'resolved', False, CASE_A, [CID_NEW],
    'Reopened case resolved again; base64 parts agree; conditional reopen invitation.')

# ---------------------------------------------------------------- 064  survey C (console)
t = ('Hello,\n\nYour support case %s was recently resolved. Please tell us how we did by '
     'answering a short survey:\nhttps://console.aws.amazon.com/support/survey?displayId=%s\n\n'
     'Thank you,\nAmazon Web Services\n\n' + CONSOLE_FOOT) % (CASE_C, CASE_C, CASE_C)
h = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + \
    '</body></html>'
add(build(console_hdrs(64, '2025-04-28 10:00:00', 'Amazon Web Services: Tell us about your support '
                       'experience (case %s)' % CASE_C, ses_id(64)),
          multi('alternative', [text(t), html(h)])),
    'survey', False, CASE_C, [],
    'Console survey: "Please tell us how we did" with the case number in subject and link.')

# ---------------------------------------------------------------- 065  friend, ISO-2022-JP
t = ('海斗へ\n\n転職したって聞いたよ、おめでとう。\n新しい会社はどう? 落ち着いたら一度飲みに行こう。'
     '5月の連休明けあたりはどうかな。\n\n拓海\n')
add(build([('Authentication-Results', ar_gmail('yahoo.co.jp', 'takumi_h88@yahoo.co.jp',
                                               policy='NONE')),
           ('Date', date('2025-04-30 21:14:08', '+0900')),
           ('From', addr('長谷川 拓海', 'takumi_h88@yahoo.co.jp', 'ISO-2022-JP')), ('To', ME_P),
           ('Message-ID', '<20250430121408.77211.qm@web10117.mail.ssk.yahoo.co.jp>'),
           ('Subject', ew('ひさしぶり', 'ISO-2022-JP', 'B')),
           ('X-Mailer', 'YahooMailWebService/0.8.203')],
          text(t, cs='ISO-2022-JP', cte='7bit')),
    'unrelated', False, None, [],
    'Friend\'s personal mail in ISO-2022-JP asking to meet: an ordinary question, not support.')


# ================================================================ README + output
README_HEAD = '''me: %s %s

# Blind corpus: MIME as it really arrives

65 messages from one mailbox (Kaito Minegishi: personal Gmail address, plus his company
address at Tsurugi Technologies, an AWS partner, until that mailbox closes on 2025-03-31),
March-April 2025, in arrival order. `python3 gen.py` rewrites every file.

Stress theme: the part a person actually reads is not always the part that is easy to parse:
asks that live only in the HTML part behind a "view this in a browser" text stub, text and HTML
parts that disagree, RFC 2047 encoded-word subjects and display names (a case number cut across
two encoded words), ISO-2022-JP and Shift_JIS bodies, quoted-printable soft line breaks inside
key words and IDs, support mail that arrives wrapped as message/rfc822 by a relay, and the same
structures on mail that asks nothing.

## Cases

| case | channel | story |
|---|---|---|
| %s | form, personal address | merge of the company account %s into the personal account %s; partner (APN) hold with a buried question, hold lifted, HTML-only confirmation, closing notice, confirmed, merged, survey; reopened by the owner for a missing 2020 exam, question, answered, resolved again |
| %s | form, company address | duplicate of the above opened by mistake; acknowledged in Japanese, closed as a duplicate |
| %s | Support Center (console) | 50%% voucher missing after the merge; question that must be answered in the console, auto-resolve warning, passed to the benefits team, resolved, survey |
| %s | form, contact typed as the (closed) company address | stray 2019 account %s; acknowledgement and a Japanese request to write from the kept address reach him only as attachments inside the company relay's forward; he writes from Gmail; Japanese confirmation; merged |
| %s | form, 2021 | old resolved case, appears only inside an attachment of message 044; no message belongs to it |

## Labelling decisions

**The line drawn for the theme.** Every message is labelled by what a person sees when the mail
is opened in an ordinary client (Gmail, Outlook, Thunderbird). For multipart/alternative that is
the HTML part: a text/plain part that is only a stub ("view this message in a browser", "this
message requires HTML") contributes nothing, and a text/plain part that contradicts the HTML is
ignored, in both directions: 015 and 023 have a stale text part that still asks for an answer
while the HTML says the hold is lifted / the merge is done (no reply needed), and 035 has a text
part that says "no action is required" while the HTML asks two questions (reply needed). Inside
the HTML, only rendered text counts: an HTML comment or a display:none block holding an old ask
(023) is invisible, and a blockquote is history, not a new ask (023, 049). Encoded words,
ISO-2022-JP/Shift_JIS, base64 and quoted-printable are decoded first, so an ID or phrase cut by
a soft line break (013, 020, 024, 049, 062) or a case number cut across two encoded words (017,
046) counts as if it were whole. Mail forwarded as an attached message/rfc822 is judged by who
forwarded it: the company's automatic mail relay (041, 043) is a delivery path, not an author,
so those messages take the label of the support mail inside them (kind, needs_reply, case, and
the candidate IDs written in that support mail), even though the relay note says that answering
the relay goes nowhere: the owner must still answer support, from his own address. A forward the
owner made himself (026) is `user_reply`, whatever it carries; an old mail he attaches (044) does
not lend its case number or IDs to his message.

**Other calls.**
- `case` is filled only for mail from support on a case, and the owner's own mail on it. Mail
  that merely carries a case token in its subject or body (the spoof 029, the colleague's
  out-of-office 027, the bounce 045) gets `case: null`. Surveys that name their case carry it.
- Candidate IDs count when they are in the message's own new text, including support echoing
  the submitted form in an acknowledgement (006, 007, 033, 041); not when they appear only in
  quoted history, blockquotes or attached older mail (020, 026, 044's attachment).
- A partner hold that also asks a question (011) is `on_hold` with `needs_reply: true`.
- Console-case requests and auto-resolve warnings (035, 037) need a reply even though the reply
  must be made in the Support Center, not by e-mail.
- The CertMetrics questionnaire (002) is programme mail, so `certification`, not `survey`.
- The bounce (045) is for the Cc to the closed company address only; the copy to support went
  through, so nothing is owed to support because of it.
- After the owner reopens a resolved case himself (058), support's "reopened and passed to the
  records team, reply if you want to add anything" (059) is a `case_update`, no reply needed.
- Colleague, friend, vendor and GitHub mail that asks a question (004, 012, 031, 054, 065) is
  `unrelated` with no reply needed: the rule is about support on a real AWS T&C case only.

## Messages

| # | kind | reply? | what it is / what makes it hard |
|---|---|---|---|
''' % (ME_P, ME_C, CASE_A, CID_OLD, CID_NEW, CASE_B, CASE_C, CASE_E, CID_STRAY, OLD_CASE)


def main():
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, (raw, label, note) in enumerate(MESSAGES, 1):
        with open(os.path.join(HERE, '%03d-msg.eml' % i), 'wb') as fh:
            fh.write(raw)
        with open(os.path.join(HERE, '%03d-msg.json' % i), 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
        rows.append('| %03d | %s | %s | %s |' % (i, label['kind'],
                                                 'yes' if label['needs_reply'] else 'no',
                                                 note.replace('|', '/')))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README_HEAD + '\n'.join(rows) + '\n')
    counts = Counter(l['kind'] for _, l, _ in MESSAGES)
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MESSAGES)))
    print('%-22s %d' % ('needs_reply true', sum(l['needs_reply'] for _, l, _ in MESSAGES)))


if __name__ == '__main__':
    main()
