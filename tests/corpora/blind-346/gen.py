#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json."""
import os, sys, json, base64, quopri, hashlib, html
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
ME_P = 'wataru.manabe.jp@gmail.com'
ME_C = 'w.manabe@hoshimi-tech.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def caseno(when, tail):
    return str(int(when.timestamp())) + tail


CASE_D = '13518927604'
CASE_E = caseno(dt(2025, 3, 3, 1, 13, 52), '00087')
CASE_A = caseno(dt(2025, 4, 21, 1, 16, 40), '03119')
CASE_C = caseno(dt(2025, 4, 21, 1, 30, 55), '01872')
CASE_B = caseno(dt(2025, 5, 7, 0, 32, 10), '00348')
CASE_BILL = caseno(dt(2025, 5, 7, 2, 9, 31), '00522')
CASE_F = caseno(dt(2025, 6, 2, 23, 47, 5), '02264')
OLD_CASE = '7012358846'
ACCT = '418205396742'
CID_OLD, CID_DUP, CID_NEW = 'AWS02718364', 'AWS08830195', 'AWS19045527'
CONSOLE = 'https://console.aws.amazon.com/support/home#/case/?displayId='


def hx(tag, n=16):
    return hashlib.sha1(tag.encode()).hexdigest()[:n]


def ses_id(tag):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return '<0106019%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        h[:9], h[9:17], h[17:21], h[21:25], h[25:29], h[29:40])


def gmail_id(tag):
    h = base64.b64encode(hashlib.sha256(tag.encode()).digest()).decode()
    h = h.replace('/', '_').replace('+', '-').rstrip('=')
    return '<CAK%s@mail.gmail.com>' % h[:41]


def outlook_id(tag):
    h = hashlib.sha1(tag.encode()).hexdigest().upper()
    return '<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>' % (h[:4], h[4:22], h[:4])


def gen_id(tag, domain):
    return '<%s.%s@%s>' % (hx(tag, 12), hx(tag + 'x', 8), domain)


# ---------------------------------------------------------------- MIME parts
class Leaf:
    def __init__(self, text, sub='plain', cs='utf-8', cte='quoted-printable', q=True, extra=()):
        self.text, self.sub, self.cs, self.cte, self.q, self.extra = text, sub, cs, cte, q, extra


class Multi:
    def __init__(self, sub, parts, params=''):
        self.sub, self.parts, self.params = sub, parts, params


class Blob:
    def __init__(self, ctype, body, cte='7bit', extra=()):
        self.ctype, self.body, self.cte, self.extra = ctype, body, cte, extra


def render(node, path):
    if isinstance(node, Leaf):
        data = node.text.encode(node.cs)
        if node.cte == 'base64':
            body = base64.encodebytes(data)
        elif node.cte == 'quoted-printable':
            body = quopri.encodestring(data)
        else:
            body = data
        cs = '"%s"' % node.cs if node.q else node.cs
        return ['Content-Type: text/%s; charset=%s' % (node.sub, cs),
                'Content-Transfer-Encoding: %s' % node.cte] + list(node.extra), body
    if isinstance(node, Blob):
        body = node.body if isinstance(node.body, bytes) else node.body.encode('ascii')
        hs = ['Content-Type: %s' % node.ctype]
        if node.cte:
            hs.append('Content-Transfer-Encoding: %s' % node.cte)
        return hs + list(node.extra), body
    b = '----=_Part_%s_%s' % (hx(path, 6).upper(), hx(path + 'b', 10))
    out = b'This is a multi-part message in MIME format.\n\n' if node.sub == 'mixed' else b''
    for i, p in enumerate(node.parts):
        hs, body = render(p, path + '/%d' % i)
        out += ('--%s\n' % b).encode() + '\n'.join(hs).encode() + b'\n\n' + body
        if not body.endswith(b'\n'):
            out += b'\n'
    out += ('--%s--\n' % b).encode()
    return ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (node.sub, node.params, b)], out


def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name='Subject').encode()


def subj_mixed(ascii_head, rest, cs='utf-8'):
    h = Header(ascii_head, 'us-ascii', header_name='Subject')
    h.append(rest, cs)
    return h.encode()


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    return formataddr((name, a), charset=cs)


def build(tag, date, frm, to, subj, body, cc=None, mid=None, irt=None, refs=None,
          pre=(), post=(), crlf=False, subj_raw=None, mime=True):
    L = list(pre)
    L.append('From: ' + frm)
    L.append('To: ' + to)
    if cc:
        L.append('Cc: ' + cc)
    L.append('Subject: ' + (subj_raw if subj_raw else hdr(subj)))
    L.append('Date: ' + format_datetime(date))
    L.append('Message-ID: ' + mid)
    if irt:
        L.append('In-Reply-To: ' + irt)
    if refs or irt:
        L.append('References: ' + (refs or irt))
    L.extend(post)
    L.append('MIME-Version: 1.0')
    hs, b = render(body, tag)
    L.extend(hs)
    raw = '\n'.join(L).encode('ascii') + b'\n\n' + b
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


MSGS = []


def M(kind, needs, case, ids, note, **kw):
    raw = build(**kw)
    MSGS.append(dict(raw=raw, date=kw['date'], kind=kind, needs=needs, case=case,
                     ids=list(ids), note=note, subj=kw['subj']))
    return raw


# ----------------------------------------------------------- header helpers
def pt(date):
    z = timezone(timedelta(hours=-7)) if (3, 9) <= (date.month, date.day) < (11, 2) else timezone(timedelta(hours=-8))
    return format_datetime(date.astimezone(z)) + (' (PDT)' if z.utcoffset(None).total_seconds() == -25200 else ' (PST)')


def gmail_in(date, rcpt, host, ip, mailfrom, dkim_d, dkim='pass', spf='pass', dmarc='pass',
             from_dom=None, pol='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    from_dom = from_dom or dkim_d
    dk = ('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dkim_d, hx(host, 8), hx(ip, 8))
          if dkim != 'none' else 'dkim=none')
    sp = ('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
          % (mailfrom, ip, mailfrom) if spf == 'pass' else
          'spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
          % (spf, mailfrom, ip, mailfrom))
    return ['Delivered-To: ' + rcpt,
            'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
            '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
            % (host, host, ip, hx(host + str(date), 12) + '.' + hx(str(date), 4), rcpt, pt(date)),
            'Authentication-Results: mx.google.com;\n       %s;\n       %s;\n       dmarc=%s (%s) header.from=%s'
            % (dk, sp, dmarc, pol, from_dom),
            'Return-Path: <%s>' % mailfrom]


def ses_in(date, rcpt=ME_P):
    ip = '54.240.8.%d' % (int(hx(str(date), 2), 16) % 200 + 20)
    return gmail_in(date, rcpt, 'a8-%s.smtp-out.amazonses.com' % ip.split('.')[-1], ip,
                    '0106019%s@email.amazonses.com' % hx(str(date), 10), 'amazon.com')


def m365_in(date, ip='54.240.48.91', mailfrom='amazonses.com', dkim_d='amazon.com', from_dom='amazon.com'):
    return ['Received: from OS0P286CA0071.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:be::8) by\n'
            ' TYWPR01MB8803.jpnprd01.prod.outlook.com (2603:1096:400:168::11) with\n'
            ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%s; %s'
            % ('6886.31', format_datetime(date)),
            'Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
            ' header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100'
            % (ip, mailfrom, dkim_d, from_dom),
            'X-MS-Exchange-Organization-AuthAs: Anonymous']


def q(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def to_html(text, font='Arial,Helvetica,sans-serif'):
    paras = text.strip('\n').split('\n\n')
    body = ''.join('<p>%s</p>\n' % html.escape(p).replace('\n', '<br>\n') for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px;color:#16191f">\n%s</body></html>\n' % (font, body))


WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
WDJ = '月火水木金土日'


def on_wrote(date, who):
    d = date.astimezone(JST)
    h = d.hour % 12 or 12
    return 'On %s, %s %d, %d at %d:%02d %s %s wrote:' % (
        WD[d.weekday()], d.strftime('%b'), d.day, d.year, h, d.minute, 'AM' if d.hour < 12 else 'PM', who)


def on_wrote_ja(date, who):
    d = date.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d %s:' % (d.year, d.month, d.day, WDJ[d.weekday()], d.hour, d.minute, who)


TC_NAME = 'AWS Training and Certification'
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'
AWS_FOOT = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
            'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')


# ======================================================= 2023: case D (company mailbox)
def block_d():
    t = dt(2023, 10, 2, 9, 12, 44)
    pv = ('Dear Wataru Manabe,\n\nThank you for booking your exam with Pearson VUE. Keep this e-mail for '
          'your records.\n\nExam: AWS Certified Solutions Architect - Professional (SAP-C02)\n'
          'Language: Japanese\nAppointment: Wednesday, October 11, 2023 at 1:30 PM JST\n'
          'Test center: Pearson VUE Tokyo Shinjuku, 2-xx Nishi-Shinjuku, Shinjuku-ku, Tokyo\n'
          'Registration ID: 482913307\nOrder total: 0 JPY (exam benefit applied)\n\n'
          'Please arrive 15 minutes early and bring two forms of identification whose names match '
          'your profile exactly. To reschedule or cancel, visit your Pearson VUE dashboard at least '
          '24 hours before the appointment.\n\nPearson VUE\n')
    M('unrelated', False, None, [], 'Exam vendor booking (9-digit registration ID, "please" wording)',
      tag='d1', date=t, frm=addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), to=ME_C,
      subj='Pearson VUE Confirmation of Booking', mid=gen_id('d1', 'pearson.com'),
      pre=m365_in(t, '148.253.128.17', 'pearson.com', 'pearson.com', 'pearson.com'),
      body=Multi('alternative', [Leaf(pv, cte='7bit', cs='us-ascii'), Leaf(to_html(pv), 'html')]), crlf=True)

    t = dt(2023, 10, 12, 6, 3, 10)
    rs = ('Hello Wataru,\n\nThe result of your recent exam, AWS Certified Solutions Architect - Professional, '
          'is now in your AWS Certification Account.\n\nCandidate ID: %s\n\nSign in to see your score report '
          'and, if you passed, your digital certificate. Badges are issued through Credly within a few days.\n\n'
          'AWS Certification\n\nYou are receiving this message because you took an AWS Certification exam. '
          'This mailbox is not monitored.\n' % CID_OLD)
    M('certification', False, None, [CID_OLD], 'Exam result notice from CertMetrics, not a case',
      tag='d2', date=t, frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_C,
      subj='Your AWS Certification exam results are available', mid=gen_id('d2', 'certmetrics.com'),
      pre=m365_in(t, '167.89.44.10', 'sendgrid.net', 'certmetrics.com', 'certmetrics.com'),
      body=Multi('alternative', [Leaf(rs), Leaf(to_html(rs), 'html')]), crlf=True)

    t = dt(2023, 10, 16, 5, 41, 2)
    ack_mid = ses_id('d3')
    ack = ('Hello,\n\nThanks for reaching out to AWS Training and Certification. Case %s has been created '
           'for your request and a member of our team will review it. Most requests get a first answer '
           'within one business day.\n\nTo avoid delays, please keep everything about this request on this '
           'case rather than sending the form again.\n\nSummary of what you sent us:\n'
           'Inquiry type: Certification\nAdditional details: Digital Badges\nEmail: %s\n'
           'Description: I passed the SAP exam last week but the badge is not in Credly. I think I have two '
           'certification accounts with the same e-mail address. Please merge them.\n\nRegards,\n'
           'AWS Training and Certification Customer Service\n' % (CASE_D, ME_C))
    M('acknowledgement', False, CASE_D, [], 'Form-case ack; "please keep everything on this case" and the '
      'echoed "Please merge them" are not asks',
      tag='d3', date=t, frm=addr(TC_NAME, TC), to=ME_C, subj=FORM_SUBJ % CASE_D, mid=ack_mid,
      pre=m365_in(t), body=Leaf(ack, cs='us-ascii', cte='7bit'), crlf=True)

    t = dt(2023, 10, 17, 2, 20, 31)
    ask_mid = ses_id('d4')
    ask = ('Hello Wataru,\n\nThank you for your patience while I looked into this.\n\nWhen I search by your '
           'e-mail address I find two certification profiles registered to %s. One of them also shows up on '
           'an earlier case of yours (%s, from 2021) about a name change, so I want to be careful to keep '
           'the right one.\n\nBecause both profiles share the same login e-mail, I cannot tell from our side '
           'which one you signed in to when you booked SAP-C02. We need you to sign in to each profile and '
           'send us the candidate ID shown in the top right corner (AWS followed by eight digits), and to tell '
           'us which of them holds the recent exam.\n\nOnce I have both IDs I can ask our back office to '
           'consolidate them.\n\nBest regards,\nAnand R.\nAWS Training and Certification Customer Service\n'
           % (ME_C, OLD_CASE))
    M('info_request', True, CASE_D, [], 'Ask ("We need you to...") after explanation; mentions an older '
      '10-digit case number',
      tag='d4', date=t, frm=addr(TC_NAME, TC), to=ME_C, subj=FORM_SUBJ % CASE_D, mid=ask_mid, irt=ack_mid,
      pre=m365_in(t), body=Leaf(ask, cte='quoted-printable', q=False), crlf=True)

    t = dt(2023, 10, 20, 3, 5, 47)
    cl_mid = ses_id('d5')
    cl = ('Hello,\n\nWe are following up on case %s. On October 17 we asked for the candidate IDs of both '
          'certification profiles and have not heard back yet.\n\nIf we receive no response within three '
          'business days, this case will be closed. You can answer this message at any time with the '
          'requested details; a reply reopens the case automatically.\n\nKind regards,\n'
          'AWS Training and Certification Customer Service' % CASE_D)
    clh = to_html(cl).replace('</body>', '<hr><p style="font-size:11px;color:#687078">%s</p></body>' % AWS_FOOT)
    M('closing_notice', True, CASE_D, [], 'HTML-only closing warning',
      tag='d5', date=t, frm=addr(TC_NAME, TC), to=ME_C, subj='RE: [CASE %s] [AWS Training and Certification '
      'Form Submission] - account-assistance' % CASE_D, mid=cl_mid, irt=ask_mid,
      refs=ack_mid + ' ' + ask_mid, pre=m365_in(t), body=Leaf(clh, 'html', cte='quoted-printable'), crlf=True)

    t = dt(2023, 10, 20, 14, 32, 9, JST)
    rp_mid = outlook_id('d6')
    rp = ('Hello Anand,\n\nSorry for the slow reply. Here are the two IDs:\n\n'
          '- %s : this one has the SAP-C02 exam from October 11 and my older certifications\n'
          '- %s : created by mistake, nothing on it as far as I can see\n\nPlease keep %s.\n\n'
          'Thanks,\nWataru\n\n--\n真鍋 航 (Wataru Manabe)\n株式会社ホシミテクノロジーズ クラウド事業部\n%s\n\n'
          '-----Original Message-----\n差出人: AWS Training and Certification <%s>\n'
          '送信日時: 2023年10月20日 12:05\n宛先: %s\n件名: RE: [CASE %s] [AWS Training and Certification '
          'Form Submission] - account-assistance\n\n%s\n' % (CID_OLD, CID_DUP, CID_OLD, ME_C, TC, ME_C, CASE_D, cl))
    M('user_reply', False, CASE_D, [CID_OLD, CID_DUP], 'Owner reply from Outlook (ISO-2022-JP), quotes the '
      'closing notice under an Original Message block',
      tag='d6', date=t, frm=addr('真鍋 航', ME_C, 'iso-2022-jp'), to=addr(TC_NAME, TC),
      subj='RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_D,
      mid=rp_mid, irt=cl_mid, refs=' '.join([ack_mid, ask_mid, cl_mid]),
      post=['Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_D,
            'Thread-Index: AdoDBm' + hx('d6', 20), 'Content-Language: ja', 'X-Mailer: Microsoft Outlook 16.0'],
      body=Leaf(rp, cs='iso-2022-jp', cte='7bit'), crlf=True)

    t = dt(2023, 10, 23, 7, 48, 15)
    rs_mid = ses_id('d7')
    rs = ('Hi Wataru,\n\nGood news: our back office has folded profile %s into %s. Your exam history, the '
          'SAP-C02 result and your earlier certifications all sit on the profile you kept, and the duplicate '
          'no longer exists.\n\nCredly picks up the change by itself; the badge for the Professional exam '
          'should reach you within about two days. There is nothing else you need to do.\n\nShould anything '
          'still look wrong after that, just reply here and the case will come back to me.\n\nWarm regards,\n'
          'Marisol G.\nAWS Training and Certification Customer Service\n\n---- Original message ----\n'
          'From: %s\nSent: 10/20/2023 05:32 AM\n\n%s\n' % (CID_DUP, CID_OLD, ME_C, q(rp.split('\n--\n')[0])))
    M('resolved', False, CASE_D, [CID_DUP, CID_OLD], 'Done; conditional "just reply here" invitation; '
      'quoted owner reply repeats the IDs',
      tag='d7', date=t, frm=addr(TC_NAME, TC), to=ME_C, subj=FORM_SUBJ % CASE_D, mid=rs_mid, irt=rp_mid,
      refs=' '.join([ack_mid, ask_mid, cl_mid, rp_mid]), pre=m365_in(t),
      body=Multi('alternative', [Leaf(rs), Leaf(to_html(rs), 'html')]), crlf=True)

    t = dt(2023, 10, 23, 9, 2, 40)
    bd = ('Hi Wataru,\n\nAmazon Web Services Training and Certification has issued you a new badge:\n\n'
          'AWS Certified Solutions Architect - Professional\n\nAccept your badge to share it on LinkedIn, add '
          'it to your e-mail signature or download it as an image.\n\nAccept badge: '
          'https://www.credly.com/earner/earned/badge/%s-%s-4c1e-9b7a-%s\n\nThe Credly Team\n'
          % (hx('b1', 8), hx('b2', 4), hx('b3', 12)))
    M('badge', False, None, [], 'Credly badge after the fix (UUID in link)',
      tag='d8', date=t, frm=addr('Credly', 'admin@credly.com'), to=ME_C,
      subj='Wataru, you earned a badge from Amazon Web Services Training and Certification',
      mid=gen_id('d8', 'credly.com'), pre=m365_in(t, '198.2.180.9', 'mail.credly.com', 'credly.com', 'credly.com'),
      body=Multi('alternative', [Leaf(bd, cte='7bit', cs='us-ascii'), Leaf(to_html(bd), 'html')]), crlf=True)

    t = dt(2023, 10, 25, 16, 0, 3)
    sv = ('Hello,\n\nYour recent request to AWS Training and Certification Customer Service (case %s) has been '
          'closed. Would you take two minutes to tell us how we did?\n\nHow satisfied were you with the help '
          'you received?\n[1] [2] [3] [4] [5]\nhttps://survey.aws-training-feedback.amazon.com/s/%s\n\n'
          'Answering is optional, and this survey does not reopen your case.\n' % (CASE_D, hx('d9', 14)))
    M('survey', False, CASE_D, [], 'Form-case satisfaction survey',
      tag='d9', date=t, frm=addr('AWS Customer Service', 'aws-tc-feedback@amazon.com'), to=ME_C,
      subj='How did we do on case %s?' % CASE_D, mid=ses_id('d9'), pre=m365_in(t),
      body=Multi('alternative', [Leaf(sv, cte='7bit', cs='us-ascii'), Leaf(to_html(sv), 'html')]), crlf=True)


block_d()


# ======================================================= 2025-03: case E (console, Japanese)
E_SUBJ = '認定アカウントの氏名（ローマ字）表記を変更したい'


def block_e():
    t = dt(2025, 3, 2, 20, 5, 11)
    bl = ('Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for '
          'the account ending in %s, is available on the AWS web site. Your account will be charged the '
          'following:\n\nTotal: USD 14.62\n\nYou can see a complete break down of all charges on the Billing '
          'page located at https://console.aws.amazon.com/billing/home#/bills\n\nThank you for using Amazon '
          'Web Services.\n\nSincerely,\nAmazon Web Services\n\n%s\n' % (ACCT[-4:], AWS_FOOT))
    M('unrelated', False, None, [], 'AWS billing statement from the same no-reply sender as console cases',
      tag='e0', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='Amazon Web Services Billing Statement Available [Account: %s]' % ACCT, mid=ses_id('e0'),
      pre=ses_in(t), body=Leaf(bl, cte='7bit', cs='us-ascii', q=False))

    t = dt(2025, 3, 3, 1, 14, 20)
    a_mid = ses_id('e1')
    ack = ('AWS サポートセンターにお問い合わせいただきありがとうございます。\n\n以下の内容でケースを作成しました。'
           '担当者から回答があり次第、メールでお知らせします。\n\nケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n'
           'サービス: AWS トレーニングと認定\nカテゴリ: 認定アカウント\nアカウント: [AWS ID %s]\n\n問い合わせ内容:\n'
           '認定アカウントの氏名が「Wataru Manaba」と誤って登録されています。パスポートの表記は MANABE WATARU です。'
           '次の試験を予約する前に修正してください。\n\nケースの確認・返信はこちら:\n%s%s&language=ja\n\n'
           'このメールの送信元アドレスは受信を行っていないため、返信いただいてもお答えできません。\n\n%s\n'
           % (CASE_E, E_SUBJ, ACCT, CONSOLE, CASE_E, AWS_FOOT))
    M('acknowledgement', False, CASE_E, [], 'Japanese console case opened; echo of own text ends in 〜ください; '
      '12-digit AWS account ID',
      tag='e1', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='Amazon Web Services: New Support case: %s' % CASE_E, mid=a_mid, pre=ses_in(t),
      body=Leaf(ack, cte='base64'))

    t = dt(2025, 3, 4, 9, 2, 37)
    i_mid = ses_id('e2')
    ag = ('こんにちは、AWS サポートの佐藤です。\n\n氏名表記の修正について承知いたしました。試験会場では本人確認書類と'
          'アカウントの氏名を照合するため、変更には確認の手続きが必要となります。\n\nお手数ですが、次の2点をお知らせ'
          'いただけますでしょうか。\n1. 本人確認書類に記載されているとおりのローマ字氏名（姓・名の区別がわかる形で）\n'
          '2. 認定アカウントの画面右上に表示される AWS 候補 ID\n\nなお、身分証明書の画像をお送りいただく必要は'
          'ございません。\n\nご回答は、下記リンクからサポートセンターのケースページにご入力ください。本メールへ返信'
          'されても担当者には届きませんのでご注意ください。\n\n佐藤\nAmazon Web Services')
    ei = ('ケース %s に新しい回答があります。\n\n---------------------------------\n%s\n'
          '---------------------------------\n\nケースを表示して返信するには: %s%s&language=ja\n\n'
          'このメールアドレスでは受信できません。\n\n%s\n' % (CASE_E, ag, CONSOLE, CASE_E, AWS_FOOT))
    M('info_request', True, CASE_E, [], 'Console notice carrying the agent\'s Japanese words; keigo ask; answer '
      'must go through the console',
      tag='e2', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='RE:[CASE %s] %s' % (CASE_E, E_SUBJ), subj_raw=subj_mixed('RE:[CASE %s] ' % CASE_E, E_SUBJ),
      mid=i_mid, irt=a_mid, pre=ses_in(t),
      body=Multi('alternative', [Leaf(ei), Leaf(to_html(ei), 'html')]))

    t = dt(2025, 3, 5, 4, 10, 0)
    sb = ('Hi Wataru,\n\nThanks for your purchase. This is your receipt.\n\nAWS Skill Builder Individual '
          'subscription - monthly\nOrder number: SB-20250305-77310482\nAmount: USD 29.00\nPayment method: '
          'Visa ending 4471\nNext renewal: April 5, 2025\n\nManage your subscription at '
          'https://skillbuilder.aws/subscriptions\n\nAWS Training and Certification\n')
    M('unrelated', False, None, [], 'Skill Builder receipt from an AWS training sender',
      tag='e3', date=t, frm=addr('AWS Training and Certification', 'no-reply@aws.training'), to=ME_P,
      subj='Your AWS Skill Builder receipt', mid=gen_id('e3', 'aws.training'),
      pre=gmail_in(t, ME_P, 'a11-92.smtp-out.amazonses.com', '54.240.11.92',
                   '01000195' + hx('e3', 8) + '@amazonses.com', 'aws.training'),
      body=Multi('alternative', [Leaf(sb, cte='7bit', cs='us-ascii'), Leaf(to_html(sb), 'html')]))

    t = dt(2025, 3, 5, 22, 40, 18, JST)
    r_mid = gmail_id('e4')
    ur = ('佐藤様\n\nご連絡ありがとうございます。\n1. 姓: MANABE / 名: WATARU\n2. %s\n\n以上、よろしくお願いいたします。\n'
          '真鍋\n\n%s\n%s\n' % (CID_NEW, on_wrote_ja(dt(2025, 3, 4, 9, 2, 37), 'Amazon Web Services <%s>' % NOREPLY),
                               q(ei)))
    reply_e = M('user_reply', False, CASE_E, [CID_NEW], 'Owner answers by e-mail to the no-reply console '
                'address (will not arrive)',
                tag='e4', date=t, frm=addr('真鍋 航', ME_P), to=addr('Amazon Web Services', NOREPLY),
                subj='Re: RE:[CASE %s] %s' % (CASE_E, E_SUBJ), mid=r_mid, irt=i_mid, refs=a_mid + ' ' + i_mid,
                body=Multi('alternative', [Leaf(ur, cte='base64', q=False),
                                           Leaf(to_html(ur), 'html', cte='base64', q=False)]))

    t = dt(2025, 3, 5, 13, 40, 52)
    au = ('This is an automated message. / これは自動送信メッセージです。\n\nWe received an e-mail from you at %s. '
          'This address does not accept incoming mail, and your message has NOT been added to support case %s. '
          'The support engineer has not seen it.\n\nTo answer, open the case in the AWS Support Center and use '
          'the Reply button:\n%s%s\n\n%s 宛てにお送りいただいたメールは受信されず、ケース %s には追加されて'
          'いません。担当者への回答は、上記リンクからサポートセンターのケースページでご入力ください。\n'
          % (NOREPLY, CASE_E, CONSOLE, CASE_E, NOREPLY, CASE_E))
    M('info_request', True, CASE_E, [], 'AWS auto-response: the e-mailed answer was dropped, answer in the '
      'console (support still waiting)',
      tag='e5', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='Your e-mail was not added to case %s' % CASE_E, mid=ses_id('e5'), irt=r_mid,
      post=['Auto-Submitted: auto-replied'], pre=ses_in(t), body=Leaf(au, cte='quoted-printable'))

    t = dt(2025, 3, 7, 9, 0, 4)
    cl = ('ケース %s は現在「お客様の対応待ち」の状態です。3月4日にお送りした質問へのご回答が、まだサポートセンターで'
          '確認できておりません。\n\n3日以内にサポートセンターからご返信がない場合、本ケースは自動的に解決済みとなります。'
          '解決済みのケースは14日以内であれば再度開くことができます。\n\nケースを開く: %s%s&language=ja\n\n'
          '※このメールへの返信は受け付けておりません。\n' % (CASE_E, CONSOLE, CASE_E))
    M('closing_notice', True, CASE_E, [], 'Console auto-resolve warning in Japanese',
      tag='e6', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='RE:[CASE %s] %s - お客様の対応待ち' % (CASE_E, E_SUBJ), mid=ses_id('e6'), irt=i_mid, pre=ses_in(t),
      body=Leaf(cl, cs='iso-2022-jp', cte='7bit'))

    t = dt(2025, 3, 7, 11, 26, 40)
    ec = ('サポートセンターから、ケース %s へのご返信を受け付けました。担当者が内容を確認のうえ回答いたします。\n\n'
          'ステータス: 対応中\n\nケースを表示: %s%s&language=ja\n\nこのメールは送信専用アドレスから配信されています。\n'
          % (CASE_E, CONSOLE, CASE_E))
    M('acknowledgement', False, CASE_E, [], 'System receipt for the owner\'s console reply',
      tag='e7', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='Amazon Web Services: ケース %s に返信が追加されました' % CASE_E, mid=ses_id('e7'), pre=ses_in(t),
      body=Multi('alternative', [Leaf(ec, cte='base64'), Leaf(to_html(ec), 'html', cte='base64')]))

    t = dt(2025, 3, 9, 3, 31, 9)
    gh = ('Merged #231 into main.\n\n--\nReply to this email directly, view it on GitHub:\n'
          'https://github.com/hoshimi-tech/infra-modules/pull/231#event-%s\nYou are receiving this because you '
          'authored the thread.\n' % str(int(hx('e8', 8), 16)))
    M('unrelated', False, None, [], 'GitHub "merged" notification',
      tag='e8', date=t, frm=addr('Kenta Oyama', 'notifications@github.com'), to='hoshimi-tech/infra-modules '
      '<infra-modules@noreply.github.com>', cc=addr('Wataru Manabe', ME_P) + ', Author <author@noreply.github.com>',
      subj='Re: [hoshimi-tech/infra-modules] Add VPC endpoint module (PR #231)',
      mid='<hoshimi-tech/infra-modules/pull/231/issue_event/%s@github.com>' % str(int(hx('e8', 8), 16)),
      irt='<hoshimi-tech/infra-modules/pull/231@github.com>',
      pre=gmail_in(t, ME_P, 'out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com', 'github.com'),
      body=Multi('alternative', [Leaf(gh, cte='7bit', cs='UTF-8', q=False), Leaf(to_html(gh), 'html', cte='7bit', cs='UTF-8', q=False)]))

    t = dt(2025, 3, 10, 2, 15, 33)
    bare = ('ケース %s が更新されました。\n\nセキュリティ上の理由から、このメールには回答の本文を記載しておりません。'
            '内容を確認するには、AWS マネジメントコンソールにサインインし、サポートセンターを開いてください。\n'
            '%s%s&language=ja\n\nこのメールアドレスでは受信できません。\n' % (CASE_E, CONSOLE, CASE_E))
    M('case_update', False, CASE_E, [], 'Bare "case updated" notice, agent text only behind sign-in',
      tag='e9', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='RE:[CASE %s] %s' % (CASE_E, E_SUBJ), mid=ses_id('e9'), irt=i_mid, pre=ses_in(t),
      body=Leaf(bare, cte='quoted-printable'))

    t = dt(2025, 3, 11, 6, 30, 12)
    rs = ('ケース %s に新しい回答があります。\n\n---------------------------------\nこんにちは、AWS サポートの佐藤です。\n\n'
          'ご回答ありがとうございました。認定アカウントの氏名を「WATARU MANABE」（名・姓の順で表示されます）に変更'
          'いたしました。変更はすでに反映されており、次回の試験予約から新しい表記が使われます。\n\n本件はこれにて'
          '解決とさせていただきます。追加のご質問がございましたら、ケースを再度開いてお知らせください。\n\n佐藤\n'
          'Amazon Web Services\n---------------------------------\n\nサポートの品質向上のため、この回答を評価して'
          'ください: https://console.aws.amazon.com/support/feedback?caseId=%s\n\n%s\n' % (CASE_E, CASE_E, AWS_FOOT))
    M('resolved', False, CASE_E, [], 'Japanese console resolution with conditional reopen offer and rating footer',
      tag='e10', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='RE:[CASE %s] %s' % (CASE_E, E_SUBJ), mid=ses_id('e10'), irt=i_mid, pre=ses_in(t),
      body=Multi('alternative', [Leaf(rs, cte='quoted-printable'), Leaf(to_html(rs), 'html', cte='quoted-printable')]))


block_e()


# ======================================================= 2025-04: cases A and C (merge)
def block_a1():
    g = {}
    t = dt(2025, 4, 14, 10, 2, 0, JST)
    hr = ('真鍋さん\n\nお疲れさまです。人事部の今井です。\n退職日に向けた各種アカウントの扱いについてご案内します。\n\n'
          '・最終出社日: 4月30日(水)\n・会社メールアドレス (%s) は5月1日 0:00 に停止します。停止後に届いたメールは'
          '送信者にエラーとして返送されます。\n・会社アドレスで登録している外部サービス（AWS 認定アカウント、各種'
          '勉強会サイトなど）は、退職日までに個人のアドレスへ切り替えてください。\n・PC とセキュリティカードは'
          '最終日に情報システム部へ返却してください。\n\nご不明点があれば人事部までご連絡ください。\n\n今井\n' % ME_C)
    M('unrelated', False, None, [], 'Company HR notice (Japanese requests, but not support)',
      tag='a0', date=t, frm=addr('人事部 今井', 'jinji@hoshimi-tech.co.jp', 'iso-2022-jp'), to=ME_C,
      subj='【ご案内】退職に伴う各種アカウントの停止について', mid=outlook_id('a0'),
      subj_raw=Header('【ご案内】退職に伴う各種アカウントの停止について', 'iso-2022-jp').encode(),
      post=['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ja'],
      body=Leaf(hr, cs='iso-2022-jp', cte='7bit'), crlf=True)

    t = dt(2025, 4, 21, 0, 58, 31)
    bi = ('Verify your AWS Builder ID email address\n\nUse this code to finish creating your AWS Builder ID:\n\n'
          'Verification code: 604 275\n\nThe code expires in 10 minutes. If you did not try to create a '
          'Builder ID, you can ignore this e-mail.\n\nAmazon Web Services\n')
    M('unrelated', False, None, [], 'Builder ID one-time code (6 digits)',
      tag='a1', date=t, frm=addr('AWS Builder ID', 'no-reply@signin.aws'), to=ME_P,
      subj='Verify your AWS Builder ID email address', mid=ses_id('a1'),
      pre=gmail_in(t, ME_P, 'a48-110.smtp-out.amazonses.com', '54.240.48.110',
                   '01000196' + hx('a1', 8) + '@us-west-2.amazonses.com', 'signin.aws'),
      body=Multi('alternative', [Leaf(bi, cte='7bit', cs='UTF-8', q=False), Leaf(to_html(bi), 'html')]))

    t = dt(2025, 4, 21, 1, 17, 3)
    g['ackA'] = ses_id('a2')
    ak = ('Hello Wataru Manabe,\n\nThank you for contacting AWS Training and Certification Customer Service. '
          'We have opened case %s for you.\n\nOur team usually replies within 24 hours, although some requests '
          'take longer while we look for the right fix. If you have already sent us this request, there is no '
          'need to send it again: a second case for the same question can slow things down.\n\nHere is what '
          'you submitted:\nContact email: %s\nAWS Candidate ID: %s\nInquiry type: Certification\nAdditional '
          'details: Account Merge\nHow can we help you?: I am leaving Hoshimi Technologies at the end of April '
          'and want to move my certifications to my personal account. Old account e-mail: %s (%s). Account to '
          'keep: %s (the candidate ID above).\n\nSincerely,\nAWS Training and Certification\n'
          % (CASE_A, ME_P, CID_NEW, ME_C, CID_OLD, ME_P))
    M('acknowledgement', False, CASE_A, [CID_NEW, CID_OLD], 'Form ack for the main merge case; echoes both '
      'candidate IDs',
      tag='a2', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=FORM_SUBJ % CASE_A, mid=g['ackA'], pre=ses_in(t),
      body=Multi('alternative', [Leaf(ak), Leaf(to_html(ak), 'html')]))

    t = dt(2025, 4, 21, 1, 31, 26)
    g['ackC'] = ses_id('a3')
    kc = ('真鍋 航 様\n\nAWS トレーニングと認定へお問い合わせいただき、ありがとうございます。ケース %s を作成いたしました。'
          '\n\n通常、24 時間以内に担当者よりご連絡いたします。内容によっては、最適な解決方法を確認するためにお時間を'
          'いただく場合がございます。\n\nすでに同じ内容のケースを作成されている場合は、新たにケースを作成なさらない'
          'ようお願いいたします。重複したケースは対応の遅れにつながります。\n\nお問い合わせ内容:\nお問い合わせタイプ: '
          'AWS トレーニングと認定\n問題タイプ: 認定\nその他の詳細: アカウントの統合\n内容: 退職のため、会社アドレス'
          ' (%s) の認定アカウントを個人アドレス (%s) のアカウントへ統合してください。\n\nAWS トレーニングと認定 '
          'カスタマーサービス\n' % (CASE_C, ME_C, ME_P))
    M('acknowledgement', False, CASE_C, [], 'Duplicate form submission ack in Japanese (ISO-2022-JP), polite '
      '"do not open another case" boilerplate',
      tag='a3', date=t, frm=addr(TC_NAME, TC), to=ME_C, subj=FORM_SUBJ % CASE_C, mid=g['ackC'],
      pre=m365_in(t), body=Leaf(kc, cs='iso-2022-jp', cte='7bit'), crlf=True)

    t = dt(2025, 4, 21, 10, 45, 12, JST)
    fw = ('自分用メモ: フォームを二重に送ってしまった。個人アドレス側が %s、こちらは重複。放っておいてよいか要確認。\n\n'
          '________________________________\n差出人: AWS Training and Certification <%s>\n送信日時: 2025年4月21日 10:31\n'
          '宛先: %s\n件名: %s\n\n%s' % (CASE_A, TC, ME_C, FORM_SUBJ % CASE_C, kc))
    M('user_reply', False, CASE_C, [], 'Owner forwards the duplicate ack to himself with a note',
      tag='a4', date=t, frm=addr('真鍋 航', ME_C), to=ME_P, subj='FW: ' + FORM_SUBJ % CASE_C, mid=outlook_id('a4'),
      post=['Thread-Topic: ' + (FORM_SUBJ % CASE_C)[3:], 'Thread-Index: AdWyN' + hx('a4', 20),
            'X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ja'],
      body=Multi('alternative', [Leaf(fw, cte='base64'), Leaf(to_html(fw, 'Meiryo,sans-serif'), 'html', cte='base64')]),
      crlf=True)

    t = dt(2025, 4, 22, 0, 50, 8)
    dp = ('Hello,\n\nI noticed that this request is the same as case %s, which you opened a few minutes earlier '
          'from %s. To keep things simple we will handle the merge only on case %s, and I have closed case %s '
          'as a duplicate.\n\nYou do not need to do anything about this message. All further updates will go '
          'to your personal address on the other case.\n\nBest,\nChloé D.\nAWS Training and Certification '
          'Customer Service\n' % (CASE_A, ME_P, CASE_A, CASE_C))
    M('case_update', False, CASE_C, [], 'Duplicate case closed and linked; names the other case number',
      tag='a5', date=t, frm=addr(TC_NAME, TC), to=ME_C, subj=FORM_SUBJ % CASE_C, mid=ses_id('a5'), irt=g['ackC'],
      pre=m365_in(t), body=Leaf(dp, cte='quoted-printable'), crlf=True)

    t = dt(2025, 4, 22, 3, 12, 55)
    g['hold'] = ses_id('a6')
    hd = ('Hello Wataru,\n\nThanks for the detailed request.\n\nBefore any merge I check both profiles. The '
          'profile on %s (%s) is linked to the AWS Partner Network organization of Hoshimi Technologies Co., '
          'Ltd. Certifications on a linked profile count toward that partner\'s standing, so we do not move '
          'them without the partner knowing. I have written to the partner\'s alliance administrator and placed '
          'your case on hold until they respond; this usually takes two to five business days.\n\nOne thing '
          'from you would help me make the case to the partner: are you still on the Hoshimi Technologies '
          'payroll today, and what is your last working day? If you have already left, say so and I will note '
          'it on the case.\n\nKind regards,\nRutendo M.\nAWS Training and Certification Customer Service\n'
          % (ME_C, CID_OLD))
    M('on_hold', True, CASE_A, [CID_OLD], 'APN partner hold with a question buried in the last paragraph',
      tag='a6', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=FORM_SUBJ % CASE_A, mid=g['hold'], irt=g['ackA'],
      pre=ses_in(t), body=Multi('alternative', [Leaf(hd), Leaf(to_html(hd), 'html')]))

    t = dt(2025, 4, 22, 13, 5, 40, JST)
    g['r1'] = gmail_id('a7')
    r1 = ('Hi Rutendo,\n\nYes, I am still employed there until April 30, which is my last working day. From May 1 '
          'the company mailbox will be shut down, so I would like to finish the merge before then if possible.\n\n'
          'Our alliance manager, Ms. Fujii, knows about this and said she will release me from the partner '
          'account.\n\nThanks,\nWataru Manabe\n\n%s\n%s\n'
          % (on_wrote(dt(2025, 4, 22, 3, 12, 55), '%s <%s>' % (TC_NAME, TC)), q(hd)))
    M('user_reply', False, CASE_A, [], 'Owner answers the hold question (Gmail quoting)',
      tag='a7', date=t, frm=addr('Wataru Manabe', ME_P), to=addr(TC_NAME, TC), subj='Re: ' + FORM_SUBJ % CASE_A,
      mid=g['r1'], irt=g['hold'], refs=g['ackA'] + ' ' + g['hold'],
      body=Multi('alternative', [Leaf(r1, cs='UTF-8', q=False), Leaf(to_html(r1), 'html', cs='UTF-8', q=False)]))

    t = dt(2025, 4, 23, 16, 20, 3, JST)
    fj = ('真鍋さん\n\nお疲れさまです。藤井です。\nPartner Central から真鍋さんの認定アカウントの紐付けを解除しました。'
          'AWS のサポートからも確認の連絡が来ていたので、月末で退職予定である旨を回答しておきました。\n\n'
          '他に何か必要なことがあれば言ってください。\n\n藤井\nアライアンス推進室\n')
    M('unrelated', False, None, [], 'Colleague (partner admin) reports she released the link; internal mail',
      tag='a8', date=t, frm=addr('藤井 彩', 'a.fujii@hoshimi-tech.co.jp'), to=ME_C,
      subj='Re: AWS認定アカウントの統合について', mid=outlook_id('a8'), irt=outlook_id('a8-prev'),
      post=['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ja'],
      body=Leaf(fj, cs='shift_jis', cte='base64'), crlf=True)

    t = dt(2025, 4, 24, 1, 44, 18)
    ph = ('Dear Certified Professional,\n\nWe were unable to verify ownership of your AWS Certification account. '
          'Under our updated security policy, unverified accounts are suspended and all certifications are '
          'revoked within 24 hours.\n\nTo keep your certifications, sign in and confirm your identity now:\n'
          'https://aws-certsupport.com/verify/login?ref=%s\n\nIf you do not act, this case will be closed and '
          'your badges removed permanently.\n\nAWS Certification Support Team\n' % hx('a9', 10))
    M('suspicious', False, None, [], 'Lookalike domain credential phish dressed as a closing notice',
      tag='a9', date=t, frm=addr('AWS Certification Support', 'case-support@aws-certsupport.com'), to=ME_P,
      subj='[CASE 88410273] Final notice: your certification account will be closed', mid=gen_id('a9', 'aws-certsupport.com'),
      pre=gmail_in(t, ME_P, 'mail.aws-certsupport.com', '185.225.17.66', 'bounce@aws-certsupport.com',
                   'aws-certsupport.com', dkim='none', dmarc='none', pol='p=NONE sp=NONE dis=NONE'),
      body=Leaf(to_html(ph).replace('https://aws-certsupport.com/verify/login?ref=' + hx('a9', 10),
                                     '<a href="https://aws-certsupport.com/verify/login?ref=%s" style="background:'
                                     '#ff9900;padding:8px 16px;color:#000">Verify now</a>' % hx('a9', 10)),
                'html', cte='quoted-printable'))

    t = dt(2025, 4, 24, 5, 40, 27)
    lf = ('Hello Wataru,\n\nQuick update on your case: the Hoshimi Technologies partner administrator has '
          'confirmed your departure and unlinked %s from their organization, so the case is no longer on hold.'
          '\n\nI am now lining up the two profiles for the merge and will come back to you with the details to '
          'check, usually within one business day.\n\nKind regards,\nRutendo M.\n' % CID_OLD)
    M('case_update', False, CASE_A, [CID_OLD], 'Hold lifted, next step announced, nothing asked yet',
      tag='a10', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=FORM_SUBJ % CASE_A, mid=ses_id('a10'),
      irt=g['r1'], refs=' '.join([g['ackA'], g['hold'], g['r1']]), pre=ses_in(t),
      body=Leaf(lf, cte='base64'))
    return g


GA = block_a1()


def block_a2(g):
    t = dt(2025, 4, 25, 2, 10, 36)
    sp = ('Hello,\n\nYour account merge request is almost complete. Because the source account belongs to a partner '
          'organization, we must re-validate your AWS Builder ID before moving your certifications.\n\nPlease '
          'sign in within 12 hours using the secure link below. Requests that are not validated are cancelled.\n'
          'https://builder-id-validation.support-amazon.co/session/%s\n\nThank you,\nAWS Training and '
          'Certification\n' % hx('a11', 12))
    M('suspicious', False, None, [], 'Spoofed real sender address: SPF and DMARC fail in Authentication-Results',
      tag='a11', date=t, frm=addr(TC_NAME, TC), to=ME_P,
      subj='RE:[CASE 1745301188] [AWS Training and Certification Form Submission] - account-assistance',
      mid=gen_id('a11', 'amazon.com'),
      pre=gmail_in(t, ME_P, 'vps-31-77.hostnet-cloud.ru', '91.218.31.77', TC, 'amazon.com', dkim='none',
                   spf='fail', dmarc='fail', pol='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'),
      body=Multi('alternative', [Leaf(sp, cs='utf-8'), Leaf(to_html(sp), 'html')]))

    t = dt(2025, 4, 25, 7, 22, 19)
    g['conf'] = ses_id('a12')
    row = ('<tr><td style="border:1px solid #aab7b8;padding:6px"><b>%s</b></td>'
           + '<td style="border:1px solid #aab7b8;padding:6px">%s</td>' * 4 + '</tr>\n')
    th = ''.join('<th style="border:1px solid #aab7b8;padding:6px;background:#f2f3f3">%s</th>' % x for x in
                 ['', 'Candidate ID', 'Login e-mail', 'Training notification e-mail', 'Certification notification e-mail'])
    ch = ('<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">\n'
          '<p>Hello Wataru,</p>\n<p>Thank you for waiting. The partner link is gone, so the merge can go ahead. '
          'These are the two certification profiles I found for you:</p>\n'
          '<table style="border-collapse:collapse">\n<tr>%s</tr>\n%s%s</table>\n'
          '<p>Everything on Account #2 (exam history, certifications and benefits such as your 50%% exam '
          'discount) would move to Account #1, and Account #2 would then be closed. A merge cannot be undone.</p>\n'
          '<p>Are both accounts yours, and is Account #1 the one you want to keep? A short reply to this e-mail '
          'is enough. I will not start the merge before I hear from you.</p>\n'
          '<p>Regards,<br>Keisuke T.<br>AWS Training and Certification Customer Service</p>\n'
          '<p style="font-size:11px;color:#687078">%s</p></body></html>\n'
          % (th, row % ('Account #1', CID_NEW, ME_P, ME_P, ME_P), row % ('Account #2', CID_OLD, ME_C, ME_C, ME_C), AWS_FOOT))
    M('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD], 'HTML-only Account #1/#2 table, ask phrased as '
      'questions',
      tag='a12', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=FORM_SUBJ % CASE_A, mid=g['conf'],
      irt=g['r1'], refs=' '.join([g['ackA'], g['hold'], g['r1']]), pre=ses_in(t),
      body=Leaf(ch, 'html', cte='quoted-printable'))
    conf_txt = ('Hello Wataru,\n\nThank you for waiting. The partner link is gone, so the merge can go ahead. These '
                'are the two certification profiles I found for you:\n\nAccount #1\nCandidate ID: %s\nLogin e-mail: '
                '%s\nTraining notification e-mail: %s\nCertification notification e-mail: %s\n\nAccount #2\n'
                'Candidate ID: %s\nLogin e-mail: %s\nTraining notification e-mail: %s\nCertification notification '
                'e-mail: %s\n\nEverything on Account #2 would move to Account #1, and Account #2 would then be closed. '
                'A merge cannot be undone.\n\nAre both accounts yours, and is Account #1 the one you want to keep? '
                'A short reply to this e-mail is enough.\n\nRegards,\nKeisuke T.'
                % (CID_NEW, ME_P, ME_P, ME_P, CID_OLD, ME_C, ME_C, ME_C))

    t = dt(2025, 4, 25, 17, 3, 55, JST)
    g['r2'] = gmail_id('a13')
    r2 = ('Hi Keisuke,\n\nConfirmed, both are mine. Please merge into Account #1.\n\nRegards,\nWataru\n\n%s\n%s\n'
          % (on_wrote(dt(2025, 4, 25, 7, 22, 19), '%s <%s>' % (TC_NAME, TC)), q(conf_txt)))
    M('user_reply', False, CASE_A, [], 'Owner confirms, but Gmail "send as" used the company address',
      tag='a13', date=t, frm=addr('Wataru Manabe', ME_C), to=addr(TC_NAME, TC), subj='Re: ' + FORM_SUBJ % CASE_A,
      mid=g['r2'], irt=g['conf'], refs=' '.join([g['ackA'], g['hold'], g['r1'], g['conf']]),
      body=Multi('alternative', [Leaf(r2, cs='UTF-8', q=False), Leaf(to_html(r2), 'html', cs='UTF-8', q=False)]))

    t = dt(2025, 4, 26, 1, 15, 42)
    g['wa'] = ses_id('a14')
    wa = ('Hello Wataru,\n\nThanks for the quick answer. I noticed it came from %s, which is the address of the '
          'profile being retired. To protect your records, we can only accept the go-ahead from the address of '
          'the profile you are keeping.\n\nWould you send the same confirmation again from %s? Replying to this '
          'e-mail from that address is fine. As soon as it arrives I will run the merge.\n\nRegards,\nKeisuke T.\n'
          'AWS Training and Certification Customer Service\n\n-----Original Message-----\nFrom: %s\nSent: '
          'Friday, April 25, 2025 8:03 AM\nTo: %s\nSubject: Re: %s\n\n%s\n'
          % (ME_C, ME_P, ME_C, TC, FORM_SUBJ % CASE_A, r2.split('\n\nOn ')[0]))
    M('info_request', True, CASE_A, [], 'Wrong-address reply: asked to resend from the kept address; sent to '
      'company address with personal in Cc',
      tag='a14', date=t, frm=addr(TC_NAME, TC), to=ME_C, cc=ME_P, subj=FORM_SUBJ % CASE_A, mid=g['wa'],
      irt=g['r2'], refs=' '.join([g['ackA'], g['conf'], g['r2']]), pre=ses_in(t),
      body=Multi('alternative', [Leaf(wa), Leaf(to_html(wa), 'html')]))

    t = dt(2025, 4, 28, 0, 35, 2)
    zd = ('##- Please type your reply above this line -##\n\nYour request (58213) has been updated. To add a comment, '
          'reply to this email.\n\n----------------------------------------------\n\nMaya (Nimbus Notes Support)\n\n'
          'Apr 28, 2025, 09:35 JST\n\nHi Wataru,\n\nThanks for the report about PDF export failing on large '
          'notebooks. Could you send us the browser console log from a failed export, and tell us roughly how many '
          'pages the notebook has?\n\nIf we don\'t hear back in 7 days, the request will be marked as solved.\n\n'
          'Maya\n\n----------------------------------------------\n\nThis email is a service from Nimbus Notes. '
          'Delivered by Zendesk\n[4KJ9W2-Q8N3]\n')
    M('unrelated', False, None, [], 'Another vendor\'s Zendesk ticket asking for info and threatening auto-solve',
      tag='a15', date=t, frm=addr('Maya (Nimbus Notes Support)', 'support@nimbusnotes.zendesk.com'), to=ME_P,
      subj='[Nimbus Notes] Re: PDF export fails for large notebooks', mid='<4KJ9W2Q8N3_6800d7%s_sprut@zendesk.com>' % hx('a15', 6),
      pre=gmail_in(t, ME_P, 'outbyoip8.pod18.use1.zdsys.com', '192.161.151.8', 'support@nimbusnotes.zendesk.com',
                   'nimbusnotes.zendesk.com'),
      body=Multi('alternative', [Leaf(zd), Leaf(to_html(zd), 'html')]))

    t = dt(2025, 4, 28, 2, 0, 14)
    g['cl'] = ses_id('a16')
    cl = ('Hello Wataru,\n\nWe are still waiting for your confirmation from %s. Without it the merge for case %s '
          'cannot go ahead.\n\nIf we do not hear from that address within 72 hours, we will close this case. '
          'Answering this e-mail keeps it open, and if it has already been closed, a reply will reopen it.\n\n'
          'Regards,\nKeisuke T.\nAWS Training and Certification Customer Service\n' % (ME_P, CASE_A))
    M('closing_notice', True, CASE_A, [], 'Closing warning that also restates the pending ask',
      tag='a16', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=FORM_SUBJ % CASE_A, mid=g['cl'], irt=g['wa'],
      pre=ses_in(t), body=Multi('alternative', [Leaf(cl, cte='7bit', cs='us-ascii'), Leaf(to_html(cl), 'html')]))

    t = dt(2025, 4, 28, 12, 20, 31, JST)
    g['r3'] = gmail_id('a17')
    r3 = ('Hello Keisuke,\n\nSending this from my personal address as requested. I confirm that both accounts are '
          'mine. Please merge Account #2 (%s) into Account #1 (%s) and keep %s.\n\nBest regards,\nWataru Manabe\n\n'
          '%s\n%s\n' % (CID_OLD, CID_NEW, ME_P, on_wrote(dt(2025, 4, 28, 2, 0, 14), '%s <%s>' % (TC_NAME, TC)), q(cl)))
    M('user_reply', False, CASE_A, [CID_OLD, CID_NEW], 'Owner confirms from the personal address',
      tag='a17', date=t, frm=addr('Wataru Manabe', ME_P), to=addr(TC_NAME, TC), subj='Re: ' + FORM_SUBJ % CASE_A,
      mid=g['r3'], irt=g['cl'], refs=' '.join([g['ackA'], g['conf'], g['wa'], g['cl']]),
      body=Multi('alternative', [Leaf(r3, cs='UTF-8', q=False), Leaf(to_html(r3), 'html', cs='UTF-8', q=False)]))

    t = dt(2025, 4, 28, 4, 55, 6)
    rs = ('Hello Wataru,\n\nConfirmation received, thank you. I have successfully merged the two profiles. Account #1 '
          '(%s) now holds your full exam history, all active certifications and the 50%% discount benefit. '
          'Account #2 has been closed.\n\nCredly badges are re-sent to the e-mail on file and may arrive over the '
          'next few hours. Your former employer\'s Partner Central view updates on its own schedule.\n\nI am marking '
          'this case resolved now. Take care,\nKeisuke T.\n\n-----Original Message-----\nFrom: %s\nSent: Friday, '
          'April 25, 2025 7:22 AM\nTo: %s\nSubject: %s\n\n%s\n' % (ME_P, TC, ME_P, FORM_SUBJ % CASE_A, conf_txt))
    M('resolved', False, CASE_A, [], '"successfully merged" over the quoted Account #1/#2 confirmation request',
      tag='a18', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=FORM_SUBJ % CASE_A, mid=ses_id('a18'), irt=g['r3'],
      refs=' '.join([g['ackA'], g['conf'], g['wa'], g['cl'], g['r3']]), pre=ses_in(t),
      body=Leaf(rs, cte='quoted-printable'))


block_a2(GA)


def block_a3():
    t = dt(2025, 4, 28, 6, 10, 44)
    bd = ('Hi Wataru,\n\nAmazon Web Services Training and Certification issued you a badge for AWS Certified Solutions '
          'Architect - Professional. Your badge is waiting: claim it to show your achievement on your profile.\n\n'
          'Claim badge: https://www.credly.com/earner/earned/badge/%s-%s-41f0-8c2e-%s\n\nQuestions? Visit the '
          'Credly help center.\n\nCredly, Inc.\n' % (hx('c1', 8), hx('c2', 4), hx('c3', 12)))
    M('badge', False, None, [], 'Credly re-issue after the merge',
      tag='a19', date=t, frm=addr('Credly', 'admin@credly.com'), to=ME_P,
      subj='Your badge from Amazon Web Services Training and Certification is waiting',
      mid=gen_id('a19', 'credly.com'),
      pre=gmail_in(t, ME_P, 'o1.ptr1842.credly.com', '149.72.120.33', 'bounces+1842@em.credly.com', 'credly.com'),
      body=Multi('alternative', [Leaf(bd, cte='7bit', cs='us-ascii'), Leaf(to_html(bd), 'html')]))

    t = dt(2025, 4, 29, 8, 0, 9)
    sv = ('<html><body style="font-family:Meiryo,Arial,sans-serif">\n<p>ケース %s に関するアンケートのお願い / '
          'Tell us about case %s</p>\n<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとう'
          'ございました。今後のサービス向上のため、対応についてのご感想をお聞かせください。</p>\n'
          '<p>担当者の対応にどの程度満足されましたか？</p>\n<table><tr>%s</tr></table>\n<p>We value your feedback. '
          'Please rate your experience: it takes less than a minute. Answering is optional and will not change '
          'the status of your case.</p>\n</body></html>\n'
          % (CASE_A, CASE_A, ''.join('<td><a href="https://feedback.aws.amazon.com/case/%s?r=%d">%d</a></td>'
                                     % (CASE_A, i, i) for i in range(1, 6))))
    M('survey', False, CASE_A, [], 'Bilingual HTML-only survey with a question in it',
      tag='a20', date=t, frm=addr('AWS Customer Service', 'aws-tc-feedback@amazon.com'), to=ME_P,
      subj='アンケートのお願い: ケース %s / How did we do?' % CASE_A, mid=ses_id('a20'), pre=ses_in(t),
      body=Leaf(sv, 'html', cte='base64'))

    t = dt(2025, 4, 30, 18, 2, 55, JST)
    oo = ('（自動応答）\n\nメールありがとうございます。山田は5月6日まで休暇のため不在にしております。\n'
          '期間中にいただいたメールは、復帰後に順次確認いたします。\n急ぎのご用件は support@minato-logi.co.jp まで'
          'お願いいたします。\n\n株式会社みなとロジ 情報システム課 山田\n')
    M('unrelated', False, None, [], 'Out-of-office reply to the owner\'s farewell mail (Japanese)',
      tag='a21', date=t, frm=addr('山田 剛', 'yamada@minato-logi.co.jp', 'iso-2022-jp'), to=ME_C,
      subj='自動応答: 退職のご挨拶（真鍋）', subj_raw=Header('自動応答: 退職のご挨拶（真鍋）', 'iso-2022-jp').encode(),
      mid=gen_id('a21', 'minato-logi.co.jp'), irt=outlook_id('farewell'),
      post=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
      pre=m365_in(t, '40.107.74.51', 'minato-logi.co.jp', 'minato-logi.co.jp', 'minato-logi.co.jp'),
      body=Leaf(oo, cs='iso-2022-jp', cte='7bit'), crlf=True)


block_a3()

# ======================================================= 2025-05: case B (console, English) + billing case
B_SUBJ = '50% exam discount benefit missing after account merge'
BILL_SUBJ = 'Unexpected NAT Gateway charges in ap-northeast-1'


def console_new(n, subj, sev, svc, cat, corr):
    return ('Dear AWS customer,\n\nThanks for contacting AWS Support. We have received your request and opened '
            'case %s.\n\nCase details\n------------\nCase ID: %s\nSubject: %s\nSeverity: %s\nService: %s\n'
            'Category: %s\nAccount: [AWS ID %s]\nCorrespondence: %s\n\nA support engineer will respond according '
            'to the severity you selected. To view or add to this case, go to %s%s&language=en\n\nPlease note: '
            'this e-mail was sent from an address that cannot accept incoming e-mails.\n\n%s\n'
            % (n, n, subj, sev, svc, cat, ACCT, corr, CONSOLE, n, AWS_FOOT))


def console_msg(n, agent_text):
    return ('Hello,\n\nYou have a new message on AWS Support case %s.\n\n-------\n%s\n-------\n\nTo see the full case '
            'history and reply, sign in to the Support Center: %s%s&language=en\n\nThis e-mail was sent from a '
            'notification-only address that cannot accept incoming e-mail. Replies to it are not read.\n'
            % (n, agent_text, CONSOLE, n))


def block_b1():
    g = {}
    t = dt(2025, 5, 6, 15, 30, 0)
    hv = ('Hello Wataru,\n\nAWS Certification wants to hear from you. We are studying how certified professionals '
          'use their credentials at work and would value ten minutes of your time.\n\nTake the survey: '
          'https://www.certmetrics.com/amazon/survey/%s\n\nThe survey closes on May 31. Your answers are '
          'anonymous and do not affect your certification.\n\nAWS Certification\n' % hx('b0', 10))
    M('certification', False, None, [], 'Certification program survey (not a support-case survey)',
      tag='b0', date=t, frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_P,
      subj='AWS Certification wants to hear from you', mid=gen_id('b0', 'certmetrics.com'),
      pre=gmail_in(t, ME_P, 'o7.sg.certmetrics.com', '167.89.44.10', 'bounces+77@sg.certmetrics.com', 'certmetrics.com'),
      body=Multi('alternative', [Leaf(hv, cte='7bit', cs='us-ascii'), Leaf(to_html(hv), 'html')]))

    t = dt(2025, 5, 7, 0, 33, 1)
    g['ack'] = ses_id('b1')
    ak = console_new(CASE_B, B_SUBJ, 'General guidance', 'Training and Certification', 'Certification benefits',
                     'My certification accounts were merged on April 28 (case %s). Before the merge the old account '
                     'had a 50%% exam discount benefit. The merged account (%s) does not show it under Benefits. '
                     'Could you restore it?' % (CASE_A, CID_NEW))
    M('acknowledgement', False, CASE_B, [CID_NEW], 'Console case opened; echoed owner text contains a question '
      'and the earlier case number',
      tag='b1', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='Amazon Web Services: New Support case: %s' % CASE_B, mid=g['ack'], pre=ses_in(t),
      body=Leaf(ak, cte='7bit', cs='UTF-8', q=False))

    t = dt(2025, 5, 7, 2, 10, 12)
    g['back'] = ses_id('b2')
    ab = console_new(CASE_BILL, BILL_SUBJ, 'General guidance', 'Billing', 'Charges',
                     'I see NAT Gateway hours billed in April although I deleted the VPC in March. Please check.')
    M('unrelated', False, None, [], 'Console case about billing: same template and sender as the T&C console case',
      tag='b2', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='Amazon Web Services: New Support case: %s' % CASE_BILL, mid=g['back'], pre=ses_in(t),
      body=Leaf(ab, cte='7bit', cs='UTF-8', q=False))

    t = dt(2025, 5, 8, 3, 40, 25)
    g['ask'] = ses_id('b3')
    ag = ('Hi Wataru,\n\nThanks for the details about the merge. Benefits on a retired profile normally travel with '
          'it, but discounts that were already generated as a code sometimes stay behind, and that looks like what '
          'happened here.\n\nSo I can point the benefits team at the right place, I need two things: the candidate '
          'ID of the profile that was retired, and roughly when the discount first appeared there (the exam it '
          'came from is fine too).\n\nPlease add these as a reply on the case in the Support Center. E-mail '
          'replies do not reach us.\n\nBest regards,\nOksana V.\nAmazon Web Services')
    g['ask_txt'] = console_msg(CASE_B, ag)
    M('info_request', True, CASE_B, [], 'Console notice with the agent\'s words; "I need two things"; answer in '
      'console only',
      tag='b3', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P, subj='RE:[CASE %s] %s' % (CASE_B, B_SUBJ),
      mid=g['ask'], irt=g['ack'], pre=ses_in(t),
      body=Multi('alternative', [Leaf(g['ask_txt']), Leaf(to_html(g['ask_txt']), 'html')]))

    t = dt(2025, 5, 8, 5, 2, 48)
    bq = console_msg(CASE_BILL, 'Hello,\n\nI am looking into the NAT Gateway charges. Could you reply in the Support '
                     'Center with the NAT gateway ID (nat-...) shown on your April bill, and confirm the Region? '
                     'With that I can check whether the gateway was really deleted.\n\nRegards,\nDiego F.\n'
                     'AWS Billing and Accounts')
    M('unrelated', False, None, [], 'Billing console case asks for info: AWS support, but not a T&C case',
      tag='b4', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P, subj='RE:[CASE %s] %s' % (CASE_BILL, BILL_SUBJ),
      mid=ses_id('b4'), irt=g['back'], pre=ses_in(t),
      body=Multi('alternative', [Leaf(bq), Leaf(to_html(bq), 'html')]))
    return g


GB = block_b1()


def block_b2(g):
    t = dt(2025, 5, 8, 21, 14, 2, JST)
    g['rep'] = gmail_id('b5')
    rp = ('Hi Oksana,\n\nThe retired profile was %s. The discount appeared after I passed SAP-C02 on October 11, 2023.'
          '\n\nThanks,\nWataru\n\n%s\n%s\n' % (CID_OLD, on_wrote(dt(2025, 5, 8, 3, 40, 25),
                                                                 'Amazon Web Services <%s>' % NOREPLY), q(g['ask_txt'])))
    raw_rep = M('user_reply', False, CASE_B, [CID_OLD], 'Owner answers by e-mail to the no-reply console address',
                tag='b5', date=t, frm=addr('Wataru Manabe', ME_P), to=addr('Amazon Web Services', NOREPLY),
                subj='Re: RE:[CASE %s] %s' % (CASE_B, B_SUBJ), mid=g['rep'], irt=g['ask'],
                refs=g['ack'] + ' ' + g['ask'],
                body=Multi('alternative', [Leaf(rp, cs='UTF-8', q=False), Leaf(to_html(rp), 'html', cs='UTF-8', q=False)]))

    t = dt(2025, 5, 8, 12, 14, 39)
    dsn_txt = ('** Address not found **\n\nYour message wasn\'t delivered to %s because the address couldn\'t be found, '
               'or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <%s>: Recipient '
               'address rejected: this mailbox does not accept incoming messages\n' % (NOREPLY, NOREPLY))
    ds = ('Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; mail-sor-f69.google.com\nArrival-Date: %s\nX-Original-Message-ID: %s\n\n'
          'Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; amazon-smtp.amazon.com. '
          '(52.94.124.7, the server for the domain amazon.com.)\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient '
          'address rejected: this mailbox does not accept incoming messages\nLast-Attempt-Date: %s\n'
          % (pt(dt(2025, 5, 8, 12, 14, 2)), g["rep"], NOREPLY, NOREPLY, pt(t)))
    M('unrelated', True, CASE_B, [], 'Gmail bounce of the owner\'s answer; attached original quotes the ask. '
      'needs_reply true: support is still waiting (judgement call)',
      tag='b6', date=t, frm=addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), to=ME_P,
      subj='Delivery Status Notification (Failure)', mid=gmail_id('b6'), irt=g['rep'], refs=g['rep'],
      pre=['Delivered-To: ' + ME_P, 'Received: by 2002:a05:6a10:9b1f:b0:5c4:1e2:7f0 with SMTP id %s; %s'
           % (hx('b6', 10), pt(t)), 'Return-Path: <>'],
      post=['Auto-Submitted: auto-replied'],
      body=Multi('report', [Leaf(dsn_txt, cs='UTF-8', q=False),
                            Blob('message/delivery-status', ds, cte=None),
                            Blob('message/rfc822', raw_rep, cte=None)], params=' report-type=delivery-status;'))

    t = dt(2025, 5, 10, 1, 0, 20)
    bare = ('Hello,\n\nThere is new activity on your AWS Support case %s.\n\nFor your security, the content of the update '
            'is only shown in the AWS Support Center. Sign in to read it:\n%s%s&language=en\n\nThis is an automated '
            'notification; replies to this address are not monitored.\n' % (CASE_B, CONSOLE, CASE_B))
    M('case_update', False, CASE_B, [], 'Bare "new activity" notice; the text is behind sign-in (judgement call)',
      tag='b7', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='Amazon Web Services: Case %s has been updated' % CASE_B, mid=ses_id('b7'), pre=ses_in(t),
      body=Leaf(bare, cte='7bit', cs='us-ascii'))

    t = dt(2025, 5, 11, 1, 0, 3)
    cl = ('Hello,\n\nWe are waiting on a response from you for case %s ("%s"). It has been in the status "Pending '
          'customer action" since May 8.\n\nIf we do not receive your reply through the Support Center by May 14, '
          '2025, the case will be resolved automatically. A resolved case can be reopened within 14 days; after '
          'that you would need to create a new case.\n\nReply now: %s%s&language=en\n\nThis address cannot accept '
          'incoming e-mails.\n\n%s\n' % (CASE_B, B_SUBJ, CONSOLE, CASE_B, AWS_FOOT))
    M('closing_notice', True, CASE_B, [], 'Console auto-resolve warning (English)',
      tag='b8', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P, subj='RE:[CASE %s] %s' % (CASE_B, B_SUBJ),
      mid=ses_id('b8'), irt=g['ask'], pre=ses_in(t),
      body=Multi('alternative', [Leaf(cl, cte='7bit', cs='us-ascii'), Leaf(to_html(cl), 'html')]))

    t = dt(2025, 5, 11, 3, 2, 10)
    br = console_msg(CASE_BILL, 'Hello,\n\nThank you for the gateway ID. The gateway was deleted on March 29, but an '
                     'Elastic IP stayed allocated, and that is what you were billed for. As a one-time courtesy I have '
                     'applied a credit of USD 3.84, which will show on your May invoice.\n\nI am marking this case '
                     'resolved.\n\nWe value your feedback. Please share your experience by rating this correspondence '
                     'in the Support Center.\n\nRegards,\nDiego F.')
    M('unrelated', False, None, [], 'Billing console case resolved (survey footer)',
      tag='b9', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P, subj='RE:[CASE %s] %s' % (CASE_BILL, BILL_SUBJ),
      mid=ses_id('b9'), irt=g['back'], pre=ses_in(t), body=Leaf(br, cte='quoted-printable'))

    t = dt(2025, 5, 12, 0, 20, 41)
    ec = ('Hello,\n\nYour reply was added to case %s. The case status is now "Reviewing". You will get an e-mail when '
          'the support engineer responds.\n\nView case: %s%s&language=en\n\nSent from an address that cannot accept '
          'incoming e-mails.\n' % (CASE_B, CONSOLE, CASE_B))
    M('acknowledgement', False, CASE_B, [], 'Receipt for the owner\'s console reply',
      tag='b10', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P,
      subj='Amazon Web Services: You replied to case %s' % CASE_B, mid=ses_id('b10'), pre=ses_in(t),
      body=Leaf(ec, cte='7bit', cs='us-ascii'))

    t = dt(2025, 5, 13, 6, 10, 17)
    up = console_msg(CASE_B, 'Hi Wataru,\n\nThanks, %s was what I needed. I have opened an internal request with the '
                     'certification benefits team to trace the discount code. They usually come back within three to '
                     'five business days.\n\nI will keep the case open in the meantime; nothing is needed from your '
                     'side right now.\n\nBest regards,\nOksana V.' % CID_OLD)
    M('case_update', False, CASE_B, [CID_OLD], 'Agent\'s words: passed to another team, explicitly nothing needed',
      tag='b11', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P, subj='RE:[CASE %s] %s' % (CASE_B, B_SUBJ),
      mid=ses_id('b11'), irt=g['ask'], pre=ses_in(t),
      body=Multi('alternative', [Leaf(up), Leaf(to_html(up), 'html')]))

    t = dt(2025, 5, 14, 2, 45, 0)
    fd = ('Hello Wataru,\n\nWe asked on May 7 for your company VAT / registration number so we can change the billing '
          'address on your invoices. We have not heard back from you yet.\n\nIf we don\'t receive a reply within 48 '
          'hours, ticket #9913 will be closed automatically. You can reopen it at any time by replying to this '
          'e-mail.\n\nCloudPix Support\n')
    M('unrelated', False, None, [], 'Other vendor\'s Freshdesk auto-close warning',
      tag='b12', date=t, frm=addr('CloudPix Support', 'support@cloudpix.freshdesk.com'), to=ME_P,
      subj='Ticket #9913: we haven\'t heard from you', mid=gen_id('b12', 'freshdesk.com'),
      pre=gmail_in(t, ME_P, 'mail-sor-f41.freshemail.io', '161.38.194.41', 'bounce-9913@freshdesk.com', 'freshdesk.com',
                   from_dom='cloudpix.freshdesk.com'),
      body=Multi('alternative', [Leaf(fd, cte='7bit', cs='us-ascii'), Leaf(to_html(fd), 'html')]))

    t = dt(2025, 5, 15, 8, 30, 55)
    g['ask2'] = ses_id('b13')
    a2 = console_msg(CASE_B, 'Hi Wataru,\n\nThe benefits team found the discount. It was issued as a one-time code on the '
                     'retired profile on 2023-10-13 with an expiry date of 2025-06-30, which is why it did not move with '
                     'the rest.\n\nThey can either re-issue it on %s with the same June 30 expiry, or cancel the old '
                     'code and create a new one valid for 12 months from today. The second option is only possible if '
                     'the old code was never used for a booking. Which of the two would you like?\n\nKind regards,\n'
                     'Oksana V.' % CID_NEW)
    M('info_request', True, CASE_B, [CID_NEW], 'Question buried at the end of a progress report, no "please"',
      tag='b13', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P, subj='RE:[CASE %s] %s' % (CASE_B, B_SUBJ),
      mid=g['ask2'], irt=g['ask'], pre=ses_in(t),
      body=Multi('alternative', [Leaf(a2), Leaf(to_html(a2), 'html')]))

    t = dt(2025, 5, 16, 2, 45, 30)
    rs = console_msg(CASE_B, 'Hi Wataru,\n\nDone: a new 50%% discount code valid until May 16, 2026 now appears under '
                     'Benefits on %s, and the old code has been cancelled.\n\nI am resolving this case now. If something '
                     'does not look right, you can reopen it from the Support Center within 14 days.\n\nWe value your '
                     'feedback. Please share your experience by rating this correspondence.\n\nBest regards,\nOksana V.'
                     % CID_NEW)
    M('resolved', False, CASE_B, [CID_NEW], 'Console resolution with reopen offer and rating footer',
      tag='b14', date=t, frm=addr('Amazon Web Services', NOREPLY), to=ME_P, subj='RE:[CASE %s] %s' % (CASE_B, B_SUBJ),
      mid=ses_id('b14'), irt=g['ask2'], pre=ses_in(t),
      body=Multi('alternative', [Leaf(rs), Leaf(to_html(rs), 'html')]))

    t = dt(2025, 5, 17, 9, 12, 0)
    sv = ('How was your experience with AWS Support?\n\nCase %s: %s\n\nPlease take a moment to rate the support you '
          'received. Your answers help us improve.\n\nVery dissatisfied  1  2  3  4  5  Very satisfied\n'
          'https://console.aws.amazon.com/support/survey?caseId=%s\n\nYou received this e-mail because you recently '
          'had a support case with AWS. This survey is voluntary.\n' % (CASE_B, B_SUBJ, CASE_B))
    M('survey', False, CASE_B, [], 'Console case survey',
      tag='b15', date=t, frm=addr('AWS Support', 'aws-support-feedback@amazon.com'), to=ME_P,
      subj='Tell us about your recent AWS Support case %s' % CASE_B, mid=ses_id('b15'), pre=ses_in(t),
      body=Multi('alternative', [Leaf(sv, cte='7bit', cs='us-ascii'), Leaf(to_html(sv), 'html')]))


block_b2(GB)


# ======================================================= late May / June: traps and case F (Japanese form case)
F_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-registration' % CASE_F


def block_f():
    t = dt(2025, 5, 20, 14, 0, 0)
    ex = ('Hello Wataru,\n\nYour AWS Certified Solutions Architect - Associate certification expires on August 18, 2025.'
          '\n\nCandidate ID: %s\n\nTo keep it active, pass the current version of the exam or a higher-level exam in '
          'the same path before that date. Recertifying also resets any related certifications.\n\nSee your options '
          'in your AWS Certification Account.\n\nAWS Certification\n' % CID_NEW)
    M('certification', False, None, [CID_NEW], 'Expiry reminder with candidate ID',
      tag='f0', date=t, frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_P,
      subj='Your AWS Certification expires in 90 days', mid=gen_id('f0', 'certmetrics.com'),
      pre=gmail_in(t, ME_P, 'o7.sg.certmetrics.com', '167.89.44.10', 'bounces+77@sg.certmetrics.com', 'certmetrics.com'),
      body=Multi('alternative', [Leaf(ex, cte='7bit', cs='us-ascii'), Leaf(to_html(ex), 'html')]))

    t = dt(2025, 5, 21, 11, 48, 2)
    cp = ('Hi,\n\nWe detected that your Amazon Web Services badges are linked to an e-mail address that changed recently. '
          'To prevent the badges from being revoked, reply to this message with your Credly password and the code '
          'we send you, or re-confirm your login here within 48 hours:\nhttp://credly-badgecenter.com/reconfirm/%s\n\n'
          'Credly Trust & Safety\n' % hx('f1', 10))
    M('suspicious', False, None, [], 'Credly lookalike asking for password by reply',
      tag='f1', date=t, frm=addr('Credly', 'admin@credly-badgecenter.com'), to=ME_P,
      subj='Action needed: your AWS badges will be removed', mid=gen_id('f1', 'credly-badgecenter.com'),
      pre=gmail_in(t, ME_P, 'smtp.credly-badgecenter.com', '45.137.21.9', 'admin@credly-badgecenter.com',
                   'credly-badgecenter.com', dkim='pass', dmarc='pass', pol='p=NONE sp=NONE dis=NONE'),
      body=Leaf(to_html(cp), 'html', cte='quoted-printable'))

    t = dt(2025, 5, 22, 1, 0, 0)
    sm = ('<html><body style="font-family:Meiryo,Arial,sans-serif;background:#f2f3f3">\n<table width="600" align="center" '
          'style="background:#fff"><tr><td style="padding:24px">\n<h1 style="color:#232f3e">AWS Summit Japan 2025</h1>\n'
          '<p>6月25日・26日、幕張メッセで開催。150 を超えるセッションと AWS 認定者ラウンジをご用意しています。</p>\n'
          '<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=%s">今すぐ登録</a></p>\n<p style="font-size:11px">'
          '配信停止をご希望の場合はこちら。%s</p>\n</td></tr></table></body></html>\n' % (hx('f2', 8), AWS_FOOT))
    M('unrelated', False, None, [], 'AWS marketing, HTML-only Japanese',
      tag='f2', date=t, frm=addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), to=ME_P,
      subj='【AWS Summit Japan 2025】参加登録受付中: 認定者ラウンジのご案内', mid=gen_id('f2', 'marketing.aws.amazon.com'),
      pre=ses_in(t), body=Leaf(sm, 'html', cte='base64'))

    t = dt(2025, 5, 23, 22, 0, 0)
    nl = ('━━━━━━━━━━━━━━━━━━━━\n週刊クラウド通信 第212号\n━━━━━━━━━━━━━━━━━━━━\n\n■今週の話題\n'
          '転職シーズンの定番: AWS 認定アカウントの統合手順\n会社アドレスの認定アカウントを個人アドレスへ移す際は、'
          'サポートから届く確認メールに必ず返信してください。返信がないとケースが閉じられることがあります。\n\n'
          '■読者アンケート\n今号へのご意見をお寄せください。\n\n配信停止: https://cloud-tsushin.example.jp/unsub\n')
    M('unrelated', False, None, [], 'Shift_JIS newsletter that talks about replying to support',
      tag='f3', date=t, frm=addr('週刊クラウド通信', 'news@cloud-tsushin.example.jp', 'shift_jis'), to=ME_P,
      subj='【週刊クラウド通信】認定アカウント統合の手順ほか',
      subj_raw=Header('【週刊クラウド通信】認定アカウント統合の手順ほか', 'shift_jis').encode(),
      mid=gen_id('f3', 'cloud-tsushin.example.jp'),
      pre=gmail_in(t, ME_P, 'mta3.cloud-tsushin.example.jp', '203.0.113.45', 'bounce@cloud-tsushin.example.jp',
                   'cloud-tsushin.example.jp', pol='p=NONE sp=NONE dis=NONE'),
      body=Leaf(nl, cs='shift_jis', cte='base64', q=False))

    t = dt(2025, 6, 2, 23, 48, 9)
    f_ack = ses_id('f4')
    fa = ('Hello,\n\nWe have received your message and opened case %s. A member of AWS Training and Certification Customer '
          'Service will get back to you, usually within 24 hours.\n\nThe details of your case are as follows:\n'
          'Inquiry type: Certification\nAdditional details: Exam registration\nAWS Candidate ID: %s\nDescription: '
          '統合前の旧アカウントで予約していた 6/20 の DVA-C02 試験が、統合後のアカウントの「試験登録」に表示されません。'
          '予約が消えていないか確認したいです。\n\nThank you,\nAWS Training and Certification\n' % (CASE_F, CID_NEW))
    M('acknowledgement', False, CASE_F, [CID_NEW], 'English ack with Japanese echo (base64)',
      tag='f4', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=F_SUBJ, mid=f_ack, pre=ses_in(t),
      body=Leaf(fa, cte='base64'))

    t = dt(2025, 6, 3, 5, 10, 44)
    f_ask = ses_id('f5')
    fi = ('真鍋 航 様\n\nAWS トレーニングと認定 カスタマーサービスの石川でございます。お問い合わせいただき、誠にありがとう'
          'ございます。\n\nアカウントを統合した際、統合元のアカウントで予約済みの試験は、試験配信事業者側の登録情報と'
          '自動では紐づかない場合がございます。今回のご予約も、統合元アカウントの受験者情報に残っている可能性が高いと'
          '考えております。\n\n予約を統合先のアカウントへ移すにあたり、Pearson VUE の登録番号（確認メールに記載の'
          '9桁の番号）と、ご予約の試験日時・会場をお知らせいただけますでしょうか。\n\nお手数をおかけいたしますが、'
          'ご確認のほどよろしくお願いいたします。\n\n石川\nAWS トレーニングと認定 カスタマーサービス\n')
    M('info_request', True, CASE_F, [], 'Japanese agent, keigo ask after an explanation (ISO-2022-JP)',
      tag='f5', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=F_SUBJ, mid=f_ask, irt=f_ack, pre=ses_in(t),
      body=Leaf(fi, cs='iso-2022-jp', cte='7bit'))

    t = dt(2025, 6, 3, 19, 22, 13, JST)
    f_rep = gmail_id('f6')
    fr = ('石川様\n\nご連絡ありがとうございます。\n\n登録番号: 613884205\n試験: AWS Certified Developer - Associate '
          '(DVA-C02)\n日時: 2025年6月20日 14:00\n会場: ピアソンVUE 東京新宿テストセンター\n\nなお、統合先の候補IDは %s '
          'です。\nよろしくお願いいたします。\n\n真鍋 航\n\n%s\n%s\n'
          % (CID_NEW, on_wrote_ja(dt(2025, 6, 3, 5, 10, 44), '%s <%s>' % (TC_NAME, TC)), q(fi)))
    M('user_reply', False, CASE_F, [CID_NEW], 'Owner\'s Japanese reply with a 9-digit registration number',
      tag='f6', date=t, frm=addr('真鍋 航', ME_P), to=addr(TC_NAME, TC), subj='Re: ' + F_SUBJ, mid=f_rep,
      irt=f_ask, refs=f_ack + ' ' + f_ask,
      body=Multi('alternative', [Leaf(fr, cte='base64', q=False), Leaf(to_html(fr), 'html', cte='base64', q=False)]))

    t = dt(2025, 6, 4, 7, 30, 21)
    f_up = ses_id('f7')
    fu = ('真鍋 航 様\n\n石川でございます。ご回答いただき、ありがとうございます。\n\nいただいた情報をもとに、試験運営'
          'チームへ予約の移行を依頼いたしました。完了までに2〜3営業日ほどかかる見込みです。完了しましたら改めて'
          'ご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。\n\n石川\n')
    M('case_update', False, CASE_F, [], 'Escalated to another team; "お待ちください" is not an ask',
      tag='f7', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=F_SUBJ, mid=f_up, irt=f_rep,
      refs=' '.join([f_ack, f_ask, f_rep]), pre=ses_in(t),
      body=Multi('alternative', [Leaf(fu, cte='quoted-printable'), Leaf(to_html(fu), 'html', cte='quoted-printable')]))

    t = dt(2025, 6, 6, 2, 0, 37)
    fz = ('真鍋 航 様\n\n石川でございます。\n\n6月20日の DVA-C02 のご予約を、統合先のアカウントへ移行いたしました。'
          '現在、試験登録の画面に表示されております。Pearson VUE からも改めて確認メールが送信されます。\n\n'
          'ご不明な点がございましたら、本メールにご返信ください。\n\n石川\nAWS トレーニングと認定 カスタマーサービス\n\n'
          '2025年6月3日 14:10 AWS Training and Certification <%s> より:\n%s\n' % (TC, q(fi)))
    M('resolved', False, CASE_F, [], 'Done; conditional invitation; quotes the earlier keigo ask',
      tag='f8', date=t, frm=addr(TC_NAME, TC), to=ME_P, subj=F_SUBJ, mid=ses_id('f8'), irt=f_up,
      refs=' '.join([f_ack, f_ask, f_rep, f_up]), pre=ses_in(t),
      body=Multi('alternative', [Leaf(fz, cte='base64'), Leaf(to_html(fz), 'html', cte='base64')]))

    t = dt(2025, 6, 6, 3, 5, 12)
    pv = ('Dear Wataru Manabe,\n\nYour appointment has been updated.\n\nExam: AWS Certified Developer - Associate (DVA-C02)\n'
          'Appointment: Friday, June 20, 2025 at 2:00 PM JST\nTest center: Pearson VUE Tokyo Shinjuku\nRegistration '
          'ID: 613884205\n\nIf any of these details are wrong, contact Pearson VUE customer service.\n\nPearson VUE\n')
    M('unrelated', False, None, [], 'Exam vendor confirmation after the fix',
      tag='f9', date=t, frm=addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), to=ME_P,
      subj='Pearson VUE Confirmation of Appointment Update', mid=gen_id('f9', 'pearson.com'),
      pre=gmail_in(t, ME_P, 'mx-out3.pearson.com', '148.253.128.17', 'pearsonvueconfirmation@pearson.com', 'pearson.com'),
      body=Multi('alternative', [Leaf(pv, cte='7bit', cs='us-ascii'), Leaf(to_html(pv), 'html')]))


block_f()


# ======================================================= write
def main():
    msgs = sorted(MSGS, key=lambda m: m['date'])
    mids = set()
    for m in msgs:
        mid = [l for l in m['raw'].split(b'\n') if l.startswith(b'Message-ID:')][0]
        assert mid not in mids, mid
        mids.add(mid)
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    counts = {}
    for i, m in enumerate(msgs, 1):
        n = '%03d' % i
        with open(os.path.join(OUT, n + '-msg.eml'), 'wb') as fh:
            fh.write(m['raw'])
        lab = {'kind': m['kind'], 'needs_reply': m['needs'], 'case': m['case'], 'candidate_ids': m['ids']}
        with open(os.path.join(OUT, n + '-msg.json'), 'w') as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write('\n')
        counts[m['kind']] = counts.get(m['kind'], 0) + 1
        if '--table' in sys.argv:
            print('| %s | %s | %s | %s | %s |' % (n, m['kind'], 'yes' if m['needs'] else 'no', m['case'] or '-',
                                                  m['note'].replace('|', '/')))
    if '--table' in sys.argv:
        print('cases: D=%s E=%s A=%s C=%s B=%s F=%s billing=%s old=%s' % (CASE_D, CASE_E, CASE_A, CASE_C, CASE_B,
                                                                         CASE_F, CASE_BILL, OLD_CASE))
    print('messages: %d' % len(msgs))
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('needs_reply true: %d' % sum(1 for m in msgs if m['needs']))


main()
