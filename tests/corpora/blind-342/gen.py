#!/usr/bin/env python3
"""Blind corpus: AWS Training and Certification support-case mail, theme "the end of a case".

Run: python3 gen.py   (writes NNN-msg.eml / NNN-msg.json / README.md next to this script)
Standard library only.
"""
import os, json, base64, quopri, calendar, hashlib, html as H
import datetime as dt
from email.utils import format_datetime, formataddr
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

ME_NAME = 'Ryo Kanzaki'
ME_JA = '神崎 亮'
ME_P = 'ryo.kanzaki.dev@gmail.com'          # personal (Gmail)
ME_C = 'r-kanzaki@nakaura-sys.co.jp'        # company (Microsoft 365), closes 2025-03-31
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_NAME = 'AWS Training and Certification'
NOREPLY = 'no-reply-aws@amazon.com'
CID_P = 'AWS11842906'                        # candidate ID of the personal cert account
CID_C = 'AWS03318275'                        # candidate ID of the company cert account


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


JST, UTC, PST, PDT = tz(9), tz(0), tz(-8), tz(-7)


def D(y, mo, d, h, mi, s=0, zone=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=zone)


def case15(y, mo, d, h, mi, s, tail):
    """2025-style case number: Unix time of opening + 5 digits."""
    return '%d%s' % (calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0)), tail)


CASE_I = case15(2025, 1, 14, 3, 12, 45, '22705')   # practice-exam benefit, write from address on file
CASE_D = case15(2025, 2, 26, 5, 47, 10, '10353')   # voucher question, closed at owner's request
CASE_A = case15(2025, 3, 3, 1, 14, 22, '40117')    # the account merge
CASE_B = case15(2025, 3, 3, 2, 2, 51, '40988')     # duplicate of A, closed
CASE_C = '26483019574'                              # name on certificate (Japanese agent)
CASE_G = '25917736408'                              # missing exam in transcript, reopened
CASE_E = '5398170264'                               # Support Center console case (voucher)
CASE_ACT = '27025563190'                            # AWS Activate form case (other program)
FAKE_1 = '1741076540'                               # number used by a phishing mail
FAKE_2 = case15(2025, 3, 17, 9, 40, 2, '51872')     # number used by the dmarc=fail mail

CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
         'us-ascii': 'ascii'}


class Leaf:
    def __init__(self, text, sub='plain', cs='utf-8', cte='quoted-printable'):
        if not text.endswith('\n'):
            text += '\n'
        self.text, self.sub, self.cs, self.cte = text, sub, cs, cte


class Multi:
    def __init__(self, sub, *parts):
        self.sub, self.parts = sub, parts


def encode_body(leaf):
    raw = leaf.text.encode(CODEC[leaf.cs])
    if leaf.cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    if leaf.cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if leaf.cte == '7bit':
        return raw.decode('ascii')
    if leaf.cte == '8bit':
        assert leaf.cs == 'utf-8'
        return raw.decode('utf-8')
    raise ValueError(leaf.cte)


def render(node, tag):
    if isinstance(node, Leaf):
        hdr = ['Content-Type: text/%s; charset="%s"' % (node.sub, node.cs),
               'Content-Transfer-Encoding: ' + node.cte]
        return hdr, encode_body(node)
    b = '----=_Part_%s_%s' % (tag, hashlib.md5((tag + node.sub).encode()).hexdigest()[:12])
    hdr = ['Content-Type: multipart/%s;' % node.sub, '\tboundary="%s"' % b]
    chunks = []
    for i, p in enumerate(node.parts):
        h, body = render(p, '%s.%d' % (tag, i))
        chunks.append('--%s\n%s\n\n%s' % (b, '\n'.join(h), body.rstrip('\n')))
    return hdr, 'This is a multi-part message in MIME format.\n\n' + '\n'.join(chunks) + '\n--%s--\n' % b


def to_html(text, cs='utf-8'):
    paras = text.strip('\n').split('\n\n')
    body = ''.join('<p>%s</p>\n' % H.escape(p, quote=False).replace('\n', '<br>\n') for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s'
            '</body></html>\n' % (cs, body))


def alt(text, cs='utf-8', cte='quoted-printable', hcte=None):
    return Multi('alternative', Leaf(text, 'plain', cs, cte), Leaf(to_html(text, cs), 'html', cs, hcte or cte))


def q(text, p='> '):
    return '\n'.join((p + l) if l else p.rstrip() for l in text.strip('\n').split('\n'))


def gmail_on(date, name, addr):
    d = date.astimezone(JST)
    hr = d.strftime('%I').lstrip('0')
    return 'On %s, %s %d, %d at %s:%s %s %s <%s> wrote:' % (
        d.strftime('%a'), d.strftime('%b'), d.day, d.year, hr, d.strftime('%M'), d.strftime('%p'), name, addr)


def outlook_block(date, frm, to, subject, label='From'):
    d = date.astimezone(JST)
    hr = d.strftime('%I').lstrip('0')
    return '%s: %s\nSent: %s, %s %d, %d %s:%s %s\nTo: %s\nSubject: %s' % (
        label, frm, d.strftime('%A'), d.strftime('%B'), d.day, d.year, hr, d.strftime('%M'), d.strftime('%p'),
        to, subject)


def addr(x, cs='utf-8'):
    if isinstance(x, tuple):
        return formataddr(x, charset=cs)
    return x


def bare(x):
    return x[1] if isinstance(x, tuple) else x.split('<')[-1].rstrip('>')


def subj_hdr(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


MSGS, MID, REFS, DATES = [], {}, {}, {}
IPS = {'amazon.com': ('a27-12.smtp-out.us-west-2.amazonses.com', '54.240.27.12', 'amazonses.com'),
       'credly.com': ('o3.ptr4412.credly.com', '149.72.188.31', 'sendgrid.net'),
       'certmetrics.com': ('mail-out2.certmetrics.com', '52.44.112.9', 'certmetrics.com'),
       'github.com': ('out-21.smtp.github.com', '192.30.252.204', 'github.com'),
       'pearson.com': ('mx.pearson-notify.com', '159.182.10.44', 'pearson.com')}


def make_mid(key, frm, date):
    a = bare(frm)
    dom = a.split('@')[1]
    h = hashlib.sha1((key + a).encode()).hexdigest()
    if dom.endswith('amazon.com') or dom.endswith('signin.aws') or dom.endswith('aws.training'):
        return '<0100%s-%s-%s-%s-000000@email.amazonses.com>' % (h[:12], h[12:20], h[20:24], h[24:28])
    if dom == 'gmail.com':
        return '<CAJx%s+%s@mail.gmail.com>' % (base64.b32encode(bytes.fromhex(h[:20])).decode().lower(), h[20:26])
    if dom == 'nakaura-sys.co.jp':
        return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (h[:4].upper(), h[4:16].upper(), h[16:20])
    return '<%s.%s@%s>' % (date.strftime('%Y%m%d%H%M%S'), h[:16], dom)


def auth_lines(frm, to_addr, date, over):
    a = bare(frm)
    dom = a.split('@')[1]
    base = 'amazon.com' if dom.endswith('amazon.com') else dom
    host, ip, mf = IPS.get(base, ('mail.' + dom, '203.0.113.%d' % (len(dom) * 7 % 250), dom))
    o = dict(dkim='pass', spf='pass', dmarc='pass', dkim_d=base, host=host, ip=ip, mf=mf)
    o.update(over or {})
    rdate = format_datetime((date + dt.timedelta(seconds=4)).astimezone(tz(-8) if to_addr == ME_P else UTC))
    if to_addr == ME_P:
        rec = ('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id a4%s.2025\n'
               '        for <%s>;\n        %s' % (o['host'], o['host'], o['ip'], o['ip'].replace('.', ''), to_addr, rdate))
        res = 'Authentication-Results: mx.google.com;\n'
        if o['dkim'] != 'none':
            res += '       dkim=%s header.i=@%s header.s=s2048 header.b=%s;\n' % (
                o['dkim'], o['dkim_d'], hashlib.md5(a.encode()).hexdigest()[:8])
        else:
            res += '       dkim=none;\n'
        res += ('       spf=%s (google.com: domain of bounce@%s %s %s as permitted sender) smtp.mailfrom=bounce@%s;\n'
                '       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s' % (
                    o['spf'], o['mf'], 'designates' if o['spf'] == 'pass' else 'does not designate', o['ip'],
                    o['mf'], o['dmarc'], 'NONE' if o['dmarc'] == 'pass' else 'QUARANTINE', dom))
        return [rec, res]
    rec = ('Received: from %s (%s) by TYWPR01MB9981.jpnprd01.prod.outlook.com\n with Microsoft SMTP Server'
           ' (version=TLS1_2) id 15.20.8445.12; %s' % (o['host'], o['ip'], rdate))
    res = ('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
           ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100' % (
               o['spf'], o['ip'], o['mf'], o['dkim'], o['dkim_d'], o['dmarc'], dom,
               'pass' if o['dmarc'] == 'pass' else 'fail'))
    return [rec, res]


def add(key, kind, reply, case, cands, date, frm, to, subject, body, note,
        irt=None, cc=None, auth=None, extra=(), crlf=False, cs='utf-8'):
    """One message. irt = key of the message replied to (adds In-Reply-To/References)."""
    mid = make_mid(key, frm, date)
    MID[key], DATES[key] = mid, date
    tos = to if isinstance(to, list) else [to]
    hdrs = []
    mine = bare(frm) in (ME_P, ME_C)
    first_to = bare(tos[0])
    if not mine:
        sdom = bare(frm).split('@')[1]
        rp = (auth or {}).get('mf') or IPS.get('amazon.com' if sdom.endswith('amazon.com') else sdom,
                                               (0, 0, sdom))[2]
        hdrs.append('Return-Path: <bounce+%s@%s>' % (hashlib.md5(key.encode()).hexdigest()[:10], rp))
        hdrs += auth_lines(frm, first_to, date, auth)
    hdrs.append('Date: ' + format_datetime(date))
    hdrs.append('From: ' + addr(frm, cs))
    hdrs.append('To: ' + ',\n\t'.join(addr(t, cs) for t in tos))
    if cc:
        hdrs.append('Cc: ' + addr(cc, cs))
    hdrs.append('Subject: ' + subj_hdr(subject, cs))
    hdrs.append('Message-ID: ' + mid)
    if irt:
        refs = REFS.get(irt, []) + [MID[irt]]
        REFS[key] = refs
        hdrs.append('In-Reply-To: ' + MID[irt])
        hdrs.append('References: ' + '\n '.join(refs))
    hdrs += list(extra)
    hdrs.append('MIME-Version: 1.0')
    h, b = render(body, '%d' % (int(hashlib.md5(key.encode()).hexdigest()[:8], 16) % 900000 + 100000))
    text = '\n'.join(hdrs + h) + '\n\n' + b
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    MSGS.append(dict(key=key, date=date, raw=text.encode('utf-8'), note=note,
                     label={'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cands)}))


SIG_TC = 'AWS Training and Certification Customer Support'
CONSOLE_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en'
CONSOLE_FOOT = ('To see all correspondence on this case, or to reply, go to the AWS Support Center:\n%s\n\n'
                '*Please note: this message was sent from an address that cannot accept incoming e-mails. '
                'Replies to it are not delivered to AWS Support. Use the link above to respond.\n\n'
                'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
                'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, '
                'Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')


# ---------------------------------------------------------------- January: cases I and G, background
add('bill-jan', 'unrelated', False, None, [], D(2025, 1, 6, 2, 31, 7),
    ('Amazon Web Services', NOREPLY), ME_P,
    'Amazon Web Services Billing Statement Available [AWS ID 304918227561]',
    Leaf('Greetings from Amazon Web Services,\n\n'
         'Your billing statement for the period December 1 - December 31, 2024 is now available in the '
         'Billing and Cost Management console for AWS account 304918227561.\n\n'
         'Amount charged to your default payment method: USD 3.42\n\n'
         'A line-by-line breakdown is available at https://console.aws.amazon.com/billing/home#/bills\n\n'
         'Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n'
         'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, '
         'Seattle, WA 98109-5210. This e-mail address cannot accept incoming e-mails.', cs='us-ascii', cte='7bit'),
    'Monthly AWS bill from the same no-reply sender the console cases use; 12-digit account ID in subject, '
    'not a case.')

T_EXP = ('Hello Ryo Kanzaki,\n\nCandidate ID: %s\n\n'
         'Your AWS Certified Solutions Architect - Associate certification expires on April 18, 2025 - '
         'that is 90 days from today.\n\n'
         'To keep the certification active, pass the current version of the exam (SAA-C03) or a qualifying '
         'higher-level exam before the expiration date. If you have a 50%% discount benefit, you will find it '
         'under Benefits in your AWS Certification Account.\n\n'
         'Manage your certifications: https://www.aws.training/Certification\n\n'
         'AWS Certification\n\nYou receive this e-mail because you hold an active AWS Certification. '
         'Please do not reply to this message.' % CID_C)
add('cert-exp', 'certification', False, None, [CID_C], D(2025, 1, 8, 16, 5, 12),
    ('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Your AWS Certification expires in 90 days', alt(T_EXP, cte='quoted-printable'),
    'Certification program expiry notice (company address); candidate ID in own text; "do not reply".')

add('bid-code', 'unrelated', False, None, [], D(2025, 1, 10, 12, 48, 33),
    ('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address',
    alt('Hello,\n\nUse this verification code to finish creating your AWS Builder ID:\n\n614027\n\n'
        'The code expires in 10 minutes. If you did not try to create a Builder ID, you can ignore this '
        'message.\n\nAmazon Web Services', cte='7bit', cs='us-ascii'),
    'Builder ID one-time code (6 digits); not case mail.')

# ---- case I: benefit question from the wrong address, closed for no answer, answered, resolved
T_I1 = ('Hello,\n\nThanks for getting in touch with AWS Training and Certification. Your request has been '
        'logged as case %s.\n\n'
        'Submitted details\n-----------------\nInquiry type: Certification\nAdditional details: Certification '
        'Benefits\nDescription: I passed the AWS Certified AI Practitioner exam in December and expected a free practice exam benefit, but '
        'the Benefits page of my certification account (%s) is empty.\n\n'
        'A member of our team normally follows up within one business day; some requests take longer when '
        'another team has to be involved. A second form about the same question starts a new case and '
        'slows things down, so keep using this one.\n\n%s' % (CASE_I, CID_C, SIG_TC))
add('I1', 'acknowledgement', False, CASE_I, [CID_C], D(2025, 1, 14, 3, 12, 58),
    (FORM_NAME, FORM), ME_P,
    '[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_I,
    Leaf(T_I1, cs='us-ascii', cte='7bit'),
    'Form acknowledgement without "RE:"; repeats the form text (candidate ID counted: it is the mail\'s '
    'own body, not quoted). "keep using this one" is advice, not a request.')

T_I2 = ('Hi Ryo,\n\nThanks for your patience. I found a certification account under %s, but it is '
        'registered to a different e-mail address than the one this case came from. For privacy reasons I '
        'can only discuss the benefits of an account with its holder, and we verify that through the address '
        'on file.\n\n'
        'Send your reply to this e-mail from the address registered on that account (it begins with '
        'r-k...@nakaura-sys.co.jp). Once it arrives I will look into the missing practice exam.\n\n'
        'Best regards,\nTomasz\nAWS Training and Certification' % CID_C)
add('I2', 'info_request', True, CASE_I, [CID_C], D(2025, 1, 15, 7, 40, 19),
    (FORM_NAME, FORM), ME_P,
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_I,
    Leaf(T_I2, cte='quoted-printable'),
    'Asks the owner to write again from the other (company) address - an imperative without "please".')

add('news-jan', 'unrelated', False, None, [], D(2025, 1, 16, 0, 0, 5),
    ('クラウド実践ダイジェスト', 'news@cloud-jissen-digest.jp'), ME_P,
    '【週刊】re:Invent 2024 振り返りと AWS 認定の最新動向',
    alt('クラウド実践ダイジェスト 第212号\n\n'
        '■ 今週のトピック\n・re:Invent 2024 で発表されたサービスのまとめ\n'
        '・AWS 認定を会社アカウントから個人アカウントへ移す手順(読者投稿)\n'
        '・サポートケースが自動クローズされる前に確認したいこと\n\n'
        '■ 読者アンケート\nご意見・ご感想がございましたら、このメールにご返信ください。\n\n'
        '配信停止はこちら: https://cloud-jissen-digest.jp/unsubscribe', cte='base64'),
    'Japanese newsletter (UTF-8 base64) that talks about account merges and auto-closed cases; '
    'conditional invitation to reply.')

T_G1 = ('Hello Ryo,\n\nGood news: the record of your AWS Certified Developer - Associate exam taken on '
        '2024-11-19 has been attached to your certification account. Allow up to 24 hours before it shows in '
        'your exam history.\n\nI am marking this case as resolved. Have a great week!\n\nDana W.\n'
        'AWS Training and Certification Support\n\n'
        '---------- Original request ----------\n'
        'My Developer Associate exam from November 19 does not appear under Exam History, although I received '
        'the pass e-mail. Candidate ID %s. Could you check what happened?' % CID_C)
add('G1', 'resolved', False, CASE_G, [], D(2025, 1, 20, 9, 12, 40),
    (FORM_NAME, FORM), ME_C,
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results' % CASE_G,
    Leaf(T_G1, cte='quoted-printable'), crlf=True,
    note='Resolution with the original request quoted under a separator (its question and candidate ID are '
         'history, not new text). CRLF.')

T_G2 = ('Hi Dana,\n\nThanks, but three days later the exam is still not listed under Exam History, and the '
        'certification does not show either. I signed out and in again and tried another browser.\n\n'
        'Could you take another look?\n\nRegards,\nRyo Kanzaki\nNakaura Systems Co., Ltd.')
add('G2', 'user_reply', False, CASE_G, [], D(2025, 1, 23, 10, 5, 44, JST),
    (ME_NAME, ME_C), (FORM_NAME, FORM),
    'RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results' % CASE_G,
    Leaf(T_G2 + '\n\n' + outlook_block(DATES['G1'], '%s <%s>' % (FORM_NAME, FORM), '%s <%s>' % (ME_NAME, ME_C),
                                       'RE:[CASE %s] [AWS Training and Certification Form Submission] - '
                                       'exam-results' % CASE_G) + '\n\n' + T_G1, cte='quoted-printable'),
    'Owner replies on a resolved case asking to look again (Outlook top-post, full history below).',
    irt='G1', crlf=True, extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Topic: [CASE %s]' % CASE_G])

add('gh-merged', 'unrelated', False, None, [], D(2025, 1, 22, 6, 17, 2),
    ('Hideo Tamura', 'notifications@github.com'), ME_P,
    'Re: [nakaura/infra-templates] Add cfn-guard rules for S3 buckets (PR #214)',
    alt('Merged #214 into main.\n\n@htamura merged commit 3f2a9c1 into main.\n\n--\n'
        'Reply to this email directly, view it on GitHub:\n'
        'https://github.com/nakaura/infra-templates/pull/214#event-15823400\n'
        'You are receiving this because you authored the thread.', cs='us-ascii', cte='7bit'),
    'GitHub "merged" notification - word overlap with account merges.')

T_G3 = ('Hello Ryo,\n\nThanks for letting us know. I have reopened this case. I can see the exam result on our '
        'side, but it is not linked to your profile yet, so I have escalated it to our certification records '
        'team. They usually need a few business days; I will write again as soon as I hear back. There is '
        'nothing you need to do in the meantime.\n\nKind regards,\nSamir\nAWS Training and Certification')
add('G3', 'case_update', False, CASE_G, [], D(2025, 1, 23, 19, 30, 11),
    (FORM_NAME, FORM), ME_C,
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results' % CASE_G,
    Leaf(T_G3 + '\n\n' + gmail_on(DATES['G2'], ME_NAME, ME_C) + '\n' + q(T_G2), cte='quoted-printable'),
    'Case reopened and escalated; the owner\'s quoted "Could you take another look?" sits below.', irt='G2')

T_I3 = ('Hello,\n\nOn January 15 we asked for a reply from the e-mail address registered on the '
        'certification account, and we have not received one. Case %s has therefore been closed.\n\n'
        'Still need help with the practice exam benefit? Reply to this message within 7 days, from the '
        'registered address, and the case reopens automatically with its full history. After that, a new '
        'request through the contact form will be needed.\n\nRegards,\n%s' % (CASE_I, SIG_TC))
add('I3', 'closing_notice', True, CASE_I, [], D(2025, 1, 24, 8, 0, 36),
    (FORM_NAME, FORM), ME_P,
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_I,
    alt(T_I3, cte='quoted-printable'),
    '"Has been closed" because of no answer; a reply within 7 days reopens it, phrased as a question.')

T_G4 = ('Hello Ryo,\n\nThe records team came back to me. They found two exam sessions with similar details '
        'and want to be sure they attach the right one. We need the following from you:\n\n'
        '  - the date and local start time of the exam\n'
        '  - the 9-digit registration number from your Pearson VUE confirmation e-mail\n'
        '  - the test centre name, or "online proctored"\n\n'
        'With those three details they can complete the link.\n\nSamir\nAWS Training and Certification')
add('G4', 'info_request', True, CASE_G, [], D(2025, 1, 27, 0, 55, 3),
    (FORM_NAME, FORM), ME_C,
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results' % CASE_G,
    Leaf(T_G4, cs='us-ascii', cte='7bit'),
    'Request as "We need the following" + bullet list, no question mark, no please.')

T_G5 = ('Hello Samir,\n\nHere are the details:\n- Date / start time: 19 November 2024, 14:30 JST\n'
        '- Pearson VUE registration number: 418205937\n- Location: online proctored (OnVUE)\n\n'
        'My candidate ID is %s, in case that helps.\n\nThanks,\nRyo' % CID_C)
add('G5', 'user_reply', False, CASE_G, [CID_C], D(2025, 1, 27, 13, 20, 9, JST),
    (ME_NAME, ME_C), (FORM_NAME, FORM),
    'Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results' % CASE_G,
    Leaf(T_G5 + '\n\nOn 2025/01/27 9:55, AWS Training and Certification wrote:\n' + q(T_G4), cte='8bit'),
    'Owner answers with a 9-digit Pearson VUE number (not a case) and a candidate ID; 8bit UTF-8.',
    irt='G4', extra=['User-Agent: Mozilla Thunderbird'])

T_I4 = ('Hello Tomasz,\n\nSorry for the delay. I am now writing from the address on file, as you asked. '
        'Please reopen the case: the practice exam benefit is still missing from the account.\n\n'
        'Ryo Kanzaki')
add('I4', 'user_reply', False, CASE_I, [], D(2025, 1, 28, 9, 15, 30, JST),
    (ME_NAME, ME_C), (FORM_NAME, FORM),
    'RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_I,
    Leaf(T_I4 + '\n\n' + outlook_block(DATES['I3'], '%s <%s>' % (FORM_NAME, FORM), ME_P,
                                       'RE:[CASE %s] [AWS Training and Certification Form Submission] - '
                                       'certification' % CASE_I) + '\n\n' + T_I3, cte='quoted-printable'),
    'Owner writes from the company address to reopen a closed case (the closing notice went to Gmail).',
    crlf=True, extra=['X-Mailer: Microsoft Outlook 16.0'])

T_I5 = ('Hi Ryo,\n\nThanks for writing from the registered address - that is all I needed. The practice exam '
        'benefit had not been generated because your December result was processed late. I have issued it '
        'manually; it is listed under Benefits in your certification account and is valid for 12 months.\n\n'
        'With that, your request is complete and this case is closed. If something about the benefit does '
        'not work, a reply here within 14 days will bring the case back.\n\nTomasz\n'
        'AWS Training and Certification')
add('I5', 'resolved', False, CASE_I, [], D(2025, 1, 30, 2, 10, 51),
    (FORM_NAME, FORM), ME_C,
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_I,
    Leaf(T_I5, cte='quoted-printable'), irt='I4',
    note='Completion that also closes the case and offers "reply within 14 days" - same words as a closing '
         'notice, but the request is done.')

T_G6 = ('Hello Ryo,\n\nThe records team has linked the 19 November exam to your certification account %s. '
        'The result and the AWS Certified Developer - Associate certification now show in your account, and '
        'the Credly badge should follow within a day.\n\n'
        'This case will close automatically in 72 hours. You do not need to reply; if something still looks '
        'off, just answer before then.\n\nSamir\nAWS Training and Certification' % CID_C)
add('G6', 'resolved', False, CASE_G, [CID_C], D(2025, 1, 31, 18, 44, 27),
    (FORM_NAME, FORM), ME_C,
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results' % CASE_G,
    alt(T_G6 + '\n\n' + gmail_on(DATES['G5'], ME_NAME, ME_C) + '\n' + q(T_G5), cte='base64'),
    '"Will close automatically in 72 hours" but the work is done and "You do not need to reply"; quoted '
    'owner text carries the 9-digit number. base64 alternative.', irt='G5')

add('G-survey', 'survey', False, CASE_G, [], D(2025, 2, 3, 15, 0, 0),
    ('AWS Customer Service Survey', 'cs-survey@amazon.com'), ME_C,
    'How did we do? Your AWS Training and Certification case %s' % CASE_G,
    Leaf(to_html('Hello,\n\nYour case %s with AWS Training and Certification was recently closed.\n\n'
                 'Would you tell us about your experience? The survey has five questions and takes about two '
                 'minutes: https://survey.aws-feedback.amazon.com/s/tc?case=%s\n\n'
                 'Taking part is optional. Replies to this e-mail are not read.' % (CASE_G, CASE_G)),
         'html', cte='quoted-printable'),
    'HTML-only satisfaction survey after closure; contains a question.')


# ---------------------------------------------------------------- February: case C (Japanese), background
SUBJ_C = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_C
T_C1 = ('神崎 亮 様\n\nAWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n'
        'お問い合わせはケース番号 %s として受け付けました。\n\n'
        '担当者が内容を確認し、原則として 1 営業日以内にご連絡いたします。内容によっては、'
        'さらにお時間をいただく場合がございます。\n'
        '同じ内容で改めてフォームを送信されますと別のケースとして扱われ、対応が遅れる原因となります。\n\n'
        '受付内容\n  お問い合わせタイプ: 認定\n  その他の詳細: 氏名の変更\n'
        '  内容: 認定証の氏名が「KANZAKI RYO」と表示されています。名・姓の順で「Ryo Kanzaki」に'
        '直したいです。AWS 候補 ID: %s\n\n'
        'AWS トレーニングと認定 カスタマーサポート' % (CASE_C, CID_C))
add('C1', 'acknowledgement', False, CASE_C, [CID_C], D(2025, 2, 3, 5, 20, 14),
    ('AWS トレーニングと認定', FORM), ME_C, SUBJ_C,
    Leaf(T_C1, cs='iso-2022-jp', cte='7bit'), cs='iso-2022-jp',
    note='Japanese acknowledgement in ISO-2022-JP (7bit), encoded From name; echoes the form incl. candidate '
         'ID; advice not to re-submit is not a request.')

T_C2 = ('神崎 亮 様\n\nAWS トレーニングと認定サポートの平野でございます。\n'
        '氏名表記の変更について、ご連絡ありがとうございます。\n\n'
        '認定記録上の氏名は、受験時にご提示いただいた身分証明書の表記と一致している必要がございます。'
        'つきましては、お手数ではございますが、以下の 2 点をご返信いただけますでしょうか。\n\n'
        '・身分証明書に記載のローマ字氏名(綴りと順序をそのままご記入ください)\n'
        '・変更後に希望される表示(例: Ryo Kanzaki)\n\n'
        '確認が取れ次第、変更の手続きを進めてまいります。\n何卒よろしくお願いいたします。\n\n'
        '平野\nAWS トレーニングと認定 カスタマーサポート')
add('C2', 'info_request', True, CASE_C, [], D(2025, 2, 4, 2, 10, 45),
    ('AWS Training and Certification', FORM), ME_C, 'RE:' + SUBJ_C,
    Leaf(T_C2, cte='base64'),
    'Japanese keigo request (〜ご返信いただけますでしょうか) after an explanation; UTF-8 base64.')

add('skb-receipt', 'unrelated', False, None, [], D(2025, 2, 5, 4, 2, 19),
    ('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder subscription receipt',
    alt('Thank you for your purchase.\n\nOrder: SB-2025-0205-77341\nPlan: AWS Skill Builder Individual '
        '(monthly)\nAmount: USD 29.00\nNext renewal: March 5, 2025\n\n'
        'Manage or cancel your subscription at https://skillbuilder.aws/subscriptions\n\n'
        'Questions about your order? Contact us through the AWS Training and Certification contact form.',
        cte='quoted-printable'),
    'Skill Builder receipt from the training platform; mentions the contact form.')

add('handover', 'unrelated', False, None, [], D(2025, 2, 7, 8, 33, 0, JST),
    ('佐伯 美穂', 'm-saeki@nakaura-sys.co.jp'), ME_C, '引継ぎの件(3/31 ご退職に伴う)',
    Leaf('神崎さん\n\nお疲れさまです。佐伯です。\n'
         '3月末のご退職に向けて、担当案件の引継ぎスケジュールを相談させてください。\n'
         '来週どこかで 30 分ほどお時間をいただけますか。\n候補: 2/12(水)15時、2/13(木)10時\n\n'
         'それと、AWS 認定の会社アカウントは退職前に個人アカウントへ移しておくと安心だと思います。'
         '以前同じ手続きをした人がいて、パートナー関連で少し時間がかかったそうです。\n\n'
         'よろしくお願いします。\n佐伯', cs='iso-2022-jp', cte='7bit'), cs='iso-2022-jp',
    note='Colleague (ISO-2022-JP) asks a question and mentions the certification merge - not support.',
    extra=['X-Mailer: Microsoft Outlook 16.0'])

T_C3 = ('神崎 様\n\nAWS トレーニングと認定サポートの平野です。\n'
        '2 月 4 日にお送りした氏名表記に関するご確認について、現時点でご返信をいただけておりません。\n\n'
        'このまま 3 営業日以内にご返信がない場合、本ケースはクローズとなります。'
        '手続きを継続される場合は、このメールにそのままご返信ください。'
        'なお、クローズ後でも 14 日以内であれば、ご返信によりケースが再開されます。\n\n'
        'よろしくお願いいたします。\n\n平野')
add('C3', 'closing_notice', True, CASE_C, [], D(2025, 2, 10, 2, 2, 8),
    ('AWS Training and Certification', FORM), ME_C, 'RE:' + SUBJ_C,
    alt(T_C3, cte='quoted-printable'),
    'Japanese closing notice (3 business days, then closes; reply reopens within 14 days); UTF-8 QP.')

# ---- case E: Support Center console case
SUBJ_E = 'RE:[CASE %s] 50%% exam discount not accepted at checkout' % CASE_E
T_E1 = ('Dear Customer,\n\nThanks for reaching out. We have opened case %s on your behalf.\n\n'
        'The details of the case are below:\n\n'
        'Subject: 50%% exam discount not accepted at checkout\nSeverity: General guidance\n'
        'Service: Training and Certification\nCategory: Exam registration\n'
        'Correspondence: I am trying to schedule the SAA-C03 exam to recertify. The 50%% discount benefit '
        'shown in my certification account is rejected at checkout with "This benefit has already been '
        'used".\n\nOne of our team members will contact you shortly. You can follow the case or add '
        'information at any time:\n%s\n\nBest regards,\nAmazon Web Services\n\n'
        'This is an automated e-mail. This address cannot accept incoming e-mails.' % (CASE_E, CONSOLE_LINK % CASE_E))
add('E1', 'acknowledgement', False, CASE_E, [], D(2025, 2, 10, 13, 5, 41),
    ('Amazon Web Services', NOREPLY), ME_P, 'Amazon Web Services: New Support case: %s' % CASE_E,
    Leaf(T_E1, cs='us-ascii', cte='7bit'),
    'Console case opened (10-digit ID, displayId link); automated.')

T_E2 = ('Hello,\n\nThank you for contacting AWS Support. My name is Arjun and I will be looking after this '
        'case.\n\nAn exam benefit can only be redeemed from the certification account that earned it, and '
        'it is marked as used as soon as an appointment is booked with it - even one that is cancelled '
        'later. To find out what happened to yours, I need:\n\n'
        '1. The full error text shown at checkout, or a screenshot of it\n'
        '2. The e-mail address you sign in with when scheduling\n'
        '3. Whether you booked and then cancelled an exam with this benefit before\n\n'
        'Add these details to the case in the Support Center (link below); replies sent to this e-mail '
        'address do not reach us.\n\n'
        'We value your feedback. Please share your experience by rating this correspondence using the AWS '
        'Support Center link at the end of this correspondence.\n\nBest regards,\nArjun K.\n'
        'Amazon Web Services\n\n' + CONSOLE_FOOT % (CONSOLE_LINK % CASE_E))
add('E2', 'info_request', True, CASE_E, [], D(2025, 2, 11, 21, 22, 6),
    ('Amazon Web Services', NOREPLY), ME_P, SUBJ_E, alt(T_E2, cte='quoted-printable'),
    'Console case: needs details answered in the Support Center, not by e-mail; rating footer and '
    '"cannot accept incoming e-mails" boilerplate.')

T_C4 = ('平野様\n\nご連絡が遅くなり申し訳ございません。\n'
        '・身分証明書(パスポート)の表記: KANZAKI RYO\n・希望する表示: Ryo Kanzaki\n\n'
        '以上、よろしくお願いいたします。\n\n神崎')
add('C4', 'user_reply', False, CASE_C, [], D(2025, 2, 10, 18, 40, 12, JST),
    (ME_JA, ME_C), ('AWS Training and Certification', FORM), 'RE: RE:' + SUBJ_C,
    Leaf(T_C4 + '\n\n________________________________\n差出人: AWS Training and Certification <%s>\n'
         '送信日時: 2025年2月10日 11:02\n宛先: %s <%s>\n件名: RE:%s\n\n' % (FORM, ME_JA, ME_C, SUBJ_C) + T_C3,
         cs='iso-2022-jp', cte='7bit'), cs='iso-2022-jp', irt='C3', crlf=True,
    note='Owner\'s Japanese answer (ISO-2022-JP, Outlook quote header in Japanese) above the closing notice.')

add('zendesk', 'unrelated', False, None, [], D(2025, 2, 12, 1, 3, 55),
    ('Tessera Backup Support', 'support@tesserabackup.zendesk.com'), ME_P,
    '[Tessera Backup] Re: Restore job fails with error 0x3E',
    alt('##- Please type your reply above this line -##\n\nYour request (48213) is waiting for your '
        'response.\n\nHi Ryo,\n\nWe have not heard back since we asked for the agent log. If there is no '
        'reply within 4 days, this request will be closed automatically. Reply to this e-mail to keep it '
        'open.\n\nCheers,\nLina - Tessera Backup Support', cte='quoted-printable'),
    'Another vendor\'s closing notice with "reply to keep it open" - not an AWS case.')

T_C5 = ('神崎 亮 様\n\n平野です。ご返信ありがとうございました。\n'
        '認定アカウント上の表示名を「Ryo Kanzaki」に変更いたしました。認定証の PDF は、次回ダウンロード時から'
        '新しい表記で発行されます。Credly のバッジへの反映には数日かかる場合がございます。\n\n'
        'ご依頼いただいた対応が完了いたしましたので、本ケースはクローズさせていただきます。\n'
        'ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n\n平野\n'
        'AWS トレーニングと認定 カスタマーサポート')
add('C5', 'resolved', False, CASE_C, [], D(2025, 2, 12, 4, 30, 2),
    ('AWS Training and Certification', FORM), ME_C, 'RE:' + SUBJ_C,
    Leaf(T_C5 + '\n\n> ' + '\n> '.join(T_C4.split('\n')), cs='shift_jis', cte='base64'), irt='C4', cs='shift_jis',
    note='Japanese completion that closes the case (Shift_JIS base64); 〜がございましたら is conditional.')

T_E3 = ('Hello,\n\nWe are following up on case %s. On February 11 we asked for some details and the case has '
        'not been updated since.\n\nIf we do not hear from you, this case will be resolved automatically in '
        'three days. To keep it open, add a reply in the Support Center.\n\nBest regards,\n'
        'Amazon Web Services\n\n' % CASE_E + CONSOLE_FOOT % (CONSOLE_LINK % CASE_E))
add('E3', 'closing_notice', True, CASE_E, [], D(2025, 2, 14, 21, 30, 17),
    ('Amazon Web Services', NOREPLY), ME_P, SUBJ_E, alt(T_E3, cte='quoted-printable'),
    'Console auto-close warning; the answer must go through the console.')

T_E4 = ('Hello,\n\nBecause there was no reply to our last correspondence, case %s has been set to Resolved.\n\n'
        'If you still need help, you can reopen the case from the Support Center within the next 14 days. '
        'After that period a resolved case cannot be reopened and you would need to create a new one.\n\n'
        'Amazon Web Services\n\n' % CASE_E + CONSOLE_FOOT % (CONSOLE_LINK % CASE_E))
add('E4', 'closing_notice', True, CASE_E, [], D(2025, 2, 17, 21, 31, 2),
    ('Amazon Web Services', NOREPLY), ME_P, SUBJ_E, Leaf(T_E4, cs='us-ascii', cte='7bit'),
    'Console case auto-resolved for inactivity; "Resolved" here means closed unanswered, reopen within 14 days.')

T_E5 = ('Hello,\n\nThis is Arjun again - thanks for adding the details and reopening the case.\n\n'
        'Your benefit was marked as used by the exam you booked on January 9 and cancelled two days later; the '
        'cancellation did not release it. I have asked the certification team to restore the benefit and '
        'will update this case as soon as they confirm.\n\nBest regards,\nArjun K.\nAmazon Web Services\n\n'
        + CONSOLE_FOOT % (CONSOLE_LINK % CASE_E))
add('E5', 'case_update', False, CASE_E, [], D(2025, 2, 18, 3, 15, 48),
    ('Amazon Web Services', NOREPLY), ME_P, SUBJ_E, alt(T_E5, cte='base64'),
    'Console case reopened by the owner; agent reports progress and asks nothing.')

T_E6 = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n<p>Hello,</p>\n'
        '<p>Good news: the certification team has restored your 50%% exam discount. It is listed under '
        '<b>Benefits</b> again and will be accepted at checkout.</p>\n'
        '<p>I am setting this case to resolved. If you have further questions about it, you can reopen it from '
        'the Support Center within 14 days.</p>\n<p>Best regards,<br>Arjun K.<br>Amazon Web Services</p>\n'
        '<hr><p style="font-size:12px">We value your feedback. Please share your experience by rating this '
        'correspondence using the AWS Support Center link at the end of this correspondence.</p>\n'
        '<p style="font-size:12px">To see all correspondence: <a href="%s">%s</a><br>This message was sent '
        'from an address that cannot accept incoming e-mails.</p>\n</body></html>' % (
            H.escape(CONSOLE_LINK % CASE_E), H.escape(CONSOLE_LINK % CASE_E)))
add('E6', 'resolved', False, CASE_E, [], D(2025, 2, 19, 1, 40, 33),
    ('Amazon Web Services', NOREPLY), ME_P, SUBJ_E, Leaf(T_E6, 'html', cte='quoted-printable'),
    'HTML-only console resolution with rating request and reopen offer.')


# ---------------------------------------------------------------- late February: exam, badge, case D
add('pv-booking', 'unrelated', False, None, [CID_C], D(2025, 2, 19, 2, 51, 20),
    ('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_C, 'Pearson VUE Confirmation of Booking',
    alt('Dear Ryo Kanzaki,\n\nThank you for scheduling your exam with Pearson VUE.\n\n'
        'Exam: AWS Certified Solutions Architect - Associate (SAA-C03)\n'
        'Date and time: Saturday, February 22, 2025, 10:00 JST\nDelivery: OnVUE online proctored\n'
        'Registration number: 430917265\nAWS Candidate ID: %s\nDiscount applied: 50%% certification benefit\n\n'
        'To reschedule or cancel, do so at least 24 hours before the appointment. Run the system test on the '
        'computer you will use.\n\nPearson VUE' % CID_C, cte='quoted-printable'),
    'Exam vendor booking with a 9-digit registration number and candidate ID; not support.')

add('summit', 'unrelated', False, None, [], D(2025, 2, 20, 1, 0, 0),
    ('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P, 'AWS Summit Japan 2025 の参加登録を開始しました',
    Leaf(to_html('AWS Summit Japan 2025 の参加登録受付を開始しました。\n\n'
                 '会期: 2025年6月25日(水)・26日(木)\n会場: 幕張メッセ\n\n'
                 'AWS 認定取得者向けラウンジもご用意しています。認定をお持ちの方は、当日 AWS 認定アカウントの'
                 '画面をご提示ください。\n\n今すぐ登録: https://aws.amazon.com/jp/summits/japan/\n\n'
                 '配信停止をご希望の場合は、プリファレンスセンターから設定を変更してください。'),
         'html', cte='base64'),
    'AWS marketing in Japanese, HTML-only base64; mentions certification.')

T_RECERT = ('Congratulations, Ryo!\n\nYou have recertified as an AWS Certified Solutions Architect - '
            'Associate. Your certification is now valid until February 22, 2028.\n\n'
            'Candidate ID: %s\nValidation number: 7QZ4M1KJ2B11QWX0\n\n'
            'Your digital certificate is available in your AWS Certification Account, and a new Credly badge is '
            'on its way. A new 50%% discount benefit for your next exam has also been added.\n\n'
            'AWS Certification' % CID_C)
add('recert', 'certification', False, None, [CID_C], D(2025, 2, 24, 17, 12, 9),
    ('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Congratulations on recertifying your AWS Certification!', alt(T_RECERT, cte='quoted-printable'),
    'Recertification notice; candidate ID in own text.')

add('badge-1', 'badge', False, None, [], D(2025, 2, 24, 18, 3, 41),
    ('Credly', 'admin@credly.com'), ME_C,
    'Ryo, you earned a badge from Amazon Web Services Training and Certification',
    Leaf(to_html('Congratulations, Ryo!\n\nAmazon Web Services Training and Certification has issued you the '
                 'badge AWS Certified Solutions Architect - Associate.\n\n'
                 'Accept your badge to share it on LinkedIn, add it to your e-mail signature or download it: '
                 'https://www.credly.com/earner/earned/badge/5d1c0b7e-83a2-4f6a-9e0d-2c41b8f0a913\n\n'
                 'Questions? Visit our help center.\n\nThe Credly Team'), 'html', cte='quoted-printable'),
    'Credly badge with a badge UUID in the link.')

# ---- case D: question closed at the owner's own request
T_D1 = ('Hello,\n\nWe have received your request and opened case %s.\n\n'
        'Your question: After recertifying on February 22 I cannot find the new 50%% discount benefit in my '
        'account. Where should it appear?\n\n'
        'Most requests receive a first answer within 24 hours. If you have already opened a case about this, '
        'please do not open another one.\n\n%s' % (CASE_D, SIG_TC))
add('D1', 'acknowledgement', False, CASE_D, [], D(2025, 2, 26, 5, 47, 31),
    (FORM_NAME, FORM), ME_P,
    'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_D,
    alt(T_D1, cte='quoted-printable'),
    'Acknowledgement with "RE: [CASE" spacing; the question in it is the owner\'s own form text.')

T_D2 = ('Hi,\n\nNever mind - the benefit just appeared under Benefits, it seems it only needed a few days. '
        'Please go ahead and close this case. Sorry for the noise!\n\nRyo')
add('D2', 'user_reply', False, CASE_D, [], D(2025, 2, 26, 16, 55, 2, JST),
    (ME_NAME, ME_P), (FORM_NAME, FORM),
    'Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_D,
    alt(T_D2 + '\n\n' + gmail_on(DATES['D1'], FORM_NAME, FORM) + '\n\n' + q(T_D1), cte='quoted-printable'),
    'Owner withdraws the request and asks support to close the case.', irt='D1')

T_D3 = ('Hi Ryo,\n\nGlad it showed up! As you asked, I have closed case %s. No further action is needed on your '
        'side.\n\nGood luck with your next exam,\nLerato\nAWS Training and Certification' % CASE_D)
add('D3', 'resolved', False, CASE_D, [], D(2025, 2, 27, 0, 20, 18),
    (FORM_NAME, FORM), ME_P,
    'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_D,
    Leaf(T_D3 + '\n\n' + gmail_on(DATES['D2'], ME_NAME, ME_P) + '\n' + q(T_D2), cte='quoted-printable'),
    'Closure at the owner\'s own request (labelled resolved); "no further action is needed".', irt='D2')

add('D-survey', 'survey', False, CASE_D, [], D(2025, 2, 28, 3, 0, 0),
    ('AWS Customer Service Survey', 'cs-survey@amazon.com'), ME_P,
    'AWS トレーニングと認定サポートに関するアンケートのお願い(ケース %s)' % CASE_D,
    alt('神崎 亮 様\n\nこのたびは AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。\n'
        'ケース %s の対応について、ご意見をお聞かせいただけますでしょうか。所要時間は 2 分ほどです。\n\n'
        'アンケートに回答する: https://survey.aws-feedback.amazon.com/s/tc-ja?case=%s\n\n'
        'ご回答は任意です。本メールへの返信にはお答えできませんのでご了承ください。' % (CASE_D, CASE_D),
        cte='base64'),
    'Japanese survey with a keigo question (いただけますでしょうか) - a survey, not a request.')


# ---------------------------------------------------------------- March: the merge (A) and its duplicate (B)
SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
SUBJ_B = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B
T_A1 = ('Hello Ryo Kanzaki,\n\nWe have received your message, and a support case has been opened for it.\n\n'
        'Case ID: %s\nInquiry type: Certification\nDetail: Account Merge\nDescription:\n'
        '  Use case: I am leaving Nakaura Systems at the end of March and want my certifications kept under my '
        'personal account.\n'
        '  E-mail addresses used: %s (company, candidate ID %s), %s (personal, candidate ID %s)\n'
        '  Address to keep: %s\n\n'
        'Our team aims to respond within 24 hours, although some requests take longer. To avoid delays, do not '
        'submit another form for the same request - reply to this e-mail if you want to add something.\n\n'
        'Thank you,\nAWS Training and Certification' % (CASE_A, ME_C, CID_C, ME_P, CID_P, ME_P))
add('A1', 'acknowledgement', False, CASE_A, [CID_C, CID_P], D(2025, 3, 3, 1, 14, 40),
    (FORM_NAME, FORM), ME_P, SUBJ_A, Leaf(T_A1, cs='us-ascii', cte='7bit'),
    'Merge acknowledgement; echoes the form with both candidate IDs; "reply ... if you want to add" is '
    'conditional.')

T_B1 = ('AWS トレーニングと認定へのお問い合わせを受け付けました。\n\nケース ID: %s\n\n'
        '内容: 退職に伴い、会社メールアドレスの認定アカウント(%s)を個人アカウントへ統合したいです。\n\n'
        '通常は 24 時間以内に担当者からご連絡いたします。同じご依頼ですでにケースをお持ちの場合は、'
        '新しいケースを作成せず、既存のケースのメールにご返信ください。\n\n'
        'AWS トレーニングと認定' % (CASE_B, CID_C))
add('B1', 'acknowledgement', False, CASE_B, [CID_C], D(2025, 3, 3, 2, 3, 10),
    ('AWS トレーニングと認定', FORM), ME_C, SUBJ_B, Leaf(T_B1, cs='iso-2022-jp', cte='7bit'), cs='iso-2022-jp',
    note='Second form for the same merge, sent by mistake from the company address: acknowledgement of the '
         'duplicate case, Japanese ISO-2022-JP.')

add('B-fwd', 'user_reply', False, CASE_B, [], D(2025, 3, 3, 11, 20, 31, JST),
    (ME_JA, ME_C), ME_P, 'FW: ' + SUBJ_B,
    Leaf('メモ: フォームを二重に送信してしまった。こちらは重複なので、ケース %s の方を正とする。\n\n'
         '________________________________\n差出人: AWS トレーニングと認定 <%s>\n送信日時: 2025年3月3日 11:03\n'
         '宛先: %s\n件名: %s\n\n' % (CASE_A, FORM, ME_C, SUBJ_B) + T_B1, cs='iso-2022-jp', cte='7bit'),
    cs='iso-2022-jp', crlf=True,
    note='Owner forwards the duplicate\'s acknowledgement to himself with a note naming the other case; '
         'labelled with the forwarded case (B); candidate ID only in forwarded part.')

add('hr', 'unrelated', False, None, [], D(2025, 3, 4, 0, 30, 0),
    ('人事部', 'jinji@nakaura-sys.co.jp'), ME_C, '【人事部】退職手続きのご案内',
    Leaf('神崎 亮 様\n\n退職日: 2025年3月31日(月)\n\n下記の手続きについてご確認ください。\n'
         '1. 貸与 PC・入館証の返却(最終出社日)\n2. 社用メールアカウントは最終出社日の 18 時に停止されます。'
         '外部サービスに登録している社用アドレスは、事前に変更してください。\n'
         '3. 必要書類を 3月21日までに人事部へご提出ください。\n\n人事部', cs='shift_jis', cte='base64'),
    cs='shift_jis', note='HR leaving procedure (Shift_JIS base64): deadlines and requests, but not support.')

T_B2 = ('Hello,\n\nThis request is the same as case %s, which a colleague of mine is already handling for you. '
        'To keep everything in one place I have closed this case (%s) as a duplicate. All updates will come '
        'on case %s; there is no need to reply here.\n\nThank you,\nMeiling\n%s' % (CASE_A, CASE_B, CASE_A, SIG_TC))
add('B2', 'case_update', False, CASE_B, [], D(2025, 3, 4, 18, 5, 9),
    (FORM_NAME, FORM), ME_C, 'RE:' + SUBJ_B, Leaf(T_B2, cs='us-ascii', cte='7bit'),
    'Duplicate case closed and pointed at the main case; two case numbers in the text, belongs to B.')

T_A2 = ('Hello Ryo,\n\nThank you for the details in your request.\n\n'
        'Before we can go ahead there is one thing I need to flag. The certification account registered to %s '
        'is associated with an AWS Partner Network organization (Nakaura Systems Co., Ltd.). Certifications in '
        'partner-linked accounts count toward that partner\'s program requirements, so we cannot move them out '
        'while the association is active. The merge is on hold for now.\n\n'
        'Usually the association is released once the employee has left the partner company. Our partner '
        'operations team can release it earlier when the individual confirms the departure. Are you leaving '
        'Nakaura Systems, and if so, what is your last working day?\n\n'
        'As soon as the association is released I will continue with the merge.\n\nRegards,\nPriyanka\n%s'
        % (ME_C, SIG_TC))
add('A2', 'on_hold', True, CASE_A, [], D(2025, 3, 5, 7, 18, 26),
    (FORM_NAME, FORM), ME_P, SUBJ_A, alt(T_A2, cte='quoted-printable'),
    'Partner (APN) hold; the question is buried in the middle of a long explanation.')

T_A3 = ('Hi Priyanka,\n\nYes - I am leaving Nakaura Systems. My last working day is March 31, 2025, and the '
        'company mailbox will be shut down that evening. Please go ahead with releasing the association.\n\n'
        'Best,\nRyo')
add('A3', 'user_reply', False, CASE_A, [], D(2025, 3, 5, 21, 2, 55, JST),
    (ME_NAME, ME_P), (FORM_NAME, FORM), 'Re: ' + SUBJ_A,
    alt(T_A3 + '\n\n' + gmail_on(DATES['A2'], FORM_NAME, FORM) + '\n\n' + q(T_A2), cte='quoted-printable'),
    'Owner answers the hold question (Gmail, quoted history holds the question).', irt='A2')

T_A4 = ('Thank you, Ryo.\n\nI have passed your confirmation to our partner operations team and asked them to '
        'release the association. That normally takes two to three business days. I will get back to you as '
        'soon as it is done; nothing else is needed from you right now.\n\nPriyanka\n%s' % SIG_TC)
add('A4', 'case_update', False, CASE_A, [], D(2025, 3, 6, 0, 40, 14),
    (FORM_NAME, FORM), ME_P, SUBJ_A, Leaf(T_A4, cs='us-ascii', cte='7bit'), irt='A3',
    note='Passed to another team; explicitly nothing needed.')

T_A5 = ('Hi Ryo,\n\nQuick update: partner operations confirmed that the association has been released, so the '
        'hold is lifted. I am preparing the merge now and will send you the account details to confirm '
        'shortly.\n\nPriyanka')
add('A5', 'case_update', False, CASE_A, [], D(2025, 3, 10, 22, 10, 37),
    (FORM_NAME, FORM), ME_P, SUBJ_A, Leaf(T_A5, cte='quoted-printable'),
    'Hold lifted; announces a future confirmation request but asks nothing yet.')

ROWS_A6 = [('Login email', ME_P, ME_C), ('Training notification email', ME_P, ME_C),
           ('Certification notification email', ME_P, ME_C), ('Candidate ID', CID_P, CID_C)]
H_A6 = ('<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;'
        'font-size:14px">\n<p>Hello Ryo,</p>\n<p>Below are the two certification accounts I found for you. '
        'Check both carefully.</p>\n<table border="1" cellpadding="6" style="border-collapse:collapse">\n'
        '<tr><th></th><th>Account #1</th><th>Account #2</th></tr>\n'
        + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n' % r for r in ROWS_A6) +
        '</table>\n<p>A merge moves the exam history, certifications and benefits of one account into the other. '
        'The emptied account can no longer be used, and the merge cannot be undone.</p>\n'
        '<p>Kindly confirm that both accounts belong to you and that <b>Account #1</b> is the one we should '
        'keep.</p>\n<p>Thank you,<br>Priyanka<br>%s</p>\n</body></html>' % SIG_TC)
T_A6 = ('Hello Ryo,\n\nBelow are the two certification accounts I found for you. Check both carefully.\n\n'
        'Account #1\n' + ''.join('%s: %s\n' % (r[0], r[1]) for r in ROWS_A6) + '\nAccount #2\n'
        + ''.join('%s: %s\n' % (r[0], r[2]) for r in ROWS_A6) +
        '\nA merge moves the exam history, certifications and benefits of one account into the other. The '
        'emptied account can no longer be used, and the merge cannot be undone.\n\n'
        'Kindly confirm that both accounts belong to you and that Account #1 is the one we should keep.\n\n'
        'Thank you,\nPriyanka\n' + SIG_TC)
add('A6', 'confirmation_request', True, CASE_A, [CID_P, CID_C], D(2025, 3, 11, 17, 30, 4),
    (FORM_NAME, FORM), ME_P, SUBJ_A, Leaf(H_A6, 'html', cte='quoted-printable'),
    'HTML-only Account #1 / Account #2 table; "Kindly confirm" at the end.')

add('note-saeki', 'user_reply', False, None, [], D(2025, 3, 12, 9, 10, 0, JST),
    (ME_JA, ME_C), ('佐伯 美穂', 'm-saeki@nakaura-sys.co.jp'), '引継ぎ資料を格納しました',
    Leaf('佐伯さん\n\nお疲れさまです。神崎です。\n引継ぎ資料一式を共有フォルダ(infra/handover/kanzaki)に格納しました。'
         'ご確認いただけますか。\nAWS 認定のアカウント移行は、現在サポートとやり取り中です'
         '(パートナー紐付けの解除までは完了しました)。\n\n神崎', cs='iso-2022-jp', cte='7bit'),
    cs='iso-2022-jp', crlf=True, note='Owner\'s own mail to a colleague (user_reply, no case) that mentions the '
                                      'support case.', extra=['X-Mailer: Microsoft Outlook 16.0'])

add('ooo', 'unrelated', False, None, [], D(2025, 3, 12, 0, 10, 3),
    ('佐伯 美穂', 'm-saeki@nakaura-sys.co.jp'), ME_C, '自動応答: 引継ぎ資料を格納しました',
    Leaf('3月12日〜14日は出張のため不在にしております。返信が遅れますこと、ご了承ください。\n'
         'お急ぎの場合はチーム共有アドレスまでご連絡ください。\n\n佐伯', cte='quoted-printable'),
    'Colleague\'s out-of-office reply to the owner\'s mail.', irt='note-saeki',
    extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent'])

T_A7 = ('Hello Ryo,\n\nThis is a friendly reminder that we are still waiting for your reply on case %s. We need '
        'your confirmation before the accounts can be merged.\n\nIf we do not hear from you within 3 business '
        'days, we will assume you no longer need help and close the case.\n\nPriyanka\n%s' % (CASE_A, SIG_TC))
add('A7', 'closing_notice', True, CASE_A, [], D(2025, 3, 14, 17, 35, 50),
    (FORM_NAME, FORM), ME_P, SUBJ_A,
    Leaf(T_A7 + '\n\n-----Original Message-----\n' + outlook_block(DATES['A6'], '%s <%s>' % (FORM_NAME, FORM),
                                                                 ME_P, SUBJ_A) + '\n\n' + T_A6,
         cte='quoted-printable'), crlf=True,
    note='First reminder (3 business days, then closed) above the quoted confirmation request.')

add('activate', 'unrelated', False, CASE_ACT, [], D(2025, 3, 17, 6, 12, 40),
    ('AWS Activate', 'aws-cs-activate-form@amazon.com'), ME_P,
    'RE:[CASE %s] [AWS Activate Form Submission] - credits-application' % CASE_ACT,
    Leaf('Hello,\n\nWe are still missing the proof of incorporation we asked for on your AWS Activate credits '
         'application. If we do not receive it within 5 days, this case will be closed. Reply to this e-mail '
         'with the document to keep it open.\n\nAWS Activate Support', cs='us-ascii', cte='7bit'),
    'Closing notice from another AWS program\'s form case (same sender family): not T&C, no reply needed '
    'for the tracked process; case number kept.')

T_A8 = ('Hello Ryo,\n\nLast reminder for case %s: it will be closed at the end of today, Pacific Time, because '
        'we have not received the confirmation we asked for on March 11. A reply to this e-mail is all it takes '
        'to keep it open.\n\n%s' % (CASE_A, SIG_TC))
add('A8', 'closing_notice', True, CASE_A, [], D(2025, 3, 18, 0, 5, 12),
    (FORM_NAME, FORM), ME_P, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - '
                             'account-assistance' % CASE_A, alt(T_A8, cte='base64'),
    'Last reminder - no question, no please; the ask is implied by "all it takes". base64.')

T_A9 = ('Hi Priyanka,\n\nSorry for the slow reply, I was travelling. Confirmed: both accounts are mine. Please '
        'merge into Account #1 (%s, %s).\n\nThanks,\nRyo' % (ME_P, CID_P))
add('A9', 'user_reply', False, CASE_A, [CID_P], D(2025, 3, 18, 12, 47, 20, JST),
    (ME_NAME, ME_P), (FORM_NAME, FORM), 'Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - '
                                        'account-assistance' % CASE_A,
    alt(T_A9 + '\n\n' + gmail_on(DATES['A8'], FORM_NAME, FORM) + '\n\n' + q(T_A8), cte='quoted-printable'),
    'Owner confirms the merge (answering the last reminder).', irt='A8')

T_A10 = ('Hi Ryo,\n\nThe merge is complete. The exam history, certifications and benefits of %s are now all '
         'under %s (%s); the old account can no longer be signed in to. Your Credly badges will be re-issued '
         'to the personal address, and the partner profile can take a few days to update.\n\n'
         'Since your request has been completed, I am closing this case. Should anything look wrong, reply '
         'within 14 days and the case will reopen.\n\nPriyanka\n%s' % (CID_C, CID_P, ME_P, SIG_TC))
add('A10', 'resolved', False, CASE_A, [CID_C, CID_P], D(2025, 3, 18, 7, 22, 45),
    (FORM_NAME, FORM), ME_P, SUBJ_A,
    alt(T_A10 + '\n\n-----Original Message-----\n' + outlook_block(DATES['A6'], '%s <%s>' % (FORM_NAME, FORM),
                                                                 ME_P, SUBJ_A) + '\n\n' + T_A6,
        cte='quoted-printable'), irt='A9',
    note='Completion that closes the case ("reply within 14 days ... reopen") above the quoted '
         '"Kindly confirm" request.')

add('badge-2', 'badge', False, None, [], D(2025, 3, 18, 7, 41, 3),
    ('Credly', 'admin@credly.com'), ME_P, 'Ryo, 2 badges were added to your Credly wallet',
    Leaf(to_html('Hi Ryo,\n\nAmazon Web Services Training and Certification has issued 2 badges to this e-mail '
                 'address:\n- AWS Certified Solutions Architect - Associate\n'
                 '- AWS Certified Developer - Associate\n\nAccept them to keep them on your profile: '
                 'https://www.credly.com/earner/earned\n\nThe Credly Team'), 'html', cte='base64'),
    'Credly mail right after the merge.')

add('phish-1', 'suspicious', False, None, [CID_P], D(2025, 3, 7, 3, 44, 18),
    ('AWS Certification Support', 'support@aws-certification-center.com'), ME_P,
    'Final notice: case %s will be closed - certification records at risk' % FAKE_1,
    Leaf('<html><body><p>Dear candidate,</p><p>Your account merge case <b>%s</b> is about to be closed. If you '
         'do not verify your identity within <b>24 hours</b>, the certification records linked to candidate ID '
         '%s may be permanently removed.</p><p><a href="http://aws-certification-center.com/verify?c=%s">'
         'Verify now</a></p><p>If the link does not work, reply with your Builder ID e-mail and password.</p>'
         '<p>AWS Training &amp; Certification Team</p></body></html>' % (FAKE_1, CID_P, FAKE_1),
         'html', cte='quoted-printable'),
    'Lookalike domain (passes its own DKIM/DMARC) imitating a closing notice; demands a reply.')

add('phish-2', 'suspicious', False, None, [], D(2025, 3, 19, 2, 14, 55),
    (FORM_NAME, FORM), ME_P,
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % FAKE_2,
    alt('Hello,\n\nYour account merge needs one more step. Because the two accounts were last used from '
        'different countries, the merge will be reverted unless you re-verify both accounts within 48 hours:\n\n'
        'https://aws-training-verify.net/merge/confirm?id=%s\n\nSign in with your Builder ID e-mail and password. '
        'Without your confirmation the certifications return to the company account and this case will '
        'close.\n\n%s' % (FAKE_2, SIG_TC), cte='quoted-printable'),
    'Real T&C sender address and subject format, but dkim=none / spf=softfail / dmarc=fail at Gmail.',
    auth=dict(dkim='none', spf='softfail', dmarc='fail', host='vps4471.hostingbox-eu.net', ip='185.234.72.19',
              mf='hostingbox-eu.net'))


# ---------------------------------------------------------------- after the merge, background
add('bill-mar', 'unrelated', False, None, [], D(2025, 3, 3, 2, 40, 51),
    ('Amazon Web Services', NOREPLY), ME_P,
    'Amazon Web Services Billing Statement Available [AWS ID 304918227561]',
    Leaf('Greetings from Amazon Web Services,\n\nYour billing statement for the period February 1 - February 28, '
         '2025 is now available for AWS account 304918227561.\n\nAmount charged: USD 2.97\n\n'
         'Details: https://console.aws.amazon.com/billing/home#/bills\n\nSincerely,\nAmazon Web Services\n\n'
         'This e-mail address cannot accept incoming e-mails.', cs='us-ascii', cte='7bit'),
    'Monthly bill arriving between the two merge acknowledgements.')

add('A-survey', 'survey', False, CASE_A, [], D(2025, 3, 20, 15, 0, 0),
    ('AWS Customer Service Survey', 'cs-survey@amazon.com'), ME_P,
    'We would love your feedback on case %s' % CASE_A,
    alt('Hello Ryo,\n\nYour AWS Training and Certification case %s has been closed. How satisfied were you '
        'with the help you received?\n\n  1 - Very dissatisfied ... 5 - Very satisfied\n'
        '  https://survey.aws-feedback.amazon.com/s/tc?case=%s\n\n'
        'If you have anything else to tell us, there is a comment box at the end of the survey.\n\n'
        'Thank you,\nAWS Training and Certification' % (CASE_A, CASE_A), cte='quoted-printable'),
    'Survey after the merge closed; question plus conditional invitation.')

add('cert-hear', 'certification', False, None, [], D(2025, 3, 21, 16, 30, 0),
    ('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'AWS Certification wants to hear from you',
    alt('Hello Ryo,\n\nAs an AWS Certified professional, your experience can help shape future exams. We are '
        'looking for volunteers to review exam content and answer a short questionnaire about your recent '
        'exam.\n\nInterested? Opt in from the Benefits page of your AWS Certification Account.\n\n'
        'AWS Certification', cte='quoted-printable'),
    'Certification program feedback invitation - not a support survey, no case.')

add('pv-case', 'unrelated', False, None, [], D(2025, 3, 24, 14, 2, 31),
    ('Pearson VUE Customer Service', 'customerservice@pearsonvue.com'), ME_C,
    'Case CAS-38211-K4Q9Z7 closed - OnVUE check-in issue',
    alt('Dear Ryo,\n\nWe are closing your case CAS-38211-K4Q9Z7 because we have not heard from you for 5 '
        'business days. If you still need help with the check-in issue, reply to this e-mail within 10 days '
        'and the case will be reopened.\n\nKind regards,\nPearson VUE Customer Service', cte='quoted-printable'),
    'Exam vendor\'s own closing notice - same pattern as AWS, but not an AWS T&C case.')

add('phish-3', 'suspicious', False, None, [], D(2025, 3, 27, 8, 19, 44),
    ('Credly', 'admin@credly-badges.net'), ME_P, 'Action required: your AWS badges will be revoked',
    Leaf(to_html('Hello,\n\nAfter your recent account merge, the badges issued by Amazon Web Services Training and '
                 'Certification could not be matched to your profile. They will be revoked in 48 hours unless '
                 'you confirm ownership:\n\nhttps://credly-badges.net/claim/confirm\n\nCredly Support'),
         'html', cte='quoted-printable'),
    'Credly lookalike domain (credly-badges.net) pressing for action.')

add('gh-closed', 'unrelated', False, None, [], D(2025, 3, 31, 11, 5, 26),
    ('Kenji Ota', 'notifications@github.com'), ME_P,
    'Re: [ryokanzaki/dotfiles] zsh completion broken on macOS 15 (Issue #88)',
    alt('Closed #88 as completed via #91.\n\n--\nReply to this email directly, view it on GitHub:\n'
        'https://github.com/ryokanzaki/dotfiles/issues/88#event-16911874\n'
        'You are receiving this because you were mentioned.', cs='us-ascii', cte='7bit'),
    'GitHub "Closed ... as completed" - closing words outside support.')

add('cert-benefit', 'certification', False, None, [CID_P], D(2025, 4, 1, 1, 0, 0),
    ('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'AWS 認定特典のご案内',
    alt('神崎 亮 様\n\nAWS 候補 ID: %s\n\nご利用いただける AWS 認定特典をお知らせします。\n'
        '・次回の認定試験に使える 50%% 割引\n・AWS 認定取得者向けイベントへのご招待\n\n'
        '特典は AWS 認定アカウントの「特典」ページからご確認いただけます。\n'
        '本メールは送信専用アドレスから送信しています。' % CID_P, cte='base64'),
    'Japanese certification benefits notice (UTF-8 base64) to the personal account after the merge.')


# ---------------------------------------------------------------- write everything
CASES = [
    ('A', CASE_A, '15 digits', 'Account merge company -> personal. ack, APN partner hold with a buried question, '
     'owner answers, passed to partner ops, hold lifted, Account #1/#2 confirmation (HTML table), reminder, '
     'last reminder, owner confirms, merged and closed, survey, Credly.'),
    ('B', CASE_B, '15 digits', 'Duplicate form for the same merge from the company address: Japanese ack, owner '
     'forwards it to himself, support closes it as a duplicate of %s.' % CASE_A),
    ('I', CASE_I, '15 digits', 'Missing practice-exam benefit asked from the wrong address: ack, "write from the '
     'registered address", closed for no answer (reply within 7 days reopens), owner writes from the company '
     'address, benefit issued and case closed.'),
    ('G', CASE_G, '11 digits', 'Exam missing from transcript: resolved, owner says still missing, reopened and '
     'escalated, records team needs details, owner answers, resolved ("will close automatically in 72 hours"), '
     'survey.'),
    ('C', CASE_C, '11 digits', 'Name on certificate, Japanese agent: ack (ISO-2022-JP), keigo request, Japanese '
     'closing notice, owner answers, fixed and closed (Shift_JIS).'),
    ('E', CASE_E, '10 digits', 'Support Center console case about a used-up exam discount: new-case mail, request '
     'to answer in the console, auto-resolve warning, auto-resolved (reopen within 14 days), reopened, '
     'resolved with rating footer.'),
    ('D', CASE_D, '15 digits', 'Voucher question withdrawn by the owner; support closes it at his request; '
     'Japanese survey.'),
    ('-', CASE_ACT, '11 digits', 'AWS Activate form case (other program) - one closing notice, labelled unrelated.'),
]
DECISIONS = '''\
- closing_notice always has needs_reply=true, whether it says "will close" or "has closed": the matter is
  not done and an answer keeps or reopens the case. That includes the console case, where the answer goes
  through the Support Center rather than e-mail (E3, E4).
- A completion that also closes the case ("request completed ... closing this case ... reply within 14 days to
  reopen", "will close automatically in 72 hours ... you do not need to reply") is resolved, needs_reply=false.
  The test: is the request done? If yes, resolved; if the case closes because the owner did not answer, it is
  closing_notice.
- A case closed at the owner's own request (case D) is resolved: the matter is finished from his side.
- A duplicate case closed and pointed at the main case is case_update (no reply), labelled with the
  duplicate's own number even though the main case number is in the text.
- Case reopened by support after the owner complains (G3) or by the owner in the console (E5): case_update.
- The partner hold (A2) is on_hold with needs_reply=true because it ends with a direct question.
- A5 announces that a confirmation request will follow: case_update, nothing is asked yet.
- The Activate and Pearson VUE closing notices are unrelated (not AWS T&C); the Activate one keeps its AWS
  case number in "case" because it is an AWS support case; other vendors' tickets get null.
- Phishing gets case=null even when it shows a case-like number; candidate IDs it prints are still listed.
- candidate_ids come from the message's own text. Acknowledgements that echo the submitted form count
  (that text is the mail body, not quoted history). Forwarded parts, "Original request" blocks, Outlook
  "-----Original Message-----" blocks and ">" lines do not count.
- The owner's forward of a support mail to himself and his mail to a colleague are user_reply; the
  forward carries the forwarded case's number, the colleague mail has case null.
- "AWS Certification wants to hear from you" (CertMetrics) is certification, not survey: it is program
  mail, not feedback on a support case.
'''


def main():
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    msgs = sorted(MSGS, key=lambda m: m['date'])
    counts, rows, nreply = {}, [], 0
    for i, m in enumerate(msgs, 1):
        n = '%03d' % i
        with open(os.path.join(OUT, n + '-msg.eml'), 'wb') as fh:
            fh.write(m['raw'])
        with open(os.path.join(OUT, n + '-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        k = m['label']['kind']
        counts[k] = counts.get(k, 0) + 1
        nreply += m['label']['needs_reply']
        rows.append('| %s | %s | %s | %s | %s | %s |' % (n, m['key'], k, 'yes' if m['label']['needs_reply'] else 'no',
                                                     m['label']['case'] or '-', m['note'].replace('|', '/')))
    readme = ['me: %s %s' % (ME_P, ME_C), '',
              '# Blind corpus blind-342: "the end of a case"', '',
              'Mailbox of Ryo Kanzaki (神崎 亮), who leaves Nakaura Systems (an AWS Partner) on 2025-03-31 and '
              'moves his certifications to his personal account. Personal mail arrives at Gmail, company mail at '
              'Microsoft 365; both land in this mailbox. Messages are numbered in arrival order '
              '(%d messages, %d need a reply). Regenerate with `python3 gen.py`.' % (len(msgs), nreply), '',
              '## Cases', '', 'Letters are the message keys used in gen.py and in the decisions below (A6 = sixth message of case A).', '', '| name | case | format | story |', '|---|---|---|---|']
    readme += ['| %s | %s | %s | %s |' % c for c in CASES]
    readme += ['', 'Candidate IDs: %s (personal account, kept), %s (company account, merged away).' % (CID_P, CID_C),
               '', '## Labelling decisions', '', DECISIONS, '## Counts', '']
    readme += ['- %s: %d' % (k, counts[k]) for k in sorted(counts)]
    readme += ['', '## Messages', '', '| # | key | kind | reply? | case | what it is / what makes it hard |',
               '|---|---|---|---|---|---|'] + rows
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(readme) + '\n')
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('TOTAL', len(msgs)))
    print('%-22s %d' % ('needs_reply', nreply))


if __name__ == '__main__':
    main()
