#!/usr/bin/env python3
"""Generate the blind mailbox corpus (blind-327). Standard library only.
Run: python3 gen.py   (files are written next to this script)"""
import base64, quopri, json, os, random, sys
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = 'kenji.tachibana.88@gmail.com'
ME_C = 'k-tachibana@ryokusei-sol.co.jp'
ME = 'Kenji Tachibana'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
CA = '174191408700531'   # main merge case (form)
CB = '174191462900118'   # duplicate form submission
CC = '13927740561'       # console case (benefit voucher)
CD = '8834215067'        # name correction case (Japanese)
R = random.Random(327)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
CODEC = {'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-2022-jp': 'iso2022_jp',
         'shift_jis': 'shift_jis', 'iso-8859-1': 'latin-1'}
MSGS = []


def dt(s, tz=JST):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def rd(d):
    return format_datetime(d)


def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def an(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def mid_ses():
    return '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (hx(12), hx(8), hx(4), hx(4), hx(4), hx(12))


def mid_gmail():
    return '<CA%s+%s=%s@mail.gmail.com>' % (an(20), an(12), an(8))


def mid_outlook():
    return '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (R.randint(10000, 99999), an(14).upper(), R.randint(10000, 99999))


def eh(s, cs='utf-8'):
    """Encode a header value as RFC 2047 words when it is not ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, maxlinelen=76, header_name='Subject').encode(linesep='\n')


def ad(name, addr, cs='utf-8'):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return '%s <%s>' % (eh(name, cs), addr)


def enc_text(text, cs):
    codec = CODEC[cs.lower()]
    if codec == 'iso2022_jp':   # return to ASCII at the end of every line
        return b''.join(l.encode(codec) + b'\n' for l in text.rstrip('\n').split('\n'))
    return text.encode(codec)


def leaf(text, ctype='text/plain', cs='utf-8', cte='quoted-printable', extra='', quote=True):
    if not text.endswith('\n'):
        text += '\n'
    data = enc_text(text, cs)
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
    csp = '"%s"' % cs if quote else cs
    h = 'Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n%s' % (ctype, csp, cte, extra)
    return h.encode('ascii') + b'\n' + body


def attach(data, ctype, filename):
    body = base64.encodebytes(data)
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n' % (ctype, filename, filename))
    return h.encode('ascii') + b'\n' + body


def multi(subtype, parts, boundary=None, preamble=False, params=''):
    b = boundary or ('000000000000' + hx(16))
    out = ('Content-Type: multipart/%s; boundary="%s"%s\n\n' % (subtype, b, params)).encode('ascii')
    if preamble:
        out += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += ('--%s\n' % b).encode('ascii') + p
        if not p.endswith(b'\n'):
            out += b'\n'
        out += b'\n'
    out += ('--%s--\n' % b).encode('ascii')
    return out


def pdt(d):
    return d.astimezone(PDT).strftime('%a, %d %b %Y %H:%M:%S -0700 (PDT)')


def gtrace(d, rcpt, host, ip, mailfrom, dkim_dom, sel='x', dkim='pass', spf='pass', dmarc='pass',
           hfrom=None, policy='QUARANTINE'):
    """Trace headers as Gmail adds them for inbound mail."""
    hfrom = hfrom or dkim_dom
    smtp = 'SMTP id %s' % an(12)
    r = d + timedelta(seconds=R.randint(1, 9))
    spf_txt = ('%s (google.com: domain of %s designates %s as permitted sender)' % (spf, mailfrom, ip)
               if spf == 'pass' else '%s (google.com: domain of %s does not designate %s as permitted sender)' % (spf, mailfrom, ip))
    auth = ('mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s smtp.mailfrom=%s;\n'
            '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s') % (
        dkim, dkim_dom, sel, an(8), spf_txt, mailfrom, dmarc, policy, policy,
        'NONE' if dmarc == 'pass' else policy, hfrom)
    return [
        ('Delivered-To', rcpt),
        ('Received', 'by 2002:a05:7208:%s:b0:%s with %s;\n        %s' % (hx(4), hx(2), smtp, pdt(r))),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
                     '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (host, host, ip, an(18), rcpt, pdt(r))),
        ('Received-SPF', spf_txt + ' client-ip=%s;' % ip),
        ('Authentication-Results', auth),
    ]


def mtrace(d, rcpt, ip, mailfrom_dom, dkim_dom, dkim='pass', spf='pass', dmarc='pass', hfrom=None):
    """Trace headers as Exchange Online adds them (company mailbox)."""
    hfrom = hfrom or dkim_dom
    return [
        ('Received', 'from OS3PR01MB%d.jpnprd01.prod.outlook.com (2603:1096:604:%s::%s) by\n'
                     ' TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s' % (
                         R.randint(1000, 9999), hx(2), hx(2), R.randint(10000, 99999),
                         rd((d + timedelta(seconds=4)).astimezone(UTC)))),
        ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
                                   ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100' % (
                                       spf, ip, mailfrom_dom, dkim, dkim_dom, dmarc, hfrom)),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates %s as permitted sender)' % (mailfrom_dom, ip)),
    ]


def ses_trace(d, rcpt, sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug'):
    ip = '54.240.8.%d' % R.randint(10, 99)
    mf = '0100%s-%s-000000@amazonses.com' % (hx(12), hx(8))
    if rcpt == ME_C:
        return mtrace(d, rcpt, ip, 'amazonses.com', 'amazon.com')
    return gtrace(d, rcpt, 'a8-%s.smtp-out.amazonses.com' % ip.split('.')[-1], ip, mf, 'amazon.com', sel,
                  hfrom='amazon.com')


def M(kind, reply, case, cands, note, headers, body, crlf=False):
    """Register one message. headers: list of (name, value); body: bytes starting with Content-Type."""
    MSGS.append(dict(kind=kind, reply=reply, case=case, cands=list(cands), note=note,
                     headers=headers, body=body, crlf=crlf))


def H(date, frm, to, subject, mid, cc=None, irt=None, refs=None, trace=(), extra=(), subj_cs='utf-8',
      reply_to=None):
    h = list(trace)
    h += [('Date', rd(date)), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('Subject', eh(subject, subj_cs)), ('Message-ID', mid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h += list(extra)
    h.append(('MIME-Version', '1.0'))
    return h


# ---------------------------------------------------------------- messages 001-012
SA = '[AWS Training and Certification Form Submission] - account-assistance'
SUBJ_A = 'RE:[CASE %s] %s' % (CA, SA)
AWSN = 'Amazon Web Services'
TCN = 'AWS Training and Certification'

# 001 billing statement from the same sender the console uses
d = dt('2025-03-10 09:12:05')
t = """Greetings from Amazon Web Services,

Your billing statement for the period February 1 - February 28, 2025 is now
available for AWS account [AWS ID 318475520964].

Amount due: USD 4.87
Payment method: Visa ending in 4417

The full breakdown by service is on the Bills page of the Billing and Cost
Management console:
https://console.aws.amazon.com/billing/home#/bills

No action is needed if your payment method is current.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
"""
h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
     '<p>Greetings from Amazon Web Services,</p>'
     '<p>Your billing statement for the period <b>February 1 - February 28, 2025</b> is now available for AWS account [AWS ID 318475520964].</p>'
     '<table border="0" cellpadding="4"><tr><td>Amount due</td><td><b>USD 4.87</b></td></tr>'
     '<tr><td>Payment method</td><td>Visa ending in 4417</td></tr></table>'
     '<p>The full breakdown by service is on the <a href="https://console.aws.amazon.com/billing/home#/bills">Bills page</a> of the Billing and Cost Management console.</p>'
     '<p>No action is needed if your payment method is current.</p>'
     '<p style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>'
     '</body></html>')
M('unrelated', False, None, [], 'AWS billing statement from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID in [AWS ID ...] form.',
  H(d, ad(AWSN, 'no-reply-aws@amazon.com'), ME_P,
    'Amazon Web Services Billing Statement Available [Account: 318475520964]', mid_ses(),
    trace=ses_trace(d, ME_P)),
  multi('alternative', [leaf(t), leaf(h, 'text/html')], boundary='----=_Part_%d_%d.%d' % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), 1741565525000)))

# 002 colleague, handover, ISO-2022-JP
d = dt('2025-03-11 14:03:51')
t = """橘さん

お疲れさまです。佐々木です。
退職前の引き継ぎについて、次の三点を確認させてください。

1. infra-tools リポジトリの feature/account-merge ブランチは main にマージ済みですか?
2. A社の AWS アカウント(508812347760)の請求アラートの宛先を誰に変えるか
3. 共有ドライブ「クラウド推進部」のオーナー権限の移譲

今週中に30分ほどお時間いただけると助かります。
よろしくお願いします。

--
佐々木 美穂
緑星ソリューションズ株式会社 クラウド推進部
"""
M('unrelated', False, None, [], 'Colleague asks about handover in ISO-2022-JP; contains "マージ" (git) and questions, but not support mail.',
  H(d, ad('佐々木 美穂', 'm-sasaki@ryokusei-sol.co.jp', 'iso-2022-jp'), ad('橘 健司', ME_C, 'iso-2022-jp'),
    '引き継ぎの件(確認3点)', mid_outlook(), subj_cs='iso-2022-jp',
    trace=[('Received', 'from TYCPR01MB77021.jpnprd01.prod.outlook.com ([fe80::5c1e:2b0f:9a41:c3d7]) by\n'
                        ' TYCPR01MB77021.jpnprd01.prod.outlook.com ([fe80::5c1e:2b0f:9a41:c3d7%6]) with mapi id\n'
                        ' 15.20.8511.026; Tue, 11 Mar 2025 05:03:52 +0000')],
    extra=[('Thread-Topic', eh('引き継ぎの件(確認3点)', 'iso-2022-jp')), ('Content-Language', 'ja-JP'),
           ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal')]),
  leaf(t, cs='iso-2022-jp', cte='7bit'), crlf=True)

# 003 certification benefits (old company account)
d = dt('2025-03-12 02:40:17', UTC)
t = """Hello Kenji,

As an AWS Certified professional you have benefits waiting in your AWS
Certification Account.

  Candidate ID: AWS04417395
  Active certifications: 2

Available now:
  * 50% off your next AWS Certification exam (one-time use)
  * Access to the AWS Certified Global Community
  * Digital badges through Credly

Sign in at https://www.aws.training/Certification and open the Benefits tab to
view your voucher code. Benefits stay available for as long as at least one of
your certifications is active.

AWS Certification
This is an automated message. Replies to this address are not monitored.
"""
M('certification', False, None, ['AWS04417395'], 'CertMetrics benefits notice to the company address; candidate ID in own text; not a case.',
  H(d, ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Your AWS Certification benefits are ready to use', '<%s.%s@certmetrics.com>' % (hx(16), R.randint(1000, 9999)),
    trace=mtrace(d, ME_C, '198.2.177.%d' % R.randint(2, 250), 'mail.certmetrics.com', 'certmetrics.com')),
  leaf(t, cs='us-ascii', cte='7bit'))

# 004 GitHub "merged"
d = dt('2025-03-13 18:22:40')
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/ryokusei-oss/tf-modules/pull/412#event-16827734021
You are receiving this because you authored the thread.

Message ID: <ryokusei-oss/tf-modules/pull/412/issue_event/16827734021@github.com>
"""
h = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/ryokusei-oss/tf-modules/pull/412">#412</a> into main.</p>'
     '<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/ryokusei-oss/tf-modules/pull/412#event-16827734021">view it on GitHub</a>.<br>'
     'You are receiving this because you authored the thread.</p>')
M('unrelated', False, None, [], 'GitHub pull request "Merged ... into main" about consolidating account modules; merge vocabulary trap.',
  H(d, ad('Haruka Ono', 'notifications@github.com'), ad('ryokusei-oss/tf-modules', 'tf-modules@noreply.github.com'),
    'Re: [ryokusei-oss/tf-modules] Consolidate account modules into one package (PR #412)',
    '<ryokusei-oss/tf-modules/pull/412/issue_event/16827734021@github.com>',
    cc=ad(ME, ME_P) + ', ' + ad('Author', 'author@noreply.github.com'),
    irt='<ryokusei-oss/tf-modules/pull/412@github.com>', refs='<ryokusei-oss/tf-modules/pull/412@github.com>',
    trace=gtrace(d, ME_P, 'out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com', 'github.com', 'pf2023'),
    extra=[('List-ID', 'ryokusei-oss/tf-modules <tf-modules.ryokusei-oss.github.com>'),
           ('X-GitHub-Reason', 'author'), ('Precedence', 'list')]),
  multi('alternative', [leaf(t, cte='7bit', quote=False), leaf(h, 'text/html', cte='7bit', quote=False)],
        boundary='--==_mimepart_67d2a3a0%s_%d' % (hx(5), R.randint(100, 999))))

# 005 note to self before filing
d = dt('2025-03-14 09:31:12')
t = """統合前に旧アカウント(会社アドレス)で確認したこと

・候補ID: AWS04417395
・試験履歴: CLF-C01 (2022/06 合格), SAA-C03 (2023/05 合格)
・特典: 次回受験50%割引 (未使用)
・証明書PDF 2通 → Google ドライブ「資格」フォルダに保存済み
・新アカウント(個人Gmail)はBuilder IDで作成済み、候補IDは AWS09921604

TODO
- 問い合わせフォームから統合を依頼(保持するのは個人Gmail側)
- 3/31 の最終出社日までに完了させる
- 完了後、Credly のバッジと特典を確認
"""
M('user_reply', False, None, ['AWS04417395', 'AWS09921604'], 'Owner\'s note to self in Japanese (base64 UTF-8) listing both candidate IDs before the case exists.',
  H(d, ad(ME, ME_P), ad(ME, ME_P), 'メモ: 認定アカウント 統合前の控え', mid_gmail()),
  multi('alternative', [leaf(t, cte='base64', quote=False),
                        leaf('<div dir="ltr">' + t.replace('\n', '<br>\n') + '</div>', 'text/html', cte='base64', quote=False)]))

# 006 Builder ID verification code
d = dt('2025-03-14 09:44:30')
h = ('<html><body><table width="600" style="font-family:Helvetica,Arial"><tr><td>'
     '<h2>Verify your email address</h2>'
     '<p>Use this code to finish creating your AWS Builder ID:</p>'
     '<p style="font-size:28px;letter-spacing:4px"><b>582913</b></p>'
     '<p>The code is valid for 10 minutes. If you did not request it, you can ignore this message.</p>'
     '<p style="color:#888;font-size:11px">Amazon Web Services, Inc., 410 Terry Ave N., Seattle, WA 98109</p>'
     '</td></tr></table></body></html>')
M('unrelated', False, None, [], 'Builder ID one-time code (6 digits), HTML only.',
  H(d, ad('AWS', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address', mid_ses(),
    trace=gtrace(d, ME_P, 'a48-110.smtp-out.amazonses.com', '54.240.48.110',
                 '0100019592%s-%s-000000@us-east-1.amazonses.com' % (hx(6), hx(8)), 'signin.aws', 'sa1', hfrom='signin.aws')),
  leaf(h, 'text/html', cte='quoted-printable'))

# 007 acknowledgement, main case (English, plain, CRLF)
d = dt('2025-03-14 01:01:40', UTC)
MID_A1 = mid_ses()
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. This message
confirms that we created case 174191408700531 for your request.

Someone from our team normally answers within one business day. Requests that
need research into account history can take a little longer, and we thank you
for your patience in the meantime.

Opening another form for the same request only slows things down. To add
details, reply to this message and leave the case number in the subject line.

Summary of what you submitted:
--------------------------------------------------
Inquiry type: Certification
Additional details: Account Merge
Name: Kenji Tachibana
Email: kenji.tachibana.88@gmail.com
Candidate ID: AWS04417395
How can we help you?:
I am leaving Ryokusei Solutions at the end of March and want the
certification account on my company address merged into my personal one.
Addresses I have used: k-tachibana@ryokusei-sol.co.jp,
kenji.tachibana.88@gmail.com
Address to keep: kenji.tachibana.88@gmail.com (candidate ID AWS09921604)
--------------------------------------------------

Regards,
AWS Training and Certification Customer Service
"""
M('acknowledgement', False, CA, ['AWS04417395', 'AWS09921604'],
  'Case opened, 15-digit ID; echoes the form (candidate IDs counted as the mail\'s own text); "reply to add details" is optional.',
  H(d, ad(TCN, FORM), ME_P, SUBJ_A, MID_A1, trace=ses_trace(d, ME_P)),
  leaf(t, cs='us-ascii', cte='7bit', quote=False), crlf=True)

# 008 acknowledgement of the accidental duplicate (Japanese template, QP)
d = dt('2025-03-14 01:10:52', UTC)
MID_B1 = mid_ses()
t = """お客様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
ケース番号 174191462900118 でお問い合わせを受け付けました。

担当者より、原則として1営業日以内にご連絡いたします。内容によっては確認にお時間を頂戴する場合がございますので、あらかじめご了承ください。

同じご依頼で新しいケースを作成されますと、回答が遅れる原因となります。情報を追加される場合は、件名のケース番号を変えずに本メールへご返信ください。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: kenji.tachibana.88@gmail.com
AWS 候補 ID: AWS04417395
ご用件:
3月末で退職するため、会社アドレスの認定アカウントを個人アドレスのアカウント(AWS09921604)に統合してください。

AWS トレーニングと認定 カスタマーサービス
"""
M('acknowledgement', False, CB, ['AWS04417395', 'AWS09921604'],
  'Second case opened nine minutes after the first (duplicate form), Japanese template, quoted-printable; must be seen as a separate case number.',
  H(d, ad('AWS トレーニングと認定', FORM), ME_P, 'RE: [CASE %s] %s' % (CB, SA), MID_B1, trace=ses_trace(d, ME_P)),
  leaf(t, cte='quoted-printable'))

# 009 marketing, HTML only
d = dt('2025-03-14 19:00:03')
h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Summit Japan 2025</title></head>
<body style="margin:0;background:#f2f3f3"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:'Amazon Ember',Arial,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:24px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.6">
<p>Kenji さん</p>
<p>AWS Summit Japan 2025 の参加登録を開始しました。150 を超えるセッション、ハンズオン、そして AWS 認定者ラウンジをご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_summit25" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">このメールは aws-marketing-email-replies@amazon.com から送信されています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
Amazon Web Services Japan G.K., 1-1 Kamiosaki 3-chome, Shinagawa-ku, Tokyo</td></tr>
</table></td></tr></table></body></html>
"""
M('unrelated', False, None, [], 'AWS marketing (Summit registration), Japanese HTML only, mentions AWS certification lounge.',
  H(d, ad('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
    '【AWS Summit Japan 2025】参加登録受付中', '<%s@mkto.amazon.com>' % an(24),
    trace=gtrace(d, ME_P, 'mail1.pages.awscloud.com', '199.15.212.%d' % R.randint(2, 250),
                 'bounce-%s@pages.awscloud.com' % hx(10), 'amazon.com', 'm1'),
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?id=%s>' % an(16))]),
  leaf(h, 'text/html', cte='base64'))

# 010 duplicate case linked and closed
d = dt('2025-03-15 00:27:09', UTC)
t = """Hello Kenji,

Our records show the same request arriving twice, a few minutes apart. The
first case, 174191408700531, already covers merging your certification
accounts, so I have linked the two cases and closed this second one. Every
further update will come on case 174191408700531.

Nothing else is needed from you on this case.

Best regards,
Daniel R.
AWS Training and Certification Customer Service
"""
M('case_update', False, CB, [],
  'Duplicate case closed and linked to the original; "closed" but not for lack of answer, nothing asked. Body names the other case number.',
  H(d, ad(TCN, FORM), ME_P, 'RE: [CASE %s] %s' % (CB, SA), mid_ses(), irt=MID_B1, refs=MID_B1,
    trace=ses_trace(d, ME_P)),
  leaf(t, cs='us-ascii', cte='7bit'))

# 011 partner hold with a buried question
d = dt('2025-03-15 03:48:21', UTC)
MID_A2 = mid_ses()
t = """Hello Kenji,

Thank you for waiting while we reviewed your request.

When I looked up the certification account registered to
k-tachibana@ryokusei-sol.co.jp, I found it is associated with an AWS Partner
Network organization, Ryokusei Solutions K.K. Accounts connected to a partner
organization are maintained together with that partner's records, which means
we cannot merge them on our side while the association is in place. I have
therefore placed your case on hold for now.

Before I ask our partner operations team to release the association, I need a
short statement from you: are you leaving Ryokusei Solutions, and if so, what
is your last working day? As soon as I have that, I can move the case along.

Kind regards,
Marisol D.
AWS Training and Certification
"""
h = ('<div style="font-family:Calibri,Arial;font-size:11pt">' +
     ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')[:-1]) +
     '<p>Kind regards,<br>Marisol D.<br><span style="color:#555">AWS Training and Certification</span></p></div>')
M('on_hold', True, CA, [],
  'Case put on hold because the old account is tied to an APN partner, but the agent needs the owner to say whether/when they leave: on_hold with needs_reply.',
  H(d, ad(TCN, FORM), ME_P, SUBJ_A, MID_A2, irt=MID_A1, refs=MID_A1, trace=ses_trace(d, ME_P)),
  multi('alternative', [leaf(t), leaf(h, 'text/html')], boundary='----=_Part_%d_%d' % (R.randint(10**5, 10**6), R.randint(10**8, 10**9))))

# 012 exam vendor appointment confirmation
d = dt('2025-03-15 21:14:33')
t = """Dear Kenji Tachibana,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Appointment: Saturday, June 14, 2025 at 10:00 AM JST
Location: Online (OnVUE)
Registration ID: 481205736

Please run the system test on the computer you will use at least 24 hours
before the appointment. You can reschedule or cancel up to 24 hours in advance
from your AWS Certification Account.

Sincerely,
Pearson VUE
"""
M('unrelated', False, None, [], 'Exam vendor (Pearson VUE) appointment for an AWS exam; 9-digit registration ID is not a case number.',
  H(d, ad('Pearson VUE', 'noreply@pearsonvue.com'), ME_P,
    'Pearson VUE Confirmation of Your AWS Certified Solutions Architect - Professional Exam', '<%s@pearsonvue.com>' % an(30),
    trace=gtrace(d, ME_P, 'mta-%d.pearsonvue.com' % R.randint(10, 60), '64.94.221.%d' % R.randint(2, 250),
                 'bounces@pearsonvue.com', 'pearsonvue.com', 'pvue1')),
  leaf(t, cs='utf-8', cte='7bit'))

# ---------------------------------------------------------------- messages 013-024
def q(text, p='> '):
    return '\n'.join((p + l).rstrip() if l else p.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'


# 013 owner answers the hold question (Gmail)
d = dt('2025-03-16 10:05:44')
MID_A3 = mid_gmail()
t = """Hi Marisol,

Yes, I am leaving Ryokusei Solutions. My last working day is March 31, 2025,
and the company address k-tachibana@ryokusei-sol.co.jp will be switched off
shortly after that, so I would appreciate it if the merge could be finished
before then.

Please go ahead and ask the partner team to release the association.

Best regards,
Kenji Tachibana

On Sat, Mar 15, 2025 at 12:48 PM AWS Training and Certification <%s> wrote:
%s""" % (FORM, q("""Hello Kenji,

Thank you for waiting while we reviewed your request.

When I looked up the certification account registered to
k-tachibana@ryokusei-sol.co.jp, I found it is associated with an AWS Partner
Network organization, Ryokusei Solutions K.K. Accounts connected to a partner
organization are maintained together with that partner's records, which means
we cannot merge them on our side while the association is in place. I have
therefore placed your case on hold for now.

Before I ask our partner operations team to release the association, I need a
short statement from you: are you leaving Ryokusei Solutions, and if so, what
is your last working day? As soon as I have that, I can move the case along.

Kind regards,
Marisol D.
AWS Training and Certification"""))
M('user_reply', False, CA, [], 'Owner answers the hold question; Gmail "On ... wrote:" with the question quoted below.',
  H(d, ad(ME, ME_P), ad(TCN, FORM), SUBJ_A, MID_A3, irt=MID_A2, refs=MID_A1 + ' ' + MID_A2),
  multi('alternative', [leaf(t, quote=False),
                        leaf('<div dir="ltr">' + t.split('\nOn Sat')[0].replace('\n', '<br>') +
                             '</div><br><div class="gmail_quote"><div class="gmail_attr">On Sat, Mar 15, 2025 at 12:48 PM AWS Training and Certification &lt;' + FORM +
                             '&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Hello Kenji,<br>...'
                             'I need a short statement from you: are you leaving Ryokusei Solutions, and if so, what is your last working day?<br>...</blockquote></div>',
                             'text/html', quote=False)]))

# 014 passed to partner operations
d = dt('2025-03-17 02:12:56', UTC)
MID_A4 = mid_ses()
t = """Hi Kenji,

Thanks for confirming your departure date. I've handed your case to our
partner operations team, who will work with the partner organization to remove
the link between your old certification account and Ryokusei Solutions.

This step usually takes a few business days. You don't need to do anything at
the moment; we'll write again on this case as soon as there is progress.

Regards,
Marisol D.
AWS Training and Certification
"""
M('case_update', False, CA, [], 'Passed to another team, explicitly nothing to do.',
  H(d, ad(TCN, FORM), ME_P, SUBJ_A, MID_A4, irt=MID_A3, refs=' '.join([MID_A1, MID_A2, MID_A3]),
    trace=ses_trace(d, ME_P)),
  leaf(t, cte='quoted-printable'))

# 015 Japanese newsletter in Shift_JIS
d = dt('2025-03-17 18:30:00')
t = """━━━━━━━━━━━━━━━━━━━━━━━━━━
  週刊クラウド通信  第412号  2025/03/17
━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
・AWS 認定の再認定ルールが変わる? 受験前に確認したいポイント
・転職時に認定アカウントを個人アドレスへ移す手順まとめ
・Terraform 1.11 リリースノート解説

■ 読者アンケートのお願い
今後の特集テーマについて、ぜひご意見をお寄せください(3分で終わります)。
https://cloud-tsushin.example.jp/survey/412

──────────────────────────
配信停止: https://cloud-tsushin.example.jp/unsubscribe
発行: クラウド通信編集部
"""
M('unrelated', False, None, [], 'Shift_JIS newsletter (quoted-printable) about certification-account moves and a reader survey.',
  H(d, ad('週刊クラウド通信', 'news@cloud-tsushin.example.jp', 'shift_jis'), ME_P, '週刊クラウド通信 第412号', '<%s.412@cloud-tsushin.example.jp>' % hx(20),
    subj_cs='shift_jis',
    trace=gtrace(d, ME_P, 'mail.cloud-tsushin.example.jp', '203.0.113.45', 'bounce@cloud-tsushin.example.jp',
                 'cloud-tsushin.example.jp', 'mag', policy='NONE'),
    extra=[('List-Unsubscribe', '<https://cloud-tsushin.example.jp/unsubscribe>')]),
  leaf(t, cs='shift_jis', cte='quoted-printable'))

# 016 pure partner hold, nothing asked
d = dt('2025-03-18 05:40:02', UTC)
MID_A5 = mid_ses()
t = """Hello Kenji,

I'm Pradeep from the AWS Partner Operations team, now handling case
174191408700531.

We have sent a request to the partner administrator of Ryokusei Solutions K.K.
to approve releasing your certification record from their partner profile.
Until they respond, your merge request is paused on our side. There is nothing
you need to send us right now; we will follow up on this case once the partner
has acted or after five business days, whichever comes first.

Thanks,
Pradeep K.
AWS Partner Operations
"""
M('on_hold', False, CA, [], 'Pure hold: the partner must act; nothing asked of the owner.',
  H(d, ad('AWS Partner Operations', FORM), ME_P, 'RE: [CASE %s] %s' % (CA, SA), MID_A5, irt=MID_A4,
    refs=' '.join([MID_A1, MID_A2, MID_A3, MID_A4]), trace=ses_trace(d, ME_P)),
  leaf(t, cs='us-ascii', cte='7bit'))

# 017 lookalike-domain phishing
d = dt('2025-03-18 23:51:19')
h = """<html><body style="font-family:Arial">
<table width="560" style="border:1px solid #ddd"><tr><td style="background:#232f3e;padding:12px"><img src="https://aws-certsupport-team.com/img/aws_logo.png" alt="aws"></td></tr>
<tr><td style="padding:20px;font-size:14px">
<p>Dear Certified Professional,</p>
<p>Your account merge request <b>Case 174198820300419</b> cannot be completed because your identity could not be verified.</p>
<p>To avoid losing your certifications and exam history, you must verify your AWS Builder ID within <b>24 hours</b>:</p>
<p><a href="https://aws-certsupport-team.com/verify?u=kenji.tachibana.88" style="background:#ff9900;padding:10px 20px;color:#000">Verify my account</a></p>
<p>After verification please reply to this message with your candidate ID and date of birth.</p>
<p>AWS Training &amp; Certification Support</p>
</td></tr></table></body></html>
"""
M('suspicious', False, None, [], 'Lookalike domain aws-certsupport-team.com, fake case number, urgency and a credential link; demands a reply but must not be answered.',
  H(d, ad('AWS Certification Support', 'support@aws-certsupport-team.com'), ME_P,
    'Action required: verify your identity to complete your account merge', '<%s@aws-certsupport-team.com>' % an(22),
    trace=gtrace(d, ME_P, 'mail.aws-certsupport-team.com', '185.213.26.%d' % R.randint(2, 250),
                 'support@aws-certsupport-team.com', 'aws-certsupport-team.com', 'default', policy='NONE')),
  leaf(h, 'text/html', cte='quoted-printable'))

# 018 Skill Builder receipt
d = dt('2025-03-19 08:02:44')
t = """Thank you for your order.

AWS Skill Builder Individual subscription - monthly
Order number: SB-20250319-7731042
Amount charged: USD 29.00 (Visa ending in 4417)
Next renewal: April 19, 2025

You can manage or cancel your subscription at any time from
https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
M('unrelated', False, None, [], 'Skill Builder subscription receipt from no-reply@aws.training; training sender but not a case.',
  H(d, ad('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder receipt', mid_ses(),
    trace=gtrace(d, ME_P, 'a9-33.smtp-out.amazonses.com', '54.240.9.33',
                 '0100019%s-%s-000000@amazonses.com' % (hx(9), hx(8)), 'aws.training', 'st1', hfrom='aws.training')),
  leaf(t, cs='utf-8', cte='base64'))

# 019 hold lifted; subject lost its case token, threading by headers
d = dt('2025-03-19 09:16:37', UTC)
MID_A6 = mid_ses()
t = """Hello Kenji,

Good news: the partner administrator approved the release, and your old
certification account is no longer attached to the Ryokusei Solutions partner
profile. The hold on your request has been lifted and the case has gone back
to the certification team, who will contact you shortly about the merge itself.

Case ID: 174191408700531

Thanks,
Pradeep K.
AWS Partner Operations
"""
M('case_update', False, CA, [], 'Hold lifted, case back with certification team; subject has no [CASE] token (In-Reply-To and "Case ID:" in the body).',
  H(d, ad('AWS Partner Operations', FORM), ME_P, 'Update on your AWS Certification request', MID_A6, irt=MID_A5,
    refs=' '.join([MID_A1, MID_A4, MID_A5]), trace=ses_trace(d, ME_P)),
  leaf(t, cte='quoted-printable'))

# ---------------------------------------------------------------- messages 020-028
# 020 confirmation request, HTML only with a table, To personal / Cc company
d = dt('2025-03-20 10:02:18', UTC)
MID_A7 = mid_ses()
rows = [('Account #1', ME_P, 'AWS09921604'), ('Account #2', ME_C, 'AWS04417395')]
tbl = ''.join(
    '<tr><td rowspan="4" style="border:1px solid #999;padding:6px;font-weight:bold">%s</td>'
    '<td style="border:1px solid #999;padding:6px">Login email</td><td style="border:1px solid #999;padding:6px">%s</td></tr>'
    '<tr><td style="border:1px solid #999;padding:6px">Training notification email</td><td style="border:1px solid #999;padding:6px">%s</td></tr>'
    '<tr><td style="border:1px solid #999;padding:6px">Certification notification email</td><td style="border:1px solid #999;padding:6px">%s</td></tr>'
    '<tr><td style="border:1px solid #999;padding:6px">Candidate ID</td><td style="border:1px solid #999;padding:6px">%s</td></tr>'
    % (n, e, e, e, c) for n, e, c in rows)
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hello Kenji,</p>
<p>With the partner association removed, your accounts are ready to be combined. These are the two certification accounts I located for you:</p>
<table style="border-collapse:collapse;font-size:13px">%s</table>
<p>A merge moves the exam history, certifications and benefits onto one account; the other account stops working for sign-in, and the change cannot be reversed.</p>
<p>Please look over the details above and reply to confirm that both accounts are yours and that <b>Account #1</b> is the one we should keep.</p>
<p>Best wishes,<br>Aoife M.<br>AWS Training and Certification Customer Service</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. and its affiliates. This message may contain confidential information.</p>
</div></body></html>
""" % tbl
M('confirmation_request', True, CA, ['AWS09921604', 'AWS04417395'],
  'Account #1 / Account #2 listing in an HTML-only table (no text part); asks to confirm ownership and which account to keep.',
  H(d, ad(TCN, FORM), ME_P, SUBJ_A, MID_A7, cc=ME_C, irt=MID_A6,
    refs=' '.join([MID_A1, MID_A5, MID_A6]), trace=ses_trace(d, ME_P)),
  leaf(h, 'text/html', cte='quoted-printable'))

# 021 another AWS program's form case asking for information (not T&C)
d = dt('2025-03-20 16:40:09', UTC)
t = """Hello,

Thank you for contacting AWS Educate. We are looking into the classroom
invitation problem you reported for your study group.

To continue, could you send us the email addresses of the two students who did
not receive the invitation, and the name of the classroom as it appears in your
dashboard?

Best,
Nadia F.
AWS Educate Support
"""
M('unrelated', False, None, [], 'AWS Educate form case (aws-cs-educate-form@amazon.com) that asks questions: same shape as T&C mail but another program, so no reply flag and no case label.',
  H(d, ad('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
    'RE:[CASE 17424871530] [AWS Educate Form Submission] - classroom-access', mid_ses(),
    trace=ses_trace(d, ME_P)),
  leaf(t, cs='us-ascii', cte='7bit'))

# 022 owner confirms from the company address (Outlook, reply-all)
d = dt('2025-03-21 09:12:40')
MID_A8 = mid_outlook()
t = """Confirmed. Both accounts are mine. Please keep Account #1 and merge Account #2 into it.

橘 健司 / Kenji Tachibana
緑星ソリューションズ株式会社 クラウド推進部

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 20, 2025 7:02 PM
To: kenji.tachibana.88@gmail.com
Cc: Tachibana Kenji <k-tachibana@ryokusei-sol.co.jp>
Subject: RE:[CASE 174191408700531] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenji,

With the partner association removed, your accounts are ready to be combined. These are the two certification accounts I located for you:

Account #1  Login email  kenji.tachibana.88@gmail.com
Training notification email  kenji.tachibana.88@gmail.com
Certification notification email  kenji.tachibana.88@gmail.com
Candidate ID  AWS09921604
Account #2  Login email  k-tachibana@ryokusei-sol.co.jp
Training notification email  k-tachibana@ryokusei-sol.co.jp
Certification notification email  k-tachibana@ryokusei-sol.co.jp
Candidate ID  AWS04417395

A merge moves the exam history, certifications and benefits onto one account; the other account stops working for sign-in, and the change cannot be reversed.

Please look over the details above and reply to confirm that both accounts are yours and that Account #1 is the one we should keep.

Best wishes,
Aoife M.
AWS Training and Certification Customer Service
"""
hp = t.split('\nFrom: AWS')[0]
h = ('<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' + hp.replace('\n', '<br>') +
     '</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> AWS Training and Certification '
     '&lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> Thursday, March 20, 2025 7:02 PM<br>'
     '<b>Subject:</b> RE:[CASE 174191408700531] [AWS Training and Certification Form Submission] - account-assistance</div>'
     '<div>Hello Kenji, ... Please look over the details above and reply to confirm that both accounts are yours and that '
     '<b>Account #1</b> is the one we should keep. ...</div></body></html>')
M('user_reply', False, CA, [],
  'Owner confirms from the company (to-be-merged) address in Outlook style; the quoted request keeps its candidate IDs, which are not new text.',
  H(d, ad('Tachibana Kenji', ME_C), ad(TCN, FORM), 'RE: ' + SUBJ_A, MID_A8, cc=ME_P, irt=MID_A7,
    refs=' '.join([MID_A1, MID_A6, MID_A7]),
    extra=[('Thread-Topic', SUBJ_A), ('Thread-Index', 'AQHbmV' + an(22) + '=='), ('Content-Language', 'ja-JP'),
           ('X-MS-Has-Attach', ''), ('X-Mailer', 'Microsoft Outlook 16.0')]),
  multi('alternative', [leaf(t, cte='base64'), leaf(h, 'text/html', cte='quoted-printable')],
        boundary='_000_%s_' % mid_outlook()[1:40]), crlf=True)

# 023 support: write again from the address you keep (sent to the company address)
d = dt('2025-03-21 03:55:31', UTC)
MID_A9 = mid_ses()
t = """Hello Kenji,

Thanks for the quick answer. Your confirmation reached us from
k-tachibana@ryokusei-sol.co.jp, which belongs to the account that would be
merged away. For the security of your records we only accept the go-ahead from
the address of the account being kept.

Could you send the same confirmation from kenji.tachibana.88@gmail.com?
Replying to this email from that address is all it takes.

Regards,
Tomasz W.
AWS Training and Certification Customer Service
"""
M('info_request', True, CA, [],
  'Wrong-address reply: support asks the owner to resend the confirmation from the personal address; delivered to the company mailbox.',
  H(d, ad(TCN, FORM), ME_C, SUBJ_A, MID_A9, cc=ME_P, irt=MID_A8, refs=' '.join([MID_A1, MID_A7, MID_A8]),
    trace=ses_trace(d, ME_C)),
  leaf(t, cte='quoted-printable'))

# 024 owner re-confirms from the personal address, top-posted over the whole history
d = dt('2025-03-21 13:20:06')
MID_A10 = mid_gmail()
hist = """Hello Kenji,

Thanks for the quick answer. Your confirmation reached us from
k-tachibana@ryokusei-sol.co.jp, which belongs to the account that would be
merged away. For the security of your records we only accept the go-ahead from
the address of the account being kept.

Could you send the same confirmation from kenji.tachibana.88@gmail.com?
Replying to this email from that address is all it takes.

Regards,
Tomasz W.
AWS Training and Certification Customer Service

> Confirmed. Both accounts are mine. Please keep Account #1 and merge Account #2 into it.
>
> From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
> Sent: Thursday, March 20, 2025 7:02 PM
>
> Account #1  Login email  kenji.tachibana.88@gmail.com
> Candidate ID  AWS09921604
> Account #2  Login email  k-tachibana@ryokusei-sol.co.jp
> Candidate ID  AWS04417395
>
> Please look over the details above and reply to confirm that both accounts
> are yours and that Account #1 is the one we should keep.
"""
t = """Hello Tomasz,

Sending this from my personal address as asked. Both accounts in your list
belong to me. Keep Account #1 (kenji.tachibana.88@gmail.com) and merge
Account #2 (k-tachibana@ryokusei-sol.co.jp) into it.

Thank you,
Kenji

On Fri, Mar 21, 2025 at 12:55 PM AWS Training and Certification <%s> wrote:
%s""" % (FORM, q(hist))
M('user_reply', False, CA, [],
  'Owner\'s go-ahead from the personal address, top-posted over two levels of quoted history (candidate IDs only in the quote).',
  H(d, ad(ME, ME_P), ad(TCN, FORM), SUBJ_A, MID_A10, irt=MID_A9, refs=' '.join([MID_A1, MID_A7, MID_A8, MID_A9])),
  leaf(t, quote=False))

# 025 merge done, old request quoted below without > markers
d = dt('2025-03-22 00:41:15', UTC)
MID_A11 = mid_ses()
t = """Hello Kenji,

The merge is complete. Your exam history, both certifications and the unused
50%% exam discount are now on the account that signs in with
kenji.tachibana.88@gmail.com (candidate ID AWS09921604). The account that used
k-tachibana@ryokusei-sol.co.jp has been retired.

Credly will re-issue your digital badges to the address you kept within the
next day or so.

Should anything look wrong when you sign in, reply to this email and we will
take another look.

Best regards,
Tomasz W.
AWS Training and Certification Customer Service

-------- Original Message --------
From: AWS Training and Certification
Sent: 2025-03-20 10:02 UTC
To: %s
Subject: %s

Hello Kenji,

With the partner association removed, your accounts are ready to be combined.
These are the two certification accounts I located for you:

Account #1
Login email: kenji.tachibana.88@gmail.com
Certification notification email: kenji.tachibana.88@gmail.com
Candidate ID: AWS09921604
Account #2
Login email: k-tachibana@ryokusei-sol.co.jp
Certification notification email: k-tachibana@ryokusei-sol.co.jp
Candidate ID: AWS04417395

Please look over the details above and reply to confirm that both accounts are
yours and that Account #1 is the one we should keep.
""" % (ME_P, SUBJ_A)
M('resolved', False, CA, ['AWS09921604'],
  'Merge done; the original confirmation request is quoted below a plain "Original Message" line with no > markers; "reply if anything looks wrong" is conditional.',
  H(d, ad(TCN, FORM), ME_P, SUBJ_A, MID_A11, irt=MID_A10, refs=' '.join([MID_A1, MID_A7, MID_A9, MID_A10]),
    trace=ses_trace(d, ME_P)),
  leaf(t, cte='quoted-printable'))

# 026 Credly badge (multipart)
d = dt('2025-03-22 10:03:52')
t = """Congratulations, Kenji!

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile and share it on LinkedIn:
https://www.credly.com/badges/6b1e0f3a-94c2-4d57-a1f8-2e7c5d0b9a44/accept

The Credly Team
Credly, Inc. | 10 E 33rd St, New York, NY 10016
"""
h = ('<html><body style="font-family:Helvetica,Arial;background:#f7f7f7"><table width="600" align="center" style="background:#fff">'
     '<tr><td style="padding:30px;text-align:center"><img src="https://images.credly.com/size/110x110/images/aws-saa.png" alt="badge">'
     '<h1 style="font-size:22px">Congratulations, Kenji!</h1><p>Amazon Web Services Training and Certification has issued you a new badge:</p>'
     '<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>'
     '<p><a href="https://www.credly.com/badges/6b1e0f3a-94c2-4d57-a1f8-2e7c5d0b9a44/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept badge</a></p>'
     '</td></tr></table></body></html>')
M('badge', False, None, [], 'Credly badge issued after the merge; badge UUID in the link.',
  H(d, ad('Credly', 'admin@credly.com'), ME_P, 'You\u2019ve earned a badge from Amazon Web Services Training and Certification',
    '<%s@credly.com>' % an(28),
    trace=gtrace(d, ME_P, 'o1.email.credly.com', '167.89.18.%d' % R.randint(2, 250),
                 'bounces+1877%s@email.credly.com' % hx(6), 'credly.com', 's1')),
  multi('alternative', [leaf(t, cte='7bit', quote=False), leaf(h, 'text/html', cte='quoted-printable', quote=False)]))

# 027 Credly, second badge, HTML only, base64
d = dt('2025-03-22 10:04:07')
h = ('<!doctype html><html><body><div style="max-width:600px;margin:auto;font-family:Helvetica">'
     '<p>Hi Kenji,</p><p>Your badge <b>AWS Certified Cloud Practitioner</b> from Amazon Web Services Training and Certification is waiting for you.</p>'
     '<p>Claim it now to verify your skills online: <a href="https://www.credly.com/badges/c0d9a1e2-3f4b-4a6c-8e7d-91b2a3c4d5e6/accept">Accept badge</a></p>'
     '<p style="color:#999;font-size:11px">You received this email because a badge was issued to kenji.tachibana.88@gmail.com.</p>'
     '</div></body></html>')
M('badge', False, None, [], 'Second Credly badge mail, HTML only in base64.',
  H(d, ad('Credly', 'admin@credly.com'), ME_P, 'Claim your AWS Certified Cloud Practitioner badge',
    '<%s@credly.com>' % an(28),
    trace=gtrace(d, ME_P, 'o1.email.credly.com', '167.89.18.%d' % R.randint(2, 250),
                 'bounces+1877%s@email.credly.com' % hx(6), 'credly.com', 's1')),
  leaf(h, 'text/html', cte='base64'))

# 028 survey for the main case
d = dt('2025-03-23 01:30:00', UTC)
t = """Hello,

Your recent case with AWS Training and Certification (174191408700531) has
been marked as resolved. We would like to learn how it went.

How satisfied were you with the help you received?
https://survey.aws.training/cs?case=174191408700531&score=5  Very satisfied
https://survey.aws.training/cs?case=174191408700531&score=1  Not satisfied

The survey is optional and takes about two minutes.

AWS Training and Certification Customer Service
"""
M('survey', False, CA, [], 'Satisfaction survey carrying the case number in the subject and links.',
  H(d, ad(TCN, FORM), ME_P, 'How did we do? [CASE %s]' % CA, mid_ses(), trace=ses_trace(d, ME_P)),
  leaf(t, cs='us-ascii', cte='7bit'))

# 029 ex-colleague about Slack workspace consolidation (asks to confirm)
d = dt('2025-03-24 12:10:33')
t = """橘さん

情シスの大野です。退職に伴う各種アカウント整理のご連絡です。

社内 Slack の旧ワークスペース(ryokusei-dev)は本体ワークスペースへ統合済みのため、
橘さんのアカウントは 3/31 18:00 に無効化します。
残しておきたいファイルがあれば、27日までに私宛にご連絡いただけますか。

よろしくお願いします。
大野 晴香(情報システム課)
"""
M('unrelated', False, None, [], 'Company IT about account consolidation ("統合") with a question: colleague mail, not support.',
  H(d, ad('大野 晴香', 'h-ono@ryokusei-sol.co.jp'), ad('橘 健司', ME_C), '【情シス】退職に伴うアカウント整理について',
    mid_outlook(), extra=[('Content-Language', 'ja-JP'), ('X-MS-Exchange-Organization-AuthAs', 'Internal')]),
  leaf(t, cte='base64'))

# 030 CertMetrics program survey (not about a case)
d = dt('2025-03-25 06:00:11', UTC)
h = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Kenji,</p>
<p>AWS Certification wants to hear from you. We are redesigning the Certification Account and would value
20 minutes of your time in a short remote study with our research team.</p>
<p>If you are interested, <a href="https://amazon.qualtrics.com/jfe/form/SV_3kTq8ZbY0cRmQx2?src=certmetrics">sign up here</a>.
Participation is voluntary and does not affect your certifications.</p>
<p>AWS Certification<br><span style="font-size:11px;color:#888">Candidate ID: AWS09921604 &middot; You are receiving this because you agreed to be contacted about AWS Certification research.</span></p>
</body></html>"""
M('certification', False, None, ['AWS09921604'],
  'CertMetrics research invitation ("wants to hear from you"): a program feedback request, not a support survey.',
  H(d, ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'AWS Certification wants to hear from you',
    '<%s.%s@certmetrics.com>' % (hx(16), R.randint(1000, 9999)),
    trace=gtrace(d, ME_P, 'mail.certmetrics.com', '198.2.177.%d' % R.randint(2, 250),
                 'bounce@mail.certmetrics.com', 'certmetrics.com', 'k1')),
  leaf(h, 'text/html', cte='quoted-printable'))

# ---------------------------------------------------------------- messages 031-036
# 031 spoof of the real form address, DMARC fail
d = dt('2025-03-26 17:22:48')
t = """Hello Kenji,

Following the recent merge of your AWS Certification accounts, the exam
benefits attached to your profile have been temporarily frozen until your
billing profile is re-validated.

Sign in within 48 hours to keep your 50% exam discount:
http://aws-training-benefits.help/login?case=174198901500267

If you do not re-validate, the benefit will be removed permanently and the
case will be closed.

AWS Training and Certification Customer Service
"""
tr = gtrace(d, ME_P, 'vps-7731.hostkey-cloud.net', '45.137.21.%d' % R.randint(2, 250),
            'info@vps-7731.hostkey-cloud.net', 'amazon.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug',
            dkim='fail', spf='fail', dmarc='fail', hfrom='amazon.com')
M('suspicious', False, None, [],
  'Spoofed From the genuine form address with dkim/spf/dmarc=fail; invented case number, credential link on a foreign domain.',
  H(d, ad(TCN, FORM), ME_P, 'RE:[CASE 174198901500267] %s' % SA, '<%s@vps-7731.hostkey-cloud.net>' % an(20), trace=tr),
  leaf(t, cs='us-ascii', cte='7bit'))

# 032 owner forwards the completion to his manager (Gmail forward)
d = dt('2025-03-27 08:45:10')
MID_FWD = mid_gmail()
t = """黒田さん

資格の件、共有です。AWS 側で個人アカウントへの統合が完了しました。
旧候補ID AWS04417395 は今後使えなくなるので、社内の資格者一覧の更新をお願いします。
APN のパートナープロフィールからの切り離しも AWS 側で処理済みです。

橘

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Sat, Mar 22, 2025 at 9:41 AM
Subject: %s
To: <%s>


Hello Kenji,

The merge is complete. Your exam history, both certifications and the unused
50%% exam discount are now on the account that signs in with
kenji.tachibana.88@gmail.com (candidate ID AWS09921604). The account that used
k-tachibana@ryokusei-sol.co.jp has been retired.

Credly will re-issue your digital badges to the address you kept within the
next day or so.

Should anything look wrong when you sign in, reply to this email and we will
take another look.

Best regards,
Tomasz W.
AWS Training and Certification Customer Service
""" % (FORM, SUBJ_A, ME_P)
M('user_reply', False, CA, ['AWS04417395'],
  'Owner forwards the completion to his manager with a Japanese note; only the note\'s candidate ID is new text.',
  H(d, ad(ME, ME_P), ad('黒田 誠', 'm-kuroda@ryokusei-sol.co.jp'), 'Fwd: ' + SUBJ_A, MID_FWD),
  leaf(t, cte='quoted-printable'))

# 033 manager's out-of-office (subject carries the case token)
d = dt('2025-03-27 08:45:31')
t = """橘さん

メールありがとうございます。黒田です。
3月26日から3月30日まで出張のため不在にしております。
急ぎのご用件は部内アドレス cloud-team@ryokusei-sol.co.jp までお願いします。
31日以降に順次返信いたします。
"""
M('unrelated', False, None, [],
  'Out-of-office auto reply (ISO-2022-JP) from the manager; subject still contains "[CASE ...]" but it is not support mail.',
  H(d, ad('黒田 誠', 'm-kuroda@ryokusei-sol.co.jp', 'iso-2022-jp'), ad(ME, ME_P), '自動応答: Fwd: ' + SUBJ_A, mid_outlook(),
    subj_cs='iso-2022-jp', irt=MID_FWD, refs=MID_FWD,
    trace=gtrace(d, ME_P, 'mail-os0jpn01on2098.outbound.protection.outlook.com', '40.107.113.98',
                 'm-kuroda@ryokusei-sol.co.jp', 'ryokusei-sol.co.jp', 'selector1', policy='NONE'),
    extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'm-kuroda@ryokusei-sol.co.jp')]),
  leaf(t, cs='iso-2022-jp', cte='7bit'))

# 034 HR, leaving procedures
d = dt('2025-03-28 11:00:00')
t = """橘 健司 様

人事部の森です。退職手続きについてご案内します。

・社員証、PC、スマートフォンは 3/31 の17時までに総務へ返却してください。
・源泉徴収票は4月中旬にご自宅へ郵送します。
・会社のメールアドレスは 3/31 23:59 をもって停止します。

ご不明点があれば人事部までお問い合わせください。
"""
M('unrelated', False, None, [], 'HR notice about leaving (base64 UTF-8) to the company address.',
  H(d, ad('人事部 森', 'jinji@ryokusei-sol.co.jp'), ad('橘 健司', ME_C), '退職手続きのご案内', mid_outlook(),
    extra=[('X-MS-Exchange-Organization-AuthAs', 'Internal')]),
  leaf(t, cte='base64'))

# 035 bounce (multipart/report)
d = dt('2025-04-02 19:20:44')
t = """** Message blocked **

Your message to cloud-team@ryokusei-sol.co.jp has been blocked. See technical
details below for more information.

The response from the remote server was:
550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [TYCPR01MB77021.jpnprd01.prod.outlook.com]
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 02 Apr 2025 03:20:38 -0700 (PDT)
X-Original-Message-ID: <CAHx9kT2m4Yc7@mail.gmail.com>

Final-Recipient: rfc822; cloud-team@ryokusei-sol.co.jp
Action: failed
Status: 5.7.1
Remote-MTA: dns; ryokusei-sol-co-jp.mail.protection.outlook.com. (40.107.74.42, the server for the domain ryokusei-sol.co.jp.)
Diagnostic-Code: smtp; 550 5.7.1 RESOLVER.RST.AuthRequired; authentication required
Last-Attempt-Date: Wed, 02 Apr 2025 03:20:44 -0700 (PDT)
"""
oh = """From: Kenji Tachibana <kenji.tachibana.88@gmail.com>
Date: Wed, 2 Apr 2025 19:20:31 +0900
Message-ID: <CAHx9kT2m4Yc7@mail.gmail.com>
Subject: %s
To: cloud-team@ryokusei-sol.co.jp
""" % eh('お世話になりました')
body = multi('report', [leaf(t, cs='UTF-8', cte='7bit', quote=False),
                        b'Content-Type: message/delivery-status\n\n' + ds.encode('ascii'),
                        leaf(oh, 'text/rfc822-headers', cs='us-ascii', cte='7bit')],
             params='; report-type=delivery-status')
M('unrelated', False, None, [], 'Delivery failure report (multipart/report) for a farewell mail to the old team list.',
  H(d, ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P, 'Delivery Status Notification (Failure)',
    mid_gmail(), irt='<CAHx9kT2m4Yc7@mail.gmail.com>', refs='<CAHx9kT2m4Yc7@mail.gmail.com>',
    extra=[('Auto-Submitted', 'auto-replied')]),
  body)

# 036 free tier alert, same sender as console
d = dt('2025-04-03 06:12:19', UTC)
t = """Hello,

Your AWS account 318475520964 has used 85% of the monthly AWS Free Tier limit
for Amazon S3 (Put, Copy, Post or List Requests): 1,700 of 2,000 requests.

If usage goes above the Free Tier limit you will be charged at standard rates.
You can review usage in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/freetier

To stop receiving these alerts, change your Billing preferences.

Amazon Web Services
"""
M('unrelated', False, None, [], 'Free Tier usage alert from no-reply-aws@amazon.com; 12-digit account ID.',
  H(d, ad(AWSN, 'no-reply-aws@amazon.com'), ME_P, 'AWS Free Tier limit alert', mid_ses(), trace=ses_trace(d, ME_P)),
  leaf(t, cs='utf-8', cte='quoted-printable'))

# ---------------------------------------------------------------- messages 037-044 (console case)
CSUBJ = '50% exam discount missing after certification account merge'
CLINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CC
FOOT = """
This mailbox does not accept incoming e-mail. To read or answer this case,
open it in the AWS Support Center:
%s

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
""" % CLINK
RATE = """
Your opinion matters to us. How would you rate this reply?
Excellent: https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5
Poor:      https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1
""" % (CC, CC)

# 037 console case opened
d = dt('2025-04-04 11:27:03', UTC)
t = """Dear Amazon Web Services customer,

We opened case 13927740561 for you. A summary of the case follows.

Case ID: 13927740561
Subject: %s
Severity: General question
Correspondence:
Since my certification accounts were merged last month (form case
174191408700531), the 50%% exam discount no longer shows on the Benefits page.
Current candidate ID: AWS09921604.
""" % CSUBJ + FOOT
M('acknowledgement', False, CC, ['AWS09921604'],
  'Support Center (console) case opened; 11-digit ID, the body also names the earlier form case; footer says the address takes no mail.',
  H(d, ad(AWSN, 'no-reply-aws@amazon.com'), ME_P, 'Amazon Web Services: New Support case: %s' % CC, mid_ses(),
    trace=ses_trace(d, ME_P)),
  leaf(t, cs='utf-8', cte='7bit'))

# 038 console: info needed, answer in Support Center, rating footer
d = dt('2025-04-05 02:03:44', UTC)
t = """Hello,

Thank you for contacting AWS Support. My name is Rafael, and I will be
looking into the certification benefit that went missing.

I checked the merge that was completed on March 22. The benefit records of the
retired account were carried over, but the discount voucher that came with
them had been flagged as expired at that point, which is why it no longer
appears.

To have the benefits team issue a replacement, I need two things from you:
  1. a screenshot of the Benefits page of your current certification account;
  2. the date you earned the certification the voucher was granted for.

Please add both to the case in the Support Center.

Best regards,
Rafael S.
Amazon Web Services
""" + RATE + FOOT
h = '<html><body style="font-family:Arial;font-size:13px">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in t.strip().split('\n\n')) + '</body></html>'
M('info_request', True, CC, [],
  'Console case: asks for a screenshot and a date, to be answered in the Support Center (mail cannot be answered); rating footer follows.',
  H(d, ad(AWSN, 'no-reply-aws@amazon.com'), ME_P, 'RE:[CASE %s] %s' % (CC, CSUBJ), mid_ses(),
    trace=ses_trace(d, ME_P)),
  multi('alternative', [leaf(t), leaf(h, 'text/html')], preamble=True))

# 039 other training platform newsletter
d = dt('2025-04-06 22:15:00')
h = """<html><body style="font-family:Roboto,Arial"><h2>Your April learning digest</h2>
<p>New this month: 12 labs on Gemini, BigQuery and Cloud Run.</p>
<p>Tip: certification holders can renew at a discount. <a href="https://www.cloudskillsboost.google/catalog">Browse the catalog</a>.</p>
<p style="font-size:11px;color:#777">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043. <a href="https://www.cloudskillsboost.google/unsubscribe">Unsubscribe</a></p>
</body></html>"""
M('unrelated', False, None, [], 'Another vendor\'s training newsletter (Google Cloud Skills Boost), HTML only.',
  H(d, ad('Google Cloud Skills Boost', 'noreply-skillsboost@google.com'), ME_P, 'Your April learning digest', mid_gmail(),
    trace=gtrace(d, ME_P, 'mail-sor-f69.google.com', '209.85.220.69', 'noreply-skillsboost@google.com', 'google.com', '20230601')),
  leaf(h, 'text/html', cte='quoted-printable'))

# 040 console: will auto-resolve
d = dt('2025-04-08 03:00:12', UTC)
t = """Hello,

We haven't heard from you since our last update on case 13927740561. We are
still waiting for the screenshot of your Benefits page and the date of the
certification, which we need before the voucher can be reissued.

If there is no reply on the case within the next 3 days, it will be resolved
automatically. A resolved case can be reopened from the Support Center for up
to 14 days; after that a new case would be needed.

Best regards,
Amazon Web Services
""" + FOOT
M('closing_notice', True, CC, [],
  'Console case will auto-resolve without an answer; the answer must go through the Support Center.',
  H(d, ad(AWSN, 'no-reply-aws@amazon.com'), ME_P, 'RE:[CASE %s] %s' % (CC, CSUBJ), mid_ses(), trace=ses_trace(d, ME_P)),
  leaf(t, cte='quoted-printable'), crlf=True)

# 041 console: news, nothing asked
d = dt('2025-04-09 23:48:30', UTC)
t = """Hello,

Thanks for adding the screenshot and the certification date to the case.

I have passed a reissue request to the certification benefits team. They
usually complete these within two to three business days, and I will update
this case when I hear back. No action is required from you in the meantime.

Best regards,
Rafael S.
Amazon Web Services
""" + RATE + FOOT
M('case_update', False, CC, [], 'Console: request passed to the benefits team, "no action is required", rating footer.',
  H(d, ad(AWSN, 'no-reply-aws@amazon.com'), ME_P, 'RE:[CASE %s] %s' % (CC, CSUBJ), mid_ses(), trace=ses_trace(d, ME_P)),
  leaf(t, cte='base64'))

# 042 console: resolved
d = dt('2025-04-11 21:05:56', UTC)
t = """Hello,

Good news: the certification benefits team has issued a new 50% exam discount
voucher to your account. It is listed on the Benefits page and can be used
until April 11, 2026.

I am marking this case as resolved. If something still does not look right,
you can reopen the case from the Support Center within the next 14 days.

Best regards,
Rafael S.
Amazon Web Services
""" + RATE + FOOT
h = '<html><body style="font-family:Arial;font-size:13px">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in t.strip().split('\n\n')) + '</body></html>'
M('resolved', False, CC, [], 'Console: voucher reissued, case resolved; reopen is optional; rating footer.',
  H(d, ad(AWSN, 'no-reply-aws@amazon.com'), ME_P, 'RE:[CASE %s] %s' % (CC, CSUBJ), mid_ses(), trace=ses_trace(d, ME_P)),
  multi('alternative', [leaf(t, cte='quoted-printable'), leaf(h, 'text/html', cte='quoted-printable')]))

# 043 console survey
d = dt('2025-04-12 21:10:00', UTC)
h = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your support case <b>13927740561</b> (%s) was recently resolved.</p>
<p>Would you answer three short questions about your experience? It takes about a minute.</p>
<p><a href="https://console.aws.amazon.com/support/survey?displayId=13927740561">Start the survey</a></p>
<p style="font-size:11px;color:#777">This mailbox does not accept incoming e-mail.</p>
</body></html>""" % CSUBJ
M('survey', False, CC, [], 'Console case satisfaction survey, HTML only.',
  H(d, ad(AWSN, 'no-reply-aws@amazon.com'), ME_P, 'Amazon Web Services: Tell us about your support experience (case %s)' % CC,
    mid_ses(), trace=ses_trace(d, ME_P)),
  leaf(h, 'text/html', cte='quoted-printable'))

# 044 community event
d = dt('2025-04-14 20:31:09')
t = """橘 健司 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58 「AWS 認定 全冠への道」
日時: 2025/05/10(土) 13:00〜17:00
会場: 東京都渋谷区(詳細は参加者への情報をご確認ください)
受付番号: 8123-4456

キャンセルする場合はイベントページから手続きしてください。
connpass
"""
M('unrelated', False, None, [], 'Community event registration (connpass) about AWS certification; not AWS mail.',
  H(d, ad('connpass', 'no-reply@connpass.com'), ME_P, '【connpass】JAWS-UG 東京 #58 への参加登録が完了しました',
    '<%s@connpass.com>' % an(24),
    trace=gtrace(d, ME_P, 'mail.connpass.com', '52.68.140.%d' % R.randint(2, 250), 'bounce@connpass.com', 'connpass.com', 'cp1')),
  leaf(t, cte='base64'))

# ---------------------------------------------------------------- messages 045-056 (Japanese case)
SD = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CD
JTC = 'AWS トレーニングと認定'

# 045 acknowledgement in ISO-2022-JP
d = dt('2025-04-15 04:12:30', UTC)
MID_D1 = mid_ses()
t = """橘 健司 様

AWS トレーニングと認定 カスタマーサービスです。
このたびはお問い合わせいただき、ありがとうございます。

ケース 8834215067 を作成いたしました。内容を確認のうえ、通常1営業日以内に担当者よりご連絡いたします。

同じご用件で再度フォームを送信されますと、対応に時間を要する場合がございます。重複してのご送信はお控えください。

[お問い合わせの概要]
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: AWS09921604
内容: 認定証の氏名が KENJI TACHIBAMA と誤って表示されています。正しくは KENJI TACHIBANA です。修正をお願いします。

AWS トレーニングと認定 カスタマーサービス
"""
M('acknowledgement', False, CD, ['AWS09921604'],
  'Japanese acknowledgement in ISO-2022-JP, 10-digit case number, name-correction topic.',
  H(d, ad(JTC, FORM, 'iso-2022-jp'), ME_P, SD, MID_D1, trace=ses_trace(d, ME_P)),
  leaf(t, cs='iso-2022-jp', cte='7bit'))

# 046 GitHub issue closed
d = dt('2025-04-16 09:02:11')
t = """Closed #87 as completed via #412.

--
Reply to this email directly, view it on GitHub:
https://github.com/ryokusei-oss/tf-modules/issues/87#event-17102293310
You are receiving this because you were mentioned.
"""
M('unrelated', False, None, [], 'GitHub "Closed ... as completed" issue notification.',
  H(d, ad('Haruka Ono', 'notifications@github.com'), ad('ryokusei-oss/tf-modules', 'tf-modules@noreply.github.com'),
    'Re: [ryokusei-oss/tf-modules] Alias lookup fails after organizations are merged (Issue #87)',
    '<ryokusei-oss/tf-modules/issue/87/issue_event/17102293310@github.com>', cc=ad(ME, ME_P),
    irt='<ryokusei-oss/tf-modules/issues/87@github.com>', refs='<ryokusei-oss/tf-modules/issues/87@github.com>',
    trace=gtrace(d, ME_P, 'out-25.smtp.github.com', '192.30.252.208', 'noreply@github.com', 'github.com', 'pf2023'),
    extra=[('List-ID', 'ryokusei-oss/tf-modules <tf-modules.ryokusei-oss.github.com>'), ('X-GitHub-Reason', 'mention')]),
  leaf(t, cte='7bit', quote=False))

# 047 Japanese info request, Shift_JIS base64, request after an explanation
d = dt('2025-04-16 06:31:05', UTC)
MID_D2 = mid_ses()
t = """橘 健司 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

認定証に記載される氏名は、試験当日にご提示いただく本人確認書類の表記と一致している必要がございます。そのため、弊社で氏名を修正する際は、書類どおりの表記であることを確認させていただいております。

つきましては、次の2点をご返信いただけますでしょうか。
1. 本人確認書類(パスポート等)に記載のローマ字氏名(姓と名の区別がわかるように)
2. 修正後の氏名で認定証を再発行する認定の名称

なお、書類の画像は添付しないでください。表記をお知らせいただくだけで結構です。

お手数をおかけしますが、ご対応のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
M('info_request', True, CD, [],
  'Japanese keigo request (〜いただけますでしょうか) after an explanation, Shift_JIS in base64; also a plain 〜ないでください instruction.',
  H(d, ad(JTC, FORM, 'shift_jis'), ME_P, SD, MID_D2, irt=MID_D1, refs=MID_D1, trace=ses_trace(d, ME_P)),
  leaf(t, cs='shift_jis', cte='base64'))

# 048 other vendor closes a case for lack of reply
d = dt('2025-04-18 02:40:00', UTC)
t = """Hello Kenji,

We are closing support case 2504150030004821 (Azure subscription invoice
shows the wrong billing country) because we have not heard from you for three
business days.

If you still need help, reply to this email within 14 days and the case will
be reopened automatically.

Thank you,
Microsoft Azure Support
"""
M('unrelated', False, None, [], 'Another vendor\'s closing notice (Microsoft) with "reply to reopen": closing-notice shape, but not AWS.',
  H(d, ad('Microsoft Support', 'support@mail.support.microsoft.com'), ME_P,
    'Case 2504150030004821: your support case is being closed', '<%s@mail.support.microsoft.com>' % an(26),
    trace=gtrace(d, ME_P, 'mail-ty2jpn01on2110.outbound.protection.outlook.com', '40.107.114.110',
                 'support@mail.support.microsoft.com', 'mail.support.microsoft.com', 'selector2',
                 hfrom='mail.support.microsoft.com')),
  leaf(t, cte='quoted-printable'))

# 049 former colleague asks a question (personal mail)
d = dt('2025-04-19 12:47:55')
t = """橘さん

お久しぶりです、佐々木です。新しい職場はいかがですか?
来週どこかでランチでもどうでしょう。水曜か金曜なら空いています。
都合のよい日を教えてください!

佐々木
"""
M('unrelated', False, None, [], 'Former colleague asks a question from a personal address: needs an answer, but not support.',
  H(d, ad('佐々木 美穂', 'sasaki.miho.92@gmail.com'), ME_P, 'ランチどうですか', mid_gmail(),
    trace=gtrace(d, ME_P, 'mail-sor-f41.google.com', '209.85.220.41', 'sasaki.miho.92@gmail.com', 'gmail.com', '20230601',
                 policy='NONE')),
  multi('alternative', [leaf(t, cte='base64', quote=False),
                        leaf('<div dir="ltr">' + t.replace('\n', '<br>') + '</div>', 'text/html', cte='base64', quote=False)]))

# 050 English closing notice on the Japanese case
d = dt('2025-04-21 01:14:20', UTC)
MID_D3 = mid_ses()
t = """Hi Kenji,

Following up on case 8834215067. On April 16 we asked for your name exactly as
it appears on your identification document and for the certifications to be
reissued, and we have not received them yet.

If we do not hear from you within 3 business days, this case will be closed.
A reply with those details keeps it open.

Lindiwe N.
AWS Training and Certification Customer Service
"""
M('closing_notice', True, CD, [], 'English closing warning on a case that was written in Japanese; short, no "please".',
  H(d, ad(TCN, FORM), ME_P, SD, MID_D3, irt=MID_D2, refs=MID_D1 + ' ' + MID_D2, trace=ses_trace(d, ME_P)),
  leaf(t, cs='us-ascii', cte='7bit'))

# 051 owner answers in Japanese, quoting the English notice
d = dt('2025-04-21 12:30:41')
MID_D4 = mid_gmail()
t = """佐藤様、Lindiwe 様

ご連絡が遅くなり、申し訳ありません。

1. パスポート記載の氏名: TACHIBANA KENJI (姓: TACHIBANA / 名: KENJI)
2. 対象の認定:
   - AWS Certified Solutions Architect - Associate
   - AWS Certified Cloud Practitioner

候補IDは AWS09921604 です。
どうぞよろしくお願いいたします。

橘 健司

2025年4月21日(月) 10:14 AWS Training and Certification <%s>より:
%s""" % (FORM, q("""Hi Kenji,

Following up on case 8834215067. On April 16 we asked for your name exactly as
it appears on your identification document and for the certifications to be
reissued, and we have not received them yet.

If we do not hear from you within 3 business days, this case will be closed.
A reply with those details keeps it open."""))
M('user_reply', False, CD, ['AWS09921604'],
  'Owner\'s Japanese answer with the candidate ID, Japanese Gmail attribution line (…より:) over the quoted notice.',
  H(d, ad(ME, ME_P), ad(TCN, FORM), SD, MID_D4, irt=MID_D3, refs=' '.join([MID_D1, MID_D2, MID_D3])),
  multi('alternative', [leaf(t, cte='base64', quote=False),
                        leaf('<div dir="ltr">' + t.split('\n2025年')[0].replace('\n', '<br>') +
                             '</div><br><div class="gmail_quote"><blockquote class="gmail_quote">Hi Kenji, ...</blockquote></div>',
                             'text/html', cte='base64', quote=False)]))

# 052 Japanese case update (ISO-2022-JP), nothing asked
d = dt('2025-04-22 02:05:18', UTC)
MID_D5 = mid_ses()
t = """橘 健司 様

ご回答いただき、ありがとうございます。佐藤でございます。

お知らせいただいた表記をもとに、認定記録の担当チームにて氏名の修正を進めております。反映までには3〜5営業日ほどかかる見込みです。

完了しましたら、本ケースにて改めてご連絡いたします。現時点でお客様にご対応いただくことはございません。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
M('case_update', False, CD, [], 'Japanese progress note (ISO-2022-JP): handed to the records team, nothing to do.',
  H(d, ad(JTC, FORM, 'iso-2022-jp'), ME_P, SD, MID_D5, irt=MID_D4, refs=' '.join([MID_D1, MID_D3, MID_D4]),
    trace=ses_trace(d, ME_P)),
  leaf(t, cs='iso-2022-jp', cte='7bit'), crlf=True)

# 053 Credly lookalike
d = dt('2025-04-23 03:33:03')
h = """<html><body style="font-family:Helvetica">
<p>Hi Kenji,</p>
<p>Because your AWS Certification account was recently changed, your badge <b>AWS Certified Solutions Architect &ndash; Associate</b>
will be <b>revoked in 72 hours</b> unless you confirm ownership.</p>
<p><a href="https://credly-notify.com/claim?u=kenji.tachibana.88%40gmail.com">Confirm ownership</a> with your AWS Builder ID password.</p>
<p>Credly Trust &amp; Safety</p></body></html>"""
M('suspicious', False, None, [], 'Credly lookalike domain asking for the Builder ID password with a revocation threat.',
  H(d, ad('Credly', 'badges@credly-notify.com'), ME_P, 'Action needed: your AWS badge will be revoked', '<%s@credly-notify.com>' % an(20),
    trace=gtrace(d, ME_P, 'smtp.credly-notify.com', '91.92.247.%d' % R.randint(2, 250), 'badges@credly-notify.com',
                 'credly-notify.com', 'mail', policy='NONE')),
  leaf(h, 'text/html', cte='quoted-printable'))

# 054 Japanese resolution, HTML only base64, conditional invitation
d = dt('2025-04-24 05:48:40', UTC)
h = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">
<p>橘 健司 様</p>
<p>お待たせいたしました。佐藤でございます。</p>
<p>認定記録の氏名を次のとおり修正いたしました。</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr><th>修正前</th><td>KENJI TACHIBAMA</td></tr>
<tr><th>修正後</th><td>KENJI TACHIBANA</td></tr>
</table>
<p>修正後の認定証は、認定アカウントの「認定」ページからダウンロードいただけます。Credly のデジタルバッジにも数日以内に反映されます。</p>
<p>本件につきましては以上で完了となります。ほかにご不明な点がございましたら、本メールにご返信ください。</p>
<p>佐藤<br>AWS トレーニングと認定 カスタマーサービス</p>
</div></body></html>"""
M('resolved', False, CD, [], 'Japanese HTML-only completion with a before/after table; 〜がございましたら conditional invitation.',
  H(d, ad(JTC, FORM), ME_P, SD, mid_ses(), irt=MID_D5, refs=' '.join([MID_D1, MID_D4, MID_D5]),
    trace=ses_trace(d, ME_P)),
  leaf(h, 'text/html', cte='base64'))

# 055 certificate updated (program mail)
d = dt('2025-04-25 00:20:31', UTC)
t = """Hello Kenji,

Your AWS Certification record was updated, and new digital certificates
reflecting the change are available for download.

  Candidate ID: AWS09921604
  Certifications updated: 2

Download them from the Certifications page of your AWS Certification Account.
If you did not request this change, contact AWS Training and Certification.

AWS Certification
"""
M('certification', False, None, ['AWS09921604'], 'CertMetrics notice that certificates were regenerated; consequence of a case but program mail.',
  H(d, ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'Your updated AWS Certification certificates are ready',
    '<%s.%s@certmetrics.com>' % (hx(16), R.randint(1000, 9999)),
    trace=gtrace(d, ME_P, 'mail.certmetrics.com', '198.2.177.%d' % R.randint(2, 250),
                 'bounce@mail.certmetrics.com', 'certmetrics.com', 'k1')),
  leaf(t, cs='us-ascii', cte='7bit'))

# 056 Japanese survey
d = dt('2025-04-26 01:00:00', UTC)
t = """橘 健司 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース 8834215067 の対応について、簡単なアンケートにご協力いただけますと幸いです(所要時間: 約2分)。

https://survey.aws.training/cs?case=8834215067&lang=ja

回答は任意です。いただいたご意見はサービス改善のために活用させていただきます。

AWS トレーニングと認定 カスタマーサービス
"""
M('survey', False, CD, [], 'Japanese survey request with polite wording (〜いただけますと幸いです) that is not a case request.',
  H(d, ad(JTC, FORM), ME_P, '[CASE %s] サポートに関するアンケートのお願い' % CD, mid_ses(), trace=ses_trace(d, ME_P)),
  leaf(t, cte='quoted-printable'))

# 057 AWS Japan webinar marketing
d = dt('2025-05-01 10:00:00')
t = """AWS ウェビナーのご案内

AWS 認定を取得された方向けに「認定取得後のキャリアを考える」ウェビナーを開催します。

日時: 2025年5月20日(火) 12:00〜13:00
参加費: 無料
お申し込み: https://aws.amazon.com/jp/events/webinars/?trk=em_cert_career

本メールは配信専用です。配信停止をご希望の方は https://pages.awscloud.com/communication-preferences から手続きしてください。
アマゾン ウェブ サービス ジャパン合同会社
"""
M('unrelated', False, None, [], 'AWS Japan marketing webinar (ISO-2022-JP) aimed at certified people.',
  H(d, ad('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com', 'iso-2022-jp'), ME_P,
    '【無料ウェビナー】AWS 認定取得後のキャリアを考える', '<%s@mkto.amazon.com>' % an(24), subj_cs='iso-2022-jp',
    trace=gtrace(d, ME_P, 'mail1.pages.awscloud.com', '199.15.212.%d' % R.randint(2, 250),
                 'bounce-%s@pages.awscloud.com' % hx(10), 'amazon.com', 'm1'),
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?id=%s>' % an(16))]),
  leaf(t, cs='iso-2022-jp', cte='7bit'))

# ---------------------------------------------------------------- messages 058-069 (main case reopened)
# 058 owner writes again on the resolved case
d = dt('2025-05-07 21:18:02')
MID_A12 = mid_gmail()
t = """Hello Tomasz,

Sorry to come back to this one. I just noticed that my AWS Certified
Developer - Associate (passed in October 2022) is missing from the exam history
of my merged account. I think I took that exam with an older account, but I
don't remember which e-mail address it used.

Could you look for it and merge it as well if you find it?

Thanks,
Kenji

On Sat, Mar 22, 2025 at 9:41 AM AWS Training and Certification <%s> wrote:
%s""" % (FORM, q("""Hello Kenji,

The merge is complete. Your exam history, both certifications and the unused
50% exam discount are now on the account that signs in with
kenji.tachibana.88@gmail.com (candidate ID AWS09921604). The account that used
k-tachibana@ryokusei-sol.co.jp has been retired.

Should anything look wrong when you sign in, reply to this email and we will
take another look."""))
M('user_reply', False, CA, [], 'Owner reopens the resolved case by replying to the completion mail; his own text has a question for support.',
  H(d, ad(ME, ME_P), ad(TCN, FORM), SUBJ_A, MID_A12, irt=MID_A11, refs=' '.join([MID_A1, MID_A10, MID_A11])),
  leaf(t, quote=False))

# 059 case reopened (system)
d = dt('2025-05-07 12:18:40', UTC)
t = """Hello,

Your reply has reopened case 174191408700531. It is back in our queue, and a
member of the AWS Training and Certification team will respond, usually within
one business day.

There is no need to open a new case for this request.

AWS Training and Certification Customer Service
"""
M('acknowledgement', False, CA, [], 'System notice that the owner\'s reply reopened the case (received/opened again), nothing asked.',
  H(d, ad(TCN, FORM), ME_P, 'RE: ' + SUBJ_A, mid_ses(), irt=MID_A12, refs=' '.join([MID_A1, MID_A11, MID_A12]),
    trace=ses_trace(d, ME_P)),
  leaf(t, cs='us-ascii', cte='7bit'))

# 060 info request, indirect ("what we need is ...")
d = dt('2025-05-08 01:27:55', UTC)
MID_A13 = mid_ses()
t = """Hello Kenji,

Thanks for letting us know. I searched our records by your name and by both of
the addresses on this case, and no third certification account came up. Exams
taken before 2023 were often registered under whatever address the candidate
used at the time, so the account is probably under an address we don't know
yet.

What would let me find it is either the e-mail address you signed in with back
then, or the registration number shown in the Pearson VUE confirmation for
that exam.

Best wishes,
Aoife M.
AWS Training and Certification Customer Service
"""
M('info_request', True, CA, [], 'Request phrased indirectly ("What would let me find it is either ... or ..."), no question mark, no please.',
  H(d, ad(TCN, FORM), ME_P, SUBJ_A, MID_A13, irt=MID_A12, refs=' '.join([MID_A1, MID_A11, MID_A12]),
    trace=ses_trace(d, ME_P)),
  multi('alternative', [leaf(t), leaf('<div style="font-family:Arial">' + ''.join(
      '<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')) + '</div>', 'text/html')]))

# 061 owner answers with a registration number
d = dt('2025-05-08 22:05:37')
MID_A14 = mid_gmail()
t = """Hi Aoife,

I found the old Pearson VUE confirmation. The registration number is
318604927 (exam date: 8 October 2022). I most likely used
kenji_t@hotmail.co.jp at that time.

Best regards,
Kenji

On Thu, May 8, 2025 at 10:27 AM AWS Training and Certification <%s> wrote:
> Hello Kenji,
>
> Thanks for letting us know. I searched our records by your name and by both of
> the addresses on this case, and no third certification account came up.
> [...]
""" % FORM
M('user_reply', False, CA, [], 'Owner answers with a 9-digit Pearson VUE number and an old address (neither is a case or candidate ID).',
  H(d, ad(ME, ME_P), ad(TCN, FORM), SUBJ_A, MID_A14, irt=MID_A13, refs=' '.join([MID_A1, MID_A12, MID_A13])),
  leaf(t, quote=False))

# 062 confirmation request for the third account, format=flowed, no please
d = dt('2025-05-10 05:44:19', UTC)
MID_A15 = mid_ses()
t = """Hi Kenji,

That did it. The registration number led me to a third certification account:

Account #3 - login kenji_t@hotmail.co.jp, candidate ID AWS07730218, holds 
AWS Certified Developer - Associate (passed 2022-10-08).

Your current account stays as Account #1 (kenji.tachibana.88@gmail.com, 
AWS09921604). Do you want Account #3 merged into Account #1? I can finish it 
as soon as you give the go-ahead.

Aoife M.
AWS Training and Certification Customer Service
"""
M('confirmation_request', True, CA, ['AWS07730218', 'AWS09921604'],
  'Second confirmation on the reopened case, as a direct question with no please; text/plain format=flowed.',
  H(d, ad(TCN, FORM), ME_P, SUBJ_A, MID_A15, irt=MID_A14, refs=' '.join([MID_A1, MID_A13, MID_A14]),
    trace=ses_trace(d, ME_P)),
  leaf(t, 'text/plain; format=flowed; delsp=no', cte='quoted-printable'))

# 063 Skill Builder renewal reminder
d = dt('2025-05-12 08:00:05')
t = """Hello Kenji,

Your AWS Skill Builder Individual subscription renews on May 19, 2025 for
USD 29.00. No action is needed to keep learning. To change or cancel, visit
https://skillbuilder.aws/subscriptions before the renewal date.

AWS Training and Certification
"""
M('unrelated', False, None, [], 'Skill Builder renewal reminder ("no action is needed"), training sender.',
  H(d, ad('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder subscription renews soon', mid_ses(),
    trace=gtrace(d, ME_P, 'a9-35.smtp-out.amazonses.com', '54.240.9.35',
                 '0100019%s-%s-000000@amazonses.com' % (hx(9), hx(8)), 'aws.training', 'st1', hfrom='aws.training')),
  leaf(t, cte='quoted-printable'))

# 064 case closed for lack of answer; reply reopens
d = dt('2025-05-14 00:02:51', UTC)
MID_A16 = mid_ses()
t = """Hello Kenji,

We have closed case 174191408700531 because we did not receive an answer to
our question of May 10 about merging Account #3 into Account #1.

If you still want the merge, simply reply to this message with your decision
and the case will reopen.

AWS Training and Certification Customer Service
"""
M('closing_notice', True, CA, [], 'Case already closed for lack of answer; a reply reopens it (past-tense variant).',
  H(d, ad(TCN, FORM), ME_P, SUBJ_A, MID_A16, irt=MID_A15, refs=' '.join([MID_A1, MID_A14, MID_A15]),
    trace=ses_trace(d, ME_P)),
  leaf(t, cs='us-ascii', cte='7bit'), crlf=True)

# 065 owner's go-ahead from the phone (Apple Mail quoting)
d = dt('2025-05-14 09:31:26')
MID_A17 = '<%s-%s@gmail.com>' % (hx(8).upper(), hx(4).upper())
t = """Sorry for the slow answer, I was traveling. Yes, merge Account #3 (kenji_t@hotmail.co.jp, AWS07730218) into Account #1.

Kenji

Sent from my iPhone

> On May 14, 2025, at 9:02, AWS Training and Certification <%s> wrote:
>
> We have closed case 174191408700531 because we did not receive an answer to
> our question of May 10 about merging Account #3 into Account #1.
""" % FORM
M('user_reply', False, CA, ['AWS07730218'], 'Owner\'s go-ahead sent from iPhone (Apple Mail quoting), candidate ID in his own line.',
  H(d, ad(ME, ME_P), ad(TCN, FORM), 'Re: ' + SUBJ_A, MID_A17, irt=MID_A16,
    refs=' '.join([MID_A1, MID_A15, MID_A16]), extra=[('X-Mailer', 'iPhone Mail (22E240)')]),
  leaf(t, cs='utf-8', cte='quoted-printable', quote=False))

# 066 third account merged
d = dt('2025-05-15 02:16:09', UTC)
t = """Hello Kenji,

Account #3 (kenji_t@hotmail.co.jp) has been merged into your account. AWS
Certified Developer - Associate now shows in your exam history and under
Certifications, and the old login no longer works.

No further action is required on your side, and this case is now closed.
Questions about the badge itself are best sent to Credly.

Best wishes,
Aoife M.
AWS Training and Certification Customer Service

> Sorry for the slow answer, I was traveling. Yes, merge Account #3
> (kenji_t@hotmail.co.jp, AWS07730218) into Account #1.
"""
M('resolved', False, CA, [], 'Second merge done on the reopened case; "no further action", "case is now closed"; the candidate ID is only in the quote.',
  H(d, ad(TCN, FORM), ME_P, SUBJ_A, mid_ses(), irt=MID_A17, refs=' '.join([MID_A1, MID_A16, MID_A17]),
    trace=ses_trace(d, ME_P)),
  leaf(t, cte='quoted-printable'))

# 067 Credly badge for the recovered certification
d = dt('2025-05-15 11:40:27')
t = """Hi Kenji,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept it here:
https://www.credly.com/badges/e4f1a7c2-5b3d-4e9a-9f60-7d2c8b1a0e35/accept

Credly
"""
M('badge', False, None, [], 'Credly badge after the second merge; plain text only.',
  H(d, ad('Credly', 'admin@credly.com'), ME_P, 'Your badge from Amazon Web Services Training and Certification is ready',
    '<%s@credly.com>' % an(28),
    trace=gtrace(d, ME_P, 'o1.email.credly.com', '167.89.18.%d' % R.randint(2, 250),
                 'bounces+1877%s@email.credly.com' % hx(6), 'credly.com', 's1')),
  leaf(t, cs='us-ascii', cte='7bit'))

# 068 second survey on the main case (different template)
d = dt('2025-05-16 02:00:00', UTC)
h = """<html><body style="font-family:Arial;font-size:14px">
<p>Hi Kenji,</p>
<p>Thanks for contacting AWS Training and Certification about case <b>174191408700531</b>.</p>
<p>How likely are you to recommend our support to a colleague?</p>
<table><tr>""" + ''.join('<td><a href="https://survey.aws.training/nps?case=174191408700531&amp;s=%d" style="padding:6px 9px;border:1px solid #ccc">%d</a></td>' % (i, i) for i in range(11)) + """</tr></table>
<p style="font-size:11px;color:#777">0 = not at all likely, 10 = extremely likely. Answering is optional.</p>
</body></html>"""
M('survey', False, CA, [], 'NPS-style survey (0-10 links table), HTML only, after the case closed a second time.',
  H(d, ad(TCN, FORM), ME_P, 'Rate your recent AWS Training and Certification support experience', mid_ses(),
    trace=ses_trace(d, ME_P)),
  leaf(h, 'text/html', cte='quoted-printable'))

# 069 expiry reminder
d = dt('2025-05-18 00:00:42', UTC)
t = """Hello Kenji,

Your AWS Certified Cloud Practitioner certification expires on June 12, 2025.

Candidate ID: AWS09921604

To keep it active, pass the current version of the exam, or earn a higher
certification that recertifies it. Remember that you have a 50% exam discount
available on the Benefits page.

AWS Certification
"""
M('certification', False, None, ['AWS09921604'], 'Certification expiry reminder from CertMetrics, multipart.',
  H(d, ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Reminder: your AWS Certified Cloud Practitioner certification expires soon',
    '<%s.%s@certmetrics.com>' % (hx(16), R.randint(1000, 9999)),
    trace=gtrace(d, ME_P, 'mail.certmetrics.com', '198.2.177.%d' % R.randint(2, 250),
                 'bounce@mail.certmetrics.com', 'certmetrics.com', 'k1')),
  multi('alternative', [leaf(t, cte='7bit'), leaf('<html><body>' + ''.join(
      '<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')) + '</body></html>', 'text/html')]))


# ---------------------------------------------------------------- writer
def main():
    from email.utils import parsedate_to_datetime
    counts = {}
    prev = None
    for n, m in enumerate(MSGS, 1):
        raw = b''
        date = None
        for k, v in m['headers']:
            raw += ('%s: %s\n' % (k, v)).encode('ascii')
            if k == 'Date':
                date = parsedate_to_datetime(v)
        assert date is not None
        if prev is not None and date < prev:
            sys.exit('message %03d is dated before the previous one' % n)
        prev = date
        raw += m['body']
        if m['crlf']:
            raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(OUT, '%03d-msg.eml' % n), 'wb') as f:
            f.write(raw)
        label = {'kind': m['kind'], 'needs_reply': m['reply'], 'case': m['case'], 'candidate_ids': m['cands']}
        with open(os.path.join(OUT, '%03d-msg.json' % n), 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
        counts[m['kind']] = counts.get(m['kind'], 0) + 1
    if '--table' in sys.argv:
        for n, m in enumerate(MSGS, 1):
            print('| %03d | %s | %s | %s | %s |' % (n, m['kind'], 'yes' if m['reply'] else 'no',
                                                   m['case'] or '-', m['note'].replace('|', '/')))
        return
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(1 for m in MSGS if m['reply'])))


if __name__ == '__main__':
    main()
