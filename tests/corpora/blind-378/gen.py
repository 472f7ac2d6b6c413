#!/usr/bin/env python3
"""Writes a blind corpus of mailbox messages (reminder stress set) next to this script.

Run: python3 gen.py   (standard library only)
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = 'morisaki.daichi88@gmail.com'
ME_C = 'd-morisaki@hoshizora-tech.co.jp'
ME_NAME = 'Daichi Morisaki'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

CASE_A = '173945021800327'   # merge company -> personal (APN hold, reminders)
CASE_C = '173949426100518'   # duplicate form from the company address
CASE_B = '174122461731904'   # console case: 50% voucher missing after merge
CASE_D = '174303391245087'   # Japanese: name on certification record

OLD_ID = 'AWS07731958'       # company certification account
NEW_ID = 'AWS11640283'       # personal certification account

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))

MSGS = []
_seq = [0]


def when(s, tz=JST):
    """'2025-02-13 21:37' in JST -> aware datetime shown in tz."""
    d = datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=JST)
    return d.astimezone(tz)


def _h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid(style, seed):
    """Message-ID shaped like the sending system's."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == 'ses':
        return '<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
            h[:9], h[9:13], h[13:17], h[17:21], h[21:33])
    if style == 'ses-jp':
        return '<0106019%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>' % (
            h[:9], h[9:13], h[13:17], h[17:21], h[21:33])
    if style == 'gmail':
        b = base64.b64encode(bytes.fromhex(h + h[:8])).decode().rstrip('=')
        return '<CA+%s@mail.gmail.com>' % b.replace('/', 'x')
    if style == 'outlook':
        return '<TYCP%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (
            h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    return '<%s.%s@%s>' % (h[:12], h[12:20], style)


def hdr_text(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), email)


# ---- body parts ---------------------------------------------------------
def text(body, cs='utf-8', cte='8bit', sub='plain', quote_cs=True, extra=()):
    return ('leaf', sub, cs, cte, body, quote_cs, tuple(extra))


def html(body, cs='utf-8', cte='quoted-printable', quote_cs=True):
    return text(body, cs, cte, 'html', quote_cs)


def alt(*parts):
    return ('multi', 'alternative', parts)


def mixed(*parts):
    return ('multi', 'mixed', parts)


def related(*parts):
    return ('multi', 'related', parts)


def _render(p, eol, seed):
    """Return (header_lines, body_bytes) for a part."""
    E = eol.encode()
    if p[0] == 'leaf':
        _, sub, cs, cte, body, quote_cs, extra = p
        body = body.replace('\r\n', '\n')
        if not body.endswith('\n'):
            body += '\n'
        raw = body.encode(cs)
        if cte == 'base64':
            raw = raw.replace(b'\n', E)
            out = base64.encodebytes(raw).replace(b'\n', E)
        elif cte == 'quoted-printable':
            out = quopri.encodestring(raw).replace(b'\n', E)
        else:
            out = raw.replace(b'\n', E)
        ct = 'text/%s; charset=%s' % (sub, ('"%s"' % cs) if quote_cs else cs)
        hl = ['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + cte] + list(extra)
        return hl, out
    _, sub, parts = p
    b = '----=_Part_%s_%s' % (_h(seed + sub, 6), _h(seed, 10))
    chunks = []
    for i, sp in enumerate(parts):
        shl, sbody = _render(sp, eol, seed + str(i))
        chunks.append(('--' + b + eol).encode() + E.join(h.encode() for h in shl) + E + E + sbody)
    out = E.join(chunks) + E + ('--' + b + '--' + eol).encode()
    hl = ['Content-Type: multipart/%s; boundary="%s"' % (sub, b)]
    return hl, out


def add(label, date, frm, to, subject, body, cc=None, irt=None, refs=None,
        msgid=None, trace=(), extra=(), eol='\r\n', scs='utf-8', reply_to=None):
    """label = (kind, needs_reply, case, [candidate ids])"""
    _seq[0] += 1
    n = _seq[0]
    if msgid is None:
        msgid = mid('mail.example', 'auto%d' % n)
    hs = list(trace)
    hs.append('MIME-Version: 1.0')
    hs.append('Date: ' + format_datetime(date))
    hs.append('From: ' + frm)
    hs.append('To: ' + to)
    if cc:
        hs.append('Cc: ' + cc)
    if reply_to:
        hs.append('Reply-To: ' + reply_to)
    hs.append('Subject: ' + hdr_text(subject, scs))
    hs.append('Message-ID: ' + msgid)
    if irt:
        hs.append('In-Reply-To: ' + irt)
    if refs:
        hs.append('References: ' + (eol + ' ').join(refs))
    for x in extra:
        k, v = x.split(': ', 1)
        hs.append(k + ': ' + hdr_text(v, scs))
    hl, bb = _render(body, eol, msgid)
    hs.extend(hl)
    hs = [h.replace('\r\n', '\n').replace('\n', eol) for h in hs]
    raw = (eol.join(hs) + eol + eol).encode('ascii') + bb
    kind, nr, case, cands = label
    MSGS.append(dict(date=date, raw=raw, label={
        'kind': kind, 'needs_reply': nr, 'case': case, 'candidate_ids': list(cands)}))
    return msgid


# ---- trace headers ------------------------------------------------------
def trace_gmail(date, from_dom, ip, helo, dkim='pass', spf='pass', dmarc='pass',
                dkim_dom=None, mailfrom=None, policy='QUARANTINE', rcpt=ME_P):
    dkim_dom = dkim_dom or from_dom
    mailfrom = mailfrom or ('bounce@' + from_dom)
    pac = PDT if date >= datetime(2025, 3, 9, 10, 0, tzinfo=UTC) else PST
    t = format_datetime((date - timedelta(seconds=7)).astimezone(pac))
    if dkim == 'none':
        dk = 'dkim=none'
    else:
        dk = 'dkim=%s header.i=@%s header.s=%s header.b=%s' % (
            dkim, dkim_dom, _h(dkim_dom, 8), _h(t, 8))
        if dkim == 'fail':
            dk = dk.replace('dkim=fail', 'dkim=fail (body hash did not verify)')
    if spf == 'pass':
        sp = 'spf=pass (google.com: domain of %s designates %s as permitted sender)' % (mailfrom, ip)
    else:
        sp = 'spf=%s (google.com: domain of transitioning %s does not designate %s as permitted sender)' % (
            spf, mailfrom, ip)
    return [
        'Delivered-To: ' + rcpt,
        'Received: from %s (%s [%s])\r\n        by mx.google.com with ESMTPS id %s\r\n'
        '        for <%s>; %s' % (helo, helo, ip, _h(helo + t, 14), rcpt, t),
        'Authentication-Results: mx.google.com;\r\n'
        '       %s;\r\n'
        '       %s smtp.mailfrom=%s;\r\n'
        '       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s' % (
            dk, sp, mailfrom, dmarc, policy, policy, from_dom),
        'Return-Path: <%s>' % mailfrom,
    ]


def trace_corp(date, from_dom, ip, helo, dkim='pass', spf='pass', dmarc='pass', mailfrom=None):
    mailfrom = mailfrom or ('bounce@' + from_dom)
    t = format_datetime((date - timedelta(seconds=4)).astimezone(JST))
    return [
        'Received: from %s ([%s]) by mx02.hoshizora-tech.co.jp (Postfix) with ESMTPS id %s\r\n'
        '        for <%s>; %s' % (helo, ip, _h(t, 10).upper(), ME_C, t),
        'Authentication-Results: mx02.hoshizora-tech.co.jp; dkim=%s header.d=%s;'
        ' spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s' % (
            dkim, from_dom, spf, mailfrom, dmarc, from_dom),
        'Return-Path: <%s>' % mailfrom,
    ]


def ses_trace(date, rcpt=ME_P, dom='amazon.com'):
    mf = '0100019%s@email.amazonses.com' % _h(str(date), 10)
    if rcpt == ME_C:
        return trace_corp(date, dom, '54.240.8.%d' % (date.minute + 10),
                          'a8-%d.smtp-out.amazonses.com' % (date.minute + 10), mailfrom=mf)
    return trace_gmail(date, dom, '54.240.8.%d' % (date.minute + 10),
                       'a8-%d.smtp-out.amazonses.com' % (date.minute + 10),
                       dkim_dom=dom, mailfrom=mf)


def L(kind, nr=False, case=None, cands=()):
    return (kind, nr, case, list(cands))


def q(body, prefix='> '):
    out = []
    for line in body.strip('\n').split('\n'):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return '\n'.join(out)


def gmail_attr(date, who):
    d = date.astimezone(JST)
    return 'On %s, %s wrote:' % (d.strftime('%a, %b %-d, %Y at %-I:%M %p'), who)


def outlook_hdr(date, frm, to, subject, cc=None):
    d = date.astimezone(JST)
    s = 'From: %s\nSent: %s\nTo: %s\n' % (frm, d.strftime('%A, %B %-d, %Y %-I:%M %p'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n' % subject


def sub_a(prefix='RE:'):
    return '%s[CASE %s] %s' % (prefix, CASE_A, FORM_SUBJ)


# ======================================================================
# 001  certification: expiry reminder (CertMetrics) to the company address
d = when('2025-02-10 09:02', UTC)
add(L('certification', cands=[OLD_ID]), d,
    addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Reminder: your AWS Certified Solutions Architect - Associate expires in 90 days',
    alt(text("""Hello Daichi Morisaki,

This is a courtesy reminder that one of your AWS Certifications is approaching its
expiration date.

  Certification:  AWS Certified Solutions Architect - Associate
  Validation #:   7K2PQ4XW1M0E
  Expires:        May 11, 2025
  Candidate ID:   AWS07731958

To keep the credential active, pass the current version of the exam or a
higher-level exam in the same path before the expiration date. Recertifying
candidates receive a 50% discount voucher in the Benefits section of their
certification account.

Manage your certifications: https://www.aws.training/certification

This mailbox is not monitored.
AWS Training and Certification
""", cte='7bit'),
        html("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Daichi Morisaki,</p>
<p>This is a courtesy reminder that one of your AWS Certifications is approaching its expiration date.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Certification</b></td><td>AWS Certified Solutions Architect - Associate</td></tr>
<tr><td><b>Validation #</b></td><td>7K2PQ4XW1M0E</td></tr>
<tr><td><b>Expires</b></td><td>May 11, 2025</td></tr>
<tr><td><b>Candidate ID</b></td><td>AWS07731958</td></tr>
</table>
<p>To keep the credential active, pass the current version of the exam or a higher-level exam in the same path before the expiration date. Recertifying candidates receive a 50% discount voucher in the Benefits section of their certification account.</p>
<p><a href="https://www.aws.training/certification">Manage your certifications</a></p>
<p style="color:#888;font-size:11px">This mailbox is not monitored.<br>AWS Training and Certification</p>
</body></html>""")),
    msgid=mid('ses', 'cm-expiry-90'),
    trace=trace_corp(d, 'certmetrics.com', '198.2.177.44', 'mail177-44.suw41.mandrillapp.com',
                     mailfrom='bounce-md_30921644.67a9c1f2@mandrillapp.com'))

# 002  unrelated: HR reminder at the company (ISO-2022-JP)
d = when('2025-02-10 18:40')
add(L('unrelated'), d, addr('総務部 山根', 'soumu@hoshizora-tech.co.jp', 'iso-2022-jp'), ME_C,
    '【リマインド】退職手続き書類とPC返却日程のご回答について',
    text("""森崎さん

お疲れさまです。総務部の山根です。
先週お送りした退職手続きの件、まだご回答をいただいていなかったため
念のため再度ご連絡しました。

１．退職届（原本）の提出
２．健康保険証の返却
３．貸与PC・スマートフォンの返却日（2/26〜2/28のいずれか）

３の返却希望日だけでも、今週中にこのメールへ返信いただけると助かります。
なお、社内メールアカウントは最終出社日の18時で停止されますので
個人のメールアドレスへの転送設定が必要なものは早めにお願いします。

よろしくお願いします。

--
株式会社ほしぞらテクノロジーズ 総務部
山根 由紀子
""", cs='iso-2022-jp', cte='7bit'),
    msgid=mid('hoshizora-tech.co.jp', 'soumu-remind'), eol='\n',
    trace=trace_corp(d, 'hoshizora-tech.co.jp', '10.20.1.15', 'smtp-int01.hoshizora-tech.co.jp'),
    extra=['X-Mailer: Microsoft Outlook 16.0'], scs='iso-2022-jp')

# 003  user_reply: owner forwards his own records from work to personal
d = when('2025-02-12 21:15')
add(L('user_reply', cands=[OLD_ID]), d, addr('森崎 大地', ME_C), ME_P,
    'FW: AWS認定 控え（試験履歴・特典）',
    text("""自分用メモ（退職前に控え）

旧アカウント（会社）候補ID: AWS07731958
- SAA-C03 2022/05/11 合格（有効期限 2025/05/11）
- CLF-C01 2021/11/02 合格（失効済み）
- 特典: 50%割引バウチャー 1枚（期限 2025/04/23）
- 認定証PDFは Google ドライブ /certs に保存済み

明日、個人アドレスで統合フォームを出す。

-----Original Message-----
From: AWS Certification <do-not-reply@certmetrics.com>
Sent: Wednesday, May 11, 2022 6:48 PM
To: d-morisaki@hoshizora-tech.co.jp
Subject: Congratulations! You are now AWS Certified

Dear Daichi Morisaki,

Congratulations on passing the AWS Certified Solutions Architect - Associate
exam. Your digital certificate is available in your certification account
(Candidate ID AWS07731958).
""", cte='base64'),
    msgid=mid('outlook', 'fw-records'),
    extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Topic: AWS認定 控え（試験履歴・特典）'])

# 004  unrelated: Builder ID verification code
d = when('2025-02-13 21:20', UTC)
add(L('unrelated'), d, addr('AWS', 'no-reply@signin.aws'), ME_P,
    'Verify your AWS Builder ID email address',
    html("""<html><body><div style="max-width:560px;margin:auto;font-family:Helvetica,Arial">
<h2>Verify your email address</h2>
<p>Thanks for starting the AWS Builder ID sign-up. Enter this code to confirm that <b>morisaki.daichi88@gmail.com</b> belongs to you:</p>
<p style="font-size:28px;letter-spacing:6px"><b>482019</b></p>
<p>The code expires in 10 minutes. If you didn't request it, you can ignore this message.</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p>
</div></body></html>"""),
    msgid=mid('ses', 'builder-code'),
    trace=trace_gmail(d, 'signin.aws', '54.240.11.20', 'a11-20.smtp-out.amazonses.com',
                      mailfrom='0100019500aa@send.signin.aws'))

# 005  acknowledgement A (form echo includes candidate IDs)
d = when('2025-02-13 21:37', UTC)
ACK_A = add(L('acknowledgement', False, CASE_A, [NEW_ID, OLD_ID]), d,
    addr('Amazon Web Services', TC), ME_P, '[CASE %s] %s' % (CASE_A, FORM_SUBJ),
    text("""Hello,

Thank you for reaching out to AWS Training and Certification. Your request has
been logged as case %s and is now in our queue. A member of the team
normally replies within one business day; some requests need more research
and take longer.

Submitting the form again for the same question creates a second case and
slows things down, so please keep everything about this request on this case.

Summary of your request
-----------------------
Inquiry type: Certification
Additional details: Account Merge
Contact email: morisaki.daichi88@gmail.com
AWS Candidate ID: AWS11640283
How can we help you?:
I am leaving Hoshizora Technologies at the end of February and would like to
merge my company certification account into my personal one.
Email addresses used: d-morisaki@hoshizora-tech.co.jp (candidate ID
AWS07731958) and morisaki.daichi88@gmail.com.
Address to keep: morisaki.daichi88@gmail.com

Sincerely,
AWS Training and Certification Customer Support
""" % CASE_A, cte='quoted-printable'),
    msgid=mid('ses', 'ack-a'), trace=ses_trace(d))

# 006  acknowledgement C: duplicate form sent from the company address (Japanese template)
d = when('2025-02-14 09:52', UTC)
ACK_C = add(L('acknowledgement', False, CASE_C), d,
    addr('Amazon Web Services', TC), ME_C, '[CASE %s] %s' % (CASE_C, FORM_SUBJ),
    alt(text("""お客様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 %s としてお問い合わせを承りました。

担当者より、原則として1営業日以内にご連絡いたします。内容によっては
調査にお時間をいただく場合がございますので、あらかじめご了承ください。
同じ内容で新たにお問い合わせを作成されますと、対応が遅れる原因となります。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本文: 会社の認定アカウントを個人アカウントに統合したいです。
昨晩も個人アドレスから送ったかもしれませんが、届いているか分からないため
会社アドレスからも送ります。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_C, cte='base64'),
        html("""<html><body style="font-family:'Meiryo',sans-serif">
<p>お客様</p>
<p>AWS トレーニングと認定へのお問い合わせありがとうございます。<br>
ケース番号 <b>%s</b> としてお問い合わせを承りました。</p>
<p>担当者より、原則として1営業日以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございますので、あらかじめご了承ください。同じ内容で新たにお問い合わせを作成されますと、対応が遅れる原因となります。</p>
<hr>
<p><b>お問い合わせ内容</b><br>
お問い合わせタイプ: AWS トレーニングと認定<br>
その他の詳細: アカウントの統合<br>
本文: 会社の認定アカウントを個人アカウントに統合したいです。昨晩も個人アドレスから送ったかもしれませんが、届いているか分からないため会社アドレスからも送ります。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>""" % CASE_C, cte='base64')),
    msgid=mid('ses', 'ack-c'), trace=ses_trace(d, rcpt=ME_C))

# 007  unrelated: GitHub review request
d = when('2025-02-14 12:10', UTC)
add(L('unrelated'), d, addr('Kenta Tanaka', 'notifications@github.com'), 'hoshizora-tech/infra-modules <infra-modules@noreply.github.com>',
    '[hoshizora-tech/infra-modules] Add VPC interface endpoint module (PR #212)',
    alt(text("""@dmorisaki-hz your review was requested on this pull request.

You can view, comment on, or merge this pull request online at:

  https://github.com/hoshizora-tech/infra-modules/pull/212

Commit Summary
  * 3f9a1c2 add vpc_endpoint module
  * 77be0d4 wire endpoint SG into examples

File Changes (4 files)
  A modules/vpc_endpoint/main.tf (58)
  A modules/vpc_endpoint/variables.tf (31)

--
Reply to this email directly or view it on GitHub.
You are receiving this because your review was requested.
""", cte='7bit'),
        html("""<p><a href="https://github.com/dmorisaki-hz">@dmorisaki-hz</a> your review was requested on this pull request.</p>
<p>You can view, comment on, or merge this pull request online at: <a href="https://github.com/hoshizora-tech/infra-modules/pull/212">#212</a></p>
<p style="font-size:small;color:#666">Reply to this email directly or view it on GitHub.</p>""", cte='7bit')),
    msgid='<hoshizora-tech/infra-modules/pull/212@github.com>', eol='\n',
    trace=trace_gmail(d, 'github.com', '192.30.252.201', 'out-18.smtp.github.com',
                      mailfrom='noreply@github.com', policy='REJECT'),
    extra=['List-ID: hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>',
           'X-GitHub-Reason: review_requested'])

# 008  on_hold A: APN partner link, question buried at the end
d = when('2025-02-14 15:30', UTC)
HOLD_A_BODY = """Hello Daichi,

Thanks for your patience while I looked into this. Of the two certification
accounts in your request, the one registered to d-morisaki@hoshizora-tech.co.jp
(AWS07731958) is linked to an AWS Partner Network organization, Hoshizora
Technologies K.K. A partner-linked account can't be merged until the link is
released, because the certifications on it count toward the partner's
standing.

I have sent a release request to the partner's alliance lead through our
partner operations team. The case is waiting on them for now; there is
nothing I can do to speed it up from here, and it usually takes two to five
business days.

One thing that will help when I chase the partner: is your employment with
Hoshizora ending, and if so, what is your last working day?

Best regards,
Ewa
AWS Training and Certification
"""
HOLD_A = add(L('on_hold', True, CASE_A, [OLD_ID]), d,
    addr('Amazon Web Services', TC), ME_P, sub_a('RE:'), text(HOLD_A_BODY, cte='7bit'),
    irt=ACK_A, refs=[ACK_A], msgid=mid('ses', 'hold-a'), trace=ses_trace(d))

# 009  case_update C: duplicate closed, pointing at case A
d = when('2025-02-15 10:05', UTC)
add(L('case_update', False, CASE_C), d, addr('Amazon Web Services', TC), ME_C,
    'RE: [CASE %s] %s' % (CASE_C, FORM_SUBJ),
    text("""Hello,

This request is the same as case %s, which my colleague Ewa is already
working on for the same two accounts. To keep the history in one place I
have closed this case as a duplicate. No further action is required on it;
all updates will come through the other case, which answers your personal
address.

Regards,
Mateo G.
AWS Training and Certification Customer Support
""" % CASE_A, cte='7bit'),
    irt=ACK_C, refs=[ACK_C], msgid=mid('ses', 'dup-c'), trace=ses_trace(d, rcpt=ME_C))

# 010  user_reply A: "just checking in" from the owner, question left unanswered
d = when('2025-02-16 11:02')
USER_CHK = add(L('user_reply', False, CASE_A), d, addr(ME_NAME, ME_P), TC,
    'Re: ' + sub_a('RE:'),
    text("""Hi Ewa,

Just checking in - has there been any news from the partner side? My last
day is coming up soon and I'd like this finished before I lose the company
mailbox.

Thanks,
Daichi

%s

%s
""" % (gmail_attr(when('2025-02-14 15:30'), 'Amazon Web Services <%s>' % TC), q(HOLD_A_BODY))),
    irt=HOLD_A, refs=[ACK_A, HOLD_A], msgid=mid('gmail', 'user-chk'))

# 011  info_request A: support answers the nudge, repeats its unanswered question
d = when('2025-02-17 09:48', UTC)
REQ2_A = add(L('info_request', True, CASE_A), d, addr('Amazon Web Services', TC), ME_P,
    sub_a('RE:'),
    text("""Hi Daichi,

Thanks for checking in. Partner operations confirmed on Friday that the release
request reached Hoshizora's alliance lead; they haven't acted on it yet. There
is nothing you need to do on that part.

What I still need from you is the answer to my question from Friday, which
may have got lost in the longer message: are you leaving Hoshizora, and what
is your last working day? The partner team asks for this before they
escalate a pending release, so without it I can't push things along.

Best,
Ewa
AWS Training and Certification

---- Original message ----
From: %s
Sent: 2/16/2025 2:02 AM
Subject: Re: %s

Just checking in - has there been any news from the partner side?
""" % (ME_P, sub_a('RE:')), cte='quoted-printable'),
    irt=USER_CHK, refs=[ACK_A, HOLD_A, USER_CHK], msgid=mid('ses', 'req2-a'), trace=ses_trace(d))

# 012  unrelated: Pearson VUE appointment confirmation
d = when('2025-02-17 12:00', UTC)
add(L('unrelated'), d, addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_P,
    'Appointment confirmation - AWS Certified Solutions Architect - Professional',
    html("""<html><body style="font-family:Arial">
<p>Dear Daichi Morisaki,</p>
<p>Thank you for scheduling your exam with Pearson VUE. Keep this email for your records.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Exam</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Date and time</td><td>Wednesday, April 2, 2025 at 13:30 JST</td></tr>
<tr><td>Location</td><td>Pearson Professional Centers - Tokyo Shinjuku</td></tr>
<tr><td>Registration ID</td><td>492711068</td></tr>
</table>
<p>Bring two valid forms of identification. The name on your ID must exactly match the name on your appointment.</p>
<p>To reschedule or cancel, sign in to your certification account at least 24 hours before the appointment.</p>
<p>Pearson VUE</p>
</body></html>""", cte='base64'),
    msgid=mid('pearson.com', 'pv-confirm'),
    trace=trace_gmail(d, 'pearson.com', '148.163.152.39', 'mx0b-00215c01.pphosted.com',
                      mailfrom='pearsonvueconfirmation@pearson.com', policy='REJECT'))

# 013  user_reply A: answers the question, copies the company's alliance lead
d = when('2025-02-18 07:55')
ANS_A = add(L('user_reply', False, CASE_A), d, addr(ME_NAME, ME_P), TC,
    'Re: ' + sub_a('RE:'),
    text("""Hi Ewa,

Sorry, I missed that question. Yes, I'm leaving Hoshizora - my last working
day is Friday, February 28. The company address stops receiving mail that
evening, so please keep writing to this personal address.

I've copied Shota Kubo, our alliance lead, in case it helps with the release.

Thanks,
Daichi

%s
%s
""" % (gmail_attr(when('2025-02-17 09:48'), 'Amazon Web Services <%s>' % TC),
       q("""Hi Daichi,

Thanks for checking in. Partner operations confirmed on Friday that the release
request reached Hoshizora's alliance lead; they haven't acted on it yet. There
is nothing you need to do on that part.

What I still need from you is the answer to my question from Friday, which
may have got lost in the longer message: are you leaving Hoshizora, and what
is your last working day?""")), cte='quoted-printable'),
    cc=addr('Shota Kubo', 's-kubo@hoshizora-tech.co.jp'),
    irt=REQ2_A, refs=[ACK_A, HOLD_A, USER_CHK, REQ2_A], msgid=mid('gmail', 'ans-a'))

# 014  unrelated: the alliance lead's out-of-office reply (carries the case token)
d = when('2025-02-18 08:01')
add(L('unrelated', False, CASE_A), d, addr('久保 翔太', 's-kubo@hoshizora-tech.co.jp'), ME_P,
    '自動応答: Re: ' + sub_a('RE:'),
    text("""2/17(月)〜2/21(金)は海外出張のため、メールの確認が遅れます。
お急ぎの場合は alliance@hoshizora-tech.co.jp までご連絡ください。

I am travelling from Feb 17 to Feb 21 with limited access to email.
For anything urgent, please contact alliance@hoshizora-tech.co.jp.

久保 翔太 / Shota Kubo
Alliance Lead, Hoshizora Technologies K.K.
""", cte='base64'),
    irt=ANS_A, refs=[ANS_A], msgid=mid('outlook', 'ooo-kubo'),
    trace=trace_gmail(d, 'hoshizora-tech.co.jp', '52.101.229.12',
                      'mail-tycjpn01on2112.outbound.protection.outlook.com',
                      mailfrom='s-kubo@hoshizora-tech.co.jp', policy='NONE'),
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All',
           'X-MS-Exchange-Inbox-Rules-Loop: s-kubo@hoshizora-tech.co.jp'])

# 015  on_hold A: still waiting on the partner, earlier ask already answered
d = when('2025-02-18 17:30', UTC)
HOLD2_A = add(L('on_hold', False, CASE_A), d, addr('Amazon Web Services', TC), ME_P,
    sub_a('RE:'),
    text("""Hi Daichi,

Thank you - your last working day (Feb 28) is exactly what partner operations
wanted, and I've passed it on. They sent Hoshizora's alliance contacts a
reminder today.

The merge stays paused until the partner releases the link on your old
account. You don't need to send anything else for now; I'll write again the
moment the release comes through.

Kind regards,
Ewa
AWS Training and Certification
""", cte='7bit'),
    irt=ANS_A, refs=[ACK_A, HOLD_A, USER_CHK, REQ2_A, ANS_A], msgid=mid('ses', 'hold2-a'),
    trace=ses_trace(d))

# 016  case_update A: hold lifted, confirmation to follow
d = when('2025-02-19 16:22', UTC)
LIFT_A = add(L('case_update', False, CASE_A), d, addr('Amazon Web Services', TC), ME_P,
    sub_a('RE: '),
    text("""Hello Daichi,

I'm picking up your case from Ewa, who is out today.

Good news: Hoshizora's partner admin released the link on your old
certification account this afternoon, so the case is no longer on hold. I'm
now lining up the merge and will send you the account details to look over
in a separate message shortly.

Regards,
Priyanka R.
AWS Training and Certification | Customer Support
""", cte='base64'),
    irt=HOLD2_A, refs=[ACK_A, HOLD_A, ANS_A, HOLD2_A], msgid=mid('ses', 'lift-a'),
    trace=ses_trace(d))

# 017  confirmation_request A: HTML-only Account #1 / #2 table (generic auto-close policy line)
d = when('2025-02-20 10:10', UTC)
CONF_TABLE = """<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>morisaki.daichi88@gmail.com</td><td>d-morisaki@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>morisaki.daichi88@gmail.com</td><td>d-morisaki@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>morisaki.daichi88@gmail.com</td><td>d-morisaki@hoshizora-tech.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS11640283</td><td>AWS07731958</td></tr>
</table>"""
CONF_A = add(L('confirmation_request', True, CASE_A, [NEW_ID, OLD_ID]), d,
    addr('Amazon Web Services', TC), ME_P, sub_a('RE:'),
    html("""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Daichi,</p>
<p>With the partner link gone, the merge can go ahead. These are the two certification accounts I found for you:</p>
%s
<p>When the merge runs, the exam history, certifications and benefits on Account #2 move to Account #1, and Account #2 can no longer be used to sign in.</p>
<p>Please look these over and reply to this email to confirm that both accounts belong to you and that Account #1 is the one to keep.</p>
<p style="color:#555;font-size:12px">Please note: under our standard policy, cases with no customer activity for 10 days are closed automatically.</p>
<p>Thanks,<br>Priyanka R.<br>AWS Training and Certification | Customer Support</p>
</body></html>""" % CONF_TABLE),
    irt=LIFT_A, refs=[ACK_A, HOLD_A, HOLD2_A, LIFT_A], msgid=mid('ses', 'conf-a'),
    trace=ses_trace(d))

# 018  unrelated: Skill Builder renewal reminder
d = when('2025-02-21 06:00', UTC)
add(L('unrelated'), d, addr('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
    'Reminder: your AWS Skill Builder subscription renews on February 28',
    alt(text("""Hi Daichi,

Your AWS Skill Builder Individual subscription renews automatically on
February 28, 2025. We'll charge USD 29.00 to the card ending in 4417.

No action is needed to keep learning. To change or cancel, go to
Subscriptions in your Skill Builder account before the renewal date.

AWS Skill Builder
""", cte='7bit'),
        html("""<html><body><p>Hi Daichi,</p><p>Your <b>AWS Skill Builder Individual</b> subscription renews automatically on <b>February 28, 2025</b>. We'll charge USD 29.00 to the card ending in 4417.</p><p>No action is needed to keep learning. To change or cancel, go to Subscriptions in your Skill Builder account before the renewal date.</p><p>AWS Skill Builder</p></body></html>""")),
    msgid=mid('ses', 'sb-renew'),
    trace=trace_gmail(d, 'aws.training', '54.240.27.61', 'a27-61.smtp-out.us-west-2.amazonses.com',
                      mailfrom='010101950bbb@us-west-2.amazonses.com', dkim_dom='aws.training'))

# 019  unrelated: new employer's onboarding reminder
d = when('2025-02-21 13:30')
add(L('unrelated'), d, addr('Tsubame Cloud Works People Team', 'people@tsubame-cloud.jp'), ME_P,
    'Second reminder: onboarding documents due Feb 25',
    text("""Hi Daichi,

Quick follow-up on our email from last week - we still don't have your
onboarding documents in the portal:

  - signed employment contract
  - 年金手帳 / basic pension number
  - bank account form for payroll

Could you upload them by Tuesday, Feb 25? If something is holding you up,
just reply and we'll sort it out.

Looking forward to having you on the team on March 3!

Aya Nishimura
People Team, Tsubame Cloud Works
""", cte='quoted-printable'),
    msgid=mid('tsubame-cloud.jp', 'onb-2'), eol='\n',
    trace=trace_gmail(d, 'tsubame-cloud.jp', '209.85.220.41', 'mail-sor-f41.google.com',
                      mailfrom='people@tsubame-cloud.jp', policy='NONE'))

# 020  certification: program feedback invitation (not about a support case)
d = when('2025-02-22 09:00', UTC)
add(L('certification'), d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'AWS Certification wants to hear from you',
    html("""<html><body style="font-family:Arial">
<p>Hello Daichi,</p>
<p>As an AWS Certified individual, your opinion shapes how we build exams and benefits. Tell us what you think in a 7-minute survey about the certification program.</p>
<p><a href="https://survey.certmetrics.com/aws/2025q1?c=7K2PQ4XW1M0E">Take the survey</a></p>
<p>The survey closes March 14, 2025. Participation is optional.</p>
<p>AWS Training and Certification</p>
</body></html>""", cte='base64'),
    msgid=mid('certmetrics.com', 'cm-survey'),
    trace=trace_corp(d, 'certmetrics.com', '198.2.177.51', 'mail177-51.suw41.mandrillapp.com',
                     mailfrom='bounce-md_30921644.67b9a0c1@mandrillapp.com'))

CONF_TEXT = """Account #1
Login email: morisaki.daichi88@gmail.com
Training notification email: morisaki.daichi88@gmail.com
Certification notification email: morisaki.daichi88@gmail.com
Candidate ID: AWS11640283

Account #2
Login email: d-morisaki@hoshizora-tech.co.jp
Training notification email: d-morisaki@hoshizora-tech.co.jp
Certification notification email: d-morisaki@hoshizora-tech.co.jp
Candidate ID: AWS07731958"""

CONF_A_PLAIN = """Hello Daichi,

With the partner link gone, the merge can go ahead. These are the two
certification accounts I found for you:

%s

When the merge runs, the exam history, certifications and benefits on
Account #2 move to Account #1, and Account #2 can no longer be used to sign
in.

Please look these over and reply to this email to confirm that both accounts
belong to you and that Account #1 is the one to keep.

Thanks,
Priyanka R.""" % CONF_TEXT

# 021  confirmation_request A: polite nudge over an Outlook-style quote
d = when('2025-02-24 09:15', UTC)
NUDGE_A = add(L('confirmation_request', True, CASE_A), d, addr('Amazon Web Services', TC), ME_P,
    sub_a('RE:'),
    text("""Hi Daichi,

Just checking in on the note below. Whenever you have a minute, a short
"yes, Account #1" is all it takes for me to start the merge.

Thanks,
Priyanka R.
AWS Training and Certification | Customer Support

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Thursday, February 20, 2025 1:10 AM
To: morisaki.daichi88@gmail.com
Subject: %s

%s
""" % (sub_a('RE:'), CONF_A_PLAIN), cte='quoted-printable'),
    irt=CONF_A, refs=[ACK_A, HOLD_A, LIFT_A, CONF_A], msgid=mid('ses', 'nudge-a'),
    trace=ses_trace(d))

# 022  unrelated: GitHub "merged"
d = when('2025-02-24 17:40', UTC)
add(L('unrelated'), d, addr('Kenta Tanaka', 'notifications@github.com'),
    'hoshizora-tech/infra-modules <infra-modules@noreply.github.com>',
    'Re: [hoshizora-tech/infra-modules] Add VPC interface endpoint module (PR #212)',
    text("""Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/212#event-16420331877
You are receiving this because your review was requested.
""", cte='7bit'),
    irt='<hoshizora-tech/infra-modules/pull/212@github.com>',
    refs=['<hoshizora-tech/infra-modules/pull/212@github.com>'],
    msgid='<hoshizora-tech/infra-modules/pull/212/issue_event/16420331877@github.com>', eol='\n',
    trace=trace_gmail(d, 'github.com', '192.30.252.206', 'out-23.smtp.github.com',
                      mailfrom='noreply@github.com', policy='REJECT'),
    extra=['X-GitHub-Reason: review_requested'])

# 023  unrelated: another vendor's ticket reminder with an auto-close warning
d = when('2025-02-25 11:11', UTC)
add(L('unrelated'), d, addr('Nimbus DNS Support', 'support@nimbusdns.io'), ME_P,
    '[Request #88213] Waiting for your reply: DNSSEC key rollover failed',
    text("""##- Please type your reply above this line -##

Hi Daichi,

We're following up on the DNSSEC rollover issue for morisaki.dev. In our last
message we asked for the DS record currently published at your registrar.

Could you paste it here? If we don't hear back within 48 hours, this request
will close automatically. You can reopen it any time by replying.

Jonas
Nimbus DNS Support

Request #88213 | https://help.nimbusdns.io/requests/88213
""", cte='7bit'),
    msgid=mid('nimbusdns.io', 'ticket-rem'),
    trace=trace_gmail(d, 'nimbusdns.io', '192.161.147.8', 'outbyoip8.pod20.use1.zdsys.com',
                      mailfrom='support@nimbusdns.io', policy='NONE'))

# 024  suspicious: lookalike domain "second reminder"
d = when('2025-02-26 02:13', UTC)
add(L('suspicious'), d, addr('AWS Training & Certification', 'case-reminder@aws-certsupport-center.com'),
    ME_P, 'Second reminder: confirm your certification account merge',
    html("""<html><body style="font-family:Arial">
<p><img src="https://aws-certsupport-center.com/img/aws-logo.png" alt="AWS"></p>
<p>Dear Customer,</p>
<p>We sent you a request on February 21 to confirm the merge of your AWS Certification accounts and <b>have not received your confirmation</b>.</p>
<p>To prevent your certifications from being permanently removed, sign in and verify your identity within <b>24 hours</b>:</p>
<p><a href="https://aws-certsupport-center.com/verify?u=morisaki.daichi88">Confirm account merge</a></p>
<p>If you do not complete verification, your exam history and badges will be lost and cannot be restored.</p>
<p>AWS Training &amp; Certification Support Team</p>
</body></html>""", cte='base64'),
    msgid=mid('aws-certsupport-center.com', 'phish-1'),
    trace=trace_gmail(d, 'aws-certsupport-center.com', '185.243.112.90', 'mail.aws-certsupport-center.com',
                      mailfrom='bounce@aws-certsupport-center.com', policy='NONE'))

# 025  closing_notice A: third ask with the auto-close warning
d = when('2025-02-27 09:30', UTC)
CLOSE_A_PLAIN = """Hello Daichi,

This is my third message about merging your certification accounts, and I
haven't seen a reply yet, so here are the details once more:

%s

If I don't receive your confirmation within 3 business days, I'll close this
case. That isn't final - a reply to this email, even after the case is
closed, reopens it and we carry on from here.

I know Feb 28 is your last day at Hoshizora, so it may be easiest to answer
from your personal mailbox.

Regards,
Priyanka R.
AWS Training and Certification | Customer Support""" % CONF_TEXT
CLOSE_A = add(L('closing_notice', True, CASE_A, [NEW_ID, OLD_ID]), d,
    addr('Amazon Web Services', TC), addr('', ME_P) + ', ' + ME_C, sub_a('RE:'),
    alt(text(CLOSE_A_PLAIN, cte='quoted-printable'),
        html("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Daichi,</p>
<p>This is my third message about merging your certification accounts, and I haven't seen a reply yet, so here are the details once more:</p>
%s
<p>If I don't receive your confirmation within <b>3 business days</b>, I'll close this case. That isn't final - a reply to this email, even after the case is closed, reopens it and we carry on from here.</p>
<p>I know Feb 28 is your last day at Hoshizora, so it may be easiest to answer from your personal mailbox.</p>
<p>Regards,<br>Priyanka R.<br>AWS Training and Certification | Customer Support</p>
</body></html>""" % CONF_TABLE)),
    irt=NUDGE_A, refs=[ACK_A, HOLD_A, LIFT_A, CONF_A, NUDGE_A], msgid=mid('ses', 'close-a'),
    trace=ses_trace(d))

# 026  unrelated: colleague re-sends a review request (Shift_JIS)
d = when('2025-02-27 12:05')
add(L('unrelated'), d, addr('田中 健太', 'k-tanaka@hoshizora-tech.co.jp', 'shift_jis'), ME_C,
    '【再送】引き継ぎ資料のレビューのお願い',
    text("""森崎さん

お疲れさまです。田中です。
月曜にお送りした件、埋もれていそうなので再送します。

運用引き継ぎ資料（Confluence: INFRA/引き継ぎ/森崎さん担当分）の
レビューを、明日の午前中までにお願いできますでしょうか。
特に「証明書更新手順」と「夜間バッチの再実行手順」の2点は
最終出社日までに確認いただけると助かります。

最終日お忙しいところすみません。よろしくお願いします。

田中
""", cs='shift_jis', cte='base64'),
    msgid=mid('outlook', 'tanaka-resend'), scs='shift_jis',
    trace=trace_corp(d, 'hoshizora-tech.co.jp', '10.20.1.15', 'smtp-int01.hoshizora-tech.co.jp'))

# 027  user_reply A: owner confirms, but from the company address (top-posted, Outlook)
d = when('2025-02-27 22:48')
USER_CO = add(L('user_reply', False, CASE_A, [NEW_ID]), d, addr('Morisaki Daichi', ME_C), TC,
    'RE: ' + sub_a('RE:'),
    text("""Confirmed. Both accounts are mine - please merge into Account #1 (AWS11640283).

Sorry for the slow reply, last week was all handover work.

Daichi Morisaki
Hoshizora Technologies K.K. | Cloud Infrastructure
(until Feb 28)

%s
%s

%s

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Monday, February 24, 2025 9:15 AM
To: morisaki.daichi88@gmail.com
Subject: %s

Hi Daichi,

Just checking in on the note below. Whenever you have a minute, a short
"yes, Account #1" is all it takes for me to start the merge.

Thanks,
Priyanka R.
""" % ('-----Original Message-----',
       outlook_hdr(when('2025-02-27 09:30'), TC, ME_P + '; ' + ME_C, sub_a('RE:')),
       CLOSE_A_PLAIN, sub_a('RE:')), cte='quoted-printable'),
    irt=CLOSE_A, refs=[ACK_A, CONF_A, NUDGE_A, CLOSE_A], msgid=mid('outlook', 'user-co'),
    extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Topic: ' + sub_a('RE:'),
           'Thread-Index: AQHbiP2r' + _h('ti027', 12)])

# 028  unrelated: the other vendor closes its ticket for lack of reply
d = when('2025-02-28 08:20', UTC)
add(L('unrelated'), d, addr('Nimbus DNS Support', 'support@nimbusdns.io'), ME_P,
    '[Request #88213] Closed: DNSSEC key rollover failed',
    html("""<div style="font-family:Helvetica">
<p>Hi Daichi,</p>
<p>We haven't heard back from you, so request #88213 has been closed.</p>
<p>Still stuck? Reply to this email within 7 days and the request reopens with its full history.</p>
<p>How would you rate the support you received? <a href="https://help.nimbusdns.io/satisfaction/88213/good">Good</a> / <a href="https://help.nimbusdns.io/satisfaction/88213/bad">Bad</a></p>
<p>Nimbus DNS Support</p>
</div>""", cte='7bit'),
    msgid=mid('nimbusdns.io', 'ticket-closed'),
    trace=trace_gmail(d, 'nimbusdns.io', '192.161.147.9', 'outbyoip9.pod20.use1.zdsys.com',
                      mailfrom='support@nimbusdns.io', policy='NONE'))

# 029  info_request A: thanks for confirming, but it must come from the address being kept
d = when('2025-02-28 10:02', UTC)
WRONG_A = add(L('info_request', True, CASE_A), d, addr('Amazon Web Services', TC), ME_C,
    sub_a('RE:'),
    text("""Hi Daichi,

Thanks for confirming. One snag: your reply came from
d-morisaki@hoshizora-tech.co.jp, which is the login on Account #2 - the
account that is being merged away. To protect account owners, we act on a
merge confirmation only when it comes from the email address on the account
that will be kept.

Would you send the same confirmation from morisaki.daichi88@gmail.com?
Replying to any of our earlier messages in that mailbox is fine. As soon as
it arrives I'll submit the merge.

Regards,
Priyanka R.
AWS Training and Certification | Customer Support
""", cte='7bit'),
    irt=USER_CO, refs=[ACK_A, CONF_A, NUDGE_A, CLOSE_A, USER_CO], msgid=mid('ses', 'wrong-a'),
    trace=ses_trace(d, rcpt=ME_C))

# 030  user_reply A: confirmation from the personal address
d = when('2025-02-28 12:30')
USER_OK = add(L('user_reply', False, CASE_A, [OLD_ID, NEW_ID]), d, addr(ME_NAME, ME_P), TC,
    'Re: ' + sub_a('RE:'),
    alt(text("""Hello Priyanka,

Confirming from my personal address as you asked: both accounts are mine.
Please merge Account #2 (AWS07731958) into Account #1 (AWS11640283) and
keep Account #1.

Best regards,
Daichi Morisaki

%s
%s
""" % (gmail_attr(when('2025-02-27 09:30'), 'Amazon Web Services <%s>' % TC), q(CLOSE_A_PLAIN)),
        cte='quoted-printable'),
        html("""<div dir="ltr">Hello Priyanka,<div><br></div><div>Confirming from my personal address as you asked: both accounts are mine. Please merge Account #2 (AWS07731958) into Account #1 (AWS11640283) and keep Account #1.</div><div><br></div><div>Best regards,<br>Daichi Morisaki</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>""" % (
            gmail_attr(when('2025-02-27 09:30'), 'Amazon Web Services &lt;%s&gt;' % TC),
            CLOSE_A_PLAIN.replace('\n', '<br>')))),
    irt=CLOSE_A, refs=[ACK_A, CONF_A, NUDGE_A, CLOSE_A], msgid=mid('gmail', 'user-ok'))

WRONG_A_PLAIN = """Thanks for confirming. One snag: your reply came from
d-morisaki@hoshizora-tech.co.jp, which is the login on Account #2 - the
account that is being merged away. To protect account owners, we act on a
merge confirmation only when it comes from the email address on the account
that will be kept.

Would you send the same confirmation from morisaki.daichi88@gmail.com?"""

# 031  case_update A: confirmation received, merge submitted (quotes the ask)
d = when('2025-03-01 09:40', UTC)
SUBM_A = add(L('case_update', False, CASE_A), d, addr('Amazon Web Services', TC), ME_P,
    sub_a('RE:'),
    text("""Hi Daichi,

Got it - thank you. That's everything I needed from you. I've handed the
merge to our certification operations team; merges usually finish within
one to three business days, and I'll confirm on this case when it's done.

Regards,
Priyanka R.
AWS Training and Certification | Customer Support

> %s
>
%s
""" % (gmail_attr(when('2025-02-28 10:02'), 'Amazon Web Services'), q(WRONG_A_PLAIN)),
        cte='base64'),
    irt=USER_OK, refs=[ACK_A, CONF_A, CLOSE_A, USER_CO, WRONG_A, USER_OK],
    msgid=mid('ses', 'subm-a'), trace=ses_trace(d))

# 032  unrelated: AWS billing statement from the same no-reply sender as console cases
d = when('2025-03-02 08:00', UTC)
add(L('unrelated'), d, addr('Amazon Web Services', NOREPLY), ME_P,
    'Amazon Web Services Invoice Available [Account: 482109375516] [Invoice ID: 2061594837]',
    text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: $3.84

Account: [AWS ID 482109375516]
Billing period: February 1 - February 28, 2025

You can see a complete break-down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210
""", cte='7bit'),
    msgid=mid('ses', 'bill-feb'), trace=ses_trace(d))

# 033  resolved A: merged, quoting the earlier confirmation request
d = when('2025-03-03 14:25', UTC)
DONE_A = add(L('resolved', False, CASE_A, [NEW_ID]), d, addr('Amazon Web Services', TC), ME_P,
    sub_a('RE:'),
    alt(text("""Hello Daichi,

I have merged your certification accounts. Your exam history,
certifications and benefits now all sit under Account #1 (AWS11640283).
Sign out of the certification site and back in to see them; Credly badges
can take a few hours to follow.

If anything looks off, reply to this email within 14 days and I'll take
another look. Otherwise there's nothing more to do, and this case will be
marked resolved.

Thank you for your patience with the partner step.

Regards,
Priyanka R.
AWS Training and Certification | Customer Support

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Thursday, February 20, 2025 1:10 AM
To: morisaki.daichi88@gmail.com
Subject: %s

%s
""" % (sub_a('RE:'), CONF_A_PLAIN), cte='quoted-printable'),
        html("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Daichi,</p>
<p>I have merged your certification accounts. Your exam history, certifications and benefits now all sit under Account #1 (AWS11640283). Sign out of the certification site and back in to see them; Credly badges can take a few hours to follow.</p>
<p>If anything looks off, reply to this email within 14 days and I'll take another look. Otherwise there's nothing more to do, and this case will be marked resolved.</p>
<p>Thank you for your patience with the partner step.</p>
<p>Regards,<br>Priyanka R.<br>AWS Training and Certification | Customer Support</p>
<div style="border-top:1px solid #b5c4df;padding-top:4px;margin-top:16px">
<p><b>From:</b> aws-cs-trainingcertification-form@amazon.com<br><b>Sent:</b> Thursday, February 20, 2025 1:10 AM<br><b>To:</b> morisaki.daichi88@gmail.com<br><b>Subject:</b> %s</p>
<p>Hello Daichi,</p>
<p>With the partner link gone, the merge can go ahead. These are the two certification accounts I found for you:</p>
%s
<p>Please look these over and reply to this email to confirm that both accounts belong to you and that Account #1 is the one to keep.</p>
</div></body></html>""" % (sub_a('RE:'), CONF_TABLE))),
    irt=SUBM_A, refs=[ACK_A, CONF_A, CLOSE_A, WRONG_A, USER_OK, SUBM_A],
    msgid=mid('ses', 'done-a'), trace=ses_trace(d))

# 034  badge: Credly badge after the merge
d = when('2025-03-03 14:31', UTC)
add(L('badge'), d, addr('Credly', 'admin@credly.com'), ME_P,
    'Daichi, your AWS Certified Solutions Architect - Associate badge is ready to accept',
    html("""<html><body style="font-family:Helvetica,Arial;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
<p>Hi Daichi,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/5c1e0b7a-93d2-4f6e-8a41-2b7c9d0e6f13/accept">Accept your badge</a></p>
<p>Accepting lets you share your achievement on LinkedIn, in your email signature and more.</p>
<p style="font-size:11px;color:#888">Credly, 13809 Research Blvd, Austin, TX. <a href="https://www.credly.com/unsubscribe">Manage email preferences</a></p>
</td></tr></table></body></html>""", cte='quoted-printable'),
    msgid=mid('credly.com', 'badge-saa'),
    trace=trace_gmail(d, 'credly.com', '149.72.130.18', 'o3.email.credly.com',
                      mailfrom='bounces+1289@email.credly.com', dkim_dom='credly.com', policy='NONE'))

# 035  survey A
d = when('2025-03-04 09:00', UTC)
add(L('survey', False, CASE_A), d, addr('AWS Customer Service', 'aws-cs-survey@amazon.com'), ME_P,
    'Tell us about your recent support experience (Case %s)' % CASE_A,
    html("""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your case <b>%s</b> with AWS Training and Certification was recently resolved. Would you take two minutes to tell us how it went?</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://www.amazon.com/gp/survey/aws-tc-cs?c=%s&amp;r=5">Very satisfied</a> |
<a href="https://www.amazon.com/gp/survey/aws-tc-cs?c=%s&amp;r=3">Neutral</a> |
<a href="https://www.amazon.com/gp/survey/aws-tc-cs?c=%s&amp;r=1">Very dissatisfied</a></p>
<p style="font-size:11px;color:#777">Please do not reply to this email; replies are not monitored.</p>
</body></html>""" % (CASE_A, CASE_A, CASE_A, CASE_A), cte='7bit'),
    msgid=mid('ses', 'survey-a'), trace=ses_trace(d))

# 036  user_reply A: owner forwards the result to his new manager
d = when('2025-03-04 20:10')
add(L('user_reply', False, CASE_A, [NEW_ID]), d, addr(ME_NAME, ME_P),
    addr('小野 遥', 'h.ono@tsubame-cloud.jp'), 'Fwd: ' + sub_a('RE:'),
    text("""小野さん

お疲れさまです、森崎です。
前職の認定アカウントを個人アカウントに統合できました。
パートナー登録に使う候補IDは AWS11640283 です。
バッジも Credly で受け取れる状態になっています。

よろしくお願いします。

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: Mon, Mar 3, 2025 at 2:25 PM
Subject: %s
To: <%s>


Hello Daichi,

I have merged your certification accounts. Your exam history,
certifications and benefits now all sit under Account #1 (AWS11640283).
""" % (TC, sub_a('RE:'), ME_P), cte='base64'),
    irt=DONE_A, refs=[DONE_A], msgid=mid('gmail', 'fwd-ono'))

# 037  acknowledgement B: console case opened (cannot be answered by email)
d = when('2025-03-06 10:30', UTC)
B_SUBJ = '50% exam voucher missing after certification account merge'
ACK_B = add(L('acknowledgement', False, CASE_B, [OLD_ID]), d, addr('Amazon Web Services', NOREPLY), ME_P,
    'Amazon Web Services: New Support case: %s' % CASE_B,
    text("""Dear Customer,

Thank you for contacting AWS Support. A new support case has been created.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my certification accounts were merged (case
%s), the 50%% discount voucher from my old account AWS07731958 no
longer appears under Benefits. It was valid until April 23 and I have an
exam on April 2. Could you check where it went?

To see or respond to this case, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

===========================================================
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to the AWS Support Center.
===========================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
""" % (CASE_B, B_SUBJ, CASE_A, CASE_B), cte='7bit'),
    msgid=mid('ses', 'ack-b'), trace=ses_trace(d))

# 038  badge: Credly reminder to accept
d = when('2025-03-06 18:00', UTC)
add(L('badge'), d, addr('Credly', 'admin@credly.com'), ME_P,
    'Reminder: your badge from Amazon Web Services Training and Certification is waiting',
    alt(text("""Hi Daichi,

You haven't accepted your AWS Certified Solutions Architect - Associate badge
yet. It only takes a moment:

https://www.credly.com/badges/5c1e0b7a-93d2-4f6e-8a41-2b7c9d0e6f13/accept

Credly
""", cte='7bit'),
        html("""<p>Hi Daichi,</p><p>You haven't accepted your <b>AWS Certified Solutions Architect - Associate</b> badge yet. It only takes a moment.</p><p><a href="https://www.credly.com/badges/5c1e0b7a-93d2-4f6e-8a41-2b7c9d0e6f13/accept">Accept badge</a></p><p>Credly</p>""")),
    msgid=mid('credly.com', 'badge-rem'),
    trace=trace_gmail(d, 'credly.com', '149.72.130.22', 'o4.email.credly.com',
                      mailfrom='bounces+1289@email.credly.com', policy='NONE'))

CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the stars
in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
======================================================
To see all the correspondence for this case and respond to it, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================
AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/
""" % CASE_B


def sub_b(prefix='RE:'):
    return '%s[CASE %s] %s' % (prefix, CASE_B, B_SUBJ)


# 039  info_request B: console correspondence, answer in the Support Center
d = when('2025-03-07 11:15', UTC)
REQ_B = add(L('info_request', True, CASE_B, [NEW_ID]), d, addr('Amazon Web Services', NOREPLY), ME_P,
    sub_b(),
    text("""Hello,

Thank you for reaching out. My name is Sandeep, and I'll be looking after
your case.

I can see that the merge into candidate ID AWS11640283 completed on March 3.
To trace what happened to the voucher, I need two things from you:

1. The voucher code if you noted it down, or otherwise the date it was issued.
2. A screenshot of the Benefits page of your certification account as it
   looks now.

As this case was opened in the Support Center, please attach both there;
replies to this email do not reach us.
""" + CONSOLE_FOOT + """
Sandeep S.
Amazon Web Services
""", cte='quoted-printable'),
    irt=ACK_B, refs=[ACK_B], msgid=mid('ses', 'req-b'), trace=ses_trace(d))

# 040  info_request B: automated "pending your response" reminder, no closing threat
d = when('2025-03-10 11:20', UTC)
REM_B = add(L('info_request', True, CASE_B), d, addr('Amazon Web Services', NOREPLY), ME_P,
    'Amazon Web Services: Support case %s is awaiting your reply' % CASE_B,
    html("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>AWS Support is waiting for information from you on the case below.</p>
<table cellpadding="5" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Subject</b></td><td>%s</td></tr>
<tr><td><b>Status</b></td><td>Pending customer action</td></tr>
</table>
<p>Open the case in the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a> to read the latest correspondence and add your reply.</p>
<p style="font-size:11px;color:#687078">This is an automated message. This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""" % (CASE_B, B_SUBJ, CASE_B)),
    irt=REQ_B, refs=[ACK_B, REQ_B], msgid=mid('ses', 'rem-b'), trace=ses_trace(d))

# 041  survey: reminder for case A's survey
d = when('2025-03-11 09:00', UTC)
add(L('survey', False, CASE_A), d, addr('AWS Customer Service', 'aws-cs-survey@amazon.com'), ME_P,
    'Reminder: 2 minutes to rate your support experience (Case %s)' % CASE_A,
    text("""Hello,

We haven't received your feedback yet about case %s with AWS
Training and Certification. It takes about two minutes, and every answer is
read by the team that handled your case.

Start the survey: https://www.amazon.com/gp/survey/aws-tc-cs?c=%s

This is the last reminder we'll send for this case. Please don't reply to
this email; it is not monitored.

AWS Customer Service
""" % (CASE_A, CASE_A), cte='7bit'),
    msgid=mid('ses', 'survey-a2'), trace=ses_trace(d))

# 042  suspicious: real AWS From address but DKIM/DMARC fail, credential lure
d = when('2025-03-11 13:00', UTC)
add(L('suspicious'), d, addr('Amazon Web Services', TC), ME_P,
    'RE:[CASE 173990112200845] Final reminder: action required on your certification account',
    alt(text("""Hello,

Our records show that you have not responded to our earlier request about
your AWS Certification account.

Your certification records will be suspended unless you re-validate your
AWS Builder ID within 48 hours:

https://signin-aws-builderid.account-review.co/validate?case=173990112200845

If the link does not work, reply to this email with your candidate ID, your
Builder ID password and your date of birth so that we can validate you
manually.

AWS Training and Certification Customer Support
""", cte='7bit'),
        html("""<html><body><p>Hello,</p><p>Our records show that you have not responded to our earlier request about your AWS Certification account.</p><p>Your certification records will be <b>suspended</b> unless you re-validate your AWS Builder ID within 48 hours:</p><p><a href="https://signin-aws-builderid.account-review.co/validate?case=173990112200845">https://www.aws.training/certification/validate</a></p><p>If the link does not work, reply to this email with your candidate ID, your Builder ID password and your date of birth so that we can validate you manually.</p><p>AWS Training and Certification Customer Support</p></body></html>""", cte='7bit')),
    msgid='<20250311040012.5A1C2E0419@vps-47-91.hostnet-eu.ru>',
    trace=trace_gmail(d, 'amazon.com', '91.215.47.91', 'vps-47-91.hostnet-eu.ru',
                      dkim='fail', spf='softfail', dmarc='fail', dkim_dom='amazon.com',
                      mailfrom=TC))

# 043  closing_notice B: auto-resolve warning, answer in the Support Center
d = when('2025-03-13 11:20', UTC)
add(L('closing_notice', True, CASE_B), d, addr('Amazon Web Services', NOREPLY), ME_P,
    'Amazon Web Services: Support case %s will be resolved soon' % CASE_B,
    text("""Hello,

We still haven't heard back from you on support case %s
("%s"). We asked for some information on March 7.

If there is no reply in the Support Center within the next 3 days, the case
will be resolved automatically. You can reopen a resolved case from the
Support Center for up to 14 days; after that a new case is needed.

Respond here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""" % (CASE_B, B_SUBJ, CASE_B), cte='7bit'),
    irt=REM_B, refs=[ACK_B, REQ_B, REM_B], msgid=mid('ses', 'close-b'), eol='\n',
    trace=ses_trace(d))

# 044  case_update B: what was asked has been received; passed on
d = when('2025-03-14 16:45', UTC)
UPD_B = add(L('case_update', False, CASE_B), d, addr('Amazon Web Services', NOREPLY), ME_P,
    sub_b(),
    text("""Hello Daichi,

Thanks for adding the screenshot and the issue date (May 11, 2022) in the
Support Center - that was exactly what I needed.

The voucher was tied to the old candidate record and wasn't carried over
during the merge. I've raised it with the certification benefits team, who
are able to re-issue it on your current account. Nothing else is needed from
you at this point; I'll post here as soon as they confirm.
""" + CONSOLE_FOOT + """
Sandeep S.
Amazon Web Services
""", cte='base64'),
    irt=REQ_B, refs=[ACK_B, REQ_B], msgid=mid('ses', 'upd-b'), trace=ses_trace(d))

# 045  unrelated: AWS marketing "last chance"
d = when('2025-03-15 09:00', UTC)
add(L('unrelated'), d, addr('AWS Events', 'aws-marketing-email-replies@amazon.com'), ME_P,
    '最終案内: AWS Summit Japan 事前登録は今週末まで',
    html("""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>森崎 大地 様</p>
<p>AWS Summit Japan の事前登録締め切りが近づいています。まだご登録がお済みでない方は、お早めにお申し込みください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p>基調講演、200以上のセッション、認定者ラウンジ（AWS 認定保有者限定）をご用意しています。</p>
<p style="font-size:11px;color:#777">このメールは送信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>""", cte='base64'),
    msgid=mid('ses', 'summit'),
    trace=trace_gmail(d, 'amazon.com', '199.15.214.170', 'mail170.mktomail.com',
                      mailfrom='668-UPN-001.0.98133.0.0.7612.9.4881236@mail.awscloud.com',
                      dkim_dom='amazon.com'))

# 046  resolved B: voucher re-issued; footer about reopening and rating
d = when('2025-03-18 10:05', UTC)
DONE_B = add(L('resolved', False, CASE_B, [NEW_ID]), d, addr('Amazon Web Services', NOREPLY), ME_P,
    sub_b(),
    alt(text("""Hello Daichi,

The certification benefits team has re-issued your 50% exam discount
voucher on candidate ID AWS11640283. It now shows under Benefits and is
valid until April 23, 2025, so you can apply it to your April 2 exam.

Since the voucher is back, I'll set this case to resolved. Should you need
anything further on it, you can reopen the case from the Support Center
within 14 days.

Good luck with the Professional exam!
""" + CONSOLE_FOOT + """
Sandeep S.
Amazon Web Services
""", cte='quoted-printable'),
        html("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Daichi,</p>
<p>The certification benefits team has re-issued your 50%% exam discount voucher on candidate ID AWS11640283. It now shows under Benefits and is valid until April 23, 2025, so you can apply it to your April 2 exam.</p>
<p>Since the voucher is back, I'll set this case to resolved. Should you need anything further on it, you can reopen the case from the Support Center within 14 days.</p>
<p>Good luck with the Professional exam!</p>
<p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<p>Sandeep S.<br>Amazon Web Services</p>
<hr><p style="font-size:11px">To see all the correspondence for this case, please visit <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">the AWS Support Center</a>.<br>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""" % CASE_B)),
    irt=UPD_B, refs=[ACK_B, REQ_B, UPD_B], msgid=mid('ses', 'done-b'), trace=ses_trace(d))

# 047  survey B: console case survey
d = when('2025-03-18 10:07', UTC)
add(L('survey', False, CASE_B), d, addr('Amazon Web Services', NOREPLY), ME_P,
    'How did we do? Your AWS Support case %s' % CASE_B,
    html("""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your support case <b>%s</b> (%s) has been resolved. We'd like to know how satisfied you are with the support you received.</p>
<p>On a scale of 1 to 5, how would you rate your experience?</p>
<p>%s</p>
<p style="font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""" % (CASE_B, B_SUBJ, ' '.join(
        '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;score=%d">%d</a>' % (CASE_B, i, i)
        for i in range(1, 6))), cte='quoted-printable'),
    msgid=mid('ses', 'survey-b'), trace=ses_trace(d))

# 048  unrelated: newsletter
d = when('2025-03-20 08:00', UTC)
add(L('unrelated'), d, addr('Cloud Native Weekly', 'hello@cloudnativeweekly.dev'), ME_P,
    'Cloud Native Weekly #214: reminders, retries and the art of the follow-up',
    alt(text("""CLOUD NATIVE WEEKLY #214

1. Why your retry logic needs jitter (and a closing time)
2. Kubernetes 1.33 release notes, the short version
3. "Just checking in": designing humane reminder emails for on-call tools
4. Terraform state surgery without tears

Reminder: our reader survey closes Friday. Reply to this email with your
favourite issue of the year!

You are receiving this because you subscribed at cloudnativeweekly.dev.
Unsubscribe: https://cloudnativeweekly.dev/u/8f21c
""", cte='7bit'),
        html("""<h1>Cloud Native Weekly #214</h1><ol><li>Why your retry logic needs jitter (and a closing time)</li><li>Kubernetes 1.33 release notes, the short version</li><li>"Just checking in": designing humane reminder emails for on-call tools</li><li>Terraform state surgery without tears</li></ol><p>Reminder: our reader survey closes Friday. Reply to this email with your favourite issue of the year!</p><p><small><a href="https://cloudnativeweekly.dev/u/8f21c">Unsubscribe</a></small></p>""")),
    msgid=mid('cloudnativeweekly.dev', 'cnw214'),
    trace=trace_gmail(d, 'cloudnativeweekly.dev', '198.2.141.12', 'mail141-12.atl221.mcsv.net',
                      mailfrom='bounce-mc.us21_118.214@mail141-12.atl221.mcsv.net', policy='NONE'),
    extra=['List-Unsubscribe: <https://cloudnativeweekly.dev/u/8f21c>'])

# 049  certification: benefit (voucher) expiry reminder
d = when('2025-03-24 09:00', UTC)
add(L('certification', cands=[NEW_ID]), d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Your AWS Certification exam voucher expires in 30 days',
    text("""Hello Daichi Morisaki,

You have an unused AWS Certification benefit that expires soon.

  Benefit:       50% discount on your next exam
  Candidate ID:  AWS11640283
  Valid until:   April 23, 2025

Apply it when you schedule or reschedule an exam from the Benefits page of
your certification account. Vouchers cannot be extended after they expire.

AWS Training and Certification
This is an automated message; replies are not monitored.
""", cte='7bit'),
    msgid=mid('certmetrics.com', 'cm-voucher'),
    trace=trace_gmail(d, 'certmetrics.com', '198.2.177.60', 'mail177-60.suw41.mandrillapp.com',
                      mailfrom='bounce-md_30921644.67e0b8a3@mandrillapp.com', dkim_dom='certmetrics.com',
                      policy='NONE'))


def sub_d(prefix='RE:'):
    return '%s[CASE %s] %s' % (prefix, CASE_D, FORM_SUBJ)


# 050  acknowledgement D (Japanese, ISO-2022-JP)
d = when('2025-03-27 09:05', UTC)
ACK_D = add(L('acknowledgement', False, CASE_D, [NEW_ID]), d, addr('Amazon Web Services', TC), ME_P,
    sub_d(''),
    text("""森崎 大地 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース %s として登録されました。

担当者より、原則として1営業日以内にご連絡を差し上げます。
調査が必要な場合は、お時間をいただくことがございます。
同一のご用件で重ねてフォームを送信されますと、別のケースとして
扱われ、かえってご回答が遅れることがございますのでご注意ください。

-- お問い合わせ内容 --
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: AWS11640283
本文:
アカウント統合後、認定アカウントの氏名が旧アカウントの
「Daiti Morisaki」のままになっています。パスポートと同じ
「Daichi Morisaki」に修正をお願いします。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_D, cs='iso-2022-jp', cte='7bit'),
    msgid=mid('ses', 'ack-d'), trace=ses_trace(d))

# 051  info_request D: Japanese keigo request
d = when('2025-03-28 15:40', UTC)
REQ_D_TEXT = """森崎 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの井上でございます。

氏名表記の修正につきまして、ご本人様確認のため、
以下の2点をご返信いただけますでしょうか。

1. パスポート等の公的身分証明書に記載のローマ字氏名
2. 画面右上に表示されている候補ID（AWS から始まる番号）が、
   フォームに記載いただいた番号と一致しているかどうか

身分証明書の画像の添付は不要でございます。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

井上
AWS トレーニングと認定 カスタマーサポート"""
REQ_D = add(L('info_request', True, CASE_D), d, addr('Amazon Web Services', TC), ME_P, sub_d(),
    alt(text(REQ_D_TEXT, cte='base64'),
        html('<html><body style="font-family:Meiryo,sans-serif"><p>' +
             REQ_D_TEXT.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>',
             cte='base64')),
    irt=ACK_D, refs=[ACK_D], msgid=mid('ses-jp', 'req-d'), trace=ses_trace(d))

# 052  unrelated: Pearson VUE exam reminder
d = when('2025-03-31 08:00', UTC)
add(L('unrelated'), d, addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_P,
    'Reminder: your exam is in 2 days',
    text("""Dear Daichi Morisaki,

This is a reminder of your upcoming appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Wednesday, April 2, 2025, 13:30 JST
Test center: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 492711068

Please arrive 15 minutes early and bring two forms of valid ID. The name on
your ID must match the name on your appointment.

Pearson VUE
""", cte='7bit'),
    msgid=mid('pearson.com', 'pv-remind'),
    trace=trace_gmail(d, 'pearson.com', '148.163.152.40', 'mx0b-00215c01.pphosted.com',
                      mailfrom='pearsonvueconfirmation@pearson.com', policy='REJECT'))

# 053  info_request D: automated bilingual reminder, no closing threat
d = when('2025-04-01 09:00', UTC)
REM_D = add(L('info_request', True, CASE_D), d, addr('Amazon Web Services', TC), ME_P,
    '【リマインダー】' + sub_d(),
    text("""※本メールはシステムより自動送信しています。

ケース %s について、お客様からのご返信をお待ちしております。
3月28日に担当者よりお送りしたメールをご確認のうえ、本メールにご返信ください。

This is an automated reminder. We are waiting for your reply on case
%s. Please review the message our team sent on March 28 and
reply to this email.

AWS トレーニングと認定 / AWS Training and Certification
""" % (CASE_D, CASE_D), cte='quoted-printable'),
    irt=REQ_D, refs=[ACK_D, REQ_D], msgid=mid('ses-jp', 'rem-d'), eol='\n', trace=ses_trace(d))

# 054  certification: exam result
d = when('2025-04-03 10:00', UTC)
add(L('certification', cands=[NEW_ID]), d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Congratulations! You are now AWS Certified Solutions Architect - Professional',
    html("""<html><body style="font-family:Arial">
<p>Dear Daichi Morisaki,</p>
<p>Congratulations! You have successfully passed the <b>AWS Certified Solutions Architect - Professional</b> exam (SAP-C02).</p>
<p>Candidate ID: AWS11640283<br>Exam date: April 2, 2025<br>Validation number: 9QW3H0XZ2B7L<br>Valid through: April 2, 2028</p>
<p>Your digital badge will arrive from Credly shortly, and your certificate is available in your certification account.</p>
<p>AWS Training and Certification</p>
</body></html>""", cte='quoted-printable'),
    msgid=mid('certmetrics.com', 'cm-sap-pass'),
    trace=trace_gmail(d, 'certmetrics.com', '198.2.177.61', 'mail177-61.suw41.mandrillapp.com',
                      mailfrom='bounce-md_30921644.67edd112@mandrillapp.com', policy='NONE'))

# 055  badge: Credly, Professional
d = when('2025-04-03 10:12', UTC)
add(L('badge'), d, addr('Credly', 'admin@credly.com'), ME_P,
    'You earned a badge: AWS Certified Solutions Architect - Professional',
    alt(text("""Congratulations, Daichi!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Professional".

Accept it and share it: https://www.credly.com/badges/a07e9c44-1d6b-4b39-9f20-6c85e2d1b0aa/accept

Credly
""", cte='7bit'),
        html("""<p>Congratulations, Daichi!</p><p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect - Professional</b>.</p><p><a href="https://www.credly.com/badges/a07e9c44-1d6b-4b39-9f20-6c85e2d1b0aa/accept">Accept badge</a></p>""")),
    msgid=mid('credly.com', 'badge-sap'),
    trace=trace_gmail(d, 'credly.com', '149.72.130.18', 'o3.email.credly.com',
                      mailfrom='bounces+1289@email.credly.com', policy='NONE'))

# 056  closing_notice D: third contact, will close (ISO-2022-JP)
d = when('2025-04-04 09:30', UTC)
CLOSE_D_TEXT = """森崎 様

AWS トレーニングと認定 カスタマーサポートの井上です。

3月28日に氏名表記の修正に必要な情報（パスポート記載のローマ字氏名、
および候補IDの確認）をお願いしておりましたが、現時点でご返信を
確認できておりません。

4月9日（水）までにご返信をいただけない場合、本ケースはいったん
クローズとさせていただきます。クローズ後であっても、本メールに
ご返信いただければケースは再開されますのでご安心ください。

井上
AWS トレーニングと認定 カスタマーサポート"""
CLOSE_D = add(L('closing_notice', True, CASE_D), d, addr('Amazon Web Services', TC), ME_P, sub_d(),
    text(CLOSE_D_TEXT, cs='iso-2022-jp', cte='7bit'),
    irt=REM_D, refs=[ACK_D, REQ_D, REM_D], msgid=mid('ses-jp', 'close-d'), trace=ses_trace(d))

# 057  certification: recertification notice
d = when('2025-04-04 12:00', UTC)
add(L('certification'), d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Your AWS Certified Solutions Architect - Associate has been renewed',
    text("""Hello Daichi,

Because you passed AWS Certified Solutions Architect - Professional, your
AWS Certified Solutions Architect - Associate certification has been renewed
as well. Its new expiration date is April 2, 2028.

Your updated certificate and a new 50% exam voucher are waiting in your
certification account.

AWS Training and Certification
""", cte='base64'),
    msgid=mid('certmetrics.com', 'cm-recert'),
    trace=trace_gmail(d, 'certmetrics.com', '198.2.177.62', 'mail177-62.suw41.mandrillapp.com',
                      mailfrom='bounce-md_30921644.67ef0a01@mandrillapp.com', policy='NONE'))

# 058  suspicious: Japanese lookalike "final notice" that also asks for a reply
d = when('2025-04-07 09:00', UTC)
add(L('suspicious'), d, addr('AWS認定 事務局', 'info@aws-certification-jp.com'), ME_P,
    '【重要・最終通知】AWS認定アカウントの本人確認が完了していません',
    html("""<html><body style="font-family:Meiryo,sans-serif">
<p>AWS認定 保有者 各位</p>
<p>先日ご案内いたしました AWS 認定アカウントの本人確認が、現時点で完了しておりません。</p>
<p><b>4月10日（木）までに</b>下記URLより本人確認を行っていただけない場合、保有されている認定資格はすべて無効となり、再取得が必要となります。</p>
<p><a href="https://aws-certification-jp.com/verify/login">https://www.aws.training/certification/verify</a></p>
<p>URLが開けない場合は、本メールへの返信にて「氏名・生年月日・候補ID・サインイン用パスワード」をお送りください。担当者が手動で確認いたします。</p>
<p>AWS認定 事務局</p>
</body></html>""", cte='base64'),
    msgid=mid('aws-certification-jp.com', 'phish-jp'),
    trace=trace_gmail(d, 'aws-certification-jp.com', '103.151.30.77', 'mail.aws-certification-jp.com',
                      mailfrom='info@aws-certification-jp.com', dkim='none', policy='NONE'),
    scs='utf-8')

# 059  closing_notice D: case closed for lack of reply; a reply reopens it (Shift_JIS)
d = when('2025-04-10 09:15', UTC)
CLOSED_D_TEXT = """森崎 様

いつもお世話になっております。AWS トレーニングと認定の井上です。

期日までにご返信を確認できなかったため、本ケースはクローズとさせて
いただきました。

氏名表記の修正を引き続きご希望の場合は、本メールにご返信ください。
ケースが再開され、引き続き担当者が対応いたします。

井上
AWS トレーニングと認定 カスタマーサポート"""
CLOSED_D = add(L('closing_notice', True, CASE_D), d, addr('Amazon Web Services', TC), ME_P,
    sub_d('RE: '),
    text(CLOSED_D_TEXT, cs='shift_jis', cte='base64'),
    irt=CLOSE_D, refs=[ACK_D, REQ_D, REM_D, CLOSE_D], msgid=mid('ses-jp', 'closed-d'),
    trace=ses_trace(d))

# 060  user_reply D: owner answers (Japanese Gmail quoting)
d = when('2025-04-10 21:40')
ANS_D = add(L('user_reply', False, CASE_D, [NEW_ID]), d, addr('森崎 大地', ME_P), TC,
    'Re: ' + sub_d('RE: '),
    text("""井上様

ご連絡が遅くなり、申し訳ありません。
試験と転職先での立ち上げが重なり、返信が遅れてしまいました。

1. パスポート記載のローマ字氏名: MORISAKI DAICHI
2. 画面右上の候補IDは AWS11640283 で、フォームの記載と一致しています。

お手数ですが、引き続きよろしくお願いいたします。

森崎 大地

2025年4月10日(木) 9:15 Amazon Web Services <%s>:

%s
""" % (TC, q(CLOSED_D_TEXT)), cte='base64'),
    irt=CLOSED_D, refs=[ACK_D, REQ_D, CLOSE_D, CLOSED_D], msgid=mid('gmail', 'ans-d'))

# 061  case_update D: reopened, info received, passed on
d = when('2025-04-11 10:20', UTC)
REOPEN_D = add(L('case_update', False, CASE_D), d, addr('Amazon Web Services', TC), ME_P,
    sub_d('RE: '),
    text("""森崎 様

ご返信いただき、ありがとうございます。ケースを再開いたしました。

お知らせいただいたローマ字氏名と候補IDを確認し、認定記録の修正を
担当部署へ依頼いたしました。現時点で、お客様に追加でご対応いただく
ことはございません。進捗がございましたら、改めてご連絡いたします。

井上
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 森崎 大地 <%s>
Sent: 2025/04/10 12:40
1. パスポート記載のローマ字氏名: MORISAKI DAICHI
2. 画面右上の候補IDは AWS11640283 で、フォームの記載と一致しています。
""" % ME_P, cte='quoted-printable'),
    irt=ANS_D, refs=[ACK_D, REQ_D, CLOSED_D, ANS_D], msgid=mid('ses-jp', 'reopen-d'),
    trace=ses_trace(d))

# 062  unrelated: Skill Builder receipt
d = when('2025-04-12 09:00', UTC)
add(L('unrelated'), d, addr('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
    'Your AWS Skill Builder receipt',
    html("""<html><body style="font-family:Arial">
<p>Thanks for your purchase, Daichi.</p>
<table cellpadding="4"><tr><td>Item</td><td>AWS Skill Builder Individual - monthly</td></tr>
<tr><td>Order number</td><td>SB-7310-55820</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Billed to</td><td>Visa ending 4417</td></tr></table>
<p>Keep this receipt for your records. No reply is needed.</p>
<p>AWS Skill Builder</p></body></html>""", cte='quoted-printable'),
    msgid=mid('ses', 'sb-receipt'),
    trace=trace_gmail(d, 'aws.training', '54.240.27.70', 'a27-70.smtp-out.us-west-2.amazonses.com',
                      mailfrom='010101962cc1@us-west-2.amazonses.com'))

# 063  info_request D: update on what was received, plus one new question
d = when('2025-04-14 17:00', UTC)
ORDER_D_TEXT = """森崎 様

AWS トレーニングと認定の井上です。

先日お知らせいただいた情報は、担当部署にて確認が取れております。
修正にあたり、担当部署より1点確認の依頼がございました。

パスポートでは「MORISAKI DAICHI」（姓・名の順）の表記と伺っておりますが、
認定証および Credly バッジ上の表記は「Daichi Morisaki」（名・姓の順）と
させていただく形でよろしいでしょうか。

お手数ですが、ご希望の順序をお知らせいただけますと幸いです。

井上
AWS トレーニングと認定 カスタマーサポート"""
ORDER_D = add(L('info_request', True, CASE_D), d, addr('Amazon Web Services', TC), ME_P,
    sub_d('RE: '),
    alt(text(ORDER_D_TEXT, cte='quoted-printable'),
        html('<div style="font-family:Meiryo">' +
             ORDER_D_TEXT.replace('\n\n', '<br><br>').replace('\n', '<br>') + '</div>')),
    irt=REOPEN_D, refs=[ACK_D, REQ_D, CLOSED_D, ANS_D, REOPEN_D], msgid=mid('ses-jp', 'order-d'),
    trace=ses_trace(d))

# 064  user_reply D: short answer
d = when('2025-04-14 22:00')
ANS2_D = add(L('user_reply', False, CASE_D), d, addr('森崎 大地', ME_P), TC,
    'Re: ' + sub_d('RE: '),
    text("""井上様

ご確認ありがとうございます。
「Daichi Morisaki」（名・姓の順）でお願いいたします。

森崎

2025年4月14日(月) 17:00 Amazon Web Services <%s>:
%s
""" % (TC, q(ORDER_D_TEXT)), cte='8bit'),
    irt=ORDER_D, refs=[ACK_D, REQ_D, ANS_D, REOPEN_D, ORDER_D], msgid=mid('gmail', 'ans2-d'))

# 065  resolved D: record fixed, quoting the earlier question; conditional invitation
d = when('2025-04-16 11:00', UTC)
add(L('resolved', False, CASE_D), d, addr('Amazon Web Services', TC), ME_P, sub_d('RE: '),
    text("""森崎 様

お待たせいたしました。認定アカウントの氏名を「Daichi Morisaki」に
修正いたしました。認定証はアカウント画面から再ダウンロードいただけます。
Credly バッジへの反映には、最大で48時間ほどかかる場合がございます。

ほかにご不明な点がございましたら、本メールにご返信ください。

井上
AWS トレーニングと認定 カスタマーサポート

> 2025/04/14 17:00, Amazon Web Services wrote:
%s
""" % q(ORDER_D_TEXT), cs='iso-2022-jp', cte='7bit'),
    irt=ANS2_D, refs=[ACK_D, REQ_D, ANS_D, ORDER_D, ANS2_D], msgid=mid('ses-jp', 'done-d'),
    trace=ses_trace(d))

# 066  survey D (Japanese)
d = when('2025-04-17 09:00', UTC)
add(L('survey', False, CASE_D), d, addr('AWS カスタマーサービス', 'aws-cs-survey@amazon.com'), ME_P,
    'サポートに関するアンケートのお願い（ケース %s）' % CASE_D,
    html("""<html><body style="font-family:Meiryo,sans-serif">
<p>お客様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース %s の対応について、今後のサービス向上のため簡単なアンケートにご協力ください（所要時間: 約2分）。</p>
<p><a href="https://www.amazon.com/gp/survey/aws-tc-cs?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用のため、ご返信いただいてもお答えできません。</p>
</body></html>""" % (CASE_D, CASE_D), cte='base64'),
    msgid=mid('ses-jp', 'survey-d'), trace=ses_trace(d))

# 067  certification: certificate ready (program mail, not the case)
d = when('2025-04-18 08:30', UTC)
add(L('certification', cands=[NEW_ID]), d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Your AWS Certification digital certificate is ready',
    text("""Hello Daichi Morisaki,

A new digital certificate is available for download in your AWS
Certification account (Candidate ID AWS11640283):

  AWS Certified Solutions Architect - Professional

Sign in at https://www.aws.training/certification and open Certifications.

AWS Training and Certification
""", cte='7bit'),
    msgid=mid('certmetrics.com', 'cm-certready'),
    trace=trace_gmail(d, 'certmetrics.com', '198.2.177.63', 'mail177-63.suw41.mandrillapp.com',
                      mailfrom='bounce-md_30921644.6801a0b4@mandrillapp.com', policy='NONE'))


# ======================================================================
def main():
    dates = [m['date'] for m in MSGS]
    assert dates == sorted(dates), 'messages are not in arrival order'
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
    c = Counter(m['label']['kind'] for m in MSGS)
    for k in sorted(c):
        print('%-22s %d' % (k, c[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(m['label']['needs_reply'] for m in MSGS)))


if __name__ == '__main__':
    main()
