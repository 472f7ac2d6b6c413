#!/usr/bin/env python3
"""Generate the blind-303 corpus: a Japanese-heavy mailbox around AWS Training and
Certification support cases.  Standard library only.  Run:  python3 gen.py

Writes NNN-msg.eml / NNN-msg.json (arrival order) and README.md next to this script,
and prints the number of messages per kind.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import struct
import zlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

ME_NAME = '水野 拓海'
ME_P = 'takumi.mizuno.k@gmail.com'          # personal address (kept)
ME_C = 't-mizuno@hoshizora-tech.co.jp'      # company address (closes 2025-03-28 18:00)
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

CASE_A = '174098523100412'   # T&C form: merge company -> personal (APN hold, reopened)
CASE_B = '174098611200077'   # T&C form: duplicate submission, closed as duplicate
CASE_C = '174380215600318'   # T&C form: 50% voucher missing after merge
CASE_D = '6803174925'        # Support Center (console) case: name romanisation
CASE_E = '12739481056'       # 2023 case, only seen in a forward written by the owner
CASE_F = '174443870100925'   # T&C form: Credly badges after merge
FAKE_1 = '174101288400233'   # case-shaped number in a DMARC-failing fake
FAKE_2 = '174470112300561'   # case-shaped number in a lookalike-domain fake

CID_OLD = 'AWS03918274'      # company certification account
CID_NEW = 'AWS11572039'      # personal certification account (kept)
CID_3RD = 'AWS06627105'      # third account found in the reopened case A
CID_DUP = 'AWS11580462'      # duplicate account under the personal address (case F)
CID_2023 = 'AWS20984411'     # merged away in 2023 (case E, forwarded text only)
CID_FAKE = 'AWS77120458'     # invented by a phishing mail

SUBJ_TC = '[AWS Training and Certification Form Submission] - account-assistance'
CODEC = {'UTF-8': 'utf-8', 'ISO-2022-JP': 'iso2022_jp', 'Shift_JIS': 'shift_jis'}
WD = '月火水木金土日'


# ----------------------------------------------------------------------------- helpers
def hx(key, n=16):
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def b64id(key, n=40):
    raw = hashlib.sha256(key.encode()).digest() + hashlib.sha256((key + '!').encode()).digest()
    return base64.b64encode(raw).decode().replace('/', '_').replace('=', '')[:n]


def t(s, tz=JST):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def fdate(when, tz=None):
    return format_datetime(when.astimezone(tz) if tz else when)


def enc_words(s, cs='UTF-8'):
    """RFC 2047 B-encoded words, each self-contained, folded."""
    codec = CODEC[cs]
    words, cur = [], ''
    for ch in s:
        if cur and len(base64.b64encode((cur + ch).encode(codec))) > 48:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return '\n '.join('=?%s?B?%s?=' % (cs, base64.b64encode(w.encode(codec)).decode()) for w in words)


def hdr(s, cs='UTF-8'):
    return s if s.isascii() else enc_words(s, cs)


def addr(name, email, cs='UTF-8'):
    if not name:
        return email
    if not name.isascii():
        return '%s <%s>' % (enc_words(name, cs), email)
    if any(c in name for c in '()<>@,;:\\".[]'):
        return '"%s" <%s>' % (name, email)
    return '%s <%s>' % (name, email)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def leaf(ctype, text, cs='UTF-8', cte='base64', inner_crlf=False, quote_cs=True, extra=''):
    text = text.replace('\r\n', '\n')
    if inner_crlf:
        text = text.replace('\n', '\r\n')
    data = text.encode(CODEC[cs])            # strict: fails loudly on unencodable text
    if cte == '7bit':
        body = data.decode('ascii')
    elif cte == 'base64':
        body = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    elif cte == '8bit':
        body = data.decode('latin-1')        # raw bytes carried through latin-1
    else:
        raise ValueError(cte)
    csv = '"%s"' % cs if quote_cs else cs
    return Part([('Content-Type', '%s; charset=%s%s' % (ctype, csv, extra)),
                 ('Content-Transfer-Encoding', cte)], body)


def raw_part(headers, body):
    return Part(headers, body)


def multi(subtype, parts, key, preamble='', extra=''):
    b = '----=_Part_%s' % hx(key, 20) if subtype != 'alternative' else '000000000000%s' % hx(key, 14)
    out = preamble + ('\n' if preamble else '')
    for p in parts:
        out += '--%s\n' % b
        out += ''.join('%s: %s\n' % kv for kv in p.headers)
        out += '\n' + p.body.rstrip('\n') + '\n'
    out += '--%s--\n' % b
    return Part([('Content-Type', 'multipart/%s; boundary="%s"%s' % (subtype, b, extra))], out)


def esc(s):
    return html.escape(s, quote=False)


def html_doc(inner, cs='UTF-8', style='font-family: Meiryo, Arial, sans-serif; font-size: 14px;'):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '</head>\n<body style="%s">\n%s\n</body>\n</html>\n' % (cs, style, inner))


def p2html(text):
    """Plain text -> simple HTML paragraphs; '> ' lines become a blockquote."""
    blocks = [b for b in text.strip('\n').split('\n\n')]
    out = []
    for b in blocks:
        lines = b.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(esc(l[1:].lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(esc(l) for l in lines))
    return '\n'.join(out)


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


def ja_attr(when, name, email):
    d = when.astimezone(JST)
    return '%d年%d月%d日(%s) %s %s <%s>:' % (d.year, d.month, d.day, WD[d.weekday()], d.strftime('%H:%M'), name, email)


def gmail_alt(key, new_text, attr=None, quoted=None, cs='UTF-8', cte='base64'):
    plain = new_text.rstrip('\n') + '\n'
    if attr:
        plain += '\n' + attr + '\n\n' + quote(quoted) + '\n'
    divs = ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in new_text.rstrip('\n').split('\n'))
    h = '<div dir="ltr">%s</div>' % divs
    if attr:
        qh = '<br>\n'.join(esc(l) for l in quoted.strip('\n').split('\n'))
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">%s</blockquote></div>' % (esc(attr), qh))
    return multi('alternative', [leaf('text/plain', plain, cs, cte, quote_cs=False),
                                 leaf('text/html', h + '\n', cs, cte, quote_cs=False)], key)


def alt(key, text, cs='UTF-8', cte='quoted-printable', html_inner=None):
    hi = html_inner if html_inner is not None else p2html(text)
    return multi('alternative', [leaf('text/plain', text, cs, cte), leaf('text/html', html_doc(hi, cs), cs, cte)], key)


# --- Message-IDs
def mid_ses(key):
    return '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        hx(key, 12), hx(key + 'a', 8), hx(key + 'b', 4), hx(key + 'c', 4), hx(key + 'd', 4), hx(key + 'e', 12))


def mid_gmail(key):
    return '<CAH%s@mail.gmail.com>' % b64id(key, 44)


def mid_outlook(key):
    return '<TYWPR01MB%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>' % (hx(key, 26).upper(), hx(key + 'x', 4).upper())


def mid_at(key, domain):
    return '<%s.%s@%s>' % (hx(key, 16), hx(key + 'q', 8), domain)


# --- received / authentication headers
def inbound_gmail(when, host, ip, mailfrom, from_dom, dkim='pass', spf='pass', dmarc='pass',
                  dkim_dom=None, policy='p=QUARANTINE sp=QUARANTINE dis=NONE', dkim_note=''):
    ts = fdate(when + timedelta(seconds=2), UTC)
    dkim_dom = dkim_dom or from_dom
    if spf == 'pass':
        spf_txt = 'google.com: domain of %s designates %s as permitted sender' % (mailfrom, ip)
    elif spf == 'softfail':
        spf_txt = 'google.com: domain of transitioning %s does not designate %s as permitted sender' % (mailfrom, ip)
    else:
        spf_txt = 'google.com: domain of %s does not designate %s as permitted sender' % (mailfrom, ip)
    dk = 'dkim=%s%s header.i=@%s header.s=%s header.b=%s' % (dkim, dkim_note, dkim_dom, hx(host, 6), b64id(host + ts, 8))
    ar = 'mx.google.com;\n       %s;\n       spf=%s (%s) smtp.mailfrom=%s;\n       dmarc=%s (%s) header.from=%s' % (
        dk, spf, spf_txt, mailfrom, dmarc, policy, from_dom)
    return [
        ('Delivered-To', ME_P),
        ('Received', 'by 2002:a05:7300:%s:b0:%s:%s with SMTP id %s;\n        %s' % (
            hx(ts, 4), hx(ts + '1', 3), hx(ts + '2', 4), b64id(ts, 10).lower(), ts)),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
                     '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                         host, host, ip, b64id(host + ts, 16).lower(), ME_P, ts)),
        ('Received-SPF', '%s (%s) client-ip=%s;' % (spf, spf_txt, ip)),
        ('Authentication-Results', ar),
    ]


def inbound_m365(when, ip, mailfrom_dom, from_dom, internal=False):
    ts = fdate(when + timedelta(seconds=3), UTC)
    if internal:
        ar = 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hoshizora-tech.co.jp;'
    else:
        ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
              ' header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100' % (ip, mailfrom_dom, from_dom, from_dom))
    return [
        ('Received', 'from TYCP286CA0%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:%s::%s) by\n'
                     ' TYWPR01MB%s.jpnprd01.prod.outlook.com (2603:1096:400:%s::9) with\n'
                     ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.%s; %s' % (
                         hx(ts, 3).upper(), hx(ts + 'a', 3), hx(ts + 'b', 2), hx(ts + 'c', 4).upper(), hx(ts + 'd', 3),
                         int(hx(ts + 'e', 3), 16) % 40, ts)),
        ('Authentication-Results', ar),
    ]


def ses(key, n=8):
    return '0100%s-%s-000000@email.amazonses.com' % (hx(key + 'rp', 12), hx(key + 'rp2', 24))


SES_HOSTS = [('a8-33.smtp-out.amazonses.com', '54.240.8.33'),
             ('a48-112.smtp-out.amazonses.com', '54.240.48.112'),
             ('a27-45.smtp-out.us-west-2.amazonses.com', '54.240.27.45'),
             ('a11-72.smtp-out.amazonses.com', '54.240.11.72')]


def aws_inbound(key, when, to=ME_P, host_i=0):
    host, ip = SES_HOSTS[host_i % len(SES_HOSTS)]
    if to == ME_C:
        return inbound_m365(when, ip, 'amazonses.com', 'amazon.com')
    return inbound_gmail(when, host, ip, ses(key), 'amazon.com')


# ----------------------------------------------------------------------------- registry
MSGS = []
MID = {}
SUBJ = {}


def add(key, when, label, note, headers, root, mid, crlf=False):
    kind, needs, case, cids = label
    MID[key] = mid
    allh = headers + [('Message-ID', mid), ('MIME-Version', '1.0')] + root.headers
    # Put Date right after From/To block if not present
    text = ''.join('%s: %s\n' % kv for kv in allh) + '\n' + root.body
    if not text.endswith('\n'):
        text += '\n'
    data = text.encode('latin-1')
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append(dict(key=key, when=when, kind=kind, needs=needs, case=case, cids=cids, note=note, data=data))


def W(key):
    return next(m['when'] for m in MSGS if m['key'] == key)


def reply_hdrs(*parents):
    ids = [MID[p] for p in parents]
    return [('In-Reply-To', ids[-1]), ('References', '\n '.join(ids))]


def tiny_png(w=48, h=24, rgb=(230, 236, 245)):
    row = b'\x00' + bytes(rgb) * w
    raw = row * h

    def chunk(tag, data):
        c = struct.pack('>I', len(data)) + tag + data
        return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


TC_FOOT = '※本メールにご返信いただく際は、件名の [CASE %s] を変更しないでください。'
TC_SIG_JA = '%s\nAWS トレーニングと認定 カスタマーサービス\nAmazon Web Services'


# ============================================================================= messages
# ---- 2025-02-25  company HR: leaving procedures (mentions AWS certification, many requests)
w = t('2025-02-25 09:12:40')
body = '''水野 拓海 さん

お疲れさまです。総務部人事グループの石原です。
3月28日(金)付のご退職に伴い、以下の手続きをお願いします。

1. 貸与PC・社員証・入館カードの返却
   最終出社日の17時までに総務部カウンターへお持ちください。
2. 健康保険証の返却(ご家族分を含む)
3. 業務用アカウントの整理
   社用メールアドレス(t-mizuno@hoshizora-tech.co.jp)は、最終出社日の18時に停止します。
   社用アドレスで登録している外部サービス(AWS認定、各種勉強会サイトなど)は、
   停止前に個人のアドレスへ移行しておいてください。
   当社はAWSパートナーのため、AWS認定の移行の際にAWSから当社の管理者へ確認が入る場合があります。
   その場合は情報システム部が対応しますので、水野さん側での連絡は不要です。

ご不明な点がございましたら、総務部までお問い合わせください。

石原 真由美
株式会社ほしぞらテック 総務部 人事グループ
内線 2104
'''
add('hr', w, ('unrelated', False, None, []),
    'Company HR: leaving procedures. Full of 〜ください and even mentions AWS certification migration and APN, but it is the employer, not support.',
    inbound_m365(w, '10.20.4.11', 'hoshizora-tech.co.jp', 'hoshizora-tech.co.jp', internal=True) + [
        ('From', addr('石原 真由美', 'jinji@hoshizora-tech.co.jp', 'ISO-2022-JP')),
        ('To', addr(ME_NAME, ME_C, 'ISO-2022-JP')),
        ('Subject', hdr('【ご案内】退職に伴う各種手続きについて', 'ISO-2022-JP')),
        ('Date', fdate(w)),
        ('Content-Language', 'ja-JP'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
    ],
    leaf('text/plain', body, 'ISO-2022-JP', '7bit', quote_cs=False), mid_outlook('hr'), crlf=True)

# ---- 2025-02-27  AWS marketing (HTML only)
w = t('2025-02-27 02:05:11', UTC)
inner = '''<table width="600" cellpadding="0" cellspacing="0" border="0" align="center" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:18px;color:#ffffff;font-size:20px;font-weight:bold">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>日本最大級の AWS を学ぶイベント「AWS Summit Japan 2025」の事前登録受付を開始しました。
今年は 6月25日(水)・26日(木)の2日間、幕張メッセで開催します。150 を超えるセッション、ハンズオン、
AWS 認定を保有されている方向けの「認定者ラウンジ」もご用意しています。</p>
<p>参加は無料です(事前登録制)。定員に達し次第、受付を終了しますので、お早めにご登録ください。</p>
<table cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#ff9900;padding:12px 28px">
<a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_summit25_reg" style="color:#000000;text-decoration:none;font-weight:bold">今すぐ登録する</a>
</td></tr></table>
<p style="font-size:12px;color:#666666">AWS 認定者ラウンジのご利用には、当日受付で認定のデジタルバッジをご提示いただく必要があります。</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888888">
このメールは、AWS からのお知らせの受信を希望されたお客様にお送りしています。
配信停止をご希望の場合は <a href="https://pages.awscloud.com/communication-preferences.html?lang=ja">こちら</a> から設定してください。<br>
アマゾン ウェブ サービス ジャパン合同会社<br>
このメールへの返信はお受けできません。
</td></tr>
</table>'''
add('summit', w, ('unrelated', False, None, []),
    'AWS marketing, HTML-only. Talks about certification holders and 〜ください, but it is an event invitation.',
    inbound_gmail(w, 'a8-120.smtp-out.amazonses.com', '54.240.8.120', ses('summit'), 'amazon.com') + [
        ('From', addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com')),
        ('To', ME_P),
        ('Subject', hdr('【AWS Summit Japan 2025】事前登録の受付を開始しました')),
        ('Date', fdate(w)),
        ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?id=%s>' % hx('summit', 24)),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ],
    leaf('text/html', html_doc(inner), 'UTF-8', 'quoted-printable'), mid_ses('summit'))

# ---- 2025-03-01  Builder ID one-time code
w = t('2025-03-01 11:41:02', UTC)
body = '''AWS Builder ID

E メールアドレスの確認

AWS Builder ID の作成を続行するには、次の確認コードを入力してください。

確認コード: 482913

このコードは 30 分間有効です。
このリクエストに心当たりがない場合は、このメールを無視してください。アカウントは作成されません。

Amazon Web Services, Inc. はアマゾン・ドット・コム・インクの子会社です。
'''
add('builderid', w, ('unrelated', False, None, []),
    'Builder ID one-time code (6 digits) in Japanese: not a case number, no reply.',
    inbound_gmail(w, 'a48-33.smtp-out.amazonses.com', '54.240.48.33', ses('builderid'), 'signin.aws',
                  policy='p=REJECT sp=REJECT dis=NONE') + [
        ('From', addr('AWS Builder ID', 'no-reply@signin.aws')),
        ('To', ME_P),
        ('Subject', hdr('AWS Builder ID の E メールアドレスを確認してください')),
        ('Date', fdate(w)),
    ],
    alt('builderid', body, cte='base64'), mid_ses('builderid'))

# ---- 2025-03-01  owner's note to self with both candidate IDs
w = t('2025-03-01 21:30:18')
body = '''自分用メモ(AWS認定アカウントの移行)

旧(会社): t-mizuno@hoshizora-tech.co.jp / 候補ID %s
新(個人): takumi.mizuno.k@gmail.com / 候補ID %s

・保有: SAA、SOA(2023年5月)、DVA(6/12が期限)
・特典: 50%%割引バウチャー 1件(未使用)
・証明書PDFは Drive の cert フォルダに保存済み
・フォームは「AWS トレーニングと認定」→「認定」→「アカウントの統合」で出す
・会社アドレスは3/28 18時で止まるので、それまでに終わらせる
''' % (CID_OLD, CID_NEW)
add('note', w, ('user_reply', False, None, [CID_OLD, CID_NEW]),
    'Owner\'s note to self before filing; no case yet. Carries both candidate IDs in its own text and a 期限 date.',
    [('From', addr(ME_NAME, ME_P)), ('To', addr(ME_NAME, ME_P)),
     ('Subject', hdr('メモ: AWS認定アカウント移行')), ('Date', fdate(w))],
    gmail_alt('note', body), mid_gmail('note'))

# ---- 2025-03-03  A: acknowledgement (Japanese, ISO-2022-JP)
w = datetime.fromtimestamp(int(CASE_A[:10]) + 2, UTC)
body = '''水野 拓海 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お客様からのお問い合わせを受け付け、以下のとおりケースを作成いたしました。

ケースID: %s
お問い合わせの種類: AWS トレーニングと認定
問題の種類: 認定
詳細: アカウントの統合

担当者より、1営業日以内を目安にご連絡いたします。内容によっては、調査にお時間をいただく場合がございます。
同じ内容のお問い合わせを重ねて送信されますと、それぞれ別のケースとして登録され、かえってご回答が遅れる原因となります。追加の情報がございましたら、新しいフォームではなく、本メールへの返信にてお送りください。

-------- お問い合わせ内容 --------
Use case: I am leaving my current employer (Hoshizora Tech) at the end of March 2025 and would like to move my certifications to my personal account.
Email addresses used: t-mizuno@hoshizora-tech.co.jp, takumi.mizuno.k@gmail.com
Email address to keep: takumi.mizuno.k@gmail.com
Candidate IDs: %s (company) / %s (personal)
----------------------------------

今後ともよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
Amazon Web Services

%s
''' % (CASE_A, CID_OLD, CID_NEW, TC_FOOT % CASE_A)
add('a_ack', w, ('acknowledgement', False, CASE_A, [CID_OLD, CID_NEW]),
    'Japanese acknowledgement in ISO-2022-JP; echoes the submitted form (with both candidate IDs, counted as the message\'s own text); "追加の情報がございましたら" is conditional.',
    aws_inbound('a_ack', w) + [
        ('From', addr('AWS トレーニングと認定', TC, 'ISO-2022-JP')),
        ('To', ME_P),
        ('Subject', '[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ],
    leaf('text/plain', body, 'ISO-2022-JP', '7bit', quote_cs=False), mid_ses('a_ack'))

# ---- 2025-03-03  B: acknowledgement of the duplicate form (English, to the company address)
w = datetime.fromtimestamp(int(CASE_B[:10]) + 2, UTC)
body = '''Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case %s.

Case details
  Inquiry type: Certification
  Additional details: Account Merge
  Submitted by: t-mizuno@hoshizora-tech.co.jp

One of our specialists will get back to you, usually within one business day. Submitting the same request more than once creates separate cases and can slow down our reply, so please keep all correspondence on this thread.

Your submission:
"I'm leaving Hoshizora Tech at the end of March. Please merge my certification account into my personal one (takumi.mizuno.k@gmail.com)."

Best regards,
AWS Training and Certification Customer Service
''' % CASE_B
add('b_ack', w, ('acknowledgement', False, CASE_B, []),
    'English acknowledgement of a second, duplicate form sent from the company address 15 minutes after case A.',
    aws_inbound('b_ack', w, to=ME_C, host_i=1) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_C),
        ('Subject', '[CASE %s] %s' % (CASE_B, SUBJ_TC)),
        ('Date', fdate(w)),
    ],
    leaf('text/plain', body, 'UTF-8', 'quoted-printable'), mid_ses('b_ack'))

# ---- 2025-03-04  A: on hold (APN partner) - English template with Japanese agent note, no ask
w = t('2025-03-04 05:50:27', UTC)
body = '''水野様

AWS トレーニングと認定 サポートの田中でございます。
社内の確認手順の都合上、以下は英語の定型文でのご案内となります。
現時点でお客様にご対応いただくことはございませんので、進展があるまでお待ちいただけますと幸いです。

------------------------------------------------------------
Hello Takumi,

We reviewed the certification account registered under t-mizuno@hoshizora-tech.co.jp. This account is linked to an AWS Partner Network (APN) organization, Hoshizora Tech Co., Ltd. Certifications held on a partner-linked account count toward that partner's standing, so we cannot move them to another account until the partner has been informed.

We have contacted the partner's APN administrator on your behalf, and your case is now on hold pending their response. Partner responses usually take two to five business days. We will write to you again as soon as we hear back.

Kind regards,
Misaki Tanaka
AWS Training and Certification
------------------------------------------------------------

%s
''' % (TC_FOOT % CASE_A)
add('a_hold1', w, ('on_hold', False, CASE_A, []),
    'Partner hold: Japanese note over an English template. "お待ちいただけますと幸いです" is a polite request to wait, not to write; nothing is asked.',
    aws_inbound('a_hold1', w, host_i=2) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_ack'),
    alt('a_hold1', body), mid_ses('a_hold1'))

# ---- 2025-03-04  B: closed as duplicate (Shift_JIS, base64)
w = t('2025-03-04 07:02:45', UTC)
body = '''水野 拓海 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定の佐々木です。

本ケース(%s)は、2025年3月3日に個人のメールアドレスからお送りいただいたケース %s と同一のご依頼であることを確認いたしました。
対応の重複を避けるため、本ケースはクローズし、今後のやり取りはすべてケース %s にて行います。

本ケースへのご返信は不要です。統合に関するご連絡は、ケース %s のメールをご確認ください。

どうぞよろしくお願いいたします。

佐々木 亮
AWS トレーニングと認定 カスタマーサービス
''' % (CASE_B, CASE_A, CASE_A, CASE_A)
add('b_dup', w, ('case_update', False, CASE_B, []),
    'Duplicate case closed and linked to case A (Shift_JIS). Mentions the other case number three times; the message belongs to B (subject). Closed, but not for lack of an answer, so not a closing notice.',
    aws_inbound('b_dup', w, to=ME_C) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_C),
        ('Subject', 'RE: [CASE %s] %s' % (CASE_B, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('b_ack'),
    leaf('text/plain', body, 'Shift_JIS', 'base64', inner_crlf=True), mid_ses('b_dup'))

# ---- 2025-03-05  Pearson VUE booking confirmation
w = t('2025-03-05 13:20:09', UTC)
body = '''水野 拓海 様

Pearson VUE をご利用いただき、ありがとうございます。以下の内容で試験のご予約を承りました。

試験: DVA-C02: AWS Certified Developer - Associate
日時: 2025年3月29日(土) 10:00 (日本標準時)
受験方法: OnVUE(オンライン監督試験)
言語: 日本語
登録番号: 412083765
受験者ID: %s

試験当日は、開始予定時刻の30分前からチェックインが可能です。有効な身分証明書をご用意ください。
予約の変更またはキャンセルは、試験開始の24時間前までに Pearson VUE のウェブサイトから行ってください。24時間を切ってからの変更はできません。

Pearson VUE
本メールは送信専用です。
''' % CID_NEW
add('pvue_book', w, ('unrelated', False, None, [CID_NEW]),
    'Exam vendor booking confirmation: 9-digit registration number (not a case), candidate ID in own text, deadlines and 〜ください.',
    inbound_gmail(w, 'mail-sin.pearson.com', '159.182.20.15', 'bounce@pearson.com', 'pearson.com',
                  policy='p=REJECT sp=REJECT dis=NONE') + [
        ('From', addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com')),
        ('To', ME_P),
        ('Subject', hdr('Pearson VUE 試験予約確認: AWS Certified Developer - Associate')),
        ('Date', fdate(w)),
    ],
    alt('pvue_book', body, cte='base64'), mid_at('pvue_book', 'pearson.com'))

# ---- 2025-03-06  A: hold continues, question buried (HTML only, Shift_JIS, QP)
w = t('2025-03-06 02:30:51', UTC)
inner = '''<div style="font-family:'MS PGothic',sans-serif;font-size:10.5pt">
<p>水野 拓海 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定の田中です。</p>
<p>ケース %s の進捗についてご連絡いたします。</p>
<p>先日ご案内いたしましたとおり、統合元の認定アカウントが AWS パートナーネットワーク(APN)の組織に紐づいているため、
現在はパートナー管理者様からのご回答をお待ちしている状況です。パートナー様からのご回答があるまで、本ケースは引き続き保留とさせていただきます。</p>
<p>なお、パートナー様へのご説明にあたり、株式会社ほしぞらテックにおけるお客様の最終就業日の情報が必要です。
あわせて、退職後も同社のメールアドレスを引き続きご利用になれるかどうかについても、本メールへのご返信にてお知らせくださいますようお願い申し上げます。</p>
<p>引き続きよろしくお願いいたします。</p>
<table cellpadding="0" cellspacing="0" style="border-top:1px solid #999999;margin-top:12px">
<tr><td style="padding-top:6px;font-size:9pt;color:#555555">田中 美咲<br>AWS トレーニングと認定 カスタマーサービス<br>Amazon Web Services</td></tr>
</table>
<p style="font-size:8pt;color:#888888">%s</p>
</div>''' % (CASE_A, TC_FOOT % CASE_A)
add('a_hold2', w, ('on_hold', True, CASE_A, []),
    'Still on hold for the partner, but a need is stated as a fact (最終就業日の情報が必要です) and a second ask follows as お知らせくださいますようお願い申し上げます. HTML-only Shift_JIS QP.',
    aws_inbound('a_hold2', w, host_i=3) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_ack', 'a_hold1'),
    leaf('text/html', html_doc(inner, 'Shift_JIS'), 'Shift_JIS', 'quoted-printable'), mid_ses('a_hold2'))

a_hold2_plain = '''水野 拓海 様

いつもお世話になっております。AWS トレーニングと認定の田中です。

ケース %s の進捗についてご連絡いたします。

先日ご案内いたしましたとおり、統合元の認定アカウントが AWS パートナーネットワーク(APN)の組織に紐づいているため、現在はパートナー管理者様からのご回答をお待ちしている状況です。パートナー様からのご回答があるまで、本ケースは引き続き保留とさせていただきます。

なお、パートナー様へのご説明にあたり、株式会社ほしぞらテックにおけるお客様の最終就業日の情報が必要です。あわせて、退職後も同社のメールアドレスを引き続きご利用になれるかどうかについても、本メールへのご返信にてお知らせくださいますようお願い申し上げます。

引き続きよろしくお願いいたします。

田中 美咲
AWS トレーニングと認定 カスタマーサービス''' % CASE_A

# ---- 2025-03-06  A: owner's answer (Gmail, quotes the HTML mail as text)
w = t('2025-03-06 12:15:33')
body = '''田中様

ご連絡ありがとうございます。水野です。

最終就業日は2025年3月28日(金)です。
会社のメールアドレス(t-mizuno@hoshizora-tech.co.jp)は同日18時に停止されるため、退職後は利用できません。
今後のご連絡は、こちらの個人アドレス宛てにお願いできますと幸いです。

よろしくお願いいたします。
水野 拓海
'''
add('a_re1', w, ('user_reply', False, CASE_A, []),
    'Owner answers the buried question; Gmail quoting (>) of the HTML request below; ends with a polite request of his own.',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('AWS Training and Certification', TC)),
     ('Subject', 'Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)), ('Date', fdate(w))] + reply_hdrs('a_ack', 'a_hold1', 'a_hold2'),
    gmail_alt('a_re1', body, ja_attr(W('a_hold2'), 'AWS Training and Certification', TC), a_hold2_plain),
    mid_gmail('a_re1'))

# ---- 2025-03-07  other vendor (fictional hosting company): request + deadline + closing
w = t('2025-03-07 15:48:12')
body = '''水野 拓海 様

いつもくもいろホスティングをご利用いただき、誠にありがとうございます。
サポートセンターの大西でございます。

お問い合わせいただきました契約者情報(メールアドレス)の変更につきまして、ご本人確認が必要となります。
お手数ではございますが、ご登録の電話番号の下4桁を、本メールにご返信いただけますでしょうか。

なお、2025年3月14日(金)までにご返信が確認できない場合は、本お問い合わせは一旦クローズとさせていただきます。
クローズ後も、本メールにご返信いただければ対応を再開いたします。

何卒よろしくお願い申し上げます。

────────────────────────
くもいろホスティング サポートセンター
受付時間: 平日 10:00〜18:00
お問い合わせ番号: 2025030700418
────────────────────────
'''
add('kumoiro', w, ('unrelated', False, None, []),
    'Another vendor\'s support case in keigo: request, 期限 date, closing-if-no-reply and reopen wording - all the closing-notice signals, but not AWS.',
    inbound_gmail(w, 'mail.kumoiro-hosting.jp', '203.0.113.25', 'support@kumoiro-hosting.jp', 'kumoiro-hosting.jp',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('くもいろホスティング サポートセンター', 'support@kumoiro-hosting.jp', 'Shift_JIS')),
        ('To', ME_P),
        ('Subject', hdr('[#2025030700418] 契約者情報の変更について', 'Shift_JIS')),
        ('Date', fdate(w)),
    ],
    leaf('text/plain', body, 'Shift_JIS', 'quoted-printable', quote_cs=False), mid_at('kumoiro', 'kumoiro-hosting.jp'))

# ---- 2025-03-08  phishing: lookalike domain, Japanese
w = t('2025-03-08 06:02:19', UTC)
inner = '''<div style="max-width:560px;margin:auto;font-family:sans-serif">
<div style="background:#232f3e;color:#fff;padding:14px;font-weight:bold">aws トレーニングと認定</div>
<p>水野 拓海 様</p>
<p>お客様の認定アカウント(候補ID: %s)の統合申請を受け付けましたが、ご本人確認が完了しておりません。</p>
<p><b>2025年3月9日 23:59 まで</b>に、下記のボタンから旧アカウントのメールアドレスとパスワードでサインインし、本人確認を完了してください。
期限までに確認が取れない場合、統合申請は取り消され、保有しているすべての認定が失効します。</p>
<p style="text-align:center"><a href="https://aws-certification-jp.com/merge/verify?u=%s" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none">本人確認を行う</a></p>
<p style="font-size:11px;color:#777">このメールは AWS トレーニングと認定から自動送信されています。</p>
</div>''' % (CID_FAKE, hx('phish1', 20))
add('phish1', w, ('suspicious', False, None, [CID_FAKE]),
    'Japanese credential phishing from a lookalike domain (DKIM/DMARC pass for its own domain). Mentions a merge request, a 期限 and threatens loss of certifications; the candidate ID is invented but still written in the text.',
    inbound_gmail(w, 'mail.aws-certification-jp.com', '45.139.122.18', 'no-reply@aws-certification-jp.com',
                  'aws-certification-jp.com', policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('AWS トレーニングと認定', 'no-reply@aws-certification-jp.com')),
        ('To', ME_P),
        ('Subject', hdr('【重要】AWS認定アカウント統合手続きの最終確認のお願い')),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(inner), 'UTF-8', 'base64'), mid_at('phish1', 'aws-certification-jp.com'))

# ---- 2025-03-09  GitHub "Merged"
w = t('2025-03-09 08:14:55', UTC)
txt = '''Merged #231 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-terraform/pull/231#event-16604211873
You are receiving this because your review was requested.

Message ID: <hoshizora-tech/infra-terraform/pull/231/issue_event/16604211873@github.com>
'''
htm = '''<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hoshizora-tech/infra-terraform/pull/231">#231</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora-tech/infra-terraform/pull/231#event-16604211873">view it on GitHub</a>.<br />You are receiving this because your review was requested.</p>
'''
add('github', w, ('unrelated', False, None, []),
    'GitHub notification: "Merged #231" on a PR titled in Japanese about account consolidation; "merge" in a non-AWS sense.',
    inbound_gmail(w, 'out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com', 'github.com',
                  policy='p=REJECT sp=REJECT dis=NONE') + [
        ('From', addr('Kenta Ono', 'notifications@github.com')),
        ('Reply-To', 'hoshizora-tech/infra-terraform <reply+AB3KQ%s@reply.github.com>' % hx('gh', 20).upper()),
        ('To', 'hoshizora-tech/infra-terraform <infra-terraform@noreply.github.com>'),
        ('Cc', addr('Takumi Mizuno', ME_P) + ', Review requested <review_requested@noreply.github.com>'),
        ('Subject', hdr('Re: [hoshizora-tech/infra-terraform] 検証用アカウントのリソース統合と旧アカウント削除 (PR #231)')),
        ('Date', fdate(w)),
        ('List-ID', 'hoshizora-tech/infra-terraform <infra-terraform.hoshizora-tech.github.com>'),
        ('X-GitHub-Reason', 'review_requested'),
    ],
    multi('alternative', [leaf('text/plain', txt, 'UTF-8', '7bit', quote_cs=False),
                          leaf('text/html', htm, 'UTF-8', '7bit', quote_cs=False)], 'github'),
    '<hoshizora-tech/infra-terraform/pull/231/issue_event/16604211873@github.com>')

# ---- 2025-03-10  A: hold lifted (ISO-2022-JP)
w = t('2025-03-10 01:40:03', UTC)
body = '''水野 拓海 様

AWS トレーニングと認定の田中です。最終就業日についてお知らせいただき、ありがとうございました。

APN パートナー管理者様より、お客様の認定資格を個人のアカウントへ移行することについてご了承をいただきました。これに伴い、本ケースの保留を解除いたしました。

今後は統合担当チームがアカウントの照合を行います。統合前に確認が必要な事項がある場合は、担当者から改めてご連絡いたしますので、今しばらくお待ちください。

よろしくお願いいたします。

田中 美咲
AWS トレーニングと認定 カスタマーサービス

%s
''' % (TC_FOOT % CASE_A)
add('a_lift', w, ('case_update', False, CASE_A, []),
    'Hold lifted, passed to the merge team. "確認が必要な事項がある場合は…ご連絡いたします" is a future conditional; nothing asked now.',
    aws_inbound('a_lift', w) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_hold2', 'a_re1'),
    leaf('text/plain', body, 'ISO-2022-JP', '7bit'), mid_ses('a_lift'))

# ---- 2025-03-11  A: confirmation request (Account #1 / #2), multipart with HTML table
w = t('2025-03-11 03:12:37', UTC)
a_conf_plain = '''水野 拓海 様

AWS トレーニングと認定 アカウント統合チームの森本と申します。
統合の実施にあたり、お客様の名義で以下の2つの認定アカウントを確認いたしました。

アカウント #1
  ログインメールアドレス: takumi.mizuno.k@gmail.com
  トレーニング通知用メールアドレス: takumi.mizuno.k@gmail.com
  認定通知用メールアドレス: takumi.mizuno.k@gmail.com
  候補ID: %s

アカウント #2
  ログインメールアドレス: t-mizuno@hoshizora-tech.co.jp
  トレーニング通知用メールアドレス: t-mizuno@hoshizora-tech.co.jp
  認定通知用メールアドレス: t-mizuno@hoshizora-tech.co.jp
  候補ID: %s

統合後は、アカウント #2 の試験履歴・認定・特典がアカウント #1 に移され、アカウント #2 にはサインインできなくなります。この操作は取り消すことができません。

上記2つのアカウントがいずれもお客様ご本人のものであること、およびアカウント #1 を残す形で統合を進めてよろしいかどうか、本メールへのご返信にてご確認いただけますでしょうか。
アカウント #2 を残すことをご希望の場合は、その旨をお書き添えください。

何卒よろしくお願い申し上げます。

森本 彩
AWS トレーニングと認定 カスタマーサービス''' % (CID_NEW, CID_OLD)
rows = [('ログインメールアドレス', ME_P, ME_C), ('トレーニング通知用メールアドレス', ME_P, ME_C),
        ('認定通知用メールアドレス', ME_P, ME_C), ('候補ID', CID_NEW, CID_OLD)]
table = '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">\n' \
        '<tr style="background:#eaeded"><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>\n' + \
        ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n' % r for r in rows) + '</table>'
inner = '''<p>水野 拓海 様</p>
<p>AWS トレーニングと認定 アカウント統合チームの森本と申します。<br>
統合の実施にあたり、お客様の名義で以下の2つの認定アカウントを確認いたしました。</p>
%s
<p>統合後は、アカウント #2 の試験履歴・認定・特典がアカウント #1 に移され、アカウント #2 にはサインインできなくなります。この操作は取り消すことができません。</p>
<p>上記2つのアカウントがいずれもお客様ご本人のものであること、およびアカウント #1 を残す形で統合を進めてよろしいかどうか、本メールへのご返信にてご確認いただけますでしょうか。<br>
アカウント #2 を残すことをご希望の場合は、その旨をお書き添えください。</p>
<p>何卒よろしくお願い申し上げます。</p>
<p>森本 彩<br>AWS トレーニングと認定 カスタマーサービス</p>''' % table
add('a_conf', w, ('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD]),
    'The merge confirmation in Japanese keigo (ご確認いただけますでしょうか) with an HTML table of Account #1 / #2; UTF-8 base64; Cc to the company address.',
    aws_inbound('a_conf', w, host_i=1) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Cc', ME_C),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_hold2', 'a_lift'),
    alt('a_conf', a_conf_plain + '\n', cte='base64', html_inner=inner), mid_ses('a_conf'))

# ---- 2025-03-12  AWS billing (HTML only) - same sender as console cases
w = t('2025-03-12 23:31:40', UTC)
inner = '''<table width="600" cellpadding="16" cellspacing="0" style="border:1px solid #dddddd">
<tr><td style="background:#232f3e;color:#ffffff;font-size:16px">Amazon Web Services 請求書のお知らせ</td></tr>
<tr><td>
<p>お客様</p>
<p>AWS アカウント 520931847716 の 2025年2月1日〜2月28日 のご利用分について、請求書を発行しました。</p>
<table cellpadding="4" cellspacing="0">
<tr><td>アカウントID:</td><td>5209-3184-7716</td></tr>
<tr><td>請求書番号:</td><td>2104598832</td></tr>
<tr><td>請求額:</td><td>USD 3.42</td></tr>
<tr><td>お支払い方法:</td><td>ご登録のクレジットカード(末尾 4417)</td></tr>
</table>
<p>請求書の詳細は、<a href="https://console.aws.amazon.com/billing/home#/bills">請求とコスト管理コンソール</a>からご確認ください。</p>
<p style="font-size:11px;color:#777777">このメールアドレスは送信専用です。ご返信いただいても対応いたしかねます。</p>
</td></tr></table>'''
add('billing', w, ('unrelated', False, None, []),
    'AWS billing notice from no-reply-aws@amazon.com (the console-case sender). A 10-digit invoice number and a 12-digit account ID appear; neither is a case number.',
    inbound_gmail(w, 'a48-101.smtp-out.amazonses.com', '54.240.48.101', ses('billing'), 'amazon.com') + [
        ('From', addr('Amazon Web Services', CONSOLE)),
        ('To', ME_P),
        ('Subject', hdr('Amazon Web Services 請求書のお知らせ [AWS ID 520931847716]')),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(inner), 'UTF-8', 'quoted-printable'), mid_ses('billing'))

# ---- 2025-03-13  colleague: handover request (company, ISO-2022-JP)
w = t('2025-03-13 17:05:22')
body = '''水野さん

お疲れさまです。小野です。
Confluence に引き継ぎ資料のドラフトを上げました。
https://hoshizora.atlassian.net/wiki/spaces/CLOUD/pages/88213

以下の2点、金曜日までに確認してもらえますか。
・検証用 AWS アカウント(3つ)のルートユーザーの MFA デバイスの移管
・AWS 請求アラートの通知先の変更(水野さんのアドレスを外します)

口頭で補足が必要なところがあれば、明日の午後に15分ほど時間をください。

小野
'''
add('colleague', w, ('unrelated', False, None, []),
    'Colleague asks for a handover review by Friday (a real request with a deadline), mentions AWS accounts - but not support.',
    inbound_m365(w, '10.20.4.57', 'hoshizora-tech.co.jp', 'hoshizora-tech.co.jp', internal=True) + [
        ('From', addr('小野 健太', 'k-ono@hoshizora-tech.co.jp', 'ISO-2022-JP')),
        ('To', addr(ME_NAME, ME_C, 'ISO-2022-JP')),
        ('Subject', hdr('引き継ぎ資料の確認をお願いします', 'ISO-2022-JP')),
        ('Date', fdate(w)),
        ('Thread-Topic', hdr('引き継ぎ資料の確認をお願いします', 'ISO-2022-JP')),
        ('Content-Language', 'ja-JP'),
    ],
    leaf('text/plain', body, 'ISO-2022-JP', '7bit', quote_cs=False), mid_outlook('colleague'), crlf=True)

# ---- 2025-03-14  A: closing notice with deadline (UTF-8 8bit)
w = t('2025-03-14 00:00:12', UTC)
a_close_plain = '''水野 拓海 様

AWS トレーニングと認定の森本です。

2025年3月11日にお送りした、統合対象アカウントのご確認について、現時点でご返信を確認できておりません。
ご確認をいただけない限り統合作業を進めることができないため、2025年3月21日(金)までにご返信がない場合は、本ケースをいったんクローズさせていただきます。

クローズ後であっても、本メールにご返信いただければケースは再開されます。

ご多忙のところ恐縮ですが、よろしくお願いいたします。

森本 彩
AWS トレーニングと認定 カスタマーサービス'''
add('a_close', w, ('closing_notice', True, CASE_A, []),
    'Closing warning with a 期限 date (3月21日までにご返信がない場合…クローズ); no explicit question - the ask is implied. 8bit UTF-8.',
    aws_inbound('a_close', w, host_i=2) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Cc', ME_C),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_lift', 'a_conf'),
    leaf('text/plain', a_close_plain + '\n\n' + TC_FOOT % CASE_A + '\n', 'UTF-8', '8bit'), mid_ses('a_close'))

# ---- 2025-03-14  A: owner replies from the COMPANY address (Outlook, ISO-2022-JP, CRLF)
w = t('2025-03-14 19:40:05')
wq = W('a_close').astimezone(JST)
body = '''森本様

お世話になっております。水野です。
ご連絡が遅くなり、申し訳ございません。

ご提示いただいたアカウント #1、#2 は、いずれも私のアカウントです。
アカウント #1(個人アドレス)を残す形で、統合をお願いいたします。

水野 拓海
株式会社ほしぞらテック クラウド推進部

-----Original Message-----
差出人: AWS Training and Certification <%s>
送信日時: %d年%d月%d日 %s
宛先: takumi.mizuno.k@gmail.com
CC: t-mizuno@hoshizora-tech.co.jp
件名: RE:[CASE %s] %s

%s
''' % (TC, wq.year, wq.month, wq.day, wq.strftime('%H:%M'), CASE_A, SUBJ_TC, a_close_plain)
add('a_re2', w, ('user_reply', False, CASE_A, []),
    'Owner confirms - but from the company address, Outlook "-----Original Message-----" header block in Japanese, quoted closing notice without > marks.',
    [('From', addr(ME_NAME, ME_C, 'ISO-2022-JP')), ('To', addr('AWS Training and Certification', TC)),
     ('Subject', 'RE: RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)), ('Date', fdate(w)),
     ('Thread-Topic', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
     ('Thread-Index', 'AQHbk%s==' % b64id('a_re2', 22)),
     ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')] + reply_hdrs('a_conf', 'a_close'),
    leaf('text/plain', body, 'ISO-2022-JP', '7bit', quote_cs=False), mid_outlook('a_re2'), crlf=True)

# ---- 2025-03-15  A: please write from the registered address (info_request)
w = t('2025-03-15 01:05:48', UTC)
a_addr_plain = '''水野 拓海 様

AWS トレーニングと認定の森本です。ご返信いただき、ありがとうございます。

恐れ入りますが、今回のご返信は t-mizuno@hoshizora-tech.co.jp からお送りいただいておりました。
統合先のアカウントに関するご承認は、セキュリティ上、統合後に残すアカウントのメールアドレス(takumi.mizuno.k@gmail.com)からいただく必要がございます。

お手数をおかけいたしますが、takumi.mizuno.k@gmail.com から本メールに返信する形で、改めて統合のご承認をお送りいただけますでしょうか。
ご承認を確認でき次第、統合作業を実施いたします。

よろしくお願いいたします。

森本 彩
AWS トレーニングと認定 カスタマーサービス'''
add('a_addr', w, ('info_request', True, CASE_A, []),
    'Wrong-address reply: support asks to send the approval again from the personal address. Could pass for a confirmation request; labelled info_request because the new ask is "write from the other address".',
    aws_inbound('a_addr', w, host_i=3) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Cc', ME_C),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_close', 'a_re2'),
    alt('a_addr', a_addr_plain + '\n'), mid_ses('a_addr'))

# ---- 2025-03-15  A: owner confirms from the personal address (Japanese + English line)
w = t('2025-03-15 12:30:41')
a_re3_body = '''森本様

お世話になっております。水野です。
個人アドレスから改めてお送りいたします。

アカウント #1 と #2 は、いずれも私本人のものです。
アカウント #1(takumi.mizuno.k@gmail.com)を残し、アカウント #2 をこちらに統合してください。

I confirm both accounts are mine. Please go ahead and merge Account #2 into Account #1.

よろしくお願いいたします。
水野 拓海
'''
add('a_re3', w, ('user_reply', False, CASE_A, []),
    'Owner\'s confirmation from the right address; contains the imperative 統合してください - it is his own request, not support\'s.',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('AWS Training and Certification', TC)),
     ('Subject', 'Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)), ('Date', fdate(w))] + reply_hdrs('a_conf', 'a_close', 'a_re2', 'a_addr'),
    gmail_alt('a_re3', a_re3_body, ja_attr(W('a_addr'), 'AWS Training and Certification', TC), a_addr_plain),
    mid_gmail('a_re3'))

# ---- 2025-03-16  fake "RE:[CASE …]" from amazon.com with DKIM/DMARC failing
w = t('2025-03-16 10:44:09', UTC)
txt = '''水野 拓海 様

AWS トレーニングと認定です。アカウント統合の最終承認が必要です。

Account #1  Login email: takumi.mizuno.k@gmail.com
Account #2  Login email: t-mizuno@hoshizora-tech.co.jp

統合を完了するには、以下のリンクから AWS Builder ID でサインインし、「承認」を押してください。
48時間以内に承認が確認できない場合、申請は取り消され、再度のお申し込みが必要になります。

https://aws-training-merge.com/approve?case=%s

AWS Training and Certification
''' % FAKE_1
add('phish_dmarc', w, ('suspicious', False, None, []),
    'Looks exactly like support: From aws-cs-trainingcertification-form@amazon.com, RE:[CASE n] subject, Account #1/#2 - but dkim=fail / dmarc=fail for amazon.com and the link is off-domain. Case number is the fake\'s own, so case=null.',
    inbound_gmail(w, 'mx2.secure-notify-jp.top', '185.213.22.140', 'info@secure-notify-jp.top', 'amazon.com',
                  dkim='fail', dkim_note=' (body hash did not verify)', spf='pass', dmarc='fail',
                  policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE') + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (FAKE_1, SUBJ_TC)),
        ('Date', fdate(w)),
    ],
    alt('phish_dmarc', txt, cte='base64'), mid_at('phish_dmarc', 'secure-notify-jp.top'))

# ---- 2025-03-17  A: resolved; quotes the whole thread below an unmarked separator
w = t('2025-03-17 01:10:26', UTC)
wr = W('a_re3').astimezone(JST)
body = '''水野 拓海 様

AWS トレーニングと認定の森本です。ご承認いただき、ありがとうございました。

アカウント #2 の試験履歴・認定・特典を、アカウント #1(takumi.mizuno.k@gmail.com)へ統合する作業が完了いたしました。アカウント #2 は無効化されています。

Credly のデジタルバッジは、統合後のアカウントに紐づけ直されます。反映まで数日かかる場合がございます。

以上で、今回のご依頼への対応はすべて完了いたしました。ほかにお手伝いできることがございましたら、本メールにご返信ください。

森本 彩
AWS トレーニングと認定 カスタマーサービス

---------- 元のメッセージ ----------
差出人: 水野 拓海 <takumi.mizuno.k@gmail.com>
送信日時: %s
件名: Re: RE:[CASE %s] %s

%s
---------- 元のメッセージ ----------
差出人: AWS Training and Certification
送信日時: 2025/03/11 12:12
件名: RE:[CASE %s] %s

%s
''' % (wr.strftime('%Y/%m/%d %H:%M'), CASE_A, SUBJ_TC, a_re3_body.rstrip('\n'), CASE_A, SUBJ_TC, a_conf_plain)
add('a_done', w, ('resolved', False, CASE_A, []),
    'Merge done. Below the signature, the owner\'s reply and the full Account #1/#2 confirmation request (ご確認いただけますでしょうか, both IDs) are quoted WITHOUT > marks, only a 元のメッセージ separator. "ございましたら…ご返信ください" is conditional.',
    aws_inbound('a_done', w) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_addr', 'a_re3'),
    leaf('text/plain', body, 'UTF-8', 'quoted-printable'), mid_ses('a_done'))

# ---- 2025-03-17  Credly badge (HTML only)
def credly_html(title, lead, badge, uuid, button='バッジを受け取る'):
    return '''<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:20px;border-bottom:3px solid #ff6b00"><img src="https://www.credly.com/assets/credly_logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:24px">
<h2 style="font-size:20px">%s</h2>
<p>%s</p>
<p style="text-align:center"><img src="https://images.credly.com/size/220x220/images/%s/image.png" width="160" alt="%s"><br><b>%s</b><br>
発行者: Amazon Web Services Training and Certification</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:4px">%s</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888888">Credly, Inc. &middot; 本メールの配信設定は Credly のアカウント設定から変更できます。</td></tr>
</table>''' % (title, lead, uuid, badge, badge, uuid, button)


w = t('2025-03-17 01:26:40', UTC)
u = '3f9c1a2e-7b44-4d0a-9e61-2c8b5d7a1f03'
add('credly1', w, ('badge', False, None, []),
    'Credly mail right after the merge; Japanese, HTML-only. Badge UUID is not a case number; "受け取る" button is not a reply request.',
    inbound_gmail(w, 'o1.email.credly.com', '167.89.14.22', 'bounces+2281@email.credly.com', 'credly.com',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('Credly', 'admin@credly.com')),
        ('To', ME_P),
        ('Subject', hdr('Amazon Web Services Training and Certification から新しいバッジが届いています')),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(credly_html('水野 拓海 さん、おめでとうございます。',
         'Amazon Web Services Training and Certification が、あなたにデジタルバッジを発行しました。バッジを受け取ると、LinkedIn やメール署名で共有できます。',
         'AWS Certified Solutions Architect - Associate', u)), 'UTF-8', 'base64'),
    mid_at('credly1', 'credly.com'))

# ---- 2025-03-18  A: survey
w = t('2025-03-18 00:02:31', UTC)
body = '''水野 拓海 様

先日は AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、ありがとうございました。

ケース %s でのご対応について、お客様のご意見をお聞かせいただけますでしょうか。
アンケートは1問のみで、30秒ほどで完了します。いただいたご意見は、サービス品質の向上に活用させていただきます。

担当者の対応にどの程度満足されましたか。
  とても満足: https://survey.aws-cs.amazon.com/r?c=%s&s=5
  満足: https://survey.aws-cs.amazon.com/r?c=%s&s=4
  どちらでもない: https://survey.aws-cs.amazon.com/r?c=%s&s=3
  不満: https://survey.aws-cs.amazon.com/r?c=%s&s=2
  とても不満: https://survey.aws-cs.amazon.com/r?c=%s&s=1

※本メールにご返信いただいても、アンケートへの回答としては扱われません。
AWS トレーニングと認定 カスタマーサービス
''' % ((CASE_A,) * 6)
add('a_survey', w, ('survey', False, CASE_A, []),
    'Satisfaction survey for case A, asked in full keigo (ご意見をお聞かせいただけますでしょうか) from the case sender address.',
    aws_inbound('a_survey', w, host_i=1) + [
        ('From', addr('AWS トレーニングと認定', TC)),
        ('To', ME_P),
        ('Subject', hdr('[CASE %s] サポートに関するアンケートのお願い' % CASE_A)),
        ('Date', fdate(w)),
    ],
    alt('a_survey', body), mid_ses('a_survey'))

# ---- 2025-03-18  Credly phishing (lookalike)
w = t('2025-03-18 14:19:50', UTC)
inner = '''<div style="font-family:Arial,sans-serif;max-width:560px">
<p><b style="color:#ff6b00;font-size:22px">Credly</b></p>
<p>水野 様</p>
<p>Amazon Web Services Training and Certification から発行された 3 件のバッジが、まだ受け取られていません。
<b>2025年3月20日</b>までに受け取りが完了しない場合、バッジは発行元により取り消されます。</p>
<p>アカウントの確認のため、Credly にサインインしてバッジを受け取ってください。</p>
<p><a href="https://credly-notice.net/signin?next=accept&amp;id=%s" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">サインインして受け取る</a></p>
<p style="font-size:11px;color:#999">Credly Support Team</p>
</div>''' % hx('cp', 16)
add('phish_credly', w, ('suspicious', False, None, []),
    'Credly lookalike (credly-notice.net) with a deadline and a sign-in link; it arrives a day after a genuine Credly mail.',
    inbound_gmail(w, 'smtp.credly-notice.net', '91.215.85.61', 'badges@credly-notice.net', 'credly-notice.net',
                  dkim='none', policy='p=NONE sp=NONE dis=NONE', dmarc='none') + [
        ('From', addr('Credly', 'badges@credly-notice.net')),
        ('To', ME_P),
        ('Subject', hdr('【Credly】バッジの受け取り期限が迫っています')),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(inner), 'UTF-8', 'quoted-printable'), mid_at('phish_credly', 'credly-notice.net'))

# ---- 2025-03-18  D: console case opened (no-reply-aws@amazon.com)
CONSOLE_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % CASE_D
w = t('2025-03-18 09:33:37', UTC)
body = '''お客様

サポートケースを作成いただき、ありがとうございます。AWS サポートがお問い合わせを受け付けました。

ケースID: %s
件名: 認定証に記載される氏名のローマ字表記について
重要度: 一般的なガイダンス
サービス: アカウント
カテゴリ: 認定 / トレーニング

ケースの内容は、AWS サポートセンターでいつでも確認、更新できます。
%s

このメールアドレスでは受信メールを受け付けておりません。ケースに情報を追加する場合は、上記のリンクからサポートセンターをご利用ください。

Amazon Web Services
''' % (CASE_D, CONSOLE_LINK)
add('d_ack', w, ('acknowledgement', False, CASE_D, []),
    'Support Center (console) case opened: "New Support case" subject, 10-digit ID, displayId link; the mail itself cannot be answered.',
    aws_inbound('d_ack', w, host_i=2) + [
        ('From', addr('Amazon Web Services', CONSOLE)),
        ('To', ME_P),
        ('Subject', 'Amazon Web Services: New Support case: %s' % CASE_D),
        ('Date', fdate(w)),
    ],
    alt('d_ack', body), mid_ses('d_ack'))

# ---- 2025-03-20  D: info request, answer in the Support Center
w = t('2025-03-20 02:15:07', UTC)
body = '''こんにちは、

AWS サポートの小林です。お問い合わせいただき、ありがとうございます。

認定証に記載されるお名前は、認定アカウントのプロフィールに登録された氏名をもとに作成されます。統合後のアカウントでは、氏名が「Takumi Mizumo」と登録されていることを確認いたしました。

修正にあたっては、本人確認書類(パスポート等)に記載されているとおりのローマ字表記を確認する必要がございます。お手数ですが、正しい表記(姓と名の順序を含む)を、サポートセンターの本ケースの画面からご返信ください。

※本メールに直接ご返信いただいても、ケースには反映されません。

よろしくお願いいたします。

小林
Amazon Web Services

ケースへの返信はこちらから:
%s

このメールアドレスは送信専用のため、ご返信いただいても対応できません。
''' % CONSOLE_LINK
add('d_info', w, ('info_request', True, CASE_D, []),
    'Console case: agent needs the passport romanisation; the answer must go through the Support Center, and the footer says this address cannot take replies - still a reply (in the console) is awaited.',
    aws_inbound('d_info', w, host_i=3) + [
        ('From', addr('Amazon Web Services', CONSOLE)),
        ('To', ME_P),
        ('Subject', hdr('RE:[CASE %s] 認定証に記載される氏名のローマ字表記について' % CASE_D)),
        ('Date', fdate(w)),
    ],
    leaf('text/plain', body, 'UTF-8', 'base64'), mid_ses('d_info'))

# ---- 2025-03-20  certmetrics: expiry notice
w = t('2025-03-20 16:00:03', UTC)
body = '''水野 拓海 様

お客様が保有されている次の AWS 認定の有効期限が近づいています。

認定: AWS Certified Developer - Associate
有効期限: 2025年6月12日
候補ID: %s

認定を維持するには、有効期限までに再認定を完了してください。再認定の方法と対象の試験は、AWS 認定アカウントの「認定」画面でご確認いただけます。
有効期限を過ぎると、認定およびデジタルバッジは失効し、認定特典もご利用いただけなくなります。

AWS Certification
このメールは送信専用アドレスから送信されています。
''' % CID_NEW
add('cert_expiry', w, ('certification', False, None, [CID_NEW]),
    'Certification program mail (certmetrics): expiry with 期限 date and 〜してください; no case.',
    inbound_gmail(w, 'mail.certmetrics.com', '199.255.192.68', 'bounce@certmetrics.com', 'certmetrics.com',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ME_P),
        ('Subject', hdr('AWS Certified Developer - Associate の有効期限が近づいています')),
        ('Date', fdate(w)),
    ],
    alt('cert_expiry', body, cte='base64'), mid_at('cert_expiry', 'certmetrics.com'))

# ---- 2025-03-22  Pearson VUE: its own case closed
w = t('2025-03-22 04:11:29', UTC)
body = '''水野 拓海 様

Pearson VUE カスタマーサービスにお問い合わせいただき、ありがとうございます。

ご依頼いただいた試験日時の変更につきまして、以下のとおり手続きが完了いたしましたので、ケース番号 09384756 をクローズいたしました。

試験: DVA-C02: AWS Certified Developer - Associate
変更前: 2025年3月29日(土) 10:00
変更後: 2025年4月1日(火) 10:00
登録番号: 412083765

本件について追加のご質問がある場合は、このメールにご返信いただくとケースが再開されます。

Pearson VUE カスタマーサービス
'''
add('pvue_case', w, ('unrelated', False, None, []),
    'Exam vendor\'s own case closed (8-digit ケース番号) with "reply to reopen" - a non-AWS resolution that looks like a closing notice.',
    inbound_gmail(w, 'mail-sin.pearson.com', '159.182.20.16', 'bounce@pearson.com', 'pearson.com',
                  policy='p=REJECT sp=REJECT dis=NONE') + [
        ('From', addr('Pearson VUE カスタマーサービス', 'pvuecustomerservice@pearson.com', 'Shift_JIS')),
        ('To', ME_P),
        ('Subject', hdr('ケース番号 09384756 はクローズされました', 'Shift_JIS')),
        ('Date', fdate(w)),
    ],
    leaf('text/plain', body, 'Shift_JIS', 'base64'), mid_at('pvue_case', 'pearson.com'))

# ---- 2025-03-24  D: auto-resolve warning (HTML only)
w = t('2025-03-24 00:30:44', UTC)
inner = '''<table width="600" cellpadding="14" cellspacing="0" style="border:1px solid #d5dbdb;font-family:Arial,sans-serif">
<tr><td style="background:#232f3e;color:#ffffff">AWS サポート</td></tr>
<tr><td>
<p>お客様</p>
<p>ケース %s について、AWS サポートからの質問に対するお客様のご返信をお待ちしております。</p>
<p>3日以内にご返信がない場合、このケースは自動的に解決済みになります。解決済みになったケースは、14日以内であればサポートセンターから再開できます。</p>
<p><a href="%s">ケースを表示して返信する</a></p>
<p style="font-size:11px;color:#777777">このメールアドレスでは受信メールを受け付けておりません。</p>
</td></tr></table>''' % (CASE_D, CONSOLE_LINK.replace('&', '&amp;'))
add('d_close', w, ('closing_notice', True, CASE_D, []),
    'Console auto-resolve warning (3 days), HTML-only; reply goes through the console link, not email.',
    aws_inbound('d_close', w) + [
        ('From', addr('Amazon Web Services', CONSOLE)),
        ('To', ME_P),
        ('Subject', hdr('RE:[CASE %s] 認定証に記載される氏名のローマ字表記について' % CASE_D)),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(inner), 'UTF-8', 'base64'), mid_ses('d_close'))

# ---- 2025-03-24  A: owner reopens (reply to the resolution)
w = t('2025-03-24 21:02:15')
a_reopen_body = '''森本様

お世話になっております。水野です。
先日は統合のご対応をいただき、ありがとうございました。

統合後のアカウントで試験履歴を確認したところ、2023年5月に受験した AWS Certified SysOps Administrator - Associate の記録が表示されていません。認定の画面でも、同資格が見当たらない状態です。

お手数ですが、ご確認いただけますでしょうか。

水野 拓海
'''
done_short = '''水野 拓海 様

AWS トレーニングと認定の森本です。ご承認いただき、ありがとうございました。

アカウント #2 の試験履歴・認定・特典を、アカウント #1(takumi.mizuno.k@gmail.com)へ統合する作業が完了いたしました。アカウント #2 は無効化されています。

以上で、今回のご依頼への対応はすべて完了いたしました。ほかにお手伝いできることがございましたら、本メールにご返信ください。

森本 彩'''
add('a_reopen', w, ('user_reply', False, CASE_A, []),
    'Owner writes back on the resolved case to reopen it; his mail ends with a keigo request (ご確認いただけますでしょうか) - written by him, so user_reply.',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('AWS Training and Certification', TC)),
     ('Subject', 'Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)), ('Date', fdate(w))] + reply_hdrs('a_re3', 'a_done'),
    gmail_alt('a_reopen', a_reopen_body, ja_attr(W('a_done'), 'AWS Training and Certification', TC), done_short),
    mid_gmail('a_reopen'))

# ---- 2025-03-25  A: reopened, investigating (ISO-2022-JP)
w = t('2025-03-25 02:00:19', UTC)
body = '''水野 拓海 様

AWS トレーニングと認定の中村と申します。森本に代わり、本件を担当いたします。

ご連絡いただいた内容を受け、ケース %s を再開いたしました。
SysOps Administrator - Associate の試験記録が統合後のアカウントに表示されていない件について、現在、認定記録の担当部署にて調査を進めております。

調査結果が判明しましたら、改めてご連絡いたします。

中村 健太郎
AWS トレーニングと認定 カスタマーサービス
''' % CASE_A
add('a_reopened', w, ('case_update', False, CASE_A, []),
    'Case reopened and passed to the records team; new agent; nothing asked.',
    aws_inbound('a_reopened', w, host_i=1) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_done', 'a_reopen'),
    leaf('text/plain', body, 'ISO-2022-JP', '7bit', quote_cs=False), mid_ses('a_reopened'))

# ---- 2025-03-26  D: resolved, with rating footer
w = t('2025-03-26 05:00:58', UTC)
body = '''こんにちは、

AWS サポートの小林です。サポートセンターからご返信いただき、ありがとうございました。

ご指定のとおり、認定アカウントのプロフィール上の氏名を「Takumi Mizuno」に修正いたしました。修正後の氏名は、今後ダウンロードされる認定証とデジタルバッジに反映されます。既存の PDF も、再度ダウンロードしていただくと新しい表記でご確認いただけます。

本件はこれで解決済みとさせていただきます。

よろしくお願いいたします。

小林
Amazon Web Services

==============================
今回のサポートはいかがでしたか。ケースの評価にご協力ください。
%s&rating=open

このメールアドレスでは受信メールを受け付けておりません。
''' % CONSOLE_LINK
add('d_done', w, ('resolved', False, CASE_D, []),
    'Console case resolved; ends with a rating request footer (ご協力ください) - a resolution, not a survey and not a request.',
    aws_inbound('d_done', w, host_i=2) + [
        ('From', addr('Amazon Web Services', CONSOLE)),
        ('To', ME_P),
        ('Subject', hdr('RE:[CASE %s] 認定証に記載される氏名のローマ字表記について' % CASE_D)),
        ('Date', fdate(w)),
    ],
    alt('d_done', body), mid_ses('d_done'))

# ---- 2025-03-26  colleague out-of-office (Shift_JIS)
w = t('2025-03-26 09:14:37')
body = '''小野です。
3月26日(水)から3月27日(木)まで、大阪出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は、クラウド推進部(cloud-team@hoshizora-tech.co.jp)までご連絡ください。

I am out of the office until Thursday, March 27, with limited access to email.
'''
add('ooo', w, ('unrelated', False, None, []),
    'Colleague\'s auto-reply (Auto-Submitted), Japanese + English, contains ご連絡ください.',
    inbound_m365(w, '10.20.4.57', 'hoshizora-tech.co.jp', 'hoshizora-tech.co.jp', internal=True) + [
        ('From', addr('小野 健太', 'k-ono@hoshizora-tech.co.jp', 'Shift_JIS')),
        ('To', addr(ME_NAME, ME_C, 'Shift_JIS')),
        ('Subject', hdr('自動応答: 引き継ぎ資料へのコメント', 'Shift_JIS')),
        ('Date', fdate(w)),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('In-Reply-To', mid_outlook('handover-comment')),
    ],
    leaf('text/plain', body, 'Shift_JIS', 'base64', inner_crlf=True), mid_outlook('ooo'), crlf=True)

# ---- 2025-03-27  A: info request - exam details (plain business Japanese, list)
w = t('2025-03-27 01:00:40', UTC)
a_exam_plain = '''水野 拓海 様

AWS トレーニングと認定の中村です。

調査の結果、SysOps Administrator - Associate の受験記録が、統合前のどちらのアカウントにも紐づいていないことがわかりました。受験時に別のアカウントが作成された可能性があります。

記録を特定するため、以下の情報をお送りください。
・受験日
・Pearson VUE の登録番号(確認メールに記載されている9桁の番号)
・受験時に登録していたメールアドレス
・受験時の氏名のローマ字表記

情報をいただいたあと、記録の紐づけを行います。

中村 健太郎
AWS トレーニングと認定 カスタマーサービス'''
inner = '''<p>水野 拓海 様</p>
<p>AWS トレーニングと認定の中村です。</p>
<p>調査の結果、SysOps Administrator - Associate の受験記録が、統合前のどちらのアカウントにも紐づいていないことがわかりました。受験時に別のアカウントが作成された可能性があります。</p>
<p>記録を特定するため、以下の情報をお送りください。</p>
<ul><li>受験日</li><li>Pearson VUE の登録番号(確認メールに記載されている9桁の番号)</li><li>受験時に登録していたメールアドレス</li><li>受験時の氏名のローマ字表記</li></ul>
<p>情報をいただいたあと、記録の紐づけを行います。</p>
<p>中村 健太郎<br>AWS トレーニングと認定 カスタマーサービス</p>'''
add('a_exam', w, ('info_request', True, CASE_A, []),
    'Reopened case: plain 〜をお送りください with a bulleted list (HTML <ul> + text), after an explanation.',
    aws_inbound('a_exam', w, host_i=3) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_reopen', 'a_reopened'),
    alt('a_exam', a_exam_plain + '\n', cte='base64', html_inner=inner), mid_ses('a_exam'))

# ---- 2025-03-27  A: owner sends the details
w = t('2025-03-27 22:10:02')
body = '''中村様

ご連絡ありがとうございます。水野です。
お問い合わせの件、以下のとおりです。

・受験日: 2023年5月20日
・Pearson VUE 登録番号: 338104927
・受験時のメールアドレス: 会社のアドレスだったと思いますが、当時は mizuno.takumi@hoshizora-tech.co.jp という旧形式のアドレスでした
・氏名: MIZUNO TAKUMI

参考までに、統合した会社アカウントの候補IDは %s です。
よろしくお願いいたします。

水野 拓海
''' % CID_OLD
add('a_re4', w, ('user_reply', False, CASE_A, [CID_OLD]),
    'Owner\'s answer with a 9-digit Pearson registration number (not a case) and one candidate ID in his new text; quoted request below.',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('AWS Training and Certification', TC)),
     ('Subject', 'Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)), ('Date', fdate(w))] + reply_hdrs('a_reopened', 'a_exam'),
    gmail_alt('a_re4', body, ja_attr(W('a_exam'), 'AWS Training and Certification', TC), a_exam_plain,
              cte='quoted-printable'),
    mid_gmail('a_re4'))

# ---- 2025-03-28  company IT: mailbox shutdown today
w = t('2025-03-28 09:30:00')
body = '''水野 拓海 様

情報システム部です。
ご退職に伴い、以下のアカウントを本日 18:00 に停止いたします。

・メールアドレス: t-mizuno@hoshizora-tech.co.jp
・Microsoft 365 / Slack / Confluence

停止後にこのアドレス宛てに届いたメールは、送信者に不達として返送されます。
外部サービスの登録メールアドレスの変更がお済みでない場合は、停止前に変更してください。停止後の復旧はできません。

情報システム部 ヘルプデスク
内線 3300
'''
add('it_stop', w, ('unrelated', False, None, []),
    'Employer IT: company mailbox stops at 18:00 today. Deadline and 〜してください, not support.',
    inbound_m365(w, '10.20.4.9', 'hoshizora-tech.co.jp', 'hoshizora-tech.co.jp', internal=True) + [
        ('From', addr('情報システム部 ヘルプデスク', 'it-helpdesk@hoshizora-tech.co.jp', 'ISO-2022-JP')),
        ('To', addr(ME_NAME, ME_C, 'ISO-2022-JP')),
        ('Subject', hdr('【情報システム部】メールアカウント停止のお知らせ(本日18:00)', 'ISO-2022-JP')),
        ('Date', fdate(w)),
        ('Importance', 'high'),
    ],
    leaf('text/plain', body, 'ISO-2022-JP', '7bit', quote_cs=False), mid_outlook('it_stop'), crlf=True)

# ---- 2025-03-28  A: second confirmation request (Account #3), conditional wording
w = t('2025-03-28 01:30:21', UTC)
a_conf3_plain = '''水野 拓海 様

AWS トレーニングと認定の中村です。受験情報をお送りいただき、ありがとうございました。

Pearson VUE の登録番号をもとに照会したところ、2023年5月20日の受験記録は、次の3つ目の認定アカウントに登録されていることがわかりました。

アカウント #3
  ログインメールアドレス: mizuno.takumi@hoshizora-tech.co.jp
  認定通知用メールアドレス: mizuno.takumi@hoshizora-tech.co.jp
  候補ID: %s
  作成日: 2023年5月18日

試験記録をお客様の現在のアカウント(アカウント #1、候補ID: %s)へ移すには、アカウント #3 をアカウント #1 に統合する必要があり、統合にはお客様ご本人の同意が必要です。

アカウント #3 がお客様のものであり、アカウント #1 への統合に同意される場合は、その旨をご返信ください。

中村 健太郎
AWS トレーニングと認定 カスタマーサービス''' % (CID_3RD, CID_NEW)
add('a_conf3', w, ('confirmation_request', True, CASE_A, [CID_3RD, CID_NEW]),
    'Second merge confirmation (a third account found). The ask is phrased as a condition (〜場合は、その旨をご返信ください) and a need stated as a fact (同意が必要です) - a real request despite the 場合.',
    aws_inbound('a_conf3', w) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_exam', 'a_re4'),
    leaf('text/plain', a_conf3_plain + '\n', 'UTF-8', 'quoted-printable'), mid_ses('a_conf3'), crlf=True)

# ---- 2025-03-28  A: owner agrees
w = t('2025-03-28 21:45:30')
body = '''中村様

水野です。ご調査いただき、ありがとうございます。

アカウント #3(%s)も私のものです。社内のメールアドレスの形式が変わる前に使っていたアドレスでした。
アカウント #1 への統合に同意します。よろしくお願いいたします。

水野 拓海
''' % CID_3RD
add('a_re5', w, ('user_reply', False, CASE_A, [CID_3RD]),
    'Owner agrees to merge Account #3; one candidate ID in his own text (the quoted request has two more).',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('AWS Training and Certification', TC)),
     ('Subject', 'Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)), ('Date', fdate(w))] + reply_hdrs('a_re4', 'a_conf3'),
    gmail_alt('a_re5', body, ja_attr(W('a_conf3'), 'AWS Training and Certification', TC), a_conf3_plain),
    mid_gmail('a_re5'))

# ---- 2025-03-31  A: resolved again - Japanese note over English template, quoted history with >
w = t('2025-03-31 03:00:12', UTC)
body = '''水野 拓海 様

AWS トレーニングと認定の中村です。
アカウント #3 の統合と記録の紐づけが完了しましたので、システムからの英語のご案内とあわせてご報告いたします。
SysOps Administrator - Associate の試験記録と認定は、現在のアカウントの「試験履歴」「認定」の各画面でご確認いただけます。お客様による追加の対応は必要ございません。

------------------------------------------------------------
Hello,

The exam record you asked about has been linked to your certification account (takumi.mizuno.k@gmail.com). Your exam history and certification status now include the AWS Certified SysOps Administrator - Associate result from May 20, 2023, and Account #3 has been merged and deactivated.

We consider this request complete. If you notice anything else that looks wrong, just reply to this message and we will reopen the case.

Best regards,
Kentaro Nakamura
AWS Training and Certification
------------------------------------------------------------

On Fri, Mar 28, 2025 at 9:45 PM, 水野 拓海 <takumi.mizuno.k@gmail.com> wrote:
%s
''' % quote('中村様\n\n水野です。ご調査いただき、ありがとうございます。\n\nアカウント #3(%s)も私のものです。\nアカウント #1 への統合に同意します。よろしくお願いいたします。\n\n水野 拓海' % CID_3RD)
add('a_done2', w, ('resolved', False, CASE_A, []),
    'Second resolution of case A: Japanese note + English template; "no further action" plus a conditional "reply and we will reopen"; quoted reply (>) carries a candidate ID that is not new text.',
    aws_inbound('a_done2', w, host_i=1) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC)),
        ('Date', fdate(w)),
    ] + reply_hdrs('a_conf3', 'a_re5'),
    alt('a_done2', body), mid_ses('a_done2'))

# ---- 2025-04-01  Google Cloud certification support: THEIR account merge, which to keep, 7-day close
w = t('2025-04-01 06:22:48', UTC)
body = '''水野 拓海 様

Google Cloud 認定資格サポートチームの山本です。お問い合わせいただき、ありがとうございます。

お客様のお名前で、以下の2つの Webassessor アカウントが見つかりました。
  1. ログイン: tmizuno_hoshizora(t-mizuno@hoshizora-tech.co.jp)
  2. ログイン: takumi.mizuno.k(takumi.mizuno.k@gmail.com)

統合を進めるにあたり、どちらのアカウントを残すかご指定いただけますでしょうか。統合後、もう一方のアカウントの認定履歴は、残す側のアカウントへ移行されます。

7日以内にご返信がない場合、本ケースは自動的にクローズされます。

よろしくお願いいたします。

山本
Google Cloud 認定資格サポート
[ケース 4-8821000034571]
'''
add('gcp_merge', w, ('unrelated', False, None, []),
    'Another vendor asks which account to keep for ITS account merge, with a 7-day auto-close: every signal of a confirmation request, but not AWS. needs_reply=false by rule.',
    inbound_gmail(w, 'mail-sor-f69.google.com', '209.85.220.69', 'cloud-certification-support@google.com', 'google.com',
                  policy='p=REJECT sp=REJECT dis=NONE') + [
        ('From', addr('Google Cloud 認定資格サポート', 'cloud-certification-support@google.com')),
        ('To', ME_P),
        ('Subject', hdr('[ケース 4-8821000034571] Webassessor アカウントの統合について')),
        ('Date', fdate(w)),
    ],
    alt('gcp_merge', body, cte='base64'), mid_at('gcp_merge', 'google.com'))

# ---- 2025-04-02  certmetrics: exam result available (HTML only)
w = t('2025-04-02 03:41:15', UTC)
inner = '''<table width="600" cellpadding="16" cellspacing="0" style="font-family:Arial,sans-serif;border:1px solid #dddddd">
<tr><td style="background:#232f3e;color:#ffffff;font-size:16px">AWS Certification</td></tr>
<tr><td>
<p>水野 拓海 様</p>
<p>AWS Certified Developer - Associate (DVA-C02) 試験を受験いただき、ありがとうございました。</p>
<p>試験結果は、AWS 認定アカウントの「試験履歴」からご確認いただけます。スコアレポートの表示には、受験後最大5営業日かかる場合があります。</p>
<p><a href="https://www.aws.training/Certification">AWS 認定アカウントにサインイン</a></p>
<p style="font-size:11px;color:#777777">このメールは送信専用アドレスから送信されています。</p>
</td></tr></table>'''
add('cert_result', w, ('certification', False, None, []),
    'Exam result notice (HTML-only), certification program mail.',
    inbound_gmail(w, 'mail.certmetrics.com', '199.255.192.68', 'bounce@certmetrics.com', 'certmetrics.com',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ME_P),
        ('Subject', hdr('AWS 認定試験の結果をご確認いただけます')),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(inner), 'UTF-8', 'quoted-printable'), mid_at('cert_result', 'certmetrics.com'))

# ---- 2025-04-02  certmetrics: recertified
w = t('2025-04-02 09:05:33', UTC)
body = '''水野 拓海 様

おめでとうございます。AWS Certified Developer - Associate の再認定が完了しました。

認定: AWS Certified Developer - Associate
候補ID: %s
新しい有効期限: 2028年4月1日
検証番号: 7C1F4E92AB3D4A58

デジタルバッジは Credly から別途お送りします。認定特典(次回の試験で使える 50%% 割引バウチャーなど)は、AWS 認定アカウントの「特典」からご確認ください。

AWS Certification
''' % CID_NEW
add('cert_recert', w, ('certification', False, None, [CID_NEW]),
    'Recertification congratulations: "完了しました" and a date, like a resolution, but it is program mail with no case.',
    inbound_gmail(w, 'mail.certmetrics.com', '199.255.192.69', 'bounce@certmetrics.com', 'certmetrics.com',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ME_P),
        ('Subject', hdr('AWS 認定の再認定が完了しました: AWS Certified Developer - Associate')),
        ('Date', fdate(w)),
    ],
    alt('cert_recert', body, cte='base64'), mid_at('cert_recert', 'certmetrics.com'))

# ---- 2025-04-03  Credly: recertified badge
w = t('2025-04-03 00:12:09', UTC)
add('credly2', w, ('badge', False, None, []),
    'Credly badge for the recertification (HTML-only QP).',
    inbound_gmail(w, 'o1.email.credly.com', '167.89.14.22', 'bounces+2281@email.credly.com', 'credly.com',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('Credly', 'admin@credly.com')),
        ('To', ME_P),
        ('Subject', hdr('新しいバッジ: AWS Certified Developer - Associate')),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(credly_html('バッジが発行されました',
         '再認定に伴い、Amazon Web Services Training and Certification から新しいバッジが発行されました。',
         'AWS Certified Developer - Associate', '8d20b6f1-1c3e-4f57-a2a9-60e4c1b7d5e8')), 'UTF-8', 'quoted-printable'),
    mid_at('credly2', 'credly.com'))

# ---- 2025-04-03  Skill Builder receipt (training platform)
w = t('2025-04-03 11:27:50', UTC)
body = '''水野 拓海 様

AWS Skill Builder をご利用いただき、ありがとうございます。ご注文を承りました。

注文番号: 112-4408193-7730561
プラン: 個人サブスクリプション(月額)
金額: USD 29.00(税抜)
次回更新日: 2025年5月3日

サブスクリプションは、アカウント設定からいつでも解約できます。解約されない場合は、次回更新日に自動で更新されます。

AWS トレーニングと認定
このメールは送信専用です。
'''
add('skillbuilder', w, ('unrelated', False, None, []),
    'Skill Builder purchase receipt from the training platform (AWS T&C branding, no case).',
    inbound_gmail(w, 'a27-12.smtp-out.us-west-2.amazonses.com', '54.240.27.12', ses('skillbuilder'), 'aws.training',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('AWS Skill Builder', 'no-reply@aws.training')),
        ('To', ME_P),
        ('Subject', hdr('ご注文の確認: AWS Skill Builder 個人サブスクリプション')),
        ('Date', fdate(w)),
    ],
    alt('skillbuilder', body, cte='base64'), mid_ses('skillbuilder'))

# ---- 2025-04-04  C: acknowledgement (English, text/plain base64)
w = datetime.fromtimestamp(int(CASE_C[:10]) + 2, UTC)
body = '''Hello,

We've received your message and opened support case %s for you. A member of the AWS Training and Certification team will respond by email, in most cases within 24 hours.

To avoid delays, please don't open a new case for the same question - reply to this email if you need to add anything.

Case summary
----------------
Inquiry type: Certification
Additional details: Benefits / Vouchers
Description: 統合前の会社アカウントにあった50%%割引バウチャーが、統合後のアカウントの特典画面に表示されません。

Thank you,
AWS Training and Certification
''' % CASE_C
add('c_ack', w, ('acknowledgement', False, CASE_C, []),
    'English acknowledgement of a new case; "please don\'t open a new case… reply if you need to add anything" is boilerplate, not an ask.',
    aws_inbound('c_ack', w, host_i=2) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', '[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_C),
        ('Date', fdate(w)),
    ],
    leaf('text/plain', body, 'UTF-8', 'base64'), mid_ses('c_ack'))

# ---- 2025-04-05  C: info request - Japanese note over English template
w = t('2025-04-05 00:40:18', UTC)
c_info_plain = '''水野様

AWS トレーニングと認定の斎藤です。
下記の英文テンプレートにてお伺いしている2点について、本メールへのご返信でお知らせいただけますでしょうか。バウチャーコードは全桁ではなく、末尾4文字のみで結構です。

------------------------------------------------------------
Hello,

Thank you for contacting AWS Training and Certification.

To locate the missing benefit, we need the following:

1. The candidate ID (AWS followed by 8 digits) of the account on which the voucher was originally displayed.
2. The last four characters of the voucher code, if you noted it before the merge.

Once we have these details, we will check the voucher status with our benefits team.

Regards,
Kaori Saito
AWS Training and Certification'''
add('c_info', w, ('info_request', True, CASE_C, []),
    'Japanese agent note (お知らせいただけますでしょうか) over an English template that says "we need the following"; "AWS followed by 8 digits" is not an ID.',
    aws_inbound('c_info', w, host_i=3) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_C),
        ('Date', fdate(w)),
    ] + reply_hdrs('c_ack'),
    alt('c_info', c_info_plain + '\n\n' + TC_FOOT % CASE_C + '\n'), mid_ses('c_info'))

# ---- 2025-04-05  C: owner answers (Japanese above quoted English), Cc the dead company address
w = t('2025-04-05 13:02:11')
body = '''斎藤様

ご連絡ありがとうございます。水野です。

1. バウチャーが表示されていたアカウントの候補ID: %s
2. バウチャーコードの末尾4文字: 7QK2

よろしくお願いいたします。
水野 拓海
''' % CID_OLD
add('c_re1', w, ('user_reply', False, CASE_C, [CID_OLD]),
    'Owner\'s Japanese answer above the quoted English request; Cc to the now-closed company address (bounces next).',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('AWS Training and Certification', TC)), ('Cc', ME_C),
     ('Subject', 'Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_C),
     ('Date', fdate(w))] + reply_hdrs('c_ack', 'c_info'),
    gmail_alt('c_re1', body, ja_attr(W('c_info'), 'AWS Training and Certification', TC), c_info_plain),
    mid_gmail('c_re1'))

# ---- 2025-04-05  bounce for the Cc
w = t('2025-04-05 13:02:14')
orig_hdrs = '''Received: by mail-sor-f41.google.com with SMTP id %s
        for <%s>; %s
From: =?UTF-8?B?5rC06YeOIOaLk+a1tw==?= <%s>
Date: %s
Message-ID: %s
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification
To: AWS Training and Certification <%s>
Cc: %s
''' % (b64id('bnc', 12).lower(), ME_C, fdate(W('c_re1')), ME_P, fdate(W('c_re1')), MID['c_re1'], CASE_C, TC, ME_C)
bounce_txt = '''
** アドレスが見つかりません **

t-mizuno@hoshizora-tech.co.jp にメールを配信できませんでした。アドレスが見つからないか、メールを受信できないアドレスです。

リモート サーバーからの応答:

550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient t-mizuno@hoshizora-tech.co.jp not found by SMTP address lookup
'''
dsn = '''Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; t-mizuno@hoshizora-tech.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; hoshizoratech-co-jp.mail.protection.outlook.com. (52.101.68.12, the server for the domain hoshizora-tech.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient t-mizuno@hoshizora-tech.co.jp not found by SMTP address lookup
Last-Attempt-Date: %s
''' % (fdate(W('c_re1')), fdate(w))
root = multi('report', [leaf('text/plain', bounce_txt, 'UTF-8', 'quoted-printable'),
                        raw_part([('Content-Type', 'message/delivery-status')], dsn),
                        raw_part([('Content-Type', 'text/rfc822-headers')], orig_hdrs)],
             'bounce', extra='; report-type=delivery-status')
add('bounce', w, ('unrelated', False, CASE_C, []),
    'Gmail bounce (multipart/report) for the Cc to the dead company address; the RE:[CASE] subject appears only in the returned headers. Labelled unrelated, but case=C because it is about a message on that case (the AWS copy was delivered; nothing to do).',
    [('Delivered-To', ME_P), ('Return-Path', '<>'),
     ('From', addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')),
     ('To', ME_P), ('Auto-Submitted', 'auto-replied'),
     ('Subject', 'Delivery Status Notification (Failure)'), ('Date', fdate(w)),
     ('References', MID['c_re1']), ('In-Reply-To', MID['c_re1'])],
    root, '<%s.%s@mx.google.com>' % (hx('bounce', 12), hx('bounce2', 6)))

# ---- 2025-04-06  Pearson VUE phishing (HTML only, Shift_JIS)
w = t('2025-04-06 10:18:02', UTC)
inner = '''<div style="font-family:'MS PGothic',sans-serif;max-width:560px">
<p style="font-size:18px;color:#0d5c91"><b>Pearson VUE</b></p>
<p>水野 拓海 様</p>
<p>システム障害により、お客様の試験予約(登録番号: 507331862)がキャンセルされました。ご迷惑をおかけし、誠に申し訳ございません。</p>
<p>受験料の返金手続きのため、<b>48時間以内</b>に下記のページからクレジットカード情報をご登録ください。期限を過ぎますと返金をお受けできません。</p>
<p><a href="http://pearsonvue-exam-jp.com/refund/form?id=%s">返金手続きページへ</a></p>
<p style="font-size:11px">Pearson VUE カスタマーサービス</p>
</div>''' % hx('pvp', 12)
add('phish_pvue', w, ('suspicious', False, None, []),
    'Exam-vendor phishing from a lookalike domain (pearsonvue-exam-jp.com), Shift_JIS HTML-only, card-data lure with a 48-hour deadline.',
    inbound_gmail(w, 'mail.pearsonvue-exam-jp.com', '103.151.48.77', 'info@pearsonvue-exam-jp.com', 'pearsonvue-exam-jp.com',
                  dkim='none', dmarc='none', policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('Pearson VUE', 'noreply@pearsonvue-exam-jp.com')),
        ('To', ME_P),
        ('Subject', hdr('【Pearson VUE】試験予約のキャンセルと返金手続きのお知らせ', 'Shift_JIS')),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(inner, 'Shift_JIS'), 'Shift_JIS', 'base64'), mid_at('phish_pvue', 'pearsonvue-exam-jp.com'))

# ---- 2025-04-07  new employer HR (ISO-2022-JP)
w = t('2025-04-07 10:05:40')
body = '''水野 拓海 様

このたびは当社への入社をご決断いただき、誠にありがとうございます。人事部の吉川です。
4月14日(月)の入社に向けて、以下の書類を4月10日(木)までにご提出ください。

1. 雇用契約書(署名済みのもの)
2. 源泉徴収票(前職分)
3. 基礎年金番号通知書の写し
4. 保有資格の証明書の写し
   AWS 認定をお持ちの場合は、認定証の PDF をご提出ください。
   当社は AWS パートナーのため、入社後、パートナーアカウントへの認定の共有をお願いする予定です。

ご不明な点がございましたら、人事部までお気軽にお問い合わせください。

吉川 早紀
株式会社みなとクラウドワークス 人事部
'''
add('newjob', w, ('unrelated', False, None, []),
    'New employer\'s onboarding mail: deadline, 〜ご提出ください, AWS certification and APN sharing - still not support.',
    inbound_gmail(w, 'mail.minato-cloudworks.co.jp', '198.51.100.40', 'hr@minato-cloudworks.co.jp', 'minato-cloudworks.co.jp',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('株式会社みなとクラウドワークス 人事部', 'hr@minato-cloudworks.co.jp', 'ISO-2022-JP')),
        ('To', ME_P),
        ('Subject', hdr('【入社手続きのご案内】4月14日(月)入社', 'ISO-2022-JP')),
        ('Date', fdate(w)),
    ],
    leaf('text/plain', body, 'ISO-2022-JP', '7bit', quote_cs=False), mid_at('newjob', 'minato-cloudworks.co.jp'))

# ---- 2025-04-08  C: escalated (Shift_JIS QP), conditional invitation
w = t('2025-04-08 02:20:37', UTC)
body = '''水野 拓海 様

AWS トレーニングと認定の斎藤です。候補IDとバウチャーコードをお知らせいただき、ありがとうございました。

いただいた情報をもとに確認したところ、該当のバウチャーは統合処理の際に移行の対象から外れていたことがわかりました。現在、特典担当チームにて再発行の手続きを進めております。完了まで3〜5営業日ほどお時間をいただく見込みです。

追加でお伝えいただきたい点がございましたら、本メールにご返信ください。進捗があり次第、改めてご連絡いたします。

斎藤 香織
AWS トレーニングと認定 カスタマーサービス
'''
add('c_update', w, ('case_update', False, CASE_C, []),
    'Passed to the benefits team; "追加でお伝えいただきたい点がございましたら、本メールにご返信ください" is a conditional invitation, not a request.',
    aws_inbound('c_update', w) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_C),
        ('Date', fdate(w)),
    ] + reply_hdrs('c_info', 'c_re1'),
    leaf('text/plain', body, 'Shift_JIS', 'quoted-printable'), mid_ses('c_update'))

# ---- 2025-04-09  certmetrics: exam feedback survey (not a support-case survey)
w = t('2025-04-09 15:30:00', UTC)
inner = '''<table width="600" cellpadding="16" cellspacing="0" style="font-family:Arial,sans-serif">
<tr><td style="background:#232f3e;color:#ffffff">AWS Certification</td></tr>
<tr><td>
<p>水野 拓海 様</p>
<p>先日 AWS Certified Developer - Associate を受験された皆様に、試験の内容と受験体験についてのアンケートをお願いしております。ご回答いただけますでしょうか。所要時間は約5分です。</p>
<p>回答期限: 2025年4月23日(水)</p>
<p><a href="https://survey.certmetrics.com/aws/s?t=%s" style="background:#ff9900;color:#000000;padding:10px 24px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:11px;color:#777777">ご回答は任意です。このメールへのご返信はお受けできません。</p>
</td></tr></table>''' % hx('csurv', 20)
add('cert_survey', w, ('certification', False, None, []),
    'Certification program feedback request (keigo, 回答期限 date). A survey, but about the exam, not a support case -> certification.',
    inbound_gmail(w, 'mail.certmetrics.com', '199.255.192.68', 'bounce@certmetrics.com', 'certmetrics.com',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ME_P),
        ('Subject', hdr('AWS Certification からのお願い: 試験についてのご意見をお聞かせください')),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(inner), 'UTF-8', 'base64'), mid_at('cert_survey', 'certmetrics.com'))

# ---- 2025-04-10  E: owner forwards a 2023 case mail to a former colleague
w = t('2025-04-10 20:48:12')
body = '''佐藤さん

水野です。ご無沙汰しています。
AWS認定アカウントの統合の件、以前私が重複アカウントをまとめてもらったときのやり取りを転送します。
ケース番号は %s で、フォームから申請して1週間ほどで完了しました。
佐藤さんも会社アカウントから移すなら、最終日の1週間以上前には申請しておくのがおすすめです。

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2023年6月14日(水) 10:22
Subject: RE:[CASE %s] %s
To: <%s>


Hello Takumi,

Thank you for your patience while we looked into this. The two certification accounts registered under takumi.mizuno.k@gmail.com (%s and %s) have now been combined into %s. Your exam history and certifications are available when you sign in with that address.

Please allow up to 48 hours for Credly to reflect the change. If anything looks incorrect after that, reply to this email.

Best regards,
Daniel R.
AWS Training and Certification
''' % (CASE_E, TC, CASE_E, SUBJ_TC, ME_P, CID_NEW, CID_2023, CID_NEW)
add('e_fwd', w, ('user_reply', False, CASE_E, []),
    'Owner forwards an old (2023, 11-digit) case resolution to a former colleague. Case = the forwarded case; the candidate IDs are only in the forwarded part, not his new text.',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('佐藤 由紀', 'sato.y@hoshizora-tech.co.jp')),
     ('Subject', 'Fwd: RE:[CASE %s] %s' % (CASE_E, SUBJ_TC)), ('Date', fdate(w))],
    gmail_alt('e_fwd', body), mid_gmail('e_fwd'))

# ---- 2025-04-11  C: resolved - voucher reissued, expiry 期限 (ISO-2022-JP)
w = t('2025-04-11 04:45:09', UTC)
body = '''水野 拓海 様

AWS トレーニングと認定の斎藤です。
お待たせいたしました。50%% 割引バウチャーの再発行が完了いたしました。

再発行したバウチャーは、認定アカウントの「特典」画面に表示されています。
・割引率: 50%%
・有効期限: 2025年9月30日

有効期限を過ぎるとご利用いただけなくなりますので、期限までに試験のお申し込みにご利用ください。

本件についてのご対応は以上となります。お客様にご対応いただく必要はございません。

斎藤 香織
AWS トレーニングと認定 カスタマーサービス

%s
''' % (TC_FOOT % CASE_C)
add('c_done', w, ('resolved', False, CASE_C, []),
    'Voucher reissued. Contains 期限 + a date and an imperative (期限までに…ご利用ください) - about using the voucher, not replying.',
    aws_inbound('c_done', w, host_i=1) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_C),
        ('Date', fdate(w)),
    ] + reply_hdrs('c_re1', 'c_update'),
    leaf('text/plain', body, 'ISO-2022-JP', '7bit'), mid_ses('c_done'))

# ---- 2025-04-12  C: survey (bilingual, from the training platform)
w = t('2025-04-12 01:00:44', UTC)
body = '''How did we do?

Your recent case %s with AWS Training and Certification has been marked as resolved. Tell us about your experience - it takes less than a minute.

ケース %s の対応はいかがでしたか。以下のリンクから5段階で評価してください。

  https://www.aws.training/support/feedback?case=%s

Please do not reply to this email. / このメールには返信しないでください。
''' % (CASE_C, CASE_C, CASE_C)
add('c_survey', w, ('survey', False, CASE_C, []),
    'Bilingual survey for case C from no-reply@aws.training; 評価してください is a survey ask, not a reply request.',
    inbound_gmail(w, 'a27-12.smtp-out.us-west-2.amazonses.com', '54.240.27.12', ses('c_survey'), 'aws.training',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('AWS Training and Certification', 'no-reply@aws.training')),
        ('To', ME_P),
        ('Subject', hdr('How did we do? ケース %s についてのフィードバック' % CASE_C)),
        ('Date', fdate(w)),
    ],
    alt('c_survey', body), mid_ses('c_survey'))

# ---- 2025-04-12  F: acknowledgement (HTML only, QP)
w = datetime.fromtimestamp(int(CASE_F[:10]) + 2, UTC)
inner = '''<p>水野 拓海 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。以下の内容でお問い合わせを受け付けました。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td style="background:#f2f3f3">ケースID</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3">お問い合わせの種類</td><td>認定 / デジタルバッジ</td></tr>
<tr><td style="background:#f2f3f3">内容</td><td>統合後、Credly で SysOps Administrator - Associate のバッジが表示されず、Developer - Associate のバッジが2件表示されています。</td></tr>
</table>
<p>通常、1〜2営業日以内に担当者よりご連絡いたします。お問い合わせが集中している場合は、さらにお時間をいただくことがございます。あらかじめご了承ください。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>''' % CASE_F
add('f_ack', w, ('acknowledgement', False, CASE_F, []),
    'HTML-only Japanese acknowledgement with a table; ご了承ください is not an ask.',
    aws_inbound('f_ack', w, host_i=2) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', hdr('[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F)),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(inner), 'UTF-8', 'quoted-printable'), mid_ses('f_ack'))

# ---- 2025-04-14  F: info request in plain Japanese (〜を教えてください / 返信してください)
w = t('2025-04-14 01:35:50', UTC)
f_info_plain = '''水野様

AWS トレーニングと認定の中村です。

Credly のバッジについて確認します。次の2点を返信してください。

1. Credly アカウントに登録しているメールアドレス(複数ある場合はすべて)
2. Credly のバッジ一覧画面のスクリーンショット

Credly 側のアカウントが、統合後の認定アカウントと別のメールアドレスで登録されていると、バッジが正しく表示されないことがあります。

中村'''
add('f_info', w, ('info_request', True, CASE_F, []),
    'Short, plain business Japanese: 次の2点を返信してください - no keigo, no question mark.',
    aws_inbound('f_info', w, host_i=3) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', hdr('RE:[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F)),
        ('Date', fdate(w)),
    ] + reply_hdrs('f_ack'),
    leaf('text/plain', f_info_plain + '\n', 'UTF-8', 'base64'), mid_ses('f_info'))

# ---- 2025-04-15  phishing: fake acknowledgement with an invented case number
w = datetime.fromtimestamp(int(FAKE_2[:10]) + 40, UTC)
body = '''水野 拓海 様

AWS トレーニングと認定 サポートです。お客様の認定アカウントについて、以下のケースを作成しました。

ケースID: %s
内容: 特典(50%%割引バウチャー)の保持確認

最近のアカウント統合に伴い、お客様の特典を新しいアカウントで保持するには、お支払い情報の再確認が必要です。
24時間以内に以下のページでカード情報をご確認ください。確認が取れない場合、特典は失効します。

https://aws-training-certification.support/case/%s/verify

AWS Training and Certification Support
''' % (FAKE_2, FAKE_2)
add('phish_case', w, ('suspicious', False, None, []),
    'Fake acknowledgement from a lookalike domain with a realistic 15-digit case number and knowledge of the merge; asks for card data. Not a real case -> case=null.',
    inbound_gmail(w, 'mta1.aws-training-certification.support', '194.26.135.90', 'case-notify@aws-training-certification.support',
                  'aws-training-certification.support', policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('AWS Support', 'case-notify@aws-training-certification.support')),
        ('To', ME_P),
        ('Subject', hdr('[CASE %s] 認定特典の保持にはお支払い情報の確認が必要です' % FAKE_2)),
        ('Date', fdate(w)),
    ],
    alt('phish_case', body, cte='base64'), mid_at('phish_case', 'aws-training-certification.support'))

# ---- 2025-04-23  F: case closed for no reply, reply reopens (QP)
w = t('2025-04-23 00:00:31', UTC)
f_close_plain = '''水野 拓海 様

AWS トレーニングと認定の中村です。

4月14日にお送りしたメールについて、本日までにご返信を確認できなかったため、ケース %s はクローズとさせていただきました。

引き続きサポートが必要な場合は、クローズから14日以内であれば、本メールにご返信いただくことでケースを再開できます。その際は、前回お願いした Credly の登録メールアドレスとスクリーンショットを添えてください。

中村 健太郎
AWS トレーニングと認定 カスタマーサービス''' % CASE_F
add('f_close', w, ('closing_notice', True, CASE_F, []),
    'Already closed for no answer; phrased as a conditional ("引き続きサポートが必要な場合は…") with a 14-day window. The request itself is still open, so the owner should answer -> needs_reply.',
    aws_inbound('f_close', w) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', hdr('RE:[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F)),
        ('Date', fdate(w)),
    ] + reply_hdrs('f_ack', 'f_info'),
    leaf('text/plain', f_close_plain + '\n', 'UTF-8', 'quoted-printable'), mid_ses('f_close'))

# ---- 2025-04-23  F: owner replies with a screenshot attached (multipart/mixed)
w = t('2025-04-23 20:15:44')
body = '''中村様

水野です。ご返信が遅くなり、申し訳ありません。入社準備で確認が漏れておりました。

1. Credly の登録メールアドレス: t-mizuno@hoshizora-tech.co.jp(会社のアドレスのままでした)
2. バッジ一覧のスクリーンショットを添付します。

Credly 側のメールアドレスは、こちらで個人アドレスに変更した方がよろしいでしょうか。

水野 拓海
'''
altp = gmail_alt('f_re1', body, ja_attr(W('f_close'), 'AWS Training and Certification', TC), f_close_plain)
png = Part([('Content-Type', 'image/png; name="credly_badges.png"'),
            ('Content-Disposition', 'attachment; filename="credly_badges.png"'),
            ('Content-Transfer-Encoding', 'base64'), ('X-Attachment-Id', 'f_m9u%s' % hx('png', 6))],
           base64.encodebytes(tiny_png()).decode())
add('f_re1', w, ('user_reply', False, CASE_F, []),
    'Owner reopens by replying, with a PNG attachment (multipart/mixed); his own mail contains a question to support.',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('AWS Training and Certification', TC)),
     ('Subject', hdr('Re: RE:[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F)),
     ('Date', fdate(w))] + reply_hdrs('f_info', 'f_close'),
    multi('mixed', [altp, png], 'f_re1_mixed'), mid_gmail('f_re1'))

# ---- 2025-04-24  F: reopened, Credly contacted, "no need to change it yourself"
w = t('2025-04-24 03:10:05', UTC)
body = '''水野 拓海 様

中村です。ご返信ありがとうございます。ケースを再開いたしました。

いただいたスクリーンショットを確認したところ、Credly アカウントのメールアドレスが旧アドレスのままになっていることが原因と考えられます。当方から Credly 側へ、バッジの発行先を統合後のアカウントに合わせるよう依頼いたしました。Credly 側の作業には1週間ほどかかる見込みです。

なお、Credly のメールアドレスをお客様ご自身で変更していただく必要はございません。

中村 健太郎
AWS トレーニングと認定 カスタマーサービス
'''
add('f_reopened', w, ('case_update', False, CASE_F, []),
    'Reopened; answers the owner\'s question ("ご自身で変更していただく必要はございません") and waits on Credly. Nothing asked.',
    aws_inbound('f_reopened', w, host_i=1) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', hdr('RE:[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F)),
        ('Date', fdate(w)),
    ] + reply_hdrs('f_close', 'f_re1'),
    alt('f_reopened', body, cte='base64'), mid_ses('f_reopened'))

# ---- 2025-04-25  F: duplicate account found, confirm (〜願います), ISO-2022-JP
w = t('2025-04-25 06:40:27', UTC)
f_dup_plain = '''水野 拓海 様

中村です。Credly との連携状況を確認する中で、統合後のアカウントとは別に、同じメールアドレス(takumi.mizuno.k@gmail.com)で登録された認定アカウントがもう1件存在することを確認しました。

アカウント A: 候補ID %s(試験履歴・認定あり)
アカウント B: 候補ID %s(2025年3月2日作成、試験履歴なし)

アカウント B は、Builder ID で初めてサインインされた際に自動で作成されたものと思われます。Credly のバッジを正しく表示するには、アカウント B をアカウント A に統合する必要があります。

アカウント A を残して統合を進めてよいか、ご確認願います。

中村 健太郎
AWS トレーニングと認定 カスタマーサービス''' % (CID_NEW, CID_DUP)
add('f_dup', w, ('confirmation_request', True, CASE_F, [CID_NEW, CID_DUP]),
    'Merge confirmation inside a badge case: two accounts on the SAME address, labelled A/B instead of #1/#2; ask is 〜ご確認願います (no question mark). ISO-2022-JP.',
    aws_inbound('f_dup', w, host_i=2) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', hdr('RE:[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F, 'ISO-2022-JP')),
        ('Date', fdate(w)),
    ] + reply_hdrs('f_re1', 'f_reopened'),
    leaf('text/plain', f_dup_plain + '\n', 'ISO-2022-JP', '7bit'), mid_ses('f_dup'))

# ---- 2025-04-25  F: owner confirms
w = t('2025-04-25 19:05:16')
body = '''中村様

水野です。アカウント B は私が作成したもので間違いありません。
アカウント A(%s)を残して統合してください。

水野 拓海
''' % CID_NEW
add('f_re2', w, ('user_reply', False, CASE_F, [CID_NEW]),
    'Owner\'s short confirmation with one candidate ID in his own text.',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('AWS Training and Certification', TC)),
     ('Subject', hdr('Re: RE:[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F)),
     ('Date', fdate(w))] + reply_hdrs('f_reopened', 'f_dup'),
    gmail_alt('f_re2', body, ja_attr(W('f_dup'), 'AWS Training and Certification', TC), f_dup_plain),
    mid_gmail('f_re2'))

# ---- 2025-04-28  Credly: reissued SOA badge
w = t('2025-04-28 02:48:03', UTC)
add('credly3', w, ('badge', False, None, []),
    'Credly: badge reissued to the merged account; arrives minutes before support asks for a check.',
    inbound_gmail(w, 'o1.email.credly.com', '167.89.14.23', 'bounces+2281@email.credly.com', 'credly.com',
                  policy='p=NONE sp=NONE dis=NONE') + [
        ('From', addr('Credly', 'admin@credly.com')),
        ('To', ME_P),
        ('Subject', hdr('バッジを受け取ってください: AWS Certified SysOps Administrator - Associate')),
        ('Date', fdate(w)),
    ],
    leaf('text/html', html_doc(credly_html('バッジが再発行されました',
         'Amazon Web Services Training and Certification が、あなたのバッジを再発行しました。バッジを受け取って、プロフィールに表示しましょう。',
         'AWS Certified SysOps Administrator - Associate', '5a7e09c4-3d21-48b6-b0f2-9e18c6a4d377')), 'UTF-8', 'base64'),
    mid_at('credly3', 'credly.com'))

# ---- 2025-04-28  F: work done, but please check and report back (info_request)
w = t('2025-04-28 03:00:40', UTC)
f_check_plain = '''水野 拓海 様

中村です。アカウント B の統合と、Credly 側での作業が完了したとの連絡がありました。
バッジの発行先が takumi.mizuno.k@gmail.com に変更され、SysOps Administrator - Associate のバッジも再発行されています。

念のため、Credly にサインインして、以下の2点が正しく表示されているかをご確認のうえ、結果をお知らせいただけますでしょうか。
・SysOps Administrator - Associate のバッジが表示されていること
・Developer - Associate のバッジが1件のみになっていること

問題がないことを確認できましたら、本ケースをクローズいたします。

中村 健太郎
AWS トレーニングと認定 カスタマーサービス'''
add('f_check', w, ('info_request', True, CASE_F, []),
    'Hybrid: "完了しました" (looks resolved) but support asks for a check reported back before closing -> info_request, needs_reply.',
    aws_inbound('f_check', w, host_i=3) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', hdr('RE:[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F)),
        ('Date', fdate(w)),
    ] + reply_hdrs('f_dup', 'f_re2'),
    alt('f_check', f_check_plain + '\n', cte='base64'), mid_ses('f_check'))

# ---- 2025-04-28  F: owner reports the check
w = t('2025-04-28 22:31:09')
body = '''中村様

水野です。Credly を確認しました。
SysOps Administrator - Associate のバッジが表示され、Developer - Associate の重複も解消されていました。
ご対応ありがとうございました。

水野 拓海
'''
add('f_re3', w, ('user_reply', False, CASE_F, []),
    'Owner reports the check result; the quoted request below asks お知らせいただけますでしょうか.',
    [('From', addr(ME_NAME, ME_P)), ('To', addr('AWS Training and Certification', TC)),
     ('Subject', hdr('Re: RE:[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F)),
     ('Date', fdate(w))] + reply_hdrs('f_re2', 'f_check'),
    gmail_alt('f_re3', body, ja_attr(W('f_check'), 'AWS Training and Certification', TC), f_check_plain,
              cte='quoted-printable'),
    mid_gmail('f_re3'))

# ---- 2025-04-30  F: resolved (Shift_JIS base64), お気軽にお問い合わせください
w = t('2025-04-30 01:15:22', UTC)
body = '''水野 拓海 様

中村です。ご確認いただき、ありがとうございました。
バッジが正しく表示されていることを確認できましたので、本ケースはこれにて解決とさせていただきます。

今後、認定アカウントや Credly について気になる点がございましたら、お気軽にお問い合わせください。

中村 健太郎
AWS トレーニングと認定 カスタマーサービス
'''
add('f_done', w, ('resolved', False, CASE_F, []),
    'Resolved in Shift_JIS; ends with a conditional invitation (〜がございましたら、お気軽にお問い合わせください).',
    aws_inbound('f_done', w) + [
        ('From', addr('AWS Training and Certification', TC)),
        ('To', ME_P),
        ('Subject', hdr('RE:[CASE %s] [AWS トレーニングと認定 フォームの送信] - digital-badges' % CASE_F, 'Shift_JIS')),
        ('Date', fdate(w)),
    ] + reply_hdrs('f_check', 'f_re3'),
    leaf('text/plain', body, 'Shift_JIS', 'base64'), mid_ses('f_done'))


# ============================================================================= output
README_HEAD = '''me: %(me_p)s %(me_c)s

# blind-303: a Japanese-heavy mailbox around AWS Training and Certification cases

Mailbox of 水野 拓海 (Takumi Mizuno), who is leaving 株式会社ほしぞらテック (an AWS Partner) on
2025-03-28 and moves his certification account from the company address (%(me_c)s, which is
shut down at 18:00 that day) to the personal one (%(me_p)s). Both addresses are his; until the
28th the company mail is in the same mailbox. Mail runs from 2025-02-25 to 2025-04-30, in arrival
order. Most of it is Japanese: support agents writing formal keigo and plain business Japanese,
English templates with a Japanese agent note, the owner's Japanese replies over quoted English, and
Japanese mail from the employer, other vendors, exam vendors and phishers.

Regenerate with `python3 gen.py` (standard library only). Encodings used: ISO-2022-JP (7bit),
Shift_JIS (base64 and quoted-printable, plain and HTML-only), UTF-8 (base64, quoted-printable and
one raw 8bit), HTML-only, multipart/alternative, multipart/mixed with an attachment,
multipart/report (bounce), CRLF and LF files.

## Cases

| case | channel | story | messages |
|---|---|---|---|
| %(A)s (15 digits) | T&C form | merge company -> personal. APN-partner hold (a second hold mail hides a question), hold lifted, Account #1/#2 confirmation, closing warning with a 期限 date, owner confirms from the wrong (company) address, support asks him to write from the personal one, merged, survey. Reopened: an exam is missing, details asked, a third account (#3) found and confirmed, resolved again. | %(nA)d |
| %(B)s (15 digits) | T&C form | duplicate form sent from the company address 15 minutes after A; closed as a duplicate of A. | %(nB)d |
| %(C)s (15 digits) | T&C form | 50%% voucher missing after the merge: English acknowledgement, Japanese note over an English request, reply (Cc to the dead company address bounces), escalated, reissued, survey. | %(nC)d |
| %(D)s (10 digits) | Support Center (console), `no-reply-aws@amazon.com` | name romanisation on the certificate. The request and the auto-resolve warning must be answered in the console, not by email; resolved with a rating footer. | %(nD)d |
| %(E)s (11 digits) | T&C form, 2023 | appears only inside a forward the owner sends to a former colleague. | %(nE)d |
| %(F)s (15 digits) | T&C form | Credly badges after the merge: plain-Japanese request, closed for no answer, reopened by the owner (screenshot attached), a duplicate account on the same address to confirm (A/B, 〜ご確認願います), "done, please check and tell us", resolved. | %(nF)d |

Case-shaped numbers that are **not** cases of this mailbox (case = null): %(F1)s (a DMARC-failing
fake in the RE:[CASE] format), %(F2)s (a lookalike-domain fake acknowledgement), Pearson VUE
ケース番号 09384756, Google Cloud ケース 4-8821000034571, くもいろホスティング お問い合わせ番号
2025030700418, an AWS invoice number 2104598832, the 12-digit AWS account ID 520931847716, Pearson
registration numbers (9 digits), a 6-digit Builder ID code and an Amazon-style order number.

Candidate IDs: %(co)s (company account), %(np)s (personal, kept), %(c3)s (third account found in
the reopened case A), %(dp)s (duplicate on the personal address, case F), %(c23)s (2023 duplicate,
only in forwarded text), %(fk)s (invented by a phishing mail).

## Labelling decisions (hard calls)

- **needs_reply follows "is AWS T&C support waiting for me now?"** at the moment the message
  arrives, regardless of what comes later. Every request, hold-with-question, confirmation and
  closing notice on cases A, C, D and F is `true`, even when the owner answers later.
- **Console case D**: the request and the auto-resolve warning come from an address that cannot
  take replies; the answer goes through the Support Center. They are still `true`: support waits
  for the owner, and only the channel differs.
- **Hold with a buried ask** (case A, 2025-03-06): the hold continues, so kind = `on_hold`, but it
  states a need as a fact (最終就業日の情報が必要です) and asks お知らせくださいますよう… ->
  `needs_reply=true`. The first hold (03-04) says お待ちいただけますと幸いです: a request to *wait*,
  so `false`.
- **Write-from-the-right-address** (case A, 03-15): support wants the merge approval again, from
  the personal address. Labelled `info_request` (the new thing asked is "write from the other
  address", which the kind list puts under info_request), not `confirmation_request`.
- **Conditional phrasing that is a real request** (case A, 03-28, Account #3): 「アカウント #3 が
  お客様のものであり、…同意される場合は、その旨をご返信ください」 plus 「同意が必要です」. The merge
  cannot happen without the answer, so `confirmation_request`, `true`. Contrast the conditional
  invitations (〜がございましたら、本メールにご返信ください) in acknowledgements, updates and
  resolutions, which are `false`.
- **Closed-for-no-answer** (case F, 04-23): the case is already closed, and the text is phrased as
  "if you still need help, reply within 14 days". The owner's request is still open, so it is a
  `closing_notice` with `needs_reply=true`.
- **"Done, please check and tell us"** (case F, 04-28): the work is finished, but support will
  close only after the owner reports back. Labelled `info_request`, `true` (a check reported back),
  not `resolved`.
- **Resolutions quoting old requests**: the 03-17 resolution carries the whole Account #1/#2
  request *without* `>` marks, under 「---------- 元のメッセージ ----------」. The 03-31 one quotes
  with `>`. Both are `resolved`/`false`; the quoted candidate IDs are not counted.
- **Duplicate case B closed** (03-04): `case_update` (a duplicate closed and linked), not
  `closing_notice` or `resolved`; its case is B (its own subject) even though the body names A
  three times.
- **Surveys**: the case-A and case-C surveys are `survey`. The certmetrics exam-feedback request
  (04-09) is about the exam, not a support case, so it is `certification`. The rating footer
  under the console resolution does not make that mail a survey: it stays `resolved`.
- **Phishing**: the DMARC-failing mail uses the real form address and the RE:[CASE …] subject
  with a case-shaped number, and the lookalike acknowledgement has a realistic 15-digit number.
  Both are `suspicious` with `case=null`: those cases do not exist. A phishing mail that writes out
  a candidate ID still lists it in candidate_ids (the field is about the text, not about trust).
- **Other vendors' cases** (Google Cloud's own account merge with "which to keep" and a 7-day
  close, くもいろホスティング's request with a 期限 and closing, Pearson VUE's closed case) are
  `unrelated` and `false` by rule, even though the owner might want to answer some of them.
- **Owner's own mail** is `user_reply` whatever it contains: his note to self (no case), his
  replies that end with requests or questions to support, and a forward of a 2023 case mail to a
  colleague (case = the forwarded case %(E)s; its candidate IDs are only in the forwarded part, so
  `[]`).
- **Bounce** of the owner's Cc to the closed company address (04-05): `unrelated`, `false`, but
  `case` = C, because it is about a message on case C (the copy to AWS went through; nothing to
  do). The case number appears only in the returned headers.
- **candidate_ids** lists each distinct ID once, in order of first appearance in the message's own
  text (an HTML part that repeats the plain part counts once). The case-A acknowledgement echoes
  the submitted form, including both IDs; that echo is part of support's own message, not quoted
  reply history, so the IDs are listed. Pearson VUE's booking mail and certmetrics mails that print
  the candidate ID list it too.

## Messages

| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
'''


def main():
    MSGS.sort(key=lambda m: m['when'].astimezone(UTC))
    whens = [m['when'].astimezone(UTC) for m in MSGS]
    assert len(set(whens)) == len(whens), 'duplicate timestamps'
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = '%03d' % i
        assert len(m['data']) < 15000, (n, m['key'], len(m['data']))
        with open(os.path.join(OUT, n + '-msg.eml'), 'wb') as fh:
            fh.write(m['data'])
        label = {'kind': m['kind'], 'needs_reply': m['needs'], 'case': m['case'], 'candidate_ids': m['cids']}
        with open(os.path.join(OUT, n + '-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
        d = m['when'].astimezone(JST).strftime('%m-%d %H:%M')
        rows.append('| %s | %s | %s | %s | %s %s |' % (n, m['kind'], 'yes' if m['needs'] else 'no',
                                                    m['case'] or '-', d, m['note'].replace('|', '/')))
    counts = Counter(m['kind'] for m in MSGS)
    nr = sum(1 for m in MSGS if m['needs'])
    head = README_HEAD % dict(me_p=ME_P, me_c=ME_C, A=CASE_A, B=CASE_B, C=CASE_C, D=CASE_D, E=CASE_E, F=CASE_F,
                              F1=FAKE_1, F2=FAKE_2, co=CID_OLD, np=CID_NEW, c3=CID_3RD, dp=CID_DUP, c23=CID_2023,
                              fk=CID_FAKE, **{'n' + k: sum(1 for m in MSGS if m['case'] == v) for k, v in
                                              dict(A=CASE_A, B=CASE_B, C=CASE_C, D=CASE_D, E=CASE_E, F=CASE_F).items()})
    tail = '\n\n## Totals\n\n%d messages, %d need a reply.\n\n| kind | count |\n|---|---|\n' % (len(MSGS), nr)
    tail += ''.join('| %s | %d |\n' % (k, counts[k]) for k in sorted(counts))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(head + '\n'.join(rows) + tail)
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', nr))


if __name__ == '__main__':
    main()
