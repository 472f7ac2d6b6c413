#!/usr/bin/env python3
"""Write the blind mailbox corpus next to this script (standard library only).

Run: python3 gen.py   -> NNN-msg.eml + NNN-msg.json for every message, counts per kind.
"""
import base64
import collections
import datetime as dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = 'takumi.omori.jp@gmail.com'
ME_C = 't-omori@fujimi-data.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
CET = dt.timezone(dt.timedelta(hours=2))

CASE_D = '13982046571'        # 2023, T&C form, Japanese, duplicate profiles
CASE_C = '14305928813'        # 2024, Support Center (console) case, exam result
CASE_BILL = '14311870462'     # 2024, console billing case (not T&C)
CASE_OLD = '8274019365'       # 2021, T&C form case, only seen in a forward
CASE_E = '173864112708815'    # 2025, T&C form, legal name fix
CASE_A = '174459006103327'    # 2025, T&C form, company -> personal merge (APN)
CASE_B = '174459246700941'    # 2025, duplicate form of CASE_A

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def t(y, mo, d, h, mi, s=0, tz=JST):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def _h(key):
    return hashlib.sha1(key.encode('utf-8')).hexdigest()


def ses_id(key, when):
    h = _h(key)
    ms = int(when.timestamp() * 1000)
    return '<0101%011x-%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>' % (
        ms, h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def gmail_id(key):
    h = _h(key)
    b = base64.b64encode(bytes.fromhex(h + h[:8])).decode().replace('/', '_').replace('=', '')
    return '<CAJ%s@mail.gmail.com>' % b[:44]


def outlook_id(key):
    h = _h(key).upper()
    return '<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>' % (h[:4], h[4:24], h[:4])


def plain_id(key, domain):
    h = _h(key)
    return '<%s.%s@%s>' % (h[:16], h[16:26], domain)


# ---------------------------------------------------------------- MIME parts
_bn = [0]


def boundary(style):
    _bn[0] += 1
    h = _h('boundary%d' % _bn[0])
    if style == 'gmail':
        return '000000000000' + h[:14]
    if style == 'outlook':
        return '_000_TYWPR01MB%s_' % h[:24].upper()
    return '----=_Part_%d_%d.%d' % (_bn[0] * 7919 % 99991, int(h[:7], 16), int(h[7:20], 16))


class Leaf:
    def __init__(self, text, sub='plain', cs='utf-8', cte='base64', params='', disp=None):
        self.text, self.sub, self.cs, self.cte = text, sub, cs, cte
        self.params, self.disp = params, disp

    def render(self, nl):
        ct = 'text/%s; charset="%s"%s' % (self.sub, self.cs, self.params)
        hs = [('Content-Type', ct), ('Content-Transfer-Encoding', self.cte)]
        if self.disp:
            hs.append(('Content-Disposition', self.disp))
        text = self.text if self.text.endswith('\n') else self.text + '\n'
        if self.cte == 'base64':
            raw = text.replace('\n', nl).encode(self.cs)
            body = base64.encodebytes(raw).decode('ascii').replace('\n', nl).encode()
        elif self.cte == 'quoted-printable':
            body = quopri.encodestring(text.encode(self.cs)).decode('ascii')
            body = body.replace('\n', nl).encode()
        else:
            body = text.replace('\n', nl).encode(self.cs)
            if self.cte == '7bit':
                body.decode('ascii')
        return hs, body


class Raw:
    """A non-text part given as ready bytes (delivery-status, rfc822, attachments)."""
    def __init__(self, ctype, body, cte=None, disp=None, desc=None):
        self.ctype, self.body, self.cte, self.disp, self.desc = ctype, body, cte, disp, desc

    def render(self, nl):
        hs = [('Content-Type', self.ctype)]
        if self.desc:
            hs.append(('Content-Description', self.desc))
        if self.disp:
            hs.append(('Content-Disposition', self.disp))
        if self.cte:
            hs.append(('Content-Transfer-Encoding', self.cte))
        body = self.body
        if isinstance(body, str):
            body = body.replace('\n', nl).encode('utf-8')
        return hs, body


class Multi:
    def __init__(self, sub, parts, style='std', params='', preamble=None):
        self.sub, self.parts, self.style = sub, parts, style
        self.params, self.preamble = params, preamble

    def render(self, nl):
        b = boundary(self.style)
        hs = [('Content-Type', 'multipart/%s; boundary="%s"%s' % (self.sub, b, self.params))]
        out = b''
        if self.preamble:
            out += (self.preamble + nl + nl).encode()
        for p in self.parts:
            phs, pb = p.render(nl)
            out += ('--' + b + nl).encode()
            out += header_block(phs, nl)
            out += nl.encode() + pb
            if not pb.endswith(nl.encode()):
                out += nl.encode()
        out += ('--' + b + '--' + nl).encode()
        return hs, out


def TXT(text, cs='utf-8', cte='base64', **kw):
    return Leaf(text, 'plain', cs, cte, **kw)


def HTML(html, cs='utf-8', cte='quoted-printable', **kw):
    return Leaf(html, 'html', cs, cte, **kw)


def ALT(*parts, style='std'):
    return Multi('alternative', list(parts), style)


def MIX(*parts, style='std'):
    return Multi('mixed', list(parts), style)


def header_block(pairs, nl):
    out = ''
    for k, v in pairs:
        out += '%s: %s%s' % (k, v.replace('\r\n', '\n').replace('\n', nl), nl)
    return out.encode('ascii')


def eh(s, cs='utf-8'):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode(linesep='\n')


def A(name, addr, cs='utf-8'):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


# ---------------------------------------------------------------- transport headers
def gmail_in(when, ar, ip='54.240.27.71', helo='a27-71.smtp-out.us-west-2.amazonses.com'):
    rcv = when + dt.timedelta(seconds=3)
    return [
        ('Delivered-To', ME_P),
        ('Received', 'by 2002:a05:7010:5a8e:b0:41f:6c2:9d1a with SMTP id m14csp%d;\n'
                     '        %s' % (int(when.timestamp()) % 9000000, format_datetime(rcv.astimezone(PST if rcv.month in (1, 2, 3, 11, 12) else PDT)))),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n'
                     '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
                     '        %s' % (helo, helo, ip, _h(str(when))[:24], ME_P, format_datetime(rcv.astimezone(PDT)))),
        ('Authentication-Results', ar),
    ]


def ar_gmail(hfrom, dkim_d, mailfrom, ip='54.240.27.71', dmarc='pass', pol='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    return ('mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s (%s) header.from=%s' % (
                dkim_d, _h(dkim_d)[:10], base64.b64encode(bytes.fromhex(_h(mailfrom)[:12])).decode(),
                mailfrom, ip, mailfrom.split('@')[-1], dmarc, pol, hfrom))


def o365_in(when, ar, ip='54.240.8.91', helo='a8-91.smtp-out.amazonses.com'):
    rcv = when + dt.timedelta(seconds=5)
    return [
        ('Received', 'from OS0P286CA0112.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:be::19) by\n'
                     ' TYWPR01MB8123.jpnprd01.prod.outlook.com (2603:1096:400:17b::8) with\n'
                     ' Microsoft SMTP Server (version=TLS1_2,\n'
                     ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.21; %s' % format_datetime(rcv.astimezone(UTC))),
        ('Received', 'from %s (%s) by\n OS0PEPF00000001.mail.protection.outlook.com (10.167.241.41) with Microsoft SMTP\n'
                     ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.13 via\n'
                     ' Frontend Transport; %s' % (helo, ip, format_datetime(rcv.astimezone(UTC)))),
        ('Authentication-Results', ar),
    ]


def ar_o365(hfrom, dkim_d, mailfrom_d, ip='54.240.8.91', dmarc='pass', compauth='pass reason=100'):
    return ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s' % (
                ip, mailfrom_d, dkim_d, dmarc, hfrom, compauth))


AR_AMZ_G = ar_gmail('amazon.com', 'amazon.com', '01010196aa11bb22-aws@us-west-2.amazonses.com')
AR_AMZ_O = ar_o365('amazon.com', 'amazon.com', 'us-west-2.amazonses.com')

# ---------------------------------------------------------------- the mailbox
RECS = []
MID = {}


def add(key, label, when, frm, to, subject, body, cc=None, mid=None, irt=None, refs=None,
        pre=(), extra=(), nl='\r\n', scs='utf-8', reply_to=None, top_mime=True):
    kind, reply, case, cands = label
    if mid is None:
        mid = ses_id(key, when)
    MID[key] = mid
    hs = list(pre)
    hs += [('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    if reply_to:
        hs.append(('Reply-To', reply_to))
    hs += [('Subject', eh(subject, scs)), ('Date', format_datetime(when)), ('Message-ID', mid)]
    if irt:
        hs.append(('In-Reply-To', MID.get(irt, irt)))
    if refs:
        hs.append(('References', '\n '.join(MID.get(r, r) for r in refs)))
    hs += list(extra)
    phs, pb = body.render(nl)
    hs.append(('MIME-Version', '1.0'))
    hs += phs
    data = header_block(hs, nl) + nl.encode() + pb
    RECS.append(dict(key=key, when=when, data=data,
                     label={'kind': kind, 'needs_reply': reply, 'case': case,
                            'candidate_ids': list(cands)}))
    return data


def L(kind, reply=False, case=None, cands=()):
    return (kind, reply, case, list(cands))


def quote(text, prefix='> '):
    return '\n'.join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.strip('\n').split('\n'))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def p_html(text, style='font-family:Arial,sans-serif;font-size:14px'):
    """Very small text -> HTML paragraphs converter."""
    paras = [p for p in text.strip('\n').split('\n\n')]
    body = ''.join('<p>%s</p>\n' % esc(p).replace('\n', '<br>\n') for p in paras)
    return '<html><head><meta charset="utf-8"></head><body><div style="%s">\n%s</div></body></html>' % (style, body)


# ================================================================ 2023: case D (Japanese, duplicate profiles)
CERTMETRICS = A('AWS Certification', 'do-not-reply@certmetrics.com')
AR_CM_O = ar_o365('certmetrics.com', 'certmetrics.com', 'certmetrics.com', ip='198.21.6.114')
AR_CM_G = ar_gmail('certmetrics.com', 'certmetrics.com', 'bounces+2291@em.certmetrics.com', ip='198.21.6.114',
                   pol='p=NONE sp=NONE dis=NONE')
TC_FROM = A('AWS Training and Certification', TC)
ME_C_JA = A('大森 拓海', ME_C)

w = t(2023, 10, 30, 7, 42, 18, UTC)
txt = """Hello Takumi Omori,

Well done - you have earned the AWS Certified Solutions Architect - Associate
certification, and it has been added to your AWS Certification account.

  Certification:      AWS Certified Solutions Architect - Associate
  Validation number:  7M2QXK4LCB1E1HSZ
  Date achieved:      October 27, 2023
  Valid through:      October 27, 2026
  AWS Candidate ID:   AWS03390218

Within about five business days Credly will e-mail you a link to claim the
matching digital badge. Your digital certificate, the certification logo and
your benefits can be found after you sign in to your AWS Certification account.

Regards,
AWS Training and Certification

This message came from an address that does not receive replies.
"""
add('cert-saa', L('certification', cands=['AWS03390218']), w, CERTMETRICS, A('Takumi Omori', ME_C),
    'Congratulations - you are now AWS Certified!',
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=o365_in(w, AR_CM_O, ip='198.21.6.114', helo='o6.email.certmetrics.com'),
    mid=plain_id('cert-saa', 'certmetrics.com'), nl='\n')

w = t(2023, 11, 1, 8, 0, 4)
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウド通信 第318号 (2023/11/01)
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
 1. マネージド DB のメジャーバージョン更新、各社の対応まとめ
 2. 転職前にやっておきたい「資格アカウント」の整理術
 3. 生成 AI サービスの料金体系を比較してみた

■ 読者アンケート
 今後取り上げてほしいテーマを募集しています。
 回答はフォームからお願いします(このメールへの返信は受け付けておりません)。

■ 配信停止
 配信停止は会員ページの「メール設定」から行えます。

発行: クラウド通信編集部
"""
add('news-sjis', L('unrelated'), w, A('週刊クラウド通信', 'news@cloudtsushin.jp', 'iso-2022-jp'), ME_P,
    '週刊クラウド通信 第318号 資格アカウントの整理術 ほか', TXT(txt, cs='shift_jis', cte='8bit'),
    pre=gmail_in(w, ar_gmail('cloudtsushin.jp', 'cloudtsushin.jp', 'mag@mail.cloudtsushin.jp', ip='210.152.14.7'),
                 ip='210.152.14.7', helo='mail.cloudtsushin.jp'),
    mid=plain_id('news-sjis', 'mail.cloudtsushin.jp'), scs='iso-2022-jp', nl='\r\n')

w = t(2023, 11, 6, 14, 3, 51, UTC)
txt = """Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/omori-t/dotfiles/pull/41#event-10876234511
You are receiving this because you authored the thread.
"""
html = ('<p>Merged <a href="https://github.com/omori-t/dotfiles/pull/41">#41</a> into main.</p>\n'
        '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
        '<a href="https://github.com/omori-t/dotfiles/pull/41#event-10876234511">view it on GitHub</a>.<br>'
        'You are receiving this because you authored the thread.</p>')
add('gh-merged', L('unrelated'), w, A('Kaito Fujii', 'notifications@github.com'),
    A('omori-t/dotfiles', 'dotfiles@noreply.github.com'),
    'Re: [omori-t/dotfiles] Merge zsh and bash configs into one profile (PR #41)',
    ALT(TXT(txt, cte='7bit'), HTML(html, cte='7bit')), cc=A('Takumi Omori', ME_P) + ', Author <author@noreply.github.com>',
    pre=gmail_in(w, ar_gmail('github.com', 'github.com', 'noreply@github.com', ip='192.30.252.201'),
                 ip='192.30.252.201', helo='out-18.smtp.github.com'),
    mid='<omori-t/dotfiles/pull/41/issue_event/10876234511@github.com>',
    irt='<omori-t/dotfiles/pull/41@github.com>', refs=['<omori-t/dotfiles/pull/41@github.com>'],
    extra=[('List-ID', 'omori-t/dotfiles <dotfiles.omori-t.github.com>'), ('X-GitHub-Reason', 'author')], nl='\n')

w = t(2023, 11, 8, 2, 17, 40, UTC)
d_form = """  お問い合わせタイプ: 認定
  その他の詳細: アカウントの統合
  メールアドレス: t-omori@fujimi-data.co.jp
  お問い合わせ内容:
    同じメールアドレスで AWS 認定アカウントが 2 つできてしまったようです。
    10 月に合格したソリューションアーキテクト アソシエイトのバッジが
    Credly に表示されないため、アカウントをひとつにまとめていただきたいです。"""
txt = """大森 拓海 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース 13982046571 として受け付けました。

通常は 24 時間以内に担当者からご連絡いたします。内容によっては確認に
お時間をいただく場合がありますので、あらかじめご了承ください。

同じ内容のお問い合わせを改めて送信されますと、かえって対応が遅れる
原因となります。補足がある場合は、このメールへの返信でお送りください。

受付内容:
%s

AWS トレーニングと認定 カスタマーサービス
""" % d_form
add('d-ack', L('acknowledgement', case=CASE_D), w, TC_FROM, ME_C_JA,
    '[CASE %s] %s' % (CASE_D, FORM_SUBJ), TXT(txt, cs='iso-2022-jp', cte='7bit'),
    pre=o365_in(w, AR_AMZ_O), nl='\r\n')

w = t(2023, 11, 9, 19, 30, 12)
txt = """大森 拓海 さん

JAWS-UG 東京「re:Invent 直前! 認定資格の歩き方」へのお申し込みを受け付けました。

日時: 2023/11/16(木) 19:00 - 21:00
会場: オンライン(参加 URL は前日にお送りします)
参加枠: 一般枠(受付番号 0442)

キャンセルされる場合は、イベントページからお手続きください。
当日の資料は終了後に公開予定です。

connpass
このメールは送信専用アドレスから配信されています。
"""
add('connpass', L('unrelated'), w, A('connpass', 'no-reply@connpass.com'), ME_P,
    '【connpass】JAWS-UG 東京「re:Invent 直前! 認定資格の歩き方」に申し込みました',
    TXT(txt, cte='quoted-printable'),
    pre=gmail_in(w, ar_gmail('connpass.com', 'connpass.com', 'bounce@connpass.com', ip='13.112.44.9'),
                 ip='13.112.44.9', helo='mail.connpass.com'),
    mid=plain_id('connpass', 'connpass.com'), nl='\n')

w = t(2023, 11, 13, 1, 26, 33, UTC)
txt = """大森 様

AWS トレーニングと認定 カスタマーサービスの佐藤と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

ご登録のメールアドレス t-omori@fujimi-data.co.jp をもとにお調べしたところ、
AWS 認定アカウントが 2 件見つかりました。どちらにも同じ氏名とメールアドレスが
登録されているため、取り違えが起きないよう慎重に確認を進めたいと考えております。

つきましては、それぞれのアカウントにサインインした際、画面右上に表示される
AWS 候補 ID(「AWS」に続く 8 桁の数字)を 2 件ともお知らせいただけますでしょうか。
あわせて、各アカウントへのサインイン方法(AWS Builder ID、AWS パートナー
ネットワーク経由など)もご教示いただけますと幸いです。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add('d-info', L('info_request', True, CASE_D), w, TC_FROM, ME_C_JA,
    'RE:[CASE %s] %s' % (CASE_D, FORM_SUBJ),
    ALT(TXT(txt), HTML(p_html(txt, 'font-family:Meiryo,sans-serif;font-size:14px'), cte='base64')),
    pre=o365_in(w, AR_AMZ_O), irt='d-ack', refs=['d-ack'], nl='\r\n')

w = t(2023, 11, 16, 9, 11, 2, UTC)
txt = """Hi Takumi,

We tried to deliver a badge issued by Amazon Web Services Training and
Certification, but your Credly profile has been temporarily locked because
of unusual sign-in activity.

To keep the badge, confirm your identity within 48 hours:
https://credly-badgealerts.com/secure/verify?u=t-omori%40fujimi-data.co.jp

After 48 hours the badge will be returned to the issuer and cannot be claimed.

The Credly Team
"""
html = p_html(txt).replace(
    'https://credly-badgealerts.com/secure/verify?u=t-omori%40fujimi-data.co.jp',
    '<a href="https://credly-badgealerts.com/secure/verify?u=t-omori%40fujimi-data.co.jp">Verify my account</a>')
add('phish-credly', L('suspicious'), w, A('Credly', 'notifications@credly-badgealerts.com'), ME_C,
    'Action required: your AWS badge could not be delivered',
    ALT(TXT(txt, cte='7bit'), HTML(html)),
    pre=o365_in(w, 'spf=pass (sender IP is 185.231.74.12)\n smtp.mailfrom=credly-badgealerts.com; dkim=none (message not signed)\n'
                   ' header.d=none;dmarc=none action=none\n header.from=credly-badgealerts.com;compauth=softpass reason=201',
                ip='185.231.74.12', helo='mx1.credly-badgealerts.com'),
    mid=plain_id('phish-credly', 'credly-badgealerts.com'), nl='\r\n')

w = t(2023, 11, 20, 1, 14, 9, UTC)
d_close = """大森 拓海 様

ケース 13982046571 につきまして、11 月 13 日に AWS 候補 ID の確認を
お願いしておりましたが、現時点でご返信を確認できておりません。

本メールの送信から 3 営業日以内にご連絡がない場合、本ケースはクローズ
させていただきます。引き続き対応をご希望の場合は、このメールにそのまま
ご返信ください。ご返信をいただいた時点で、ケースは継続されます。

Dear customer,

On November 13 we asked you for some details on case 13982046571 and have
not heard back yet. If we receive no reply within 3 business days of this
message, the case will be closed. Replying to this e-mail keeps it open.

AWS トレーニングと認定 / AWS Training and Certification
"""
add('d-close', L('closing_notice', True, CASE_D), w, TC_FROM, ME_C_JA,
    'RE:[CASE %s] %s' % (CASE_D, FORM_SUBJ), TXT(d_close, cs='iso-2022-jp', cte='7bit'),
    pre=o365_in(w, AR_AMZ_O), irt='d-info', refs=['d-ack', 'd-info'], nl='\r\n')


def outlook_extra(topic, lang='ja-JP'):
    return [('Thread-Topic', eh(topic)), ('Thread-Index', 'AQHa' + base64.b64encode(_h(topic).encode()[:24]).decode()[:26]),
            ('Accept-Language', lang + ', en-US'), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
            ('X-MS-TNEF-Correlator', '')]


def ol_hdr_ja(frm, when, to, subj):
    return ('________________________________\n差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n' % (
        frm, when.astimezone(JST).strftime('%Y年%m月%d日 %H:%M').replace('年0', '年').replace('月0', '月'), to, subj))


def ol_hdr_en(frm, when, to, subj):
    w2 = when.astimezone(JST)
    return ('________________________________\nFrom: %s\nSent: %s, %s %d, %d %d:%02d:%02d %s\nTo: %s\nSubject: %s\n' % (
        frm, w2.strftime('%A'), w2.strftime('%B'), w2.day, w2.year, (w2.hour % 12) or 12, w2.minute, w2.second,
        'AM' if w2.hour < 12 else 'PM', to, subj))


D_SUBJ = 'RE:[CASE %s] %s' % (CASE_D, FORM_SUBJ)
SIG_C = """大森 拓海
富士見データシステムズ株式会社 クラウド推進部
t-omori@fujimi-data.co.jp"""

w = t(2023, 11, 20, 13, 5, 44)
txt = """AWS トレーニングと認定
佐藤 様

ご連絡が遅くなり、申し訳ありません。大森です。
2 つのアカウントの候補 ID は以下のとおりです。

・AWS01748263 : 2019 年から使っているアカウント(AWS Builder ID でサインイン)
・AWS03390218 : 今年パートナーセントラル経由でサインインした際にできてしまったもの
  (10 月のソリューションアーキテクト アソシエイト合格はこちらに記録されています)

残したいのは前者です。後者の記録を前者へ移していただけますでしょうか。

よろしくお願いいたします。

%s

%s
%s""" % (SIG_C, ol_hdr_ja('AWS Training and Certification <%s>' % TC, t(2023, 11, 20, 1, 14, 9, UTC),
                          '大森 拓海 <%s>' % ME_C, D_SUBJ), d_close)
add('d-reply1', L('user_reply', case=CASE_D, cands=['AWS01748263', 'AWS03390218']), w, ME_C_JA, TC_FROM, D_SUBJ,
    ALT(TXT(txt), HTML(p_html(txt, 'font-family:游ゴシック,sans-serif;font-size:11pt'), cte='base64'), style='outlook'),
    mid=outlook_id('d-reply1'), irt='d-close', refs=['d-ack', 'd-info', 'd-close'],
    extra=outlook_extra(D_SUBJ), nl='\r\n')

w = t(2023, 11, 20, 4, 6, 30, UTC)
txt = """Thank you - your reply has been received.

It has been added to case 13982046571 and the assigned team has been
notified. There is nothing more you need to do right now; we will write to
you when there is news.

Keep the [CASE 13982046571] tag in the subject line if you write to us again
about this request, so that your message reaches the same case.

AWS Training and Certification
"""
add('d-rcpt', L('acknowledgement', case=CASE_D), w, TC_FROM, ME_C, D_SUBJ, TXT(txt, cte='7bit'),
    pre=o365_in(w, AR_AMZ_O), irt='d-reply1', refs=['d-ack', 'd-reply1'], nl='\n')

w = t(2023, 11, 21, 2, 48, 15, UTC)
d_conf = """大森 様

AWS 候補 ID をお知らせいただき、ありがとうございます。
統合作業に進む前に、以下の内容に相違がないかご確認ください。

  統合先(残すアカウント): AWS01748263
    サインイン方法: AWS Builder ID
    認定の通知先メール: t-omori@fujimi-data.co.jp
  統合元(統合後に無効化): AWS03390218
    サインイン方法: AWS パートナーネットワーク
    認定の通知先メール: t-omori@fujimi-data.co.jp

統合後は元の状態に戻すことができません。上記 2 件がいずれも大森様ご本人の
アカウントであること、また統合元の試験履歴と認定を統合先へ移してよろしいかを、
本メールへのご返信にてお知らせください。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add('d-conf', L('confirmation_request', True, CASE_D, ['AWS01748263', 'AWS03390218']), w, TC_FROM, ME_C_JA, D_SUBJ,
    ALT(TXT(d_conf), HTML(p_html(d_conf, 'font-family:Meiryo,sans-serif;font-size:14px'), cte='base64')),
    pre=o365_in(w, AR_AMZ_O), irt='d-reply1', refs=['d-ack', 'd-info', 'd-reply1'], nl='\r\n')

w = t(2023, 11, 21, 12, 31, 7)
txt = """佐藤 様

ご確認ありがとうございます。大森です。
記載の 2 件はどちらも私のアカウントです。上記の内容で統合をお願いいたします。

%s

%s
%s""" % (SIG_C, ol_hdr_ja('AWS Training and Certification <%s>' % TC, t(2023, 11, 21, 2, 48, 15, UTC),
                          '大森 拓海 <%s>' % ME_C, D_SUBJ), d_conf)
add('d-reply2', L('user_reply', case=CASE_D), w, ME_C_JA, TC_FROM, D_SUBJ, TXT(txt, cs='iso-2022-jp', cte='7bit'),
    mid=outlook_id('d-reply2'), irt='d-conf', refs=['d-ack', 'd-reply1', 'd-conf'],
    extra=outlook_extra(D_SUBJ), nl='\r\n')

w = t(2023, 11, 24, 6, 2, 55, UTC)
txt = """大森 様

いつもお世話になっております。AWS トレーニングと認定の佐藤です。

統合のご承認をいただき、ありがとうございました。認定記録の統合は専門チームが
担当する作業のため、同チームへ作業を依頼いたしました。

現在、お問い合わせが大変多く寄せられており、完了までに数日から 1 週間程度
お時間を頂戴する見込みです。お待たせしてしまい申し訳ございません。
作業が完了しましたら、改めてこちらからご連絡いたします。

なお、ほかにご不明な点がございましたら、本メールへご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add('d-update', L('case_update', case=CASE_D), w, TC_FROM, ME_C_JA, D_SUBJ, TXT(txt),
    pre=o365_in(w, AR_AMZ_O), irt='d-reply2', refs=['d-ack', 'd-conf', 'd-reply2'], nl='\r\n')

w = t(2023, 11, 27, 3, 40, 21, UTC)
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the period
October 1 - October 31, 2023, is available on the AWS web site. Your
account will be charged the following:

Total: $3.41

You can see a complete break down of all charges on the Billing & Cost
Management Dashboard located at the link below.

https://console.aws.amazon.com/billing/home#/bills?year=2023&month=10

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add('bill-2023', L('unrelated'), w, A('Amazon Web Services', NOREPLY), ME_P,
    'Amazon Web Services Billing Statement Available [Account: 503918274466]', TXT(txt, cte='7bit'),
    pre=gmail_in(w, AR_AMZ_G), nl='\r\n')

w = t(2023, 11, 30, 8, 12, 40, UTC)
txt = """Hello Takumi,

Good news: the merge on case 13982046571 is finished. The exam history and
certifications that were recorded under AWS03390218 have been moved to
AWS01748263, and the duplicate profile has been deactivated.

Your Solutions Architect - Associate credential should reach Credly within
48 hours, and Credly will e-mail you so that you can accept the badge. From
now on, please sign in with your AWS Builder ID - the partner sign-in route
led to the profile we just retired.

Best regards,
Lucas M.
AWS Training and Certification Customer Service

--- Original Message ---
From: AWS Training and Certification [%s]
Sent: 11/21/2023 2:48 AM
To: t-omori@fujimi-data.co.jp
Subject: %s

%s""" % (TC, D_SUBJ, d_conf)
add('d-done', L('resolved', case=CASE_D, cands=['AWS03390218', 'AWS01748263']), w, TC_FROM, ME_C_JA, D_SUBJ,
    TXT(txt, cte='quoted-printable'), pre=o365_in(w, AR_AMZ_O), irt='d-reply2',
    refs=['d-ack', 'd-conf', 'd-reply2', 'd-update'], nl='\n')

CREDLY = A('Credly', 'admin@credly.com')
AR_CR_O = ar_o365('credly.com', 'credly.com', 'em.credly.com', ip='167.89.100.52')
AR_CR_G = ar_gmail('credly.com', 'credly.com', 'bounces+1187@em.credly.com', ip='167.89.100.52',
                   pol='p=REJECT sp=REJECT dis=NONE')


def credly_mail(name, badges, uuid_list):
    lines = '\n'.join('  - %s\n    %s' % (b, 'https://www.credly.com/badges/%s/accept' % u) for b, u in zip(badges, uuid_list))
    txt = """Hi %s,

Amazon Web Services Training and Certification has issued you %s:

%s

Accept %s to add it to your Credly profile, where you can share it on
LinkedIn and elsewhere or download it. Badges that are not accepted stay
private.

Questions about the badge itself? Contact the issuer. Questions about
Credly? Visit https://support.credly.com

Credly, a Pearson company
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications
""" % (name, 'a new badge' if len(badges) == 1 else '%d badges' % len(badges), lines,
       'the badge' if len(badges) == 1 else 'each badge')
    rows = ''.join('<tr><td style="padding:8px"><b>%s</b></td><td style="padding:8px">'
                   '<a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;'
                   'padding:6px 14px;text-decoration:none">Accept badge</a></td></tr>\n' % (esc(b), u)
                   for b, u in zip(badges, uuid_list))
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="600" align="center">'
            '<tr><td><img src="https://images.credly.com/logo.png" alt="Credly" width="90"></td></tr>'
            '<tr><td><h2>Hi %s,</h2><p>Amazon Web Services Training and Certification has issued you %s.</p>'
            '<table>%s</table><p style="color:#777;font-size:12px">Credly, a Pearson company &middot; '
            '<a href="https://www.credly.com/earner/settings/notifications">Unsubscribe</a></p></td></tr></table>'
            '</body></html>') % (esc(name), 'a new badge' if len(badges) == 1 else '%d badges' % len(badges), rows)
    return txt, html


w = t(2023, 11, 30, 21, 5, 33, UTC)
ct, ch = credly_mail('Takumi', ['AWS Certified Solutions Architect - Associate'], ['3f1c7a90-5be2-4d1e-9c4f-8a27d61e0b35'])
add('badge-saa', L('badge'), w, CREDLY, ME_C,
    'Amazon Web Services Training and Certification sent you a new badge',
    ALT(TXT(ct, cte='quoted-printable'), HTML(ch)), pre=o365_in(w, AR_CR_O, ip='167.89.100.52', helo='o1.em.credly.com'),
    mid=plain_id('badge-saa', 'geopod-ismtpd-3.sendgrid.net'), nl='\r\n')

w = t(2023, 12, 2, 0, 30, 0, UTC)
html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Meiryo,sans-serif;font-size:14px;color:#16191f">
<table width="620" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#232f3e;padding:14px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" height="28"></td></tr>
<tr><td style="padding:20px">
<p>大森 拓海 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>ケース 13982046571 での対応について、簡単なアンケートにご協力いただけますと幸いです。
いただいたご意見は、サービス品質の向上のために活用させていただきます(所要時間は 2 分程度です)。</p>
<p>今回の担当者の対応にどの程度満足されましたか?</p>
<table><tr>
<td><a href="https://survey.aws.training/s/3QmT7?case=13982046571&amp;r=1">1</a></td>
<td><a href="https://survey.aws.training/s/3QmT7?case=13982046571&amp;r=2">2</a></td>
<td><a href="https://survey.aws.training/s/3QmT7?case=13982046571&amp;r=3">3</a></td>
<td><a href="https://survey.aws.training/s/3QmT7?case=13982046571&amp;r=4">4</a></td>
<td><a href="https://survey.aws.training/s/3QmT7?case=13982046571&amp;r=5">5</a></td>
</tr></table>
<p style="font-size:12px;color:#545b64">1 = 不満、5 = 満足。アンケートへの回答は任意です。
本メールは送信専用アドレスからお送りしています。</p>
</td></tr></table></body></html>
"""
add('d-survey', L('survey', case=CASE_D), w, A('AWS トレーニングと認定', TC), ME_C_JA,
    'ケース 13982046571 のサポートに関するアンケートのお願い', HTML(html, cte='base64'),
    pre=o365_in(w, AR_AMZ_O), nl='\r\n')


# ================================================================ 2024: console case C, billing case
w = t(2024, 5, 27, 5, 48, 2, UTC)
txt = """Dear Takumi Omori,

Thank you for scheduling your exam with Pearson VUE. Please keep this
confirmation for your records.

Exam:                 DVA-C02: AWS Certified Developer - Associate
Delivery:             OnVUE online proctored
Date and time:        Friday, June 7, 2024 at 2:00 PM Japan Standard Time
Registration ID:      381227604
Candidate ID:         AWS01748263
Language:             English

Before exam day, run the system test on the computer and network you will
use, and have your government-issued ID ready. You may check in up to 30
minutes before the appointment time.

To reschedule or cancel, sign in to your AWS Certification account at least
24 hours before your appointment.

Pearson VUE
"""
add('pvue-appt', L('unrelated', cands=['AWS01748263']), w, A('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_C,
    'Pearson VUE Confirmation of Booking - DVA-C02', ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=o365_in(w, ar_o365('pearson.com', 'pearson.com', 'pearson.com', ip='148.163.149.52'),
                ip='148.163.149.52', helo='mx0b-00110401.pphosted.com'),
    mid=plain_id('pvue-appt', 'pearson.com'), nl='\r\n')

w = t(2024, 6, 3, 23, 15, 10, UTC)
txt = """Thank you for your purchase.

Order number:   SB-20240603-7731925
Product:        AWS Skill Builder Individual subscription (monthly)
Billing period: June 4, 2024 - July 3, 2024
Amount charged: USD 29.00 (Visa ending 4417)

Your subscription renews automatically each month. You can cancel at any
time from Account > Subscription in AWS Skill Builder.

AWS Skill Builder
This is an automated message; replies are not monitored.
"""
add('sb-receipt', L('unrelated'), w, A('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
    'Your AWS Skill Builder receipt', ALT(TXT(txt, cte='7bit'), HTML(p_html(txt), cte='7bit')),
    pre=gmail_in(w, ar_gmail('aws.training', 'aws.training', 'bounce@mail.aws.training')), nl='\n')

C_SUBJ_ORIG = 'Exam result not available 4 days after OnVUE exam'
C_SUBJ = 'RE:[CASE %s] %s' % (CASE_C, C_SUBJ_ORIG)
C_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE_C
AWS_FOOT = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210. Please do not reply to this e-mail; this address cannot accept
incoming e-mails."""
AWS_FROM = A('Amazon Web Services', NOREPLY)

w = t(2024, 6, 11, 4, 2, 19, UTC)
txt = """Hello,

We have opened case %s on your behalf. The details are below.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I took DVA-C02 through OnVUE on June 7. The proctor session
ended normally but four days later there is still no result in my
certification account, and no e-mail. Can you check the status?

To see the case or add correspondence, open it in the Support Center:
%s

Best regards,
Amazon Web Services

%s
""" % (CASE_C, CASE_C, C_SUBJ_ORIG, C_LINK, AWS_FOOT)
add('c-ack', L('acknowledgement', case=CASE_C), w, AWS_FROM, ME_C,
    'Amazon Web Services: New Support case: %s' % CASE_C, TXT(txt, cte='7bit'),
    pre=o365_in(w, AR_AMZ_O), nl='\r\n')

w = t(2024, 6, 12, 7, 44, 51, UTC)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hello Takumi,</p>
<p>Thank you for contacting AWS Support about your DVA-C02 result.</p>
<p>Results for online-proctored exams usually appear within five business days, but a session can also be
held for an additional review, which delays the score report. I would like to ask the certification team
whether that happened in your case. To locate the session they need the 9-digit Pearson VUE registration
number (it is in your booking confirmation) together with the date and start time of the exam.</p>
<p>Could you add both to this case through the Support Center? Use the link at the end of this message;
answers sent to this e-mail address are not received.</p>
<p>Best regards,<br>Rahul D.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated
by selecting the stars in top right corner of each correspondence within the AWS Support Center.</p>
<p style="font-size:12px">To see the full case history and reply, sign in to the Support Center:<br>
<a href="%s">%s</a></p>
<p style="font-size:11px;color:#666">%s</p>
</body></html>
""" % (C_LINK, C_LINK, esc(AWS_FOOT).replace('\n', ' '))
add('c-info', L('info_request', True, CASE_C), w, AWS_FROM, ME_C, C_SUBJ, HTML(html),
    pre=o365_in(w, AR_AMZ_O), nl='\r\n')

w = t(2024, 6, 12, 17, 20, 5)
c_reply_txt = """Hello Rahul,

Thank you for checking. The details are:

Pearson VUE registration number: 381227604
Exam date and start time: June 7, 2024, 14:00 JST
AWS candidate ID: AWS01748263

Best regards,
Takumi Omori

%s
%s""" % (ol_hdr_en('Amazon Web Services <%s>' % NOREPLY, w.replace(hour=16, minute=44, second=51), ME_C, C_SUBJ),
         'Hello Takumi,\n\nThank you for contacting AWS Support about your DVA-C02 result. [...]')
c_reply = add('c-reply-mail', L('user_reply', case=CASE_C, cands=['AWS01748263']), w, A('Omori Takumi', ME_C), AWS_FROM, C_SUBJ,
              TXT(c_reply_txt, cte='quoted-printable'), mid=outlook_id('c-reply-mail'), irt='c-info', refs=['c-info'],
              extra=outlook_extra(C_SUBJ, 'en-US'), nl='\r\n')

w = t(2024, 6, 12, 8, 20, 9, UTC)
ndr_txt = """Your message to no-reply-aws@amazon.com couldn't be delivered.

The recipient's e-mail system does not accept incoming messages at this
address.

Omori Takumi    Office 365    amazon.com
Action Required                    Recipient

Address does not accept mail

How to Fix It
The address you sent to is used only for sending notifications. If you
need to reach the sender, use the contact method given in their original
message instead of replying by e-mail.

Diagnostic information for administrators:
Generating server: TYWPR01MB8123.jpnprd01.prod.outlook.com
no-reply-aws@amazon.com
Remote server returned '550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail'
"""
dsn = """Reporting-MTA: dns;TYWPR01MB8123.jpnprd01.prod.outlook.com
Received-From-MTA: dns;TYWPR01MB8123.jpnprd01.prod.outlook.com
Arrival-Date: Wed, 12 Jun 2024 08:20:05 +0000

Final-Recipient: rfc822;no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Remote-MTA: dns;amazon-smtp.amazon.com
"""
add('c-bounce', L('unrelated', case=CASE_C), w,
    A('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fujimi-data.co.jp'), ME_C,
    'Undeliverable: ' + C_SUBJ,
    Multi('report', [TXT(ndr_txt, cte='quoted-printable'), Raw('message/delivery-status', dsn),
                     Raw('message/rfc822', c_reply)], params='; report-type=delivery-status'),
    mid=outlook_id('c-bounce'), irt='c-reply-mail', refs=['c-reply-mail'],
    extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')], nl='\r\n')

w = t(2024, 6, 14, 2, 9, 37, UTC)
BILL_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE_BILL
txt = """Hello,

Thanks for writing in about the charge on your June invoice for
[AWS ID 503918274466].

The EC2 instance you mentioned was terminated on May 19, but an Elastic IP
address that was attached to it is still allocated in ap-northeast-1. Idle
Elastic IP addresses are billed by the hour, which explains the USD 3.60.

Is that address still needed? If not, release it from the EC2 console and
let me know in the case; I can then look at a one-time credit for the
amount charged so far.

Best regards,
Sofia G.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.

To contact us again about this case, please return to the AWS Support Center
using the following URL:
%s

%s
""" % (BILL_LINK, AWS_FOOT)
add('bill-case', L('unrelated', case=CASE_BILL), w, AWS_FROM, ME_P,
    'RE:[CASE %s] Unexpected EC2 charge after terminating instance' % CASE_BILL, TXT(txt, cte='7bit'),
    pre=gmail_in(w, AR_AMZ_G), nl='\n')

w = t(2024, 6, 17, 4, 10, 3, UTC)
txt = """Hello,

We haven't heard back from you regarding case %s.

If we don't receive your reply within the next 3 days, this case will be
resolved automatically. To continue working with us on this case, reply
through the AWS Support Center:

%s

Best regards,
Amazon Web Services

%s
""" % (CASE_C, C_LINK, AWS_FOOT)
add('c-close', L('closing_notice', True, CASE_C), w, AWS_FROM, ME_C, C_SUBJ, TXT(txt, cte='7bit'),
    pre=o365_in(w, AR_AMZ_O), nl='\r\n')

w = t(2024, 6, 18, 11, 25, 48, UTC)
txt = """Dear Takumi Omori,

Your result for the AWS Certified Developer - Associate (DVA-C02) exam
taken on June 7, 2024 is now available.

Result: PASS
Scaled score: 842 (minimum passing score: 720)
AWS Candidate ID: AWS01748263

Your detailed score report, with performance by content domain, is in the
Exam History section of your AWS Certification account. Credly will send
you a separate e-mail to claim your digital badge.

Congratulations on your achievement.

AWS Certification
"""
add('cert-dva', L('certification', cands=['AWS01748263']), w, CERTMETRICS, ME_C,
    'Your AWS Certification exam results are available', ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=o365_in(w, AR_CM_O, ip='198.21.6.114', helo='o6.email.certmetrics.com'),
    mid=plain_id('cert-dva', 'certmetrics.com'), nl='\r\n')

w = t(2024, 6, 19, 1, 33, 26, UTC)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hello Takumi,</p>
<p>Thank you for adding the registration number and exam time in the Support Center.</p>
<p>The certification team confirmed that your session had been queued for a routine integrity review, which
has now finished. Your DVA-C02 result was released on June 18 and is visible under Exam History, together
with the score report. Congratulations on passing!</p>
<p>Since the result is now available, I am marking this case as resolved. Should anything else come up on
this topic, you can reopen the case from the Support Center within 14 days.</p>
<p>Best regards,<br>Rahul D.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link at the end of this correspondence.</p>
<p style="font-size:12px"><a href="%s">%s</a></p>
<p style="font-size:11px;color:#666">%s</p>
</body></html>
""" % (C_LINK, C_LINK, esc(AWS_FOOT).replace('\n', ' '))
add('c-done', L('resolved', case=CASE_C), w, AWS_FROM, ME_C, C_SUBJ, HTML(html, cte='base64'),
    pre=o365_in(w, AR_AMZ_O), nl='\r\n')

w = t(2024, 6, 19, 22, 47, 12, UTC)
ct, ch = credly_mail('Takumi', ['AWS Certified Developer - Associate'], ['b6d0e3f4-21a9-4c8e-8f57-0e9c3ad41f72'])
add('badge-dva', L('badge'), w, CREDLY, ME_C,
    'Amazon Web Services Training and Certification sent you a new badge',
    ALT(TXT(ct, cte='7bit'), HTML(ch, cte='base64')), pre=o365_in(w, AR_CR_O, ip='167.89.100.52', helo='o1.em.credly.com'),
    mid=plain_id('badge-dva', 'geopod-ismtpd-7.sendgrid.net'), nl='\r\n')

w = t(2024, 11, 5, 16, 2, 41, UTC)
txt = """Hello Takumi,

Your Microsoft Certified: Azure Administrator Associate certification expires
on May 5, 2025. You can renew it now, at no cost, by passing an online
renewal assessment on Microsoft Learn. The assessment is unproctored and can
be taken as many times as you need until the expiry date.

Renew now: https://learn.microsoft.com/users/me/credentials

Microsoft Learn
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
add('ms-renew', L('unrelated'), w, A('Microsoft Learn', 'learn@email.microsoft.com'), ME_P,
    'Renew your Microsoft Certification for free', ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=gmail_in(w, ar_gmail('email.microsoft.com', 'email.microsoft.com', 'bounce@email.microsoft.com',
                             ip='13.111.31.22', pol='p=REJECT sp=REJECT dis=NONE'), ip='13.111.31.22',
                 helo='mta.email.microsoft.com'),
    mid=plain_id('ms-renew', 'mta.email.microsoft.com'), nl='\n')


# ================================================================ 2025: case E (legal name), run-up to leaving
E_SUBJ = '[CASE %s] %s' % (CASE_E, FORM_SUBJ)
E_RE = 'RE:' + E_SUBJ
ME_P_EN = A('Takumi Omori', ME_P)

w = t(2025, 2, 4, 3, 52, 40, UTC)
txt = """Hello,

Thank you for contacting AWS Training and Certification.

We have opened case %s for your request. A member of our team will
reply, usually within 24 hours; some requests take a little longer to
investigate.

Please do not submit another form for the same request. If you need to add
information, reply to this e-mail and keep the case number in the subject.

The details of your case are as follows:
Inquiry type: Certification
Additional details: Name change on certification profile
Description: My first and last names are stored reversed on my
certification profile ("Omori" as the first name). My upcoming exam
requires the name to match my passport exactly.

AWS Training and Certification
""" % CASE_E
add('e-ack', L('acknowledgement', case=CASE_E), w, TC_FROM, ME_P, E_SUBJ, TXT(txt, cte='quoted-printable'),
    pre=gmail_in(w, AR_AMZ_G), nl='\r\n')

w = t(2025, 2, 4, 22, 18, 5, UTC)
e_info = """Hi Takumi,

Thanks for reaching out about the name on your certification profile.

Changes to the legal name can only be made on a request that comes from the
e-mail address registered on the certification account concerned. The
profile under your name is registered to a different address than the one
this case was opened from, so I'm not able to make the change from here.

Please send us the same request from the address registered on that
profile; replying to this e-mail from that mailbox, with the case number
left in the subject, is enough. In that message, spell out the first and
last name exactly as they appear on the ID you will present at the test
center.

Best,
Hannah K.
AWS Training and Certification
"""
add('e-info', L('info_request', True, CASE_E), w, TC_FROM, ME_P, E_RE,
    ALT(TXT(e_info, cte='quoted-printable'), HTML(p_html(e_info))),
    pre=gmail_in(w, AR_AMZ_G), irt='e-ack', refs=['e-ack'], nl='\r\n')

w = t(2025, 2, 5, 9, 41, 30)
txt = """Hello Hannah,

As you asked, I'm sending this from the address registered on my
certification profile (candidate ID AWS01748263).

Please change the name on the profile to:
  First name: TAKUMI
  Last name:  OMORI
This is how it is written in my passport.

Thank you,
Takumi Omori

%s
%s""" % (ol_hdr_en('AWS Training and Certification <%s>' % TC, t(2025, 2, 4, 22, 18, 5, UTC), ME_P, E_RE), e_info)
add('e-reply', L('user_reply', case=CASE_E, cands=['AWS01748263']), w, A('Omori Takumi', ME_C), TC_FROM, E_RE,
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt, 'font-family:Calibri,sans-serif;font-size:11pt')),
        style='outlook'),
    cc=ME_P_EN, mid=outlook_id('e-reply'), irt='e-info', refs=['e-ack', 'e-info'],
    extra=outlook_extra(E_RE, 'en-US'), nl='\r\n')

w = t(2025, 2, 6, 19, 2, 44, UTC)
txt = """Hello Takumi,

Thanks for writing from the registered address. I've corrected the name on
your certification profile: it now shows Takumi as the first name and Omori
as the last name. Certificates you download from now on will carry the
corrected name, and the change reaches your Pearson VUE profile within 24
hours.

No further action is required on your part.

Best,
Hannah K.
AWS Training and Certification

> As you asked, I'm sending this from the address registered on my
> certification profile (candidate ID AWS01748263).
>
> Please change the name on the profile to:
>   First name: TAKUMI
>   Last name:  OMORI
"""
add('e-done', L('resolved', case=CASE_E), w, TC_FROM, A('Omori Takumi', ME_C), E_RE, TXT(txt, cte='7bit'),
    cc=ME_P, pre=o365_in(w, AR_AMZ_O), irt='e-reply', refs=['e-ack', 'e-info', 'e-reply'], nl='\n')

w = t(2025, 3, 3, 0, 5, 16, UTC)
txt = """Hello Takumi Omori,

Your AWS Certified SysOps Administrator - Associate certification expires on
June 2, 2025.

To keep it active, pass the current version of the exam before that date.
As a certification holder you can use the 50% discount benefit in your AWS
Certification account toward the exam fee.

If the certification expires, it will show as expired in your account and
the related Credly badge will be marked expired.

AWS Certification
"""
add('cert-expiry', L('certification'), w, CERTMETRICS, ME_C, 'Your AWS Certification expires in 90 days',
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=o365_in(w, AR_CM_O, ip='198.21.6.114', helo='o6.email.certmetrics.com'),
    mid=plain_id('cert-expiry', 'certmetrics.com'), nl='\r\n')

w = t(2025, 3, 10, 10, 30, 0)
txt = """大森 拓海 さん

人事部の石川です。退職に伴うお手続きについてご案内します。

1. 以下の書類を 4 月 25 日(金)までに人事部へご提出ください。
   ・退職届(原本)
   ・秘密保持に関する誓約書
   ・健康保険被保険者証(ご家族分を含む)
2. 貸与 PC、社員証、入館カードは最終出社日の 4 月 30 日(水)にご返却ください。
3. 会社のメールアカウントは 4 月 30 日 18 時に停止します。業務以外で会社の
   アドレスを登録しているサービスがあれば、それまでに変更をお願いします。

ご不明な点があれば、内線 2204 までご連絡ください。

人事部 石川
"""
add('hr-exit', L('unrelated'), w, A('石川 真理子', 'm-ishikawa@fujimi-data.co.jp', 'iso-2022-jp'), ME_C_JA,
    '【人事部】退職手続きのご案内', TXT(txt, cs='iso-2022-jp', cte='7bit'),
    pre=[('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=fujimi-data.co.jp;')],
    mid=outlook_id('hr-exit'), scs='iso-2022-jp', extra=outlook_extra('退職手続きのご案内'), nl='\r\n')

w = t(2025, 4, 8, 16, 0, 0, UTC)
txt = """Hello Takumi,

AWS Certification wants to hear from you. We're inviting a small group of
certification holders to tell us about the exam experience and the value
of their certification.

The questionnaire takes about 10 minutes and is open until April 30, 2025:
https://survey.certmetrics.com/aws/2025q2?id=8f3a1c

Taking part is optional, and your answers won't affect your certification
status.

Thank you,
AWS Certification
"""
add('cert-voice', L('certification'), w, CERTMETRICS, ME_C, 'AWS Certification wants to hear from you',
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=o365_in(w, AR_CM_O, ip='198.21.6.114', helo='o6.email.certmetrics.com'),
    mid=plain_id('cert-voice', 'certmetrics.com'), nl='\n')

w = t(2025, 4, 11, 12, 56, 31, UTC)
txt = """Verify your AWS Builder ID email address

Hello Takumi Omori,

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 582031

The code expires 30 minutes after it was sent. If you did not try to
create an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
add('builder-code', L('unrelated'), w, A('AWS', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address',
    ALT(TXT(txt, cte='7bit'), HTML(p_html(txt), cte='7bit')),
    pre=gmail_in(w, ar_gmail('signin.aws', 'signin.aws', 'bounce@signin.aws')), nl='\r\n')


# ================================================================ 2025: case A (company -> personal, APN) and duplicate B
A_SUBJ = '[CASE %s] %s' % (CASE_A, FORM_SUBJ)
A_RE = 'RE:' + A_SUBJ
A_RE2 = 'RE: ' + A_SUBJ

w = t(2025, 4, 14, 0, 21, 40, UTC)
txt = """Hello Takumi Omori,

Thank you for getting in touch with AWS Training and Certification. Your
request has been logged as case %s.

Someone from our team will normally reply within 24 hours. Some requests
need more investigation and may take a little longer.

To avoid delays, please don't submit a new form for this same request. If
you need to add something, reply to this message.

Summary of your request
-----------------------
Inquiry type: Certification
Additional details: Account Merge
Contact email: takumi.omori.jp@gmail.com
AWS Candidate ID: AWS04620917
Description:
I am leaving Fujimi Data Systems at the end of April and would like my
certification history moved to my personal profile. Old profile:
t-omori@fujimi-data.co.jp (AWS01748263). Profile to keep:
takumi.omori.jp@gmail.com.

AWS Training and Certification Customer Service
""" % CASE_A
add('a-ack', L('acknowledgement', case=CASE_A, cands=['AWS04620917', 'AWS01748263']), w, TC_FROM, ME_P, A_SUBJ,
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))), pre=gmail_in(w, AR_AMZ_G), nl='\r\n')

w = t(2025, 4, 14, 1, 1, 50, UTC)
txt = """大森 拓海 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース番号 174459246700941 にてお問い合わせを承りました。

担当者より通常 24 時間以内にご連絡いたします。
すでに同じ内容でケースを作成されている場合は、重ねてのお問い合わせはお控えください。
対応が重複し、かえってお時間をいただく原因となります。

お問い合わせ内容:
  お問い合わせタイプ: AWS トレーニングと認定
  問題のタイプ: 認定
  その他の詳細: アカウントの統合
  本文: 4 月末で退職するため、会社のアドレスの認定アカウントを個人用アカウント
  (takumi.omori.jp@gmail.com)に統合してください。

AWS トレーニングと認定 カスタマーサービス
"""
add('b-ack', L('acknowledgement', case=CASE_B), w, TC_FROM, ME_C_JA,
    '[CASE %s] %s' % (CASE_B, FORM_SUBJ), TXT(txt, cte='quoted-printable'), pre=o365_in(w, AR_AMZ_O), nl='\r\n')

w = t(2025, 4, 15, 11, 48, 20)
txt = """大森さん

お疲れさまです、中村です。
大森さんの送別会ですが、候補日を 2 つに絞りました。

  A案: 4 月 24 日(木)19:00〜 新宿三丁目の「炉ばた 晴」
  B案: 4 月 25 日(金)19:00〜 同上

ご都合のよいほうを今週中に教えてもらえますか。
主役なので会費はいりません(笑)

中村
"""
add('farewell', L('unrelated'), w, A('中村 健', 'k-nakamura@fujimi-data.co.jp', 'iso-2022-jp'), ME_C_JA,
    '送別会の日程について', TXT(txt, cs='shift_jis', cte='8bit'),
    pre=[('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=fujimi-data.co.jp;')],
    mid=outlook_id('farewell'), scs='iso-2022-jp', extra=[('X-Mailer', 'Becky! ver. 2.81.04')], nl='\r\n')

w = t(2025, 4, 15, 9, 12, 3, UTC)
a_hold = """Hello Takumi,

Thank you for the details in your request.

While reviewing case %s I found that the older certification profile
(t-omori@fujimi-data.co.jp) is linked to an AWS Partner Network
organization, Fujimi Data Systems. Certifications on a partner-linked
profile count toward that partner's standing, so we can't move them to a
personal profile on the employee's request alone while the link is active.
Either the partner's alliance lead removes the association in AWS Partner
Central, or the link ends together with your employment.

I have put the case on hold until one of those happens. It would help to
know where things stand on your side: are you still employed by Fujimi
Data Systems, and if so, what will be your last working day? If your
partner administrator has already been asked to release the profile,
mention that as well.

Kind regards,
Priya S.
AWS Training and Certification
""" % CASE_A
add('a-hold', L('on_hold', True, CASE_A), w, TC_FROM, ME_P, A_RE,
    ALT(TXT(a_hold), HTML(p_html(a_hold, 'font-family:"Amazon Ember",Arial,sans-serif;font-size:14px'), cte='base64')),
    pre=gmail_in(w, AR_AMZ_G), irt='a-ack', refs=['a-ack'], nl='\r\n')

w = t(2025, 4, 15, 9, 40, 27, UTC)
txt = """Hello,

This case (%s) repeats the request you submitted about 40 minutes
earlier, which is being handled as case %s.

To keep everything in one place, we have closed this case and linked it
to the earlier one; all further updates will come on case %s.
No further action is needed on this case.

Regards,
Marco T.
AWS Training and Certification
""" % (CASE_B, CASE_A, CASE_A)
add('b-dup', L('case_update', case=CASE_B), w, TC_FROM, ME_C, 'RE:[CASE %s] %s' % (CASE_B, FORM_SUBJ),
    TXT(txt, cte='7bit'), pre=o365_in(w, AR_AMZ_O), irt='b-ack', refs=['b-ack'], nl='\n')

w = t(2025, 4, 16, 1, 3, 12, UTC)
txt = """Dear Customer,

Your certification account merge is pending an identity check. To confirm
that you own both profiles, sign in within 24 hours:

https://aws-training-verify.com/merge/confirm?ref=174460112300482

You will be asked for your AWS Builder ID e-mail and password. If the
check is not completed, the certifications on both profiles may be
permanently removed.

If you cannot open the link, reply to this e-mail with your candidate ID,
your date of birth and your Builder ID password, and we will complete the
check for you.

AWS Training and Certification
"""
html = p_html(txt).replace('https://aws-training-verify.com/merge/confirm?ref=174460112300482',
                           '<a href="https://aws-training-verify.com/merge/confirm?ref=174460112300482">Confirm ownership</a>')
add('phish-dmarc', L('suspicious'), w, TC_FROM, ME_P,
    'RE:[CASE 174460112300482] Account merge pending - identity check required',
    ALT(TXT(txt, cte='quoted-printable'), HTML(html)),
    pre=gmail_in(w, 'mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=rtbvfqk5c header.b=Qm9ndXM=;\n'
                    '       spf=fail (google.com: domain of support@mailer-svc-verify.xyz does not designate 91.214.64.37 as permitted sender) smtp.mailfrom=support@mailer-svc-verify.xyz;\n'
                    '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com',
                 ip='91.214.64.37', helo='vps-4471.mailer-svc-verify.xyz'),
    mid=plain_id('phish-dmarc', 'mailer-svc-verify.xyz'), nl='\r\n')

w = t(2025, 4, 16, 8, 25, 44)
txt = """Hi Priya,

Thanks for looking into this so quickly.

Yes, I'm still with Fujimi Data Systems. My last working day is April 30,
and my company mailbox will be shut down that evening. Yesterday I asked
our partner alliance lead, Ms. Kondo, to remove the association in Partner
Central, and she said she would do it this week.

Best regards,
Takumi

On Tue, Apr 15, 2025 at 6:12 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(a_hold))
add('a-reply1', L('user_reply', case=CASE_A), w, ME_P_EN, TC_FROM, A_RE,
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt), cte='quoted-printable'), style='gmail'),
    mid=gmail_id('a-reply1'), irt='a-hold', refs=['a-ack', 'a-hold'], nl='\r\n')

w = t(2025, 4, 17, 3, 55, 9, UTC)
txt = """Hello Takumi,

Thank you for confirming. I've noted April 30 as your last day and have
contacted the alliance team for Fujimi Data Systems.

The case stays on hold until the association is removed on the partner
side; this usually takes three to five business days. There's nothing you
need to do in the meantime - I'll update you here as soon as the partner
has acted.

Kind regards,
Priya S.
AWS Training and Certification
"""
add('a-hold2', L('on_hold', case=CASE_A), w, TC_FROM, ME_P, A_RE, TXT(txt, cte='7bit'),
    pre=gmail_in(w, AR_AMZ_G), irt='a-reply1', refs=['a-ack', 'a-hold', 'a-reply1'], nl='\n')

w = t(2025, 4, 18, 1, 37, 58, UTC)
txt = """Hi Takumi,

Quick update on case %s: the partner association on your older
certification profile was removed this morning, so the hold has been
lifted. I'm now getting the merge ready, and a colleague will contact you
shortly with the account details to look over.

Regards,
Marco T.
AWS Training and Certification
""" % CASE_A
add('a-lift', L('case_update', case=CASE_A), w, TC_FROM, ME_P, A_RE2,
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))), pre=gmail_in(w, AR_AMZ_G),
    irt='a-hold2', refs=['a-ack', 'a-hold', 'a-reply1', 'a-hold2'], nl='\r\n')

w = t(2025, 4, 18, 2, 0, 0, UTC)
html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan 2025</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;padding:24px;color:#ffffff;font-size:24px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.7">
<p>大森 拓海 様</p>
<p>6 月 25 日・26 日に幕張メッセで開催する AWS Summit Japan 2025 の参加登録を受け付けています。
150 を超えるセッション、ハンズオン、認定資格保有者向けラウンジをご用意しました。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2025_0418" style="background:#ff9900;color:#16191f;padding:12px 28px;text-decoration:none;font-weight:bold">今すぐ登録する</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">このメールは送信専用アドレスから配信しています。
配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から設定を変更してください。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table></td></tr></table></body></html>
"""
add('mkt-summit', L('unrelated'), w, A('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
    '【AWS Summit Japan 2025】参加登録受付中 ― 認定者ラウンジのご案内', HTML(html),
    pre=gmail_in(w, ar_gmail('amazon.com', 'amazon.com', 'bounce@mail.amazon.com', ip='199.15.213.12'),
                 ip='199.15.213.12', helo='mta-sj1.mail.awscloud.com'),
    mid=plain_id('mkt-summit', 'mail.awscloud.com'), extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>')],
    nl='\r\n')

w = t(2025, 4, 21, 0, 14, 22, UTC)
acct = [('Account #1', 'AWS04620917', ME_P), ('Account #2', 'AWS01748263', ME_C)]
blocks = '\n\n'.join('%s\n  Candidate ID: %s\n  Login email: %s\n  Training notification email: %s\n'
                     '  Certification notification email: %s' % (n, c, e, e, e) for n, c, e in acct)
a_conf = """Hello Takumi,

I'm picking up case %s now that the partner hold has been lifted. I
found these two profiles:

%s

Before I run the merge I need your go-ahead. Do both profiles belong to
you, and is Account #1 the one you want to keep? Once merged, Account #2
can't be restored.

Thanks,
Kenji
AWS Training and Certification
""" % (CASE_A, blocks)
rows = ''.join('<tr><th colspan="2" style="text-align:left;background:#eaeded;padding:6px">%s</th></tr>'
               '<tr><td style="padding:4px 8px">Candidate ID</td><td style="padding:4px 8px">%s</td></tr>'
               '<tr><td style="padding:4px 8px">Login email</td><td style="padding:4px 8px">%s</td></tr>'
               '<tr><td style="padding:4px 8px">Training notification email</td><td style="padding:4px 8px">%s</td></tr>'
               '<tr><td style="padding:4px 8px">Certification notification email</td><td style="padding:4px 8px">%s</td></tr>\n'
               % (n, c, e, e, e) for n, c, e in acct)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Takumi,</p>
<p>I'm picking up case %s now that the partner hold has been lifted. I found these two profiles:</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
%s</table>
<p>Before I run the merge I need your go-ahead. Do both profiles belong to you, and is <b>Account #1</b> the one
you want to keep? Once merged, Account #2 can't be restored.</p>
<p>Thanks,<br>Kenji<br>AWS Training and Certification</p>
</body></html>
""" % (CASE_A, rows)
add('a-conf', L('confirmation_request', True, CASE_A, ['AWS04620917', 'AWS01748263']), w, TC_FROM, ME_P, A_RE,
    ALT(TXT(a_conf, cte='quoted-printable'), HTML(html)), cc=ME_C,
    pre=gmail_in(w, AR_AMZ_G), irt='a-lift', refs=['a-ack', 'a-hold', 'a-reply1', 'a-lift'], nl='\r\n')

w = t(2025, 4, 22, 6, 31, 50, UTC)
txt = """##- Please type your reply above this line -##

Your request (58102) has been solved.

Hi Takumi,

We're glad the SSO login loop on your team workspace is fixed after the
connector update. I've marked this request as solved.

If the problem comes back or you have anything to add, simply reply to
this e-mail and the request will reopen. Otherwise it will close
automatically in 4 days.

Mei Lin
Tessera Cloud Support

This email is a service from Tessera Cloud Support.
[7GQ4RX-KV2E1]
"""
add('vendor-solved', L('unrelated'), w, A('Mei Lin (Tessera Cloud Support)', 'support@tesseracloud.io'), ME_C,
    '[Tessera Cloud] Re: SSO login loops back to sign-in page', ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=o365_in(w, ar_o365('tesseracloud.io', 'tesseracloud.io', 'tesseracloud.io', ip='192.161.147.1'),
                ip='192.161.147.1', helo='outbyoip1.pod18.use1.zdsys.com'),
    mid='<7GQ4RX-KV2E1_68072bfe5a1c0_5c2e3fd8a4b1c8_sprut@zendesk.com>', nl='\n')

w = t(2025, 4, 24, 8, 2, 11, UTC)
a_close = """Hello,

We're still waiting for your response on case %s.

If we don't hear back within 72 hours, we'll close this case. A reply to
this e-mail will keep it open.

Thank you,
AWS Training and Certification
""" % CASE_A
add('a-close', L('closing_notice', True, CASE_A), w, TC_FROM, ME_P, A_RE, TXT(a_close, cte='7bit'),
    cc=ME_C, pre=gmail_in(w, AR_AMZ_G), irt='a-conf', refs=['a-ack', 'a-conf'], nl='\n')

w = t(2025, 4, 24, 17, 40, 36)
txt = """Confirmed. Both accounts are mine - please merge into Account #1.

Takumi

Get Outlook for iOS<https://aka.ms/o0ukef>
%s
%s

%s
%s""" % (ol_hdr_en('AWS Training and Certification <%s>' % TC, t(2025, 4, 24, 8, 2, 11, UTC),
                   'takumi.omori.jp@gmail.com <%s>' % ME_P, A_RE), a_close,
         ol_hdr_en('AWS Training and Certification <%s>' % TC, t(2025, 4, 21, 0, 14, 22, UTC),
                   'takumi.omori.jp@gmail.com <%s>' % ME_P, A_RE), a_conf)
add('a-reply-co', L('user_reply', case=CASE_A), w, A('Omori Takumi', ME_C), TC_FROM, A_RE,
    ALT(TXT(txt), HTML(p_html(txt, 'font-family:Aptos,sans-serif;font-size:12pt'), cte='base64'), style='outlook'),
    mid=outlook_id('a-reply-co'), irt='a-close', refs=['a-ack', 'a-conf', 'a-close'],
    extra=outlook_extra(A_RE, 'en-US'), nl='\r\n')

w = t(2025, 4, 24, 10, 31, 7, UTC)
a_wrong = """Hi Takumi,

Thanks for the quick answer on case %s.

Your confirmation came from t-omori@fujimi-data.co.jp, which is the login
of the profile that is going to be retired. For security reasons the
go-ahead has to come from the mailbox of the profile you are keeping, so
I can't act on this one.

Could you send the same confirmation from takumi.omori.jp@gmail.com? As
soon as it arrives I'll run the merge.

Best,
Aisling
AWS Training and Certification
""" % CASE_A
add('a-wrong', L('info_request', True, CASE_A), w, TC_FROM, ME_P, A_RE,
    ALT(TXT(a_wrong, cte='quoted-printable'), HTML(p_html(a_wrong))), cc=ME_C,
    pre=gmail_in(w, AR_AMZ_G), irt='a-reply-co', refs=['a-ack', 'a-conf', 'a-close', 'a-reply-co'], nl='\r\n')

w = t(2025, 4, 25, 7, 55, 2)
txt = """Hi Aisling,

Sending this from my personal address as requested: I confirm that
Account #1 (AWS04620917) and Account #2 are both mine, and I'd like
Account #2 merged into Account #1.

Thanks,
Takumi

On Thu, Apr 24, 2025 at 7:31 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(a_wrong))
add('a-reply-p', L('user_reply', case=CASE_A, cands=['AWS04620917']), w, ME_P_EN, TC_FROM, A_RE,
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt), cte='quoted-printable'), style='gmail'),
    mid=gmail_id('a-reply-p'), irt='a-wrong', refs=['a-ack', 'a-conf', 'a-reply-co', 'a-wrong'], nl='\r\n')

w = t(2025, 4, 25, 2, 9, 48, UTC)
txt = """Hello Takumi,

Thank you for confirming from your personal address.

I have successfully merged your accounts. The exam history, certifications
and benefits that were on Account #2 are now on Account #1 (AWS04620917),
and Account #2 has been closed. Sign in with the AWS Builder ID for
takumi.omori.jp@gmail.com to see everything in one place. Credly badges are
re-issued to the merged profile automatically, normally within a day.

We are marking this case as resolved.

Best regards,
Daniel R.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: 21/04/2025 00:14 UTC
To: takumi.omori.jp@gmail.com
Cc: t-omori@fujimi-data.co.jp
Subject: %s

%s""" % (TC, A_RE, a_conf)
a_done_txt = txt
add('a-done', L('resolved', case=CASE_A, cands=['AWS04620917']), w, TC_FROM, ME_P, A_RE,
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=gmail_in(w, AR_AMZ_G), irt='a-reply-p', refs=['a-ack', 'a-conf', 'a-wrong', 'a-reply-p'], nl='\r\n')

w = t(2025, 4, 25, 12, 30, 14)
old_case = """From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, September 8, 2021 3:12 AM
To: t-omori@fujimi-data.co.jp
Subject: RE:[CASE 8274019365] [AWS Training and Certification Form Submission] - exam-assistance

Hello Takumi,

I'm sorry to hear that your exam appointment was cancelled because of the
test-center closure. We can grant a one-time exception so that your
voucher is not forfeited.

Please reply to this e-mail with the candidate ID shown in your
certification account (we found AWS01748263 under your address - let us
know if that is the right one) and the exam you would like to reschedule.

Regards,
Yuki H.
AWS Training and Certification
"""
txt = """自分用の控え。会社のメールボックスが 30 日で止まるので、2021 年の試験
振替の件を個人アドレスに転送しておく。対応済みの古いケース。

-----Original Message-----
%s""" % old_case
add('fwd-old', L('user_reply', case=CASE_OLD), w, A('Omori Takumi', ME_C), ME_P_EN,
    'FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-assistance' % CASE_OLD,
    TXT(txt), mid=outlook_id('fwd-old'), extra=outlook_extra('RE:[CASE %s] exam-assistance' % CASE_OLD), nl='\r\n')

w = t(2025, 4, 25, 10, 2, 55, UTC)
ct, ch = credly_mail('Takumi', ['AWS Certified Solutions Architect - Associate', 'AWS Certified Developer - Associate',
                                'AWS Certified SysOps Administrator - Associate'],
                     ['0d4e9b21-6a3f-4c55-b8e0-71f2c9a6d384', 'e85a1f07-3c9d-4b2e-a6f1-5d0b8c27e913',
                      '9c2b6e44-f0a1-4d7c-8b35-2e61a9d0f7c8'])
add('badge-merged', L('badge'), w, CREDLY, ME_P, 'You have 3 new badges from Amazon Web Services Training and Certification',
    ALT(TXT(ct, cte='quoted-printable'), HTML(ch)),
    pre=gmail_in(w, AR_CR_G, ip='167.89.100.52', helo='o1.em.credly.com'),
    mid=plain_id('badge-merged', 'geopod-ismtpd-2.sendgrid.net'), nl='\n')

w = t(2025, 4, 26, 23, 0, 9, UTC)
txt = """Hello Takumi,

Your recent case with AWS Training and Certification (%s) has been
resolved. We'd like to know how it went.

How satisfied are you with the support you received?
  Very dissatisfied  https://survey.aws.training/s/7Hk2P?c=%s&r=1
  Dissatisfied       https://survey.aws.training/s/7Hk2P?c=%s&r=2
  Neutral            https://survey.aws.training/s/7Hk2P?c=%s&r=3
  Satisfied          https://survey.aws.training/s/7Hk2P?c=%s&r=4
  Very satisfied     https://survey.aws.training/s/7Hk2P?c=%s&r=5

The survey takes less than a minute and is entirely optional. Please
don't reply to this e-mail; replies are not read.

AWS Training and Certification
""" % ((CASE_A,) * 6)
add('a-survey', L('survey', case=CASE_A), w, TC_FROM, ME_P, 'How did we do? Your feedback on case %s' % CASE_A,
    ALT(TXT(txt, cte='7bit'), HTML(p_html(txt))), pre=gmail_in(w, AR_AMZ_G), nl='\r\n')

w = t(2025, 4, 28, 9, 14, 3)
txt = """お疲れさまです。近藤です。

4 月 28 日(月)から 5 月 6 日(火)まで休暇のため不在にしております。
この間はメールを確認できませんので、お急ぎの場合はパートナー推進室の
山口(yamaguchi@fujimi-data.co.jp)までご連絡ください。

5 月 7 日以降、順次返信いたします。
"""
add('ooo', L('unrelated'), w, A('近藤 彩', 'a-kondo@fujimi-data.co.jp', 'iso-2022-jp'), ME_C_JA,
    '自動応答: 引き継ぎ資料のご確認のお願い', TXT(txt, cs='iso-2022-jp', cte='7bit'),
    pre=[('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=fujimi-data.co.jp;')],
    mid=outlook_id('ooo'), scs='iso-2022-jp',
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] + outlook_extra('引き継ぎ資料のご確認のお願い'),
    nl='\r\n')

w = t(2025, 5, 2, 21, 0, 0, UTC)
html = """<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="font-size:22px">Cloud Weekly #212</h1>
<p>Hi there,</p>
<p>This week: a careful look at the new storage-class pricing, three ways to keep CI runners cheap, and a
reader question about moving professional certifications between employers.</p>
<h2 style="font-size:17px">1. Storage classes, revisited</h2>
<p>The pricing page changed again. We compared the break-even points for infrequent access...</p>
<h2 style="font-size:17px">2. Cheaper CI runners</h2>
<p>Spot capacity plus a warm pool gets most teams a 40%% saving...</p>
<h2 style="font-size:17px">3. Reader mailbag</h2>
<p>"My certifications are tied to my employer's address. What happens when I leave?" Short answer: ask the
certification provider to merge the profiles before your last day, and reply promptly when they ask you to
confirm.</p>
<p style="font-size:12px;color:#888">You are receiving this because you subscribed at cloudweekly.dev.
<a href="https://cloudweekly.dev/unsubscribe?u=5521">Unsubscribe</a></p>
</body></html>
""".replace('%%', '%')
add('newsletter', L('unrelated'), w, A('Cloud Weekly', 'hello@cloudweekly.dev'), ME_P, 'Cloud Weekly #212: storage classes, CI runners, your certs',
    HTML(html), pre=gmail_in(w, ar_gmail('cloudweekly.dev', 'cloudweekly.dev', 'bounce@mg.cloudweekly.dev', ip='159.135.228.10',
                                         pol='p=NONE sp=NONE dis=NONE'), ip='159.135.228.10', helo='m228-10.mailgun.net'),
    mid=plain_id('newsletter', 'mg.cloudweekly.dev'), extra=[('List-Unsubscribe', '<https://cloudweekly.dev/unsubscribe?u=5521>')],
    nl='\n')

w = t(2025, 5, 8, 21, 12, 40)
txt = """Hi Daniel,

Everything looks right after the merge except one thing: the 50%% exam
discount voucher I had on Account #2 isn't on the Benefits page of the
merged account. It was unused. Could you check?

Thanks,
Takumi

On Fri, Apr 25, 2025 at 11:09 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(a_done_txt))
add('a-reopen-ask', L('user_reply', case=CASE_A), w, ME_P_EN, TC_FROM, A_RE,
    ALT(TXT(txt, cte='base64'), HTML(p_html(txt), cte='quoted-printable'), style='gmail'),
    mid=gmail_id('a-reopen-ask'), irt='a-done', refs=['a-ack', 'a-conf', 'a-reply-p', 'a-done'], nl='\r\n')

w = t(2025, 5, 9, 5, 20, 33, UTC)
txt = """Hello Takumi,

I've reopened case %s and passed your question about the exam
discount to our benefits team, who manage vouchers. They will reply on
this same case, so there's no need to open a new one.

Kind regards,
Fatima A.
AWS Training and Certification
""" % CASE_A
add('a-reopen', L('case_update', case=CASE_A), w, TC_FROM, ME_P, A_RE, TXT(txt, cte='quoted-printable'),
    pre=gmail_in(w, AR_AMZ_G), irt='a-reopen-ask', refs=['a-ack', 'a-done', 'a-reopen-ask'], nl='\r\n')

w = t(2025, 5, 10, 14, 45, 2, UTC)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600"><tr><td style="background:#232f3e;padding:12px;color:#ff9900;font-weight:bold">AWS Certification</td></tr>
<tr><td style="padding:16px">
<p>Dear Certified Professional,</p>
<p><b>Final notice:</b> your recently merged certification account failed our post-merge security check and will be
<b>suspended within 24 hours</b>. Suspended accounts lose all certifications and benefits.</p>
<p>To prevent suspension, reply to this message with your AWS Builder ID password and candidate ID, or verify
online:</p>
<p><a href="https://amazon-certsupport.com/verify/merge">Verify my certification account</a></p>
<p>AWS Certification Support Team</p>
</td></tr></table></body></html>
"""
add('phish-look', L('suspicious'), w, A('AWS Certification Support', 'support@amazon-certsupport.com'), ME_P,
    'URGENT: verify your merged certification account within 24 hours', HTML(html),
    pre=gmail_in(w, ar_gmail('amazon-certsupport.com', 'amazon-certsupport.com', 'support@amazon-certsupport.com',
                             ip='45.137.21.90', pol='p=NONE sp=NONE dis=NONE'), ip='45.137.21.90',
                 helo='mail.amazon-certsupport.com'),
    mid=plain_id('phish-look', 'amazon-certsupport.com'), nl='\r\n')

w = t(2025, 5, 12, 1, 6, 18, UTC)
a_ben = """Hello Takumi,

I'm with the benefits team and have taken over the voucher question on case
%s.

After a merge, unused discount vouchers are carried over only when they were
generated before the merge date. In your merged record I can see two
discount entries that came from the old profile: one generated in November
2023 and redeemed in May 2024, and one generated in June 2024 whose status
shows "expired" even though its end date is still in the future. That
second one looks like a side effect of the merge.

To restore the correct voucher I have to be certain where it came from. Is
the one you are missing the voucher you received after passing Developer -
Associate in June 2024? And had you started using it for an exam
registration that was later cancelled?

Regards,
Tomasz W.
AWS Training and Certification - Benefits
""" % CASE_A
add('a-ben', L('info_request', True, CASE_A), w, TC_FROM, ME_P, A_RE,
    ALT(TXT(a_ben, cte='base64'), HTML(p_html(a_ben), cte='base64')),
    pre=gmail_in(w, AR_AMZ_G), irt='a-reopen', refs=['a-ack', 'a-done', 'a-reopen-ask', 'a-reopen'], nl='\r\n')

w = t(2025, 5, 12, 20, 3, 55)
txt = """Hi Tomasz,

Yes, it's the one I got after passing Developer - Associate in June 2024.
I never used it, and no registration with it was cancelled.

Thanks,
Takumi

On Mon, May 12, 2025 at 10:06 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(a_ben))
add('a-ben-reply', L('user_reply', case=CASE_A), w, ME_P_EN, TC_FROM, A_RE,
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt), cte='quoted-printable'), style='gmail'),
    mid=gmail_id('a-ben-reply'), irt='a-ben', refs=['a-ack', 'a-done', 'a-reopen', 'a-ben'], nl='\r\n')

w = t(2025, 5, 14, 4, 48, 0, UTC)
txt = """Hello Takumi,

Thanks for clarifying. The benefits team has reissued your 50% exam
discount on Account #1; you will find it under Benefits in your
certification account, valid until June 18, 2026.

With that, everything on this case is complete and we are resolving it
again. If something else comes up, just reply to this e-mail and it will
reach us.

Kind regards,
Priya S.
AWS Training and Certification

> Yes, it's the one I got after passing Developer - Associate in June 2024.
> I never used it, and no registration with it was cancelled.
"""
add('a-done2', L('resolved', case=CASE_A), w, TC_FROM, ME_P, A_RE2,
    ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=gmail_in(w, AR_AMZ_G), irt='a-ben-reply', refs=['a-ack', 'a-done', 'a-ben', 'a-ben-reply'], nl='\r\n')

w = t(2025, 5, 15, 9, 30, 12, UTC)
txt = """Hello Takumi Omori,

Congratulations on recertifying your AWS Certified SysOps Administrator -
Associate certification. Your new certification is valid through May 13,
2028.

AWS Candidate ID: AWS04620917
Validation number: Q8L2WN5C1JE4K7ZS

Your updated certificate is available in your AWS Certification account,
and Credly will refresh the badge automatically.

Thank you for keeping your skills current.

AWS Certification
"""
add('cert-recert', L('certification', cands=['AWS04620917']), w, CERTMETRICS, ME_P,
    'Congratulations on recertifying your AWS Certification!', ALT(TXT(txt, cte='quoted-printable'), HTML(p_html(txt))),
    pre=gmail_in(w, AR_CM_G, ip='198.21.6.114', helo='o6.email.certmetrics.com'),
    mid=plain_id('cert-recert', 'certmetrics.com'), nl='\r\n')

w = t(2025, 5, 16, 23, 30, 40, UTC)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Takumi,</p>
<p>Case %s was resolved on May 14. Would you take a moment to rate the support you received?</p>
<p><a href="https://survey.aws.training/s/7Hk2P?c=%s&amp;src=reopen">Rate your experience</a></p>
<p style="font-size:12px;color:#687078">Your answers are anonymous and help us improve. This message was sent from an
address that does not accept replies.</p>
<p>AWS Training and Certification</p>
</body></html>
""" % (CASE_A, CASE_A)
add('a-survey2', L('survey', case=CASE_A), w, TC_FROM, ME_P, 'Tell us about your support experience',
    HTML(html, cte='7bit'), pre=gmail_in(w, AR_AMZ_G), nl='\n')

w = t(2025, 5, 19, 10, 2, 33)
txt = """大森さん

星空ラボ 情報システム担当の吉田です。入社おめでとうございます!

社用アカウントを発行しました。初回ログイン時にパスワード変更と多要素認証の
設定をお願いします。手順書は添付の社内ポータルにあります。

  メールアドレス: takumi.omori@hoshizora-labs.jp
  初期パスワード: 別途 SMS でお送りしています

設定が終わったら、このメールに一言返信してもらえると助かります。

吉田
"""
add('newjob', L('unrelated'), w, A('吉田 悠', 'y-yoshida@hoshizora-labs.jp'), ME_P,
    '【星空ラボ】社用アカウント発行のお知らせ', ALT(TXT(txt), HTML(p_html(txt), cte='base64'), style='gmail'),
    pre=gmail_in(w, ar_gmail('hoshizora-labs.jp', 'hoshizora-labs.jp', 'y-yoshida@hoshizora-labs.jp', ip='209.85.220.41',
                             pol='p=NONE sp=NONE dis=NONE'), ip='209.85.220.41', helo='mail-sor-f41.google.com'),
    mid=gmail_id('newjob'), nl='\r\n')


# ================================================================ write everything
def main():
    recs = sorted(RECS, key=lambda r: r['when'])
    for old in os.listdir(HERE):
        if old.endswith('-msg.eml') or old.endswith('-msg.json'):
            os.remove(os.path.join(HERE, old))
    counts = collections.Counter()
    replies = 0
    for i, r in enumerate(recs, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(r['data'])
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(r['label'], f, ensure_ascii=False)
            f.write('\n')
        counts[r['label']['kind']] += 1
        replies += r['label']['needs_reply']
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(recs)))
    print('%-22s %d' % ('needs_reply', replies))


if __name__ == '__main__':
    main()
