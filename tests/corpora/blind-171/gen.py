#!/usr/bin/env python3
"""Generate blind corpus blind-171 (standard library only).

Run: python3 gen.py   -> writes NNN-msg.eml / NNN-msg.json next to this script.
"""
import base64
import html as htmlmod
import json
import os
import quopri
import random
import re
from collections import Counter, OrderedDict
from datetime import datetime
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(171)

ME_NAME = 'Aoi Tachibana'
ME_P = 'aoi.tachibana.dev@gmail.com'
ME_C = 'aoi.tachibana@kitaura-sys.co.jp'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

CASE_A = '174012583900231'   # merge case (form, 15 digits)
CASE_B = '174021877400518'   # duplicate form case (15 digits)
CASE_C = '17405624013'       # console case, exam result missing (11 digits)
CASE_D = '13926408571'       # Japanese form case, name on certificate (11 digits)
CASE_E = '5820417396'        # Credly link case (10 digits), closed for no reply
CASE_F = '7291034658'        # voucher move case (10 digits), company address
CASE_G = '174150662700914'   # exam voucher refund case (15 digits)
CASE_H = '17419877310'       # Japanese console case, sign-in (11 digits)

CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
          'us-ascii': 'ascii'}

MSGS = []
THREADS = {}


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def hval(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    return formataddr((name, email), charset=cs)


def leaf(ctype, text, cs='utf-8', cte='quoted-printable', extra=None):
    data = text.encode(CODECS[cs])
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    hs = [('Content-Type', f'{ctype}; charset="{cs}"'), ('Content-Transfer-Encoding', cte)]
    if extra:
        hs += extra
    return hs, body


def attachment(ctype, filename, data):
    hs = [('Content-Type', f'{ctype}; name="{filename}"'),
          ('Content-Disposition', f'attachment; filename="{filename}"'),
          ('Content-Transfer-Encoding', 'base64')]
    return hs, base64.encodebytes(data)


def hbytes(hs):
    return b''.join(f'{k}: {v}\n'.encode('ascii') for k, v in hs)


def multi(sub, parts):
    b = '----=_Part_' + str(R.randint(100000, 999999)) + '_' + str(R.randint(10 ** 8, 10 ** 9))
    body = b''
    for ph, pb in parts:
        body += b'--' + b.encode() + b'\n' + hbytes(ph) + b'\n' + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return [('Content-Type', f'multipart/{sub}; boundary="{b}"')], body


def to_html(new, quote='', quote_intro=''):
    def paras(t):
        out = []
        for p in t.strip('\n').split('\n\n'):
            out.append('<p>' + htmlmod.escape(p).replace('\n', '<br>\n') + '</p>')
        return '\n'.join(out)
    h = ('<html><head></head>'
         '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + paras(new))
    if quote:
        q = '\n'.join(l[1:].lstrip() if l.startswith('>') else l for l in quote.strip('\n').split('\n'))
        h += '\n<div class="quote">' + paras(quote_intro) if quote_intro else '\n<div class="quote">'
        h += '\n<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n' + paras(q) + '\n</blockquote></div>'
    return h + '\n</body></html>\n'


def msgid_for(frm_email):
    dom = frm_email.split('@')[1]
    if dom in ('amazon.com',):
        return f'<01000195{rhex(8)}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@email.amazonses.com>'
    if dom == 'gmail.com':
        return f'<CA+{ralnum(40)}@mail.gmail.com>'
    if dom == 'kitaura-sys.co.jp':
        n = R.randint(1000, 9999)
        return f'<TY3PR01MB{n}{ralnum(12).upper()}@TY3PR01MB{n}.jpnprd01.prod.outlook.com>'
    return f'<{rhex(16)}.{R.randint(1000, 99999)}@{dom}>'


def auth_for(frm_email, to_email, result='pass', dkim_dom=None):
    dom = frm_email.split('@')[1]
    dkim_dom = dkim_dom or dom
    if to_email.endswith('@gmail.com'):
        if result == 'pass':
            return (f'mx.google.com;\n       dkim=pass header.i=@{dkim_dom} header.s={ralnum(8).lower()} header.b={ralnum(8)};\n'
                    f'       spf=pass (google.com: domain of bounce@{dom} designates 54.240.{R.randint(1, 60)}.{R.randint(1, 250)} as permitted sender) smtp.mailfrom=bounce@{dom};\n'
                    f'       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}')
        return (f'mx.google.com;\n       dkim=fail header.i=@{dom} header.s=ug7nbtf4 header.b={ralnum(8)};\n'
                f'       spf=softfail (google.com: domain of transitioning {frm_email} does not designate 185.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)} as permitted sender) smtp.mailfrom={frm_email};\n'
                f'       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={dom}')
    ip = f'54.240.{R.randint(1, 60)}.{R.randint(1, 250)}'
    if result == 'pass':
        return (f'spf=pass (sender IP is {ip}) smtp.mailfrom={dom}; dkim=pass (signature was verified)\n'
                f' header.d={dkim_dom};dmarc=pass action=none header.from={dom};compauth=pass reason=100')
    return (f'spf=fail (sender IP is 91.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}) smtp.mailfrom={dom}; dkim=none (message not signed)\n'
            f' header.d=none;dmarc=fail action=quarantine header.from={dom};compauth=fail reason=000')


def add(kind, reply, case, date, frm, to, subject, new, quote='', *, cc=None, fmt='alt', html=None,
        cs='utf-8', cte='quoted-printable', hcs=None, crlf=False, thread=None, auth='pass',
        extra=None, quote_intro='', attach=None, note=''):
    """frm/to: (name, email). new = author's own text, quote = quoted history (already formatted)."""
    hcs = hcs or cs
    frm_name, frm_email = frm
    to_list = to if isinstance(to, list) else [to]
    dt = datetime.strptime(date, '%Y-%m-%d %H:%M:%S %z')
    mid = msgid_for(frm_email)
    hs = []
    mine = frm_email in (ME_P, ME_C)
    rcpt = to_list[0][1]
    if not mine:
        if auth == 'fail':
            rp = f'bounce-{rhex(10)}@mailer-{rhex(4)}.ru'
        elif 'amazon' in frm_email:
            rp = f'{rhex(16)}-{rhex(8)}@amazonses.com'
        else:
            rp = frm_email
        hs.append(('Return-Path', f'<{rp}>'))
        hs.append(('Received', f'from mail-{rhex(6)}.{frm_email.split("@")[1]} ({R.randint(10, 200)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)})\n'
                               f' by {"mx.google.com" if rcpt.endswith("gmail.com") else "TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM"} with ESMTPS id {ralnum(12)};\n {format_datetime(dt)}'))
        if auth:
            hs.append(('Authentication-Results', auth_for(frm_email, rcpt, auth)))
    else:
        if frm_email == ME_P:
            hs.append(('Received', f'by 2002:a05:6a10:{rhex(4)} with SMTP id {ralnum(10)};\n {format_datetime(dt)}'))
    hs.append(('MIME-Version', '1.0'))
    hs.append(('Date', format_datetime(dt)))
    hs.append(('From', addr(frm_name, frm_email, hcs)))
    hs.append(('To', ', '.join(addr(n, e, hcs) for n, e in to_list)))
    if cc:
        hs.append(('Cc', ', '.join(addr(n, e, hcs) for n, e in cc)))
    hs.append(('Subject', hval(subject, hcs)))
    hs.append(('Message-ID', mid))
    if thread:
        prev = THREADS.setdefault(thread, [])
        if prev:
            hs.append(('In-Reply-To', prev[-1]))
            hs.append(('References', '\n '.join(prev[-8:])))
        prev.append(mid)
    for k, v in (extra or []):
        hs.append((k, v))

    text = new if not quote else new.rstrip('\n') + '\n\n' + (quote_intro + '\n' if quote_intro else '') + quote
    if fmt == 'plain':
        bh, body = leaf('text/plain', text, cs, cte)
    elif fmt == 'html':
        bh, body = leaf('text/html', html or to_html(new, quote, quote_intro), cs, cte)
    else:
        t = leaf('text/plain', text, cs, cte)
        h = leaf('text/html', html or to_html(new, quote, quote_intro), cs, cte)
        bh, body = multi('alternative', [t, h])
    if attach:
        bh, body = multi('mixed', [(bh, body)] + attach)
    raw = hbytes(hs + bh) + b'\n' + body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    ids = list(OrderedDict.fromkeys(re.findall(r'AWS\d{8}', new)))
    MSGS.append(dict(dt=dt, raw=raw, label={'kind': kind, 'needs_reply': reply, 'case': case,
                                     'candidate_ids': ids}, note=note, date=date, subject=subject))


# ---------------------------------------------------------------- people
TC_FORM = ('AWS Training and Certification', FORM)
TC_FORM_BARE = ('', FORM)
AWS_CONSOLE = ('Amazon Web Services', NOREPLY)
P = (ME_NAME, ME_P)
C = (ME_NAME, ME_C)
C_JA = ('橘 葵', ME_C)
P_JA = ('橘 葵', ME_P)
CERTM = ('AWS Certification', 'do-not-reply@certmetrics.com')
CREDLY = ('Credly', 'admin@credly.com')
GH = ('GitHub', 'notifications@github.com')

CONSOLE_FOOT = ("\n\nTo see the case or add a reply, sign in to the Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
                "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To respond, use the link above.\n\n"
                "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
                "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")

CONSOLE_FOOT_JA = ("\n\nケースの確認や返信は、サポートセンターにサインインして行ってください:\n"
                   "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n"
                   "このメールは送信専用アドレスから送信されています。このアドレスは受信メールを受け付けることができません。\n"
                   "上記リンクからご返信ください。\n\n"
                   "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n")

SIG_DEVIKA = "\nBest regards,\n\nDevika R.\nAWS Training and Certification Customer Support\n"
SIG_MARISOL = "\nKind regards,\nMarisol G.\nAWS Training & Certification | Customer Service\n"
SIG_TOMASZ = "\nRegards,\nTomasz\nAWS Training and Certification\n"
SIG_SAEKI = "\n今後ともAWSトレーニングと認定をよろしくお願いいたします。\n\nAWS トレーニングと認定 カスタマーサポート\n佐伯\n"
SIG_OWEN = "\nThanks,\nOwen P.\nAWS Training and Certification Support\n"

SUBJ_A = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ_B = f'RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ_D = f'RE: [CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification'
SUBJ_E = f'RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - digital-badges'
SUBJ_F = f'RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - exam-benefits'
SUBJ_G = f'RE:[CASE {CASE_G}] [AWS Training and Certification Form Submission] - exam-voucher'
SUBJ_C = f'RE:[CASE {CASE_C}] Exam result from 10 February not shown in certification account'
SUBJ_H = f'RE:[CASE {CASE_H}] Builder ID でサインインすると別の認定アカウントが表示される'


def gq(text):
    return '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n')) + '\n'


def outlook_q(frm, sent, to, subj, text):
    return (f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n" + text.strip('\n') + '\n')


# ================================================================ messages
# 1
add('unrelated', False, None, '2025-02-17 09:12:41 +0900', GH, ('kitaura-sys/edge-gateway', ME_C),
    'Re: [kitaura-sys/edge-gateway] Retry on 503 from upstream (PR #412)',
    "Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kitaura-sys/edge-gateway/pull/412#event-16342211\n"
    "You are receiving this because you authored the thread.\n",
    fmt='alt', thread='gh412',
    extra=[('List-ID', 'kitaura-sys/edge-gateway <edge-gateway.kitaura-sys.github.com>'), ('X-GitHub-Reason', 'author')],
    note='GitHub "Merged" + "closed" wording on the company address; no AWS content.')

F_Q1 = ("Hello Aoi,\n\nThank you for reaching out about your certification benefits.\n\n"
        "I can see a 50% discount voucher on the certification account registered to aoi.tachibana@kitaura-sys.co.jp "
        "(Candidate ID on file: AWS27461093). Could you send me the voucher code exactly as it appears under Benefits, "
        "and the email address of the certification account that should receive it?\n\nKind regards,\nMarisol G.\n")
# 2
add('closing_notice', True, CASE_F, '2025-02-17 10:03:15 +0000', TC_FORM, ('', ME_C), SUBJ_F,
    "Hello Aoi,\n\nI'm following up on my message of 10 February about moving your exam discount voucher.\n\n"
    "I still don't have the voucher code or the address of the account that should receive it, so the request "
    "can't go any further on my side. If nothing reaches me by Friday, 21 February 2025, I'll take it that you no "
    "longer need our help and the request will be set to resolved. Replying with those two details is all it takes "
    "to keep it active.\n" + SIG_MARISOL,
    outlook_q('aws-cs-trainingcertification-form@amazon.com', 'Monday, February 10, 2025 6:22 PM',
              'aoi.tachibana@kitaura-sys.co.jp', SUBJ_F, F_Q1),
    thread='F', note='Reminder with a date deadline and "set to resolved" instead of "close"; candidate ID only in the quoted earlier request.')

# 3
add('user_reply', False, CASE_F, '2025-02-17 20:40:08 +0900', C, ('', ME_P), 'FW: ' + SUBJ_F,
    "自分用メモ: 金曜までに返信すること。バウチャーコードは旧アカウントの Benefits ページにある。\n\n",
    outlook_q('aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>',
              'Monday, February 17, 2025 7:03 PM', 'Aoi Tachibana <aoi.tachibana@kitaura-sys.co.jp>', SUBJ_F,
              "Hello Aoi,\n\nI'm following up on my message of 10 February about moving your exam discount voucher. "
              "If nothing reaches me by Friday, 21 February 2025, I'll take it that you no longer need our help and the "
              "request will be set to resolved.\n\n" + F_Q1),
    thread='F', fmt='alt', extra=[('X-MS-Has-Attach', ''), ('Content-Language', 'ja-JP')],
    note='Owner forwards the reminder from the company mailbox to the personal one with a Japanese note; the forwarded block carries the deadline and a candidate ID.')

# 4
add('unrelated', False, None, '2025-02-17 18:22:54 +0000', AWS_CONSOLE, ('', ME_P),
    'Amazon Web Services Billing Statement Available [Account: 604839217755]',
    "Greetings from Amazon Web Services,\n\nThis e-mail confirms that the latest billing statement for your AWS account "
    "[AWS ID 604839217755] is now available. The total for the period 2025-01-01 to 2025-01-31 is USD 3.42.\n\n"
    "You can view the statement in the Billing and Cost Management console:\nhttps://console.aws.amazon.com/billing/home#/bills\n\n"
    "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n",
    fmt='alt', note='Same sender as console cases (no-reply-aws@amazon.com); 12-digit account ID, not a case.')

# 5
add('user_reply', False, CASE_F, '2025-02-18 08:55:30 +0900', C, ('', FORM), SUBJ_F,
    "Hello Marisol,\n\nSorry for the slow answer. The voucher code is CERT50-7QK2-M9XD. Please move it to the certification "
    "account for aoi.tachibana.dev@gmail.com (candidate ID AWS58102746) - that is the account I will keep after I leave "
    "Kitaura Systems.\n\nBest regards,\nAoi Tachibana\nKitaura Systems K.K. | Cloud Platform Group\n",
    outlook_q('aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>',
              'Monday, February 17, 2025 7:03 PM', 'Aoi Tachibana <aoi.tachibana@kitaura-sys.co.jp>', SUBJ_F,
              "Hello Aoi,\n\nI'm following up on my message of 10 February about moving your exam discount voucher.\n..."),
    thread='F', note='Owner answers from the company address, Outlook quoting.')

# 6
add('case_update', False, CASE_F, '2025-02-18 15:31:02 +0000', TC_FORM, ('', ME_C), SUBJ_F,
    "Hello Aoi,\n\nThank you, that is everything I needed.\n\nMoving a benefit between two certification accounts is "
    "done by our benefits team, so I have handed your request to them with the voucher code and the destination "
    "account. They usually finish within two business days, and you will hear from us on this case when it is done. "
    "No further action is required from you right now.\n" + SIG_MARISOL,
    gq("Hello Marisol,\n\nSorry for the slow answer. The voucher code is CERT50-7QK2-M9XD. Please move it to the "
       "certification account for aoi.tachibana.dev@gmail.com (candidate ID AWS58102746)."),
    quote_intro='On Tue, Feb 18, 2025 at 12:55 AM, Aoi Tachibana wrote:', thread='F',
    note='Handed to another team; "no further action is required".')

# 7
add('unrelated', False, None, '2025-02-19 12:10:44 +0900', ('山根 大輔', 'd.yamane@kitaura-sys.co.jp'), ('橘 葵', ME_C),
    '送別会の日程について',
    "橘さん\n\nお疲れさまです。山根です。\n\n3月末でのご退職にあたり、チームで送別会を開きたいと考えています。\n"
    "3月27日(木)と3月28日(金)のどちらがご都合よろしいでしょうか。\n今週中にご返信いただけると助かります。\n\n山根\n",
    fmt='plain', cs='iso-2022-jp', cte='7bit', note='Colleague asks a question with a deadline (ISO-2022-JP); not support mail.')

# 8
add('certification', False, None, '2025-02-19 16:00:12 +0000', CERTM, ('', ME_C),
    'Your AWS Certified Developer - Associate certification expires in 90 days',
    "Hello Aoi Tachibana,\n\nYour AWS Certified Developer - Associate certification will expire on 20 May 2025.\n\n"
    "Candidate ID: AWS27461093\n\nTo keep your certification active, pass the current version of the exam or a "
    "higher-level exam before the expiration date. Your 50% discount benefit can be applied to a recertification exam.\n\n"
    "Act before 20 May 2025 to avoid losing your certification status.\n\nAWS Certification\n",
    fmt='html', html=None, note='Expiry warning with a date deadline and "act before"; certification programme mail, not a case.')

# 9
add('unrelated', False, None, '2025-02-20 03:14:09 +0000', ('github-actions[bot]', 'notifications@github.com'), (ME_NAME, ME_P),
    'Re: [terraform-aws-modules/terraform-aws-ecs] Service connect namespace is recreated on every apply (Issue #2281)',
    "This issue has been automatically marked as stale because it has been open 30 days with no activity. "
    "Remove the stale label or comment, or this issue will be closed in 10 days.\n\n--\nReply to this email directly, "
    "view it on GitHub:\nhttps://github.com/terraform-aws-modules/terraform-aws-ecs/issues/2281#issuecomment-2669184452\n"
    "You are receiving this because you commented.\n",
    thread='gh2281', note='Stale-bot auto-close warning on GitHub: closing-notice wording, not AWS support.')

# 10
add('resolved', False, CASE_F, '2025-02-20 22:48:37 +0000', TC_FORM, ('', ME_C), SUBJ_F,
    "Hello Aoi,\n\nGood news: the benefits team has placed your 50% exam discount voucher on the certification account "
    "for aoi.tachibana.dev@gmail.com (AWS58102746). You will find it under Benefits after signing in; it keeps its "
    "original expiry date.\n\nWith that done I'm closing this case. Should anything look wrong, reply to this email "
    "within 14 days and the case comes straight back to me.\n" + SIG_MARISOL,
    outlook_q('aws-cs-trainingcertification-form@amazon.com', 'Tuesday, February 18, 2025 11:31 PM',
              'aoi.tachibana@kitaura-sys.co.jp', SUBJ_F,
              "Hello Aoi,\n\nThank you, that is everything I needed. I have handed your request to the benefits team.\n")
    + outlook_q('aws-cs-trainingcertification-form@amazon.com', 'Monday, February 17, 2025 7:03 PM',
                'aoi.tachibana@kitaura-sys.co.jp', SUBJ_F,
                "If nothing reaches me by Friday, 21 February 2025, I'll take it that you no longer need our help and the "
                "request will be set to resolved.\n"),
    cc=[('', ME_P)], thread='F',
    note='Resolution with a 14-day reopen window; quotes the earlier deadline reminder.')

# 11
add('unrelated', False, None, '2025-02-21 08:02:51 +0000', ('AWS', 'no-reply@signin.aws'), ('', ME_P),
    'Verify your AWS Builder ID email address',
    "Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n    418206\n\n"
    "The code expires in 30 minutes. If you did not request it, ignore this message.\n\nAmazon Web Services\n",
    fmt='alt', note='Builder ID one-time code (6 digits) with an expiry.')

A_FORM = ("Use case: I am leaving Kitaura Systems K.K. at the end of March and would like to combine my two "
          "certification accounts.\nEmail addresses used: aoi.tachibana@kitaura-sys.co.jp, aoi.tachibana.dev@gmail.com\n"
          "Email address to keep: aoi.tachibana.dev@gmail.com\nCandidate IDs: AWS27461093 (company), AWS58102746 (personal)\n")
# 12
add('acknowledgement', False, CASE_A, '2025-02-21 08:17:19 +0000', TC_FORM, ('', ME_P),
    f'[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance',
    f"Hello,\n\nThanks for getting in touch with AWS Training and Certification. Your request has been logged as case "
    f"{CASE_A}.\n\nWhat you sent us:\nInquiry type: Certification\nAdditional details: Account Merge\n" + A_FORM +
    "\nOne of our specialists normally answers within 24 hours; some requests take longer. Opening a second case for "
    "the same request moves it to the back of the queue, so please keep everything on this one.\n\n"
    "AWS Training and Certification\n",
    thread='A', note='Acknowledgement echoing the form, including two candidate IDs (counted: system echo, not quoted history).')

# 13
add('acknowledgement', False, CASE_B, '2025-02-22 10:06:14 +0000', ('AWS トレーニングと認定', FORM), ('', ME_C),
    f'[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance',
    f"AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n\nお問い合わせをケース {CASE_B} として受け付けました。\n\n"
    "担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。\n"
    "同じ内容のお問い合わせで新たにケースを作成されますと、対応が遅れる原因となりますのでご注意ください。\n\n"
    "AWS トレーニングと認定\n",
    fmt='plain', cs='iso-2022-jp', cte='7bit', thread='B',
    note='Japanese ISO-2022-JP acknowledgement of a second (duplicate) form the owner sent from the company address.')

# 14
add('unrelated', False, None, '2025-02-22 13:30:27 +0900', ('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), ('', ME_P),
    'Amazon.co.jp ご注文の商品を発送しました',
    "橘 葵 様\n\nAmazon.co.jp をご利用いただき、ありがとうございます。\nご注文の商品を発送しました。\n\n"
    "注文番号: 250-4718203-9910453\nお届け予定: 2月24日(月)\n\n配送状況はアカウントサービスからご確認いただけます。\n",
    cs='utf-8', cte='base64', fmt='alt', note='Amazon retail shipping notice in Japanese (base64).')

# 15
add('case_update', False, CASE_B, '2025-02-23 02:12:40 +0000', TC_FORM, ('', ME_C), SUBJ_B,
    f"Hello,\n\nThis request matches case {CASE_A}, which was opened on 21 February from your other address. To keep "
    f"the work in one place I have closed case {CASE_B} as a duplicate; the colleague handling {CASE_A} already has "
    "your details.\n\nNothing is needed from you on this case. Please send any further updates on the other one.\n" + SIG_TOMASZ,
    fmt='plain', cte='7bit', thread='B', crlf=True,
    note='Duplicate case closed and pointed at the main case; closing wording but not for lack of an answer.')

# 16
add('on_hold', True, CASE_A, '2025-02-24 06:40:03 +0000', TC_FORM_BARE, ('', ME_P), SUBJ_A,
    "Hi Aoi,\n\nThank you for your patience while I looked into this.\n\nThe certification account under "
    "aoi.tachibana@kitaura-sys.co.jp (AWS27461093) is associated with an AWS Partner Network organization, Kitaura "
    "Systems K.K. Accounts tied to a partner organization can't be merged while the holder is still employed by that "
    "partner, so I've put the merge on hold for the moment.\n\nBefore I can take this further with our partner team "
    "I need one thing from you: are you leaving Kitaura Systems, and if so, what will your last working day be?\n" + SIG_DEVIKA,
    gq("Hello,\n\nThanks for getting in touch with AWS Training and Certification. Your request has been logged as case "
       f"{CASE_A}.\n"), quote_intro=f'On 2/21/2025 8:17 AM, AWS Training and Certification wrote:', thread='A',
    note='APN partner hold with the question buried in the last paragraph (no "please").')

# 17
add('user_reply', False, CASE_A, '2025-02-24 17:55:21 +0900', P, ('', FORM), SUBJ_A,
    "Hi Devika,\n\nYes, I'm leaving Kitaura Systems. My last working day is 31 March 2025, and the company mailbox is "
    "switched off that day. Please go ahead with the partner team.\n\nThanks,\nAoi\n",
    gq("Hi Aoi,\n\nThank you for your patience while I looked into this.\n\nThe certification account under "
       "aoi.tachibana@kitaura-sys.co.jp (AWS27461093) is associated with an AWS Partner Network organization...\n\n"
       "I need one thing from you: are you leaving Kitaura Systems, and if so, what will your last working day be?"),
    quote_intro='On Mon, 24 Feb 2025 at 15:40, <aws-cs-trainingcertification-form@amazon.com> wrote:',
    thread='A', extra=[('User-Agent', 'Gmail')], note='Owner answers the hold question (Gmail quoting).')

# 18
add('unrelated', False, None, '2025-02-25 07:30:00 +0900', ('週刊クラウドニュース', 'news@cloud-weekly.jp'), ('', ME_P),
    '【週刊クラウドニュース】AWS認定の有効期限、忘れていませんか? ほか',
    "週刊クラウドニュース 2025年2月25日号\n\n■ 今週のトピック\n・AWS認定の有効期限、忘れていませんか?再認定の計画は早めに\n"
    "・生成AI関連の新サービスまとめ\n・イベント情報: JAWS-UG 東京 3月定例会\n\n"
    "配信停止をご希望の方は、こちらのページからお手続きください。\nhttps://cloud-weekly.jp/unsubscribe\n",
    fmt='plain', cs='shift_jis', cte='8bit', note='Shift_JIS newsletter mentioning AWS certification expiry.')

# 19
add('on_hold', False, CASE_A, '2025-02-25 09:02:47 +0000', TC_FORM_BARE, ('', ME_P), SUBJ_A,
    "Hi Aoi,\n\nThank you for confirming your leaving date.\n\nI've passed the details to our partner operations team, "
    "who have to release the account from the Kitaura Systems partner profile before anything can be merged. The case "
    "stays paused until they have done so, which normally takes three to five business days. Nothing is needed from "
    "you in the meantime; I'll write as soon as I hear back.\n" + SIG_DEVIKA,
    gq("Hi Devika,\n\nYes, I'm leaving Kitaura Systems. My last working day is 31 March 2025."),
    quote_intro='On Mon, Feb 24, 2025 at 8:55 AM Aoi Tachibana <aoi.tachibana.dev@gmail.com> wrote:', thread='A',
    note='Hold continues, nothing asked (contrast with 016).')

# 20
add('acknowledgement', False, CASE_C, '2025-02-26 01:30:44 +0000', AWS_CONSOLE, ('', ME_P),
    f'Amazon Web Services: New Support case: {CASE_C}',
    f"Hello,\n\nWe've received your request and opened case {CASE_C}.\n\nCase ID: {CASE_C}\n"
    "Subject: Exam result from 10 February not shown in certification account\nSeverity: General guidance\n"
    "Service: Training and Certification\nCategory: Exam results\nAccount: [AWS ID 604839217755]\n\n"
    "A member of our team will respond as soon as possible." + CONSOLE_FOOT.format(cid=CASE_C),
    thread='C', note='Console acknowledgement; cannot be answered by e-mail; 12-digit account ID next to the case ID.')

# 21
add('unrelated', False, None, '2025-02-26 11:20:15 +0900', ('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), (ME_NAME, ME_P),
    'Pearson VUE Confirmation of Booking, Reference 482913570',
    "Dear Aoi Tachibana,\n\nThank you for scheduling your exam with Pearson VUE.\n\nExam: SAP-C02: AWS Certified Solutions "
    "Architect - Professional\nDate: Tuesday, March 18, 2025 10:00 JST\nDelivery: Online proctored\nRegistration ID: 482913570\n"
    "Candidate ID: AWS58102746\n\nIf you need to reschedule or cancel, do so at least 24 hours before the appointment.\n\n"
    "Pearson VUE\n",
    note='Exam vendor booking; 9-digit registration ID; a candidate ID in its own text.')

# 22
add('info_request', True, CASE_C, '2025-02-27 04:05:30 +0000', AWS_CONSOLE, ('', ME_P), SUBJ_C,
    "Hello Aoi,\n\nI'm Kenji from AWS Training and Certification, and I'm looking into the missing exam result.\n\n"
    "To find the exam record I need two details: the candidate ID shown at the top right of your certification account "
    "page, and the Pearson VUE registration number of the exam you sat on 10 February. Add them to this case in the "
    "Support Center; replies to this email are not received.\n\nBest regards,\nKenji\nAWS Training and Certification\n\n"
    "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link "
    "at the end of this correspondence." + CONSOLE_FOOT.format(cid=CASE_C),
    thread='C', note='Console request that must be answered in the Support Center; rating footer.')

# 23
add('unrelated', False, None, '2025-02-27 09:44:18 +0000', ('Nimbus Backup Support', 'support@nimbusbackup.io'), (ME_NAME, ME_P),
    '[Nimbus Backup] Re: Restore job stuck at 99% (#58213)',
    "Hi Aoi,\n\nWe haven't heard back from you about the restore job. If we don't get a reply in the next 72 hours, "
    "this ticket will be marked as solved automatically. Just reply to this email to keep it open.\n\n"
    "Nimbus Backup Support\n\n##- Please type your reply above this line -##\n",
    thread='nimbus', note='Another vendor\'s auto-close warning (Zendesk style).')

# 24
add('unrelated', False, None, '2025-02-28 02:15:00 +0000', ('AWS Skill Builder', 'no-reply@aws.training'), ('', ME_P),
    'Your AWS Skill Builder receipt',
    "Thanks for your purchase.\n\nAWS Skill Builder Individual subscription (monthly)\nAmount charged: USD 29.00\n"
    "Order: SB-2025-0228-77310\nNext renewal: 28 March 2025\n\nManage your subscription at https://skillbuilder.aws/\n",
    fmt='html', note='Skill Builder receipt from aws.training.')

# 25
add('suspicious', False, None, '2025-03-01 14:41:09 +0000', ('AWS Certification Support', 'case-team@aws-certification-support.com'),
    ('', ME_P), 'RE:[CASE 174033981200777] Action required within 24 hours - account merge will be cancelled',
    "Dear Candidate,\n\nYour account merge request is pending identity verification. If you do not verify your sign-in "
    "details within 24 hours, the merge will be cancelled and your certifications may be lost.\n\n"
    "Verify now: http://aws-certification-support.com/verify?id=174033981200777\n\nAWS Certification Support Team\n",
    note='Lookalike domain imitating a merge case with a 24-hour threat.')

# 26
add('closing_notice', True, CASE_C, '2025-03-02 04:10:02 +0000', AWS_CONSOLE, ('', ME_P), SUBJ_C,
    "Hello,\n\nWe haven't yet received the details requested on 27 February. If we don't hear from you within the "
    "next 72 hours, this case will be resolved automatically.\n\nYou can add the information to the case through the "
    "Support Center at any time before then.\n\nAmazon Web Services" + CONSOLE_FOOT.format(cid=CASE_C),
    thread='C', note='Console auto-resolve warning in hours; says "resolved", not "closed".')

# 27
add('unrelated', False, None, '2025-03-02 10:03:55 +0900', ('山根 大輔', 'd.yamane@kitaura-sys.co.jp'), ('橘 葵', ME_C),
    '自動応答: Re: 送別会の日程について',
    "山根は3月2日から3月4日まで出張のため不在です。メールの確認が遅れます。\nI am on a business trip until 4 March with limited access to e-mail.\n",
    fmt='plain', extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    note='Out-of-office auto-reply from a colleague.')

# 28
add('case_update', False, CASE_A, '2025-03-03 05:22:36 +0000', TC_FORM_BARE, ('', ME_P), SUBJ_A,
    "Hi Aoi,\n\nA quick update: the partner team has released AWS27461093 from the Kitaura Systems partner profile, so "
    "the hold is lifted and your request is back with me. I'll write again shortly with the account details for you to "
    "check.\n" + SIG_DEVIKA,
    thread='A', fmt='plain', note='Hold lifted; promises a later question but asks nothing yet.')

# 29
add('acknowledgement', False, CASE_D, '2025-03-03 08:48:20 +0000', ('AWS トレーニングと認定', FORM), ('', ME_P),
    f'[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification',
    f"このたびはAWSトレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n\nケースID: {CASE_D}\n\n"
    "ケースの詳細は以下のとおりです。\nお問い合わせタイプ: 認定\nその他の詳細: 証明書の氏名表記\n\n"
    "通常24時間以内に担当者よりご連絡いたします。すでに同じ内容でケースを作成されている場合は、重複してケースを作成しないようお願いいたします。\n\n"
    "AWS トレーニングと認定\n",
    cs='utf-8', cte='base64', thread='D', note='Japanese acknowledgement, UTF-8 base64, multipart.')

A_ACCOUNTS_TXT = ("Account #1\nLogin email: aoi.tachibana.dev@gmail.com\nTraining notification email: aoi.tachibana.dev@gmail.com\n"
                  "Certification notification email: aoi.tachibana.dev@gmail.com\nCandidate ID: AWS58102746\n\n"
                  "Account #2\nLogin email: aoi.tachibana@kitaura-sys.co.jp\nTraining notification email: aoi.tachibana@kitaura-sys.co.jp\n"
                  "Certification notification email: aoi.tachibana@kitaura-sys.co.jp\nCandidate ID: AWS27461093\n")
A_CONFIRM_TXT = ("Hi Aoi,\n\nI have both of your certification accounts in front of me. Before combining them, look over the "
                 "details below and tell me which one should remain.\n\n" + A_ACCOUNTS_TXT +
                 "\nFrom your form I understand that Account #1 stays and Account #2 is folded into it. A short reply "
                 "confirming that, or correcting it, is enough for me to proceed.\n" + SIG_DEVIKA)
A_CONFIRM_HTML = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Aoi,</p>
<p>I have both of your certification accounts in front of me. Before combining them, look over the details below and tell me which one should remain.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>aoi.tachibana.dev@gmail.com</td><td>aoi.tachibana@kitaura-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>aoi.tachibana.dev@gmail.com</td><td>aoi.tachibana@kitaura-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>aoi.tachibana.dev@gmail.com</td><td>aoi.tachibana@kitaura-sys.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS58102746</td><td>AWS27461093</td></tr>
</table>
<p>From your form I understand that Account #1 stays and Account #2 is folded into it. A short reply confirming that, or correcting it, is enough for me to proceed.</p>
<p>Best regards,<br><br>Devika R.<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
# 30
add('confirmation_request', True, CASE_A, '2025-03-04 03:50:11 +0000', TC_FORM_BARE, ('', ME_P), SUBJ_A,
    A_CONFIRM_TXT, fmt='html', html=A_CONFIRM_HTML, thread='A',
    note='HTML-only table of Account #1 / #2; request phrased as an imperative without "please".')

D_REQ = ("橘 様\n\nお世話になっております。AWSトレーニングと認定 カスタマーサポートの佐伯でございます。\n\n"
         "証明書に記載される氏名表記の変更について、お問い合わせ内容を確認いたしました。\n"
         "変更にあたり、公的な身分証明書に記載されているローマ字氏名を、姓と名の区別がわかる形でご返信いただけますでしょうか。\n"
         "あわせて、対象の認定アカウントの候補ID(AWSから始まる番号)もお知らせいただけますと幸いです。\n\n"
         "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n" + SIG_SAEKI)
# 31
add('info_request', True, CASE_D, '2025-03-04 06:12:45 +0000', ('AWS トレーニングと認定', FORM), ('橘 葵', ME_P), SUBJ_D,
    D_REQ, fmt='plain', cs='iso-2022-jp', cte='7bit', thread='D',
    note='Japanese keigo request (〜いただけますでしょうか), ISO-2022-JP.')

# 32
add('unrelated', False, None, '2025-03-04 19:20:33 +0000', ('Microsoft Support', 'support@mail.support.microsoft.com'), (ME_NAME, ME_C),
    'Your Microsoft support case 2503040010002837 has been closed',
    "Hello Aoi,\n\nYour support case 2503040010002837 (Azure AD sign-in logs export) has been closed because we did not "
    "receive a response to our last message. If the problem persists, reply to this email within 7 days to reopen the case.\n\n"
    "Microsoft Support\n",
    note='Other vendor\'s "closed for no response, reply to reopen".')

# 33
add('closing_notice', True, CASE_C, '2025-03-05 04:12:40 +0000', AWS_CONSOLE, ('', ME_P),
    f'Amazon Web Services: Support case {CASE_C} has been resolved',
    f"Hello,\n\nCase {CASE_C} has been resolved automatically because the information we asked for was not received.\n\n"
    "If you still need help, reopen the case from the Support Center and add the requested details. A resolved case can "
    "be reopened for 14 days; after that you'll have to create a new one." + CONSOLE_FOOT.format(cid=CASE_C),
    thread='C', note='Console case already auto-resolved for no answer; reopening through the console is the reply. Subject says "resolved".')

# 34
add('user_reply', False, CASE_C, '2025-03-05 21:02:10 +0900', P, ('', ME_P), f'TODO: reopen AWS case {CASE_C}',
    "Reopen in Support Center (not by mail!)\n- candidate ID: AWS58102746\n- Pearson VUE registration for 10 Feb exam: 471820365\n",
    fmt='plain', cte='7bit', note='Owner\'s note to self with the console case number and a candidate ID.')

# 35
add('unrelated', False, None, '2025-03-05 23:00:00 +0000', ('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ('', ME_P),
    'AWS Summit Japan 2025 登録受付開始',
    "AWS Summit Japan 2025 の登録受付を開始しました。\n\n日程: 2025年6月25日(水)・26日(木)\n会場: 幕張メッセ\n\n"
    "AWS認定資格をお持ちの方は、認定者ラウンジをご利用いただけます。\n\n配信停止: https://pages.awscloud.com/unsubscribe\n",
    fmt='alt', cte='base64', note='AWS marketing in Japanese mentioning certification holders.')

# 36
add('closing_notice', True, CASE_A, '2025-03-06 02:31:58 +0000', TC_FORM_BARE, ('', ME_P), SUBJ_A,
    "Hi Aoi,\n\nA gentle nudge about my message of 4 March. The merge is waiting until you tell me which account should "
    "remain. If I haven't heard from you by the end of this week, I'll assume the request is no longer needed and wind "
    "the case down.\n" + SIG_DEVIKA,
    gq(A_CONFIRM_TXT), quote_intro='On Tue, Mar 4, 2025 at 3:50 AM UTC, AWS Training and Certification wrote:', thread='A',
    note='Reminder with "end of this week" and "wind the case down"; the confirmation question is only in the quote.')

# 37
add('case_update', False, CASE_C, '2025-03-06 07:45:19 +0000', AWS_CONSOLE, ('', ME_P), SUBJ_C,
    "Hello Aoi,\n\nThank you for reopening the case and adding your candidate ID and registration number. I've passed "
    "the exam record to our exam operations team, who can move results between candidate profiles. I'll update this "
    "case when they have finished.\n\nBest regards,\nKenji\nAWS Training and Certification" + CONSOLE_FOOT.format(cid=CASE_C),
    thread='C', note='Reopened console case handed to another team.')

# 38
add('user_reply', False, CASE_A, '2025-03-07 09:14:03 +0900', P, ('', FORM), SUBJ_A,
    "Hi Devika,\n\nSorry for the delay. Confirmed: please merge Account #2 (AWS27461093) into Account #1 (AWS58102746) and "
    "keep aoi.tachibana.dev@gmail.com.\n\nThanks,\nAoi\n",
    gq("Hi Aoi,\n\nA gentle nudge about my message of 4 March. The merge is waiting until you tell me which account should "
       "remain.\n\n" + A_ACCOUNTS_TXT),
    quote_intro='On Thu, 6 Mar 2025 at 11:31, <aws-cs-trainingcertification-form@amazon.com> wrote:', thread='A',
    note='Owner confirms the merge.')

# 38b
A_THIRD = ("Hi Aoi,\n\nThank you for confirming. While preparing the merge I found a third certification account that "
           "also uses aoi.tachibana@kitaura-sys.co.jp. It seems to have been created through AWS Partner Central single "
           "sign-on:\n\nAccount #3\nLogin email: aoi.tachibana@kitaura-sys.co.jp (Partner Central SSO)\n"
           "Certification notification email: aoi.tachibana@kitaura-sys.co.jp\nCandidate ID: AWS27519930\n"
           "Exam history: none\n\nIs this account yours, and do you want it folded into Account #1 together with "
           "Account #2? I'll hold the merge until I know.\n" + SIG_DEVIKA)
add('confirmation_request', True, CASE_A, '2025-03-07 02:20:44 +0000', TC_FORM_BARE, ('', ME_P), SUBJ_A, A_THIRD,
    gq("Hi Devika,\n\nSorry for the delay. Confirmed: please merge Account #2 (AWS27461093) into Account #1 (AWS58102746) and "
       "keep aoi.tachibana.dev@gmail.com."),
    quote_intro='On Fri, Mar 7, 2025 at 12:14 AM Aoi Tachibana <aoi.tachibana.dev@gmail.com> wrote:', thread='A',
    note='Second confirmation after the owner already confirmed: a third account found; quotes the owner\'s "Confirmed".')

add('user_reply', False, CASE_A, '2025-03-07 13:05:12 +0900', P, ('', FORM), SUBJ_A,
    "Hi Devika,\n\nYes, AWS27519930 is mine as well (created by accident when I signed in through Partner Central). "
    "Please merge it into Account #1 too.\n\nAoi\n",
    gq(A_THIRD), quote_intro='On Fri, 7 Mar 2025 at 11:20, <aws-cs-trainingcertification-form@amazon.com> wrote:', thread='A',
    note='Owner confirms the third account.')

# 39
add('unrelated', False, None, '2025-03-07 10:02:11 +0900', GH, ('kitaura-sys/edge-gateway', ME_C),
    'Re: [kitaura-sys/edge-gateway] Bump aws-sdk-go-v2 from 1.32.7 to 1.36.1 (PR #418)',
    "Closed #418.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kitaura-sys/edge-gateway/pull/418\n"
    "You are receiving this because you are subscribed to this thread.\n",
    fmt='plain', note='GitHub "Closed" notice.')

# 40
add('resolved', False, CASE_A, '2025-03-07 05:48:26 +0000', TC_FORM_BARE, ('', ME_P), SUBJ_A,
    "Hi Aoi,\n\nAll done. I merged Accounts #2 and #3 into Account #1, so your exam history, both certifications and the 50% "
    "discount benefit now sit on the account for aoi.tachibana.dev@gmail.com (AWS58102746). Credly can take up to a "
    "day to show the badges again.\n\nI'm closing the case now. If something turns out to be missing, reply here within "
    "14 days and it will reopen for me.\n" + SIG_DEVIKA,
    gq("Hi Devika,\n\nYes, AWS27519930 is mine as well. Please merge it into Account #1 too.\n\nAoi\n\n"
       "On Fri, 7 Mar 2025 at 11:20, <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + gq(A_THIRD) +
       ">\n> On Fri, Mar 7, 2025 at 12:14 AM Aoi Tachibana wrote:\n" + gq(gq(
       "Hi Devika,\n\nSorry for the delay. Confirmed: please merge Account #2 (AWS27461093) into Account #1 (AWS58102746).\n\n"
       "On Thu, 6 Mar 2025 at 11:31, <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + gq(
       "Hi Aoi,\n\nA gentle nudge about my message of 4 March. If I haven't heard from you by the end of this week, I'll "
       "assume the request is no longer needed and wind the case down.\n\n" + A_CONFIRM_TXT)))),
    quote_intro='On Fri, Mar 7, 2025 at 4:05 AM Aoi Tachibana <aoi.tachibana.dev@gmail.com> wrote:', thread='A',
    note='Merge done with a reopen window; quotes the confirmation request and the reminder underneath.')

# 41
add('badge', False, None, '2025-03-07 06:30:12 +0000', CREDLY, (ME_NAME, ME_P),
    'Aoi, claim your AWS Certified Solutions Architect - Associate badge',
    "Hi Aoi,\n\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions "
    "Architect - Associate.\n\nAccept your badge to share it on your profile:\nhttps://www.credly.com/earner/earned/badge/6f0c2a4e-1d7b-4b8e-9a51-3c2f7d90e8ab\n\n"
    "The Credly Team\n", note='Credly badge re-issued after the merge (UUID in link).')

# 42
add('suspicious', False, None, '2025-03-08 01:17:45 +0000', ('AWS Training and Certification', FORM), ('', ME_P),
    'RE:[CASE 174098825100362] Identity check required before your case is closed',
    "Hello,\n\nWe were unable to verify the identity of the certification account holder. Unless you sign in within 12 "
    "hours, your certification records will be removed and this case will be closed.\n\n"
    "Sign in to verify: https://aws-training-verify.co/login\n\nAWS Training and Certification\n",
    auth='fail', note='Real AWS From address but DKIM/SPF/DMARC fail; closing threat plus credential link.')

# 43
add('survey', False, CASE_A, '2025-03-08 06:00:33 +0000', ('AWS Customer Service', 'cs-survey@amazon.com'), ('', ME_P),
    f'How did we do on case {CASE_A}?',
    f"Hello,\n\nYour recent case {CASE_A} with AWS Training and Certification has been closed. We'd like to hear how it went.\n\n"
    "Take the two-minute survey: https://survey.amazon.com/r/AWSTC?case=" + CASE_A + "\n\n"
    "The survey closes on 15 March 2025.\n\nThank you,\nAWS Customer Service\n",
    note='Survey with "has been closed" and "survey closes on" date.')

# 44
add('unrelated', False, None, '2025-03-08 10:15:42 +0900', ('Ryo Hasegawa', 'r.hasegawa@kitaura-sys.co.jp'), (ME_NAME, ME_C),
    'Re: Handover document for edge-gateway',
    "Hi Aoi,\n\nThanks for the draft. Could you let me know by Friday who owns the AWS accounts listed in section 3 after "
    "you leave? We need to close out the access review before the end of the month.\n\nRyo\n",
    gq("Hi Ryo,\n\nAttached is the first draft of the handover document.\n\nAoi"),
    quote_intro='On 2025/03/07 18:02, Aoi Tachibana wrote:', fmt='plain', cte='7bit',
    note='Manager\'s request with a deadline ("could you let me know", "close out").')

# 45
add('resolved', False, CASE_A, '2025-03-09 05:48:30 +0000', TC_FORM_BARE, ('', ME_P),
    f'Case {CASE_A} has been closed',
    f"This is an automated message. Case {CASE_A} has been closed.\n\nIf you believe the case was closed in error, "
    "reply to this email within 14 days and it will be reopened.\n\nAWS Training and Certification\n",
    fmt='plain', cte='7bit', thread='A', crlf=True,
    note='Second, automated closure after the resolution; no reason stated.')

# 46
add('acknowledgement', False, CASE_G, '2025-03-09 07:50:27 +0000', TC_FORM_BARE, ('', ME_C),
    f'[CASE {CASE_G}] [AWS Training and Certification Form Submission] - exam-voucher',
    f"Thank you for contacting AWS Training and Certification.\n\nWe have opened case {CASE_G}. The details of your case "
    "are as follows:\nInquiry type: Certification\nAdditional details: Exam vouchers\n\nWe usually respond within 24 hours.\n",
    fmt='plain', cte='7bit', thread='G', crlf=True, note='Plain CRLF acknowledgement, company address.')

# 47
add('info_request', True, CASE_G, '2025-03-09 22:05:51 +0000', TC_FORM, ('', ME_C), SUBJ_G,
    "Hello Aoi,\n\nThank you for writing in about the SAP-C02 booking that was charged at full price although a 50% "
    "voucher was on the account.\n\nFor privacy reasons I can only discuss a certification account with the address "
    "registered on it, and after your recent merge that is aoi.tachibana.dev@gmail.com. Kindly send your reply from "
    "that address and include the Pearson VUE registration number of the booking.\n" + SIG_OWEN,
    thread='G', note='Request to write from another address ("kindly").')

# 48
add('closing_notice', True, CASE_D, '2025-03-10 02:00:14 +0000', ('AWS トレーニングと認定', FORM), ('橘 葵', ME_P), SUBJ_D,
    "橘 様\n\nお世話になっております。AWSトレーニングと認定の佐伯です。\n\n"
    "3月4日にお送りしたご案内について、まだご返信を確認できておりません。\n"
    "今週末(3月14日)までにご連絡をいただけない場合、誠に恐れ入りますが、本件の対応を終了させていただきます。\n"
    "ご返信をいただければ引き続き対応いたしますので、ローマ字氏名と候補IDをお知らせくださいませ。\n" + SIG_SAEKI,
    gq(D_REQ), quote_intro='2025年3月4日(火) 15:12 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:',
    cs='iso-2022-jp', cte='7bit', thread='D',
    note='Japanese reminder, "end of this week" plus a date, "対応を終了" instead of "close".')

# 49
add('resolved', False, CASE_C, '2025-03-10 03:35:08 +0000', AWS_CONSOLE, ('', ME_P), SUBJ_C,
    "Hello Aoi,\n\nExam operations found the 10 February result under a second candidate profile and moved it to yours. "
    "It now shows under Exam history, and the certification is active.\n\nI'll mark this case resolved. If anything "
    "still looks wrong, reopen it from the Support Center within 14 days.\n\nBest regards,\nKenji\n"
    "AWS Training and Certification\n\nWe value your feedback. Please share your experience by rating this "
    "correspondence using the AWS Support Center link at the end of this correspondence." + CONSOLE_FOOT.format(cid=CASE_C),
    thread='C', note='Console resolution with rating footer and reopen window.')

# 50
add('certification', False, None, '2025-03-10 09:00:00 +0000', CERTM, ('', ME_P),
    'Your AWS Certification exam results are available',
    "Hello Aoi Tachibana,\n\nThe results of your AWS Certified Solutions Architect - Associate exam taken on 10 February "
    "2025 are now available in your AWS Certification Account.\n\nCandidate ID: AWS58102746\n\nAWS Certification\n",
    fmt='html', note='Exam results notice (programme mail) right after the console fix.')

# 51
add('user_reply', False, CASE_D, '2025-03-11 08:40:17 +0900', P_JA, ('AWS トレーニングと認定', FORM), SUBJ_D,
    "佐伯様\n\nご連絡が遅くなり申し訳ございません。\nパスポート記載の氏名は TACHIBANA AOI(姓: TACHIBANA、名: AOI)です。\n"
    "候補IDは AWS58102746 です。\n\nよろしくお願いいたします。\n橘\n",
    gq("橘 様\n\n3月4日にお送りしたご案内について、まだご返信を確認できておりません。\n今週末(3月14日)までにご連絡をいただけない場合、"
       "誠に恐れ入りますが、本件の対応を終了させていただきます。"),
    quote_intro='2025年3月10日(月) 11:00 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:',
    cs='utf-8', cte='base64', thread='D', note='Owner\'s Japanese reply (Gmail, base64).')

# 52
add('user_reply', False, CASE_G, '2025-03-11 12:03:39 +0900', P, ('', FORM), SUBJ_G,
    "Hello Owen,\n\nWriting from the address on my certification account as you asked. The Pearson VUE registration "
    "number is 482913570.\n\nRegards,\nAoi Tachibana\n",
    gq("Hello Aoi,\n\nFor privacy reasons I can only discuss a certification account with the address registered on it."),
    quote_intro='On Mon, Mar 10, 2025 at 7:05 AM <aws-cs-trainingcertification-form@amazon.com> wrote:', thread='G',
    note='Owner writes from the personal address as requested.')

# 53
add('unrelated', False, None, '2025-03-11 18:30:00 +0900', ('connpass', 'no-reply@connpass.com'), ('', ME_P),
    'JAWS-UG 東京 3月定例会 への参加登録が完了しました',
    "橘 葵 さん\n\nJAWS-UG 東京 3月定例会 への参加登録が完了しました。\n\n日時: 2025/03/24(月) 19:00〜21:00\n"
    "会場: 目黒セントラルスクエア\n\nキャンセルする場合は、イベントページから参加をキャンセルしてください。\n",
    cs='utf-8', cte='quoted-printable', fmt='alt', note='Meetup registration in Japanese (QP).')

# 54
add('case_update', False, CASE_D, '2025-03-12 01:22:09 +0000', ('AWS トレーニングと認定', FORM), ('橘 葵', ME_P), SUBJ_D,
    "橘 様\n\nご返信いただき、ありがとうございます。\nいただいた内容をもとに、担当部署へ氏名表記の修正を依頼いたしました。\n"
    "反映までに2〜3営業日ほどかかる見込みです。現時点で橘様にご対応いただくことはございません。\n" + SIG_SAEKI,
    cs='iso-2022-jp', cte='7bit', fmt='plain', thread='D', note='Japanese: passed to another team, nothing needed.')

# 55
add('closing_notice', True, CASE_E, '2025-03-12 03:58:41 +0000', TC_FORM_BARE, ('', ME_P), SUBJ_E,
    f"Hello,\n\nWe closed case {CASE_E} on 10 March because we did not hear back after our question of 31 January about "
    "your Credly account.\n\nIf you would still like the badges linked, simply answer this email with the email address "
    "your Credly account uses. Your reply will reopen the case automatically.\n\nAWS Training and Certification\n",
    fmt='html', cte='base64', thread='E',
    note='HTML-only, base64: case already closed for no answer; a reply reopens it.')

# 56
add('user_reply', False, CASE_E, '2025-03-12 20:11:26 +0900', P, ('', FORM), SUBJ_E,
    "Hello,\n\nSorry, I missed your January mail. My Credly account uses aoi.tachibana.dev@gmail.com.\n\nAoi\n",
    thread='E', fmt='plain', cte='7bit', note='Short owner reply without quoting.')

# 57
add('resolved', False, CASE_D, '2025-03-13 02:40:55 +0000', ('AWS トレーニングと認定', FORM), ('橘 葵', ME_P), SUBJ_D,
    "橘 様\n\nお待たせいたしました。証明書の氏名表記を「Aoi Tachibana」に修正いたしました。\n"
    "認定アカウントから証明書を再ダウンロードしていただくと、新しい表記でご確認いただけます。\n\n"
    "本件はこれにてクローズとさせていただきます。万一反映されていない場合は、14日以内に本メールへご返信いただければケースを再開いたします。\n" + SIG_SAEKI,
    gq("橘 様\n\n3月4日にお送りしたご案内について、まだご返信を確認できておりません。\n"
       "今週末(3月14日)までにご連絡をいただけない場合、誠に恐れ入りますが、本件の対応を終了させていただきます。"),
    quote_intro='2025年3月10日 11:00 AWS トレーニングと認定:', cs='iso-2022-jp', cte='7bit', thread='D',
    note='Japanese resolution with reopen window (〜いただければ); quotes the deadline reminder.')

# 58
add('survey', False, CASE_D, '2025-03-13 06:05:00 +0000', ('AWS カスタマーサービス', 'cs-survey@amazon.com'), ('', ME_P),
    'AWS サポートの対応に関するアンケートのお願い',
    f"このたびはお問い合わせ(ケースID: {CASE_D})をいただき、ありがとうございました。\n\n"
    "サービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は2分程度です。\n"
    f"https://survey.amazon.com/r/AWSTC-ja?case={CASE_D}\n\nAWS カスタマーサービス\n",
    cs='utf-8', cte='base64', fmt='html', note='Japanese survey (HTML-only, base64) with お願いいたします.')

# 59
add('info_request', True, CASE_G, '2025-03-12 23:10:37 +0000', TC_FORM, ('', ME_P), SUBJ_G,
    "Hello Aoi,\n\nThank you for writing from the registered address. I found the booking, but the payment record on "
    "our side shows no discount code at checkout. We need a screenshot of the Pearson VUE payment page or receipt "
    "showing the amount you paid before I can ask for a partial refund.\n" + SIG_OWEN,
    gq("Hello Owen,\n\nWriting from the address on my certification account as you asked. The Pearson VUE registration "
       "number is 482913570."),
    quote_intro='On Tue, Mar 11, 2025 at 3:03 AM Aoi Tachibana <aoi.tachibana.dev@gmail.com> wrote:', thread='G',
    note='"We need" request after explanation, no question mark.')

# 60
add('resolved', False, CASE_E, '2025-03-14 01:30:12 +0000', TC_FORM_BARE, ('', ME_P), SUBJ_E,
    "Hello Aoi,\n\nThanks for confirming. Your certification account is now linked to the Credly account for "
    "aoi.tachibana.dev@gmail.com and all active badges have been sent there again. No further action is required; "
    "we've closed the case.\n\nAWS Training and Certification\n",
    gq("Hello,\n\nSorry, I missed your January mail. My Credly account uses aoi.tachibana.dev@gmail.com."),
    thread='E', note='Resolution with "no further action is required" and "closed".')

# 61
add('badge', False, None, '2025-03-14 01:45:50 +0000', ('Credly', 'admin@credly.com'), (ME_NAME, ME_P),
    'You have 2 new badges from Amazon Web Services Training and Certification',
    "Hi Aoi,\n\nYou've been issued 2 badges by Amazon Web Services Training and Certification:\n"
    "- AWS Certified Developer - Associate\n- AWS Certified Solutions Architect - Associate\n\n"
    "Accept them within 30 days to add them to your profile.\n\nThe Credly Team\n",
    fmt='html', note='Credly with a 30-day acceptance window.')

# 62
add('closing_notice', True, CASE_G, '2025-03-14 22:12:03 +0000', TC_FORM, ('', ME_P), SUBJ_G,
    "Hello Aoi,\n\nJust checking in on the screenshot of the Pearson VUE payment. Without it I can't pass the refund to "
    "our billing team, and we will have to stop working on this request after five business days.\n" + SIG_OWEN,
    thread='G', fmt='plain', cte='quoted-printable',
    note='Threat "stop working on this request after five business days"; no "close".')

# 63
add('acknowledgement', False, CASE_H, '2025-03-15 00:20:30 +0000', ('アマゾン ウェブ サービス', NOREPLY), ('', ME_P),
    f'Amazon Web Services: 新しいサポートケース: {CASE_H}',
    f"お問い合わせいただきありがとうございます。ケース {CASE_H} を作成しました。\n\nケースID: {CASE_H}\n"
    "件名: Builder ID でサインインすると別の認定アカウントが表示される\n重要度: 一般的なガイダンス\n\n"
    "担当者から追ってご連絡いたします。" + CONSOLE_FOOT_JA.format(cid=CASE_H),
    cs='utf-8', cte='base64', thread='H', note='Japanese console acknowledgement.')

# 64
add('user_reply', False, CASE_G, '2025-03-15 10:48:06 +0900', P, ('', FORM), SUBJ_G,
    "Hello Owen,\n\nScreenshot of the Pearson VUE receipt attached; it shows USD 300 charged with no discount.\n\nAoi\n",
    gq("Hello Aoi,\n\nJust checking in on the screenshot of the Pearson VUE payment."),
    quote_intro='On Sat, Mar 15, 2025 at 7:12 AM <aws-cs-trainingcertification-form@amazon.com> wrote:', thread='G',
    attach=[attachment('image/png', 'receipt.png', base64.b64decode(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='))],
    note='Owner reply with an image attachment (multipart/mixed).')

# 65
add('info_request', True, CASE_H, '2025-03-15 05:33:18 +0000', ('アマゾン ウェブ サービス', NOREPLY), ('', ME_P),
    f'RE:[CASE {CASE_H}] Builder ID でサインインすると別の認定アカウントが表示される',
    "橘様\n\nAWSトレーニングと認定サポートの中村です。\n\n"
    "状況を確認するため、サインイン時に表示される認定アカウントの候補IDと、お使いのBuilder IDのメールアドレスを、"
    "サポートセンターのケース画面からお知らせください。\nなお、本メールへの返信は受け付けておりません。\n\n中村\n" + CONSOLE_FOOT_JA.format(cid=CASE_H),
    cs='utf-8', cte='quoted-printable', thread='H', note='Japanese console request with plain 〜ください; must answer in the console.')

# 66
add('case_update', False, CASE_G, '2025-03-16 02:15:44 +0000', TC_FORM, ('', ME_P), SUBJ_G,
    "Hello Aoi,\n\nThanks, the receipt is clear. I've sent the refund request to our billing team with your screenshot. "
    "They reply within three to five business days, and I'll let you know here. Please don't open a new case for "
    "this; it would only delay things.\n" + SIG_OWEN,
    gq("Hello Owen,\n\nScreenshot of the Pearson VUE receipt attached; it shows USD 300 charged with no discount."),
    quote_intro='On Sat, Mar 15, 2025 at 1:48 AM Aoi Tachibana <aoi.tachibana.dev@gmail.com> wrote:', thread='G',
    note='Passed to billing; contains "please don\'t open a new case" (imperative, no reply needed).')

# 67
add('unrelated', False, None, '2025-03-17 04:40:12 +0000', ('', 'aws-cs-educate-form@amazon.com'), ('', ME_P),
    'RE:[CASE 174178911200345] [AWS Educate Form Submission] - account-access',
    "Hello,\n\nWe are still waiting for the name of the institution you registered with. If we don't hear back in three "
    "days, this case will close automatically.\n\nAWS Educate Support\n",
    note='AWS Educate form case (other programme) with an auto-close warning.')

# 68
add('unrelated', False, None, '2025-03-17 06:02:30 +0000', AWS_CONSOLE, ('', ME_C),
    'RE:[CASE 17417003529] Service Quotas: increase Elastic IP addresses in ap-northeast-1',
    "Hello,\n\nWe are still waiting for your use case for the Elastic IP increase in account [AWS ID 918273645012]. "
    "If we don't hear from you within 3 days, this case will be resolved automatically.\n\nAmazon Web Services" + CONSOLE_FOOT.format(cid='17417003529'),
    note='Console auto-resolve warning on a technical (service quota) case for the employer\'s AWS account, not Training and Certification.')

# 69
add('certification', False, None, '2025-03-18 06:20:11 +0000', CERTM, ('', ME_P), 'AWS Certification wants to hear from you',
    "Hello Aoi,\n\nThank you for taking the AWS Certified Solutions Architect - Professional exam today. Tell us about "
    "your exam experience in a short survey: https://www.certmetrics.com/amazon/survey\n\nThe survey is open for 7 days.\n\nAWS Certification\n",
    fmt='alt', note='Exam-experience survey from CertMetrics, not about a support case.')

# 70
add('closing_notice', True, CASE_H, '2025-03-18 05:40:00 +0000', ('アマゾン ウェブ サービス', NOREPLY), ('', ME_P),
    f'RE:[CASE {CASE_H}] Builder ID でサインインすると別の認定アカウントが表示される',
    "橘様\n\n3月15日にお願いした情報をまだいただけておりません。\n"
    "48時間以内にサポートセンターからご返信がない場合、本ケースは自動的に解決済みとなります。\n\n中村\n" + CONSOLE_FOOT_JA.format(cid=CASE_H),
    cs='utf-8', cte='base64', fmt='html', thread='H',
    note='Japanese console auto-resolve warning in hours ("自動的に解決済み").')

# 71
add('unrelated', False, None, '2025-03-18 09:05:33 +0000', ('Pearson VUE', 'PearsonVUE@pearson.com'), (ME_NAME, ME_P),
    'Thank you for testing with Pearson VUE',
    "Dear Aoi Tachibana,\n\nThank you for taking your exam with Pearson VUE today. Your score report will be provided by "
    "the exam sponsor.\n\nRegistration ID: 482913570\n\nPearson VUE\n", note='Exam vendor post-exam mail.')

# 72
add('certification', False, None, '2025-03-19 11:30:00 +0000', CERTM, ('', ME_P),
    'Congratulations, you are now AWS Certified!',
    "Hello Aoi Tachibana,\n\nCongratulations! You have earned AWS Certified Solutions Architect - Professional.\n\n"
    "Candidate ID: AWS58102746\nValidation number: 3F9K2L7QXB1M4HVW\n\nYour certificate and benefits are available "
    "in your AWS Certification Account.\n\nAWS Certification\n",
    fmt='html', note='New certification, validation number and candidate ID.')

# 73
add('badge', False, None, '2025-03-19 11:42:17 +0000', CREDLY, (ME_NAME, ME_P),
    'Aoi, claim your AWS Certified Solutions Architect - Professional badge',
    "Hi Aoi,\n\nCongratulations on your achievement! Amazon Web Services Training and Certification has issued you a "
    "badge.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/0b7c9e11-5a2f-4c6e-8d3b-91e0f4a2c7d5\n\nThe Credly Team\n",
    note='Credly new badge.')

# 74
add('suspicious', False, None, '2025-03-19 15:08:02 +0000', ('Credly', 'admin@credly-notify.com'), ('', ME_P),
    'Your badge will be revoked in 48 hours',
    "Hi,\n\nWe detected an issue with your AWS Certified badge. Re-verify your Credly login within 48 hours or the badge "
    "will be revoked.\n\nRe-verify: https://credly-notify.com/signin\n\nCredly Support\n",
    note='Credly lookalike with a 48-hour threat.')

# 75
add('case_update', False, CASE_G, '2025-03-20 02:30:20 +0000', TC_FORM, ('', ME_P), SUBJ_G,
    "Hello Aoi,\n\nA short update: the billing team has your refund request and is still reviewing it. I'll write again "
    "once they decide; there's nothing you need to do.\n" + SIG_OWEN,
    thread='G', fmt='plain', cte='7bit', note='Still working; case stays open at the end of the set.')

# 76
add('user_reply', False, CASE_A, '2025-03-20 10:12:51 +0900', C, ('Ryo Hasegawa', 'r.hasegawa@kitaura-sys.co.jp'),
    'FW: ' + SUBJ_A,
    "Ryo,\n\nFYI: my certifications have been moved to my personal account (old candidate ID AWS27461093), so the "
    "partner profile will show one certified person less from next week.\n\nAoi\n",
    outlook_q('aws-cs-trainingcertification-form@amazon.com', 'Friday, March 7, 2025 2:48 PM', 'aoi.tachibana.dev@gmail.com',
              SUBJ_A, "Hi Aoi,\n\nAll done. I merged Account #2 into Account #1 (AWS58102746).\n\nI'm closing the case now. "
                      "If something turns out to be missing, reply here within 14 days and it will reopen for me.\n"),
    fmt='alt', note='Owner forwards the resolution to the manager from the company address.')

# 76b
add('unrelated', False, None, '2025-03-16 08:12:00 +0000', ('AWS re:Post', 'no-reply@repost.aws'), ('', ME_P),
    'Your question on AWS re:Post received an accepted answer',
    "Hi aoi-t,\n\nYour question \"Can I keep my AWS Certification after leaving an APN partner?\" has an accepted answer.\n\n"
    "View the answer: https://repost.aws/questions/QU4xk2Lr9hT0eU1mBzW3Pq7A\n\nYou can turn off these notifications in your profile settings.\n",
    note='re:Post notification about the same topic as the merge case.')

# 77
add('unrelated', False, None, '2025-03-20 10:13:05 +0900', ('Mail Delivery System', 'MAILER-DAEMON@mx.cloud-weekly.jp'), ('', ME_P),
    'Undelivered Mail Returned to Sender',
    "This is the mail system at host mx.cloud-weekly.jp.\n\nI'm sorry to have to inform you that your message could not "
    "be delivered to one or more recipients.\n\n<editor@cloud-weekly.jp>: host mx.cloud-weekly.jp said: 550 5.1.1 "
    "User unknown\n", fmt='plain', cte='7bit', auth=None, note='Bounce of a mail to a newsletter editor.')


def main():
    MSGS.sort(key=lambda m: m['dt'])
    for f in os.listdir(OUT):
        if re.fullmatch(r'\d{3}-msg\.(eml|json)', f):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(OUT, f'{i:03d}-msg.eml'), 'wb') as fh:
            fh.write(m['raw'])
        with open(os.path.join(OUT, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
    cnt = Counter(m['label']['kind'] for m in MSGS)
    for k, v in sorted(cnt.items()):
        print(f'{k:22s} {v}')
    print(f'{"total":22s} {len(MSGS)}')


if __name__ == '__main__':
    main()
