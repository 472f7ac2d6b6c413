#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json next to this script."""
import base64, datetime, hashlib, json, os, quopri, re
from collections import Counter
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
P = 'kenji.morisaki.dev@gmail.com'          # personal
C = 'k.morisaki@tsubame-sys.co.jp'          # company (closes 2025-06-13)
ME_P = 'Kenji Morisaki <%s>' % P
ME_C = 'Morisaki Kenji <%s>' % C
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_FROM = TC
NR = 'no-reply-aws@amazon.com'

A = '174829361500231'   # merge case (form)
B = '174829402100874'   # duplicate of A (form)
E = '16920455813'       # exam delivery case (form)
CC_ = '175010338200517' # console case, benefit voucher
D = '8823104576'        # 2021 name case, reopened
F = '175139840603318'   # second merge (same-email duplicate)
EDU = '174910441800326' # AWS Educate case (other program)

SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A
SUBJ_E = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-delivery' % E
SUBJ_C = 'RE:[CASE %s] Certification benefit missing after account merge' % CC_
SUBJ_D = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % D
SUBJ_F = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % F

MSGS = []
MIDS = {}


def dt(s, tz=0):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def date(s, tz=0):
    return format_datetime(dt(s, tz))


def mid(key, dom):
    h = hashlib.sha1(key.encode()).hexdigest()
    if dom == 'sfdc':
        return '<%s.%s@sfdc.net>' % (h[:20].upper(), h[20:32])
    if dom == 'ses':
        return '<0100019%s-%s-%s-000000@email.amazonses.com>' % (h[:9], h[9:17], h[17:21])
    if dom == 'gmail':
        return '<CAF%s%s@mail.gmail.com>' % (base64.b32encode(bytes.fromhex(h[:20])).decode().rstrip('='), h[20:26])
    if dom == 'outlook':
        return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (h[:4].upper(), h[4:24].upper(), h[24:28].upper())
    return '<%s.%s@%s>' % (h[:16], h[16:24], dom)


def eh(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def who(name, a, cs='utf-8'):
    try:
        name.encode('ascii')
        if re.search(r'[,.&():;]', name):
            return '"%s" <%s>' % (name, a)
        return '%s <%s>' % (name, a)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), a)


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n')) + '\n'


def leaf(ctype, text, cs='utf-8', cte='7bit', extra=None):
    raw = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, cs, cte)
    if extra:
        h += extra
    return h.encode(), body


def multi(sub, parts, key):
    b = '----=_Part_%s' % hashlib.md5(key.encode()).hexdigest()[:22]
    out = b'This is a multi-part message in MIME format.\n\n'
    for hb, bb in parts:
        out += b'--' + b.encode() + b'\n' + hb + b'\n' + bb
        if not bb.endswith(b'\n'):
            out += b'\n'
    out += b'--' + b.encode() + b'--\n'
    return ('Content-Type: multipart/%s;\n\tboundary="%s"\n' % (sub, b)).encode(), out


def auth_g(dom, mailfrom, dkim='pass', spf='pass', dmarc='pass', pol='QUARANTINE', ip='54.240.8.21'):
    return ('mx.google.com;\n       dkim=%s header.i=@%s header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Qm3aT9xZ;\n'
            '       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
            % (dkim, dom, spf, mailfrom, ip, mailfrom, dmarc, pol, pol,
               'NONE' if dmarc == 'pass' else 'QUARANTINE', dom))


def auth_m(dom, mailfrom, dkim='pass', spf='pass', dmarc='pass'):
    return ('spf=%s (sender IP is 54.240.27.18)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100'
            % (spf, mailfrom, dkim, dom, dmarc, dom))


def rcv(frm, by, when):
    return 'from %s by %s with ESMTPS id x%s;\n        %s' % (
        frm, by, hashlib.md5((frm + when).encode()).hexdigest()[:12], when)


def add(key, kind, needs, case, cands, headers, body, crlf=False):
    hb, bb = body
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    raw = ('\n'.join(lines) + '\n').encode() + hb + b'\n' + bb
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    for k, v in headers:
        if k == 'Message-ID':
            MIDS[key] = v
    MSGS.append((raw, {'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': cands}))


def aws_in(key, frm, to, subj, when, mailfrom_dom='amazonses.com', to_box='g', cc=None, irt=None, extra=(), midd='sfdc', tz=0, refs=None):
    """headers for authentic mail from an amazon.com address."""
    mf = '0100019%s@%s' % (hashlib.md5(key.encode()).hexdigest()[:14], mailfrom_dom)
    d = date(when, tz)
    h = []
    if to_box == 'g':
        h.append(('Delivered-To', P))
        h.append(('Received', rcv('a8-21.smtp-out.amazonses.com (a8-21.smtp-out.amazonses.com. [54.240.8.21])', 'mx.google.com', d)))
        h.append(('Authentication-Results', auth_g('amazon.com', mf)))
    else:
        h.append(('Received', rcv('a27-18.smtp-out.us-west-2.amazonses.com (54.240.27.18)', 'OS3PEPF0000C37E.mail.protection.outlook.com (10.167.249.14)', d)))
        h.append(('Authentication-Results', auth_m('amazon.com', mf)))
    h += [('Return-Path', '<%s>' % mf), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', eh(subj)), ('Date', d), ('Message-ID', mid(key, midd))]
    if irt:
        h.append(('In-Reply-To', MIDS[irt]))
        h.append(('References', ' '.join(MIDS[r] for r in (refs or [irt]))))
    h += list(extra)
    return h


def me_out(key, frm, to, subj, when, irt=None, refs=None, cc=None, client='gmail', tz=9, extra=()):
    h = [('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', eh(subj)), ('Date', date(when, tz)), ('Message-ID', mid(key, client))]
    if irt:
        h.append(('In-Reply-To', MIDS[irt]))
        h.append(('References', ' '.join(MIDS[r] for r in (refs or [irt]))))
    if client == 'outlook':
        h += [('Thread-Topic', eh(subj.split(':', 1)[-1].strip() if subj.startswith(('FW', 'RE')) else subj)),
              ('Thread-Index', 'AdvP' + hashlib.md5(key.encode()).hexdigest()[:24]),
              ('Content-Language', 'ja-JP' if 'ja' in key else 'en-US'),
              ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    h += list(extra)
    return h


def other_in(key, frm, fromdom, to, subj, when, tz=0, to_box='g', dkim='pass', spf='pass', dmarc='pass', pol='NONE', midd=None, extra=(), ip='209.85.220.41'):
    d = date(when, tz)
    mf = 'bounce-%s@%s' % (hashlib.md5(key.encode()).hexdigest()[:8], fromdom)
    h = []
    if to_box == 'g':
        h.append(('Delivered-To', P))
        h.append(('Received', rcv('mail.%s ([%s])' % (fromdom, ip), 'mx.google.com', d)))
        h.append(('Authentication-Results', auth_g(fromdom, mf, dkim, spf, dmarc, pol, ip)))
    else:
        h.append(('Received', rcv('mail.%s (%s)' % (fromdom, ip), 'TY4PEPF0000FB6A.mail.protection.outlook.com (10.167.241.9)', d)))
        h.append(('Authentication-Results', auth_m(fromdom, mf, dkim, spf, dmarc)))
    h += [('Return-Path', '<%s>' % mf), ('From', frm), ('To', to), ('Subject', eh(subj, 'iso-2022-jp' if 'jis' in key else 'utf-8')),
          ('Date', d), ('Message-ID', mid(key, midd or fromdom))]
    h += list(extra)
    return h


def html(body_inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (title, body_inner))


# ---------------------------------------------------------------- texts used more than once
T_ACK_A = """Hello,

Thank you for reaching out to AWS Training and Certification. This message
confirms that we have created case %s for your request.

Case ID: %s
Case subject: account-assistance
Contact email: %s

Here is what you submitted:
------------------------------------------------------------
Inquiry type: Certification
Additional details: Account Merge
AWS Candidate ID: AWS61820394
How can we help you today?
I will leave Tsubame Systems Co., Ltd. on June 13 and want to move my
certifications from the account registered with
k.morisaki@tsubame-sys.co.jp into my new account under
kenji.morisaki.dev@gmail.com.
Addresses I have used: k.morisaki@tsubame-sys.co.jp,
kenji.morisaki.dev@gmail.com
Address to keep: kenji.morisaki.dev@gmail.com
------------------------------------------------------------

A specialist normally picks up new requests within one business day. Some
requests need research with other teams and take longer. Submitting the
same question again as a new case moves it to the back of the queue, so
keep all follow-up on this case.

Best regards,
AWS Training and Certification Customer Support
""" % (A, A, P)

T_ACK_B = """森崎 健司 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
下記の内容でお問い合わせを承りました。

ケース番号: %s
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合

お問い合わせ内容:
退職に伴い、会社のメールアドレス(k.morisaki@tsubame-sys.co.jp)で登録している
認定アカウントを、個人アドレス(kenji.morisaki.dev@gmail.com)のアカウントへ
統合したいと考えております。

担当者より順次ご連絡いたします。ご回答までに通常1営業日ほど頂戴しております。
同一内容のお問い合わせを重ねて送信されますと、かえってご案内が遅れる
原因となりますので、あらかじめご了承ください。

AWS トレーニングと認定 カスタマーサポート
""" % B

T_INFO_A = """Hi Kenji,

My name is Priyanka and I'll be looking after your merge request.

I located two certification profiles that match the details in your form:
one registered to kenji.morisaki.dev@gmail.com, and an older one
(AWS61820394) registered to k.morisaki@tsubame-sys.co.jp.

Because a merge moves exam history and credentials permanently, we verify
that the requester controls the mailbox of each profile involved. Your form
came from your Gmail address, which covers the new profile only. For the
older one, we need a short reply sent from k.morisaki@tsubame-sys.co.jp
itself, keeping the case number in the subject line. A forwarded copy from
Gmail won't be accepted as proof.

As soon as that message reaches us I can continue.

Thanks,
Priyanka S.
AWS Training and Certification Customer Support
"""

T_HOLD_A = """Hi Kenji,

Thanks for writing in from your company address; we now have what we need to
treat both profiles as yours.

While preparing the merge I noticed that the older profile (AWS61820394) is
associated with an AWS Partner Network organization, Tsubame Systems Co.,
Ltd. Credentials held on a partner-linked profile count toward that
organization's partner standing, which means we cannot transfer them while
the association is active. I have referred the profile to our Partner
Certification team, and your case is on hold until they complete their
review. That usually takes a few business days.

Their review goes quicker when the person confirms the move themselves. Are
you leaving Tsubame Systems, and what is your last working day there?

I'll be back in touch as soon as the hold is released.

Regards,
Marcus T.
AWS Training and Certification Customer Support
"""

T_LIFT_A = """Hello Kenji,

Quick update on your merge request: the Partner Certification team finished
their review today and has released the partner association on the older
profile, effective June 13. The hold on this case has been removed.

I am now preparing the merge itself. You'll receive a separate message from
me with the details of both profiles before anything is moved.

If you have questions in the meantime, you're welcome to reply here.

Regards,
Marcus T.
AWS Training and Certification Customer Support
"""

T_CONF_A_TEXT = """Hi Kenji,

Your case has come back to me now that the partner review is complete.
Before I combine the records, have a look at the two profiles below.

Account #1
  Candidate ID: AWS90417725
  Login email: kenji.morisaki.dev@gmail.com
  Training notification email: kenji.morisaki.dev@gmail.com
  Certification notification email: kenji.morisaki.dev@gmail.com

Account #2
  Candidate ID: AWS61820394
  Login email: k.morisaki@tsubame-sys.co.jp
  Training notification email: k.morisaki@tsubame-sys.co.jp
  Certification notification email: k.morisaki@tsubame-sys.co.jp

Everything on Account #2 (certifications, exam history, benefits) would be
moved into Account #1, and Account #2 would then be deactivated.

Do both profiles belong to you, and is Account #1 the one you want to keep?
A short reply is enough for me to go ahead.

Priyanka S.
AWS Training and Certification Customer Support
"""

T_CLOSE_A = """Hi Kenji,

I'm following up on the account details Priyanka sent on June 5. We haven't
had a reply yet, and the merge can't start until we do.

If we still haven't heard from you by June 12, I will close this case.
Answering this email before then keeps it open; a reply after that date
will reopen it.

Best,
Kelsey M.
AWS Training and Certification Customer Support
"""

T_DONE_A = """Hi Kenji,

Thanks for the go-ahead. I have merged the profile AWS61820394 into
AWS90417725. Your certifications, exam history and benefits now sit under
kenji.morisaki.dev@gmail.com, and the old login has been deactivated.

Credly and AWS Partner Central may take up to five business days to show
the change. No further action is required on your side, and I'm marking
this case as resolved.

Best,
Kelsey M.
AWS Training and Certification Customer Support
"""

T_OLD_D = """Hello Kenji,

We have updated the name on your certification profile to "Kenji Morisaki".
New digital certificates reflecting the change are available under
Certifications > Certification status. Your candidate ID AWS61820394 is
unchanged.

This case is now resolved. Thank you for contacting AWS Training and
Certification.

Regards,
Ines
AWS Training and Certification Customer Support
"""

T_INFO_D = """森崎 健司 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ケース %s を再開し、認定記録チームにて状況を確認いたしました。
統合後のアカウント(AWS90417725)には、統合元アカウントに登録されていた
氏名「Kennji Morisaki」がそのまま引き継がれており、2021年に承りました修正が
反映されていない状態となっております。

氏名の修正にあたっては、試験当日にご提示いただく身分証明書と同一の表記で
あることを確認させていただく必要がございます。
つきましては、お手数ではございますが、身分証明書(パスポート等)に記載の
ローマ字氏名を、姓・名の順にご教示いただけますでしょうか。
なお、身分証明書の画像をお送りいただく必要はございません。

引き続きどうぞよろしくお願いいたします。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
""" % D

T_INFO_C = """Hello Kenji,

Thank you for your patience while we looked into this.

I can see the merged certification account, but no 50%% exam discount
appears in the benefit history of either the current or the retired
profile. Vouchers are tied to the exam that earned them, so I need to know
which exam that was and roughly when you passed it, and whether you had
already used the voucher to book an exam.

To share those details, sign in to the Support Center and reply on the case:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

We value your feedback. Please share your experience by rating this
correspondence using the link in the Support Center.

Best regards,
Olumide A.
Amazon Web Services

=================================
To view or reply to this case, please use the link above. This e-mail was
sent from an address that cannot accept incoming e-mails.
""" % CC_


# ---------------------------------------------------------------- 001 marketing
h = other_in('m001', 'Amazon Web Services <aws-marketing-email-replies@amazon.com>', 'amazon.com', P,
             'Last call: AWS Summit Japan registration closes Friday', '2025-05-20 01:12:44', midd='ses',
             extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=k%40m>'),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
txt = """AWS Summit Japan | June 25-26 | Makuhari Messe

Registration closes this Friday. Reserve your seat for 150+ sessions,
hands-on labs, and the Certification Lounge, open to every AWS Certified
attendee (bring your digital badge).

Register now: https://aws.amazon.com/jp/summits/japan/

You received this because you opted in to AWS event communications.
Unsubscribe: https://pages.awscloud.com/unsubscribe
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
htm = html("""<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:20px">
<h1 style="margin:0">AWS Summit Japan</h1><p>June 25-26 &middot; Makuhari Messe</p></td></tr>
<tr><td style="padding:20px"><p>Registration closes this <b>Friday</b>. Reserve your seat for 150+ sessions,
hands-on labs, and the <b>Certification Lounge</b>, open to every AWS Certified attendee.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Register now</a></p>
</td></tr><tr><td style="font-size:11px;color:#687078">You received this because you opted in to AWS event communications.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a><br>Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</td></tr></table>""")
add('m001', 'unrelated', False, None, [], h,
    multi('alternative', [leaf('text/plain', txt, cte='quoted-printable'), leaf('text/html', htm, cte='quoted-printable')], 'm001'))

# ---------------------------------------------------------------- 002 certmetrics expiry
h = other_in('m002', 'AWS Certification <do-not-reply@certmetrics.com>', 'certmetrics.com', ME_C,
             'Your AWS Certified Developer - Associate expires in 90 days', '2025-05-22 14:30:02', to_box='c')
txt = """Hello Kenji Morisaki,

Your AWS Certified Developer - Associate certification (validation number
7QXK2MB1G2E41PWZ) will expire on August 20, 2025.

Candidate ID: AWS61820394

To keep your certification active, pass the current version of the exam or a
higher-level exam before the expiration date. As an AWS Certified individual
you can use a 50% discount on your next exam; find it under Benefits in your
AWS Certification Account.

Recertification options: https://aws.amazon.com/certification/recertification/

Thank you,
AWS Training and Certification

This is an automated message. Please do not respond.
"""
add('m002', 'certification', False, None, ['AWS61820394'], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 003 Builder ID code
h = other_in('m003', 'AWS Builder ID <no-reply@signin.aws>', 'signin.aws', P,
             'Verify your AWS Builder ID email address', '2025-05-26 20:58:13', midd='ses')
txt = """Hello,

Someone is creating an AWS Builder ID with this email address. Enter the
verification code below to continue.

Verification code: 481907

This code expires in 10 minutes. If you didn't request it, you can ignore
this email; no Builder ID will be created.

Amazon Web Services
"""
add('m003', 'unrelated', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 004 ack A
h = aws_in('a_ack', TC_FROM, P, SUBJ_A, '2025-05-26 21:07:31')
add('a_ack', 'acknowledgement', False, A, ['AWS61820394'], h, leaf('text/plain', T_ACK_A))

# ---------------------------------------------------------------- 005 ack B (Japanese, base64)
h = aws_in('b_ack', TC_FROM, P, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % B,
           '2025-05-26 21:14:09')
add('b_ack', 'acknowledgement', False, B, [], h, leaf('text/plain', T_ACK_B, cte='base64'))

# ---------------------------------------------------------------- 006 me: close duplicate
h = me_out('b_me', ME_P, TC, 'Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % B,
           '2025-05-27 06:31:52', irt='b_ack')
txt = """Hello,

I'm afraid I sent the contact form twice. The same request is already open
as case %s, so this one (%s) can be closed; please carry on with
the other case.

Sorry for the extra work.
Kenji Morisaki

On Tue, May 27, 2025 at 6:14 AM <%s> wrote:
""" % (A, B, TC) + q(T_ACK_B)
add('b_me', 'user_reply', False, B, [], h, leaf('text/plain', txt, cte='base64'))

# ---------------------------------------------------------------- 007 GitHub merged
h = other_in('m007', 'Shota Ueno <notifications@github.com>', 'github.com', ME_C,
             'Re: [tsubame/infra-modules] Merge legacy IAM accounts module into org baseline (PR #482)',
             '2025-05-27 02:10:40', to_box='c', midd='github.com',
             extra=[('Reply-To', 'tsubame/infra-modules <reply+ABCD1234EFGH@reply.github.com>'),
                    ('List-ID', 'tsubame/infra-modules <infra-modules.tsubame.github.com>'),
                    ('X-GitHub-Reason', 'review_requested'),
                    ('In-Reply-To', '<tsubame/infra-modules/pull/482@github.com>'),
                    ('References', '<tsubame/infra-modules/pull/482@github.com>')])
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame/infra-modules/pull/482#event-17700123456
You are receiving this because your review was requested.
"""
add('m007', 'unrelated', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 008 B closed as duplicate
h = aws_in('b_dup', TC_FROM, P, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % B,
           '2025-05-27 08:40:17', irt='b_me', refs=['b_ack', 'b_me'])
txt = """Hello Kenji,

Thanks for the heads-up. I've closed case %s as a duplicate; your
merge request stays with our team under case %s, which remains
open. Nothing further is needed from you on this one.

Kind regards,
Daniel R.
AWS Training and Certification Customer Support

-----Original Message-----
From: %s
Sent: 2025-05-26 21:31 UTC
Subject: Re: RE: [CASE %s]

I'm afraid I sent the contact form twice. The same request is already open
as case %s, so this one (%s) can be closed; please carry on with
the other case.
""" % (B, A, P, B, A, B)
add('b_dup', 'case_update', False, B, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 009 colleague, ISO-2022-JP
h = other_in('jis009', who('田辺 由紀', 'y.tanabe@tsubame-sys.co.jp', 'iso-2022-jp'), 'tsubame-sys.co.jp', ME_C,
             '森崎さん送別会の日程について', '2025-05-27 18:15:22', tz=9, to_box='c', midd='outlook')
txt = """森崎さん

お疲れさまです、田辺です。
6/12(木)の19時から、いつもの駅前の店で送別会を予定しています。
ご都合が悪ければ今週中に教えてください。
また、寄せ書き用に写真を一枚いただけると嬉しいです。

田辺
"""
add('jis009', 'unrelated', False, None, [], h, leaf('text/plain', txt, cs='iso-2022-jp'))

# ---------------------------------------------------------------- 010 info_request A (write from old address)
h = aws_in('a_info', TC_FROM, P, SUBJ_A, '2025-05-27 23:50:05', cc=C, irt='a_ack')
htm = html('<p>' + T_INFO_A.strip().replace('\n\n', '</p>\n<p>').replace('\n', ' ') + '</p>')
add('a_info', 'info_request', True, A, ['AWS61820394'], h,
    multi('alternative', [leaf('text/plain', T_INFO_A, cte='quoted-printable'), leaf('text/html', htm, cte='quoted-printable')], 'a_info'))

# ---------------------------------------------------------------- 011 me from company (Outlook)
h = me_out('a_me1', ME_C, TC, 'RE: ' + SUBJ_A, '2025-05-28 09:32:10', irt='a_info', refs=['a_ack', 'a_info'],
           cc=P, client='outlook')
txt = """Hello Priyanka,

I'm writing from my company mailbox as you asked. The certification profile
registered with k.morisaki@tsubame-sys.co.jp is mine, and so is the new one
under kenji.morisaki.dev@gmail.com.

If it helps, the candidate ID shown on the new profile is AWS90417725.

Best regards,
Kenji Morisaki
Cloud Infrastructure Group | Tsubame Systems Co., Ltd.
TEL 03-5555-0142

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, May 28, 2025 8:50 AM
To: kenji.morisaki.dev@gmail.com
Cc: Morisaki Kenji <k.morisaki@tsubame-sys.co.jp>
Subject: %s

%s""" % (SUBJ_A, T_INFO_A)
add('a_me1', 'user_reply', False, A, ['AWS90417725'], h, leaf('text/plain', txt, cte='quoted-printable'), crlf=True)

# ---------------------------------------------------------------- 012 other vendor: solved
h = other_in('m012', 'Nimbus Backup Support <support@nimbusbackup.io>', 'nimbusbackup.io', ME_C,
             '[Nimbus Backup] Request #58213: Restore job fails after agent upgrade - solved', '2025-05-28 04:02:51',
             to_box='c', extra=[('Reply-To', 'Nimbus Backup Support <support+id58213@nimbusbackup.zendesk.com>')])
txt = """##- Please type your reply above this line -##

Your request (58213) has been solved. Thanks for working with us!

Sam (Nimbus Backup Support)
May 28, 2025, 13:02 JST

Good news: agent 4.12.1 fixes the restore failure you reported. Upgrade from
the dashboard and rerun the job. We've marked this case closed.

If the problem comes back, reply to this email within 7 days and the
request will reopen automatically.

This email is a service from Nimbus Backup Support. [8ZQ3XK-L2M9P]
"""
add('m012', 'unrelated', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 013 ack E (CRLF)
h = aws_in('e_ack', TC_FROM, P, SUBJ_E, '2025-05-28 11:04:48')
txt = """Hello,

We have received your message and opened case %s for it. A member of
our exam support team will review the information below.

Name: Kenji Morisaki
Email: kenji.morisaki.dev@gmail.com
AWS Candidate ID: AWS61820394
Inquiry type: Certification / Exam delivery issue
Message:
My OnVUE session for AWS Certified Security - Specialty on May 24 disconnected
after about 40 minutes and I could not get back in. Pearson VUE registration
482019337. I would like to retake the exam without paying again.

We typically respond within 24 hours. Thank you for your patience.

AWS Training and Certification
""" % E
add('e_ack', 'acknowledgement', False, E, ['AWS61820394'], h, leaf('text/plain', txt), crlf=True)

# ---------------------------------------------------------------- 014 Pearson VUE case update
h = other_in('m014', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>', 'pearson.com', P,
             'Pearson VUE Case 03917285 - Update on your request', '2025-05-29 02:44:19')
txt = """Dear Kenji Morisaki,

Thank you for contacting Pearson VUE regarding your online exam session.

Case number: 03917285
Exam: AWS Certified Security - Specialty (SCS-C02)
Registration ID: 482019337

Our technical team confirmed a connectivity interruption during your session.
Retake decisions for AWS exams are made by the exam sponsor, so we have
shared our findings with AWS Training and Certification. This case is now
closed on our side.

Sincerely,
Pearson VUE Customer Service
"""
add('m014', 'unrelated', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 015 on hold A (APN) with buried question
h = aws_in('a_hold', TC_FROM, P, SUBJ_A, '2025-05-29 09:20:36', cc=C, irt='a_me1', refs=['a_ack', 'a_info', 'a_me1'])
txt = T_HOLD_A + '\n-----Original Message-----\nFrom: ' + C + '\n\n' + \
    'I\'m writing from my company mailbox as you asked. The certification profile\nregistered with k.morisaki@tsubame-sys.co.jp is mine, and so is the new one\nunder kenji.morisaki.dev@gmail.com.\n\nIf it helps, the candidate ID shown on the new profile is AWS90417725.\n'
add('a_hold', 'on_hold', True, A, ['AWS61820394'], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 016 phishing lookalike
h = other_in('m016', 'AWS Training and Certification <cases@awstraining-certification.com>', 'awstraining-certification.com', P,
             'RE:[CASE 174830057700412] Action required: confirm your account merge', '2025-05-30 03:12:09',
             ip='185.214.10.77')
htm = html("""<div style="max-width:560px"><img src="https://awstraining-certification.com/img/aws-logo.png" alt="AWS" width="80">
<p>Dear Customer,</p>
<p>Your certification account merge request (case 174830057700412) is waiting for identity verification.
To avoid the permanent loss of your certifications and exam history, sign in with your AWS Builder ID
and confirm your password and MFA code within <b>24 hours</b>.</p>
<p><a href="https://awstraining-certification.com/merge/verify?c=174830057700412" style="background:#ff9900;padding:10px 16px;color:#000;text-decoration:none">Verify and complete merge</a></p>
<p>If you do not verify, both accounts will be suspended.</p>
<p>AWS Training &amp; Certification Security Team</p></div>""")
add('m016', 'suspicious', False, None, [], h, leaf('text/html', htm, cte='quoted-printable'))

# ---------------------------------------------------------------- 017 billing
h = aws_in('m017', 'Amazon Web Services <%s>' % NR, P, 'AWS Notification - Your May 2025 invoice is available [AWS ID 401928374615]',
           '2025-05-30 08:01:55', midd='ses')
txt = """Greetings from Amazon Web Services,

Your invoice for account 401928374615 for the billing period
May 1 - May 31, 2025 is available in the Billing and Cost Management console.

Amount due: USD 3.47
Invoice number: 2186904412

https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109-5210.
"""
add('m017', 'unrelated', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 018 me answers the hold
h = me_out('a_me2', ME_P, TC, 'Re: ' + SUBJ_A, '2025-05-31 10:05:44', irt='a_hold', refs=['a_ack', 'a_info', 'a_me1', 'a_hold'], cc=C)
txt = """Hi Marcus,

Yes, I'm leaving Tsubame Systems. My last working day is Friday, June 13,
2025, and the company mailbox will be shut down the same day, so I would
really appreciate it if the merge could happen before then.

Thanks,
Kenji

On Thu, May 29, 2025 at 6:20 PM <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(txt_hold := T_HOLD_A)
add('a_me2', 'user_reply', False, A, [], h, leaf('text/plain', txt, cte='quoted-printable'))

# ---------------------------------------------------------------- 019 newsletter (Japanese, 8bit)
h = other_in('m019', 'Cloud Native Weekly JP <news@cloudnative-weekly.jp>', 'cloudnative-weekly.jp', P,
             '【週刊】Kubernetes 1.33 の変更点/Terraform のモジュール統合事例ほか', '2025-06-01 22:00:00',
             extra=[('List-Unsubscribe', '<mailto:unsubscribe@cloudnative-weekly.jp>')])
txt = """Cloud Native Weekly JP 第212号

■ 今週のトピック
・Kubernetes 1.33 で何が変わったか:主要な変更点を5分で
・大規模 Terraform リポジトリのモジュール統合(merge)事例
・AWS 認定を更新する前に確認したい3つのこと
・障害対応のふりかえり:サポートケースのクローズ基準をどう決めるか

■ イベント
6/20 オンライン勉強会「マルチアカウント運用の現実」

配信停止: https://cloudnative-weekly.jp/unsubscribe
"""
add('m019', 'unrelated', False, None, [], h, leaf('text/plain', txt, cte='8bit'))

# ---------------------------------------------------------------- 020 info_request E (QP)
h = aws_in('e_info', TC_FROM, P, SUBJ_E, '2025-06-02 05:41:13', irt='e_ack')
txt = """Hello Kenji,

I'm sorry your exam session ended early — that is frustrating after weeks of
preparation.

I reviewed the delivery record that Pearson VUE shares with us. It shows the
session closed at 10:41 JST with a "connection lost" status, but no incident
was logged by the proctor, so the retake can't be approved from our records
alone.

A no-cost retake request has to include the incident number Pearson VUE gave
you when you reported the problem to them (eight digits, usually starting
with 0), plus a screenshot or photo of the error on your screen if you have
one. Could you send both by replying to this email?

Best,
Tomasz K.
AWS Certification Exam Support
"""
add('e_info', 'info_request', True, E, [], h, leaf('text/plain', txt, cte='quoted-printable'))

# ---------------------------------------------------------------- 021 hold lifted A
h = aws_in('a_lift', TC_FROM, P, SUBJ_A, '2025-06-03 16:12:40', irt='a_me2', refs=['a_ack', 'a_hold', 'a_me2'])
add('a_lift', 'case_update', False, A, [], h, leaf('text/plain', T_LIFT_A))

# ---------------------------------------------------------------- 022 Skill Builder receipt
h = other_in('m022', 'AWS Skill Builder <no-reply@skillbuilder.aws>', 'skillbuilder.aws', P,
             'Your AWS Skill Builder receipt', '2025-06-03 23:30:12', midd='ses')
htm = html("""<h2>Thanks for your purchase</h2>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Order</td><td>SB-2025-0603-77410</td></tr>
<tr><td>Plan</td><td>Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Next renewal</td><td>July 3, 2025</td></tr></table>
<p>Manage your subscription at <a href="https://skillbuilder.aws/subscription">skillbuilder.aws</a>.
Questions about your order? Contact AWS Training and Certification through the help page.</p>""")
add('m022', 'unrelated', False, None, [], h, leaf('text/html', htm, cte='base64'))

# ---------------------------------------------------------------- 023 colleague OOO
h = other_in('m023', who('田辺 由紀', 'y.tanabe@tsubame-sys.co.jp'), 'tsubame-sys.co.jp', ME_C,
             '自動応答: RE: 引き継ぎ資料の件', '2025-06-04 10:02:03', tz=9, to_box='c', midd='outlook',
             extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
txt = """6月4日(水)~6月6日(金)は出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合は山本(k.yamamoto@tsubame-sys.co.jp)までご連絡ください。

I am away on business until June 6. For urgent matters please contact
k.yamamoto@tsubame-sys.co.jp.
"""
add('m023', 'unrelated', False, None, [], h, leaf('text/plain', txt, cte='base64'))

# ---------------------------------------------------------------- 024 confirmation_request A (HTML only, table)
h = aws_in('a_conf', TC_FROM, P, SUBJ_A, '2025-06-05 07:26:58', irt='a_lift', refs=['a_ack', 'a_hold', 'a_me2', 'a_lift'])
rows = ''
for label, cid, em in (('Account #1', 'AWS90417725', P), ('Account #2', 'AWS61820394', C)):
    rows += ('<tr><th colspan="2" style="text-align:left;background:#f2f3f3;padding:6px">%s</th></tr>\n'
             '<tr><td style="padding:4px 8px">Candidate ID</td><td>%s</td></tr>\n'
             '<tr><td style="padding:4px 8px">Login email</td><td>%s</td></tr>\n'
             '<tr><td style="padding:4px 8px">Training notification email</td><td>%s</td></tr>\n'
             '<tr><td style="padding:4px 8px">Certification notification email</td><td>%s</td></tr>\n') % (label, cid, em, em, em)
htm = html("""<p>Hi Kenji,</p>
<p>Your case has come back to me now that the partner review is complete. Before I combine the records, have a look at the two profiles below.</p>
<table border="1" style="border-collapse:collapse;border-color:#d5dbdb">
%s</table>
<p>Everything on Account #2 (certifications, exam history, benefits) would be moved into Account #1, and Account #2 would then be deactivated.</p>
<p>Do both profiles belong to you, and is <b>Account #1</b> the one you want to keep? A short reply is enough for me to go ahead.</p>
<p>Priyanka S.<br>AWS Training and Certification Customer Support</p>
<hr>
<div style="color:#555"><b>From:</b> %s<br><b>Sent:</b> Tuesday, June 3, 2025 4:12 PM<br><b>Subject:</b> %s</div>
<blockquote style="border-left:2px solid #ccc;margin:0;padding-left:10px">%s</blockquote>""" % (
    rows, TC, SUBJ_A, T_LIFT_A.replace('\n\n', '<br><br>').replace('\n', ' ')))
add('a_conf', 'confirmation_request', True, A, ['AWS90417725', 'AWS61820394'], h, leaf('text/html', htm, cte='quoted-printable'))

# ---------------------------------------------------------------- 025 dmarc=fail spoof
d = date('2025-06-06 02:47:30')
h = [('Delivered-To', P),
     ('Received', rcv('vps-41-77.hostcloud-eu.net ([91.208.44.77])', 'mx.google.com', d)),
     ('Authentication-Results', 'mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Zx0Pq1Lm;\n'
      '       spf=softfail (google.com: domain of transitioning %s does not designate 91.208.44.77 as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com' % (TC, TC)),
     ('Return-Path', '<%s>' % TC), ('From', 'AWS Training and Certification <%s>' % TC), ('To', P),
     ('Subject', 'RE:[CASE 174851220900067] [AWS Training and Certification Form Submission] - account-assistance'),
     ('Date', d), ('Message-ID', mid('m025', 'sfdc'))]
txt = """Hello,

We attempted to complete the merge of your AWS Certification accounts but the
request failed a security check. Please confirm that the accounts are yours
by signing in below with your Builder ID email and password. You will also
be asked for the one-time code sent to your phone.

https://aws-certification-merge.net/confirm?case=174851220900067

If we do not receive your confirmation within 48 hours, the request will be
cancelled and your certifications may be lost.

Thank you,
AWS Training and Certification Customer Support
"""
add('m025', 'suspicious', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 026 AWS Educate form case (other program)
h = aws_in('m026', 'aws-cs-educate-form@amazon.com', P,
           'RE:[CASE %s] [AWS Educate Form Submission] - educator-verification' % EDU, '2025-06-06 06:55:21')
txt = """Hello Kenji,

Thank you for applying for educator access to AWS Educate.

To finish verifying your educator status, we need the name of the
institution where you teach and a link to a staff or faculty page that lists
you. Please reply to this email with those details.

Best regards,
AWS Educate Support
"""
add('m026', 'unrelated', False, EDU, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 027 closing notice E (will close)
h = aws_in('e_close1', TC_FROM, P, SUBJ_E, '2025-06-07 04:10:00', irt='e_info', refs=['e_ack', 'e_info'])
txt = """Hello Kenji,

Following up on my message of June 2 about your interrupted exam: we still
don't have the Pearson VUE incident number, and without it the retake
request can't go forward.

If we don't hear from you within 3 business days, this case will close on
its own. A reply at any point keeps it open.

Best,
Tomasz K.
AWS Certification Exam Support
"""
add('e_close1', 'closing_notice', True, E, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 028 certmetrics program survey
h = other_in('m028', 'AWS Certification <do-not-reply@certmetrics.com>', 'certmetrics.com', P,
             'AWS Certification wants to hear from you', '2025-06-08 15:00:00')
htm = html("""<p>Hello Kenji,</p>
<p>As an AWS Certified individual, your perspective shapes how we build future exams and benefits.
Would you spend about ten minutes on our annual Certification program survey?</p>
<p><a href="https://survey.certmetrics.com/aws/2025?id=c81d">Take the survey</a></p>
<p>The survey is anonymous and closes on June 30. Thank you for being part of the AWS Certified community.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px">This mailbox is not monitored.</p>""")
add('m028', 'certification', False, None, [], h,
    multi('alternative', [leaf('text/plain', 'Hello Kenji,\n\nWould you spend about ten minutes on our annual AWS Certification program\nsurvey? https://survey.certmetrics.com/aws/2025?id=c81d\n\nThe survey is anonymous and closes on June 30.\n\nAWS Training and Certification\n'),
                          leaf('text/html', htm)], 'm028'))

# ---------------------------------------------------------------- 029 closing notice A
h = aws_in('a_close', TC_FROM, P, SUBJ_A, '2025-06-09 13:03:22', irt='a_conf', refs=['a_ack', 'a_lift', 'a_conf'])
txt = T_CLOSE_A + '\n----- Previous message -----\n' + q(T_CONF_A_TEXT)
add('a_close', 'closing_notice', True, A, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 030 me: confirm (top-post, long quote)
h = me_out('a_me3', ME_P, TC, 'Re: ' + SUBJ_A, '2025-06-09 22:47:05', irt='a_close', refs=['a_ack', 'a_lift', 'a_conf', 'a_close'])
txt = """Hi Kelsey,

Apologies for the slow reply, I was travelling. Both profiles are mine, and
Account #1 (kenji.morisaki.dev@gmail.com) is the one to keep. Please go
ahead and merge.

Thanks,
Kenji

On Mon, Jun 9, 2025 at 10:03 PM <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(T_CLOSE_A + '\n----- Previous message -----\n' + q(T_CONF_A_TEXT))
htm = html('<div dir="ltr">Hi Kelsey,<br><br>Apologies for the slow reply, I was travelling. Both profiles are mine, and Account #1 (<a href="mailto:%s">%s</a>) is the one to keep. Please go ahead and merge.<br><br>Thanks,<br>Kenji</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jun 9, 2025 at 10:03 PM &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
           % (P, P, TC, (T_CLOSE_A + '\n----- Previous message -----\n' + T_CONF_A_TEXT).replace('\n', '<br>')))
add('a_me3', 'user_reply', False, A, [], h,
    multi('alternative', [leaf('text/plain', txt, cte='quoted-printable'), leaf('text/html', htm, cte='quoted-printable')], 'a_me3'))

# ---------------------------------------------------------------- 031 resolved A (quotes the confirmation request)
h = aws_in('a_done', TC_FROM, P, SUBJ_A, '2025-06-10 01:18:44', irt='a_me3', refs=['a_ack', 'a_conf', 'a_close', 'a_me3'])
txt = T_DONE_A + """
-----Original Message-----
From: kenji.morisaki.dev@gmail.com
Sent: Monday, June 9, 2025 1:47 PM
Subject: Re: %s

Apologies for the slow reply, I was travelling. Both profiles are mine, and
Account #1 (kenji.morisaki.dev@gmail.com) is the one to keep. Please go
ahead and merge.

On Thu, Jun 5, 2025 Priyanka S. wrote:
%s""" % (SUBJ_A, q(T_CONF_A_TEXT))
htm = html('<p>' + T_DONE_A.strip().replace('\n\n', '</p><p>').replace('\n', ' ') + '</p><hr><pre style="color:#555">' +
           txt[len(T_DONE_A):].replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') + '</pre>')
add('a_done', 'resolved', False, A, ['AWS61820394', 'AWS90417725'], h,
    multi('alternative', [leaf('text/plain', txt), leaf('text/html', htm, cte='quoted-printable')], 'a_done'))

# ---------------------------------------------------------------- 032 Credly badge
h = other_in('m032', 'Credly <admin@credly.com>', 'credly.com', P,
             'Amazon Web Services Training and Certification sent you a badge', '2025-06-10 01:40:12', midd='credly.com')
htm = html("""<div style="text-align:center;max-width:520px;margin:auto">
<img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="120" alt="badge">
<h2>Congratulations, Kenji!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/3f6c1d2e-8a4b-4e1f-9c7d-2b5a8e0f4c91/accept" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Share it on LinkedIn and let your network know what you can do.</p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; You received this email because an issuer awarded you a badge.</p></div>""")
add('m032', 'badge', False, None, [], h, leaf('text/html', htm, cte='quoted-printable'))

# ---------------------------------------------------------------- 033 survey A
h = aws_in('a_survey', 'AWS Training and Certification <aws-tc-survey@amazon.com>', P,
           'How did we do? Your recent case %s' % A, '2025-06-10 19:05:00', midd='ses')
htm = html("""<p>Hello Kenji,</p>
<p>Your support case <b>%s</b> with AWS Training and Certification was recently resolved.
How satisfied were you with the help you received?</p>
<p style="font-size:22px">
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=1">1</a> &nbsp;
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=2">2</a> &nbsp;
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=3">3</a> &nbsp;
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=4">4</a> &nbsp;
<a href="https://survey.aws.training/s/cs?c=%s&amp;r=5">5</a></p>
<p>It takes less than two minutes. Replies to this message are not read.</p>""" % ((A,) * 6))
add('a_survey', 'survey', False, A, [], h, leaf('text/html', htm))

# ---------------------------------------------------------------- 034 closing notice E (closed)
h = aws_in('e_close2', TC_FROM, P, SUBJ_E, '2025-06-11 04:15:31', irt='e_close1', refs=['e_ack', 'e_info', 'e_close1'])
txt = """Hello Kenji,

Case %s has now been closed, as we did not receive the
information we asked for on June 2.

If you would still like us to pursue a free retake, reply to this message
with the Pearson VUE incident number and the case will reopen
automatically.

AWS Certification Exam Support
""" % E
add('e_close2', 'closing_notice', True, E, [], h, leaf('text/plain', txt), crlf=True)

# ---------------------------------------------------------------- 035 me forwards result to manager (Japanese, Outlook)
h = me_out('a_fw_ja', ME_C, who('神田 浩', 'h.kanda@tsubame-sys.co.jp'), 'FW: ' + SUBJ_A, '2025-06-11 09:12:33', client='outlook',
           extra=[('References', MIDS['a_done'])])
txt = """神田さん

お疲れさまです。森崎です。
AWS 認定アカウントの個人アドレスへの統合が完了しました(下記参照)。
パートナーセントラル上の認定者数は数日以内に1名減る見込みですので、ご承知おきください。

森崎

________________________________
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 10, 2025 10:18
To: kenji.morisaki.dev@gmail.com
Subject: %s

%s""" % (SUBJ_A, T_DONE_A)
add('a_fw_ja', 'user_reply', False, A, [], h, leaf('text/plain', txt, cte='base64'), crlf=True)

# ---------------------------------------------------------------- 036 Credly reminder
h = other_in('m036', 'Credly <admin@credly.com>', 'credly.com', P,
             'Reminder: your badge from Amazon Web Services Training and Certification is waiting', '2025-06-12 01:40:00', midd='credly.com')
txt = """Hi Kenji,

You haven't accepted your AWS Certified Solutions Architect - Professional
badge yet. Accept it to add it to your profile and share it:

https://www.credly.com/badges/3f6c1d2e-8a4b-4e1f-9c7d-2b5a8e0f4c91/accept

The Credly Team
"""
add('m036', 'badge', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 037 HR (request, but not support)
h = other_in('m037', who('人事部 総務課', 'jinji@tsubame-sys.co.jp'), 'tsubame-sys.co.jp', ME_C,
             '【ご確認ください】退職手続きおよび貸与品返却について', '2025-06-12 11:20:00', tz=9, to_box='c', midd='outlook')
txt = """森崎 健司 さん

人事部です。6月13日付の退職にあたり、以下をご確認ください。

1. 貸与PC・社員証・入館カードは最終出社日に総務へご返却ください。
2. 源泉徴収票の送付先住所を、本メールへの返信でお知らせください。
3. 社用メールアカウントは6月13日 18:00 に停止されます。必要なデータの退避をお願いします。

よろしくお願いいたします。
人事部 総務課
"""
add('m037', 'unrelated', False, None, [], h, leaf('text/plain', txt, cte='quoted-printable'))

# ---------------------------------------------------------------- 038 Credly lookalike
h = other_in('m038', 'Credly <admin@credly-badges.com>', 'credly-badges.com', P,
             'Action required: your AWS badges will be revoked', '2025-06-13 06:31:00', ip='45.133.1.201')
htm = html("""<p>Hello,</p><p>We detected a problem with the AWS Certification account linked to your Credly wallet after a recent account change.
Your <b>3 AWS badges</b> will be revoked in 48 hours unless you re-verify your login.</p>
<p><a href="https://credly-badges.com/login?next=verify">Re-verify now</a></p><p>Credly Trust &amp; Safety</p>""")
add('m038', 'suspicious', False, None, [], h, leaf('text/html', htm))

# ---------------------------------------------------------------- 039 me: voucher question on A (cc closed company box)
h = me_out('a_me4', ME_P, TC, 'Re: ' + SUBJ_A, '2025-06-16 08:55:10', irt='a_done', refs=['a_ack', 'a_me3', 'a_done'], cc=C)
txt = """Hi Kelsey,

Thanks again, everything looks right except one thing: the 50% exam
discount that used to be under Benefits on my old profile doesn't appear on
the merged account. Could you check where it went?

Kenji

On Tue, Jun 10, 2025 at 10:18 AM <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(T_DONE_A)
add('a_me4', 'user_reply', False, A, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 040 bounce (company box closed)
d = date('2025-06-16 08:55:31', 9)
h = [('Delivered-To', P), ('Return-Path', '<>'),
     ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', P),
     ('Subject', 'Delivery Status Notification (Failure)'), ('Date', d), ('Message-ID', mid('m040', 'mx.google.com')),
     ('Auto-Submitted', 'auto-replied')]
part1 = leaf('text/plain', """** Address not found **

Your message wasn't delivered to k.morisaki@tsubame-sys.co.jp because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.morisaki@tsubame-sys.co.jp not found by SMTP address lookup
""")
part2 = (b'Content-Type: message/delivery-status\n', ('Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n' % C).encode())
part3 = (b'Content-Type: text/rfc822-headers\n', ('From: %s\nTo: %s\nCc: %s\nSubject: Re: %s\nDate: %s\nMessage-ID: %s\n' % (ME_P, TC, C, SUBJ_A, date('2025-06-16 08:55:10', 9), MIDS['a_me4'])).encode())
hb, bb = multi('report', [part1, part2, part3], 'm040')
hb = hb.replace(b'multipart/report;', b'multipart/report; report-type=delivery-status;')
add('m040', 'unrelated', False, A, [], h, (hb, bb))

# ---------------------------------------------------------------- 041 case_update A (handed to another team / new console case)
h = aws_in('a_hand', TC_FROM, P, SUBJ_A, '2025-06-16 19:52:08', irt='a_me4', refs=['a_ack', 'a_done', 'a_me4'])
txt = """Hi Kenji,

Thanks for flagging the voucher. Exam benefits are handled by a different
team, so I have opened case %s for them in the AWS Support
Center on your behalf. They will contact you there.

Your merge case stays resolved, and you don't need to do anything further
here.

Best,
Kelsey M.
AWS Training and Certification Customer Support

On Mon, Jun 16, 2025 at 08:55 JST, kenji.morisaki.dev@gmail.com wrote:
> the 50%% exam discount that used to be under Benefits on my old profile
> doesn't appear on the merged account. Could you check where it went?
""" % CC_
add('a_hand', 'case_update', False, A, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 042 console ack C
h = aws_in('c_ack', 'Amazon Web Services <%s>' % NR, P, 'Amazon Web Services: New Support case: %s' % CC_,
           '2025-06-16 19:50:02', midd='ses')
txt = """Dear Kenji Morisaki,

We have opened case %s on your behalf. Subject: Certification
benefit missing after account merge.

Case ID: %s
Severity: General guidance
Service: Training and Certification
Category: Certification benefits

An AWS representative will respond through the Support Center. To view the
case or add correspondence, use this link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

=================================
This e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CC_, CC_, CC_)
add('c_ack', 'acknowledgement', False, CC_, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 043 marketing Japanese HTML only
h = other_in('m043', who('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), 'amazon.com', P,
             '【AWS Innovate】オンラインカンファレンス開催のお知らせ', '2025-06-18 01:00:00', midd='ses')
htm = html("""<table width="600" align="center"><tr><td>
<h2>AWS Innovate 2025 &ndash; AI/ML 特集</h2>
<p>7月10日(木)、無料のオンラインカンファレンスを開催します。認定取得者向けのセッションもご用意しております。</p>
<p><a href="https://aws.amazon.com/jp/events/innovate/">今すぐ登録</a></p>
<p style="font-size:11px">ご不明な点がございましたら、イベント事務局までお問い合わせください。<br>
配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table>""")
add('m043', 'unrelated', False, None, [], h, leaf('text/html', htm, cte='base64'))

# ---------------------------------------------------------------- 044 exam result (certification), new stray account
h = other_in('m044', 'AWS Certification <do-not-reply@certmetrics.com>', 'certmetrics.com', P,
             'Congratulations! You are now AWS Certified', '2025-06-18 09:14:51')
txt = """Dear Kenji Morisaki,

Congratulations on passing the AWS Certified Security - Specialty exam on
June 11, 2025.

Candidate ID: AWS03358261
Validation number: 2KJ9Q7LZ3FE1QXC5
Expiration date: June 11, 2028

Your digital certificate is available in your AWS Certification Account,
and your Credly badge invitation will follow within five business days.

AWS Training and Certification
"""
add('m044', 'certification', False, None, ['AWS03358261'], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 045 console info_request C (survey footer, not by email)
h = aws_in('c_info', 'Amazon Web Services <%s>' % NR, P, SUBJ_C, '2025-06-19 02:33:47', midd='ses')
add('c_info', 'info_request', True, CC_, [], h, leaf('text/plain', T_INFO_C))

# ---------------------------------------------------------------- 046 me: replies by e-mail to the console address (mistake)
h = me_out('c_me', ME_P, 'Amazon Web Services <%s>' % NR, 'Re: ' + SUBJ_C, '2025-06-19 12:08:20', irt='c_info')
txt = """Hello Olumide,

It came from passing the Solutions Architect - Associate (SAA-C03) in March
2024, on my old company account. I never used it.

Kenji

On Thu, Jun 19, 2025 at 11:33 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
""" + q(T_INFO_C)
add('c_me', 'user_reply', False, CC_, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 047 me: writes on the 2021 case (reopens)
MIDS['d_2021'] = mid('d_2021', 'sfdc')
h = me_out('d_me1', ME_P, TC, 'Re: ' + SUBJ_D, '2025-06-20 21:40:00', irt='d_2021')
txt = """Hello,

In 2021 you corrected the name on my certification profile (see below).
After my recent account merge (case %s) the certificates on the
merged profile show the old misspelling "Kennji Morisaki" again. Could you
correct it to "Kenji Morisaki"? The merged profile is AWS90417725.

Thank you,
Kenji Morisaki

On Thu, Sep 2, 2021 at 4:11 AM <aws-cs-trainingcertification-form@amazon.com> wrote:
""" % A + q(T_OLD_D)
add('d_me1', 'user_reply', False, D, ['AWS90417725'], h, leaf('text/plain', txt, cte='quoted-printable'))

# ---------------------------------------------------------------- 048 case_update D (reopened)
h = aws_in('d_reopen', TC_FROM, P, SUBJ_D, '2025-06-21 03:22:10', irt='d_me1', refs=['d_2021', 'd_me1'])
txt = """Hello Kenji,

Thanks for getting back to us. We've reopened case %s and passed
your note to our certification records team. We'll write again once they
have reviewed the name on your merged profile.

Regards,
Ines
AWS Training and Certification Customer Support
""" % D
add('d_reopen', 'case_update', False, D, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 049 console closing notice C
h = aws_in('c_close', 'Amazon Web Services <%s>' % NR, P, 'Amazon Web Services: Case %s is awaiting your reply' % CC_,
           '2025-06-23 02:40:00', midd='ses')
htm = html("""<p>Hello,</p>
<p>We're still waiting for a reply from you on case <b>%s</b>: <i>Certification benefit missing after account merge</i>.</p>
<p>If we don't hear back, the case will be resolved automatically in 3 days. You can reply at any time from the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>;
once resolved, a case can be reopened for 14 days.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mails.</p>""" % (CC_, CC_))
add('c_close', 'closing_notice', True, CC_, [], h, leaf('text/html', htm, cte='quoted-printable'))

# ---------------------------------------------------------------- 050 connpass
h = other_in('m050', 'connpass <no-reply@connpass.com>', 'connpass.com', P,
             '【リマインド】JAWS-UG 東京 #58 は明日開催です', '2025-06-23 09:00:00', tz=9)
txt = """森崎 健司 さん

参加登録いただいている以下のイベントは明日開催です。

JAWS-UG 東京 #58「資格と転職、キャリアの話」
日時: 2025/06/24(火) 19:00〜21:00
会場: オンライン(YouTube Live)

キャンセルする場合はイベントページから手続きしてください。
https://jawsug.connpass.com/event/358812/

connpass
"""
add('m050', 'unrelated', False, None, [], h, leaf('text/plain', txt, cte='base64'))

# ---------------------------------------------------------------- 051 info_request D (Japanese, ISO-2022-JP)
h = aws_in('d_info', TC_FROM, P, SUBJ_D, '2025-06-24 08:02:11', irt='d_reopen', refs=['d_2021', 'd_me1', 'd_reopen'])
add('d_info', 'info_request', True, D, ['AWS90417725'], h, leaf('text/plain', T_INFO_D, cs='iso-2022-jp'))

# ---------------------------------------------------------------- 052 me answers D (Japanese Gmail quote)
h = me_out('d_me2', ME_P, TC, 'Re: ' + SUBJ_D, '2025-06-24 19:30:44', irt='d_info', refs=['d_2021', 'd_me1', 'd_reopen', 'd_info'])
txt = """佐藤様

ご確認いただきありがとうございます。
パスポートの表記は以下のとおりです。

姓: MORISAKI
名: KENJI

お手数をおかけしますが、修正のほどよろしくお願いいたします。

森崎 健司

2025年6月24日(火) 17:02 <aws-cs-trainingcertification-form@amazon.com>:
""" + q(T_INFO_D)
add('d_me2', 'user_reply', False, D, [], h, leaf('text/plain', txt, cte='base64'))

# ---------------------------------------------------------------- 053 resolved C (console, survey footer)
h = aws_in('c_done', 'Amazon Web Services <%s>' % NR, P, SUBJ_C, '2025-06-25 06:48:29', midd='ses')
txt = """Hello Kenji,

Thank you for the details you added in the Support Center.

The 50%% discount earned with your SAA-C03 pass was left on the retired
profile when the accounts were merged. I have re-issued it to your current
certification account; it now appears under Benefits and is valid until
March 31, 2026.

We're resolving this case now. Should you need more help on the same
topic, you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this
correspondence:
https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5
https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1

Best regards,
Olumide A.
Amazon Web Services

=================================
To view this case, go to
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
This e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CC_, CC_, CC_)
add('c_done', 'resolved', False, CC_, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 054 resolved D (Japanese, Shift_JIS 8bit, Outlook quote)
h = aws_in('d_done', TC_FROM, P, SUBJ_D, '2025-06-26 02:15:00', irt='d_me2', refs=['d_2021', 'd_info', 'd_me2'])
txt = """森崎 健司 様

いつもお世話になっております。佐藤でございます。

ご教示いただいた表記に基づき、認定アカウント上のご氏名を
「Kenji Morisaki」へ修正いたしました。
デジタル認定証および Credly バッジへの反映には、最大で48時間ほど
かかる場合がございます。

本件はこれにて完了とさせていただきます。
その他ご不明な点がございましたら、本メールにご返信いただけましたら
対応いたします。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート

--------------- 元のメッセージ ---------------
差出人: 佐藤 美咲 <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年6月24日 17:02
件名: %s

""" % SUBJ_D + T_INFO_D
add('d_done', 'resolved', False, D, [], h, leaf('text/plain', txt, cs='shift_jis', cte='8bit'))

# ---------------------------------------------------------------- 055 survey D (Japanese)
h = aws_in('d_survey', who('AWS トレーニングと認定', 'aws-tc-survey@amazon.com'), P,
           'サポート品質向上のためのアンケートご協力のお願い(ケース %s)' % D, '2025-06-27 00:30:00', midd='ses')
txt = """森崎 健司 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、
誠にありがとうございました(ケース %s)。

今後のサポート品質向上のため、簡単なアンケートへのご協力をお願いいたします。
所要時間は1分程度です。

https://survey.aws.training/s/cs?c=%s&lang=ja

※本メールは送信専用アドレスから配信しております。ご返信いただいてもお答えできません。
""" % (D, D)
add('d_survey', 'survey', False, D, [], h, leaf('text/plain', txt, cte='quoted-printable'))

# ---------------------------------------------------------------- 056 other vendor survey
h = other_in('m056', 'Nimbus Backup Support <support@nimbusbackup.io>', 'nimbusbackup.io', P,
             'How would you rate the support you received? [Request #58213]', '2025-06-27 04:00:00')
txt = """Hello Kenji,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?
Good, I'm satisfied: https://nimbusbackup.zendesk.com/requests/58213/satisfaction/good
Bad, I'm unsatisfied: https://nimbusbackup.zendesk.com/requests/58213/satisfaction/bad

Here's a reminder of what your request was about:
Restore job fails after agent upgrade
"""
add('m056', 'unrelated', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 057 Credly expiring
h = other_in('m057', 'Credly <admin@credly.com>', 'credly.com', P,
             'Your AWS Certified Developer - Associate badge expires soon', '2025-06-28 01:40:00', midd='credly.com')
htm = html("""<p>Hi Kenji,</p><p>Your <b>AWS Certified Developer &ndash; Associate</b> badge, issued by Amazon Web Services Training and Certification,
will expire on August 20, 2025. Once it expires it will be marked as expired on your profile.</p>
<p>To keep it current, check the recertification options from the issuer.</p>
<p><a href="https://www.credly.com/earner/earned">View your badges</a></p><p>The Credly Team</p>""")
add('m057', 'badge', False, None, [], h,
    multi('alternative', [leaf('text/plain', 'Hi Kenji,\n\nYour AWS Certified Developer - Associate badge, issued by Amazon Web Services\nTraining and Certification, will expire on August 20, 2025.\n\nView your badges: https://www.credly.com/earner/earned\n\nThe Credly Team\n'),
                          leaf('text/html', htm, cte='quoted-printable')], 'm057'))

# ---------------------------------------------------------------- 058 certmetrics benefit notice
h = other_in('m058', 'AWS Certification <do-not-reply@certmetrics.com>', 'certmetrics.com', P,
             'A new benefit is available in your AWS Certification Account', '2025-06-30 10:00:00')
txt = """Hello Kenji Morisaki,

A 50% exam discount voucher has been added to your AWS Certification Account.
You'll find it under Benefits; it expires on March 31, 2026.

AWS Training and Certification

This is an automated message from a mailbox that is not monitored.
"""
add('m058', 'certification', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 059 Builder ID sign-in notice
h = other_in('m059', 'AWS Builder ID <no-reply@signin.aws>', 'signin.aws', P,
             'New sign-in to your AWS Builder ID', '2025-07-01 12:20:40', midd='ses')
txt = """Hello Kenji,

We noticed a new sign-in to your AWS Builder ID.

When: July 1, 2025, 21:20 JST
Browser: Chrome on macOS
Location: Tokyo, Japan

If this was you, no action is needed. If not, reset your password at
https://profile.aws.amazon.com right away.

Amazon Web Services
"""
add('m059', 'unrelated', False, None, [], h, leaf('text/plain', txt))

# ---------------------------------------------------------------- 060 ack F (HTML only)
h = aws_in('f_ack', TC_FROM, P, SUBJ_F, '2025-07-01 19:34:12')
htm = html("""<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. We have opened case <b>%s</b> and added it to our queue.</p>
<table border="0" cellpadding="4">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification &gt; Account Merge</td></tr>
<tr><td><b>Candidate IDs</b></td><td>AWS90417725, AWS03358261</td></tr>
<tr><td valign="top"><b>Description</b></td><td>Both accounts use kenji.morisaki.dev@gmail.com. My Security - Specialty exam from June 11 landed on
the second one and the Credly badge never arrived. Please combine them into AWS90417725.</td></tr></table>
<p>Expect a first answer within about 24 hours. If you have more information to add, you can reply to this email;
there is no need to submit the form again.</p>
<p>AWS Training and Certification Customer Support</p>""" % (F, F))
add('f_ack', 'acknowledgement', False, F, ['AWS90417725', 'AWS03358261'], h, leaf('text/html', htm, cte='quoted-printable'))

# ---------------------------------------------------------------- 061 confirmation_request F (short, no "please")
h = aws_in('f_conf', TC_FROM, P, SUBJ_F, '2025-07-02 06:05:39', irt='f_ack')
txt = """Hi Kenji,

Found both records. AWS03358261 was created on June 9 and holds only your
Security - Specialty result; AWS90417725 holds everything else.

Am I right that AWS90417725 should be the surviving record, with
AWS03358261 folded into it? Once you say yes I'll run the merge.

Ahmed
AWS Training and Certification Customer Support
"""
add('f_conf', 'confirmation_request', True, F, ['AWS03358261', 'AWS90417725'], h, leaf('text/plain', txt))


# ---------------------------------------------------------------- write
def main():
    for fn in os.listdir(HERE):
        if re.match(r'\d{3}-msg\.(eml|json)$', fn):
            os.remove(os.path.join(HERE, fn))
    for i, (raw, label) in enumerate(MSGS, 1):
        with open(os.path.join(HERE, '%03d-msg.eml' % i), 'wb') as f:
            f.write(raw)
        with open(os.path.join(HERE, '%03d-msg.json' % i), 'w') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
    cnt = Counter(l['kind'] for _, l in MSGS)
    print('messages: %d' % len(MSGS))
    for k, v in sorted(cnt.items()):
        print('  %-22s %d' % (k, v))
    print('needs_reply true: %d' % sum(l['needs_reply'] for _, l in MSGS))


if __name__ == '__main__':
    main()
