#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) next to this script."""
import os, json, base64, quopri, hashlib, datetime, collections
import email.utils, email.header

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = 'kenta.morishita.k@gmail.com'
ME_C = 'k-morishita@nishikaze-sys.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
CON = 'no-reply-aws@amazon.com'
CA, CB, CC, CD, CE = '174124318205117', '174140237708841', '174296650203394', '17440128352', '174477091906621'

def tz(h): return datetime.timezone(datetime.timedelta(hours=h))
UTC, JST, PDT = tz(0), tz(9), tz(-7)
def D(mo, d, h, mi, z=UTC, s=0): return datetime.datetime(2025, mo, d, h, mi, s, tzinfo=z)

def mid(tag, dom):
    h = hashlib.sha1(tag.encode()).hexdigest()
    if dom == 'ses':
        return '<01000195%s-%s-%s-000000@email.amazonses.com>' % (h[:8], h[8:12] + '-' + h[12:16] + '-' + h[16:20], h[20:32])
    if dom == 'gmail':
        return '<CAG%s%s@mail.gmail.com>' % (base64.b32encode(bytes.fromhex(h[:20])).decode().rstrip('='), h[20:26])
    if dom == 'outlook':
        return '<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>' % (h[:4].upper(), h[4:20].upper(), h[4:8].upper())
    return '<%s.%s@%s>' % (h[:16], h[16:24], dom)

def eh(v, cs='utf-8'):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return email.header.Header(v, cs, maxlinelen=74).encode()

def A(name, addr, cs='utf-8'):
    if not name: return addr
    try:
        name.encode('ascii'); return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        return '%s <%s>' % (eh(name, cs), addr)

class P:
    def __init__(s, text, ctype='text/plain', cs='utf-8', cte='8bit', extra=()):
        s.text, s.ctype, s.cs, s.cte, s.extra = text, ctype, cs, cte, list(extra)
class MP:
    def __init__(s, sub, parts, extra_ct=''):
        s.sub, s.parts, s.extra_ct = sub, parts, extra_ct

_bn = [0]
def render(p, nl):
    if isinstance(p, MP):
        _bn[0] += 1
        b = '----=_Part_%d_%s' % (_bn[0] * 7919, hashlib.md5(str(_bn[0]).encode()).hexdigest()[:12])
        hs = ['Content-Type: multipart/%s;%s boundary="%s"' % (p.sub, p.extra_ct, b)]
        out = ('This is a multi-part message in MIME format.' + nl + nl).encode()
        for sp in p.parts:
            h, body = render(sp, nl)
            out += ('--' + b + nl).encode() + nl.join(h).encode() + (nl + nl).encode() + body
            if not body.endswith(nl.encode()): out += nl.encode()
        out += ('--' + b + '--' + nl).encode()
        return hs, out
    hs = ['Content-Type: %s; charset="%s"' % (p.ctype, p.cs)] if p.cs else ['Content-Type: %s' % p.ctype]
    hs.append('Content-Transfer-Encoding: %s' % p.cte)
    hs += p.extra
    t = p.text if p.text.endswith('\n') else p.text + '\n'
    if p.cte == 'base64':
        raw = t.replace('\n', '\r\n').encode(p.cs) if p.cs else t.encode()
        body = base64.encodebytes(raw).decode().replace('\n', nl).encode()
    elif p.cte == 'quoted-printable':
        body = quopri.encodestring(t.encode(p.cs)).replace(b'\n', nl.encode())
    else:
        body = t.replace('\n', nl).encode(p.cs or 'ascii')
    return hs, body

MSGS = []
def add(kind, reply, case, cids, dt, frm, to, subj, body, msgid, irt=None, refs=None, cc=None,
        auth=None, extra=(), nl='\n', scs='utf-8', pre=()):
    h = list(pre)
    if auth: h.append('Authentication-Results: ' + auth)
    h += ['From: ' + frm, 'To: ' + to]
    if cc: h.append('Cc: ' + cc)
    h += ['Subject: ' + eh(subj, scs), 'Date: ' + email.utils.format_datetime(dt), 'Message-ID: ' + msgid]
    if irt: h.append('In-Reply-To: ' + irt)
    if refs: h.append('References: ' + ' '.join(refs))
    h += list(extra)
    h.append('MIME-Version: 1.0')
    ph, pb = render(body, nl)
    h += ph
    raw = nl.join(x.replace('\n', nl) for x in h).encode() + (nl + nl).encode() + pb
    MSGS.append((raw, {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cids)}))

def q(text, pre='> '):
    return '\n'.join((pre + l) if l.strip() else pre.rstrip() for l in text.rstrip('\n').split('\n'))

def g_auth(dom, dkim='pass', spf='pass', dmarc='pass', mailfrom=None, ip='54.240.48.92', pol='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    mf = mailfrom or dom
    return ('mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s (google.com: domain of bounces@%s %s %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s (%s) header.from=%s') % (
        dkim, dom, 'szqgv33erturdv5cvz4vtb4qu7bb5iuo' if 'amazon' in dom else 's1', hashlib.md5((dom + ip).encode()).hexdigest()[:8],
        spf, mf, 'designates' if spf == 'pass' else 'does not designate', ip, mf, dmarc, pol, dom)

def ms_auth(dom, dkim='pass', spf='pass', dmarc='pass', ip='54.240.8.33'):
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100') % (
        spf, ip, dom, dkim, dom, dmarc, dom, 'pass' if dmarc == 'pass' else 'fail')

def dp(addr): return 'Delivered-To: ' + addr

SIG_JP = '森下 健太\nkenta.morishita.k@gmail.com'
TCSUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
SA = '[CASE %s] %s' % (CA, TCSUBJ)

# ---------------------------------------------------------------- 001-010
add('unrelated', False, None, [], D(3, 3, 2, 14), A('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_P,
    'Amazon Web Services Billing Statement Available [AWS ID 381947205163]',
    P('''Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5163, is available on the AWS web site. Your account will be charged the following:

Total: USD 4.87

You can see a complete breakdown of all charges on the Bills page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
'''), mid('m1', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('certification', False, None, [], D(3, 4, 17, 3), A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'AWS Certification wants to hear from you',
    MP('alternative', [
        P('''Hello Kenta,

As an AWS Certified professional, your view helps shape what we build next. We are running a short study on how certified individuals use their credentials at work, and we would love to include you.

The questionnaire takes about 10 minutes. Taking part is entirely optional and does not affect your certification status.

Start the questionnaire: https://aws.certmetrics.com/amazon/survey/start?src=email

Thank you,
AWS Certification
''', cte='quoted-printable'),
        P('''<html><body style="font-family:Arial,sans-serif"><p>Hello Kenta,</p>
<p>As an AWS Certified professional, your view helps shape what we build next. We are running a short study on how certified individuals use their credentials at work, and we would love to include you.</p>
<p>The questionnaire takes about 10 minutes. Taking part is entirely optional and does not affect your certification status.</p>
<p><a href="https://aws.certmetrics.com/amazon/survey/start?src=email" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">Start the questionnaire</a></p>
<p>Thank you,<br>AWS Certification</p></body></html>''', 'text/html', cte='quoted-printable')]),
    mid('m2', 'certmetrics.com'), auth=ms_auth('certmetrics.com', ip='198.2.180.41'))

add('unrelated', False, None, [], D(3, 5, 10, 22, JST), A('山本 浩二', 'k-yamamoto@nishikaze-sys.co.jp'), A('森下 健太', ME_C),
    'RE: 引き継ぎ資料の件',
    P('''森下さん

お疲れさまです。山本です。
引き継ぎ資料、ざっと目を通しました。運用手順のところはわかりやすくて助かります。

一点だけ気になったのですが、AWS認定のアカウントって会社のアドレスで作ってましたよね？
辞めたあとも資格は使うと思うので、今のうちに個人のほうへ移しておいたほうがいいと思います。
パートナーセントラルの資格者数の件もあるので、移したら一声かけてもらえますか。

あと、来週の送別会は 3/27（木）19時からで押さえました。

山本

-----Original Message-----
From: 森下 健太 <k-morishita@nishikaze-sys.co.jp>
Sent: Wednesday, March 5, 2025 9:40 AM
To: 山本 浩二 <k-yamamoto@nishikaze-sys.co.jp>
Subject: 引き継ぎ資料の件

山本さん

引き継ぎ資料の初版を共有フォルダに置きました。
お手すきのときにご確認ください。

森下
''', cte='base64'), mid('m3', 'outlook'), irt=mid('m3p', 'outlook'), refs=[mid('m3p', 'outlook')],
    extra=['Thread-Topic: ' + eh('引き継ぎ資料の件'),
           'Thread-Index: AdtNlq3pZ0wPq2v1Tq6bY7h0nV9x3AAE1c2w', 'Content-Language: ja-JP', 'X-MS-Has-Attach: '],
    auth=ms_auth('nishikaze-sys.co.jp', ip='40.107.74.58'))

add('unrelated', False, None, [], D(3, 6, 6, 12), A('AWS', 'no-reply@signin.aws'), ME_P,
    'Verify your AWS Builder ID email address',
    MP('alternative', [
        P('''Hello,

To finish creating your AWS Builder ID, enter this verification code:

    604218

The code expires 10 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
''', cs='us-ascii', cte='7bit'),
        P('''<html><body><h2>Verify your email address</h2><p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">604218</p>
<p>The code expires 10 minutes after it was sent.</p><p>If you did not try to create an AWS Builder ID, you can ignore this email.</p></body></html>''', 'text/html', cs='us-ascii', cte='7bit')]),
    mid('m4', 'ses'), auth=g_auth('signin.aws', ip='54.240.27.12'), pre=[dp(ME_P)])

add('user_reply', False, None, ['AWS04471925', 'AWS11820374'], D(3, 6, 15, 20, JST), A('Kenta Morishita', ME_P), ME_P,
    'メモ：認定アカウント統合',
    P('''自分用メモ。

会社の認定アカウント（k-morishita@nishikaze-sys.co.jp）
  候補ID AWS04471925
  SAA (2024/11/14 合格)、DVA (2022/06) 、特典：50%割引 1 件
個人の認定アカウント（今日 Builder ID で作成）
  候補ID AWS11820374
  履歴なし

フォームは個人アドレスから出す。統合先は個人。
最終出社 3/31 なので、それまでに終わらせたい。
証明書PDFはDriveの「資格」フォルダに保存済み。
'''), mid('m5', 'gmail'), extra=['X-Gmail-Labels: Sent,Note'])

ACK_A = '''森下 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ご入力いただいた内容で、ケース 174124318205117 を登録いたしました。

■ ご依頼内容
  ケース ID　　　: 174124318205117
  お問い合わせ種別: AWS トレーニングと認定 / 認定
  詳細　　　　　　: アカウントの統合
  ご連絡先　　　　: kenta.morishita.k@gmail.com

担当者からのご連絡は、おおむね 1 営業日以内を目安にお送りしております。内容により、確認に数日を要する場合もございますので、あらかじめご了承ください。

同一の内容で改めてフォームを送信されますと、ケースが重複し、かえってご回答が遅れる場合がございます。追加でお伝えいただく事項は、本メールへの返信としてお送りください。

本メールは受付完了をお知らせする自動送信メールです。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
'''
add('acknowledgement', False, CA, [], D(3, 6, 6, 41, UTC, 9), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
    '[CASE %s] AWS トレーニングと認定へのお問い合わせを受け付けました' % CA,
    P(ACK_A, cs='iso-2022-jp', cte='7bit'), mid('A1', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'),
    scs='iso-2022-jp', pre=[dp(ME_P)])

add('unrelated', False, None, [], D(3, 6, 9, 0), A('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P,
    '【AWS Summit Japan 2025】事前登録受付中　基調講演とセッションのご案内',
    P('''<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.7">
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>今年も幕張メッセにて AWS Summit Japan を開催します。生成 AI、モダナイゼーション、セキュリティなど 150 以上のセッションをご用意しました。</p>
<p>事前登録は無料です。ご登録いただいた方には、セッション資料の公開時にご案内をお送りします。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_0306" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ登録する</a></p>
<p>ご不明な点がございましたら、Summit 事務局までお問い合わせください。</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#687078">このメールの配信停止は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</td></tr>
</table></body></html>''', 'text/html', cte='quoted-printable'),
    mid('m7', 'ses'), auth=g_auth('amazon.com', mailfrom='marketo.org', ip='192.28.146.10'),
    extra=['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?mkt_tok=NzQ1>', 'Precedence: bulk'], pre=[dp(ME_P)])

REQ_A = '''森下様

AWS トレーニングと認定サポートの佐藤でございます。
このたびはアカウント統合のご依頼をいただき、誠にありがとうございます。

フォームに記載いただいた 2 つのメールアドレスで照会したところ、該当する認定アカウントが 3 件見つかりました。このうち 2 件は会社のメールアドレスに紐づいており、1 件は AWS パートナー向けのサインインを経由して作成されたもののようです。

統合元と統合先を取り違えることのないよう、恐れ入りますが、次の 2 点をご教示いただけますでしょうか。

(1) 統合元・統合先それぞれの AWS 候補 ID
    （「AWS」に続く 8 桁の番号です。認定アカウントにサインインすると、画面右上に表示されます）
(2) 統合後、サインインや通知の受け取りに使用されたいメールアドレス

ご回答を確認いたしましたら、統合の準備を進めてまいります。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
'''
add('info_request', True, CA, [], D(3, 7, 1, 48), A('AWS Training and Certification', TC), ME_P,
    'RE:' + SA,
    P(REQ_A + '\n\n---------- 元のメッセージ ----------\n差出人: AWS トレーニングと認定 <%s>\n送信日時: 2025/03/06 6:41 (UTC)\n件名: [CASE %s] AWS トレーニングと認定へのお問い合わせを受け付けました\n\n' % (TC, CA) + ACK_A, cte='base64'),
    mid('A2', 'ses'), irt=mid('A1', 'ses'), refs=[mid('A1', 'ses')], auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

USR_A1 = '''佐藤様

ご連絡ありがとうございます。森下です。
ご質問の 2 点について、以下のとおり回答いたします。

(1) AWS 候補 ID
  ・統合元（会社のアドレスで作成したアカウント）：AWS04471925
  ・統合先（個人のアドレスで作成したアカウント）：AWS11820374
  3 件目のアカウントは心当たりがないのですが、以前パートナーセントラルからサインインしたときに作られたものかもしれません。会社アドレスのものでしたら、こちらも一緒に統合していただけると助かります。

(2) 統合後に使用したいメールアドレス
  kenta.morishita.k@gmail.com

なお、2021 年にも認定アカウントの件でお問い合わせしたことがあります（ケース 8253917640）。ご参考までにお伝えします。

どうぞよろしくお願いいたします。

''' + SIG_JP + '\n'
add('user_reply', False, CA, ['AWS04471925', 'AWS11820374'], D(3, 7, 11, 2, JST), A('Kenta Morishita', ME_P), A('AWS Training and Certification', TC),
    'Re: RE:' + SA,
    P(USR_A1 + '\n2025年3月7日(金) 10:48 AWS Training and Certification <%s>:\n' % TC + q(REQ_A) + '\n', cte='quoted-printable'),
    mid('A3', 'gmail'), irt=mid('A2', 'ses'), refs=[mid('A1', 'ses'), mid('A2', 'ses')])

add('unrelated', False, None, [], D(3, 7, 4, 31), A('Ayumi Ota', 'notifications@github.com'), A('kmorishita-dev/terraform-aws-cert-labs', 'terraform-aws-cert-labs@noreply.github.com'),
    'Re: [kmorishita-dev/terraform-aws-cert-labs] Merge account module refactor (PR #41)',
    MP('alternative', [
        P('''Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kmorishita-dev/terraform-aws-cert-labs/pull/41#event-16619030211
You are receiving this because you authored the thread.

Message ID: <kmorishita-dev/terraform-aws-cert-labs/pull/41/issue_event/16619030211@github.com>
''', cte='7bit'),
        P('''<p>Merged <a href="https://github.com/kmorishita-dev/terraform-aws-cert-labs/pull/41" class="issue-link">#41</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kmorishita-dev/terraform-aws-cert-labs/pull/41#event-16619030211">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>''', 'text/html', cte='7bit')]),
    '<kmorishita-dev/terraform-aws-cert-labs/pull/41/issue_event/16619030211@github.com>',
    irt='<kmorishita-dev/terraform-aws-cert-labs/pull/41@github.com>', refs=['<kmorishita-dev/terraform-aws-cert-labs/pull/41@github.com>'],
    auth=g_auth('github.com', ip='192.30.252.201', pol='p=REJECT sp=REJECT dis=NONE'), cc='Kenta Morishita <%s>' % ME_P,
    extra=['List-ID: kmorishita-dev/terraform-aws-cert-labs <terraform-aws-cert-labs.kmorishita-dev.github.com>', 'X-GitHub-Reason: author'], pre=[dp(ME_P)])

ACK_B = '''Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case 174140237708841.

Summary of your request
-----------------------
Inquiry type:      Certification
Additional detail: Account Merge
Contact email:     k-morishita@nishikaze-sys.co.jp
Description:       I am leaving Nishikaze Systems at the end of March. Please merge my certification account into my personal one (kenta.morishita.k@gmail.com). My candidate ID is AWS04471925.

Our team aims to respond within one business day. Some requests need more research and can take longer.

Opening more than one case for the same request slows down our response, so if you need to add something, reply to this message instead of submitting the form again.

Kind regards,
AWS Training and Certification Customer Support
'''
add('acknowledgement', False, CB, ['AWS04471925'], D(3, 8, 2, 6, UTC, 17), A('Amazon Web Services', TC), ME_C,
    '[CASE %s] %s' % (CB, TCSUBJ), P(ACK_B, cs='us-ascii', cte='7bit'), mid('B1', 'ses'),
    auth=ms_auth('amazon.com'), nl='\r\n')

add('user_reply', False, CB, [], D(3, 8, 11, 35, JST), A('森下 健太', ME_C), ME_P,
    'FW: [CASE %s] %s' % (CB, TCSUBJ),
    P('''自分宛て転送。

昨日の夜、会社の PC からフォームを開いたらアドレスが会社のもので自動入力されていて、そのまま送ってしまった。
個人アドレスのケース（174124318205117）と二重になっている。
次に何か来たら、こちらは重複なので閉じてほしいと返す。

森下

________________________________
From: Amazon Web Services <%s>
Sent: Saturday, March 8, 2025 11:06 AM
To: k-morishita@nishikaze-sys.co.jp
Subject: [CASE %s] %s

''' % (TC, CB, TCSUBJ) + ACK_B, cte='quoted-printable'),
    mid('B2', 'outlook'), extra=['Thread-Topic: [CASE %s] %s' % (CB, TCSUBJ), 'Thread-Index: AQHbj9m2c3NlQ2F4ZWxpbmVzYTE=', 'Content-Language: ja-JP', 'X-MS-Exchange-Organization-AuthAs: Internal'])

add('case_update', False, CB, [], D(3, 9, 19, 40), A('Amazon Web Services', TC), ME_C,
    'RE:[CASE %s] %s' % (CB, TCSUBJ),
    P('''Hello Kenta,

While reviewing this request I noticed that the same account merge is already being handled in case 174124318205117, which you opened from your personal address two days earlier.

To keep everything in one place I have linked the two cases and closed this one (174140237708841) as a duplicate. The team working on the original case has the details from both submissions, and will continue to write to the address given there.

There is nothing you need to do for this case.

Best regards,
Daniel R.
AWS Training and Certification Customer Support

> Your request has been logged as case 174140237708841.
''', cs='us-ascii', cte='7bit'),
    mid('B3', 'ses'), irt=mid('B1', 'ses'), refs=[mid('B1', 'ses')], auth=ms_auth('amazon.com'), nl='\r\n')

# ---------------------------------------------------------------- 014-024
def acct_rows(rows):
    out = ''
    for n, le, tn, cn, cid in rows:
        out += ('<tr><td colspan="2" style="background:#eaeded;font-weight:bold;padding:4px 8px">Account #%d</td></tr>'
                '<tr><td style="padding:2px 8px">Login email</td><td style="padding:2px 8px">%s</td></tr>'
                '<tr><td style="padding:2px 8px">Training notification email</td><td style="padding:2px 8px">%s</td></tr>'
                '<tr><td style="padding:2px 8px">Certification notification email</td><td style="padding:2px 8px">%s</td></tr>'
                '<tr><td style="padding:2px 8px">AWS 候補 ID</td><td style="padding:2px 8px">%s</td></tr>\n') % (n, le, tn, cn, cid)
    return out
ROWS_A = [(1, ME_P, ME_P, ME_P, 'AWS11820374'),
          (2, ME_C, ME_C, ME_C, 'AWS04471925'),
          (3, ME_C + '（AWS パートナーサインイン）', ME_C, '（未設定）', 'AWS04983310')]
CONF_A_TXT = '''森下様

お世話になっております。AWS トレーニングと認定サポートの佐藤です。
候補 ID をお知らせいただき、ありがとうございました。

3 件目のアカウントについても確認いたしました。会社のメールアドレスで、AWS パートナー向けのサインインから作成されたアカウントでしたので、今回まとめて統合の対象といたします。

現在、森下様に関連する認定アカウントは以下の 3 件です。

Account #1
  Login email: kenta.morishita.k@gmail.com
  Training notification email: kenta.morishita.k@gmail.com
  Certification notification email: kenta.morishita.k@gmail.com
  AWS 候補 ID: AWS11820374
Account #2
  Login email: k-morishita@nishikaze-sys.co.jp
  Training notification email: k-morishita@nishikaze-sys.co.jp
  Certification notification email: k-morishita@nishikaze-sys.co.jp
  AWS 候補 ID: AWS04471925
Account #3
  Login email: k-morishita@nishikaze-sys.co.jp（AWS パートナーサインイン）
  Training notification email: k-morishita@nishikaze-sys.co.jp
  Certification notification email: （未設定）
  AWS 候補 ID: AWS04983310

統合を行いますと、Account #2 と #3 の試験履歴・認定・特典は Account #1 に集約され、#2 と #3 にはサインインできなくなります。この操作は元に戻すことができません。

つきましては、上記 3 件がいずれも森下様ご本人のアカウントであること、また Account #1 を統合先として残すことでよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。
'''
add('confirmation_request', True, CA, ['AWS11820374', 'AWS04471925', 'AWS04983310'], D(3, 10, 3, 15), A('AWS Training and Certification', TC), ME_P,
    'RE:' + SA,
    P('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Meiryo,'Yu Gothic',sans-serif;font-size:14px;color:#16191f">
<p>森下様</p>
<p>お世話になっております。AWS トレーニングと認定サポートの佐藤です。<br>候補 ID をお知らせいただき、ありがとうございました。</p>
<p>3 件目のアカウントについても確認いたしました。会社のメールアドレスで、AWS パートナー向けのサインインから作成されたアカウントでしたので、今回まとめて統合の対象といたします。</p>
<p>現在、森下様に関連する認定アカウントは以下の 3 件です。</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#aab7b8;font-size:13px">
''' + acct_rows(ROWS_A) + '''</table>
<p>統合を行いますと、Account #2 と #3 の試験履歴・認定・特典は Account #1 に集約され、#2 と #3 にはサインインできなくなります。<b>この操作は元に戻すことができません。</b></p>
<p>つきましては、上記 3 件がいずれも森下様ご本人のアカウントであること、また <b>Account #1 を統合先として残す</b>ことでよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。</p>
<p>ご確認のほど、よろしくお願いいたします。</p>
<p>佐藤 美咲<br>AWS トレーニングと認定 カスタマーサポート</p>
<hr>
<div style="color:#545b64">2025年3月7日(金) 11:02 Kenta Morishita &lt;kenta.morishita.k@gmail.com&gt;:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">''' + USR_A1.replace('\n', '<br>\n') + '''</blockquote>
</div></body></html>''', 'text/html', cte='quoted-printable'),
    mid('A4', 'ses'), irt=mid('A3', 'gmail'), refs=[mid('A1', 'ses'), mid('A2', 'ses'), mid('A3', 'gmail')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('unrelated', False, None, [], D(3, 10, 18, 0, JST), A('Zenn', 'noreply@zenn.dev'), ME_P,
    '今週のトレンド記事：AWS 認定アカウントを転職時に引き継ぐ手順 ほか',
    MP('alternative', [
        P('''Zenn 今週のトレンド

1. 転職前にやっておく AWS 認定アカウントの引き継ぎ手順
   https://zenn.dev/articles/aws-cert-account-handover
   「統合を申請して、サポートから確認メールが来たら返信するだけ」

2. Terraform 1.11 の新機能まとめ
   https://zenn.dev/articles/terraform-1-11

3. Rust で書く小さなメールパーサ
   https://zenn.dev/articles/rust-mail-parser

配信設定の変更: https://zenn.dev/settings/email
''', cte='base64'),
        P('''<html><body><h3>Zenn 今週のトレンド</h3><ol>
<li><a href="https://zenn.dev/articles/aws-cert-account-handover">転職前にやっておく AWS 認定アカウントの引き継ぎ手順</a><br><small>「統合を申請して、サポートから確認メールが来たら返信するだけ」</small></li>
<li><a href="https://zenn.dev/articles/terraform-1-11">Terraform 1.11 の新機能まとめ</a></li>
<li><a href="https://zenn.dev/articles/rust-mail-parser">Rust で書く小さなメールパーサ</a></li></ol>
<p><small><a href="https://zenn.dev/settings/email">配信設定の変更</a></small></p></body></html>''', 'text/html', cte='base64')]),
    mid('m15', 'zenn.dev'), auth=g_auth('zenn.dev', ip='149.72.120.3', pol='p=NONE sp=NONE dis=NONE'),
    extra=['List-Unsubscribe: <https://zenn.dev/settings/email>'], pre=[dp(ME_P)])

add('unrelated', False, None, ['AWS11820374'], D(3, 11, 5, 2), A('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
    'Pearson VUE Confirmation of Booking',
    P('''Dear Kenta Morishita,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Registration ID:   318204657
Candidate ID:      AWS11820374
Exam:              SCS-C02: AWS Certified Security - Specialty
Language:          Japanese
Appointment:       Saturday, April 5, 2025 at 1:30 PM Japan Standard Time
Test center:       Pearson Professional Centers-Tokyo Shinjuku
                   Shinjuku Park Tower, Tokyo, 163-1090 Japan

Arrive 30 minutes before your appointment and bring two forms of identification. If you need to reschedule or cancel, do so at least 24 hours before the appointment at https://home.pearsonvue.com/aws.

Sincerely,
Pearson VUE
'''), mid('m16', 'pearson.com'), auth=g_auth('pearson.com', ip='148.163.150.7', pol='p=REJECT sp=REJECT dis=NONE'), pre=[dp(ME_P)])

add('suspicious', False, None, [], D(3, 12, 13, 47), A('AWS Certification Support', 'support@aws-certification-help.com'), ME_P,
    'Urgent: your certification account merge is pending verification',
    MP('alternative', [
        P('''Dear Certified Professional,

We received a request to merge your AWS Certification accounts. For security reasons the merge has been paused until we can verify that you own the accounts.

Please verify your identity within 24 hours by signing in with your AWS Builder ID and password at the link below. If we do not receive your verification, your certifications and exam history will be permanently removed.

Verify now: https://aws-certification-help.com/verify/merge?id=AC-558120

Reply to this message with your candidate ID and date of birth if you cannot open the link.

AWS Certification Support Team
'''),
        P('''<html><body style="font-family:Arial"><img src="https://aws-certification-help.com/img/aws-logo.png" width="90"><p>Dear Certified Professional,</p>
<p>We received a request to merge your AWS Certification accounts. For security reasons the merge has been paused until we can verify that you own the accounts.</p>
<p>Please verify your identity <b>within 24 hours</b> by signing in with your AWS Builder ID and password:</p>
<p><a href="https://aws-certification-help.com/verify/merge?id=AC-558120" style="background:#ff9900;color:#fff;padding:10px">Verify my account</a></p>
<p>Reply to this message with your candidate ID and date of birth if you cannot open the link.</p><p>AWS Certification Support Team</p></body></html>''', 'text/html')]),
    mid('m17', 'aws-certification-help.com'),
    auth=g_auth('aws-certification-help.com', ip='45.141.84.19', pol='p=NONE sp=NONE dis=NONE'), pre=[dp(ME_P)])

CLOSE_A = '''森下様

AWS トレーニングと認定サポートの佐藤です。

3 月 10 日にお送りした、アカウント統合に関するご確認のメールについて、現時点でご返信を確認できておりません。

恐れ入りますが、本日より 3 営業日のうちにご返信をいただけない場合、本ケースはいったんクローズとさせていただきます。
なお、クローズ後であっても、本メールにご返信いただければケースは再開され、引き続き対応いたします。

お手すきの際に、Account #1 を統合先とすること、および一覧のアカウントがご本人様のものであることについて、ご確認の結果をお知らせいただけますと幸いです。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
'''
add('closing_notice', True, CA, [], D(3, 13, 2, 30), A('AWS Training and Certification', TC), ME_P,
    'RE:' + SA,
    P(CLOSE_A + '\n-----Original Message-----\n' + CONF_A_TXT, cs='iso-2022-jp', cte='7bit'),
    mid('A5', 'ses'), irt=mid('A4', 'ses'), refs=[mid('A1', 'ses'), mid('A2', 'ses'), mid('A3', 'gmail'), mid('A4', 'ses')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

USR_A2 = '''佐藤様

ご連絡が遅くなり、申し訳ありません。引き継ぎ作業に追われておりました。

一覧の 3 件は、すべて私のアカウントで間違いありません。
統合先は Account #1（AWS11820374）でお願いします。

Confirmed. Please merge Account #2 and Account #3 into Account #1.

よろしくお願いいたします。

''' + SIG_JP + '\n'
add('user_reply', False, CA, ['AWS11820374'], D(3, 13, 21, 14, JST), A('Kenta Morishita', ME_P), A('AWS Training and Certification', TC),
    'Re: RE:' + SA,
    P(USR_A2 + '\n2025年3月13日(木) 11:30 AWS Training and Certification <%s>:\n' % TC + q(CLOSE_A + '\n-----Original Message-----\n' + CONF_A_TXT) + '\n', cte='base64'),
    mid('A6', 'gmail'), irt=mid('A5', 'ses'), refs=[mid('A1', 'ses'), mid('A2', 'ses'), mid('A3', 'gmail'), mid('A4', 'ses'), mid('A5', 'ses')])

HOLD_A = '''Hi Kenta,

Thank you for confirming the accounts, and for replying in English as well - it helps as I'm picking up this case from my colleague Misaki.

Before starting the merge I ran the usual checks, and they flagged Account #2 and Account #3. Both are associated with an AWS Partner Network organization, Nishikaze Systems Co., Ltd. Certifications held in a partner-linked profile count toward that partner's tier and program requirements, so we can't move them out while the association is still active.

I've referred this to our partner operations team. They will contact the partner's Partner Central administrator and ask them to review and release the association. Until that happens the merge is on hold; there's nothing you need to chase on the partner side yourself, and your certifications remain valid in the meantime.

It would speed things up if I could pass one detail to the partner team, though: are you still employed by Nishikaze Systems, and if you're leaving, what is your last day there? They usually act once a leaving date is known.

I'll update you as soon as I hear back from them.

Regards,
Marcus T.
AWS Training and Certification Customer Support
'''
add('on_hold', True, CA, [], D(3, 14, 0, 52), A('AWS Training and Certification', TC), ME_P,
    'RE: [CASE %s] %s' % (CA, TCSUBJ),
    MP('alternative', [
        P(HOLD_A + '\nOn Thu, Mar 13, 2025 at 12:14 PM, Kenta Morishita <%s> wrote:\n' % ME_P + q(USR_A2) + '\n', cs='us-ascii' if False else 'utf-8', cte='quoted-printable'),
        P('<html><body><div style="font-family:Arial;font-size:14px">' + HOLD_A.replace('\n\n', '</p><p>').replace('\n', '<br>').join(['<p>', '</p>']) +
          '<div>On Thu, Mar 13, 2025 at 12:14 PM, Kenta Morishita &lt;%s&gt; wrote:</div><blockquote type="cite">' % ME_P + USR_A2.replace('\n', '<br>') + '</blockquote></div></body></html>', 'text/html', cte='quoted-printable')]),
    mid('A7', 'ses'), irt=mid('A6', 'gmail'), refs=[mid('A4', 'ses'), mid('A5', 'ses'), mid('A6', 'gmail')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('unrelated', False, None, [], D(3, 14, 16, 0), A('AWS Partner Network', 'apn-news@amazon.com'), ME_C,
    'AWS Partner Network Monthly Digest - March 2025',
    P('''<html><body style="font-family:Arial;font-size:14px"><h2>APN Monthly Digest</h2>
<p>Hello Partner,</p>
<ul><li>New: Partner Central now shows certification counts by practice area.</li>
<li>Partner Training: AWS Partner Generative AI Essentials is now available in Japanese.</li>
<li>Reminder: update your company's Partner Solutions Finder listing before the end of the quarter.</li></ul>
<p>Sign in to <a href="https://partnercentral.awspartner.com/">Partner Central</a> to see what's new.</p>
<p style="font-size:11px;color:#777">You are receiving this email because you are a registered user of AWS Partner Central for Nishikaze Systems Co., Ltd. <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a></p></body></html>''',
      'text/html', cte='base64'),
    mid('m21', 'ses'), auth=ms_auth('amazon.com', ip='54.240.8.77'), extra=['Precedence: bulk'])

USR_A3 = '''Hi Marcus,

Thank you for the explanation.

Yes, I am still employed by Nishikaze Systems until 31 March 2025; that is my last working day. After that the address k-morishita@nishikaze-sys.co.jp will be shut down, so please keep writing to this personal address.

My manager, Koji Yamamoto, knows about the merge and can confirm my leaving date if the partner team needs it.

Best regards,
Kenta Morishita
'''
add('user_reply', False, CA, [], D(3, 15, 9, 5, JST), A('Kenta Morishita', ME_P), A('AWS Training and Certification', TC),
    'Re: RE: [CASE %s] %s' % (CA, TCSUBJ),
    P(USR_A3 + '\nOn Fri, Mar 14, 2025 at 9:52 AM AWS Training and Certification <%s> wrote:\n' % TC + q(HOLD_A) + '\n', cs='us-ascii', cte='7bit'),
    mid('A8', 'gmail'), irt=mid('A7', 'ses'), refs=[mid('A4', 'ses'), mid('A5', 'ses'), mid('A6', 'gmail'), mid('A7', 'ses')])

add('unrelated', False, None, [], D(3, 15, 14, 33, JST), A('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), ME_P,
    'Amazon.co.jp ご注文の商品を発送しました',
    P('''森下 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文いただいた商品を発送しました。

注文番号: 503-8812047-3390215
お届け予定: 3月17日(月)
配送業者: ヤマト運輸　お問い合わせ伝票番号: 4321-0987-6655

  AWS認定 セキュリティ-専門知識 教科書 第2版　1点

配送状況の確認や、ご注文内容の変更は「注文履歴」から行えます。
https://www.amazon.co.jp/your-orders

Amazon.co.jp カスタマーサービス
''', cs='iso-2022-jp', cte='7bit'),
    mid('m23', 'amazon.co.jp'), auth=g_auth('amazon.co.jp', ip='52.95.48.17'), scs='iso-2022-jp', pre=[dp(ME_P)])

HOLD_A2 = '''森下様

AWS トレーニングと認定サポートの佐藤です。
Marcus に代わりまして、途中経過をご報告いたします。

森下様の最終出社日（3 月 31 日）をパートナー運用チームへ伝えましたところ、パートナー企業様の管理者の方へ、パートナーネットワークとの関連付けの解除を依頼済みとの回答がありました。

パートナー企業様でのご対応が完了するまで、本ケースは引き続き保留とさせていただきます。解除が確認でき次第、統合作業に着手し、改めてご連絡いたします。

現時点で森下様にお願いする作業はございません。
ほかにお伝えいただきたいことがございましたら、本メールへご返信ください。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
'''
add('on_hold', False, CA, [], D(3, 17, 5, 20), A('AWS Training and Certification', TC), ME_P,
    'RE: [CASE %s] %s' % (CA, TCSUBJ),
    P(HOLD_A2 + '\n> Hi Marcus,\n>\n> Thank you for the explanation.\n>\n> Yes, I am still employed by Nishikaze Systems until 31 March 2025; that is my last\n> working day.\n> ...\n', cs='shift_jis', cte='base64'),
    mid('A9', 'ses'), irt=mid('A8', 'gmail'), refs=[mid('A6', 'gmail'), mid('A7', 'ses'), mid('A8', 'gmail')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

# ---------------------------------------------------------------- 025-035
add('unrelated', False, None, [], D(3, 18, 9, 1, JST), A('藤井 沙織', 's-fujii@nishikaze-sys.co.jp'), A('森下 健太', ME_C),
    '自動応答: 【確認依頼】AWS 認定資格者リストの更新',
    P('''森下様

メールありがとうございます。
3月18日(火)〜3月21日(金)は休暇のため不在にしております。
お急ぎの件は、情報システム部 代表アドレス（is-team@nishikaze-sys.co.jp）までご連絡ください。
3月24日(月)以降、順次ご返信いたします。

藤井
''', cs='iso-2022-jp', cte='7bit'),
    mid('m25', 'outlook'), irt=mid('m25p', 'outlook'), refs=[mid('m25p', 'outlook')], scs='iso-2022-jp',
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: ja-JP'],
    auth=ms_auth('nishikaze-sys.co.jp', ip='40.107.74.58'))

add('certification', False, None, ['AWS04471925'], D(3, 18, 15, 0), A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Your AWS Certified Developer – Associate certification expires in 90 days',
    MP('alternative', [
        P('''Hello Kenta Morishita,

Your AWS Certified Developer – Associate certification (validation number 7QK2M3L1BJ4E1SWN) will expire on June 16, 2025.

Candidate ID: AWS04471925

To keep your certification active, pass the current version of the exam, or a higher-level exam in the same path, before the expiry date. Your 50% discount benefit can be applied to a recertification exam.

Sign in to your AWS Certification Account to review your options: https://www.aws.training/Certification

Regards,
AWS Certification
'''),
        P('''<html><body style="font-family:Arial;font-size:14px"><p>Hello Kenta Morishita,</p>
<p>Your <b>AWS Certified Developer – Associate</b> certification (validation number 7QK2M3L1BJ4E1SWN) will expire on <b>June 16, 2025</b>.</p>
<p>Candidate ID: AWS04471925</p>
<p>To keep your certification active, pass the current version of the exam, or a higher-level exam in the same path, before the expiry date. Your 50% discount benefit can be applied to a recertification exam.</p>
<p><a href="https://www.aws.training/Certification">Sign in to your AWS Certification Account</a></p><p>Regards,<br>AWS Certification</p></body></html>''', 'text/html')]),
    mid('m26', 'certmetrics.com'), auth=ms_auth('certmetrics.com', ip='198.2.180.41'))

add('suspicious', False, None, [], D(3, 19, 7, 3), A('AWS Training and Certification', TC), ME_P,
    'RE:[CASE 174130022915004] [AWS Training and Certification Form Submission] - account-assistance',
    P('''Hello,

We are writing about your recent account merge request.

Our records show that one of the accounts listed in your request has an unpaid exam fee. The merge cannot be completed until the balance of USD 150 is settled and your identity is confirmed.

Sign in here within 48 hours to confirm your identity and pay the balance:
https://aws-training-verify.support/case/174130022915004/confirm

If the balance is not settled, the merge request will be cancelled and your certifications may be suspended.

Thank you,
AWS Training and Certification Customer Support
''', cs='us-ascii', cte='7bit'),
    '<20250319070311.58A1C3E0B2@mail-notify-cs.top>',
    auth=('mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb4qu7bb5iuo header.b=Zx8Qq0aR;\n'
          '       spf=fail (google.com: domain of bounce@mail-notify-cs.top does not designate 185.234.216.77 as permitted sender) smtp.mailfrom=bounce@mail-notify-cs.top;\n'
          '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com'),
    pre=[dp(ME_P), 'Return-Path: <bounce@mail-notify-cs.top>', 'Received: from mail-notify-cs.top (vps-77.hostdzire.net. [185.234.216.77])\n        by mx.google.com with ESMTP id a640c23a62f3a-ac2b9d3e1f0si1187761a12.412.2025.03.19.00.03.11\n        for <%s>; Wed, 19 Mar 2025 00:03:11 -0700 (PDT)' % ME_P])

UPD_A = '''Hi Kenta,

Good news on this one. The partner operations team tells me the Partner Central administrator at Nishikaze Systems has released the association on Account #2 and Account #3, so the hold on your case has been lifted.

I've started the merge into Account #1 (kenta.morishita.k@gmail.com). It usually completes within a business day; I'll write again as soon as it's finished, so you don't need to do anything in the meantime.

Regards,
Marcus T.
AWS Training and Certification Customer Support
'''
add('case_update', False, CA, [], D(3, 20, 1, 12), A('AWS Training and Certification', TC), ME_P,
    'RE: [CASE %s] %s' % (CA, TCSUBJ),
    P(UPD_A + '\n-------- Original message --------\n' + HOLD_A2, cte='quoted-printable'),
    mid('A10', 'ses'), irt=mid('A9', 'ses'), refs=[mid('A7', 'ses'), mid('A8', 'gmail'), mid('A9', 'ses')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('unrelated', False, None, [], D(3, 20, 3, 44), A('AWS Skill Builder', 'no-reply@skillbuilder.aws'), ME_P,
    'Your AWS Skill Builder receipt',
    P('''<html><body style="font-family:Arial;font-size:14px"><h3>Thanks for your purchase</h3>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td>Order number</td><td>SB-2025-03-8841207</td></tr>
<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Billing period</td><td>Mar 20, 2025 - Apr 19, 2025</td></tr></table>
<p>Your subscription renews automatically. Manage it any time from <a href="https://skillbuilder.aws/account">your account</a>.</p>
<p>Questions about your order? Contact us through the Skill Builder help page.</p></body></html>''', 'text/html', cs='us-ascii', cte='7bit'),
    mid('m29', 'ses'), auth=g_auth('skillbuilder.aws', ip='54.240.27.40'), pre=[dp(ME_P)])

RES_A = '''森下様

AWS トレーニングと認定サポートの佐藤です。
長らくお待たせいたしました。

ご依頼いただいた認定アカウントの統合が完了しました。
Account #2 および Account #3 にあった試験履歴、取得済みの認定、特典は、すべて Account #1（kenta.morishita.k@gmail.com、候補 ID AWS11820374）へ移しております。

Credly のデジタルバッジにつきましては、統合後のアカウントに登録されたメールアドレス宛てに、あらためて発行のご案内が届く見込みです。

念のため、サインイン後に「試験履歴」「認定」「特典」の各画面で内容をご確認ください。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

このたびはご協力いただき、ありがとうございました。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
'''
add('resolved', False, CA, ['AWS11820374'], D(3, 21, 4, 2), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
    'RE: [CASE %s] %s' % (CA, TCSUBJ),
    MP('alternative', [
        P(RES_A + '\n---------- 元のメッセージ ----------\n' + UPD_A + '\n---------- 元のメッセージ ----------\n' + CONF_A_TXT, cs='iso-2022-jp', cte='7bit'),
        P('<html><body><div style="font-family:Meiryo,sans-serif;font-size:14px"><p>' + RES_A.replace('\n\n', '</p><p>').replace('\n', '<br>') +
          '</p><hr><blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">' + UPD_A.replace('\n', '<br>') +
          '<hr>' + CONF_A_TXT.replace('\n', '<br>') + '</blockquote></div></body></html>', 'text/html', cte='base64')]),
    mid('A11', 'ses'), irt=mid('A10', 'ses'), refs=[mid('A4', 'ses'), mid('A9', 'ses'), mid('A10', 'ses')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), scs='iso-2022-jp', pre=[dp(ME_P)])

def credly(badge, dt, tag, frm='admin@credly.com', title=None):
    add('badge', False, None, [], dt, A('Credly', frm), ME_P,
        title or 'Amazon Web Services Training and Certification has issued you a new badge: %s' % badge,
        MP('alternative', [
            P('''Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you the following badge:

  %s

Accept your badge to add it to your Credly profile and share it on LinkedIn or in your email signature.

Accept badge: https://www.credly.com/earner/earned/badge/%s

You are receiving this email because an organization issued you a badge on Credly.
Credly, 13601 Preston Road Suite 500W, Dallas, TX 75240
''' % (badge, hashlib.md5(tag.encode()).hexdigest()[:8] + '-' + hashlib.md5(tag.encode()).hexdigest()[8:12] + '-4c1e-9b7a-' + hashlib.md5(tag.encode()).hexdigest()[12:24])),
            P('''<html><body style="font-family:Helvetica,Arial;text-align:center"><p>Congratulations, Kenta!</p>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p><h2>%s</h2>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because an organization issued you a badge on Credly.</p></body></html>''' % (badge, hashlib.md5(tag.encode()).hexdigest()), 'text/html')]),
        mid(tag, 'credly.com'), auth=g_auth('credly.com', ip='167.89.21.70', pol='p=REJECT sp=REJECT dis=NONE'), pre=[dp(ME_P)])

credly('AWS Certified Solutions Architect – Associate', D(3, 21, 4, 9), 'cr1')
credly('AWS Certified Developer – Associate', D(3, 21, 4, 10), 'cr2')

add('survey', False, CA, [], D(3, 22, 1, 0), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
    'ケース %s のサポートに関するアンケートのお願い' % CA,
    P('''<html><body><div style="font-family:Meiryo,sans-serif;font-size:14px">
<p>森下 健太 様</p>
<p>先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。</p>
<p>今後の品質向上のため、ケース %s での担当者の対応について、5 段階で評価いただけますでしょうか。回答は 1 分ほどで完了します。</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;s=1">1</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;s=2">2</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;s=3">3</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;s=4">4</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;s=5">5</a></td></tr></table>
<p>1 = 非常に不満　5 = 非常に満足</p>
<p style="font-size:12px;color:#687078">本メールは送信専用アドレスからお送りしています。アンケートへの回答は任意です。</p>
</div></body></html>''' % ((CA,) * 6), 'text/html', cte='base64'),
    mid('A12', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), scs='iso-2022-jp', pre=[dp(ME_P)])

add('user_reply', False, CA, [], D(3, 22, 10, 18, JST), A('Kenta Morishita', ME_P), A('山本 浩二', 'k-yamamoto@nishikaze-sys.co.jp'),
    'Fwd: RE: [CASE %s] %s' % (CA, TCSUBJ),
    P('''山本さん

お疲れさまです、森下です。
認定アカウントの件、昨日 AWS 側で統合が完了したと連絡がありましたので共有します。

パートナーセントラルの関連付けは、先週そちらで解除していただいたとのことでした。ご対応ありがとうございました。
資格者数の集計から私の分が外れると思いますので、リストの更新をお願いできますか。

森下

---------- Forwarded message ---------
From: AWS トレーニングと認定 <%s>
Date: 2025年3月21日(金) 13:02
Subject: RE: [CASE %s] %s
To: <%s>

''' % (TC, CA, TCSUBJ, ME_P) + RES_A, cte='quoted-printable'),
    mid('A13', 'gmail'), irt=mid('A11', 'ses'), refs=[mid('A10', 'ses'), mid('A11', 'ses')], cc=ME_C)

add('unrelated', False, None, [], D(3, 24, 11, 40, JST), A('クラウドホスト サポートセンター', 'support@cloudhost-sc.jp'), ME_P,
    '[#20250318-0412] お問い合わせのケースをクローズいたしました',
    P('''森下 健太 様

いつもクラウドホストをご利用いただき、誠にありがとうございます。
サポートセンターの石井でございます。

お問い合わせいただいておりました、VPS プランの変更に関するケース（#20250318-0412）につきまして、プラン変更の完了をもってクローズさせていただきました。

本ケースについて追加のご質問がございましたら、7 日以内にこのメールへご返信いただければ再開いたします。

今後ともクラウドホストをよろしくお願い申し上げます。

--
クラウドホスト株式会社 サポートセンター
https://www.cloudhost-sc.jp/support/
''', cs='shift_jis', cte='base64'),
    mid('m35', 'cloudhost-sc.jp'), auth=g_auth('cloudhost-sc.jp', ip='210.140.70.12', pol='p=NONE sp=NONE dis=NONE'), scs='iso-2022-jp', pre=[dp(ME_P)])

# ---------------------------------------------------------------- 036-054
CSUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % CC
ACK_C = '''Hello Kenta Morishita,

Thanks for contacting AWS Training and Certification. Case 174296650203394 has been created for your request.

Your request
  Type:        Certification > Benefits
  Email:       kenta.morishita.k@gmail.com
  Description: After my certification accounts were merged (case 174124318205117), the 50% exam discount that was on my old account does not appear under Benefits on the merged account.

A member of our team will normally reply within one business day. Some issues need extra investigation and may take longer.

Please keep all correspondence about this issue on this case rather than opening a new one.

AWS Training and Certification Customer Support
'''
add('acknowledgement', False, CC, [], D(3, 26, 5, 21, UTC, 44), A('Amazon Web Services', TC), ME_P, CSUBJ,
    P(ACK_C, cs='us-ascii', cte='7bit'), mid('C1', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

REQ_C = '''Hello Kenta,

I'm Priya, and I'll be looking after this case.

I've gone through the merged profile. Your exam history and certifications came across from both earlier profiles, but benefit records are copied separately from the rest, and right now I can't find an unused discount on any of the profiles tied to you - AWS11820374, AWS04471925 or AWS04983310. Usually that means the discount was redeemed or had expired before the merge, but it can also mean it was attached to the partner-linked profile and skipped.

To work out which, I need two things from you: the exam that earned the discount (name and roughly when you passed it), and whether you ever started scheduling an exam with it, even one you later cancelled. If you noted the benefit code before the merge, that would make the search much quicker.

Thanks,
Priya N.
AWS Training and Certification Customer Support
'''
add('info_request', True, CC, ['AWS11820374', 'AWS04471925', 'AWS04983310'], D(3, 27, 2, 55), A('AWS Training and Certification', TC), ME_P,
    'RE:' + CSUBJ,
    P(REQ_C + '\n\n\n--- Original Message ---\n' + ACK_C, cs='us-ascii', cte='7bit'), mid('C2', 'ses'),
    irt=mid('C1', 'ses'), refs=[mid('C1', 'ses')], auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('unrelated', False, None, [], D(3, 27, 8, 10), A('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), ME_P,
    'RE:[CASE 174303877201145] [AWS Educate Form Submission] - account-access',
    P('''Hello,

Thank you for contacting AWS Educate.

We are looking into the access problem reported for the student account of Hana Morishita. So that we can locate it, could you tell us the email address the student used to register and the name of the school listed on the account?

Please reply to this email with the details.

Best regards,
AWS Educate Support
''', cs='us-ascii', cte='7bit'), mid('E1x', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('unrelated', False, None, [], D(3, 28, 18, 5, JST), A('connpass', 'no-reply@connpass.com'), ME_P,
    '【connpass】JAWS-UG 東京 #62 の参加登録が完了しました',
    P('''森下 健太 さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG 東京 #62 「認定資格 全冠への道」
日時: 2025/04/09（水）19:00〜21:30
会場: 目黒セントラルスクエア 21F
参加枠: 一般（現地）
受付番号: 2184

当日は受付で受付番号をお伝えください。キャンセルされる場合は、イベントページから手続きをお願いします。
https://jawsug.connpass.com/event/348812/

connpass
'''), mid('m39', 'connpass.com'), auth=g_auth('connpass.com', ip='149.72.196.11', pol='p=NONE sp=NONE dis=NONE'), pre=[dp(ME_P)])

add('unrelated', False, None, [], D(3, 31, 9, 0, JST), A('人事総務部', 'jinji@nishikaze-sys.co.jp', 'iso-2022-jp'), A('森下 健太', ME_C, 'iso-2022-jp'),
    '【ご案内】退職に伴うメールアカウント停止について',
    P('''森下 健太 様

人事総務部です。
退職に伴い、本日 18:00 をもって以下のアカウントを停止いたします。

・メールアドレス: k-morishita@nishikaze-sys.co.jp
・Microsoft 365 / Slack / 社内 VPN

停止後は、上記アドレス宛てのメールは受信できません。外部のサービスに会社アドレスを登録している場合は、本日中に変更をお済ませください。
貸与 PC と入館証は、本日中に総務窓口へご返却をお願いします。

長い間お疲れさまでした。

人事総務部
''', cs='iso-2022-jp', cte='7bit'), mid('m40', 'outlook'), scs='iso-2022-jp',
    extra=['Content-Language: ja-JP'], auth=ms_auth('nishikaze-sys.co.jp', ip='40.107.74.58'))

CLOSE_C = '''Hello Kenta,

Following up on my message of March 27: I still need a couple of details before I can look for your missing exam discount - which exam earned it and whether it was ever used to start a booking.

If I don't hear from you within 3 business days, this case will be closed automatically. You can keep it open, or reopen it later, simply by replying to this email.

Thanks,
Priya N.
AWS Training and Certification Customer Support
'''
add('closing_notice', True, CC, [], D(4, 1, 3, 6), A('AWS Training and Certification', TC), ME_P,
    'RE:' + CSUBJ,
    P(CLOSE_C + '\n\n--- Original Message ---\n' + REQ_C, cs='us-ascii', cte='7bit'), mid('C3', 'ses'),
    irt=mid('C2', 'ses'), refs=[mid('C1', 'ses'), mid('C2', 'ses')], auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)], nl='\r\n')

USR_C = '''Hi Priya,

Sorry for the slow reply - I was changing jobs last week.

The discount came from AWS Certified Solutions Architect - Associate, which I passed on 14 November 2024 on my old company account (AWS04471925). I never used it, and I don't think I ever started a booking with it.

I didn't write the code down, but I have a screenshot of the Benefits page from 5 March. It showed "50% discount on next exam", status Available, expiring 14 November 2025. I can send the image if that helps.

Best regards,
Kenta Morishita
'''
add('user_reply', False, CC, ['AWS04471925'], D(4, 1, 22, 48, JST), A('Kenta Morishita', ME_P), A('AWS Training and Certification', TC),
    'RE: RE:' + CSUBJ,
    MP('alternative', [
        P(USR_C + '\nGet Outlook for Android\n\n________________________________\nFrom: AWS Training and Certification <%s>\nSent: Tuesday, April 1, 2025 12:06:41 PM\nTo: %s <%s>\nSubject: RE:%s\n\n' % (TC, ME_P, ME_P, CSUBJ) + CLOSE_C + '\n\n--- Original Message ---\n' + REQ_C, cte='quoted-printable'),
        P('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">' + USR_C.replace('\n', '<br>') +
          '</div><div dir="auto"><br>Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> AWS Training and Certification &lt;' + TC +
          '&gt;<br><b>Sent:</b> Tuesday, April 1, 2025 12:06:41 PM<br><b>Subject:</b> RE:' + CSUBJ + '</div><div>' + (CLOSE_C + '\n--- Original Message ---\n' + REQ_C).replace('\n', '<br>') + '</div></body></html>', 'text/html', cte='quoted-printable')]),
    mid('C4', 'outlook'), irt=mid('C3', 'ses'), refs=[mid('C1', 'ses'), mid('C2', 'ses'), mid('C3', 'ses')])

add('unrelated', False, None, [], D(4, 2, 2, 0), A('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com', 'iso-2022-jp'), ME_P,
    'アマゾン ウェブ サービスの請求書が発行されました [AWS ID 381947205163]',
    P('''アマゾン ウェブ サービスをご利用いただきありがとうございます。

2025 年 3 月分の請求書が発行されました。

アカウント ID: 381947205163
請求額: USD 5.12

詳細は、請求ダッシュボードの「請求書」ページでご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

このメールアドレスは送信専用のため、ご返信いただいても対応いたしかねます。
''', cs='iso-2022-jp', cte='7bit'), mid('m43', 'ses'), scs='iso-2022-jp',
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

RES_C = '''Hello Kenta,

Thanks for the details - they were exactly what I needed.

The discount was attached to the partner-linked profile (AWS04983310), and benefit records on partner-linked profiles are not copied automatically during a merge, which is why it disappeared. I've issued a replacement 50% exam discount on your merged profile, AWS11820374. It is listed under Benefits now and is valid until 14 November 2025, the same date as the original.

No further action is required on your part. If something still doesn't look right, reply here within the next few days and I'll pick it up.

Thanks for your patience,
Priya N.
AWS Training and Certification Customer Support
'''
add('resolved', False, CC, ['AWS04983310', 'AWS11820374'], D(4, 3, 1, 30), A('AWS Training and Certification', TC), ME_P,
    'RE:' + CSUBJ,
    P(RES_C + '\n\n--- Original Message ---\nFrom: Kenta Morishita\n' + USR_C + '\n--- Original Message ---\n' + REQ_C, cs='us-ascii', cte='7bit'),
    mid('C5', 'ses'), irt=mid('C4', 'outlook'), refs=[mid('C1', 'ses'), mid('C2', 'ses'), mid('C3', 'ses'), mid('C4', 'outlook')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('certification', False, None, ['AWS11820374'], D(4, 3, 6, 0), A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'A new benefit is available in your AWS Certification Account',
    P('''Hello Kenta Morishita,

A new benefit has been added to your AWS Certification Account (AWS11820374):

  50% discount on your next AWS Certification exam
  Valid until: 2025-11-14

To use it, sign in to your AWS Certification Account, open Benefits, and generate a discount code before you schedule your exam.

AWS Certification
''', cs='us-ascii', cte='7bit'), mid('m45', 'certmetrics.com'), auth=g_auth('certmetrics.com', ip='198.2.180.41', pol='p=NONE sp=NONE dis=NONE'), pre=[dp(ME_P)])

add('survey', False, CC, [], D(4, 4, 1, 30), A('AWS Training and Certification', TC), ME_P,
    'How did we do? Case %s' % CC,
    P('''<!DOCTYPE html><html><body style="font-family:Arial;font-size:14px;color:#16191f">
<p>Hello Kenta,</p>
<p>Your recent case with AWS Training and Certification Customer Support (<b>%s</b>) has been marked as resolved.</p>
<p>Would you take a moment to tell us about your experience? Your answers go directly to the team that handled your case.</p>
<table role="presentation" cellspacing="4"><tr>
<td style="background:#d13212;padding:8px 14px"><a style="color:#fff" href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;s=1">Very dissatisfied</a></td>
<td style="background:#ff9900;padding:8px 14px"><a style="color:#000" href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;s=3">Neutral</a></td>
<td style="background:#1d8102;padding:8px 14px"><a style="color:#fff" href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;s=5">Very satisfied</a></td></tr></table>
<p style="font-size:12px;color:#687078">Please don't reply to this email; responses to this address are not monitored.</p>
</body></html>''' % (CC, CC, CC, CC), 'text/html', cs='us-ascii', cte='7bit'),
    mid('C6', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

DLINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CD
CFOOT = '''
To see the case, respond to it, or rate this correspondence, open the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To contact us about this case, use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
''' % DLINK
add('acknowledgement', False, CD, [], D(4, 7, 4, 38), A('Amazon Web Services', CON), ME_P,
    'Amazon Web Services: New Support case: %s' % CD,
    P('''Dear AWS customer,

We have received your case, and a support agent will reply to you as soon as possible.

Case ID: %s
Subject: Exam result not shown on merged certification account
Severity: General question
Correspondence: I took the SCS-C02 exam on 5 April at a Pearson VUE test center. The result email says it was delivered, but the exam doesn't show in the exam history of my certification account (merged last month). Which account did it go to?

Account: [AWS ID 381947205163]
''' % CD + CFOOT, cs='us-ascii', cte='7bit'), mid('D1', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

REQ_D = '''Hello,

Thank you for contacting AWS Support. My name is Hiroshi and I'll be helping you with this case.

When an exam is booked shortly before or after an account merge, the result is sometimes recorded against the profile that was active at booking time, and the merge doesn't pick it up. I'd like to trace the appointment from the Pearson VUE side.

For that, we need the Pearson VUE registration ID from your booking confirmation (a 9-digit number) and the email address the booking confirmation was sent to. Kindly add both as a reply on the case in the Support Center, using the link below - replies to this email address are not received.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Hiroshi Y.
Amazon Web Services
==============================================================
'''
add('info_request', True, CD, [], D(4, 8, 2, 17), A('Amazon Web Services', CON), ME_P,
    'RE:[CASE %s] Exam result not shown on merged certification account' % CD,
    P(REQ_D + CFOOT, cs='us-ascii', cte='7bit'), mid('D2', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

USR_D = '''Hello Hiroshi,

The registration ID is 318204657, and the confirmation went to kenta.morishita.k@gmail.com.

Thank you,
Kenta Morishita
'''
add('user_reply', False, CD, [], D(4, 8, 12, 3, JST), A('Kenta Morishita', ME_P), A('Amazon Web Services', CON),
    'Re: RE:[CASE %s] Exam result not shown on merged certification account' % CD,
    P(USR_D + '\nOn Tue, Apr 8, 2025 at 11:17 AM Amazon Web Services <%s> wrote:\n' % CON + q(REQ_D + CFOOT) + '\n', cs='us-ascii', cte='7bit'),
    mid('D3', 'gmail'), irt=mid('D2', 'ses'), refs=[mid('D2', 'ses')])

add('unrelated', False, CD, [], D(4, 8, 3, 3, UTC, 40), A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
    'Delivery Status Notification (Failure)',
    MP('report', [
        P('''
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
''', cs='UTF-8', cte='7bit'),
        P('''Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 08 Apr 2025 03:03:31 +0000 (UTC)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Tue, 08 Apr 2025 03:03:40 +0000 (UTC)
''', 'message/delivery-status', cs=None, cte='7bit'),
        P('''Message-ID: %s
Date: Tue, 8 Apr 2025 12:03:21 +0900
Subject: Re: RE:[CASE %s] Exam result not shown on merged certification account
From: Kenta Morishita <%s>
To: Amazon Web Services <%s>
''' % (mid('D3', 'gmail'), CD, ME_P, CON), 'text/rfc822-headers', cs=None, cte='7bit')], extra_ct=' report-type=delivery-status;'),
    mid('D3b', 'gmail'), irt=mid('D3', 'gmail'), refs=[mid('D3', 'gmail')], pre=[dp(ME_P)])

add('closing_notice', True, CD, [], D(4, 10, 2, 20), A('Amazon Web Services', CON), ME_P,
    'RE:[CASE %s] Exam result not shown on merged certification account' % CD,
    P('''Hello,

We haven't received a response from you on this case. We'll keep it open for a few more days; if there is still no reply in the Support Center by then, the case will be resolved automatically.

To continue, add the Pearson VUE registration ID and the booking email address as a reply on the case. If you need more time, reply to the case to keep it open.

Best regards,
Amazon Web Services
''' + CFOOT, cs='us-ascii', cte='7bit'), mid('D4', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('resolved', False, CD, [], D(4, 11, 0, 45), A('Amazon Web Services', CON), ME_P,
    'RE:[CASE %s] Exam result not shown on merged certification account' % CD,
    P('''Hello Kenta,

Thank you for adding the registration details in the Support Center.

The appointment was booked under your new profile, but the result had been queued against the closed company profile when it came back from the test center. I've had it reassigned, and your SCS-C02 result now appears in the exam history of your merged account. Congratulations on passing - the certification and badge notifications should follow separately.

I'm going to resolve this case now. If anything is still missing, you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Hiroshi Y.
Amazon Web Services
''' + CFOOT, cs='us-ascii', cte='7bit'), mid('D5', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('certification', False, None, ['AWS11820374'], D(4, 11, 1, 30), A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Congratulations! You are now AWS Certified',
    MP('alternative', [
        P('''Hello Kenta Morishita,

Congratulations! You have successfully completed the AWS Certified Security - Specialty exam and earned the certification.

Candidate ID: AWS11820374
Certification: AWS Certified Security - Specialty
Date achieved: 2025-04-05
Expiration: 2028-04-05

Your digital badge will be issued through Credly within a few days. Your certificate is available in your AWS Certification Account.

AWS Certification
''', cte='quoted-printable'),
        P('''<html><body style="font-family:Arial;font-size:14px"><h2 style="color:#232f3e">Congratulations, Kenta!</h2>
<p>You have successfully completed the <b>AWS Certified Security - Specialty</b> exam and earned the certification.</p>
<table cellpadding="4"><tr><td>Candidate ID</td><td>AWS11820374</td></tr><tr><td>Date achieved</td><td>2025-04-05</td></tr><tr><td>Expiration</td><td>2028-04-05</td></tr></table>
<p>Your digital badge will be issued through Credly within a few days.</p></body></html>''', 'text/html', cte='quoted-printable')]),
    mid('m53', 'certmetrics.com'), auth=g_auth('certmetrics.com', ip='198.2.180.41', pol='p=NONE sp=NONE dis=NONE'), pre=[dp(ME_P)])

add('survey', False, CD, [], D(4, 12, 3, 0), A('Amazon Web Services', CON), ME_P,
    'Your AWS Support case %s - tell us about your experience' % CD,
    P('''<html><body style="font-family:Arial;font-size:14px"><p>Dear AWS customer,</p>
<p>Your support case <b>%s</b> ("Exam result not shown on merged certification account") was recently resolved.</p>
<p>How satisfied were you with the support you received? Select a rating to open a short questionnaire.</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> &nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=1">&#9733;</a></p>
<p style="font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>''' % (CD, CD, CD), 'text/html', cs='us-ascii', cte='7bit'),
    mid('D6', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

# ---------------------------------------------------------------- 055-069
ESUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - digital-badges' % CE
ACK_E = '''森下 健太 様

お問い合わせいただきありがとうございます。
ケース番号 174477091906621 にて、お問い合わせを承りました。

【お問い合わせ内容】
AWS Certified Security - Specialty に合格し、認定アカウントには反映されましたが、Credly にバッジが表示されません。3 月に認定アカウントを統合しています。

担当者より順次ご連絡いたします。現在お問い合わせが大変多くなっており、ご回答までお時間をいただく場合がございます。恐れ入りますが、同じ内容でのお問い合わせの再送はお控えくださいますようお願いいたします。

AWS トレーニングと認定 カスタマーサポート
'''
add('acknowledgement', False, CE, [], D(4, 16, 2, 35, UTC, 19), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P, ESUBJ,
    P(ACK_E, cs='shift_jis', cte='8bit'), mid('E1', 'ses'), scs='iso-2022-jp', auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)], nl='\r\n')

add('unrelated', False, None, [], D(4, 16, 16, 0), A('AWS Events', 'aws-marketing-email-replies@amazon.com'), ME_P,
    'Last chance: register for AWS Builders Online Series',
    MP('alternative', [
        P('''AWS Builders Online Series - April 24, 2025

Join us for a free, half-day virtual event for people getting started on AWS. Sessions cover account setup, cost controls, serverless basics and how to prepare for your first AWS Certification.

Register now: https://aws.amazon.com/events/builders-online-series/

You're receiving this because you subscribed to AWS event updates. Unsubscribe: https://pages.awscloud.com/unsubscribe.html
'''),
        P('''<html><body><table width="600" align="center" style="font-family:Arial"><tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:20px">AWS Builders Online Series</td></tr>
<tr><td style="padding:16px"><p>Join us for a free, half-day virtual event for people getting started on AWS. Sessions cover account setup, cost controls, serverless basics and how to prepare for your first AWS Certification.</p>
<p><a href="https://aws.amazon.com/events/builders-online-series/" style="background:#ff9900;color:#000;padding:10px 20px">Register now</a></p></td></tr></table></body></html>''', 'text/html')]),
    mid('m56', 'ses'), auth=g_auth('amazon.com', mailfrom='marketo.org', ip='192.28.146.10'), extra=['Precedence: bulk'], pre=[dp(ME_P)])

REQ_E = '''森下様

AWS トレーニングと認定サポートの田中です。
お問い合わせの件、確認いたしました。

統合後のアカウントと Credly アカウントの紐づけを調べるため、次の 2 点をお願いします。

・Credly にサインインし、「Settings」>「Email」に登録されているメールアドレスをすべて書き出して、このメールに返信してください。
・あわせて、kenta.morishita.k@gmail.com がプライマリ（Primary）になっているかどうかも確認して、結果を教えてください。

よろしくお願いします。

田中 翔
AWS トレーニングと認定 カスタマーサポート
'''
add('info_request', True, CE, [], D(4, 17, 1, 10), A('AWS Training and Certification', TC), ME_P, 'RE:' + ESUBJ,
    P(REQ_E + '\n> ' + '\n> '.join(ACK_E.rstrip('\n').split('\n')) + '\n', cte='quoted-printable'),
    mid('E2', 'ses'), irt=mid('E1', 'ses'), refs=[mid('E1', 'ses')], auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

USR_E1 = '''田中様

ご確認ありがとうございます。森下です。

Credly に登録されているメールアドレスは次の 2 つでした。
・k-morishita@nishikaze-sys.co.jp（Primary）
・kenta.morishita.k@gmail.com（未確認 / Unverified）

プライマリは会社のアドレスのままになっていました。会社のアドレスは 3 月末で使えなくなっているため、確認メールを受け取れない状態です。

よろしくお願いいたします。

''' + SIG_JP + '\n'
add('user_reply', False, CE, [], D(4, 17, 20, 41, JST), A('Kenta Morishita', ME_P), A('AWS Training and Certification', TC), 'Re: RE:' + ESUBJ,
    P(USR_E1 + '\n2025年4月17日(木) 10:10 AWS Training and Certification <%s>:\n' % TC + q(REQ_E) + '\n', cte='base64'),
    mid('E3', 'gmail'), irt=mid('E2', 'ses'), refs=[mid('E1', 'ses'), mid('E2', 'ses')])

UPD_E = '''森下様

田中です。ご回答ありがとうございます。

Credly 側でのメールアドレスの付け替えが必要なため、本件を Credly との連携を担当するチームへ引き継ぎました。先方での確認に数営業日かかる見込みです。

進展がありましたら、こちらからご連絡いたします。
ご不明な点やお気づきのことがございましたら、いつでもこのメールにご返信ください。

田中 翔
AWS トレーニングと認定 カスタマーサポート
'''
add('case_update', False, CE, [], D(4, 18, 6, 2), A('AWS Training and Certification', TC), ME_P, 'RE:' + ESUBJ,
    P(UPD_E + '\n\n-----Original Message-----\n' + USR_E1, cs='iso-2022-jp', cte='7bit'),
    mid('E4', 'ses'), irt=mid('E3', 'gmail'), refs=[mid('E1', 'ses'), mid('E2', 'ses'), mid('E3', 'gmail')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('suspicious', False, None, [], D(4, 19, 11, 26), A('Credly', 'notifications@credly-badges.net'), ME_P,
    'Action required: your AWS badges will be revoked',
    P('''<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Hi Kenta,</p>
<p>We detected that the email address on your Credly account can no longer receive mail. To protect your earned credentials, the following badges will be <b>revoked in 48 hours</b> unless you re-verify your account:</p>
<ul><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified Developer – Associate</li></ul>
<p><a href="http://credly-badges.net/account/reverify?u=kmorishita" style="background:#ff6b00;color:#fff;padding:10px 20px">Re-verify with your Amazon login</a></p>
<p>Credly Trust &amp; Safety</p></body></html>''', 'text/html', cte='quoted-printable'),
    mid('m60', 'credly-badges.net'), auth=g_auth('credly-badges.net', dkim='none', ip='91.92.243.18', pol='p=NONE sp=NONE dis=NONE').replace('dkim=none header.i=@credly-badges.net header.s=s1 header.b=' + hashlib.md5(b'credly-badges.net91.92.243.18').hexdigest()[:8], 'dkim=none (no signature)'),
    pre=[dp(ME_P)])

add('unrelated', False, None, [], D(4, 21, 13, 5, JST), A('Backlog サポート', 'support@backlog-helpdesk.example.jp', 'iso-2022-jp'), ME_P,
    '[#48213] お問い合わせの件は解決済みとなりました',
    P('''森下 健太 様

いつもご利用いただきありがとうございます。ヘルプデスクの中村です。

先日ご連絡いたしました、スペースの移行に関するお問い合わせ（#48213）は、ご案内の手順で移行が完了したことを確認いたしましたので、解決済みとさせていただきます。

移行後のデータにお気づきの点がございましたら、お手数ですがその際は新たにお問い合わせくださいますよう、よろしくお願いいたします。

今回のサポートについて、よろしければアンケートへのご協力のほどよろしくお願いいたします。
https://backlog-helpdesk.example.jp/survey/48213

ヘルプデスク 中村
''', cte='quoted-printable'), mid('m61', 'backlog-helpdesk.example.jp'),
    auth=g_auth('backlog-helpdesk.example.jp', ip='52.69.186.44', pol='p=NONE sp=NONE dis=NONE'), pre=[dp(ME_P)])

REQ_E2 = '''森下様

いつもお世話になっております。AWS トレーニングと認定サポートの小林と申します。
田中より本件を引き継ぎましたので、以後は私がご案内いたします。

Credly 連携担当チームにて、Credly アカウントのプライマリメールアドレスを kenta.morishita.k@gmail.com に変更いたしました。あわせて、会社のメールアドレスは Credly アカウントから削除されております。

ただし、認定アカウント側の連携情報が古いまま残っているため、このままではバッジが自動的に発行されない状態です。

つきましては、お手数ではございますが、認定アカウントにサインインのうえ「デジタルバッジ」の画面から Credly との連携をいったん解除し、改めて連携していただけますでしょうか。
作業が完了しましたら、その旨をご一報いただけますと幸いです。こちらでバッジの発行状況を確認いたします。

何卒よろしくお願い申し上げます。

小林 由紀
AWS トレーニングと認定 カスタマーサポート
'''
add('info_request', True, CE, [], D(4, 22, 4, 50), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P, 'RE: ' + ESUBJ,
    MP('alternative', [
        P(REQ_E2 + '\n\n---------- 元のメッセージ ----------\n' + UPD_E, cs='iso-2022-jp', cte='7bit'),
        P('<html><body><div style="font-family:Meiryo,sans-serif">' + REQ_E2.replace('\n', '<br>\n') + '<br><div style="border-left:2px solid #999;padding-left:8px;color:#666">' + UPD_E.replace('\n', '<br>\n') + '</div></div></body></html>', 'text/html', cs='iso-2022-jp', cte='7bit')]),
    mid('E5', 'ses'), irt=mid('E4', 'ses'), refs=[mid('E2', 'ses'), mid('E3', 'gmail'), mid('E4', 'ses')], scs='iso-2022-jp',
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

CLOSE_E = '''森下様

AWS トレーニングと認定サポートの小林です。

4 月 22 日にお送りした Credly 連携の再設定のお願いについて、まだご連絡をいただけていないようでしたので、念のためご案内いたします。

このままご返信がない場合、恐れ入りますが 4 月 28 日をもって本ケースをクローズさせていただきます。
再設定がお済みでしたら、お手数ですがその旨を本メールにご返信くださいませ。クローズ後にご返信いただいた場合も、ケースは再開されます。

小林 由紀
AWS トレーニングと認定 カスタマーサポート
'''
add('closing_notice', True, CE, [], D(4, 24, 7, 0), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P, 'RE: ' + ESUBJ,
    P(CLOSE_E + '\n\n>>> 2025/04/22 13:50 小林 由紀:\n' + q(REQ_E2, '>> '), cs='iso-2022-jp', cte='7bit'),
    mid('E6', 'ses'), irt=mid('E5', 'ses'), refs=[mid('E4', 'ses'), mid('E5', 'ses')], scs='iso-2022-jp',
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

credly('AWS Certified Security – Specialty', D(4, 25, 9, 12), 'cr3')

USR_E2 = '''小林様

ご連絡ありがとうございます。対応が遅くなり失礼いたしました。

本日、認定アカウントの「デジタルバッジ」画面から Credly との連携を解除し、再度連携いたしました。
直後に Credly から Security - Specialty のバッジ発行メールが届き、受け取りも完了しています。
過去の 2 つのバッジも、Credly のプロフィールに表示されていることを確認しました。

ご対応いただき、ありがとうございました。

''' + SIG_JP + '\n'
add('user_reply', False, CE, [], D(4, 25, 18, 30, JST), A('Kenta Morishita', ME_P), A('AWS トレーニングと認定', TC), 'Re: RE: ' + ESUBJ,
    P(USR_E2 + '\n2025年4月24日(木) 16:00 AWS トレーニングと認定 <%s>:\n' % TC + q(CLOSE_E) + '\n', cte='quoted-printable'),
    mid('E7', 'gmail'), irt=mid('E6', 'ses'), refs=[mid('E4', 'ses'), mid('E5', 'ses'), mid('E6', 'ses')])

RES_E = '''森下様

小林です。ご連絡ありがとうございます。

Security - Specialty のバッジが発行され、過去のバッジとあわせて Credly のプロフィールに表示されていることを、こちらでも確認いたしました。
ご依頼の件は解決となりましたので、本ケースはこれにてクローズいたします。

今後、バッジに関してお困りのことがございましたら、いつでもお問い合わせください。

小林 由紀
AWS トレーニングと認定 カスタマーサポート
'''
add('resolved', False, CE, [], D(4, 26, 1, 15), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P, 'RE: ' + ESUBJ,
    P(RES_E + '\n\n-----Original Message-----\n' + USR_E2 + '\n-----Original Message-----\n' + REQ_E2, cs='iso-2022-jp', cte='7bit'),
    mid('E8', 'ses'), irt=mid('E7', 'gmail'), refs=[mid('E5', 'ses'), mid('E6', 'ses'), mid('E7', 'gmail')], scs='iso-2022-jp',
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('survey', False, CE, [], D(4, 28, 2, 0), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
    'ご意見をお聞かせください（ケース %s）' % CE,
    MP('alternative', [
        P('''森下 健太 様

先日はお問い合わせいただき、ありがとうございました。
ケース %s での対応について、ご感想をお聞かせください。いただいたご意見は、サポートの改善に活用いたします。

アンケートに回答する（約 1 分）:
https://survey.aws-tc-support.amazon.com/r?c=%s&lang=ja

※本メールは送信専用です。ご返信いただいてもお答えできませんので、ご了承ください。
''' % (CE, CE), cs='shift_jis', cte='base64'),
        P('''<html><body><p>森下 健太 様</p><p>先日はお問い合わせいただき、ありがとうございました。<br>ケース %s での対応について、ご感想をお聞かせください。</p>
<p><a href="https://survey.aws-tc-support.amazon.com/r?c=%s&amp;lang=ja">アンケートに回答する（約 1 分）</a></p>
<p><small>※本メールは送信専用です。</small></p></body></html>''' % (CE, CE), 'text/html', cs='shift_jis', cte='base64')]),
    mid('E9', 'ses'), scs='iso-2022-jp', auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('certification', False, None, ['AWS11820374'], D(5, 2, 5, 0), A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Congratulations on recertifying your AWS Certification!',
    P('''Hello Kenta Morishita,

Because you earned AWS Certified Security - Specialty, your AWS Certified Developer - Associate certification has been recertified. Its new expiration date is April 5, 2028.

Candidate ID: AWS11820374

An updated certificate is available in your AWS Certification Account, and your Credly badge has been updated automatically.

Thank you for keeping your skills current.
AWS Certification
''', cs='us-ascii', cte='7bit'), mid('m68', 'certmetrics.com'),
    auth=g_auth('certmetrics.com', ip='198.2.180.41', pol='p=NONE sp=NONE dis=NONE'), pre=[dp(ME_P)])

add('unrelated', False, None, [], D(5, 7, 1, 15), A('AWS Training and Certification', 'no-reply@aws.training'), ME_P,
    'New in AWS Skill Builder: exam prep plans for Specialty certifications',
    P('''<html><body style="font-family:Arial;font-size:14px"><h2>What's new in AWS Skill Builder</h2>
<p>Structured exam prep plans are now available for the Specialty certifications, including Security, Machine Learning and Advanced Networking. Each plan combines official practice questions, labs and a review course.</p>
<p><a href="https://skillbuilder.aws/exam-prep">Browse exam prep plans</a></p>
<p style="font-size:11px;color:#777">You received this email because you have an AWS Training and Certification account. <a href="https://www.aws.training/Account/Preferences">Update your preferences</a>.</p></body></html>''', 'text/html', cte='base64'),
    mid('m69', 'ses'), auth=g_auth('aws.training', ip='54.240.27.55'), extra=['Precedence: bulk'], pre=[dp(ME_P)])

# ---------------------------------------------------------------- 070-079 (case A reopened)
USR_A4 = '''佐藤様

ご無沙汰しております。森下です。
3 月に統合していただいた認定アカウントの件で、追加でご相談させてください。

統合後のアカウントで試験履歴を改めて確認したところ、2019 年に受験した AWS Certified Cloud Practitioner の記録が見当たりませんでした。
認定自体はすでに失効していると思いますが、受験履歴としては残しておきたいと考えております。

お手数ですが、ご確認いただけますと幸いです。

''' + SIG_JP + '\n'
add('user_reply', False, CA, [], D(5, 9, 8, 55, JST), A('Kenta Morishita', ME_P), A('AWS トレーニングと認定', TC, 'iso-2022-jp'),
    'Re: RE: [CASE %s] %s' % (CA, TCSUBJ),
    P(USR_A4 + '\n2025年3月21日(金) 13:02 AWS トレーニングと認定 <%s>:\n' % TC + q(RES_A) + '\n', cs='iso-2022-jp', cte='7bit'),
    mid('A14', 'gmail'), irt=mid('A11', 'ses'), refs=[mid('A4', 'ses'), mid('A10', 'ses'), mid('A11', 'ses')], scs='iso-2022-jp')

add('acknowledgement', False, CA, [], D(5, 9, 0, 2, UTC, 31), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
    'RE: [CASE %s] %s' % (CA, TCSUBJ),
    P('''森下 健太 様

ご返信いただき、ありがとうございます。
いただいたメールにより、ケース 174124318205117 を再開いたしました。

担当者が内容を確認のうえ、あらためてご連絡いたします。それまでの間、同じ内容で新しいお問い合わせを作成されませんよう、お願いいたします。

本メールは自動送信されています。

AWS トレーニングと認定 カスタマーサポート
''', cs='iso-2022-jp', cte='7bit'), mid('A15', 'ses'), irt=mid('A14', 'gmail'), refs=[mid('A11', 'ses'), mid('A14', 'gmail')], scs='iso-2022-jp',
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

REQ_A3 = '''Hi Kenta,

Elena here - I've taken over your case from Misaki, who is away this week.

I looked for the 2019 Cloud Practitioner record. It isn't on any of the three profiles we merged in March (the merged profile is AWS11820374), which suggests it was recorded under a fourth profile that was never linked to you - for example one created with a different email address, perhaps a university or earlier employer's address.

Which email address did you use when you booked that exam in 2019? A score report or booking confirmation from that time would also do, since it will show the candidate ID the exam was recorded under.

Once I have that I can look the profile up and prepare it for merging.

Kind regards,
Elena V.
AWS Training and Certification Customer Support
'''
add('info_request', True, CA, ['AWS11820374'], D(5, 10, 3, 40), A('AWS Training and Certification', TC), ME_P,
    'RE: [CASE %s] %s' % (CA, TCSUBJ),
    MP('alternative', [
        P(REQ_A3 + '\n\nOn 2025-05-09 08:55 JST, Kenta Morishita <%s> wrote:\n' % ME_P + q(USR_A4) + '\n', cte='quoted-printable'),
        P('<html><body><div style="font-family:Calibri,Arial;font-size:11pt">' + REQ_A3.replace('\n', '<br>\n') +
          '<br><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3pt 0 0 0"><b>From:</b> Kenta Morishita &lt;' + ME_P + '&gt;<br><b>Sent:</b> Friday, May 9, 2025 8:55 AM</div>' +
          USR_A4.replace('\n', '<br>\n') + '</div></body></html>', 'text/html', cte='quoted-printable')]),
    mid('A16', 'ses'), irt=mid('A14', 'gmail'), refs=[mid('A11', 'ses'), mid('A14', 'gmail'), mid('A15', 'ses')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

USR_A5 = '''Hi Elena,

Thanks for looking into it.

I booked the 2019 exam with my university address, kenta.m@stu.kansai-tech.ac.jp. That address no longer works, but I found the old score report PDF. It shows candidate ID AWS00728164 and the exam date 2019-08-23.

Best regards,
Kenta Morishita
'''
add('user_reply', False, CA, ['AWS00728164'], D(5, 10, 14, 20, JST), A('Kenta Morishita', ME_P), A('AWS Training and Certification', TC),
    'Re: RE: [CASE %s] %s' % (CA, TCSUBJ),
    P(USR_A5 + '\nOn Sat, May 10, 2025 at 12:40 PM AWS Training and Certification <%s> wrote:\n' % TC + q(REQ_A3) + '\n', cs='us-ascii', cte='7bit'),
    mid('A17', 'gmail'), irt=mid('A16', 'ses'), refs=[mid('A14', 'gmail'), mid('A15', 'ses'), mid('A16', 'ses')])

CONF_A2 = '''森下様

AWS トレーニングと認定サポートの佐藤です。
Elena より本件を引き継ぎました。候補 ID をお知らせいただき、ありがとうございます。

AWS00728164 のアカウントを確認いたしました。内容は以下のとおりです。

  ログイン用メールアドレス: kenta.m@stu.kansai-tech.ac.jp
  試験履歴: AWS Certified Cloud Practitioner（2019 年 8 月 23 日 合格、2022 年 8 月 失効）
  特典: なし

こちらのアカウントを、3 月に統合した Account #1（AWS11820374、kenta.morishita.k@gmail.com）へ統合する予定です。統合後、大学のメールアドレスではサインインできなくなります。

上記のアカウントが森下様ご本人のものであること、ならびに Account #1 への統合を進めてよいことを、ご返信にてご確認いただけますでしょうか。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
'''
add('confirmation_request', True, CA, ['AWS00728164', 'AWS11820374'], D(5, 11, 23, 5), A('AWS Training and Certification', TC), ME_P,
    'RE: [CASE %s] %s' % (CA, TCSUBJ),
    P(CONF_A2 + '\n-----Original Message-----\nFrom: Kenta Morishita <%s>\nSent: Saturday, May 10, 2025 5:20 AM\n\n' % ME_P + USR_A5, cte='base64'),
    mid('A18', 'ses'), irt=mid('A17', 'gmail'), refs=[mid('A16', 'ses'), mid('A17', 'gmail')],
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)], nl='\r\n')

USR_A6 = '''佐藤様

ご確認ありがとうございます。
AWS00728164 は私のアカウントで間違いありません。Account #1 への統合をお願いいたします。

''' + SIG_JP + '\n'
add('user_reply', False, CA, ['AWS00728164'], D(5, 12, 9, 2, JST), A('Kenta Morishita', ME_P), A('AWS Training and Certification', TC),
    'Re: RE: [CASE %s] %s' % (CA, TCSUBJ),
    P(USR_A6 + '\n2025年5月12日(月) 8:05 AWS Training and Certification <%s>:\n' % TC + q(CONF_A2) + '\n', cte='quoted-printable'),
    mid('A19', 'gmail'), irt=mid('A18', 'ses'), refs=[mid('A16', 'ses'), mid('A17', 'gmail'), mid('A18', 'ses')])

RES_A2 = '''森下様

佐藤です。ご確認いただき、ありがとうございました。

AWS00728164 のアカウントを Account #1 へ統合いたしました。
2019 年の AWS Certified Cloud Practitioner の受験記録は、統合後のアカウント（AWS11820374）の試験履歴に表示されております。

本件について、森下様に追加でご対応いただくことはございません。
これをもちまして、本ケースは解決とさせていただきます。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
'''
add('resolved', False, CA, ['AWS00728164', 'AWS11820374'], D(5, 12, 6, 40), A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
    'RE: [CASE %s] %s' % (CA, TCSUBJ),
    MP('alternative', [
        P(RES_A2 + '\n\n2025/05/12 9:02、Kenta Morishita <%s> のメール:\n' % ME_P + q(USR_A6) + '\n>\n' + q(q(CONF_A2)) + '\n', cs='iso-2022-jp', cte='7bit'),
        P('<html><body><p>' + RES_A2.replace('\n', '<br>') + '</p><blockquote>' + (USR_A6 + '\n' + CONF_A2).replace('\n', '<br>') + '</blockquote></body></html>', 'text/html', cte='quoted-printable')]),
    mid('A20', 'ses'), irt=mid('A19', 'gmail'), refs=[mid('A17', 'gmail'), mid('A18', 'ses'), mid('A19', 'gmail')], scs='iso-2022-jp',
    auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('survey', False, CA, [], D(5, 13, 6, 40), A('AWS Training and Certification', TC), ME_P,
    'We value your feedback - case %s' % CA,
    P('''Hello Kenta,

Your case %s with AWS Training and Certification Customer Support was resolved recently.

If you have two minutes, we'd appreciate your answers to three short questions about how the case was handled:
https://survey.aws-tc-support.amazon.com/r?c=%s

Participation is optional and your answers are anonymous to the agent.

AWS Training and Certification Customer Support
''' % (CA, CA), cs='us-ascii', cte='7bit'), mid('A21', 'ses'), auth=g_auth('amazon.com', mailfrom='amazonses.com'), pre=[dp(ME_P)])

add('suspicious', False, None, ['AWS11820374'], D(5, 14, 10, 17), A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Security notice: confirm your AWS Certification account details',
    P('''Hello Kenta Morishita,

Following a recent change to your AWS Certification Account (candidate ID AWS11820374), our security team needs you to confirm your sign-in details. Accounts that are not confirmed within 72 hours will be locked and active certifications suspended.

Confirm your account: https://certmetrics-account-security.com/amazon/confirm?cid=AWS11820374

AWS Certification Security
''', cs='us-ascii', cte='7bit'), '<20250514101702.4F2A9@smtp.certmetrics-account-security.com>',
    auth=('mx.google.com;\n       dkim=fail (body hash did not verify) header.i=@certmetrics.com header.s=k1 header.b=Pq7LmZ2c;\n'
          '       spf=softfail (google.com: domain of transitioning bounce@certmetrics-account-security.com does not designate 103.75.190.4 as permitted sender) smtp.mailfrom=bounce@certmetrics-account-security.com;\n'
          '       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=certmetrics.com'),
    pre=[dp(ME_P), 'Return-Path: <bounce@certmetrics-account-security.com>'])

add('unrelated', False, None, [], D(5, 15, 10, 30, JST), A('岡田 真理', 'm-okada@aozora-cloud.co.jp'), A('森下 健太', ME_P),
    '認定資格の登録のお願い（パートナー資格者数の件）',
    P('''森下さん

お疲れさまです。アライアンス担当の岡田です。
入社早々すみません、一点お願いがあります。

当社は AWS パートナーのため、社員の認定資格をパートナーセントラルに紐づけて資格者数として計上しています。
お手数ですが、認定アカウントのプロフィールで会社のメールアドレスを追加し、パートナーとの資格情報の共有に同意していただけますか？
手順書を添付のリンクに置いておきます。https://aozora-cloud.sharepoint.com/sites/alliance/aws-cert

今月末の集計に間に合わせたいので、設定したら私まで一言もらえると助かります。

岡田
''', cte='base64'), mid('m79', 'outlook'), auth=g_auth('aozora-cloud.co.jp', ip='40.107.236.81', pol='p=NONE sp=NONE dis=NONE'),
    extra=['Content-Language: ja-JP', 'Thread-Topic: ' + eh('認定資格の登録のお願い（パートナー資格者数の件）')], pre=[dp(ME_P)])


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    counts = collections.Counter()
    for i, (raw, label) in enumerate(MSGS, 1):
        with open(os.path.join(HERE, '%03d-msg.eml' % i), 'wb') as fh: fh.write(raw)
        with open(os.path.join(HERE, '%03d-msg.json' % i), 'w') as fh: json.dump(label, fh, ensure_ascii=False); fh.write('\n')
        counts[label['kind']] += 1
    for k in sorted(counts): print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('needs_reply true: %d' % sum(1 for _, l in MSGS if l['needs_reply']))

if __name__ == '__main__':
    main()
