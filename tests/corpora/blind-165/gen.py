#!/usr/bin/env python3
"""Blind corpus generator (set 165). Standard library only. Writes NNN-msg.eml / NNN-msg.json next to itself."""
import os, re, json, random, base64, quopri, datetime as dt
from collections import Counter
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(165)
ME_P = 'haruka.morimoto.dev@gmail.com'
ME_C = 'h-morimoto@kitasora-sys.co.jp'
ME_N = 'Haruka Morimoto'
ME_J = '森本 遥'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NR = 'no-reply-aws@amazon.com'
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PYCS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis'}

CA = '174052311800427'   # main merge (company -> personal), APN hold
CB = '174052568100239'   # duplicate form from the company address
CC = '174391902600377'   # console case: exam discount benefit
CD = '13947205861'       # 2023: two accounts on the same personal address (JP)
CF = '174349107500218'   # exam record missing after merge, reopened
CG = '174670233100845'   # leftover Partner Central SSO account
OLD, MAIN, DUP23, SSO = 'AWS02938471', 'AWS05170342', 'AWS05190467', 'AWS06021877'


def T(s, tz=UTC):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=tz)


def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def leaf(text, sub='plain', cs='utf-8', cte='qp'):
    b = text.encode(PYCS[cs])
    if cte == 'b64':
        body = base64.encodebytes(b).decode('ascii')
    elif cte == 'qp':
        body = quopri.encodestring(b).decode('ascii')
    elif cte == '7bit':
        body = b.decode('ascii')
    else:
        body = text
    name = {'b64': 'base64', 'qp': 'quoted-printable', '7bit': '7bit', '8bit': '8bit'}[cte]
    return [('Content-Type', f'text/{sub}; charset="{cs}"'), ('Content-Transfer-Encoding', name)], body


def multipart(sub, parts):
    b = '----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(1000000, 9999999), R.randint(10**12, 10**13))
    body = ''
    for ph, pb in parts:
        body += f'--{b}\n' + ''.join(f'{k}: {v}\n' for k, v in ph) + '\n' + pb.rstrip('\n') + '\n'
    body += f'--{b}--\n'
    return [('Content-Type', f'multipart/{sub};\n boundary="{b}"')], body


def rid(n, al='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(al) for _ in range(n))


def ses_mid(d):
    return '<%016x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        int(d.timestamp() * 1000), rid(8), rid(4), rid(4), rid(4), rid(12))


def gmail_mid():
    return '<CA%s@mail.gmail.com>' % rid(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-')


def outlook_mid():
    return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (rid(5, '0123456789'), rid(12, 'ABCDEF0123456789'), rid(5, '0123456789'))


def auth(box, dom, ok=True, mailfrom=None, ip='54.240.8.%d'):
    ip = ip % R.randint(2, 250) if '%' in ip else ip
    mailfrom = mailfrom or ('01000195%s@us-east-1.amazonses.com' % rid(24, '0123456789abcdef') if dom == 'amazon.com' else 'bounce@' + dom)
    mfdom = mailfrom.split('@')[1]
    if box == 'gmail':
        if ok:
            return ('mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n'
                    '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                    '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s') % (
                dom, rid(32), rid(8), mailfrom, ip, mailfrom, dom)
        return ('mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n'
                '       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
                '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s') % (
            dom, rid(32), rid(8), mailfrom, ip, mailfrom, dom)
    if ok:
        return ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100') % (ip, mfdom, dom, dom)
    return ('spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000') % (ip, mfdom, dom, dom)


def q_gmail(when, who, text):
    return 'On %s, %s wrote:\n' % (when.strftime('%a, %b %d, %Y at %H:%M'), who) + '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def q_jp(when, who, text):
    wd = '月火水木金土日'[when.weekday()]
    return '%d年%d月%d日(%s) %s %s:\n' % (when.year, when.month, when.day, wd, when.strftime('%H:%M'), who) + '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def q_outlook(frm, when, to, subj, text):
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n' % (frm, when.strftime('%A, %B %d, %Y %I:%M %p'), to, subj)) + text


def q_support(when, who, text):
    return '---- Original message ----\nOn %s, %s wrote:\n' % (when.strftime('%Y-%m-%d %H:%M UTC'), who) + '\n'.join('> ' + l for l in text.rstrip('\n').split('\n'))


IDRE = re.compile(r'AWS\d{8}(?!\d)')


def html_ids(h):
    h = re.sub(r'(?is)<blockquote.*?</blockquote>', ' ', h)
    h = re.sub(r'(?is)<div class="gmail_quote".*?</div>\s*$', ' ', h)
    return IDRE.findall(re.sub(r'<[^>]+>', ' ', h))


MSGS = []
TEXT = {}


def add(key, kind, reply, case, frm, to, subj, date, new='', quote='', html=None, fmt='plain',
        cs='utf-8', cte='qp', crlf=False, irt=None, refs=(), extra=(), mid=None, box=None,
        authok=True, adom=None, mailfrom=None, cc=None, scs=None, outbound=False, ids=None, ip='54.240.8.%d'):
    text = new + (('\n' + quote) if quote else '')
    TEXT[key] = text
    if mid is None:
        mid = ses_mid(date) if 'amazon' in frm.split('@')[-1] else '<%s.%s@%s>' % (rid(16), rid(6, '0123456789'), (frm.split('@')[-1].strip('>')))
    h = []
    fdom = re.search(r'@([\w.-]+)', frm).group(1)
    if not outbound:
        if box is None:
            box = 'm365' if ME_C in to else 'gmail'
        h.append(('Return-Path', '<%s>' % (mailfrom or (('01000195%s@us-east-1.amazonses.com' % rid(24, '0123456789abcdef')) if fdom == 'amazon.com' else 'bounce@' + fdom))))
        if box == 'gmail':
            h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s' % (
                'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99) if fdom == 'amazon.com' else 'mail.' + fdom,
                'smtp-out.' + fdom, '54.240.8.%d' % R.randint(2, 250), rid(20), re.search(r'[\w.+-]+@[\w.-]+', to).group(0), format_datetime(date))))
        else:
            h.append(('Received', 'from TYCP286CA0101.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:2b4::%x) by\n TYCPR01MB8412.jpnprd01.prod.outlook.com with HTTPS; %s' % (R.randint(1, 4095), format_datetime(date))))
        h.append(('Authentication-Results', auth(box, adom or fdom, authok, mailfrom, ip)))
    h += [('Date', format_datetime(date)), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', hdr(subj, scs or ('utf-8' if cs == 'utf-8' else cs))), ('Message-ID', mid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', '\n '.join(refs)))
    h += list(extra)
    h.append(('MIME-Version', '1.0'))
    if fmt == 'plain':
        mh, body = leaf(text, 'plain', cs, cte)
    elif fmt == 'html':
        mh, body = leaf(html, 'html', cs, cte)
    else:
        mh, body = multipart('alternative', [leaf(text, 'plain', cs, cte), leaf(html, 'html', cs, cte)])
    s = ''.join('%s: %s\n' % kv for kv in h + mh) + '\n' + body
    if crlf:
        s = s.replace('\r\n', '\n').replace('\n', '\r\n')
    if ids is None:
        ids = html_ids(html) if fmt == 'html' else IDRE.findall(new)
        ids = list(dict.fromkeys(ids))  # first appearance, no repeats
    MSGS.append((s.encode('utf-8'), {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': ids}))
    return mid


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def simple_html(text, quote_html=''):
    paras = ''.join('<p>%s</p>\n' % esc(p).replace('\n', '<br>\n') for p in text.strip().split('\n\n'))
    return '<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n%s%s</body></html>\n' % (paras, quote_html)


TC_FROM = [addr('Amazon Web Services', TC), TC, addr('AWS Training and Certification', TC)]
SUBJ = lambda c, re_='RE:': '%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % (re_, c)
FOOT_EN = ('\n\nTo contact us again about this case, please reply to this email. Please keep the case number in the subject line.\n\n'
           'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
           'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.')
FOOT_JP = ('\n\n本件について再度ご連絡いただく場合は、件名のケース番号を残したまま本メールにご返信ください。\n\n'
           'Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。')


def console_foot(c):
    return ('\n\nTo see all of your support cases or to respond to this one, visit the Support Center:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            'Please note: this e-mail was sent from an address that cannot accept incoming e-mails. '
            'To contact us about this case, please use the link above.\n\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.' % c)


SURVEY_FOOT = ('\n\nWe value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. '
               'You can rate a correspondence by selecting the stars in the top right corner of the correspondence.')

# ------------------------------------------------------------------ 2023
add('gh1', 'unrelated', False, None, addr('Daichi Ono', 'notifications@github.com'), ME_C,
    'Re: [kitasora/infra-terraform] Merge account-baseline module into main (PR #212)', T('2023-09-04 02:14'),
    new='Merged #212 into main.\n\n—\nReply to this email directly, view it on GitHub:\nhttps://github.com/kitasora/infra-terraform/pull/212#event-10283746\nYou are receiving this because you authored the thread.',
    cte='8bit', extra=[('List-ID', 'kitasora/infra-terraform <infra-terraform.kitasora.github.com>'), ('X-GitHub-Reason', 'author')],
    mid='<kitasora/infra-terraform/pull/212/issue_event/10283746@github.com>', adom='github.com')

d1_new = ('Amazon Web Services にお問い合わせいただき、ありがとうございます。\n\n'
          'お客様のお問い合わせについてケース %s を作成いたしました。担当者から通常24時間以内にご連絡いたしますが、'
          '内容によってはさらにお時間をいただく場合がございます。\n\n'
          'すでにケースが作成されている場合は、同じ内容で新しいケースを作成しないようお願いいたします。重複したケースは対応を遅らせる原因となります。\n\n'
          'ケースの詳細は以下のとおりです。\n\n'
          'お問い合わせタイプ: 認定\nその他の詳細: アカウントの統合\nAWS 候補 ID: %s\n'
          'お問い合わせ内容:\n同じメールアドレス (%s) で AWS 認定アカウントが2つ作成されていました。\n%s が普段使っているアカウント、%s は誤って作成したものです。\n'
          '%s へ統合をお願いします。Credly にバッジが表示されない状態です。' % (CD, MAIN, ME_P, MAIN, DUP23, MAIN)) + FOOT_JP
D1 = add('d1', 'acknowledgement', False, CD, addr('アマゾン ウェブ サービス', TC), ME_P, SUBJ(CD, 'RE:'), T('2023-09-11 00:07'),
         new=d1_new, cs='utf-8', cte='b64')

d2 = ('森本 様\n\nAWS トレーニングと認定カスタマーサポートの佐藤です。お問い合わせいただいた2つのアカウントの統合について承りました。\n\n'
      'ご本人確認のため、統合作業に入る前に、以下の2点をご確認いただけますでしょうか。\n\n'
      '1. 各アカウントにご登録の生年月日\n'
      '2. 認定証に表示するお名前のローマ字表記 (名・姓の順序を含めて、例: Haruka Morimoto / MORIMOTO Haruka)\n\n'
      '現在 %s では「Haruka Morimoto」、%s では「Haruka Morimotto」と登録されており、綴りが一致しておりません。'
      '正しい綴りをお知らせいただければ、統合後のアカウントに反映いたします。\n\n'
      'お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。\n\n'
      '佐藤 恵\nAWS トレーニングと認定 カスタマーサポート' % (MAIN, DUP23))
D2 = add('d2', 'info_request', True, CD, addr('アマゾン ウェブ サービス', TC, 'iso-2022-jp'), ME_P, SUBJ(CD), T('2023-09-12 03:41'),
         new=d2 + FOOT_JP, cs='iso-2022-jp', cte='7bit', irt=D1, refs=[D1])

d3 = ('佐藤様\n\nご連絡ありがとうございます。森本です。\n\n1. 生年月日はどちらのアカウントも 1991年7月19日です。\n'
      '2. 正しい綴りは「Haruka Morimoto」(名・姓の順) です。Morimotto は入力ミスです。\n\nよろしくお願いいたします。\n森本 遥')
D3 = add('d3', 'user_reply', False, CD, addr(ME_J, ME_P), addr('Amazon Web Services', TC), SUBJ(CD), T('2023-09-12 22:40', JST),
         new=d3, quote=q_jp(T('2023-09-12 12:41', JST), 'アマゾン ウェブ サービス <%s>' % TC, TEXT['d2']), cte='b64', irt=D2, refs=[D1, D2],
         outbound=True, mid=gmail_mid())

add('pv1', 'unrelated', False, None, addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
    'Pearson VUE Confirmation of Booking', T('2023-09-13 05:20'),
    new=('Dear Haruka Morimoto,\n\nThank you for scheduling your exam with Pearson VUE. Please confirm the appointment details below and keep this email for your records.\n\n'
         'Exam: AWS Certified SysOps Administrator - Associate (SOA-C02)\nRegistration ID: 451209837\nDate: Saturday, October 7, 2023 10:00 JST\n'
         'Location: Online (OnVUE)\n\nIf any of this information is wrong, contact Pearson VUE customer service. Reschedules must be made at least 24 hours before the appointment.\n\nPearson VUE'),
    cte='qp', adom='pearson.com')

d4_txt = ('森本 様\n\n生年月日とお名前の綴りをお知らせいただき、ありがとうございました。お名前は「Haruka Morimoto」で登録を統一いたします。\n\n'
          '統合対象のアカウントは以下のとおりです。\n\n'
          'アカウント 1\n  候補 ID: %s\n  ログイン用メールアドレス: %s\n  トレーニング通知用メールアドレス: %s\n  認定通知用メールアドレス: %s\n\n'
          'アカウント 2\n  候補 ID: %s\n  ログイン用メールアドレス: %s\n  トレーニング通知用メールアドレス: %s\n  認定通知用メールアドレス: %s\n\n'
          '上記2つのアカウントがいずれもお客様ご本人のものであること、ならびにアカウント 1 を残し、アカウント 2 をアカウント 1 へ統合することについて、ご確認をお願いいたします。'
          'あわせて、アカウント 1 にご登録の住所の郵便番号もお知らせください。\n\n'
          'ご確認いただけ次第、統合作業を進めます。\n\n佐藤 恵\nAWS トレーニングと認定 カスタマーサポート' % (MAIN, ME_P, ME_P, ME_P, DUP23, ME_P, ME_P, ME_P))
d4_html = ('<html><body style="font-family:Meiryo,sans-serif">\n<p>森本 様</p>\n<p>生年月日とお名前の綴りをお知らせいただき、ありがとうございました。お名前は「Haruka Morimoto」で登録を統一いたします。</p>\n'
           '<p>統合対象のアカウントは以下のとおりです。</p>\n<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
           '<tr><th></th><th>アカウント 1</th><th>アカウント 2</th></tr>\n'
           '<tr><td>候補 ID</td><td>%s</td><td>%s</td></tr>\n<tr><td>ログイン用メールアドレス</td><td>%s</td><td>%s</td></tr>\n'
           '<tr><td>トレーニング通知用</td><td>%s</td><td>%s</td></tr>\n<tr><td>認定通知用</td><td>%s</td><td>%s</td></tr>\n</table>\n'
           '<p>上記2つのアカウントがいずれもお客様ご本人のものであること、ならびにアカウント 1 を残し、アカウント 2 をアカウント 1 へ統合することについて、ご確認をお願いいたします。'
           'あわせて、アカウント 1 にご登録の住所の郵便番号もお知らせください。</p>\n<p>ご確認いただけ次第、統合作業を進めます。</p>\n<p>佐藤 恵<br>AWS トレーニングと認定 カスタマーサポート</p>\n</body></html>\n'
           % (MAIN, DUP23, ME_P, ME_P, ME_P, ME_P, ME_P, ME_P))
D4 = add('d4', 'confirmation_request', True, CD, addr('アマゾン ウェブ サービス', TC), ME_P, SUBJ(CD), T('2023-09-15 01:58'),
         new=d4_txt, html=d4_html, fmt='alt', cte='qp', irt=D3, refs=[D1, D2, D3])

d5 = ('佐藤様\n\nご確認ありがとうございます。\n2つとも私本人のアカウントで間違いありません。アカウント 1 (%s) を残して統合してください。\n'
      '郵便番号は 160-0023 です。\n\n森本' % MAIN)
D5 = add('d5', 'user_reply', False, CD, addr(ME_J, ME_P), TC, SUBJ(CD), T('2023-09-15 19:12', JST),
         new=d5, quote=q_jp(T('2023-09-15 10:58', JST), 'アマゾン ウェブ サービス <%s>' % TC, d4_txt), cte='b64', irt=D4, refs=[D1, D2, D3, D4],
         outbound=True, mid=gmail_mid())

d6 = ('森本 様\n\nお待たせいたしました。アカウント %s をアカウント %s へ統合する作業が完了いたしました。'
      '試験履歴、取得済み認定、特典はすべて統合後のアカウントでご確認いただけます。Credly のデジタルバッジは反映まで最大で24時間ほどかかる場合がございます。\n\n'
      'その他ご不明な点がございましたら、本メールにご返信ください。\n\n佐藤 恵\nAWS トレーニングと認定 カスタマーサポート' % (DUP23, MAIN))
D6 = add('d6', 'resolved', False, CD, addr('アマゾン ウェブ サービス', TC, 'shift_jis'), ME_P, SUBJ(CD), T('2023-09-19 06:30'),
         new=d6, quote='\n2023/09/15 19:12 森本 遥 <%s> のメッセージ:\n' % ME_P + '\n'.join('> ' + l for l in TEXT['d5'].split('\n')),
         cs='shift_jis', cte='b64', irt=D5, refs=[D1, D2, D3, D4, D5])

cred1 = ('Haruka, you earned a badge!\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.\n\n'
         'Accept your badge to share it on LinkedIn, add it to your email signature, or download it.\n\nAccept badge: https://www.credly.com/earner/earned/badge/5c1f0e9a-7d2b-4e08-9a31-0f6d2b8c4e71\n\n'
         'Credly, Inc. | 1005 Congress Ave, Austin TX')
add('cr1', 'badge', False, None, addr('Credly', 'admin@credly.com'), ME_P, 'Haruka, your AWS badge is waiting for you', T('2023-09-19 07:02'),
    new=cred1, html=simple_html(cred1), fmt='alt', cte='qp', adom='credly.com')

sv_d = ('Hello,\n\nYou recently contacted AWS Training and Certification about case %s. We would like to know how we did.\n\n'
        'How satisfied were you with the support you received?\nhttps://survey.amazon.com/s/tc-cs?case=%s&r=1 (Very satisfied)\nhttps://survey.amazon.com/s/tc-cs?case=%s&r=5 (Very dissatisfied)\n\n'
        'The survey takes less than a minute. Thank you for helping us improve.\n\nAWS Training and Certification' % (CD, CD, CD))
add('svd', 'survey', False, CD, addr('AWS Training and Certification', 'aws-tc-survey@amazon.com'), ME_P,
    'How did we do? Your AWS Training and Certification case %s' % CD, T('2023-09-20 18:00'), new=sv_d, cte='7bit')

cm1 = ('Hello Haruka,\n\nAWS Certification wants to hear from you. We are inviting a small group of certified individuals to take a 10-minute survey about '
       'the certification exam experience and the value of your credential.\n\nTake the survey: https://www.certmetrics.com/amazon/survey/2023Q4\n\n'
       'Participation is voluntary. You can unsubscribe from AWS Certification research invitations in your certification account.\n\nThank you,\nAWS Certification')
add('cm1', 'certification', False, None, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'AWS Certification wants to hear from you', T('2023-10-02 16:00'), new=cm1, cte='7bit', adom='certmetrics.com')

# ------------------------------------------------------------------ 2024
cm2 = ('Dear Haruka Morimoto,\n\nCongratulations! You have passed the AWS Certified Developer - Associate (DVA-C02) exam taken on March 14, 2024.\n\n'
       'Candidate ID: %s\nScore: 842 (passing score 720)\n\nYour digital badge will be issued by Credly within 5 business days. '
       'You can view your score report and download your certificate in your AWS Certification account.\n\nAWS Certification' % OLD)
add('cm2', 'certification', False, None, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Your AWS Certification exam results', T('2024-03-15 02:10'), new=cm2, html=simple_html(cm2), fmt='alt', cte='qp', adom='certmetrics.com')

cred2 = ('Amazon Web Services Training and Certification issued you a new badge: AWS Certified Developer - Associate.\n\n'
         'Claim it here: https://www.credly.com/earner/earned/badge/0b7a3c55-12d4-4f6e-b9c0-5e2a8d71f403\n\nYou are receiving this because your email is associated with a Credly account.')
add('cr2', 'badge', False, None, addr('Credly', 'admin@credly.com'), ME_C, 'You have a new badge from Amazon Web Services Training and Certification',
    T('2024-03-18 09:44'), new=cred2, html=simple_html(cred2), fmt='html', cte='qp', adom='credly.com')

sb = ('Thank you for your purchase.\n\nOrder number: SB-20241120-88310\nItem: AWS Skill Builder Individual subscription (annual)\nAmount: USD 449.00\n'
      'Payment method: Visa ending 4417\n\nYour subscription renews automatically on November 20, 2025. Manage it at https://skillbuilder.aws/subscriptions\n\nAWS Skill Builder')
add('sb1', 'unrelated', False, None, addr('AWS Skill Builder', 'no-reply@skillbuilder.aws'), ME_P, 'Your AWS Skill Builder order receipt',
    T('2024-11-20 04:33'), new=sb, html=simple_html(sb), fmt='alt', cte='qp', adom='skillbuilder.aws')

# ------------------------------------------------------------------ 2025
cm3 = ('Hello Haruka,\n\nYour AWS Certified Solutions Architect - Associate certification expires on April 12, 2025 (90 days from now).\n\n'
       'To keep it active, pass the current version of the exam or a higher-level exam before the expiration date. '
       'Check the Benefits page of your certification account for any exam discount you may hold.\n\nAWS Certification')
add('cm3', 'certification', False, None, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Your AWS Certification expires in 90 days', T('2025-01-12 16:05'), new=cm3, cte='7bit', adom='certmetrics.com')

bill = ('Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. '
        'Your account will be charged the following:\n\nTotal: $12.84\n\nPlease see the Bills section of the Billing console for details.\n\n'
        'Account ID: 481926305517\nBilling period: January 1 - January 31, 2025\n\nThis message was produced and distributed by Amazon Web Services, Inc.')
add('bill', 'unrelated', False, None, addr('Amazon Web Services', NR), ME_P,
    'Amazon Web Services Billing Statement Available [Account: 481926305517]', T('2025-02-03 08:12'), new=bill, cte='7bit')

col1 = ('森本さん\n\nお疲れさまです。小野です。\n退職前の引き継ぎの件、以下の3点をリストにしておきました。\n\n'
        '・本番アカウントの IAM ユーザー棚卸し\n・Partner Central のユーザー権限の移譲 (私が管理者になります)\n・認定資格の会社側カウントの件は、アライアンス担当の中村さんに確認済みです\n\n'
        '月末までに一度 30 分ほど時間をいただけますか?\n\n小野 大地\n株式会社キタソラシステムズ')
add('col1', 'unrelated', False, None, addr('小野 大地', 'd-ono@kitasora-sys.co.jp', 'iso-2022-jp'), ME_C, '引き継ぎ事項について', T('2025-02-18 01:30'),
    new=col1, cs='iso-2022-jp', cte='7bit', adom='kitasora-sys.co.jp', ip='40.107.74.%d')

memo = ('退職前にやること (AWS 認定)\n\n- 旧(会社)アカウント: %s  h-morimoto@kitasora-sys.co.jp\n- 個人アカウント: %s  %s\n'
        '- 旧アカウントの特典: 50%% 割引 1枚 (未使用)、SME プログラム招待\n- 証明書 PDF はダウンロード済み\n- フォームは「認定」→「アカウントの統合」\n'
        '- 最終出社 3/31、会社メールはその日で止まる' % (OLD, MAIN, ME_P))
add('memo', 'user_reply', False, None, addr(ME_N, ME_P), ME_P, 'メモ: 認定アカウント統合', T('2025-02-24 23:15', JST), new=memo, cte='8bit',
    outbound=True, mid=gmail_mid())

bid = ('Verify your AWS Builder ID email address\n\nHello,\n\nUse the verification code below to finish signing in.\n\nVerification code: 604127\n\n'
       'This code expires in 10 minutes. If you did not request it, you can ignore this message.\n\nAmazon Web Services')
add('bid', 'unrelated', False, None, addr('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address',
    T('2025-02-25 21:50'), new=bid, html=simple_html(bid), fmt='html', cte='qp', adom='signin.aws')

a1 = ('Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request. '
      'A member of our team will reply, usually within 24 hours; some requests take longer while we look for the best answer.\n\n'
      'Please do not open another case for the same request. If you have more to add, reply to this email instead.\n\n'
      'The details of your case are as follows:\n\nCase ID: %s\nInquiry type: Certification\nAdditional details: Account Merge\n'
      'Contact email: %s\n\nHow can we help you?\nUse Case: I am leaving Kitasora Systems at the end of March and would like to merge my company certification account into my personal one.\n'
      'All email addresses I may have used: h-morimoto@kitasora-sys.co.jp, %s\nThe email address I would like to keep on file: %s\n'
      'Candidate IDs: %s (company), %s (personal)' % (CA, CA, ME_P, ME_P, ME_P, OLD, MAIN)) + FOOT_EN
A1 = add('a1', 'acknowledgement', False, CA, TC_FROM[0], ME_P, SUBJ(CA), T('2025-02-25 22:39'), new=a1, cte='qp', crlf=True)

b1 = ('アマゾン ウェブ サービスへのお問い合わせありがとうございます。\n\nケース %s を作成しました。通常24時間以内に担当者よりご連絡いたします。\n\n'
      'すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n\n'
      'ケースの詳細:\nケース ID: %s\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n'
      'お問い合わせ内容: 退職に伴い、会社のアカウントを個人のアカウント (%s) に統合したいです。' % (CB, CB, ME_P))
B1 = add('b1', 'acknowledgement', False, CB, addr('アマゾン ウェブ サービス', TC, 'iso-2022-jp'), ME_C, SUBJ(CB, 'RE: '), T('2025-02-25 23:21'),
         new=b1 + FOOT_JP, cs='iso-2022-jp', cte='7bit')

fw = ('自分用メモ: フォームを会社のアドレスからもう一度送ってしまった。重複ケースになっているので、あとで片方を閉じてもらう。\n\n'
      + q_outlook('アマゾン ウェブ サービス <%s>' % TC, T('2025-02-26 08:21', JST), ME_C, SUBJ(CB, 'RE: '), TEXT['b1']))
add('fw1', 'user_reply', False, CB, addr('Morimoto Haruka', ME_C), ME_P, 'FW: ' + SUBJ(CB, 'RE: '), T('2025-02-26 09:05', JST),
    new=fw, cs='iso-2022-jp', cte='7bit', box='gmail', adom='kitasora-sys.co.jp', mid=outlook_mid(), ip='40.107.74.%d',
    extra=[('X-MS-Has-Attach', ''), ('Thread-Topic', hdr(SUBJ(CB, 'RE: '))), ('Content-Language', 'ja-JP')])

mk = ('AWS Summit Japan 2025 — registration is open\n\nJoin us in Makuhari on June 25-26 for two days of keynotes, more than 150 sessions and hands-on labs.\n'
      'Certified attendees get access to the AWS Certification Lounge. Register today: https://aws.amazon.com/jp/summits/japan/\n\n'
      'You are receiving this email because you subscribed to AWS event updates. Unsubscribe: https://pages.awscloud.com/unsubscribe')
add('mk1', 'unrelated', False, None, addr('AWS Events', 'aws-marketing-email-replies@amazon.com'), ME_P, 'Registration is open: AWS Summit Japan 2025',
    T('2025-02-26 03:00'), new=mk, html=simple_html(mk), fmt='html', cte='b64')

b2 = ('Hello,\n\nThis case asks for the same account merge as case %s, which you opened about an hour earlier from %s. '
      'To avoid working on the same request twice, I have closed this case and linked it to %s; all further updates will come on that case.\n\n'
      'No further action is required on this case.\n\nRegards,\nMarco\nAWS Training and Certification Customer Support' % (CA, ME_P, CA)) + FOOT_EN
add('b2', 'case_update', False, CB, TC_FROM[1], ME_C, SUBJ(CB), T('2025-02-26 06:40'), new=b2, cte='7bit', irt=B1, refs=[B1])

a2 = ('Hi Haruka,\n\nThanks for reaching out about merging your certification accounts. My name is Priya and I will be handling your case.\n\n'
      'Before we move any exam history between accounts we have to make sure both profiles belong to the same person. '
      'Could you please confirm the following, exactly as they are registered on the company account (%s)?\n\n'
      '  - your date of birth\n  - the mailing address (city and postal code are enough)\n\n'
      'Once I have these I will check them against our records and come back to you with the next steps.\n\n'
      'Kind regards,\nPriya S.\nAWS Training and Certification Customer Support' % OLD)
A2 = add('a2', 'info_request', True, CA, TC_FROM[2], ME_P, SUBJ(CA), T('2025-02-26 08:15'), new=a2 + FOOT_EN,
         html=simple_html(a2 + FOOT_EN), fmt='alt', cte='qp', irt=A1, refs=[A1])

a3 = 'Hi Priya,\n\nThank you. The details on the company account are:\n\nDate of birth: 19 July 1991\nMailing address: Shinjuku-ku, Tokyo 160-0023\n\nBest regards,\nHaruka Morimoto'
A3 = add('a3', 'user_reply', False, CA, addr(ME_N, ME_P), TC, SUBJ(CA), T('2025-02-26 21:02', JST), new=a3,
         quote=q_gmail(T('2025-02-26 17:15', JST), 'AWS Training and Certification <%s>' % TC, TEXT['a2']), cte='qp', irt=A2, refs=[A1, A2],
         outbound=True, mid=gmail_mid())

s1 = ('Dear Certification Holder,\n\nYour AWS Certification account merge request (Ref. 88-204-1193) is pending final confirmation. '
      'To confirm the merge and avoid losing your certifications, sign in within 24 hours at the secure link below:\n\n'
      'https://aws-certification-support.com/merge/confirm?u=haruka.morimoto.dev\n\n'
      'If you do not confirm, both accounts will be suspended and your exam history deleted.\n\nAWS Training & Certification Team')
add('s1', 'suspicious', False, None, addr('AWS Training & Certification', 'support@aws-certification-support.com'), ME_P,
    'Action required: confirm your AWS Certification account merge', T('2025-02-27 02:48'), new=s1,
    html=simple_html(s1).replace('https://aws-certification-support.com/merge/confirm?u=haruka.morimoto.dev',
                                 '<a href="https://aws-certification-support.com/merge/confirm?u=haruka.morimoto.dev">Confirm merge on aws.training</a>'),
    fmt='html', cte='qp', adom='aws-certification-support.com', ip='185.243.115.%d')

a4 = ('Hello Haruka,\n\nThank you for the details; they match our records.\n\n'
      'While preparing the merge I found that account %s is associated with an AWS Partner Network organization, Kitasora Systems K.K. '
      'Certifications held in a partner-linked account count toward that organization, so the association has to be released on the partner side before '
      'the account can be merged into a personal one. I have placed your case on hold and contacted our Partner team, who will reach out to the organization.\n\n'
      'One thing that would help the Partner team: are you still employed by Kitasora Systems, and if you are leaving, what will your last working day be?\n\n'
      'Thanks,\nMarco\nAWS Training and Certification Customer Support' % OLD)
A4 = add('a4', 'on_hold', True, CA, TC_FROM[0], ME_P, SUBJ(CA), T('2025-02-27 09:30'), new=a4 + FOOT_EN,
         quote=q_support(T('2025-02-26 12:02'), ME_N, TEXT['a3']), cte='qp', irt=A3, refs=[A1, A2, A3])

a5 = ('Hi Marco,\n\nYes, I am still employed there until the end of the month. My last working day is 31 March 2025, and the company mailbox will be closed the same day, '
      'so please keep using this address.\n\nRegards,\nHaruka')
A5 = add('a5', 'user_reply', False, CA, addr(ME_N, ME_P), TC, SUBJ(CA), T('2025-02-28 08:47', JST), new=a5,
         quote=q_gmail(T('2025-02-27 18:30', JST), 'Amazon Web Services <%s>' % TC, TEXT['a4']), cte='qp', irt=A4, refs=[A1, A2, A3, A4],
         outbound=True, mid=gmail_mid())

ed = ('Hello,\n\nThank you for contacting AWS Educate. Regarding your request to transfer the student cohort "Kitasora Cloud Juku 2025" to a new educator account, '
      'please confirm the email address of the educator who should own the cohort and reply to this message.\n\nBest,\nAnika\nAWS Educate Support')
add('ed1', 'unrelated', False, None, addr('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), ME_P,
    'RE:[CASE 174098711500152] [AWS Educate Form Submission] - cohort-transfer', T('2025-03-03 05:12'), new=ed, cte='7bit')

a6 = ('Hi Haruka,\n\nA quick update: our Partner team has sent the release request to the administrator of Kitasora Systems K.K. in Partner Central. '
      'We are now waiting for the organization to act; this usually takes up to five business days. There is nothing you need to do right now; '
      'the case stays on hold and I will write as soon as the association is removed.\n\nThanks for your patience,\nMarco')
A6 = add('a6', 'on_hold', False, CA, TC_FROM[0], ME_P, SUBJ(CA), T('2025-03-04 10:05'), new=a6 + FOOT_EN,
         quote=q_support(T('2025-02-27 23:47'), ME_N, TEXT['a5']), cte='qp', irt=A5, refs=[A1, A2, A3, A4, A5])

gh2 = ('@d-ono merged commit 7f3c9e1 into main.\n\nkitasora/cert-tracker#37: Merge duplicate accounts in certification roster\n\n'
       'Files changed: roster/merge_accounts.py, roster/accounts.csv\n\n—\nView it on GitHub: https://github.com/kitasora/cert-tracker/pull/37')
add('gh2', 'unrelated', False, None, addr('Daichi Ono', 'notifications@github.com'), ME_C,
    'Re: [kitasora/cert-tracker] Merge duplicate accounts in certification roster (PR #37)', T('2025-03-05 03:22'), new=gh2, cte='8bit',
    mid='<kitasora/cert-tracker/pull/37/c1193820@github.com>', adom='github.com', extra=[('X-GitHub-Reason', 'review_requested')])

cm4 = ('森本 遥 様\n\nお客様の AWS 認定 (AWS Certified Solutions Architect - Associate) の有効期限は 2025年4月12日です。\n'
       '認定を維持するには、有効期限までに再認定の要件を満たしてください。再認定の方法は AWS 認定のウェブサイトでご確認いただけます。\n\n'
       'このメールは送信専用アドレスから送信されています。\n\nAWS 認定')
add('cm4', 'certification', False, None, addr('AWS 認定', 'do-not-reply@certmetrics.com'), ME_P, '【AWS 認定】有効期限が近づいています',
    T('2025-03-06 15:00'), new=cm4, html=simple_html(cm4), fmt='alt', cte='b64', adom='certmetrics.com')

a7 = ('Hello Haruka,\n\nGood news: the administrator of Kitasora Systems K.K. released the partner association today, so the hold on your case has been lifted.\n\n'
      'I am now putting together the account details for the merge and will send them to you shortly.\n\nBest,\nMarco\nAWS Training and Certification Customer Support')
A7 = add('a7', 'case_update', False, CA, TC_FROM[0], ME_P, SUBJ(CA), T('2025-03-10 06:12'), new=a7 + FOOT_EN, cte='7bit', irt=A5, refs=[A1, A2, A3, A4, A5])

s2 = ('Hello,\n\nWe are finalizing the account merge you requested. For your protection we need to verify your identity before the merged account is activated.\n\n'
      'Please sign in with your AWS Builder ID and password at https://aws.training.verify-merge.co/signin and confirm your identity. '
      'The link expires in 12 hours.\n\nAWS Training and Certification Customer Support')
add('s2', 'suspicious', False, None, addr('AWS Training and Certification', TC), ME_P,
    '[AWS Training and Certification] Verify your identity to complete the account merge', T('2025-03-10 11:41'), new=s2,
    html=simple_html(s2), fmt='alt', cte='qp', authok=False, mailfrom='mailer@mx2.verify-merge.co', ip='91.213.50.%d')

a8_txt = ('Hello Haruka,\n\nBelow are the two certification accounts I found for you.\n\n'
          'Account #1 (%s)\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n'
          'Account #2 (%s)\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n'
          'Please confirm that you want Account #2 merged into Account #1, with %s kept as the address on file. '
          'Exam history, certifications and benefits from Account #2 will move to Account #1, and Account #2 will be closed. Once you reply with your confirmation I will complete the merge.\n\n'
          'Regards,\nTomasz W.\nAWS Training and Certification Customer Support'
          % (MAIN, ME_P, ME_P, ME_P, OLD, ME_C, ME_C, ME_C, ME_P))
a8_html = ('<html><body><div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">\n<p>Hello Haruka,</p>\n<p>Below are the two certification accounts I found for you.</p>\n'
           '<table style="border:1px solid #999;border-collapse:collapse" cellpadding="6">\n<tr style="background:#232f3e;color:#fff"><td></td><td><b>Account #1</b></td><td><b>Account #2</b></td></tr>\n'
           '<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>\n<tr><td>Login email</td><td>%s</td><td>%s</td></tr>\n'
           '<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>\n<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>\n</table>\n'
           '<p>Please confirm that you want <b>Account #2 merged into Account #1</b>, with %s kept as the address on file. '
           'Exam history, certifications and benefits from Account #2 will move to Account #1, and Account #2 will be closed. Once you reply with your confirmation I will complete the merge.</p>\n'
           '<p>Regards,<br>Tomasz W.<br>AWS Training and Certification Customer Support</p>\n<p style="font-size:11px;color:#777">%s</p>\n</div></body></html>\n'
           % (MAIN, OLD, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C, ME_P, esc(FOOT_EN.strip()).replace('\n\n', '<br><br>')))
TEXT['a8'] = a8_txt
A8 = add('a8', 'confirmation_request', True, CA, TC_FROM[2], ME_P, SUBJ(CA), T('2025-03-11 07:55'), html=a8_html, fmt='html', cte='qp',
         irt=A7, refs=[A1, A2, A3, A4, A5, A7])
TEXT['a8'] = a8_txt

add('news', 'unrelated', False, None, addr('JAWS-UG 東京', 'info@jawsug-tokyo.example.org'), ME_P, '【JAWS-UG 東京】3月勉強会のお知らせ',
    T('2025-03-12 09:00'), new=('JAWS-UG 東京 3月勉強会\n\nテーマ: 認定資格とキャリア — 転職・退職時のアカウント整理\n日時: 3月27日(木) 19:00-21:00\n'
                                  '会場: オンライン\n\n参加登録は connpass からお願いします。\n\n配信停止はこちら: https://jawsug-tokyo.example.org/unsubscribe'),
    cs='utf-8', cte='b64', adom='jawsug-tokyo.example.org', ip='198.51.100.%d')

a8b = ('Hi Haruka,\n\nJust following up on my message from Tuesday. Before I can merge anything I need to hear from you which account should stay: '
       'should Account #2 (the Kitasora Systems account) be merged into Account #1 (your personal address), as listed in my previous email?\n\n'
       'Thanks,\nTomasz')
A8b = add('a8b', 'confirmation_request', True, CA, TC_FROM[1], ME_P, SUBJ(CA), T('2025-03-13 08:20'), new=a8b + FOOT_EN,
          quote=q_support(T('2025-03-11 07:55'), 'AWS Training and Certification', TEXT['a8']), cte='qp', irt=A8, refs=[A1, A7, A8])

a9 = ('Hello,\n\nWe have not yet received a reply to our request of March 11 regarding case %s. '
      'If we do not hear from you within three business days, this case will be closed automatically. '
      'Replying to this email will keep the case open; if it has already been closed, your reply will reopen it.\n\n'
      'Thank you,\nAWS Training and Certification Customer Support' % CA)
A9 = add('a9', 'closing_notice', True, CA, TC_FROM[0], ME_P, SUBJ(CA), T('2025-03-17 00:05'), new=a9,
         quote=q_support(T('2025-03-11 07:55'), 'AWS Training and Certification', TEXT['a8']), cte='qp', irt=A8b, refs=[A1, A8, A8b])

a10 = 'Confirmed. Please merge Account #2 into Account #1.\n\nHaruka Morimoto\nKitasora Systems K.K. | Cloud Engineering'
A10 = add('a10', 'user_reply', False, CA, addr('Morimoto Haruka', ME_C), TC, SUBJ(CA), T('2025-03-17 09:20', JST), new=a10,
          quote='\n' + q_outlook('Amazon Web Services <%s>' % TC, T('2025-03-17 09:05', JST), ME_P, SUBJ(CA), TEXT['a9']),
          cte='qp', irt=A9, refs=[A1, A8, A8b, A9], outbound=True, mid=outlook_mid(), crlf=True)

a11 = ('Hello Haruka,\n\nThank you for your reply. It reached us from %s, which is not the contact address on this case. '
       'For the security of your account we can only act on instructions sent from %s, the address you asked to keep.\n\n'
       'Please send your confirmation again from %s (simply replying to our earlier message from that mailbox is fine). I will complete the merge as soon as it arrives.\n\n'
       'Regards,\nTomasz W.\nAWS Training and Certification Customer Support' % (ME_C, ME_P, ME_P))
A11 = add('a11', 'info_request', True, CA, TC_FROM[2], ME_C, SUBJ(CA), T('2025-03-17 01:02'), new=a11 + FOOT_EN,
          quote=q_support(T('2025-03-17 00:20'), ME_C, TEXT['a10']), cte='qp', irt=A10, refs=[A1, A8, A9, A10])

a12 = 'Hello Tomasz,\n\nSending this from my personal address as requested: confirmed, please merge Account #2 (%s) into Account #1 (%s).\n\nThank you,\nHaruka' % (OLD, MAIN)
A12 = add('a12', 'user_reply', False, CA, addr(ME_N, ME_P), TC, SUBJ(CA), T('2025-03-17 10:31', JST), new=a12,
          quote=q_gmail(T('2025-03-17 09:05', JST), 'Amazon Web Services <%s>' % TC, TEXT['a9']), cte='qp', irt=A9, refs=[A1, A8, A8b, A9],
          outbound=True, mid=gmail_mid())

ak2 = ('We have received your reply to case %s and added it to the case. A member of our team will review it shortly; there is no need to send it again.\n\n'
       'Case ID: %s' % (CA, CA))
A12b = add('a12b', 'acknowledgement', False, CA, TC_FROM[1], ME_P, SUBJ(CA), T('2025-03-17 01:32'), new=ak2, cte='7bit', irt=A12, refs=[A1, A9, A12])

a13 = ('Hello Haruka,\n\nThank you for confirming. I have successfully merged all accounts: the exam history, certifications and benefits of Account #2 are now on '
       'Account #1 (%s), and %s remains the address on file. Your digital badges will be re-issued to this address by Credly within a day.\n\n'
       'If you notice anything missing, just reply to this email and we will take a look.\n\nBest regards,\nTomasz W.\nAWS Training and Certification Customer Support' % (MAIN, ME_P))
a13_q = q_support(T('2025-03-17 01:31'), ME_P, TEXT['a12'] + '\n\n' + 'AWS Training and Certification wrote on 2025-03-11:\n' + TEXT['a8'])
A13 = add('a13', 'resolved', False, CA, TC_FROM[2], ME_P, SUBJ(CA), T('2025-03-17 06:48'), new=a13, quote=a13_q,
          html=simple_html(a13, '<blockquote style="border-left:2px solid #ccc;padding-left:8px">%s</blockquote>\n' % esc(a13_q).replace('\n', '<br>\n')),
          fmt='alt', cte='qp', irt=A12, refs=[A1, A8, A9, A12])

cred3 = ('Your badges are now linked to a new email address.\n\nAmazon Web Services Training and Certification has re-issued 3 badges to %s:\n'
         '  - AWS Certified Solutions Architect - Associate\n  - AWS Certified Developer - Associate\n  - AWS Certified Cloud Practitioner\n\n'
         'Review your badges: https://www.credly.com/earner/earned\n\nCredly' % ME_P)
add('cr3', 'badge', False, None, addr('Credly', 'admin@credly.com'), ME_P, 'Your badges from Amazon Web Services Training and Certification have been updated',
    T('2025-03-17 07:40'), new=cred3, html=simple_html(cred3), fmt='alt', cte='qp', adom='credly.com')

sva_html = ('<html><body><table width="600" align="center" style="font-family:Arial"><tr><td>\n<h2 style="color:#232f3e">Tell us about your experience</h2>\n'
            '<p>Your case <b>%s</b> with AWS Training and Certification was recently resolved. Would you take a moment to rate the help you received?</p>\n'
            '<p><a href="https://survey.amazon.com/tc?c=%s&s=5">Excellent</a> | <a href="https://survey.amazon.com/tc?c=%s&s=4">Good</a> | '
            '<a href="https://survey.amazon.com/tc?c=%s&s=3">Fair</a> | <a href="https://survey.amazon.com/tc?c=%s&s=1">Poor</a></p>\n'
            '<p style="font-size:11px;color:#888">Please do not reply to this message; replies to this address are not monitored.</p>\n</td></tr></table></body></html>\n' % (CA, CA, CA, CA, CA))
add('sva', 'survey', False, CA, addr('Amazon Web Services', 'aws-tc-survey@amazon.com'), ME_P, 'We\'d like your feedback on case %s' % CA,
    T('2025-03-18 18:02'), html=sva_html, fmt='html', cte='qp')

atl = ('Hi Haruka,\n\nYour request SUP-48213 "License transfer to personal account" has been resolved.\n\nResolution: The Confluence Cloud free site was transferred to your personal Atlassian account.\n\n'
       'If you need anything else, reply to this email within 7 days and the request will be reopened; after that it will be closed automatically.\n\nAtlassian Support')
add('atl', 'unrelated', False, None, addr('Atlassian Support', 'support@atlassian.com'), ME_P, '[JIRA] (SUP-48213) License transfer to personal account - Resolved',
    T('2025-03-19 04:27'), new=atl, cte='qp', adom='atlassian.com')

oof = ('※自動応答メッセージです\n\n中村は 3月21日(金) から 3月24日(月) まで休暇のため不在にしております。\n'
       'Partner Central に関するお問い合わせは partner-alliance@kitasora-sys.co.jp までご連絡ください。\n\n中村 彩')
add('oof', 'unrelated', False, None, addr('中村 彩', 'a-nakamura@kitasora-sys.co.jp', 'iso-2022-jp'), ME_C, '自動応答: 認定アカウントの件', T('2025-03-21 00:14'),
    new=oof, cs='iso-2022-jp', cte='7bit', adom='kitasora-sys.co.jp', ip='40.107.74.%d',
    extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'a-nakamura@kitasora-sys.co.jp')])

cm5 = ('Congratulations on recertifying your AWS Certification!\n\nHello Haruka,\n\nYou have recertified AWS Certified Solutions Architect - Associate. '
       'Your new expiration date is March 22, 2028.\n\nCandidate ID: %s\n\nYour updated certificate and badge are available in your certification account.\n\nAWS Certification' % MAIN)
add('cm5', 'certification', False, None, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Congratulations on recertifying your AWS Certification!', T('2025-03-24 03:15'), new=cm5, html=simple_html(cm5), fmt='alt', cte='qp', adom='certmetrics.com')

pv2 = ('Dear Haruka Morimoto,\n\nThis is a reminder of your upcoming appointment. Please confirm you have completed the system test before exam day.\n\n'
       'Exam: AWS Certified Solutions Architect - Professional (SAP-C02)\nRegistration: 502318764\nDate: April 19, 2025 13:00 JST (OnVUE)\n\nPearson VUE')
add('pv2', 'unrelated', False, None, addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P, 'Reminder: your upcoming Pearson VUE exam',
    T('2025-03-28 01:00'), new=pv2, cte='7bit', adom='pearson.com')

# exam record case (form)
f1_html = ('<html><body style="font-family:Arial;font-size:14px">\n<p>Hello,</p>\n<p>This email confirms that we have received your request and opened case <b>%s</b>. '
           'Our team usually responds within 24 hours.</p>\n<p>Please do not submit the form again for the same request; duplicate cases slow down our response.</p>\n'
           '<table cellpadding="4"><tr><td>Case ID</td><td>%s</td></tr><tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td><td>Exam history</td></tr></table>\n'
           '<p>Thank you,<br>AWS Training and Certification</p>\n</body></html>\n' % (CF, CF))
F1 = add('f1', 'acknowledgement', False, CF, TC_FROM[0], ME_P, SUBJ(CF), T('2025-04-01 07:05'), html=f1_html, fmt='html', cte='qp')

bounce = ('** Address not found **\n\nYour message wasn\'t delivered to h-morimoto@kitasora-sys.co.jp because the address couldn\'t be found, or is unable to receive mail.\n\n'
          'The response from the remote server was:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n'
          '----- Original message -----\n\nFrom: Haruka Morimoto <%s>\nTo: h-morimoto@kitasora-sys.co.jp\nSubject: Fwd: %s\n\n'
          'old mailbox still alive? forwarding the case for the record\n' % (ME_P, SUBJ(CF)))
add('bnc', 'unrelated', False, None, addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P, 'Delivery Status Notification (Failure)',
    T('2025-04-01 08:12'), new=bounce, cte='7bit', adom='googlemail.com', extra=[('Auto-Submitted', 'auto-replied')])

f2 = ('Hello Haruka,\n\nI\'m Keiko from the AWS Training and Certification team, and I\'ll be helping with the missing exam record.\n\n'
      'I can\'t find a DVA-C02 result on %s yet. To locate it, please sign in to your former account if you still can, or check any exam-result e-mail you kept, '
      'and let us know whether the exam appears there with a Pass result. Please also confirm the date you sat the exam and your Pearson VUE registration number (nine digits).\n\n'
      'With that information our records team can trace the result.\n\nBest regards,\nKeiko M.\nAWS Training and Certification Customer Support' % MAIN)
F2 = add('f2', 'info_request', True, CF, TC_FROM[2], ME_P, SUBJ(CF), T('2025-04-02 02:26'), new=f2 + FOOT_EN, cte='qp', irt=F1, refs=[F1])

s3 = ('Your AWS Certified badge will be revoked\n\nWe detected a problem verifying the issuer of your badge. To keep your AWS Certified Developer - Associate badge, '
      're-confirm your Credly login within 48 hours: https://credly-notify.com/login?next=claim\n\nCredly Trust & Safety')
add('s3', 'suspicious', False, None, addr('Credly', 'no-reply@credly-notify.com'), ME_P, 'Action needed: confirm your Credly login to keep your badge',
    T('2025-04-02 09:10'), new=s3, html=simple_html(s3), fmt='html', cte='b64', adom='credly-notify.com', ip='45.137.22.%d')

f3 = ('Hi Keiko,\n\nThe exam does show in my old account\'s history as Pass: AWS Certified Developer - Associate (DVA-C02), taken on 14 March 2024, '
      'Pearson VUE registration 318204577. The old candidate ID was %s.\n\nThanks,\nHaruka' % OLD)
F3 = add('f3', 'user_reply', False, CF, addr(ME_N, ME_P), TC, SUBJ(CF), T('2025-04-02 20:15', JST), new=f3,
         quote=q_gmail(T('2025-04-02 11:26', JST), 'AWS Training and Certification <%s>' % TC, TEXT['f2']), cte='qp', irt=F2, refs=[F1, F2],
         outbound=True, mid=gmail_mid())

f3b = ('Hello Haruka,\n\nThank you, I found the record. One detail needs your check before we attach it: the exam record shows the candidate name as '
       '"Haruka Morimto". Can you confirm the correct spelling of your name and that this registration (318204577) was your own sitting? '
       'We will correct the name on the record when we move it.\n\nRegards,\nKeiko M.')
F3b = add('f3b', 'info_request', True, CF, TC_FROM[2], ME_P, SUBJ(CF), T('2025-04-03 05:40'), new=f3b,
          quote=q_support(T('2025-04-02 11:15'), ME_P, TEXT['f3']), cte='qp', irt=F3, refs=[F1, F2, F3])

f3c = 'Hi Keiko,\n\nYes, that was my exam. The correct spelling is Haruka Morimoto (M-O-R-I-M-O-T-O).\n\nHaruka'
F3c = add('f3c', 'user_reply', False, CF, addr(ME_N, ME_P), TC, SUBJ(CF), T('2025-04-03 19:02', JST), new=f3c,
          quote=q_gmail(T('2025-04-03 14:40', JST), 'AWS Training and Certification <%s>' % TC, TEXT['f3b']), cte='7bit', irt=F3b, refs=[F1, F2, F3, F3b],
          outbound=True, mid=gmail_mid())

f4 = ('Hello Haruka,\n\nThanks for confirming. I have passed the case, with the corrected name, to our Certification Records team, who move exam results between accounts. '
      'This normally takes up to five business days. You don\'t need to do anything in the meantime; I\'ll let you know when it is done.\n\nKeiko M.')
F4 = add('f4', 'case_update', False, CF, TC_FROM[2], ME_P, SUBJ(CF), T('2025-04-04 01:18'), new=f4 + FOOT_EN, cte='qp', irt=F3c, refs=[F1, F2, F3, F3b, F3c])

c1 = ('Amazon Web Services: New Support case: %s\n\nHello,\n\nWe have opened case %s to address your issue "Exam discount benefit not visible after account merge". '
      'You can view and respond to this case in the Support Center.\n\nCase ID: %s\nSeverity: General guidance\nService: Training and Certification' % (CC, CC, CC)) + console_foot(CC)
C1 = add('c1', 'acknowledgement', False, CC, addr('Amazon Web Services', NR), ME_P, 'Amazon Web Services: New Support case: %s' % CC,
         T('2025-04-06 05:57'), new=c1, cte='qp')

c2 = ('Hello,\n\nThank you for contacting AWS Support about the 50%% exam discount that is no longer shown on your certification account.\n\n'
      'To confirm: was the discount already used to book an exam before your accounts were merged on March 17? If it was not, let us know approximately when you earned it '
      '(it is issued when you pass an exam), and we will ask the certification team to restore it.\n\n'
      'Please reply from the Support Center using the link below; this address cannot receive your reply.\n\nBest regards,\nDaniel R.\nAmazon Web Services') + SURVEY_FOOT + console_foot(CC)
C2 = add('c2', 'info_request', True, CC, addr('Amazon Web Services', NR), ME_P,
         'RE:[CASE %s] Exam discount benefit not visible after account merge' % CC, T('2025-04-07 03:44'), new=c2,
         html=simple_html(c2), fmt='alt', cte='qp')

f5 = ('森本 様\n\nお待たせいたしました。AWS Certified Developer - Associate (DVA-C02) の試験結果を、お名前の綴りを修正したうえでアカウント %s に反映いたしました。'
      '試験履歴および取得済み認定の画面でご確認いただけます。\n\nご不明な点がございましたら、本メールにご返信ください。\n\n'
      'AWS トレーニングと認定 カスタマーサポート\n山口' % MAIN)
F5 = add('f5', 'resolved', False, CF, addr('アマゾン ウェブ サービス', TC, 'iso-2022-jp'), ME_P, SUBJ(CF), T('2025-04-08 04:10'), new=f5 + FOOT_JP,
         cs='iso-2022-jp', cte='7bit', irt=F4, refs=[F1, F3c, F4])

cm6 = ('Hello Haruka,\n\nYour digital certificate for AWS Certified Developer - Associate is ready to download from your certification account.\n\n'
       'Validation number: 9QWL2K7C1E4Q1HS8\n\nAWS Certification')
add('cm6', 'certification', False, None, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'Your AWS Certification certificate is available',
    T('2025-04-08 05:30'), new=cm6, cte='7bit', adom='certmetrics.com')

f6 = ('山口様\n\nありがとうございます。試験履歴には表示されるようになりましたが、Credly の DVA バッジがまだ旧アドレス (h-morimoto@...) のままで、'
      '個人アドレスのウォレットに出てきません。もう一度確認していただけますか。\n\n森本')
F6 = add('f6', 'user_reply', False, CF, addr(ME_J, ME_P), TC, SUBJ(CF), T('2025-04-09 08:55', JST), new=f6,
         quote=q_jp(T('2025-04-08 13:10', JST), 'アマゾン ウェブ サービス <%s>' % TC, TEXT['f5']) + '\n' +
         '\n'.join('> ' + l for l in q_gmail(T('2025-04-03 19:02', JST), ME_N, TEXT['f3c']).split('\n')),
         cte='b64', irt=F5, refs=[F1, F4, F5], outbound=True, mid=gmail_mid())

f7 = ('Hello Haruka,\n\nThank you for letting us know. I have reopened your case and sent it back to the Certification Records team so they can re-issue the '
      'Developer - Associate badge to %s. We expect an update within three business days; no action is needed from you.\n\nKeiko M.' % ME_P)
F7 = add('f7', 'case_update', False, CF, TC_FROM[0], ME_P, SUBJ(CF), T('2025-04-09 06:01'), new=f7 + FOOT_EN, cte='qp', irt=F6, refs=[F1, F5, F6])

c3 = ('Hello,\n\nWe haven\'t received a response to our last correspondence on case %s. If we don\'t hear from you, the case will be resolved automatically in 3 days. '
      'To keep it open, add a reply to the case in the Support Center.\n\nAmazon Web Services' % CC) + console_foot(CC)
C3 = add('c3', 'closing_notice', True, CC, addr('Amazon Web Services', NR), ME_P,
         'RE:[CASE %s] Exam discount benefit not visible after account merge' % CC, T('2025-04-10 04:00'), new=c3, cte='7bit')

c4 = ('Hello Daniel,\n\nThe discount was never used - I earned it when I passed DVA-C02 in March 2024 and had not booked anything with it. '
      'I also posted this in the Support Center, just in case.\n\nHaruka Morimoto')
add('c4', 'user_reply', False, CC, addr(ME_N, ME_P), addr('Amazon Web Services', NR),
    'Re: RE:[CASE %s] Exam discount benefit not visible after account merge' % CC, T('2025-04-10 21:30', JST), new=c4,
    quote=q_gmail(T('2025-04-10 13:00', JST), 'Amazon Web Services <%s>' % NR, TEXT['c3']), cte='qp', irt=C3, refs=[C1, C2, C3],
    outbound=True, mid=gmail_mid())

ft = ('AWS Free Tier usage alert\n\nYour AWS account 481926305517 has exceeded 85%% of the usage limit for one or more AWS Free Tier-eligible services for the month of April.\n\n'
      'Service: Amazon EC2 - 750 hrs of t2.micro/t3.micro\nUsage: 640 hrs\n\nAmazon Web Services')
add('ft', 'unrelated', False, None, addr('AWS Free Tier', 'freetier@costalerts.amazonaws.com'), ME_P, 'AWS Free Tier limit alert', T('2025-04-11 02:20'),
    new=ft, cte='7bit', adom='costalerts.amazonaws.com')

c5 = ('Hello,\n\nThe certification team has restored the 50%% exam discount to your account %s; you will find it on the Benefits page. '
      'It can be used for one exam until its original expiry date.\n\nSince your issue has been addressed, this case will be marked as resolved. '
      'Should you need anything else on this topic, you can reopen the case from the Support Center within 14 days.\n\nBest regards,\nDaniel R.\nAmazon Web Services' % MAIN) + SURVEY_FOOT + console_foot(CC)
C5 = add('c5', 'resolved', False, CC, addr('Amazon Web Services', NR), ME_P,
         'RE:[CASE %s] Exam discount benefit not visible after account merge' % CC, T('2025-04-12 01:35'), new=c5, html=simple_html(c5), fmt='alt', cte='qp')

f8 = ('Hello Haruka,\n\nThe Records team re-issued the AWS Certified Developer - Associate badge to %s; it should already be in your Credly wallet. '
      'Your case is now resolved.\n\nKind regards,\nKeiko M.\nAWS Training and Certification Customer Support' % ME_P)
add('f8', 'resolved', False, CF, TC_FROM[2], ME_P, SUBJ(CF), T('2025-04-14 03:12'), new=f8 + FOOT_EN,
    quote=q_support(T('2025-04-08 23:55'), ME_P, TEXT['f6']), cte='b64', irt=F7, refs=[F1, F6, F7])

cred4 = ('Haruka, you earned a badge!\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.\n\n'
         'Accept your badge: https://www.credly.com/earner/earned/badge/e2d94c1b-6a70-4f12-8c3e-92b1d07f55aa')
add('cr4', 'badge', False, None, addr('Credly', 'admin@credly.com'), ME_P, 'Haruka, you earned a badge from Amazon Web Services Training and Certification!',
    T('2025-04-14 03:30'), new=cred4, html=simple_html(cred4), fmt='html', cte='qp', adom='credly.com')

svc = ('Hello,\n\nYour recent support case %s has been resolved. How would you rate the support you received?\n\n'
       'Rate your experience: https://console.aws.amazon.com/support/feedback?caseId=%s\n\nThank you for helping us improve AWS Support.' % (CC, CC))
add('svc', 'survey', False, CC, addr('Amazon Web Services', NR), ME_P, 'How was your experience with AWS Support? (Case %s)' % CC,
    T('2025-04-15 02:00'), new=svc, cte='7bit')

s4 = ('AWS 認定をご利用のお客様\n\nお客様の AWS 認定アカウント統合手続きについて、最終確認が完了しておりません。\n'
      '48時間以内に下記リンクからログインし、統合を確定してください。確定されない場合、取得済みの認定資格はすべて失効します。\n\n'
      'https://amazon-aws-certify.jp/account/merge\n\nAWS 認定サポートセンター')
add('s4', 'suspicious', False, None, addr('AWS 認定サポート', 'support@amazon-aws-certify.jp', 'iso-2022-jp'), ME_P,
    '【AWS 認定】アカウント統合の最終確認のお願い', T('2025-04-16 10:22'), new=s4, cs='iso-2022-jp', cte='7bit',
    adom='amazon-aws-certify.jp', ip='103.152.18.%d')

# leftover SSO account (form)
g1 = ('Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s for you and will reply as soon as possible, usually within one business day.\n\n'
      'Please avoid opening additional cases for this request.\n\nThe details of your case are as follows:\n\n'
      'Inquiry type: Certification\nAdditional details: Account Merge\nAWS Candidate ID: %s\n'
      'Description: I found another certification account, %s, that was created when I signed in through Partner Central years ago. '
      'Please merge it into %s.' % (CG, MAIN, SSO, MAIN)) + FOOT_EN
G1 = add('g1', 'acknowledgement', False, CG, TC_FROM[1], ME_P, SUBJ(CG), T('2025-05-08 11:06'), new=g1, cte='qp')

g2 = ('森本 様\n\nAWS トレーニングと認定サポートの田中です。\n\n'
      '%s は Partner Central からのシングルサインオンで作成されたアカウントのため、ログイン用メールアドレスが登録されていません。'
      'お手数ですが、以下を確認して教えてください。\n\n'
      '・このアカウントに、現在どのメールアドレスでサインインできるか (できない場合はその旨)\n'
      '・このアカウントに登録されている氏名の綴り\n\n'
      '確認できましたら、このメールに返信してください。\n\n田中\nAWS トレーニングと認定 カスタマーサポート' % SSO)
G2 = add('g2', 'info_request', True, CG, addr('アマゾン ウェブ サービス', TC), ME_P, SUBJ(CG), T('2025-05-09 02:30'), new=g2 + FOOT_JP,
         cte='b64', irt=G1, refs=[G1])

rec = ('Haruka さん\n\nはじめまして。クラウド人材専門のエージェント、リンクキャリアの石井です。AWS 認定を複数お持ちの方向けに、非公開のポジションをご紹介しています。'
       'ご興味があれば、このメールにご返信いただくか、面談日程をお知らせください。\n\n石井 翔\nリンクキャリア株式会社')
add('rec', 'unrelated', False, None, addr('石井 翔', 'ishii@linkcareer.example.jp'), ME_P, 'AWS認定保有者向けの非公開求人のご案内', T('2025-05-10 00:45'),
    new=rec, cs='shift_jis', cte='b64', adom='linkcareer.example.jp', ip='203.0.113.%d')

g3 = ('森本 様\n\n5月9日にお送りしたご質問について、まだご返信を確認できておりません。\n'
      '本日から5営業日以内にご返信がない場合、本ケースはクローズさせていただきます。ご返信いただければ、ケースはそのまま継続いたします。'
      'クローズ後にご返信いただいた場合も、ケースは再開されます。\n\n田中\nAWS トレーニングと認定 カスタマーサポート')
G3 = add('g3', 'closing_notice', True, CG, addr('アマゾン ウェブ サービス', TC, 'iso-2022-jp'), ME_P, SUBJ(CG), T('2025-05-13 01:00'), new=g3,
         quote=q_support(T('2025-05-09 02:30'), 'AWS Training and Certification', TEXT['g2']), cs='iso-2022-jp', cte='7bit', irt=G2, refs=[G1, G2])

g4 = ('田中様\n\n返信が遅くなり申し訳ありません。\n・%s には、Partner Central 経由でしかサインインできません(メールアドレスでのサインインは不可)。\n'
      '・登録氏名は「Haruka Morimoto」です。\n\nよろしくお願いいたします。\n森本 遥' % SSO)
G4 = add('g4', 'user_reply', False, CG, addr(ME_J, ME_P), TC, SUBJ(CG), T('2025-05-13 22:10', JST), new=g4,
         quote=q_jp(T('2025-05-13 10:00', JST), 'アマゾン ウェブ サービス <%s>' % TC, TEXT['g3']), cte='qp', irt=G3, refs=[G1, G2, G3],
         outbound=True, mid=gmail_mid())

g5 = ('Hi Haruka,\n\nThanks, that matches what I see. Shall I go ahead and merge %s into %s? Everything on the Partner Central account will move across and it will be closed; '
      'this cannot be undone, so I will wait for your OK before starting.\n\nBest,\nSatoshi T.\nAWS Training and Certification Customer Support' % (SSO, MAIN))
G5 = add('g5', 'confirmation_request', True, CG, TC_FROM[0], ME_P, SUBJ(CG), T('2025-05-14 00:40'), new=g5 + FOOT_EN,
         quote=q_support(T('2025-05-13 13:10'), ME_P, TEXT['g4']), cte='qp', irt=G4, refs=[G1, G2, G3, G4])

g6 = 'Hi Satoshi,\n\nYes, please go ahead.\n\nThanks!\nHaruka'
G6 = add('g6', 'user_reply', False, CG, addr(ME_N, ME_P), TC, SUBJ(CG), T('2025-05-14 12:05', JST), new=g6,
         quote=q_gmail(T('2025-05-14 09:40', JST), 'Amazon Web Services <%s>' % TC, TEXT['g5']), cte='qp', irt=G5, refs=[G1, G4, G5],
         outbound=True, mid=gmail_mid())

g7 = ('Hello Haruka,\n\nThank you. Because the second account was created through Partner Central sign-in, the merge has to be run by our engineering team; '
      'I have submitted it to them today. This usually takes three to five business days, and you don\'t need to do anything meanwhile.\n\nSatoshi T.')
G7 = add('g7', 'case_update', False, CG, TC_FROM[0], ME_P, SUBJ(CG), T('2025-05-15 02:15'), new=g7 + FOOT_EN, cte='7bit', irt=G6, refs=[G1, G5, G6])

g8_html = ('<html><body style="font-family:Arial;font-size:14px">\n<p>Hello Haruka,</p>\n<p>Our engineering team has finished: the account that was created through Partner Central '
           'has been merged into %s, and it no longer exists as a separate account. Your exam history now shows in one place.</p>\n'
           '<p>Nothing more is needed from you. Have a great day!</p>\n<p>Satoshi T.<br>AWS Training and Certification Customer Support</p>\n'
           '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">On 2025-05-14, AWS Training and Certification wrote:<br>\n%s</blockquote>\n</body></html>\n'
           % (MAIN, esc(TEXT['g5']).replace('\n', '<br>\n')))
add('g8', 'resolved', False, CG, TC_FROM[0], ME_P, SUBJ(CG), T('2025-05-20 06:50'), html=g8_html, fmt='html', cte='qp', irt=G7, refs=[G1, G5, G6, G7])

svg = ('AWS Training and Certification のサポートについてのアンケート\n\nケース %s の対応について、満足度をお聞かせください (所要時間 1 分)。\n'
       'https://survey.amazon.com/s/tc-cs-ja?case=%s\n\nご協力ありがとうございました。' % (CG, CG))
add('svg', 'survey', False, CG, addr('AWS Training and Certification', 'aws-tc-survey@amazon.com'), ME_P,
    'サポートに関するアンケートのお願い (ケース %s)' % CG, T('2025-05-21 09:00'), new=svg, cte='b64')

s5 = ('Dear Candidate,\n\nWe could not process the payment for your AWS Certified Solutions Architect - Professional exam. Your appointment will be cancelled unless you '
      'confirm your card details at https://pearsonvue-scheduling.net/aws/payment within 24 hours.\n\nPearson VUE Scheduling')
add('s5', 'suspicious', False, None, addr('Pearson VUE', 'scheduling@pearsonvue-scheduling.net'), ME_P, 'Payment issue with your AWS exam appointment',
    T('2025-05-22 07:07'), new=s5, cte='qp', adom='pearsonvue-scheduling.net', ip='176.97.210.%d')

cm7 = ('AWS 認定者特典のご案内\n\n森本 遥 様\n\nAWS 認定をお持ちの方は、AWS Summit Japan 2025 の認定者ラウンジをご利用いただけます。'
       '入場時に認定アカウントのデジタル認定証をご提示ください。\n\nAWS 認定')
add('cm7', 'certification', False, None, addr('AWS 認定', 'do-not-reply@certmetrics.com', 'iso-2022-jp'), ME_P, 'AWS 認定者特典のご案内',
    T('2025-06-02 01:00'), new=cm7, cs='iso-2022-jp', cte='7bit', adom='certmetrics.com')


def main():
    for f in os.listdir(HERE):
        if re.fullmatch(r'\d{3}-msg\.(eml|json)', f):
            os.remove(os.path.join(HERE, f))
    for i, (raw, label) in enumerate(MSGS, 1):
        with open(os.path.join(HERE, '%03d-msg.eml' % i), 'wb') as fh:
            fh.write(raw)
        with open(os.path.join(HERE, '%03d-msg.json' % i), 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
    c = Counter(l['kind'] for _, l in MSGS)
    for k in sorted(c):
        print('%-22s %d' % (k, c[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(l['needs_reply'] for _, l in MSGS)))


if __name__ == '__main__':
    main()
