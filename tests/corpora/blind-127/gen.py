#!/usr/bin/env python3
"""Generate the blind-127 corpus: NNN-msg.eml + NNN-msg.json + README.md (stdlib only)."""
import os, json, base64, quopri, hashlib, datetime, collections
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = 'ryo.takemura.k@gmail.com'
ME_C = 'takemura.ryo@hoshizora-tech.co.jp'
ME_NAME = 'Ryo Takemura'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_FROM = ('Amazon Web Services Training and Certification', TC)
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')

A = '174847963900417'   # main merge case (T&C form)
B = '174848088200208'   # accidental duplicate of A
C = '17498822641'       # Support Center (console) case
D = '174973053700863'   # missing voucher after merge
E = '175089973100194'   # Japanese case, new employer account
EDU = '174941736200051' # AWS Educate form case (other program)

ID_P, ID_C, ID_X, ID_U, ID_N = 'AWS11740925', 'AWS03318842', 'AWS09921467', 'AWS07760214', 'AWS12583306'
SUBJ_A = '[AWS Training and Certification Form Submission] - account-assistance'

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc


def dt(s, tz=JST):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def hdr(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, maxlinelen=76).encode()


def addr(a, cs='utf-8'):
    if isinstance(a, str):
        return a
    name, ad = a
    if all(ord(c) < 128 for c in name):
        return formataddr((name, ad))
    return '%s <%s>' % (Header(name, cs).encode(), ad)


def leaf(ctype, text, cs='utf-8', cte=None, extra=None):
    data = text.encode(cs)
    if cte is None:
        cte = '7bit' if cs in ('us-ascii', 'iso-2022-jp') else 'quoted-printable'
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
    h = [('Content-Type', '%s; charset="%s"' % (ctype, cs)), ('Content-Transfer-Encoding', cte)]
    if extra:
        h += extra
    return h, body


def attach(fname, ctype, data):
    b = base64.encodebytes(data)
    return [('Content-Type', '%s; name="%s"' % (ctype, fname)),
            ('Content-Disposition', 'attachment; filename="%s"' % fname),
            ('Content-Transfer-Encoding', 'base64')], b


def multi(sub, parts, seed):
    bnd = '----=_Part_%s' % hashlib.md5(seed.encode()).hexdigest()[:20]
    out = b'This is a multi-part message in MIME format.\n\n' if sub == 'mixed' else b''
    for h, body in parts:
        out += ('--%s\n' % bnd).encode()
        out += ''.join('%s: %s\n' % kv for kv in h).encode() + b'\n'
        out += body if body.endswith(b'\n') else body + b'\n'
    out += ('--%s--\n' % bnd).encode()
    return [('Content-Type', 'multipart/%s; boundary="%s"' % (sub, bnd))], out


def auth_google(dom, ok=True, dmarc=None):
    d = dmarc or ('pass' if ok else 'fail')
    return ('mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Qx7fTk2a;\n'
            '       spf=%s (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s'
            % ('pass' if ok else 'fail', dom, 'pass' if ok else 'softfail', dom, len(dom) + 20, dom,
               d, 'NONE' if d == 'pass' else 'QUARANTINE', dom))


def auth_ms(dom, ok=True):
    r = 'pass' if ok else 'fail'
    return ('spf=%s (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100'
            % (r, len(dom), dom, r, dom, r, dom, r))


def ses_id(n):
    h = hashlib.sha1(('ses%d' % n).encode()).hexdigest()
    return '<0106019%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (h[:9], h[9:17], h[17:21], h[21:25], h[25:37])


def gm_id(n):
    h = hashlib.sha1(('gm%d' % n).encode()).hexdigest()
    return '<CAK%s+%s@mail.gmail.com>' % (h[:20].upper(), h[20:34])


MSGS = []
MIDS = {}


def add(key, frm, to, subj, date, body, label, note, cc=None, mid=None, irt=None, refs=None,
        auth=None, extra=None, crlf=False, scs='utf-8', reply_to=None):
    n = len(MSGS) + 1
    mid = mid or ses_id(n)
    MIDS[key] = mid
    h = []
    if auth:
        h.append(('Authentication-Results', auth))
    h += [('Date', format_datetime(date)),
          ('From', addr(frm, scs)),
          ('To', ', '.join(addr(t, scs) for t in (to if isinstance(to, list) else [to])))]
    if cc:
        h.append(('Cc', ', '.join(addr(t, scs) for t in (cc if isinstance(cc, list) else [cc]))))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('Subject', hdr(subj, scs)), ('Message-ID', mid)]
    if irt:
        h.append(('In-Reply-To', MIDS[irt]))
        rl = [MIDS[k] for k in (refs or [irt])]
        h.append(('References', '\n '.join(rl)))
    if extra:
        h += extra
    h.append(('MIME-Version', '1.0'))
    bh, bb = body
    h += bh
    raw = ''.join('%s: %s\n' % kv for kv in h).encode() + b'\n' + bb
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    kind, reply, case, cands = label
    MSGS.append((n, raw, {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cands}, note))


def alt(plain, html, seed, cs='utf-8', cte=None):
    return multi('alternative', [leaf('text/plain', plain, cs, cte), leaf('text/html', html, cs, cte)], seed)


def html_of(text):
    paras = ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in text.strip().split('\n\n'))
    return '<html><body style="font-family:Arial,sans-serif;font-size:14px">%s</body></html>' % paras


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def tc_footer(case):
    return ('\n\nTo reply, respond to this e-mail and keep the case reference in the subject line.\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc.\n[CASE %s]\n' % case)


G_AMZ = auth_google('amazon.com')
M_AMZ = auth_ms('amazon.com')


# ---------------------------------------------------------------- messages, arrival order
def ol_id(n):
    h = hashlib.sha1(('ol%d' % n).encode()).hexdigest().upper()
    return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (h[:4], h[4:16], h[16:20])


# 001 GitHub "merged"
t = """Merged #412 into main.

@k-ishida merged commit 8c41f02 into main.

Refactor account module: merge duplicate IAM role definitions

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/412#event-13377102
You are receiving this because you were mentioned.
"""
add('gh1', ('Kenta Ishida', 'notifications@github.com'), ME_C,
    'Re: [hoshizora-tech/infra-modules] Refactor account module: merge duplicate IAM roles (PR #412)',
    dt('2025-05-26 16:02:11'), leaf('text/plain', t, 'us-ascii'),
    ('unrelated', False, None, []), 'GitHub PR notification; words "merged", "account" and "merge" but nothing to do with AWS T&C.',
    mid='<hoshizora-tech/infra-modules/pull/412/issue_event/13377102@github.com>', auth=auth_ms('github.com'),
    extra=[('List-ID', 'hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>'), ('X-GitHub-Reason', 'mention')])

# 002 CertMetrics expiry
t = """Hello Ryo Takemura,

Your AWS Certified Solutions Architect - Associate certification (validation number 9XKQ2LBDN1E4QJWM) will expire on August 24, 2025.

To keep your certification active, pass the current version of the exam or a higher-level exam in the same path before that date. Your 50% discount benefit can be applied to the recertification exam.

Candidate ID: AWS03318842

Sign in to your AWS Certification Account to review your status and benefits.

Thank you,
AWS Certification
"""
add('cm1', ('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Your AWS Certification expires in 90 days', dt('2025-05-27 03:30:00', UTC),
    alt(t, html_of(t), 'cm1'), ('certification', False, None, [ID_C]),
    'CertMetrics expiry reminder to the company address; program mail, no case; candidate ID in the body.',
    mid='<20250527033000.5f2a1c9e@certmetrics.com>', auth=auth_ms('certmetrics.com'))

# 003 owner's note to self (forward from company to personal)
t = """自分用メモ（退職前に控え）

・認定アカウント（会社）候補ID: AWS03318842
・個人側の候補ID: AWS11740925（5/28 Builder IDで作成済み）
・SAA 2025/8/24失効、50%割引バウチャー1枚あり
・証明書PDFはDriveに保存済み

マージ申請はあした個人アドレスからフォームで出す。

---------- Forwarded message ---------
From: AWS Certification <do-not-reply@certmetrics.com>
Date: 2025年5月27日(火) 12:30
Subject: Your AWS Certification expires in 90 days
To: <takemura.ryo@hoshizora-tech.co.jp>

Hello Ryo Takemura,

Your AWS Certified Solutions Architect - Associate certification will expire on August 24, 2025.
Candidate ID: AWS03318842
"""
add('note1', (ME_NAME, ME_C), ME_P, 'Fwd: Your AWS Certification expires in 90 days',
    dt('2025-05-28 19:12:40'), leaf('text/plain', t, 'iso-2022-jp', '7bit'),
    ('user_reply', False, None, [ID_C, ID_P]),
    'Owner forwards a CertMetrics mail to himself with a Japanese memo (ISO-2022-JP). Own text has two candidate IDs; the one in the forwarded part is not counted again.',
    mid=ol_id(3), extra=[('X-Mailer', 'Microsoft Outlook 16.0')], scs='iso-2022-jp')

# 004 Builder ID code
t = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID creation process. Use the verification code below to continue.

Verification code: 604213

This code expires 10 minutes after it was sent. If you did not ask for it, you can ignore this message.
"""
add('sig1', ('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address',
    dt('2025-05-28 23:41:05'), alt(t, html_of(t), 'sig1'), ('unrelated', False, None, []),
    'Builder ID one-time code (6 digits); AWS sender but not case mail.', auth=auth_google('signin.aws'))

# 005 ack case A (EN)
t = """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s for your request. The details of your case are as follows:

Case ID: %s
Subject: Account Merge
Severity: General guidance
Correspondence: I am leaving Hoshizora Tech on June 13 and would like to merge my certification accounts.
Email addresses used: takemura.ryo@hoshizora-tech.co.jp (candidate ID AWS03318842), ryo.takemura.k@gmail.com (candidate ID AWS11740925)
Email address to keep: ryo.takemura.k@gmail.com

We aim to respond within one business day, though some requests need more research. Opening another case about the same request will not speed things up and may delay our answer, so please keep all correspondence on this case.

Sincerely,
AWS Training and Certification Customer Support
""" % (A, A)
add('a_ack', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-05-29 00:47:31', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_ack'), ('acknowledgement', False, A, [ID_C, ID_P]),
    'Case A opened; echoes the form text, which contains both candidate IDs (counted: the echo is part of the new text, not a quoted reply).',
    auth=G_AMZ)

# 006 ack case B (JA, duplicate from company address)
t = """竹村 涼 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。ご依頼内容は以下のとおりです。

ケース ID: %s
件名: アカウントの統合
内容: 退職に伴い、会社のメールアドレスで作成した認定アカウントを個人アドレスのアカウントへ統合したい。

担当者より通常 24 時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じご依頼について別のケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。

AWS トレーニングと認定 カスタマーサポート
""" % (B, B)
add('b_ack', TC_FROM, ME_C, 'RE: [CASE %s] %s' % (B, SUBJ_A), dt('2025-05-29 10:08:20'),
    leaf('text/plain', t, 'iso-2022-jp', '7bit'), ('acknowledgement', False, B, []),
    'Second (duplicate) form from the company address, 20 minutes after A; Japanese ack, ISO-2022-JP, space after "RE:".',
    auth=M_AMZ, scs='iso-2022-jp')

# 007 company IT notice
t = """竹村さん

情報システム部です。退職手続きに伴い、以下のアカウントを停止します。

・メールボックス（takemura.ryo@hoshizora-tech.co.jp）: 6月13日 18:00 停止
・VPN / SSO アカウント: 同日停止
・AWS 検証環境 IAM ユーザー: 6月12日 削除

個人で登録している外部サービス（資格・勉強会など）のメールアドレス変更は、停止日までにご自身で済ませてください。
質問があればこのメールに返信してください。

情報システム部 山本
"""
add('it1', ('情報システム部 山本', 'it-helpdesk@hoshizora-tech.co.jp'), ME_C, '【ご連絡】退職に伴うアカウント停止のお知らせ',
    dt('2025-05-29 14:20:03'), leaf('text/plain', t, 'utf-8', 'base64'), ('unrelated', False, None, []),
    'Company IT: mailbox and accounts will be shut down; speaks of accounts and invites a reply, but it is a colleague, not AWS.',
    mid=ol_id(7), auth=auth_ms('hoshizora-tech.co.jp'))

# 008 case A partner hold with buried question
t = """Hello Ryo,

Thank you for your patience while I looked into your request.

When I pulled up the certification account registered to takemura.ryo@hoshizora-tech.co.jp, I found that it is associated with an AWS Partner Network organization (Hoshizora Tech Co., Ltd.). Certifications earned under a partner account count toward that organization's partner tier, so our policy does not allow us to move them to another account while the account holder is still employed by the partner. For that reason I have put the merge on hold for now.

This does not mean the merge cannot happen; it only means the partner association has to be released first. Our partner operations colleagues handle that step and they usually finish within a few business days once they have what they need.

What they need from you is simple: are you leaving Hoshizora Tech, and on what date does your employment end? Once I have that I can pass the case on.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
add('a_hold1', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-05-30 02:15:44', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_hold1'), ('on_hold', True, A, []),
    'APN hold; the only question is in the last paragraph after a long explanation, phrased as "what they need from you is simple: are you...".',
    auth=G_AMZ)

# 009 case B linked duplicate (EN, to company)
t = """Hello,

We noticed that this request is the same as case %s, which you opened a few minutes earlier from ryo.takemura.k@gmail.com. To avoid two agents working on the same accounts, I have linked the two cases and closed this one.

Everything you sent here has been copied to case %s and the merge will be handled there. You don't need to do anything with this case.

Kind regards,
Daniel R.
AWS Training and Certification
""" % (A, A)
add('b_dup', TC_FROM, ME_C, 'RE:[CASE %s] %s' % (B, SUBJ_A), dt('2025-05-30 03:02:10', UTC),
    leaf('text/plain', t + tc_footer(B), 'us-ascii'), ('case_update', False, B, []),
    'Duplicate case B linked to A and closed; mentions the other case number in the body but belongs to B (subject token).',
    auth=M_AMZ)

# 010 owner reply on A
t_q = t_hold1 = """Hello Ryo,

Thank you for your patience while I looked into your request.

When I pulled up the certification account registered to takemura.ryo@hoshizora-tech.co.jp, I found that it is associated with an AWS Partner Network organization (Hoshizora Tech Co., Ltd.). [...]

What they need from you is simple: are you leaving Hoshizora Tech, and on what date does your employment end? Once I have that I can pass the case on.

Best regards,
Marisol G."""
t = """Hi Marisol,

Yes, I am leaving Hoshizora Tech. My last working day is June 13, 2025, and the company mailbox will be shut down that evening. Please keep the account on ryo.takemura.k@gmail.com.

Thank you,
Ryo Takemura

On Fri, May 30, 2025 at 11:15 AM Amazon Web Services Training and Certification <%s> wrote:
%s
""" % (TC, q(t_hold1))
add('a_r1', (ME_NAME, ME_P), TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-05-30 12:48:09'),
    leaf('text/plain', t, 'utf-8', 'quoted-printable'), ('user_reply', False, A, []),
    "Owner's answer to the hold question, Gmail quoting style.", mid=gm_id(10), irt='a_hold1', refs=['a_ack', 'a_hold1'])

# 011 auto-receipt of reply
t = """This is an automated message.

We have received your reply and added it to case %s. The agent working on your case will review it; there is no need to send it again.

AWS Training and Certification
""" % A
add('a_auto', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-05-30 03:48:30', UTC),
    leaf('text/plain', t, 'us-ascii'), ('acknowledgement', False, A, []),
    'Automatic "reply received" notice on an existing case; an acknowledgement, not news.',
    auth=G_AMZ, irt='a_r1', refs=['a_ack', 'a_hold1', 'a_r1'], extra=[('Auto-Submitted', 'auto-replied')])

# 012 Pearson VUE appointment
t = """Dear Ryo Takemura,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date: Saturday, June 21, 2025 10:00 JST
Location: Online proctored (OnVUE)
Registration ID: 482913377

Please run the system test before exam day and have a valid ID ready. To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
"""
add('pv1', ('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
    'Confirmation of your AWS Certified Solutions Architect - Professional exam', dt('2025-05-31 09:03:27'),
    alt(t, html_of(t), 'pv1'), ('unrelated', False, None, []),
    'Exam vendor appointment confirmation; 9-digit registration ID (not a case ID).', auth=auth_google('pearson.com'))

# 013 case A handed to partner team
t = """Hi Ryo,

Thanks for letting me know about your last day, that's exactly what I needed.

I've sent the case to our AWS Partner Network operations team together with your departure date. They will contact the partner administrator at Hoshizora Tech and ask for your certification record to be released from the organization. Once that is done, the case comes back to me and I will prepare the merge.

There is nothing you need to do in the meantime. I'll keep you posted.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
add('a_hand', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-02 01:05:12', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_hand'), ('case_update', False, A, []),
    'Thanks for the confirmation + handed to the APN operations team; states nothing is needed.',
    auth=G_AMZ, irt='a_r1', refs=['a_ack', 'a_hold1', 'a_r1'])

# 014 lookalike phishing
t = """Dear Certification Holder,

Our records show an unfinished account merge request linked to your AWS Certification profile. To avoid permanent loss of your certifications and exam history, you must confirm ownership within 24 hours.

Confirm your merge now: https://aws-certification.amazon-certsupport.com/merge/confirm?u=ryo.takemura.k

You will be asked to sign in with your AWS Builder ID password and verify your payment card. If you prefer, reply to this email with your Builder ID email and password and our team will complete the merge for you.

AWS Certification Support Team
"""
add('ph1', ('AWS Certification Support', 'support@amazon-certsupport.com'), ME_P,
    'Action required: confirm your AWS Certification account merge', dt('2025-06-02 16:40:55'),
    alt(t, html_of(t), 'ph1'), ('suspicious', False, None, []),
    'Lookalike domain asking to "confirm your merge" and reply with a password; arrives while the real merge is pending.',
    mid='<20250602074055.11937@amazon-certsupport.com>',
    auth='mx.google.com;\n       dkim=pass header.i=@amazon-certsupport.com;\n       spf=pass smtp.mailfrom=amazon-certsupport.com;\n       dmarc=pass (p=NONE) header.from=amazon-certsupport.com')

# 015 on hold, waiting for partner (HTML only)
h = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Ryo,</p>
<p>A short update on case %s.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Step</th><th align="left">Status</th></tr>
<tr><td>Departure date received</td><td>Done</td></tr>
<tr><td>Partner association release (Hoshizora Tech)</td><td><b>Waiting for the partner administrator</b></td></tr>
<tr><td>Account merge</td><td>Not started</td></tr>
</table>
<p>The partner operations team has written to the administrator of the Hoshizora Tech partner account. Until they release the association your case stays on hold; we cannot speed this step up from our side. I'll write again as soon as it moves.</p>
<p>Best regards,<br>Marisol G.<br>AWS Training and Certification Customer Support</p>
<p style="color:#888;font-size:11px">[CASE %s]</p>
</body></html>""" % (A, A)
add('a_hold2', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-03 05:22:48', UTC),
    leaf('text/html', h, 'utf-8', 'quoted-printable'), ('on_hold', False, A, []),
    'HTML-only status table; the case waits on the partner administrator, no question for the owner.', auth=G_AMZ)

# 016 colleague farewell
t = """竹村さん

お疲れさまです。石田です。
送別会ですが、6/12(木) 19時〜 新橋でどうでしょう？

あと、引き継ぎの件で、検証環境のアカウント一覧と権限の資料を金曜までに共有してもらえますか？
よろしくお願いします。

石田
"""
add('col1', ('石田 健太', 'ishida.kenta@hoshizora-tech.co.jp'), ME_C, '送別会と引き継ぎの件',
    dt('2025-06-03 18:31:02'), leaf('text/plain', t, 'iso-2022-jp', '7bit'), ('unrelated', False, None, []),
    'Colleague asks for an account list handover (a real request, but not from AWS support).',
    mid=ol_id(16), auth=auth_ms('hoshizora-tech.co.jp'), scs='iso-2022-jp')

# 017 AWS marketing
h = """<html><body><table width="600" align="center"><tr><td>
<h1 style="color:#232f3e">AWS Summit Japan 2025</h1>
<p>6 月 25 日・26 日、幕張メッセで開催。150 以上のセッションと認定者ラウンジをご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_cert">今すぐ登録</a></p>
<p style="font-size:11px;color:#666">このメールは配信専用です。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
Amazon Web Services Japan G.K., 東京都品川区上大崎 3-1-1</p>
</td></tr></table></body></html>"""
add('mk1', ('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
    'AWS Summit Japan 2025 登録受付中 - 認定者ラウンジのご案内', dt('2025-06-04 10:00:00'),
    leaf('text/html', h, 'utf-8', 'base64'), ('unrelated', False, None, []),
    'AWS marketing, Japanese, HTML-only base64; mentions certification holders.', auth=G_AMZ,
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>')])

# 018 hold lifted
t = """Hello Ryo,

Good news: Hoshizora Tech's partner administrator has released your certification record, so the hold on this case is lifted.

My next step is to gather the details of both certification accounts. I will send them to you in a separate message for review before anything is merged.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
add('a_lift', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-05 00:30:17', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_lift'), ('case_update', False, A, []),
    'Hold lifted; announces that a confirmation request will follow, but asks nothing yet.', auth=G_AMZ)

# 019 confirmation request (To personal, Cc company)
plain = """Hello Ryo,

I found the following two certification accounts:

Account #1
Candidate ID: AWS11740925
Login email: ryo.takemura.k@gmail.com
Training notification email: ryo.takemura.k@gmail.com
Certification notification email: ryo.takemura.k@gmail.com

Account #2
Candidate ID: AWS03318842
Login email: takemura.ryo@hoshizora-tech.co.jp
Training notification email: takemura.ryo@hoshizora-tech.co.jp
Certification notification email: takemura.ryo@hoshizora-tech.co.jp

After the merge, the exam history, certifications and benefits of Account #2 will move to Account #1 and Account #2 will no longer be usable. This cannot be undone.

Do you want Account #2 merged into Account #1?

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
html = """<html><body style="font-family:Arial;font-size:14px"><p>Hello Ryo,</p>
<p>I found the following two certification accounts:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11740925</td><td>AWS03318842</td></tr>
<tr><td>Login email</td><td>ryo.takemura.k@gmail.com</td><td>takemura.ryo@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>ryo.takemura.k@gmail.com</td><td>takemura.ryo@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>ryo.takemura.k@gmail.com</td><td>takemura.ryo@hoshizora-tech.co.jp</td></tr>
</table>
<p>After the merge, the exam history, certifications and benefits of Account #2 will move to Account #1 and Account #2 will no longer be usable. This cannot be undone.</p>
<p>Do you want Account #2 merged into Account #1?</p>
<p>Best regards,<br>Marisol G.<br>AWS Training and Certification Customer Support</p></body></html>"""
add('a_conf1', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-05 02:11:39', UTC),
    alt(plain + tc_footer(A), html, 'a_conf1'), ('confirmation_request', True, A, [ID_P, ID_C]),
    'The classic Account #1 / Account #2 listing (table in HTML part); the ask is a bare question, no "please".',
    cc=ME_C, auth=G_AMZ)

# 020 owner replies from the company address (Outlook)
t = """Confirmed. Please merge Account #2 into Account #1.

Ryo Takemura
Hoshizora Tech Co., Ltd. | Cloud Solutions Dept.

-----Original Message-----
From: Amazon Web Services Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 5, 2025 11:11 AM
To: ryo.takemura.k@gmail.com
Cc: Takemura Ryo <takemura.ryo@hoshizora-tech.co.jp>
Subject: RE:[CASE %s] %s

Hello Ryo,

I found the following two certification accounts:

Account #1
Candidate ID: AWS11740925
Login email: ryo.takemura.k@gmail.com
[...]
Do you want Account #2 merged into Account #1?
""" % (A, SUBJ_A)
add('a_r2', ('Takemura Ryo', ME_C), TC, 'RE: RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-05 11:40:02'),
    leaf('text/plain', t, 'utf-8', 'quoted-printable'), ('user_reply', False, A, []),
    'Owner confirms from the company (to-be-merged) address, Outlook "-----Original Message-----" quoting.',
    mid=ol_id(20), irt='a_conf1', refs=['a_ack', 'a_conf1'], crlf=True)

# 021 support: write from the address you keep
t = """Hello Ryo,

Thank you for the quick reply. I can see your confirmation, however it was sent from takemura.ryo@hoshizora-tech.co.jp, which belongs to the account that is going to be merged away. For the protection of your records we only accept the go-ahead from the email address on the account that will be kept.

Please send the same confirmation from ryo.takemura.k@gmail.com, replying to this message. As soon as it arrives I will start the merge.

Best regards,
Marisol G.
AWS Training and Certification Customer Support

> Confirmed. Please merge Account #2 into Account #1.
"""
add('a_wrong', TC_FROM, [ME_P, ME_C], 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-05 03:20:55', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_wrong'), ('info_request', True, A, []),
    'Owner already confirmed, but from the wrong address; support asks him to write again from the kept address (info_request: the ask is "write from another address", not a new merge decision).',
    auth=G_AMZ, irt='a_r2', refs=['a_ack', 'a_conf1', 'a_r2'])

# 022 owner confirms from personal
t = """Hi Marisol,

Sorry about that. Confirmed from my personal address: please merge Account #2 (AWS03318842) into Account #1 (AWS11740925) and keep Account #1.

Thanks,
Ryo

On Thu, Jun 5, 2025 at 12:20 PM Amazon Web Services Training and Certification <%s> wrote:
> Hello Ryo,
>
> Thank you for the quick reply. I can see your confirmation, however it was sent from
> takemura.ryo@hoshizora-tech.co.jp, which belongs to the account that is going to be merged away.
> [...]
> Please send the same confirmation from ryo.takemura.k@gmail.com, replying to this message.
""" % TC
add('a_r3', (ME_NAME, ME_P), TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-05 12:34:18'),
    leaf('text/plain', t, 'utf-8', '7bit' if False else 'quoted-printable'), ('user_reply', False, A, [ID_C, ID_P]),
    'Owner re-sends the confirmation from the personal address.', mid=gm_id(22), irt='a_wrong',
    refs=['a_ack', 'a_conf1', 'a_r2', 'a_wrong'])

# 023 thanks for confirming, merging now (quoted request below)
t = """Hi Ryo,

Thanks for confirming from the right address. I've submitted the merge of Account #2 into Account #1 to our back-office team and it is being processed now. This normally takes one to two business days; I will let you know when it is finished. No further action is needed from you.

Best regards,
Marisol G.
AWS Training and Certification Customer Support

-----Original Message-----
From: Amazon Web Services Training and Certification
Sent: Thursday, June 5, 2025 2:11 AM UTC
Subject: RE:[CASE %s] %s

Hello Ryo,

I found the following two certification accounts:

Account #1
Candidate ID: AWS11740925
Login email: ryo.takemura.k@gmail.com

Account #2
Candidate ID: AWS03318842
Login email: takemura.ryo@hoshizora-tech.co.jp

Do you want Account #2 merged into Account #1?
""" % (A, SUBJ_A)
add('a_ip1', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-05 05:02:31', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_ip1'), ('case_update', False, A, []),
    '"Thanks for confirming, merge in progress"; the old confirmation request (with its question and both candidate IDs) sits in the quoted history only.',
    auth=G_AMZ, irt='a_r3', refs=['a_ack', 'a_conf1', 'a_r2', 'a_wrong', 'a_r3'])

# 024 Skill Builder receipt
t = """Thank you for your order.

AWS Skill Builder Individual subscription - monthly
Order number: SB-2025-0606-88314
Amount: USD 29.00
Billing period: Jun 6, 2025 - Jul 5, 2025
Account: ryo.takemura.k@gmail.com

You can manage your subscription from your Skill Builder account settings.
"""
add('sb1', ('AWS Skill Builder', 'no-reply@skillbuilder.aws'), ME_P, 'Your AWS Skill Builder receipt',
    dt('2025-06-06 09:12:44'), alt(t, html_of(t), 'sb1'), ('unrelated', False, None, []),
    'Skill Builder receipt; AWS training brand, but not a support case.', auth=auth_google('skillbuilder.aws'))

# 025 confirm again: third account found
t = """Hello Ryo,

My name is Kenji and I'm helping Marisol with your case while the merge is prepared.

During the pre-merge checks our team found a third certification account that uses your personal address:

Account #3
Candidate ID: AWS09921467
Login email: ryo.takemura.k@gmail.com (signed in through AWS Partner Central)
Exam history: none
Certifications: none

Your confirmation covered Account #1 (AWS11740925) and Account #2 only, and we don't merge an account without the owner's explicit approval. I've therefore paused the merge until I hear from you.

Would you like Account #3 merged into Account #1 as well, with Account #1 remaining the account you keep? Or should Account #3 be left as it is?

Regards,
Kenji T.
AWS Training and Certification Customer Support
"""
add('a_conf2', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-07 01:44:09', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_conf2'), ('confirmation_request', True, A, [ID_X, ID_P]),
    'Second agent asks to confirm AGAIN (third account found) although the owner already confirmed; choice between two options, questions at the end.',
    auth=G_AMZ, irt='a_ip1', refs=['a_ack', 'a_conf1', 'a_ip1'])

# 026 dmarc=fail fake from real domain
t = """Hello,

Your AWS Certification account merge is waiting for your approval. If you do not approve within 48 hours, the merge will be cancelled and your certifications on the old account will be deactivated.

Approve the merge: https://aws-cert-merge.support-portal.help/approve?case=174847963900417

Sign in with your AWS Builder ID to continue.

Amazon Web Services Training and Certification
"""
add('ph2', ('Amazon Web Services Training and Certification', TC), ME_P,
    'RE:[CASE %s] Action needed: approve your account merge' % A, dt('2025-06-07 14:05:51'),
    alt(t, html_of(t), 'ph2'), ('suspicious', False, None, []),
    'Real T&C From address and even the real case number, but DMARC/DKIM fail and the link is off-domain: phishing. case null (not genuinely part of the case).',
    mid='<7f3a90c1e2.20250607050551@mail-sender-48.net>',
    auth='mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=s1 header.b=Zz01abcd;\n       spf=fail (google.com: domain of bounce@mail-sender-48.net does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=mail-sender-48.net;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com')

# 027 Japanese reminder of the pending confirmation (Shift_JIS)
t = """竹村 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐藤でございます。

先日ケン ジよりお送りいたしました 3 つ目のアカウント（候補 ID: AWS09921467）の取り扱いにつきまして、まだご回答を頂戴しておりません。
統合作業はお客様のご判断をいただくまで一時停止しております。

アカウント #3 もアカウント #1 へ統合するか、それとも現状のまま残すか、本メールへのご返信にてお知らせいただけますでしょうか。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
[CASE %s]
""" % A
add('a_remind', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-09 10:15:30'),
    leaf('text/plain', t.replace('ケン ジ', 'ケンジ'), 'shift_jis', 'base64'), ('confirmation_request', True, A, [ID_X]),
    'Japanese reminder (Shift_JIS, base64) of the pending third-account decision; keigo ask, no closing threat, so not a closing notice.',
    auth=G_AMZ, irt='a_conf2', refs=['a_ack', 'a_conf2'])

# 028 owner answers
t = """佐藤様、Kenjiさん

ご連絡ありがとうございます。返信が遅れて失礼しました。
Account #3（AWS09921467）は誤って作成したものなので、これもAccount #1（AWS11740925）に統合してください。残すのはAccount #1です。

竹村

2025年6月9日(月) 10:15 Amazon Web Services Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 竹村 様
>
> 先日ケンジよりお送りいたしました 3 つ目のアカウント（候補 ID: AWS09921467）の取り扱いにつきまして、まだご回答を頂戴しておりません。
> [...]
"""
add('a_r4', (ME_NAME, ME_P), TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-09 12:02:47'),
    leaf('text/plain', t, 'utf-8', 'base64'), ('user_reply', False, A, [ID_X, ID_P]),
    'Owner (Japanese) says merge all three into Account #1; Gmail Japanese quote header.',
    mid=gm_id(28), irt='a_remind', refs=['a_ack', 'a_conf2', 'a_remind'])

# 029 JA progress: merging now
t = """竹村 様

ご確認いただき、誠にありがとうございます。
いただいたご回答に基づき、アカウント #2 および #3 をアカウント #1（AWS11740925）へ統合する作業を担当チームにて進めております。

作業が完了しましたら、改めて本ケースにてご連絡いたします。
現時点でお客様に追加でご対応いただくことはございません。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add('a_ip2', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-09 14:40:03'),
    alt(t + '\n[CASE %s]\n' % A, html_of(t + '\n[CASE %s]\n' % A), 'a_ip2', 'iso-2022-jp', '7bit'),
    ('case_update', False, A, [ID_P]),
    'Japanese "thank you for confirming, the team is merging now"; explicitly no action. multipart/alternative in ISO-2022-JP.',
    auth=G_AMZ, irt='a_r4', refs=['a_ack', 'a_remind', 'a_r4'], scs='iso-2022-jp')

# 030 JetBrains account merge (other vendor)
t = """Hello Ryo,

Your request #5520193 "Move license to personal JetBrains Account" has been solved.

I have merged your two JetBrains Accounts. The license previously assigned to takemura.ryo@hoshizora-tech.co.jp is now available under ryo.takemura.k@gmail.com, and the old account has been closed.

If anything doesn't look right, simply reply to this email within 7 days and the request will be reopened.

Best regards,
Olga
JetBrains Sales Support
"""
add('jb1', ('JetBrains Sales Support', 'sales@jetbrains.com'), ME_P,
    '[JetBrains] Request #5520193: Move license to personal JetBrains Account - Solved',
    dt('2025-06-09 17:25:40'), alt(t, html_of(t), 'jb1'), ('unrelated', False, None, []),
    'Other vendor: an account merge from company to personal address, "solved"; looks just like the AWS outcome.',
    auth=auth_google('jetbrains.com'))

# 031 resolved case A (Outlook-style history)
t = """Hello Ryo,

I have successfully merged all accounts. AWS03318842 and AWS09921467 have been merged into AWS11740925, which is now your only certification account. Your exam history, active certifications and the 50%% exam discount now appear under ryo.takemura.k@gmail.com.

It can take up to 48 hours for Credly and the partner dashboard to refresh.

If anything looks wrong when you sign in, just reply to this email and we'll take another look. Otherwise there is nothing more to do and this case is now resolved.

Best regards,
Kenji T.
AWS Training and Certification Customer Support

________________________________
From: Amazon Web Services Training and Certification
Sent: Saturday, June 7, 2025 1:44 AM
To: ryo.takemura.k@gmail.com
Subject: RE:[CASE %s] %s

Would you like Account #3 merged into Account #1 as well, with Account #1 remaining the account you keep? Or should Account #3 be left as it is?

________________________________
From: Amazon Web Services Training and Certification
Sent: Thursday, June 5, 2025 2:11 AM
Subject: RE:[CASE %s] %s

Do you want Account #2 merged into Account #1?
""" % (A, SUBJ_A, A, SUBJ_A)
add('a_done', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-06-10 04:58:12', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_done'), ('resolved', False, A, [ID_C, ID_X, ID_P]),
    'Merge done; conditional "if anything looks wrong, reply"; both old confirmation questions are quoted underneath.',
    auth=G_AMZ, irt='a_ip2', refs=['a_ack', 'a_conf2', 'a_ip2'])

# 032 Credly badge
t = """Ryo, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/4d7c2e91-0b6a-4f55-9c1e-2a8e77b31f02

Share it on LinkedIn and let your network know.

Credly, Inc. | 1 Penn Plaza, New York, NY
"""
add('cr1', ('Credly', 'admin@credly.com'), ME_P, 'Ryo, you earned a new badge from Amazon Web Services Training and Certification',
    dt('2025-06-10 14:03:22'), alt(t, html_of(t), 'cr1'), ('badge', False, None, []),
    'Credly badge after the merge; "accept your badge" call to action; UUID in the URL.', auth=auth_google('credly.com'))

# 033 survey case A
t = """Hello,

Your case %s was recently resolved. We'd like to hear how we did.

How satisfied were you with the support you received?
https://survey.aws-training.amazon.com/s/tc?case=%s&r=1  (1 - very dissatisfied)
https://survey.aws-training.amazon.com/s/tc?case=%s&r=5  (5 - very satisfied)

The survey takes about two minutes. Please do not reply to this message.

AWS Training and Certification
""" % (A, A, A)
add('a_surv', TC_FROM, ME_P, 'How did we do? Your AWS Training and Certification case %s' % A,
    dt('2025-06-11 06:00:00', UTC), alt(t, html_of(t), 'a_surv'), ('survey', False, A, []),
    'Satisfaction survey for case A; case number in subject without the [CASE] token.', auth=G_AMZ)

# 034 Credly lookalike
t = """Your Credly badges are scheduled for revocation.

We detected a change of issuer account for Amazon Web Services badges linked to this email. To keep your badges, verify your identity within 12 hours:

https://credly-badges-verify.net/login?e=ryo.takemura.k%40gmail.com

Credly Trust & Safety
"""
add('ph3', ('Credly Trust & Safety', 'security@credly-badges-verify.net'), ME_P,
    'Urgent: your AWS badges will be revoked', dt('2025-06-11 21:44:10'),
    leaf('text/html', html_of(t), 'utf-8', 'quoted-printable'), ('suspicious', False, None, []),
    'Fake Credly on a lookalike domain, timed right after the merge (plausible story about changed accounts).',
    auth='mx.google.com;\n       spf=neutral smtp.mailfrom=credly-badges-verify.net;\n       dmarc=none header.from=credly-badges-verify.net')

# 035 ack case D (JA)
t = """竹村 涼 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
ケース %s として承りました。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 特典
内容: アカウント統合後、旧アカウントにあった 50%% 割引バウチャーが新アカウントに表示されない。

担当者より通常 24 時間以内にご連絡いたします。
同じ内容で別のケースを作成されますと、対応が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート
""" % (D, D)
add('d_ack', TC_FROM, ME_P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % D,
    dt('2025-06-12 21:15:50'), leaf('text/plain', t, 'shift_jis', 'quoted-printable'),
    ('acknowledgement', False, D, []), 'Case D opened (voucher missing after merge); Japanese, Shift_JIS quoted-printable; different subject suffix.',
    auth=G_AMZ)

# 036 AWS billing
t = """Greetings from Amazon Web Services,

This e-mail confirms that we have received your payment of USD 3.42 for AWS account 418270553961.

Invoice number: 2041877310
Billing period: May 1 - May 31, 2025

You can view your invoices in the Billing and Cost Management console.

Sincerely,
Amazon Web Services
"""
add('bill1', ('Amazon Web Services', 'aws-billing@amazon.com'), ME_P, 'Amazon Web Services Payment Received - [AWS ID 418270553961]',
    dt('2025-06-13 08:02:15'), alt(t, html_of(t), 'bill1'), ('unrelated', False, None, []),
    'AWS billing with a 12-digit account ID and a 10-digit invoice number (neither is a case ID).', auth=G_AMZ)

# 037 info request case D
t = """Hello Ryo,

My name is Aiko and I'll be handling your benefits case.

Benefits are tied to the certification account where the exam was passed, and when accounts are merged they usually move with the history. In your case the discount does not show on AWS11740925, so I need to trace where it was issued.

Could you let me know the candidate ID of the account on which the voucher was originally issued, and the exam it came from? A screenshot of the Benefits page you saved before the merge would also help a lot, if you have one.

Thank you,
Aiko M.
AWS Training and Certification Customer Support
"""
add('d_info1', TC_FROM, ME_P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % D,
    dt('2025-06-13 03:41:27', UTC), alt(t + tc_footer(D), html_of(t + tc_footer(D)), 'd_info1'),
    ('info_request', True, D, [ID_P]), '"Could you let me know..." for a candidate ID plus optional screenshot, after an explanation.',
    auth=G_AMZ)

# 038 out-of-office from old company mailbox? -> certmetrics recert (certification)
t = """Congratulations on recertifying your AWS Certification!

Hi Ryo,

You have successfully recertified AWS Certified Developer - Associate. Your new expiration date is June 14, 2028.

Your digital badge will be updated on Credly within 5 business days.

AWS Certification
"""
add('cm2', ('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'Congratulations on recertifying your AWS Certification!',
    dt('2025-06-14 22:10:00'), alt(t, html_of(t), 'cm2'), ('certification', False, None, []),
    'Recertification notice; program mail, not case mail.', mid='<20250614131000.a81c44@certmetrics.com>',
    auth=auth_google('certmetrics.com'))

# 039 closing notice case D
t = """Hello Ryo,

We're following up on our message of June 13 about the missing exam discount. We haven't received the requested details yet.

If we don't hear from you within 72 hours, we'll assume the issue is no longer relevant and close this case. Replying to this email with the candidate ID will keep the case open.

Regards,
AWS Training and Certification Customer Support
"""
add('d_close', TC_FROM, ME_P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % D,
    dt('2025-06-16 04:00:09', UTC), leaf('text/plain', t + tc_footer(D), 'us-ascii'), ('closing_notice', True, D, []),
    'Closing notice after no answer; reply keeps the case open.', auth=G_AMZ)

# 040 owner reply with attachment
t = """Hi Aiko,

Sorry for the delay, I was busy with my last days at the old company.

The voucher was issued on my old company account, candidate ID AWS03318842, after I passed SAA-C03 in August 2022. A screenshot of the Benefits page taken on May 28 is attached.

Best regards,
Ryo Takemura

On Fri, Jun 13, 2025 at 12:41 PM Amazon Web Services Training and Certification <%s> wrote:
> Hello Ryo,
>
> My name is Aiko and I'll be handling your benefits case.
> [...]
> Could you let me know the candidate ID of the account on which the voucher was originally issued,
> and the exam it came from?
""" % TC
png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')
add('d_r1', (ME_NAME, ME_P), TC, 'Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % D,
    dt('2025-06-16 19:22:05'), multi('mixed', [leaf('text/plain', t, 'utf-8', 'quoted-printable'),
                                                attach('benefits-2025-05-28.png', 'image/png', png)], 'd_r1'),
    ('user_reply', False, D, [ID_C]), 'Owner answers with candidate ID and a PNG attachment (multipart/mixed).',
    mid=gm_id(40), irt='d_close', refs=['d_ack', 'd_info1', 'd_close'])

# 041 handed to benefits team
t = """Hi Ryo,

Thank you, that's exactly what I needed. I've passed the case with your screenshot to our Certification Benefits team, who can see voucher records across merged accounts. They'll pick it up within a few business days and will write to you directly on this case. You don't need to do anything else for now.

Best,
Aiko M.
AWS Training and Certification Customer Support
"""
add('d_hand', TC_FROM, ME_P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % D,
    dt('2025-06-17 02:12:45', UTC), alt(t + tc_footer(D), html_of(t + tc_footer(D)), 'd_hand'),
    ('case_update', False, D, []), 'Handed to another team; "you don\'t need to do anything else for now".',
    auth=G_AMZ, irt='d_r1', refs=['d_ack', 'd_info1', 'd_close', 'd_r1'])

# 042 console case ack
t = """Hello,

We have opened case %s to address your issue. The details of your case are as follows:

Case ID: %s
Subject: Certification account still opens from old AWS Builder ID
Severity: General guidance
Correspondence: After my certification accounts were merged (case %s), I can still sign in to the merged account with the Builder ID registered to my former company address. Please unlink it.

To contact us again about this issue, please log in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
This email address cannot accept incoming e-mails.
""" % (C, C, A, C)
add('c_ack', CONSOLE, ME_P, 'Amazon Web Services: New Support case: %s' % C, dt('2025-06-18 02:30:12', UTC),
    alt(t, html_of(t), 'c_ack'), ('acknowledgement', False, C, []),
    'Support Center (console) case, 11-digit ID; the correspondence mentions case A number as history, but the message belongs to C.',
    auth=G_AMZ)

# 043 console confirmation request
t = """Hello,

Thank you for contacting AWS Support.

Two AWS Builder IDs currently sign in to your merged certification account (candidate ID AWS11740925):

  1. Builder ID with email ryo.takemura.k@gmail.com
  2. Builder ID with email takemura.ryo@hoshizora-tech.co.jp

Only one sign-in can remain attached. Removing the other one is permanent. Please tell us which of the two Builder IDs should stay linked to the certification account.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Sandeep K.
Amazon Web Services

To see the file or images attached to this correspondence, and to respond, please open the case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This email address cannot accept incoming e-mails.
""" % C
add('c_conf', CONSOLE, ME_P, 'RE:[CASE %s] Certification account still opens from old AWS Builder ID' % C,
    dt('2025-06-18 09:51:40', UTC), alt(t, html_of(t), 'c_conf'), ('confirmation_request', True, C, [ID_P]),
    'Console case asks which sign-in to keep; answer only in the Support Center (reply by mail impossible); rating footer is noise.',
    auth=G_AMZ)

# 044 owner replies by email anyway
t = """Please keep number 1 (ryo.takemura.k@gmail.com) and remove the company Builder ID.

Ryo
"""
add('c_r1', (ME_NAME, ME_P), 'no-reply-aws@amazon.com', 'Re: RE:[CASE %s] Certification account still opens from old AWS Builder ID' % C,
    dt('2025-06-18 20:03:11'), leaf('text/plain', t, 'us-ascii'), ('user_reply', False, C, []),
    'Owner answers the console case by e-mail to the no-reply address (will bounce).', mid=gm_id(44), irt='c_conf')

# 045 bounce
t = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail

----- Original message -----
Subject: Re: RE:[CASE %s] Certification account still opens from old AWS Builder ID
Please keep number 1 (ryo.takemura.k@gmail.com) and remove the company Builder ID.
""" % C
add('c_bounce', ('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P, 'Delivery Status Notification (Failure)',
    dt('2025-06-18 20:03:15'), leaf('text/plain', t, 'us-ascii'), ('unrelated', False, C, []),
    'Bounce of the e-mail answer; not from support, but it belongs to case C (case number only in the returned copy). The owner must act in the console, yet support has not written anything new.',
    mid='<6851b3a3.050a0220.1c2b.9f01.GMR@mx.google.com>', irt='c_r1', extra=[('Auto-Submitted', 'auto-replied')])

# 046 owner's colleague OOO
t = """I am out of the office until June 23 with limited access to email. For urgent matters please contact cloud-team@aozora-cloud.jp.

竹村さん、入社手続きの件は来週ご連絡します。— 田中
"""
add('ooo1', ('田中 美咲', 'tanaka.misaki@aozora-cloud.jp'), ME_P, '自動応答: 入社書類について',
    dt('2025-06-19 09:00:41'), leaf('text/plain', t, 'utf-8', 'quoted-printable'), ('unrelated', False, None, []),
    'Out-of-office from the new employer; auto-reply.', auth=auth_google('aozora-cloud.jp'),
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# 047 benefits team info request (buried) case D
t = """Hello Ryo,

This is Tomasz from the Certification Benefits team. I've been asked to look at the exam discount that went missing after your merge.

The voucher record from AWS03318842 did come across with the merge. However, our system marks it as redeemed on November 2, 2024, against Pearson VUE registration 471902385. A redeemed voucher is not shown on the Benefits page, which would explain what you saw.

That registration was cancelled two days later, and normally a cancellation returns the voucher automatically; that did not happen here. Before I can issue a replacement, I need you to confirm that you did not sit an exam with that registration, and tell me whether the cancellation was made by you or by the test centre.

Kind regards,
Tomasz W.
Certification Benefits, AWS Training and Certification
"""
add('d_info2', TC_FROM, ME_P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % D,
    dt('2025-06-20 05:30:55', UTC), alt(t + tc_footer(D), html_of(t + tc_footer(D)), 'd_info2'),
    ('info_request', True, D, [ID_C]),
    'Second team asks "I need you to confirm..." deep in the mail; 9-digit Pearson VUE number is not a case ID. info_request (confirms a fact, not the merge).',
    auth=G_AMZ)

# 048 console closing notice
t = """Hello,

We haven't heard back from you regarding case %s. If we don't receive your response through the Support Center within the next 3 days, this case will be resolved automatically.

To respond, open the case here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

This email address cannot accept incoming e-mails.
""" % (C, C)
add('c_close', CONSOLE, ME_P, 'RE:[CASE %s] Certification account still opens from old AWS Builder ID' % C,
    dt('2025-06-21 09:51:40', UTC), leaf('text/plain', t, 'us-ascii'), ('closing_notice', True, C, []),
    'Console auto-resolve warning; the e-mail answer bounced so support is still waiting; must answer in the console.',
    auth=G_AMZ)

# 049 owner replies case D
t = """Hi Tomasz,

I confirm I did not take any exam with registration 471902385. I cancelled it myself on November 4, 2024 because of a business trip.

Thanks,
Ryo

On Fri, Jun 20, 2025 at 2:30 PM Amazon Web Services Training and Certification <%s> wrote:
> [...] Before I can issue a replacement, I need you to confirm that you did not sit an exam with
> that registration, and tell me whether the cancellation was made by you or by the test centre.
""" % TC
add('d_r2', (ME_NAME, ME_P), TC, 'Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % D,
    dt('2025-06-21 22:14:37'), leaf('text/plain', t, 'utf-8', 'quoted-printable'), ('user_reply', False, D, []),
    'Owner answers the benefits team.', mid=gm_id(49), irt='d_info2', refs=['d_ack', 'd_info2'])

# 050 console resolved with rating footer
t = """Hello,

Thank you for confirming in the Support Center that the Builder ID for ryo.takemura.k@gmail.com should remain. I have removed the Builder ID registered to takemura.ryo@hoshizora-tech.co.jp from your certification account. Signing in with that ID will now create no access to your certifications.

I'm marking this case as resolved. If you need further help on this topic, you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Sandeep K.
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
This email address cannot accept incoming e-mails.
""" % C
add('c_done', CONSOLE, ME_P, 'RE:[CASE %s] Certification account still opens from old AWS Builder ID' % C,
    dt('2025-06-22 03:10:02', UTC), alt(t, html_of(t), 'c_done'), ('resolved', False, C, []),
    'Console case resolved after the owner answered in the console (not visible in the mailbox); reopen option and rating footer.',
    auth=G_AMZ)

# 051 resolved case D (JA)
t = """竹村 様

AWS トレーニングと認定 特典担当でございます。
ご回答いただいた内容を確認のうえ、50%% 割引バウチャーを再発行し、認定アカウント（AWS11740925）の「特典」ページに追加いたしました。有効期限は 2026 年 6 月 23 日です。

本件に関するお手続きはこれで完了となります。
ほかにご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
[CASE %s]
""" % D
add('d_done', TC_FROM, ME_P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % D,
    dt('2025-06-23 11:02:19'), alt(t, html_of(t), 'd_done', 'utf-8', 'base64'), ('resolved', False, D, [ID_P]),
    'Voucher re-issued; Japanese with conditional "ご不明な点がございましたら、ご返信ください".',
    auth=G_AMZ, irt='d_r2', refs=['d_ack', 'd_info2', 'd_r2'])

# 052 survey case D (JA)
t = """AWS トレーニングと認定をご利用いただきありがとうございます。

先日クローズしたケース %s のサポートについて、簡単なアンケートにご協力ください（所要時間 約 2 分）。
https://survey.aws-training.amazon.com/s/tc?case=%s&lang=ja

※本メールは送信専用です。
""" % (D, D)
add('d_surv', TC_FROM, ME_P, 'サポートに関するアンケートのお願い（ケース %s）' % D, dt('2025-06-24 15:00:00'),
    leaf('text/plain', t, 'iso-2022-jp', '7bit'), ('survey', False, D, []),
    'Japanese survey for case D; the word お願い (request) in the subject.', auth=G_AMZ, scs='iso-2022-jp')

# 053 AWS Educate case (other program)
t = """Hello,

Thank you for contacting AWS Educate. We have opened case %s.

To move forward, could you tell us the name of the institution you are registering the cloud club for and your role there?

Best regards,
AWS Educate Support
""" % EDU
add('edu1', ('AWS Educate Support', 'aws-cs-educate-form@amazon.com'), ME_P,
    'RE:[CASE %s] [AWS Educate Form Submission] - cloud-club-registration' % EDU, dt('2025-06-25 01:20:33', UTC),
    leaf('text/plain', t, 'us-ascii'), ('unrelated', False, EDU, []),
    'AWS Educate form case (another AWS program) with a genuine question; same shape as a T&C case, but not one. case number kept, reply flag false.',
    auth=G_AMZ)

# 054 ack case E (JA)
t = """竹村 涼 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
ケース %s を作成いたしました。

■ケース ID: %s
■お問い合わせ内容: 新しい勤務先（Aozora Cloud 株式会社、APN パートナー）の Partner Central からサインインした際に作成された認定アカウントを、個人の認定アカウントへ統合したい。

通常 24 時間以内に担当者よりご連絡いたします。
すでにケースをお持ちの場合は、同様のご依頼で新しいケースを作成しないようお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""" % (E, E)
add('e_ack', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, SUBJ_A), dt('2025-06-26 10:02:40'),
    leaf('text/plain', t, 'iso-2022-jp', '7bit'), ('acknowledgement', False, E, []),
    'Case E opened (Japanese); contains お願い about duplicates, which is boilerplate.', auth=G_AMZ, scs='iso-2022-jp')

# 055 confirmation request case E (JA, HTML table)
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>竹村 様</p>
<p>お世話になっております。AWS トレーニングと認定サポートの中村でございます。</p>
<p>ご依頼内容を確認いたしましたところ、以下 2 つの認定アカウントが見つかりました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>アカウント 1</th><th>アカウント 2</th></tr>
<tr><td>候補 ID</td><td>AWS11740925</td><td>AWS12583306</td></tr>
<tr><td>ログインメール</td><td>ryo.takemura.k@gmail.com</td><td>r.takemura@aozora-cloud.jp</td></tr>
<tr><td>認定通知メール</td><td>ryo.takemura.k@gmail.com</td><td>r.takemura@aozora-cloud.jp</td></tr>
<tr><td>作成経路</td><td>AWS Builder ID</td><td>AWS Partner Central</td></tr>
</table>
<p>なお、アカウント 2 を残す場合は、認定資格が Aozora Cloud 株式会社のパートナー実績に自動的に共有されます。アカウント 1 を残す場合は、統合後に Partner Central の設定から共有を有効にしていただく必要がございます。</p>
<p>つきましては、両アカウントがご本人様のものであることをご確認のうえ、統合後に残すアカウントをお選びいただけますでしょうか。</p>
<p>ご返信をお待ちしております。</p>
<p>中村<br>AWS トレーニングと認定 カスタマーサポート</p>
<p style="color:#999">[CASE %s]</p>
</body></html>""" % E
add('e_conf', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, SUBJ_A), dt('2025-06-27 14:33:08'),
    leaf('text/html', h, 'utf-8', 'base64'), ('confirmation_request', True, E, [ID_P, ID_N]),
    'Japanese HTML-only table, keigo ask (お選びいただけますでしょうか) after an explanation of the consequences of each choice.',
    auth=G_AMZ)

# 056 GitHub on personal
t = """@ryo-tkmr your pull request was merged.

ryo-tkmr/aws-cert-notes#7  "Add merge checklist for certification accounts"

You can delete the branch merge-checklist now.
"""
add('gh2', ('GitHub', 'notifications@github.com'), ME_P, '[ryo-tkmr/aws-cert-notes] Add merge checklist for certification accounts (#7)',
    dt('2025-06-27 22:40:15'), leaf('text/plain', t, 'us-ascii'), ('unrelated', False, None, []),
    'GitHub "pull request was merged" about a repo of notes on certification account merges.',
    mid='<ryo-tkmr/aws-cert-notes/pull/7/merged@github.com>', auth=auth_google('github.com'))

# 057 owner answers E
t = """中村様

ご連絡ありがとうございます。
どちらも私のアカウントです。アカウント1（AWS11740925）を残してください。
共有設定は統合後に自分でPartner Centralから行います。

竹村

2025年6月27日(金) 14:33 Amazon Web Services Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 竹村 様
> ご依頼内容を確認いたしましたところ、以下 2 つの認定アカウントが見つかりました。
> [...]
> 統合後に残すアカウントをお選びいただけますでしょうか。
"""
add('e_r1', (ME_NAME, ME_P), TC, 'Re: RE:[CASE %s] %s' % (E, SUBJ_A), dt('2025-06-27 23:05:51'),
    leaf('text/plain', t, 'utf-8', 'base64'), ('user_reply', False, E, [ID_P]),
    'Owner chooses account 1 (Japanese).', mid=gm_id(57), irt='e_conf', refs=['e_ack', 'e_conf'])

# 058 E handed over (JA)
t = """竹村 様

ご確認いただきありがとうございます。
アカウント 2（AWS12583306）をアカウント 1（AWS11740925）へ統合するよう、担当部署へ引き継ぎました。
担当部署での作業には数営業日かかる場合がございます。進捗がございましたら本ケースにてお知らせいたします。

中村
AWS トレーニングと認定 カスタマーサポート
[CASE %s]
""" % E
add('e_hand', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, SUBJ_A), dt('2025-06-30 10:20:44'),
    leaf('text/plain', t, 'shift_jis', 'base64'), ('case_update', False, E, [ID_N, ID_P]),
    'Japanese "thanks for confirming, handed to the responsible team"; no question.', auth=G_AMZ,
    irt='e_r1', refs=['e_ack', 'e_conf', 'e_r1'], scs='shift_jis')

# 059 E partner hold (JA, no question)
t = """竹村 様

中村でございます。
アカウント 2 は Aozora Cloud 株式会社のパートナーアカウントに関連付けられているため、統合の前にパートナー側管理者の承認が必要となります。
現在、担当部署より同社の管理者へ承認を依頼しており、承認をいただくまで本ケースは保留とさせていただきます。

お客様に現時点でご対応いただくことはございません。承認が得られ次第、作業を再開いたします。

中村
AWS トレーニングと認定 カスタマーサポート
[CASE %s]
""" % E
add('e_hold', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, SUBJ_A), dt('2025-07-01 16:48:12'),
    alt(t, html_of(t), 'e_hold', 'utf-8', 'quoted-printable'), ('on_hold', False, E, []),
    'Japanese partner hold, waiting on the new employer\'s admin; explicitly nothing for the owner to do.', auth=G_AMZ)

# 060 owner reopens case A (reply to the resolved mail)
t = """Hi Kenji,

Sorry to come back to this. My AWS Certified Cloud Practitioner (passed in 2021) is not in the exam history of AWS11740925. I think I took that exam before joining Hoshizora Tech. Could you check?

Thanks,
Ryo

On Tue, Jun 10, 2025 at 1:58 PM Amazon Web Services Training and Certification <%s> wrote:
> Hello Ryo,
>
> I have successfully merged all accounts. [...]
> If anything looks wrong when you sign in, just reply to this email and we'll take another look.
""" % TC
add('a_r5', (ME_NAME, ME_P), TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-07-02 08:30:27'),
    leaf('text/plain', t, 'utf-8', 'quoted-printable'), ('user_reply', False, A, [ID_P]),
    'Owner answers the resolved mail (uses its conditional invitation) to report a missing exam: reopens A.',
    mid=gm_id(60), irt='a_done', refs=['a_ack', 'a_done'])

# 061 case A reopened
t = """Hi Ryo,

No problem at all. I've reopened case %s and I'm searching our records for your 2021 exam. This can take a day or two because older records are kept in a separate system. I'll write back with what I find.

Regards,
Kenji T.
AWS Training and Certification Customer Support
""" % A
add('a_reopen', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-07-02 02:05:40', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_reopen'), ('case_update', False, A, []),
    'Case reopened, still researching; asks nothing.', auth=G_AMZ, irt='a_r5', refs=['a_ack', 'a_done', 'a_r5'])

# 062 case E hold lifted + progress (JA) -- no ask
t = """竹村 様

中村でございます。
Aozora Cloud 株式会社の管理者様より承認をいただきましたので、保留を解除し、統合作業を再開いたしました。
完了まで今しばらくお待ちくださいませ。

中村
[CASE %s]
""" % E
add('e_lift', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, SUBJ_A), dt('2025-07-03 11:11:11'),
    leaf('text/plain', t, 'iso-2022-jp', '7bit'), ('case_update', False, E, []),
    'Japanese hold lifted; お待ちくださいませ is a courtesy, not a request.', auth=G_AMZ, scs='iso-2022-jp')

# 063 case A info request (fourth account?)
t = """Hi Ryo,

I found a 2021 Cloud Practitioner result, but it sits on a certification account that is not linked to any of the addresses we merged. It was registered with a university address ending in @st.kanto-u.ac.jp.

To make sure it is really yours, please reply with the email address you used for that account and, if you still know it, its candidate ID. I can't look it up any further without that.

Regards,
Kenji T.
AWS Training and Certification Customer Support
"""
add('a_info', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-07-04 00:58:21', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_info'), ('info_request', True, A, []),
    'Reopened case asks for the old address and candidate ID (information, not yet a merge confirmation).',
    auth=G_AMZ, irt='a_reopen', refs=['a_ack', 'a_r5', 'a_reopen'])

# 064 newsletter
t = """Publickey 週刊ダイジェスト 2025/07/04

・AWS、認定資格の更新ポリシーを変更へ
・GitHub、マージキューを全プランで提供開始
・国内クラウド人材調査 2025

配信停止: https://www.publickey1.jp/unsubscribe
"""
add('nl1', ('Publickey', 'news@publickey1.jp'), ME_P, 'Publickey 週刊ダイジェスト 2025/07/04',
    dt('2025-07-04 12:00:00'), leaf('text/plain', t, 'utf-8', 'base64'), ('unrelated', False, None, []),
    'Japanese newsletter with AWS certification and merge headlines.', auth=auth_google('publickey1.jp'),
    extra=[('List-Unsubscribe', '<https://www.publickey1.jp/unsubscribe>')])

# 065 owner answers
t = """Hi Kenji,

Yes, that's mine: I used r.takemura@st.kanto-u.ac.jp while I was a student. The candidate ID should be AWS07760214.

Ryo
"""
add('a_r6', (ME_NAME, ME_P), TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-07-04 21:17:03'),
    leaf('text/plain', t, 'us-ascii'), ('user_reply', False, A, [ID_U]),
    'Short top reply with no quote.', mid=gm_id(65), irt='a_info', refs=['a_ack', 'a_reopen', 'a_info'])

# 066 confirmation request 4th account (short, no please)
t = """Hi Ryo,

Thanks. Account details:

Account #4
Candidate ID: AWS07760214
Login email: r.takemura@st.kanto-u.ac.jp
Certification: AWS Certified Cloud Practitioner (expired 2024)

Merge into Account #1 (AWS11740925)? A yes is enough.

Kenji T.
AWS Training and Certification Customer Support
"""
add('a_conf3', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-07-07 02:40:00', UTC),
    leaf('text/plain', t + tc_footer(A), 'us-ascii'), ('confirmation_request', True, A, [ID_U, ID_P]),
    'Terse confirmation request on the reopened case: a bare question, "A yes is enough".',
    auth=G_AMZ, irt='a_r6', refs=['a_ack', 'a_info', 'a_r6'])

# 067 case E resolved (JA, quoting the old request with 「より:」)
t = """竹村 様

中村でございます。
アカウント 2（AWS12583306）のアカウント 1（AWS11740925）への統合が完了いたしました。
Partner Central での共有設定を有効にしていただくと、Aozora Cloud 株式会社の実績に反映されます（反映まで最大 1 週間ほどかかります）。

本件はこれにて完了とさせていただきます。

中村
AWS トレーニングと認定 カスタマーサポート
[CASE %s]

2025/06/27 14:33、AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com> より:
> 竹村 様
> 以下 2 つの認定アカウントが見つかりました。
> つきましては、両アカウントがご本人様のものであることをご確認のうえ、
> 統合後に残すアカウントをお選びいただけますでしょうか。
> ご返信をお待ちしております。
""" % E
add('e_done', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, SUBJ_A), dt('2025-07-08 10:30:19'),
    leaf('text/plain', t, 'shift_jis', 'quoted-printable'), ('resolved', False, E, [ID_N, ID_P]),
    'Japanese completion; the earlier keigo request is quoted underneath with a 「より:」 header; setting the sharing is the owner\'s own follow-up, not a reply.',
    auth=G_AMZ, irt='e_r1', refs=['e_ack', 'e_conf', 'e_r1'], scs='shift_jis')

# 068 fake Pearson VUE
t = """Dear Candidate,

Your AWS exam appointment has been cancelled due to a payment verification problem. To keep your slot, pay the re-verification fee of USD 15 within 24 hours:

https://pearsonvue-exams-verify.com/pay?ref=482913377

Pearson VUE Candidate Services
"""
add('ph4', ('Pearson VUE', 'candidate-services@pearsonvue-exams-verify.com'), ME_P,
    'Your AWS exam appointment was cancelled - action required', dt('2025-07-08 19:55:03'),
    alt(t, html_of(t), 'ph4'), ('suspicious', False, None, []),
    'Exam-vendor lookalike asking for payment, reusing a real registration number.',
    auth='mx.google.com;\n       spf=pass smtp.mailfrom=pearsonvue-exams-verify.com;\n       dmarc=none header.from=pearsonvue-exams-verify.com')

# 069 closing notice case A (reopened)
t = """Hello Ryo,

We asked you on July 7 to confirm the merge of Account #4 (AWS07760214) and have not heard back.

This case will be closed automatically in 5 days. If you still want your 2021 Cloud Practitioner record moved, just reply with your confirmation and the case stays open. If the case closes, you can still reply later to reopen it.

AWS Training and Certification Customer Support
"""
add('a_close', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-07-10 03:00:00', UTC),
    alt(t + tc_footer(A), html_of(t + tc_footer(A)), 'a_close'), ('closing_notice', True, A, [ID_U]),
    'Closing notice on the reopened case; restates a pending merge confirmation (kind closing_notice wins over confirmation_request).',
    auth=G_AMZ)

# 070 owner confirms (forwards to himself first? no: direct reply, Outlook.com style)
t = """Yes, please merge Account #4 into Account #1. Sorry for the slow reply.

Ryo Takemura

From: Amazon Web Services Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, July 10, 2025 12:00
To: ryo.takemura.k@gmail.com
Subject: RE:[CASE %s] %s

Hello Ryo,

We asked you on July 7 to confirm the merge of Account #4 (AWS07760214) and have not heard back.
""" % (A, SUBJ_A)
add('a_r7', (ME_NAME, ME_P), TC, 'RE: RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-07-10 21:06:44'),
    alt(t, html_of(t), 'a_r7'), ('user_reply', False, A, []),
    'Owner confirms; quoted header block without ">" (Outlook style), candidate ID only in the quote.',
    mid=gm_id(70), irt='a_close', refs=['a_ack', 'a_conf3', 'a_close'], crlf=True)

# 071 thanks for confirming again
t = """Hi Ryo,

Thanks for confirming once more. The merge of Account #4 into Account #1 is with our records team now. I'll update the case when it's done; you don't need to reply.

Kenji T.
AWS Training and Certification Customer Support
"""
add('a_ip3', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-07-11 01:12:30', UTC),
    leaf('text/plain', t + tc_footer(A), 'us-ascii'), ('case_update', False, A, []),
    'Third "thanks for confirming, in progress" on the same case; "you don\'t need to reply".',
    auth=G_AMZ, irt='a_r7', refs=['a_ack', 'a_close', 'a_r7'])

# 072 Credly badge for E / sharing
t = """Your AWS Certified Solutions Architect - Professional badge is ready.

Amazon Web Services Training and Certification issued this badge to ryo.takemura.k@gmail.com on July 11, 2025.

Accept it here: https://www.credly.com/badges/91ab2cf0-77d4-4c1a-b1f1-3f6e0d6a4c88/accept
"""
add('cr2', ('Credly', 'admin@credly.com'), ME_P, 'Claim your AWS Certified Solutions Architect - Professional badge',
    dt('2025-07-11 18:30:02'), leaf('text/html', html_of(t), 'utf-8', 'quoted-printable'), ('badge', False, None, []),
    'Credly badge, HTML only; "Claim your badge" imperative.', auth=auth_google('credly.com'))

# 073 certification: exam result
t = """Congratulations, Ryo!

You have passed the AWS Certified Solutions Architect - Professional exam taken on July 9, 2025. Your score report is available in your AWS Certification Account.

Candidate ID: AWS11740925
"""
add('cm3', ('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'AWS Certification: your exam results are available',
    dt('2025-07-11 22:00:00'), alt(t, html_of(t), 'cm3'), ('certification', False, None, [ID_P]),
    'Exam result notice with candidate ID (arrives after the Credly badge: real mail is not always in logical order).',
    mid='<20250711130000.c9e1@certmetrics.com>', auth=auth_google('certmetrics.com'))

# 074 resolved case A again (short)
t = """Hi Ryo,

Done: AWS07760214 has been merged into AWS11740925 and your 2021 Cloud Practitioner result now shows in your exam history. No further action is required on your part, and I'm closing the case.

Kenji T.
AWS Training and Certification Customer Support
"""
add('a_done2', TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt('2025-07-14 03:22:48', UTC),
    leaf('text/plain', t + tc_footer(A), 'us-ascii'), ('resolved', False, A, [ID_U, ID_P]),
    'Second resolution of the reopened case; "no further action is required".', auth=G_AMZ,
    irt='a_ip3', refs=['a_ack', 'a_r7', 'a_ip3'])

# 075 forwarded copy to new employer's manager (user_reply)
t = """山口さん

AWS認定アカウントの統合が完了しました。以下、サポートからの連絡を転送します。
Partner Centralの共有設定も有効にしましたので、来週には御社の実績に反映されるはずです。

竹村

---------- Forwarded message ---------
From: Amazon Web Services Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年7月8日(火) 10:30
Subject: RE:[CASE %s] %s
To: <ryo.takemura.k@gmail.com>

竹村 様
アカウント 2（AWS12583306）のアカウント 1（AWS11740925）への統合が完了いたしました。
""" % (E, SUBJ_A)
add('fw1', (ME_NAME, ME_P), ('山口 誠', 'yamaguchi.makoto@aozora-cloud.jp'), 'Fwd: RE:[CASE %s] %s' % (E, SUBJ_A),
    dt('2025-07-14 13:40:22'), leaf('text/plain', t, 'utf-8', 'base64'), ('user_reply', False, E, []),
    'Owner forwards the case E completion to his new manager; the IDs appear only in the forwarded part.',
    mid=gm_id(75), irt='e_done')

# 076 survey for A (again) -- with conditional reply
t = """Hello Ryo,

Your recent case %s with AWS Training and Certification has been closed. Could you spare a minute to tell us about your experience?

Rate your experience: https://survey.aws-training.amazon.com/s/tc?case=%s

If you still need help with this issue, reply to this email and your case will be reopened.
""" % (A, A)
add('a_surv2', TC_FROM, ME_P, 'RE:[CASE %s] Tell us about your experience' % A, dt('2025-07-15 06:00:00', UTC),
    alt(t, html_of(t), 'a_surv2'), ('survey', False, A, []),
    'Survey carrying the [CASE] subject token, a "Could you spare a minute" question and a conditional reopen invitation.',
    auth=G_AMZ)

README_HEAD = """me: ryo.takemura.k@gmail.com takemura.ryo@hoshizora-tech.co.jp

# blind-127: held-out support-case mail (one mailbox, May to July 2025)

Run `python3 gen.py` from any directory to (re)write every `NNN-msg.eml` / `NNN-msg.json` and this
README next to the script. Standard library only. It prints how many messages there are of each kind.

The mailbox owner is Ryo Takemura (竹村 涼). He sends from the two addresses on the first line: his
personal Gmail and his company address at Hoshizora Tech, an AWS partner he leaves on 13 June 2025
(the company mailbox closes that evening). From July he works at Aozora Cloud, another partner; he
never sends from that address, so it does not count as his.
The files hold his mail in arrival order: what he received, and copies of what he sent.

Roughly half of the set (37 of 76) is support mail about the accounts themselves: which accounts
were found, which one is kept, a confirmation he already gave, requests to confirm again, and
progress notes. Some of these ask something and some don't, in English and in Japanese.

## Cases

| case | channel | what happens |
|---|---|---|
| 174847963900417 (A, 15 digits) | T&C form, English (one Japanese agent) | Company to personal merge. Put on hold because of the APN partner, with a question buried in the hold. He answers and it is handed to partner operations; the hold is lifted. Confirmation request: he confirms from the wrong address and is asked to write again from the address he keeps. Then "thanks, merging now". A third account turns up, so he is asked to confirm again, with a Japanese reminder; he answers; Japanese "merging now"; resolved. Later he reopens it (missing 2021 exam). Info request, then a fourth account to confirm, a closing notice, his confirmation, "in progress", resolved again. Two surveys. |
| 174848088200208 (B, 15 digits) | T&C form, Japanese ack | Duplicate of A opened from the company address. Support links it to A and closes it. |
| 174973053700863 (D, 15 digits) | T&C form, "certification-benefits" | The 50 % voucher is missing after the merge. Japanese ack, info request, closing notice, his reply with an attachment, handed to the benefits team, second info request (9-digit Pearson VUE number inside), his reply, resolved in Japanese, Japanese survey. |
| 17498822641 (C, 11 digits) | Support Center (console) | The old Builder ID still signs in. Asks which sign-in to keep, which can only be answered in the console. He answers by e-mail and it bounces. Auto-resolve warning, then resolved (his console answer is not in the mailbox). |
| 175089973100194 (E, 15 digits) | T&C form, all Japanese | Merges an account created through the new employer's Partner Central. Choose which account to keep (HTML-only table, keigo); he chooses; handed over; partner hold with nothing to do; hold lifted; resolved; he forwards it to his manager. |
| 174941736200051 | AWS Educate form (other program) | One mail with a real question. It is not a T&C case. |

## Labelling decisions (judgement calls)

Rule applied throughout: needs_reply is true only if AWS T&C support (or the console for a T&C
matter) is now waiting on a message from Ryo. Everything else is false, even when it contains
"please", a question, or お願い.

1. **"Thanks for confirming, the team is merging now"** (023, 029, 071) and **"handed to another
   team"** (013, 041, 058) are `case_update` / false. They talk at length about the accounts and the
   confirmation, and 023 quotes the old request with its question in full. Nothing is asked now.
2. **Hold lifted, but a request is promised** (018: "I will send them to you... for review"):
   `case_update` / false. A request that will come later is not one yet.
3. **Confirmed from the wrong address** (021): `info_request` / true. Ryo has already made the merge
   decision, so support is not asking for a new choice. It is asking him to write from the personal
   address, and the brief lists that under info_request.
4. **Confirm again** (025: third account found; 066: fourth account) and the Japanese **reminder** of
   a pending decision (027): `confirmation_request` / true, even though an earlier confirmation
   exists. 027 has no closing threat, so it is not a `closing_notice`.
5. **Closing notice that restates a pending confirmation** (069): `closing_notice` / true. Closing is
   the more specific kind.
6. **Holds**: 008 ends with a question, so it is `on_hold` / true. 015 and 059 are `on_hold` / false
   because the partner has to act and the owner has nothing to do.
7. **Buried question after a long explanation from a second team** (047: "I need you to confirm that
   you did not sit an exam...") is `info_request` / true. It asks him to confirm a fact, not the
   merge, so it is not a confirmation_request.
8. **Console case** (043, 048): true, even though an e-mail reply is impossible. The owner must
   answer, in the Support Center. 043 asks which Builder ID sign-in stays linked, which is a choice
   of what to keep, so it is `confirmation_request`. The rating footer does not matter. The bounce
   of his e-mail answer (045) is `unrelated` / false. I kept case = C because the owner would file it
   with that case: it is the only sign that his answer never arrived.
9. **Resolved mail with a conditional invitation** ("if anything looks wrong, reply"; 031, 051) is
   `resolved` / false. The requests quoted below 031 and 067 are history. The owner later uses that
   invitation to reopen A (060 is his own mail).
10. **Automatic "we received your reply"** (011) is `acknowledgement` / false, even though it arrives
    mid-case and is not the opening ack.
11. **Duplicate case closed/linked** (009) is `case_update` / false, with case = B (the subject token)
    even though the body names A. Acks and the console ack that mention another case number also
    keep their own case.
12. **Phishing that uses the real sender address and the real case number** (026, dmarc=fail):
    `suspicious` / false, case = null, because it does not really belong to the case. The other
    suspicious mails use lookalike domains (amazon-certsupport.com, credly-badges-verify.net,
    pearsonvue-exams-verify.com).
13. **Other programs and vendors**: the AWS Educate form case (053) asks a real question, but it is
    not T&C, so `unrelated` / false. I kept its AWS case number because it is a genuine AWS support
    case. The JetBrains "accounts merged, solved" mail (030) is `unrelated` with case = null:
    non-AWS request numbers are not case IDs. The colleague asking for an account handover (016)
    and company IT (007) are `unrelated`.
14. **Surveys**: 076 carries the `[CASE]` token and says "Could you spare a minute", with a
    conditional reopen. It is still `survey` / false.
15. **Forwards and notes by the owner** (003, 075) are `user_reply`, whoever they are sent to.
16. **candidate_ids**: I list the IDs in the message's own new text, in order. Quoted or forwarded
    parts don't count (003 counts its memo only; 070 and 075 have IDs only in quoted or forwarded
    text, so their lists are empty). The ack's echo of the submitted form (005) counts, because it
    is support's own text in that mail, not a quoted reply. The HTML table in 019 lists Account #1's
    ID first, and so does the plain part.
17. The **case** for the owner's own replies is the case they answer (from the subject token or
    threading). Program mail (CertMetrics, Credly) has case = null.

## Messages
"""



def main():
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    cnt = collections.Counter()
    rows = []
    for n, raw, lab, note in MSGS:
        with open(os.path.join(OUT, '%03d-msg.eml' % n), 'wb') as fh:
            fh.write(raw)
        with open(os.path.join(OUT, '%03d-msg.json' % n), 'w', encoding='utf-8') as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write('\n')
        cnt[lab['kind']] += 1
        rows.append('| %03d | %s | %s | %s |' % (n, lab['kind'], 'yes' if lab['needs_reply'] else 'no', note))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README_HEAD)
        fh.write('\n| # | kind | reply? | what it is / what makes it hard |\n|---|---|---|---|\n')
        fh.write('\n'.join(rows) + '\n')
    for k, v in sorted(cnt.items()):
        print('%-22s %d' % (k, v))
    print('%-22s %d' % ('TOTAL', len(MSGS)))
    print('needs_reply=true       %d' % sum(1 for m in MSGS if m[2]['needs_reply']))



if __name__ == '__main__':
    main()
