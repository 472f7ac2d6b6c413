#!/usr/bin/env python3
"""Generate the blind-78 held-out corpus (standard library only).

Writes NNN-slug.eml and NNN-slug.json into the directory this script lives in,
and README.md (owner, cases, one table line per message).
"""
import base64
import hashlib
import json
import os
import quopri
import email.utils
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

P = 'haruka.mizuno.0712@gmail.com'      # personal address
C = 'h.mizuno@aozora-dx.co.jp'          # old company address
FORM = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

CASE_E = '9038261745'          # 2021 console case (10 digits)
CASE_F = '12780334519'         # 2023 T&C form case, reopened in 2025 (11 digits)
CASE_A = '174651209300421'     # 2025 main merge case (15 digits)
CASE_B = '174661307700664'     # 2025 duplicate form submission of A
CASE_D = '174798840000215'     # 2025 console case (Skill Builder billing)
CASE_C = '174908701600932'     # 2025 different request (benefit), not a duplicate
CASE_G = '174908712300418'     # 2025 double submission of C

SUBJ_FORM = '[AWS Training and Certification Form Submission] - account-assistance'
SUBJ_CERT = '[AWS Training and Certification Form Submission] - certification'

MSGS = []      # dicts: key, raw, label, what, hard
MID = {}       # key -> Message-ID


# ---------------------------------------------------------------- helpers
def h8(key, n=16):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def mid_ses(key):
    x = hashlib.sha1(key.encode()).hexdigest()
    return '<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        x[:9], x[9:17], x[17:21], x[21:25], x[25:29])


def mid_gmail(key):
    x = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode()
    x = x.replace('/', 'x').replace('+', 'Q').rstrip('=')
    return '<CAK%s@mail.gmail.com>' % x[:40]


def mid_outlook(key):
    x = hashlib.sha1(key.encode()).hexdigest().upper()
    return '<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>' % (
        x[:4], x[4:12], x[12:16])


def mid_other(key, dom):
    return '<%s.%s@%s>' % (h8(key, 12), h8(key + 'x', 8), dom)


def enc_hdr(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, address, charset='utf-8'):
    if not name:
        return address
    return email.utils.formataddr((name, address), charset)


def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw


def leaf(text, sub='plain', charset='utf-8', cte='8bit', fmt_flowed=False):
    if charset == 'iso-2022-jp':
        cte = '7bit'
    ct = 'Content-Type: text/%s; charset="%s"' % (sub, charset)
    if fmt_flowed:
        ct += '; format=flowed'
    h = ct + '\nContent-Transfer-Encoding: %s\n' % cte
    return h.encode('ascii'), enc_body(text, charset, cte)


def attach(data, ctype, filename):
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n' % (ctype, filename, filename))
    return h.encode('ascii'), base64.encodebytes(data)


def raw_part(headers, body_text):
    return headers.encode('ascii'), body_text.encode('utf-8')


def multi(parts, key, sub='alternative', params=''):
    boundary = '----=_Part_%s' % h8(key + sub, 20)
    h = 'Content-Type: multipart/%s; boundary="%s"%s\n' % (sub, boundary, params)
    b = b'This is a multi-part message in MIME format.\n\n'
    for ph, pb in parts:
        b += b'--' + boundary.encode() + b'\n' + ph + b'\n' + pb
        if not pb.endswith(b'\n'):
            b += b'\n'
    b += b'--' + boundary.encode() + b'--\n'
    return h.encode('ascii'), b


def quote(text, prefix='> '):
    out = []
    for line in text.rstrip('\n').split('\n'):
        out.append((prefix + line) if line else prefix.rstrip())
    return '\n'.join(out) + '\n'


def html_wrap(inner, lang='ja'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Meiryo,sans-serif;font-size:14px">\n%s\n</body></html>\n'
            % (lang, inner))


def text_to_html(text):
    esc = (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    paras = esc.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % p.replace('\n', '<br>\n') for p in paras)


# Authentication-Results variants
def ar_gmail_amazon(key):
    s = 'a1' + h8(key, 14)
    return ('mx.google.com;\n'
            '       dkim=pass header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb5qcbtd3r4l header.b=%s;\n'
            '       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n'
            '       spf=pass (google.com: domain of %s@email.amazonses.com designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s@email.amazonses.com;\n'
            '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com'
            % (h8(key + 'b', 8), h8(key + 'c', 8), '0100019' + s, int(h8(key, 2), 16) % 200 + 20, '0100019' + s))


def ar_m365_amazon(key):
    return ('spf=pass (sender IP is 54.240.48.%d)\n'
            ' smtp.mailfrom=email.amazonses.com; dkim=pass (signature was verified)\n'
            ' header.d=amazon.com;dkim=pass (signature was verified)\n'
            ' header.d=amazonses.com;dmarc=pass action=none\n'
            ' header.from=amazon.com;compauth=pass reason=100'
            % (int(h8(key, 2), 16) % 200 + 20))


def ar_gmail(dom, key, mailfrom=None):
    mailfrom = mailfrom or ('bounce@' + dom)
    return ('mx.google.com;\n'
            '       dkim=pass header.i=@%s header.s=s1 header.b=%s;\n'
            '       spf=pass (google.com: domain of %s designates 198.51.100.%d as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s'
            % (dom, h8(key, 8), mailfrom, int(h8(key, 2), 16) % 200 + 20, mailfrom, dom))


def ar_m365(dom, key):
    return ('spf=pass (sender IP is 203.0.113.%d)\n'
            ' smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
            ' header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n'
            ' reason=100' % (int(h8(key, 2), 16) % 200 + 20, dom, dom, dom))


def build(key, label, what, hard, *, frm, to, subject, date, mid, part,
          cc=None, irt=None, refs=None, auth=None, extra=(), crlf=False,
          subj_charset='utf-8', return_path=None):
    MID[key] = mid
    lines = []
    if return_path:
        lines.append('Return-Path: <%s>' % return_path)
    if auth:
        lines.append('Authentication-Results: ' + auth)
    lines.append('From: ' + frm)
    lines.append('To: ' + to)
    if cc:
        lines.append('Cc: ' + cc)
    lines.append('Subject: ' + enc_hdr(subject, subj_charset))
    lines.append('Date: ' + date)
    lines.append('Message-ID: ' + mid)
    if irt:
        lines.append('In-Reply-To: ' + MID[irt])
    if refs:
        lines.append('References: ' + '\n '.join(MID[r] for r in refs))
    lines.extend(extra)
    lines.append('MIME-Version: 1.0')
    ph, pb = part
    data = ('\n'.join(lines) + '\n').encode('ascii') + ph + b'\n' + pb
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append(dict(key=key, raw=data, label=label, what=what, hard=hard))


def L(kind, reply=False, case=None, cands=()):
    return {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cands)}


AWS_FORM = addr(None, FORM)
AWS_CONSOLE = addr('Amazon Web Services', CONSOLE)
ME_P = addr('Haruka Mizuno', P)
ME_C_JA = addr('水野 遥', C)
FEEDBACK = ('We value your feedback. Please share your experience by rating this and other '
            'correspondences in the AWS Support Center. You can rate a correspondence by '
            'selecting the stars in the top right corner of the correspondence.')
CONSOLE_FOOT = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a '
                'registered trademark of Amazon.com, Inc. This message was produced and '
                'distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')

def define():
    # ======================================================= 2021: console case E
    t = ('Hello,\n\n'
         'We have received your request for support (case ID: %s) with the following details:\n\n'
         'Subject: Cannot sign in to AWS Certification account after password reset\n'
         'Severity: General guidance\n'
         'Category: Account and Billing / Certification\n'
         'AWS account: 402918374615\n\n'
         'A Customer Service representative will review the case and respond within 24 hours.\n'
         'You can view the case, add correspondence or attachments, and monitor its status in the\n'
         'Support Center:\n'
         'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
         'Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n'
         'To add information to this case, use the link above.\n\n'
         'Sincerely,\nAmazon Web Services\n\n%s\n') % (CASE_E, CASE_E, CONSOLE_FOOT)
    build('e_ack', L('acknowledgement', False, CASE_E),
          'Console case opened (2021, 10-digit id)',
          '12-digit AWS account id next to the case id; "To add information ... use the link" is conditional',
          frm=AWS_CONSOLE, to=P, subject='Amazon Web Services: New Support case: ' + CASE_E,
          date='Tue, 12 Oct 2021 09:41:07 +0000', mid=mid_ses('e_ack'),
          auth=ar_gmail_amazon('e_ack'), part=leaf(t, charset='us-ascii', cte='7bit'))

    e_ask = ('水野 様\n\n'
             'Amazon Web Services カスタマーサービスの大西でございます。\n'
             'このたびはお問い合わせいただき、誠にありがとうございます。\n\n'
             '認定アカウントへサインインできない件につき、ご不便をおかけしており申し訳ございません。\n'
             'サインイン方式の変更に伴い、旧方式でパスワードを再設定された場合に、既存のアカウントとは別の\n'
             '認定アカウントが新たに作成されてしまう事例が確認されております。お客様の場合もこれに該当する\n'
             '可能性がございますが、現時点ではどちらのアカウントが正しいものか判別できておりません。\n\n'
             '状況を正確に確認するため、お手数ではございますが、以下の 2 点をサポートセンターのケース画面から\n'
             'お知らせいただけますでしょうか。\n\n'
             '  1. 認定アカウントの候補 ID(「AWS」で始まる番号)\n'
             '  2. 最後に受験された試験名と受験日\n\n'
             'なお、本メールは送信専用アドレスから送信しております。本メールに直接ご返信いただいても\n'
             '受け付けることができませんので、必ず下記リンクからご回答くださいますようお願いいたします。\n'
             'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
             '何卒よろしくお願い申し上げます。\n\n'
             '大西\nAmazon Web Services\n\n'
             '==================================\n%s\n==================================\n') % (CASE_E, FEEDBACK)
    build('e_ask', L('info_request', True, CASE_E),
          'Console case: agent asks (keigo) for candidate id and last exam, to be answered in the Support Center',
          'Japanese keigo ask; mail itself says it cannot be replied to; feedback footer underneath',
          frm=AWS_CONSOLE, to=P,
          subject='RE:[CASE %s] Cannot sign in to AWS Certification account after password reset' % CASE_E,
          date='Wed, 13 Oct 2021 08:22:17 +0000', mid=mid_ses('e_ask'),
          auth=ar_gmail_amazon('e_ask'), crlf=True,
          part=multi([leaf(e_ask, cte='base64'),
                      leaf(html_wrap(text_to_html(e_ask)), sub='html', cte='base64')], 'e_ask'))

    t = ('水野 様\n\n'
         '大西でございます。サポートセンターにてご回答いただき、ありがとうございました。\n\n'
         'ご提示いただいた候補 ID AWS02817364 の認定アカウントに、新たに作成されていたアカウントの\n'
         'サインイン情報を紐付け直しました。現在は従来どおりサインインいただける状態です。試験履歴および\n'
         '取得済み認定が AWS02817364 側に表示されることも確認済みでございます。\n\n'
         '本件は解決済みとしてケースをクローズいたします。お客様に追加でご対応いただく必要はございません。\n\n'
         '大西\nAmazon Web Services\n\n'
         '---- 2021-10-13 08:22:17 +0000 のご連絡 ----\n'
         '状況を正確に確認するため、お手数ではございますが、以下の 2 点をサポートセンターのケース画面から\n'
         'お知らせいただけますでしょうか。\n'
         '  1. 認定アカウントの候補 ID(「AWS」で始まる番号)\n'
         '  2. 最後に受験された試験名と受験日\n\n'
         '==================================\n%s\n==================================\n') % FEEDBACK
    build('e_done', L('resolved', False, CASE_E, ['AWS02817364']),
          'Console case resolved (Japanese) with the earlier ask appended as history',
          'old request (お知らせいただけますでしょうか) copied under the resolution; rating footer',
          frm=AWS_CONSOLE, to=P,
          subject='RE:[CASE %s] Cannot sign in to AWS Certification account after password reset' % CASE_E,
          date='Fri, 15 Oct 2021 02:05:44 +0000', mid=mid_ses('e_done'),
          auth=ar_gmail_amazon('e_done'), part=leaf(t, cte='quoted-printable'))

    # ======================================================= 2023: form case F
    f_ack = ('Hello,\n\n'
             'Thank you for contacting Amazon Web Services. We have opened case %s to address your\n'
             'request. The details of your case are as follows:\n\n'
             'Case ID: %s\n'
             'Subject: %s\n'
             'Severity: Low\n'
             'Correspondence: Inquiry type: Certification\n'
             'Additional details: Account Merge\n'
             'Description: I seem to have two certification accounts registered to\n'
             'h.mizuno@aozora-dx.co.jp (one was created when I signed in through AWS Partner Central).\n'
             'My badges stopped appearing on Credly. I would like them combined into the original one.\n\n'
             'We usually respond within 24 hours, although some requests need more time to investigate.\n'
             'If a case is already open for this request, please do not open another one: duplicate\n'
             'cases delay our response.\n\n'
             'To add details to this case, reply to this email.\n\n'
             'Best regards,\nAmazon Web Services\n') % (CASE_F, CASE_F, SUBJ_FORM)
    build('f_ack', L('acknowledgement', False, CASE_F),
          '2023 form case opened (11-digit id), to the company address',
          '"please do not open another one" and "reply to this email" are not asks; CRLF + QP',
          frm=AWS_FORM, to=C, subject='RE:[CASE %s] %s' % (CASE_F, SUBJ_FORM),
          date='Thu, 02 Mar 2023 04:12:55 +0000', mid=mid_ses('f_ack'),
          auth=ar_m365_amazon('f_ack'), crlf=True, part=leaf(f_ack, charset='us-ascii', cte='quoted-printable'))

    f_conf = ('Hi Haruka,\n\n'
              'Thanks for your patience - the queue has been unusually long this week.\n\n'
              'I located two certification accounts that share the login h.mizuno@aozora-dx.co.jp:\n\n'
              '  AWS03391175 - created 2022-11-18 through AWS Partner Central single sign-on, no exam history\n'
              '  AWS02817364 - created 2019-06-03, holds your exam history, 3 active certifications and the Credly link\n\n'
              'The usual approach is to fold the empty account into the one with the history, after which\n'
              'only AWS02817364 remains and the Partner Central sign-in points to it. Before I do anything\n'
              'irreversible I need to hear back from you that AWS02817364 is the account you want to keep.\n\n'
              'Regards,\nRitesh M.\nAWS Training and Certification Customer Service\n')
    build('f_conf', L('confirmation_request', True, CASE_F, ['AWS03391175', 'AWS02817364']),
          'Agent lists two same-address accounts and wants to hear which to keep',
          'no "please", no question mark: "I need to hear back from you that ..." after an explanation',
          frm=AWS_FORM, to=C, subject='RE:[CASE %s] %s' % (CASE_F, SUBJ_FORM),
          date='Tue, 07 Mar 2023 02:02:31 +0000', mid=mid_ses('f_conf'), irt='f_ack', refs=['f_ack'],
          auth=ar_m365_amazon('f_conf'), part=leaf(f_conf, charset='us-ascii', cte='7bit'))

    t = ('Hi Ritesh,\n\n'
         'Yes, AWS02817364 is the one to keep. Thank you!\n\n'
         'Best regards,\nHaruka Mizuno\nAozora DX Inc. / Cloud Integration Dept.\n\n'
         '-----Original Message-----\n'
         'From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>\n'
         'Sent: Tuesday, March 7, 2023 11:02 AM\n'
         'To: h.mizuno@aozora-dx.co.jp\n'
         'Subject: RE:[CASE %s] %s\n\n' % (CASE_F, SUBJ_FORM)) + f_conf
    build('f_rep', L('user_reply', False, CASE_F, ['AWS02817364']),
          'Owner confirms from the company mailbox (Outlook)',
          'Outlook "-----Original Message-----" history holds the request and a second candidate id',
          frm=addr('Haruka Mizuno', C), to=FORM, subject='RE: [CASE %s] %s' % (CASE_F, SUBJ_FORM),
          date='Tue, 7 Mar 2023 11:36:02 +0900', mid=mid_outlook('f_rep'), irt='f_conf',
          refs=['f_ack', 'f_conf'], crlf=True,
          extra=['Thread-Topic: [CASE %s] %s' % (CASE_F, SUBJ_FORM), 'X-MS-Has-Attach:', 'Content-Language: en-US'],
          part=multi([leaf(t, charset='us-ascii', cte='quoted-printable'),
                      leaf(html_wrap(text_to_html(t), 'en'), sub='html', charset='us-ascii', cte='quoted-printable')],
                     'f_rep'))

    t = ('Hello Haruka Mizuno,\n\n'
         'AWS Certification is inviting a small group of certified individuals to share their views on\n'
         'the AWS Certification program: exam registration, the exam itself, and the benefits you\n'
         'receive after certifying. The questionnaire takes about 10 minutes and your answers are\n'
         'anonymous.\n\n'
         'Take the questionnaire: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=84215\n\n'
         'The invitation is open until March 31, 2023.\n\n'
         'Thank you,\nAWS Certification\n\n'
         'You are receiving this because you opted in to "Lend Your Voice to AWS Certification".\n')
    build('cm_voice', L('certification'),
          'CertMetrics feedback invitation about the certification program',
          'looks like a survey/feedback request but is a certification notice',
          frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=C,
          subject='AWS Certification wants to hear from you', date='Wed, 08 Mar 2023 16:00:12 +0000',
          mid=mid_other('cm_voice', 'certmetrics.com'), auth=ar_m365('certmetrics.com', 'cm_voice'),
          part=multi([leaf(t, charset='us-ascii', cte='7bit'),
                      leaf(html_wrap(text_to_html(t), 'en'), sub='html', cte='quoted-printable')], 'cm_voice'))

    t = ('Hello Haruka,\n\n'
         'I have successfully merged AWS03391175 into AWS02817364. Signing in through AWS Partner Central\n'
         'or with your AWS Builder ID now takes you to AWS02817364. Your Credly badges can take up to\n'
         '48 hours to show again.\n\n'
         'This case is now resolved.\n\n'
         'Regards,\nRitesh M.\nAWS Training and Certification Customer Service\n\n'
         '> On 2023-03-07 02:36, h.mizuno@aozora-dx.co.jp wrote:\n'
         '> Hi Ritesh,\n>\n> Yes, AWS02817364 is the one to keep. Thank you!\n>\n'
         + quote(f_conf, '> > '))
    build('f_done', L('resolved', False, CASE_F, ['AWS03391175', 'AWS02817364']),
          '2023 merge done, quoting the confirmation exchange',
          'quoted history still contains "I need to hear back from you"',
          frm=AWS_FORM, to=C, subject='RE:[CASE %s] %s' % (CASE_F, SUBJ_FORM),
          date='Fri, 10 Mar 2023 07:48:09 +0000', mid=mid_ses('f_done'), irt='f_rep',
          refs=['f_ack', 'f_conf', 'f_rep'], auth=ar_m365_amazon('f_done'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    h = html_wrap(
        '<table width="600" style="border:1px solid #ddd"><tr><td style="padding:24px">'
        '<h2>Haruka, your badge is ready</h2>'
        '<p>Amazon Web Services Training and Certification has issued you the badge '
        '<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>'
        '<p>Accept it to add it to your Credly profile and share it on LinkedIn.</p>'
        '<p><a href="https://www.credly.com/badges/3f0c2a71-9b1e-4d5e-8a40-61d2c7e0b913/accept" '
        'style="background:#f60;color:#fff;padding:10px 18px">Accept badge</a></p>'
        '<p style="color:#888;font-size:11px">Credly, Inc. &middot; You are receiving this email because a badge '
        'was issued to h.mizuno@aozora-dx.co.jp.</p></td></tr></table>', 'en')
    build('cr_2023', L('badge'),
          'Credly badge issued again after the 2023 merge (HTML only)',
          'arrives the same minute as the resolution; "Accept badge" button is not a reply',
          frm=addr('Credly', 'admin@credly.com'), to=C,
          subject='Amazon Web Services Training and Certification has issued you a badge',
          date='Fri, 10 Mar 2023 07:51:40 +0000', mid=mid_other('cr_2023', 'credly.com'),
          auth=ar_m365('credly.com', 'cr_2023'), part=leaf(h, sub='html', cte='quoted-printable'))

    # ======================================================= 2025
    t = ('Hello Haruka Mizuno,\n\n'
         'Candidate ID: AWS02817364\n\n'
         'Your AWS Certified Developer - Associate certification expires on June 21, 2025.\n\n'
         'To keep it active, pass the current version of the exam (or a higher-level exam that\n'
         'recertifies it) before the expiration date. Once it expires you will have to take the exam\n'
         'again to regain the certification, and the related benefits will end.\n\n'
         'Manage your certifications: https://www.aws.training/Certification\n\n'
         'AWS Certification\n')
    build('cm_exp', L('certification', cands=['AWS02817364']),
          'CertMetrics expiry notice with the candidate id',
          'candidate id in a non-case mail; "To keep it active, pass..." is not a reply ask',
          frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=C,
          subject='Your AWS Certification expires in 60 days', date='Tue, 22 Apr 2025 15:00:03 +0000',
          mid=mid_other('cm_exp', 'certmetrics.com'), auth=ar_m365('certmetrics.com', 'cm_exp'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    friend = ('遥さん\n\n'
              '転職おめでとう!送別会の日程が決まったら教えてね。\n\n'
              'ところで、AWS認定のアカウントって会社のアドレスで作ってたよね?\n'
              '自分も来月で辞めるんだけど、個人アカウントへの統合ってどうやるの?サポートに問い合わせるんだっけ。\n'
              'やってみたら手順を返信してもらえると助かる!\n\n'
              '曽根\n')
    build('friend', L('unrelated'),
          'A friend asks how the certification merge works',
          'personal mail that asks for a reply and talks about 統合/サポート, but is not support',
          frm=addr('曽根 拓也', 'takuya.sone@gmail.com'), to=P, subject='転職おめでとう',
          date='Wed, 30 Apr 2025 21:13:40 +0900', mid=mid_gmail('friend'),
          auth=ar_gmail('gmail.com', 'friend', 'takuya.sone@gmail.com'),
          part=leaf(friend, cte='8bit'))

    t = ('Hello,\n\n'
         'Thank you for creating your AWS Builder ID. Use this code to verify your email address:\n\n'
         '    583209\n\n'
         'The code expires in 30 minutes. If you did not request it, you can ignore this email.\n\n'
         'Amazon Web Services\n')
    build('bid1', L('unrelated'), 'Builder ID verification code (6 digits)',
          'six-digit number near "verify"; AWS sender',
          frm=addr('AWS Builder ID', 'no-reply@signin.aws'), to=P,
          subject='Verify your AWS Builder ID email address', date='Mon, 05 May 2025 00:58:21 +0000',
          mid=mid_other('bid1', 'signin.aws'), auth=ar_gmail('signin.aws', 'bid1'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    f_done_q = ('Hello Haruka,\n\n'
                'I have successfully merged AWS03391175 into AWS02817364. Signing in through AWS Partner Central\n'
                'or with your AWS Builder ID now takes you to AWS02817364. ...\n\n'
                'This case is now resolved.\n\nRegards,\nRitesh M.\n')
    t = ('Hello,\n\n'
         "I'm writing on this old case because it has my account history.\n"
         "I will leave Aozora DX at the end of May 2025, and I'd like to merge my company certification\n"
         'account (AWS02817364, h.mizuno@aozora-dx.co.jp) into my new personal account (AWS05519830,\n'
         'haruka.mizuno.0712@gmail.com). Can this be handled on this case?\n\n'
         '水野 遥 / Haruka Mizuno\n株式会社あおぞらDX クラウドインテグレーション部\n\n'
         '-----Original Message-----\n'
         'From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>\n'
         'Sent: Friday, March 10, 2023 4:48 PM\n'
         'To: h.mizuno@aozora-dx.co.jp\n'
         'Subject: RE:[CASE %s] %s\n\n' % (CASE_F, SUBJ_FORM)) + f_done_q
    build('f_reopen', L('user_reply', False, CASE_F, ['AWS02817364', 'AWS05519830']),
          'Owner writes on the resolved 2023 case asking for the new merge',
          'reply on an old, resolved case; ISO-2022-JP Outlook; starts the "reopened case"',
          frm=ME_C_JA, to=FORM, subject='RE: [CASE %s] %s' % (CASE_F, SUBJ_FORM),
          date='Mon, 5 May 2025 10:20:45 +0900', mid=mid_outlook('f_reopen'), irt='f_done',
          refs=['f_ack', 'f_done'], crlf=True, extra=['Content-Language: ja-JP'],
          part=leaf(t, charset='iso-2022-jp'))

    a_ack = ('水野 遥 様\n\n'
             'Amazon Web Services にお問い合わせいただき、ありがとうございます。\n'
             'お客様のご依頼について、ケース %s を作成いたしました。ケースの詳細は以下のとおりです。\n\n'
             'The details of your case are as follows:\n'
             '  Case ID: %s\n'
             '  Subject: %s\n'
             '  Severity: Low\n'
             '  Inquiry type: AWS Training and Certification / Certification\n'
             '  Additional details: Account Merge\n'
             '  Description:\n'
             '    Use Case: I will no longer be an employee of Aozora DX after May 30 and would like to merge my accounts.\n'
             '    All email addresses you may have used in our system: h.mizuno@aozora-dx.co.jp, haruka.mizuno.0712@gmail.com\n'
             '    The email address you would like to keep on file: haruka.mizuno.0712@gmail.com\n\n'
             '通常 24 時間以内に担当者よりご連絡いたしますが、内容によっては調査にお時間を頂戴する場合がございます。\n'
             'すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n'
             '対応が遅れる原因となります。\n\n'
             '追加の情報がございましたら、このメールにご返信ください。\n\n'
             'Amazon Web Services\n') % (CASE_A, CASE_A, SUBJ_FORM)
    build('a_ack', L('acknowledgement', False, CASE_A),
          'Main 2025 case opened (15-digit id); Japanese text around an English details block',
          'conditional 〜がございましたら…ご返信ください; duplicate warning boilerplate',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Tue, 06 May 2025 06:15:02 +0000', mid=mid_ses('a_ack'), auth=ar_gmail_amazon('a_ack'),
          part=multi([leaf(a_ack, cte='quoted-printable'),
                      leaf(html_wrap(text_to_html(a_ack)), sub='html', cte='quoted-printable')], 'a_ack'))

    t = ('Hello,\n\n'
         'Thank you for contacting Amazon Web Services. We have opened case %s for your request.\n\n'
         'Case ID: %s\n'
         'Subject: %s\n'
         'Inquiry type: Certification\n'
         'Additional details: Account Merge\n'
         'Description: Please merge my company certification account into my personal account\n'
         '(haruka.mizuno.0712@gmail.com). I submitted this yesterday from home but I am not sure it went through.\n\n'
         'Most requests receive a response within 24 hours. To avoid delays, please do not submit the\n'
         'same request more than once.\n\n'
         'Thank you,\nAmazon Web Services\n') % (CASE_B, CASE_B, SUBJ_FORM)
    build('b_ack', L('acknowledgement', False, CASE_B),
          'Second case for the same merge request (duplicate form submission from the company PC)',
          'a new case id for the same request; "RE: [CASE" with a space; CRLF',
          frm=AWS_FORM, to=C, subject='RE: [CASE %s] %s' % (CASE_B, SUBJ_FORM),
          date='Wed, 07 May 2025 10:18:40 +0000', mid=mid_ses('b_ack'), auth=ar_m365_amazon('b_ack'),
          crlf=True, part=leaf(t, charset='us-ascii', cte='7bit'))

    f_ask = ('水野 様\n\n'
             'AWS トレーニングと認定カスタマーサービスの田村と申します。\n'
             '2023 年にご対応したケースへご連絡いただき、ありがとうございます。ご退職に伴うアカウント統合の\n'
             'ご依頼と承知いたしました。本ケースは再オープンしております。\n\n'
             'ただ、確認いたしましたところ、同じご依頼の内容で 5 月 6 日に個人のメールアドレスから\n'
             'ケース %s が作成されており、すでに担当者が対応を始めております。\n'
             '(5 月 7 日に作成されたケース %s についても同内容のため、別の担当者が重複として処理いたします。)\n\n'
             '複数のケースで並行して作業を進めますと、確認のご連絡が重複したり、処理が二重に行われたりする\n'
             'おそれがございます。つきましては、ケース %s に一本化し、本ケースはクローズさせていただく形で\n'
             'よろしいでしょうか。差し支えなければ、その旨を本メールへのご返信にてお知らせいただけますと幸いです。\n\n'
             '田村\nAWS Training and Certification Customer Service\n') % (CASE_A, CASE_B, CASE_A)
    build('f_ask', L('info_request', True, CASE_F),
          'Reopened 2023 case: agent asks whether to close it and continue on the newer case',
          'three case ids in one mail; the ask is about which case to keep, not the merge; keigo',
          frm=AWS_FORM, to=C, subject='RE:[CASE %s] %s' % (CASE_F, SUBJ_FORM),
          date='Wed, 07 May 2025 11:20:13 +0000', mid=mid_ses('f_ask'), irt='f_reopen',
          refs=['f_done', 'f_reopen'], auth=ar_m365_amazon('f_ask'), part=leaf(f_ask, cte='base64'))

    h = html_wrap(
        '<table width="640" cellpadding="0" cellspacing="0"><tr><td>'
        '<h1 style="color:#232f3e">AWS Summit Japan 2025 登録受付中</h1>'
        '<p>6 月 25 日(水)・26 日(木) 幕張メッセにて開催。160 以上のセッション、EXPO、AWS 認定者ラウンジをご用意しています。</p>'
        '<p>AWS 認定をお持ちの方は、受付で認定者ラウンジの入場証をお受け取りください。</p>'
        '<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>'
        '<p style="font-size:11px;color:#777">本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。'
        '配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>'
        'アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table>')
    build('mk_summit', L('unrelated'), 'AWS Japan marketing (Summit), HTML only, base64',
          'AWS sender, mentions 認定; "ご返信いただいても" in footer',
          frm=addr('AWS Japan', 'aws-marketing-email-replies@amazon.com'), to=P,
          subject='【AWS Summit Japan 2025】登録受付中 - 6 月 25 日・26 日 幕張メッセ',
          date='Wed, 07 May 2025 01:00:00 +0000', mid=mid_ses('mk_summit'), auth=ar_gmail_amazon('mk_summit'),
          part=leaf(h, sub='html', cte='base64'))

    t = ('水野様\n\n'
         'お問い合わせありがとうございます。AWS トレーニングと認定サポートの森です。\n\n'
         '本ケース(%s)のご依頼内容は、5 月 6 日に個人のメールアドレスから作成されたケース\n'
         '%s と同一であることを確認しました。対応の重複を避けるため、本ケースは重複ケースとして\n'
         'クローズし、ケース %s に紐付けました。\n\n'
         'なお、これはご依頼が完了したという意味ではありません。アカウント統合の手続きはケース\n'
         '%s で引き続き進めており、担当者から個人のメールアドレス宛にご連絡します。\n'
         '本ケースへのご返信は不要です。\n\n'
         '森\nAWS Training and Certification Customer Service\n') % (CASE_B, CASE_A, CASE_A, CASE_A)
    build('b_dup', L('case_update', False, CASE_B),
          'Duplicate case closed by support and linked to the main case',
          'says "closed" but not for lack of reply and not a resolution; mentions the other case id 3 times',
          frm=AWS_FORM, to=C, subject='RE: [CASE %s] %s' % (CASE_B, SUBJ_FORM),
          date='Thu, 08 May 2025 00:41:55 +0000', mid=mid_ses('b_dup'), irt='b_ack', refs=['b_ack'],
          auth=ar_m365_amazon('b_dup'), part=leaf(t, cte='8bit'))

    t = ('田村様\n\n'
         'ご連絡ありがとうございます。\n'
         'はい、ケース %s に一本化していただいて問題ありません。本ケースはクローズしてください。\n'
         'お手数をおかけします。\n\n'
         '水野\n\n'
         '差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>\n'
         '送信日時: 2025年5月7日 水曜日 20:20\n'
         '宛先: 水野 遥 <h.mizuno@aozora-dx.co.jp>\n'
         '件名: RE:[CASE %s] %s\n\n' % (CASE_A, CASE_F, SUBJ_FORM)) + f_ask
    build('f_rep2', L('user_reply', False, CASE_F),
          'Owner agrees to close the reopened case (Japanese Outlook header block)',
          'mentions the other case id in her text; quoted ask below; ISO-2022-JP',
          frm=ME_C_JA, to=FORM, subject='RE: [CASE %s] %s' % (CASE_F, SUBJ_FORM),
          date='Thu, 8 May 2025 09:55:10 +0900', mid=mid_outlook('f_rep2'), irt='f_ask',
          refs=['f_done', 'f_reopen', 'f_ask'], crlf=True, extra=['Content-Language: ja-JP'],
          part=leaf(t, charset='iso-2022-jp'))

    fwd_apn = ('---------- Forwarded message ---------\n'
               'From: AWS Partner Certification Operations\n'
               'Date: Thu, May 8, 2025 at 1:47 AM\n'
               'Subject: Merge request - partner-linked certification account\n'
               'To: AWS Training and Certification Customer Service\n\n'
               'Hi team,\n\n'
               'The source account is linked to an APN partner organization (Aozora DX Inc.). Certifications\n'
               "held by an individual while employed at a partner count toward that partner's tier, so we\n"
               "don't release them on the individual's request alone while they are still listed as an employee.\n\n"
               'To move forward we need the individual to tell us, in a reply on the case, the last day of\n'
               'their employment with the partner, and to acknowledge that after the merge these\n'
               'certifications will no longer be attributed to Aozora DX in Partner Central.\n\n'
               'Thanks,\nPartner Certification Operations\n')
    a_hold = ('水野 遥 様\n\n'
              'お世話になっております。AWS トレーニングと認定カスタマーサービスの佐藤です。\n\n'
              '統合元の認定アカウント(h.mizuno@aozora-dx.co.jp)は AWS パートナーネットワーク(APN)の\n'
              '組織に関連付けられているため、パートナーチームの確認が終わるまで統合作業を保留しております。\n'
              'パートナーチームからの連絡を以下に転送いたします。\n\n'
              '佐藤\nAWS Training and Certification Customer Service\n\n') + fwd_apn
    build('a_hold', L('on_hold', True, CASE_A),
          'APN hold; the only ask is inside a forwarded note from the partner team',
          "agent's own text only reports the hold; the request (last day + acknowledgement) is in the forwarded English block",
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Thu, 08 May 2025 01:47:36 +0000', mid=mid_ses('a_hold'), irt='a_ack', refs=['a_ack'],
          auth=ar_gmail_amazon('a_hold'),
          part=multi([leaf(a_hold, cte='base64'),
                      leaf(html_wrap(text_to_html(a_hold)), sub='html', cte='base64')], 'a_hold'))

    t = ('Merged #118 into main.\n\n'
         '--\n'
         'Reply to this email directly, view it on GitHub:\n'
         'https://github.com/aozora-dx/cert-portal/pull/118#event-17554021973\n'
         'You are receiving this because you were mentioned.\n')
    build('gh', L('unrelated'), 'GitHub: pull request merged',
          '"Merged" and "merge duplicate ... records" in subject; "Reply to this email"',
          frm=addr('Kenta Ogawa', 'notifications@github.com'), to=addr(None, 'cert-portal@noreply.github.com'),
          cc=C, subject='Re: [aozora-dx/cert-portal] Merge duplicate candidate records before offboarding (PR #118)',
          date='Thu, 08 May 2025 02:12:09 -0700', mid='<aozora-dx/cert-portal/pull/118/issue_event/17554021973@github.com>',
          auth=ar_m365('github.com', 'gh'),
          extra=['List-ID: aozora-dx/cert-portal <cert-portal.aozora-dx.github.com>', 'X-GitHub-Reason: mention'],
          part=leaf(t, charset='us-ascii', cte='7bit'))

    t = ('佐藤様\n\n'
         'ご連絡ありがとうございます。\n'
         '株式会社あおぞらDXでの最終出社日は 2025 年 5 月 30 日です(会社のメールアドレスも同日で利用できなくなります)。\n'
         '統合後、認定が Partner Central 上で同社に紐づかなくなることについても承知しました。\n'
         'よろしくお願いいたします。\n\n'
         '水野 遥\n\n'
         '2025年5月8日(木) 10:47 <aws-cs-trainingcertification-form@amazon.com>:\n\n') + quote(a_hold)
    build('a_rep1', L('user_reply', False, CASE_A),
          'Owner answers the APN hold (Gmail, Japanese)',
          'quoted forwarded request below her text',
          frm=addr('水野 遥', P), to=FORM, subject='Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Thu, 8 May 2025 12:30:18 +0900', mid=mid_gmail('a_rep1'), irt='a_hold', refs=['a_ack', 'a_hold'],
          part=multi([leaf(t, cte='base64'), leaf(html_wrap(text_to_html(t)), sub='html', cte='base64')], 'a_rep1'))

    t = ('水野様\n\n'
         'ご回答ありがとうございました。最終出社日(5 月 30 日)と、パートナー側での取り扱いについてのご了承を、\n'
         'パートナーチームへ共有いたしました。\n\n'
         '現在は、パートナー組織の管理者による確認を待っている状態です。確認が取れ次第、統合対象の\n'
         'アカウントについて改めてご連絡いたします。現時点でお客様にご対応いただくことはございません。\n\n'
         '佐藤\nAWS Training and Certification Customer Service\n')
    build('a_wait', L('on_hold', False, CASE_A),
          'Still on hold, waiting for the partner administrator; nothing asked',
          'on_hold that asks nothing (ご対応いただくことはございません)',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Fri, 09 May 2025 03:02:50 +0000', mid=mid_ses('a_wait'), irt='a_rep1',
          refs=['a_ack', 'a_hold', 'a_rep1'], auth=ar_gmail_amazon('a_wait'), part=leaf(t, cte='quoted-printable'))

    h = html_wrap(
        '<p><b>小川 健太</b> さんが <a href="https://aozora-dx.atlassian.net/browse/CLD-412">CLD-412</a> にコメントしました</p>'
        '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>課題</th><td>退職者アカウント棚卸し: 水野</td></tr>'
        '<tr><th>ステータス</th><td>進行中</td></tr></table>'
        '<blockquote>水野さん、AWS 関連アカウント(Partner Central の認定紐付けを含む)の引き継ぎ状況をこのチケットで'
        '確認させてください。最終日までにコメントをお願いします。</blockquote>'
        '<p style="font-size:11px">このメッセージは Jira Service Management から送信されました。</p>')
    build('jira', L('unrelated'), 'Jira comment from a colleague about offboarding',
          'asks her to respond, mentions Partner Central and certifications; not support',
          frm=addr('小川 健太 (Jira)', 'jira@aozora-dx.atlassian.net'), to=C,
          subject='[JIRA] (CLD-412) 退職者アカウント棚卸し: 水野', date='Fri, 09 May 2025 14:03:27 +0900',
          mid=mid_other('jira', 'Atlassian.JIRA'), auth=ar_m365('aozora-dx.atlassian.net', 'jira'),
          part=leaf(h, sub='html', cte='quoted-printable'))

    h = html_wrap(
        '<p>Hello,</p><p>Your recent case <b>%s</b> with AWS Training and Certification Customer Service was closed.</p>'
        '<p>How satisfied were you with the support you received?</p>'
        '<table><tr>%s</tr></table>'
        '<p>This survey takes less than two minutes.</p>'
        '<p style="font-size:11px;color:#777">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</p>'
        % (CASE_B, ''.join('<td><a href="https://survey.aws.amazon.com/r?c=%s&s=%d">%d</a></td>' % (CASE_B, i, i)
                           for i in range(1, 6))), 'en')
    build('b_survey', L('survey', False, CASE_B),
          'Satisfaction survey for the duplicate case',
          'survey for a case that was only closed as duplicate; HTML only',
          frm=AWS_FORM, to=C, subject='How did we do? Case %s' % CASE_B,
          date='Sat, 10 May 2025 01:00:44 +0000', mid=mid_ses('b_survey'), auth=ar_m365_amazon('b_survey'),
          part=leaf(h, sub='html', charset='us-ascii', cte='7bit'))
    # ---------------------------------------------------- case A: confirmation
    rows = [('Candidate ID', 'AWS05519830', 'AWS02817364'),
            ('Login email', P, C),
            ('Training notification email', P, C),
            ('Certification notification email', P, C),
            ('Active certifications', '0', '4')]
    table = ('<table border="1" cellpadding="6" style="border-collapse:collapse">'
             '<tr><th></th><th>Account #1</th><th>Account #2</th></tr>'
             + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows) + '</table>')
    h = html_wrap(
        '<p>水野 遥 様</p>'
        '<p>AWS トレーニングと認定カスタマーサービスの Daniel です。パートナー組織の管理者から承認が得られましたので、'
        '統合の準備が整いました。</p>'
        '<p>We found the following two accounts:</p>' + table +
        '<p>統合を実行すると、Account #2 の試験履歴、取得済み認定、特典(50% 割引バウチャーを含む)はすべて Account #1 に'
        '移行され、Account #2 ではサインインできなくなります。この操作は元に戻せません。</p>'
        '<p>Account #1 を統合先として問題ないか、このメールへのご返信でお知らせください。</p>'
        '<p>Best regards,<br>Daniel K.<br>AWS Training and Certification Customer Service</p>')
    build('a_conf', L('confirmation_request', True, CASE_A, ['AWS05519830', 'AWS02817364']),
          'Confirmation request: Account #1 / #2 in an HTML table, sent to the company address',
          'HTML only (base64) with a table; Japanese prose around English table labels',
          frm=AWS_FORM, to=C, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Mon, 12 May 2025 05:31:09 +0000', mid=mid_ses('a_conf'), irt='a_rep1',
          refs=['a_ack', 'a_hold', 'a_rep1'], auth=ar_m365_amazon('a_conf'),
          part=leaf(h, sub='html', cte='base64'))

    t = ('水野 遥 様\n\n'
         'ピアソン VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。\n\n'
         '試験: AWS Certified Solutions Architect - Professional (SAP-C02)\n'
         '登録 ID: 512873904\n'
         '日時: 2025年6月14日(土) 13:00\n'
         '会場: ピアソン VUE 公認テストセンター 東京八重洲\n\n'
         'ご予約内容に誤りがある場合は、試験日の 24 時間前までにピアソン VUE のウェブサイトから変更してください。\n'
         '本メールへのご返信はお受けしておりません。\n\n'
         'Pearson VUE\n')
    build('pv1', L('unrelated'), 'Pearson VUE exam booking (Shift_JIS, base64)',
          '9-digit registration id; 〜してください wording; AWS exam name',
          frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com', 'shift_jis'), to=P,
          subject='試験予約確認: AWS Certified Solutions Architect - Professional', subj_charset='shift_jis',
          date='Mon, 12 May 2025 20:14:51 +0900', mid=mid_other('pv1', 'pearson.com'),
          auth=ar_gmail('pearson.com', 'pv1'), part=leaf(t, charset='shift_jis', cte='base64'))

    conf_plain = ('水野 遥 様\n\n'
                  'AWS トレーニングと認定カスタマーサービスの Daniel です。パートナー組織の管理者から承認が\n'
                  '得られましたので、統合の準備が整いました。\n\n'
                  'We found the following two accounts:\n\n'
                  'Account #1\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n'
                  'Account #2\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n'
                  '統合を実行すると、Account #2 の試験履歴、取得済み認定、特典はすべて Account #1 に移行され、\n'
                  'Account #2 ではサインインできなくなります。この操作は元に戻せません。\n\n'
                  'Account #1 を統合先として問題ないか、このメールへのご返信でお知らせください。\n\n'
                  'Best regards,\nDaniel K.\n') % (P, P, P, C, C, C)
    a_fwd = ('Hello Haruka,\n\n'
             "Daniel again. My message below went only to your company address on Monday, and since you\n"
             "told my colleague that mailbox closes at the end of the month, I'm sending a copy to your\n"
             'personal address as well.\n\n'
             'Daniel\n\n'
             '-------- Forwarded Message --------\n'
             'Subject: RE:[CASE %s] %s\n'
             'Date: Mon, 12 May 2025 05:31:09 +0000\n'
             'From: aws-cs-trainingcertification-form@amazon.com\n'
             'To: h.mizuno@aozora-dx.co.jp\n\n' % (CASE_A, SUBJ_FORM)) + conf_plain
    build('a_fwd', L('confirmation_request', True, CASE_A),
          'Same confirmation request forwarded by the agent to the personal address',
          "agent's own lines ask nothing; the Account #1/#2 question is only inside the forwarded block",
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Wed, 14 May 2025 04:10:26 +0000', mid=mid_ses('a_fwd'), irt='a_conf',
          refs=['a_ack', 'a_hold', 'a_rep1', 'a_conf'], auth=ar_gmail_amazon('a_fwd'),
          part=leaf(a_fwd, cte='8bit'))

    a_close = ('Hello,\n\n'
               "We're following up on case %s. On May 12 we asked you to confirm the destination\n"
               'account for your certification merge, and we have not heard back yet.\n\n'
               "We'll keep the case open until Sunday, May 18. Without a response by then it will be closed\n"
               'automatically and the merge will not be carried out. A reply to this email - even after\n'
               'closure, within 14 days - keeps the case active.\n\n'
               'Kind regards,\nAWS Training and Certification Customer Service\n\n'
               '> Account #1 を統合先として問題ないか、このメールへのご返信でお知らせください。\n') % CASE_A
    build('a_close', L('closing_notice', True, CASE_A),
          'Closing notice for the unanswered confirmation (to the company address)',
          'no "please"; the reply is framed as what keeps the case open; a one-line quote of the old ask',
          frm=AWS_FORM, to=C, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Thu, 15 May 2025 00:04:12 +0000', mid=mid_ses('a_close'), irt='a_conf',
          refs=['a_ack', 'a_conf'], auth=ar_m365_amazon('a_close'), part=leaf(a_close, cte='quoted-printable'))

    a_repc = ('Confirmed. Please merge to Account #1.\n'
              'Sorry for the late reply.\n\n'
              'Haruka Mizuno\n\n'
              '________________________________\n'
              '差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>\n'
              '送信日時: 2025年5月15日 9:04\n'
              '宛先: 水野 遥 <h.mizuno@aozora-dx.co.jp>\n'
              '件名: RE:[CASE %s] %s\n\n' % (CASE_A, SUBJ_FORM)) + a_close
    build('a_repc', L('user_reply', False, CASE_A),
          'Owner confirms, but from the company address',
          'wrong-address reply; quoted closing notice below',
          frm=ME_C_JA, to=FORM, subject='RE: [CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Thu, 15 May 2025 19:42:05 +0900', mid=mid_outlook('a_repc'), irt='a_close',
          refs=['a_ack', 'a_conf', 'a_close'], crlf=True, part=leaf(a_repc, charset='iso-2022-jp'))

    a_addr = ('水野様\n\n'
              '2025年5月15日(木) 19:42、水野 遥 <h.mizuno@aozora-dx.co.jp> さんは書きました:\n'
              + quote(a_repc) + '\n'
              'ご返信ありがとうございます。Daniel に代わり、中川がご連絡します。\n\n'
              '統合のご確認を h.mizuno@aozora-dx.co.jp からいただきました。ただ、統合は元に戻せない操作のため、\n'
              '当チームでは統合先アカウントのメールアドレス(今回は haruka.mizuno.0712@gmail.com)から\n'
              'ご確認をいただいたうえで作業する決まりになっています。旧アドレスからのご返信だけでは\n'
              '手続きを進められません。\n\n'
              'お手数ですが、haruka.mizuno.0712@gmail.com からこのメールに返信してください。\n'
              '本文は先日と同じ内容で構いません。\n\n'
              '中川\nAWS Training and Certification Customer Service\n')
    build('a_addr', L('info_request', True, CASE_A),
          'Support asks her to write again from the destination (personal) address',
          'new text sits below the whole quoted thread; plain 〜してください after an explanation; she has already "confirmed" once',
          frm=AWS_FORM, to=P, cc=C, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Fri, 16 May 2025 02:12:40 +0000', mid=mid_ses('a_addr'), irt='a_repc',
          refs=['a_ack', 'a_conf', 'a_close', 'a_repc'], auth=ar_gmail_amazon('a_addr'),
          part=leaf(a_addr, cte='base64'))

    bounce_txt = ('** Address not found **\n\n'
                  "Your message wasn't delivered to aws-cs-trainingcertification-from@amazon.com because the\n"
                  "address couldn't be found, or is unable to receive mail.\n\n"
                  'The response from the remote server was:\n'
                  '550 5.1.1 <aws-cs-trainingcertification-from@amazon.com>: Recipient address rejected: User unknown\n')
    dsn = ('Reporting-MTA: dns; googlemail.com\n'
           'Arrival-Date: Fri, 16 May 2025 11:31:02 +0900\n\n'
           'Final-Recipient: rfc822; aws-cs-trainingcertification-from@amazon.com\n'
           'Action: failed\nStatus: 5.1.1\n'
           'Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n')
    orig = ('From: Haruka Mizuno <%s>\n'
            'To: aws-cs-trainingcertification-from@amazon.com\n'
            'Subject: Re: RE:[CASE %s] %s\n'
            'Date: Fri, 16 May 2025 11:31:00 +0900\n'
            'Message-ID: %s\n'
            'Content-Type: text/plain; charset="UTF-8"\n\n'
            'Confirmed. Please merge Account #2 into Account #1.\n') % (P, CASE_A, SUBJ_FORM, mid_gmail('bounced'))
    parts = [leaf(bounce_txt, charset='us-ascii', cte='7bit'),
             raw_part('Content-Type: message/delivery-status\n', dsn),
             raw_part('Content-Type: message/rfc822\n', orig)]
    build('bounce', L('unrelated'),
          'Gmail bounce: reply sent to a mistyped support address',
          'case id in the returned message subject; "Confirmed. Please merge" inside the bounced copy',
          frm=addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), to=P,
          subject='Delivery Status Notification (Failure)', date='Fri, 16 May 2025 11:31:04 +0900',
          mid=mid_gmail('bounce'), extra=['Auto-Submitted: auto-replied'],
          part=multi(parts, 'bounce', sub='report', params='; report-type=delivery-status'))

    hist = quote(a_addr)
    a_rep2 = ('Hello Nakagawa-san,\n\n'
              'Confirmed from my personal address: please merge Account #2 into Account #1 (AWS05519830).\n\n'
              'Best regards,\nHaruka Mizuno\n\n'
              '2025年5月16日(金) 11:12 <aws-cs-trainingcertification-form@amazon.com>:\n\n') + hist
    build('a_rep2', L('user_reply', False, CASE_A, ['AWS05519830']),
          'Owner confirms again from the personal address, top-posted over the whole thread',
          'very long nested quote with every earlier ask; Gmail QP',
          frm=ME_P, to=FORM, cc=C, subject='Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Fri, 16 May 2025 11:38:51 +0900', mid=mid_gmail('a_rep2'), irt='a_addr',
          refs=['a_ack', 'a_conf', 'a_close', 'a_repc', 'a_addr'],
          part=multi([leaf(a_rep2, cte='quoted-printable'),
                      leaf(html_wrap(text_to_html(a_rep2)), sub='html', cte='quoted-printable')], 'a_rep2'))

    a_done = ('水野様\n\n'
              'お待たせいたしました。Account #2(h.mizuno@aozora-dx.co.jp)を Account #1(候補 ID AWS05519830)に\n'
              '統合いたしました。試験履歴、取得済み認定、特典はすべて Account #1 でご確認いただけます。\n'
              'Credly のバッジは数時間以内に個人のメールアドレス宛てに再発行されます。\n\n'
              '本件の作業はこれで完了です。お客様にご対応いただくことは特にございません。\n'
              'ご不明な点がございましたら、お気軽にこのメールへご返信ください。\n\n'
              '中川\nAWS Training and Certification Customer Service\n\n'
              '-----Original Message-----\n'
              'From: haruka.mizuno.0712@gmail.com\n'
              'Sent: Friday, May 16, 2025 2:38 AM\n\n'
              'Confirmed from my personal address: please merge Account #2 into Account #1 (AWS05519830).\n\n'
              '> お手数ですが、haruka.mizuno.0712@gmail.com からこのメールに返信してください。\n'
              '> > > Account #1 を統合先として問題ないか、このメールへのご返信でお知らせください。\n')
    build('a_done', L('resolved', False, CASE_A, ['AWS05519830']),
          'Merge completed (Japanese), top-posted over the earlier asks',
          'conditional ご不明な点がございましたら…ご返信ください; quoted asks below; CRLF 8bit',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Fri, 16 May 2025 05:02:18 +0000', mid=mid_ses('a_done'), irt='a_rep2',
          refs=['a_ack', 'a_conf', 'a_addr', 'a_rep2'], auth=ar_gmail_amazon('a_done'), crlf=True,
          part=leaf(a_done, cte='8bit'))

    def credly(key, date, subj, head, body, to=P):
        h = html_wrap(
            '<table width="600"><tr><td style="padding:24px;border:1px solid #e5e5e5">'
            '<img src="https://images.credly.com/logo.png" alt="Credly" width="90">'
            '<h2>%s</h2>%s'
            '<p style="font-size:11px;color:#888">Credly, Inc. 13 East 37th Street, New York, NY 10016. '
            '<a href="https://www.credly.com/notification_settings">Notification settings</a></p>'
            '</td></tr></table>' % (head, body), 'en')
        return dict(frm=addr('Credly', 'admin@credly.com'), to=to, subject=subj, date=date,
                    mid=mid_other(key, 'credly.com'), auth=ar_gmail('credly.com', key),
                    part=leaf(h, sub='html', cte='quoted-printable'))

    build('cr_1', L('badge'), 'Credly: badge issued to the personal address after the merge',
          'same minute as the merge mail; button, no reply',
          **credly('cr_1', 'Fri, 16 May 2025 05:40:11 +0000',
                   "You've earned a badge from Amazon Web Services Training and Certification",
                   'Congratulations, Haruka!',
                   '<p>Amazon Web Services Training and Certification has issued you '
                   '<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>'
                   '<p><a href="https://www.credly.com/badges/8d6b3e20-5c4f-4b8e-9e3a-0a7c21f4de55/accept">Accept your badge</a></p>'))

    h = html_wrap(
        '<p>水野 遥 様</p>'
        '<p>先日は AWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました。'
        'ケース %s でのサポートについて、満足度を 5 段階でお聞かせください。</p>'
        '<table><tr>%s</tr></table>'
        '<p>回答は 1 分ほどで終わります。いただいたご意見は今後のサービス改善に活用いたします。</p>'
        '<p style="font-size:11px;color:#777">このメールは送信専用アドレスからお送りしています。</p>'
        % (CASE_A, ''.join('<td><a href="https://survey.aws.amazon.com/r?c=%s&s=%d&l=ja">%d</a></td>' % (CASE_A, i, i)
                           for i in range(1, 6))))
    build('a_survey', L('survey', False, CASE_A), 'Satisfaction survey for the main case (Japanese HTML)',
          '〜お聞かせください is a survey ask, not a case ask',
          frm=AWS_FORM, to=P, subject='ケース %s のサポートに関するアンケートのお願い' % CASE_A,
          date='Sat, 17 May 2025 01:00:31 +0000', mid=mid_ses('a_survey'), auth=ar_gmail_amazon('a_survey'),
          part=leaf(h, sub='html', cte='quoted-printable'))

    t = ('水野さん\n\n'
         '【自動応答】\n'
         '5月16日(金)〜5月20日(火)は休暇のため不在にしております。\n'
         'メールは5月21日以降に順次確認いたします。お急ぎの場合は cloud-team@aozora-dx.co.jp までご連絡ください。\n\n'
         '小川 健太\n株式会社あおぞらDX クラウドインテグレーション部\n')
    build('ooo', L('unrelated'), "Colleague's out-of-office reply to her forward of the merge mail (Shift_JIS 8bit)",
          'case id in the subject; 自動応答; asks to contact someone',
          frm=addr('小川 健太', 'k.ogawa@aozora-dx.co.jp', 'iso-2022-jp'), to=C,
          subject='自動応答: FW: RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM), subj_charset='iso-2022-jp',
          date='Sat, 17 May 2025 08:15:00 +0900', mid=mid_outlook('ooo'),
          auth='dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=aozora-dx.co.jp;',
          extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
          part=leaf(t, charset='shift_jis', cte='8bit'))

    t = ('曽根くん\n\n'
         'ありがとう!AWS認定の統合、昨日終わったよ。流れはこんな感じ:\n'
         '1. 個人アドレスで Builder ID と認定アカウントを作る\n'
         '2. Contact AWS Training and Certification のフォームで「アカウントの統合」を選んで申請\n'
         '3. サポートから Account #1 / Account #2 の一覧が来るので「Confirmed. Please merge to Account #1」と返信\n'
         'うちは APN パートナーだったから、最終出社日を聞かれたりして 10 日くらいかかった。\n'
         'あと、申請は一回だけにしたほうがいいよ。私は二重に出して重複扱いにされた(笑)\n\n'
         '遥\n\n'
         '2025年4月30日(水) 21:13 曽根 拓也 <takuya.sone@gmail.com>:\n\n') + quote(friend)
    build('to_friend', L('unrelated'), 'Owner explains the procedure to her friend',
          'written by the owner, contains "Confirmed. Please merge to Account #1", but not to support',
          frm=addr('水野 遥', P), to=addr('曽根 拓也', 'takuya.sone@gmail.com'), subject='Re: 転職おめでとう',
          date='Sat, 17 May 2025 10:02:33 +0900', mid=mid_gmail('to_friend'), irt='friend', refs=['friend'],
          part=leaf(t, cte='base64'))

    h = html_wrap(
        '<p>Hello Haruka,</p>'
        '<p>Following the merge completed on case %s, one more step is required: the merged account must be '
        're-verified within <b>24 hours</b>, otherwise your certifications and the 50%% exam voucher will be revoked.</p>'
        '<p><a href="https://aws-training-verify.co/signin?c=%s">Verify my certification account</a></p>'
        '<p>AWS Training and Certification Customer Service</p>' % (CASE_A, CASE_A), 'en')
    build('phish1', L('suspicious'), 'Looks like the support sender, quotes the real case, but DMARC fails',
          'correct From address and case id in subject; dkim=fail / dmarc=fail; urgent action link',
          frm=addr('AWS Training and Certification', FORM), to=P,
          subject='RE:[CASE %s] Action required: verify your merged certification account' % CASE_A,
          date='Mon, 19 May 2025 06:44:12 +0000', mid=mid_other('phish1', 'mail-relay.ru'),
          return_path='bounce-7731@mail-relay.ru',
          auth=('mx.google.com;\n'
                '       dkim=fail header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb5qcbtd3r4l header.b=Qm9uZ3Vz;\n'
                '       spf=fail (google.com: domain of bounce-7731@mail-relay.ru does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=bounce-7731@mail-relay.ru;\n'
                '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com'),
          part=multi([leaf('Hello Haruka,\n\nFollowing the merge completed on case %s, one more step is required: '
                           'the merged account must be re-verified within 24 hours.\n\n'
                           'Verify: https://aws-training-verify.co/signin\n' % CASE_A, charset='us-ascii', cte='7bit'),
                      leaf(h, sub='html', cte='quoted-printable')], 'phish1'))

    a_q = ('Hello,\n\n'
           'Thank you for the merge - everything shows up on my personal account.\n'
           'One question: in Partner Central my certifications are still listed under Aozora DX.\n'
           'Is that expected?\n\n'
           'Haruka Mizuno\n\n'
           'On Fri, May 16, 2025 at 2:02 PM <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n') + quote(a_done)
    build('a_q', L('user_reply', False, CASE_A), 'Owner asks a follow-up question after the merge',
          'a question from the owner (she asks, support must answer); quoted resolution below',
          frm=ME_P, to=FORM, subject='Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Mon, 19 May 2025 22:10:40 +0900', mid=mid_gmail('a_q'), irt='a_done',
          refs=['a_ack', 'a_rep2', 'a_done'], part=leaf(a_q, cte='quoted-printable'))

    t = ('水野様\n\n'
         'ご質問ありがとうございます。中川です。\n\n'
         'パートナーチームに確認したところ、Partner Central への反映は毎週月曜日の一括処理で行われるため、\n'
         '5 月 26 日(月)以降に表示が切り替わる見込みとのことでした。統合自体はすでに完了しており、\n'
         'お客様の側で必要な操作はございません。\n\n'
         '中川\nAWS Training and Certification Customer Service\n\n'
         '> One question: in Partner Central my certifications are still listed under Aozora DX.\n'
         '> Is that expected?\n')
    build('a_info', L('case_update', False, CASE_A), 'Answer to the follow-up: Partner Central updates next week',
          'post-resolution news; "統合自体はすでに完了" could be misread as a resolution; quoted question',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM),
          date='Tue, 20 May 2025 01:31:56 +0000', mid=mid_ses('a_info'), irt='a_q',
          refs=['a_ack', 'a_done', 'a_q'], auth=ar_gmail_amazon('a_info'), part=leaf(t, cte='quoted-printable'))

    t = ('Greetings from Amazon Web Services,\n\n'
         'This e-mail confirms that your latest billing statement, for the account ending in 4615, is available\n'
         'on the AWS web site. Your account will be charged the following:\n\n'
         'Total: USD 3.42\n\n'
         'You can see a complete break down of all charges on the Billing and Cost Management page located at\n'
         'https://console.aws.amazon.com/billing/home#/bill\n\n'
         'Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n'
         'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
    build('bill', L('unrelated'), 'AWS billing statement for the personal AWS account',
          'same sender as console cases (no-reply-aws@amazon.com); 12-digit account id in subject',
          frm=AWS_CONSOLE, to=P, subject='Amazon Web Services Billing Statement Available [Account: 402918374615]',
          date='Wed, 21 May 2025 05:21:33 +0000', mid=mid_ses('bill'), auth=ar_gmail_amazon('bill'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    # ---------------------------------------------------- console case D
    t = ('Hello,\n\n'
         'We have received your request for support (case ID: %s) with the following details:\n\n'
         'Subject: Skill Builder subscription charged after cancellation\n'
         'Severity: General guidance\n'
         'Category: Account and Billing / Other\n'
         'AWS account: 402918374615\n\n'
         'A Customer Service representative will review the case and respond within 24 hours.\n'
         'View or update the case in the Support Center:\n'
         'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
         'This e-mail was sent from an address that cannot accept incoming e-mails.\n\n'
         'Sincerely,\nAmazon Web Services\n\n%s\n') % (CASE_D, CASE_D, CONSOLE_FOOT)
    build('d_ack', L('acknowledgement', False, CASE_D), 'Console case opened (2025, 15-digit id)',
          'console acknowledgement with an account id; topic is billing but the mail is a case mail',
          frm=AWS_CONSOLE, to=P, subject='Amazon Web Services: New Support case: ' + CASE_D,
          date='Fri, 23 May 2025 08:20:41 +0000', mid=mid_ses('d_ack'), auth=ar_gmail_amazon('d_ack'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    d_ask = ('Hello,\n\n'
             'Thank you for your patience while I looked into this.\n\n'
             'I can see that the AWS Skill Builder Individual subscription linked to account 402918374615 was\n'
             'cancelled on April 30, 2025, and that a renewal charge of USD 29.00 was posted on May 1, 2025.\n'
             'Renewals are processed up to 24 hours before the period ends, which is why a cancellation made\n'
             'on the last day can still result in a charge. In most cases like this a refund is possible.\n\n'
             'Before I submit the refund, the billing team requires the last four digits of the card that\n'
             'was charged and the invoice number shown on the May statement, because the subscription was\n'
             'paid outside the consolidated AWS bill. Once I have those two details I can raise the request\n'
             'the same day.\n\n'
             'To share them, open the case in the Support Center and choose Reply - responses sent to this\n'
             'email address are not received.\n'
             'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
             'Best regards,\nMarisol G.\nAmazon Web Services\n\n'
             '%s\n\n%s\n') % (CASE_D, FEEDBACK, CONSOLE_FOOT)
    build('d_ask', L('info_request', True, CASE_D), 'Console case: agent needs card digits and invoice number',
          'ask buried after explanation, phrased "the billing team requires"; answer only in the Support Center; feedback footer',
          frm=AWS_CONSOLE, to=P, subject='RE:[CASE %s] Skill Builder subscription charged after cancellation' % CASE_D,
          date='Sat, 24 May 2025 03:48:15 +0000', mid=mid_ses('d_ask'), auth=ar_gmail_amazon('d_ask'),
          part=leaf(d_ask, charset='us-ascii', cte='quoted-printable'))

    t = ('You completed a learning plan!\n\n'
         'Haruka, congratulations on completing "AWS Cloud Quest: Solutions Architect".\n'
         'Your transcript has been updated. Keep going with the recommended next steps below.\n\n'
         '- Exam Prep: AWS Certified Solutions Architect - Professional\n'
         '- AWS Builder Labs: Networking\n\n'
         'AWS Skill Builder\n')
    build('sb', L('unrelated'), 'AWS Skill Builder learning notification (aws.training)',
          'training-platform sender; mentions certification exam prep',
          frm=addr('AWS Skill Builder', 'no-reply@aws.training'), to=P,
          subject='Your AWS Skill Builder transcript was updated', date='Sun, 25 May 2025 11:02:08 +0000',
          mid=mid_other('sb', 'aws.training'), auth=ar_gmail('aws.training', 'sb'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    t = ('お客様\n\n'
         'Amazon Web Services サポートです。\n\n'
         '5 月 24 日にお願いした情報(ご請求に使用されたカードの下 4 桁と請求書番号)について、\n'
         'まだご回答を確認できておりません。\n\n'
         'このまま 3 日間ご回答がない場合、本ケースは自動的に解決済みとなります。解決済みのケースは\n'
         '14 日以内であればサポートセンターから再開できますが、それを過ぎると再開できません。\n'
         '返金の手続きを進めるには、サポートセンターのケース画面からご回答ください。\n'
         'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
         '※このメールは送信専用アドレスから送信されています。ご返信いただいても受信できません。\n\n'
         '==================================\n%s\n==================================\n') % (CASE_D, FEEDBACK)
    build('d_close', L('closing_notice', True, CASE_D), 'Console case: will auto-resolve without an answer (Japanese)',
          'the reply must go to the Support Center; footer says mail replies are not received',
          frm=AWS_CONSOLE, to=P, subject='RE:[CASE %s] Skill Builder subscription charged after cancellation' % CASE_D,
          date='Wed, 28 May 2025 03:50:02 +0000', mid=mid_ses('d_close'), auth=ar_gmail_amazon('d_close'),
          crlf=True, part=leaf(t, cte='base64'))

    t = ('水野 遥 様\n\n'
         '情報システム部です。\n'
         'ご退職に伴い、5 月 30 日(金)18:00 をもってメールアカウント h.mizuno@aozora-dx.co.jp を停止します。\n'
         '停止後はメールの受信・転送はできません。必要なメールは各自で保存してください。\n'
         '外部サービス(AWS、GitHub など)に登録しているアドレスの変更もお忘れなく。\n\n'
         'ご不明な点があれば、このメールに返信してください。\n\n'
         '株式会社あおぞらDX 情報システム部\n')
    build('it', L('unrelated'), 'Company IT: mailbox closes on the last day',
          'internal mail with a conditional reply invitation and AWS mentioned',
          frm=addr('情報システム部', 'it-helpdesk@aozora-dx.co.jp'), to=C,
          subject='【情報システム部】退職に伴うメールアカウント停止のお知らせ', date='Thu, 29 May 2025 10:00:00 +0900',
          mid=mid_outlook('it'), auth=ar_m365('aozora-dx.co.jp', 'it'), part=leaf(t, charset='iso-2022-jp'))

    build('cr_2', L('badge'), 'Credly reminder to accept the badge',
          '"Reminder" + call to action, but no case and no reply',
          **credly('cr_2', 'Fri, 30 May 2025 14:00:19 +0000',
                   'Reminder: accept your AWS Certified Solutions Architect - Associate badge',
                   "Don't forget to accept your badge",
                   '<p>Your badge from Amazon Web Services Training and Certification is waiting for you.</p>'
                   '<p><a href="https://www.credly.com/badges/8d6b3e20-5c4f-4b8e-9e3a-0a7c21f4de55/accept">Accept badge</a></p>'))

    t = ('Hello,\n\n'
         'Thank you for the details you provided in the Support Center.\n\n'
         "I've passed your refund request to the AWS Skill Builder billing team, who handle subscription\n"
         'charges, and the case is on hold until they complete their review - normally 3 to 5 business days.\n'
         "There is nothing you need to provide at this point; I'll update the case as soon as I hear back.\n\n"
         'Best regards,\nMarisol G.\nAmazon Web Services\n\n%s\n\n%s\n') % (FEEDBACK, CONSOLE_FOOT)
    build('d_hold', L('on_hold', False, CASE_D), 'Console case on hold with the Skill Builder billing team',
          'waiting on another team, asks nothing; feedback footer ("Please share your experience")',
          frm=AWS_CONSOLE, to=P, subject='RE:[CASE %s] Skill Builder subscription charged after cancellation' % CASE_D,
          date='Sun, 01 Jun 2025 02:27:44 +0000', mid=mid_ses('d_hold'), auth=ar_gmail_amazon('d_hold'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    h = html_wrap(
        '<p>水野 遥 様</p>'
        '<p>AWS 認定アカウントの統合処理において、統合後のアカウント情報に不整合が検出されました。'
        '48 時間以内に以下のリンクからサインインし、統合内容をご確認ください。確認がない場合、取得済みの認定は失効します。</p>'
        '<p><a href="https://aws-certification-jp.com/merge/confirm?id=8842">統合内容を確認する</a></p>'
        '<p>AWS 認定サポートチーム</p>')
    build('phish2', L('suspicious'), 'Japanese phishing from a lookalike domain about the merge',
          'passes DKIM/DMARC for its own lookalike domain; plausible Japanese; deadline pressure',
          frm=addr('AWS 認定サポート', 'support@aws-certification-jp.com'), to=P,
          subject='【重要】AWS 認定アカウント統合の最終確認のお願い', date='Mon, 02 Jun 2025 09:12:45 +0900',
          mid=mid_other('phish2', 'aws-certification-jp.com'), auth=ar_gmail('aws-certification-jp.com', 'phish2'),
          part=leaf(h, sub='html', cte='base64'))

    t = ('JAWS-UG 東京 のイベントが公開されました。\n\n'
         '「AWS 認定 全冠への道 #12」\n'
         '日時: 2025/06/19(木) 19:00〜21:00\n'
         '会場: オンライン\n\n'
         '参加登録はこちら: https://jawsug.connpass.com/event/356120/\n\n'
         '※このメールは connpass から自動送信されています。\n')
    build('connpass', L('unrelated'), 'connpass event newsletter (UTF-8 8bit, Japanese)',
          'mentions AWS 認定', frm=addr('connpass', 'no-reply@connpass.com'), to=P,
          subject='【connpass】JAWS-UG 東京 の新しいイベントが公開されました', date='Tue, 03 Jun 2025 12:00:05 +0900',
          mid=mid_other('connpass', 'connpass.com'), auth=ar_gmail('connpass.com', 'connpass'), part=leaf(t))

    t = ('Hello,\n\n'
         'Good news: the Skill Builder billing team approved the refund of USD 29.00 to the card ending in\n'
         '4412. It should appear on your statement within 5-10 business days.\n\n'
         "With that, I'm marking this case as resolved. If something else comes up you can reopen it from\n"
         'the Support Center within the next 14 days.\n\n'
         'Best regards,\nMarisol G.\nAmazon Web Services\n\n%s\n\n%s\n') % (FEEDBACK, CONSOLE_FOOT)
    build('d_done', L('resolved', False, CASE_D), 'Console case resolved: refund approved',
          'conditional "you can reopen it"; feedback footer',
          frm=AWS_CONSOLE, to=P, subject='RE:[CASE %s] Skill Builder subscription charged after cancellation' % CASE_D,
          date='Wed, 04 Jun 2025 06:05:31 +0000', mid=mid_ses('d_done'), auth=ar_gmail_amazon('d_done'),
          part=leaf(t, charset='us-ascii', cte='quoted-printable'))
    # ---------------------------------------------------- case C (different request) and G (double submit)
    c_form = ('お問い合わせタイプ: AWS トレーニングと認定 / 認定\n'
              'その他の詳細: 特典\n'
              'お問い合わせ内容:\n'
              '先月、ケース %s で会社の認定アカウント(h.mizuno@aozora-dx.co.jp)を個人のアカウントに統合していただきました。\n'
              '統合前の会社アカウントには「次回の試験で使える 50%% 割引」の特典がありましたが、統合後の個人アカウントの\n'
              '「特典」ページには表示されていません。6 月中に受験する予定なので、特典を使えるようにしていただけますか。\n') % CASE_A
    c_ack = ('水野 遥 様\n\n'
             'AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
             'ケース %s としてお問い合わせを承りました。\n\n'
             '【お問い合わせ内容】\n' + c_form + '\n'
             'ケースの回答時間は原則 24 時間以内ですが、最善の解決策を見つけるために、さらにお時間を頂戴する\n'
             'こともございます。あらかじめご了承ください。\n'
             'すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n\n'
             '本メールへのご返信により、本ケースに情報を追加いただけます。\n\n'
             'AWS トレーニングと認定 カスタマーサービス\n').replace('%s', CASE_C, 1)
    build('c_ack', L('acknowledgement', False, CASE_C),
          'New case for a different request (missing exam benefit after the merge)',
          'echo of her form names the earlier case id; duplicate-case warning boilerplate; conditional reply line',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_C, SUBJ_CERT),
          date='Thu, 05 Jun 2025 01:30:22 +0000', mid=mid_ses('c_ack'), auth=ar_gmail_amazon('c_ack'),
          part=leaf(c_ack, cte='base64'))

    t = ('Hello,\n\n'
         'Thank you for contacting Amazon Web Services. We have opened case %s to address your request.\n\n'
         'Case ID: %s\n'
         'Subject: %s\n'
         'Inquiry type: AWS Training and Certification / Certification\n'
         'Additional details: Benefits\n\n'
         'We usually respond within 24 hours.\n\n'
         'Amazon Web Services\n') % (CASE_G, CASE_G, SUBJ_CERT)
    build('g_ack', L('acknowledgement', False, CASE_G),
          'Acknowledgement of an accidental second submission of the same benefit form',
          'second case id 2 minutes after the first; looks identical to a genuine new case',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_G, SUBJ_CERT),
          date='Thu, 05 Jun 2025 01:32:10 +0000', mid=mid_ses('g_ack'), auth=ar_gmail_amazon('g_ack'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    t = ('Hi Haruka,\n\n'
         'It looks like the form was submitted twice a couple of minutes apart: this case and case\n'
         '%s contain the same description. I have linked the two and closed this one so\n'
         'your request is handled in one place. This is not a resolution of your request - my\n'
         'colleagues will continue on case %s, and you do not need to reply here or submit\n'
         'anything again.\n\n'
         'Thanks,\nPriya S.\nAWS Training and Certification Customer Service\n') % (CASE_C, CASE_C)
    build('g_dup', L('case_update', False, CASE_G),
          'Double submission closed and linked to the surviving case',
          'closure of a duplicate (not for lack of reply, not a resolution); the other case id appears twice',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_G, SUBJ_CERT),
          date='Thu, 05 Jun 2025 07:45:03 +0000', mid=mid_ses('g_dup'), irt='g_ack', refs=['g_ack'],
          auth=ar_gmail_amazon('g_dup'), part=leaf(t, charset='us-ascii', cte='7bit'))

    c_ask = ('水野様\n\n'
             '> 2025年6月5日 10:30 haruka.mizuno.0712@gmail.com からのお問い合わせ:\n'
             + quote(c_form) +
             '>\n'
             '> ----- 自動送信メール -----\n'
             + quote(c_ack.split('【お問い合わせ内容】')[0]) +
             '> ケースの回答時間は原則 24 時間以内ですが、最善の解決策を見つけるために、さらにお時間を頂戴する\n'
             '> こともございます。あらかじめご了承ください。\n'
             '> すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n'
             '> 本メールへのご返信により、本ケースに情報を追加いただけます。\n\n'
             'AWS トレーニングと認定サポートの石田です。\n'
             'いただいた内容を確認しました。ケース %s でのアカウント統合はすでに完了しており、\n'
             '本件はその後に発生した特典の表示に関する別のお問い合わせですので、重複ではなく本ケースで対応します。\n\n'
             '特典の移行状況を調べるため、次の 2 点を教えてください。\n'
             '・統合前に旧アカウントの「特典」ページに表示されていたバウチャーコード(分かる範囲で構いません)\n'
             '・その特典の有効期限\n\n'
             '石田\nAWS Training and Certification Customer Service\n').replace('ケース %s', 'ケース ' + CASE_A)
    build('c_ask', L('info_request', True, CASE_C),
          'Agent asks for the old voucher code and expiry, writing below the whole quoted history',
          "the only new text comes after a long '>' quote; says explicitly it is not a duplicate; plain 教えてください",
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_C, SUBJ_CERT),
          date='Fri, 06 Jun 2025 07:40:18 +0000', mid=mid_ses('c_ask'), irt='c_ack', refs=['c_ack'],
          auth=ar_gmail_amazon('c_ask'), part=leaf(c_ask, cte='quoted-printable'))

    c_rep1 = ('石田様\n\n'
              'ご確認ありがとうございます。\n'
              '旧アカウントの特典ページには次のように表示されていました(退職前にメモしたものです)。\n\n'
              '  特典: 50% discount on next exam\n'
              '  コード: CERT50-7QH2-XK9M\n'
              '  有効期限: 2025年8月31日\n\n'
              '統合先の個人アカウントの候補 ID は AWS05519830 です。\n'
              'よろしくお願いします。\n\n'
              '水野 遥\n\n'
              '2025年6月6日(金) 16:40 <aws-cs-trainingcertification-form@amazon.com>:\n\n') + quote(c_ask)
    build('c_rep1', L('user_reply', False, CASE_C, ['AWS05519830']),
          'Owner answers with the voucher details; subject rewritten, no case id',
          'case only via In-Reply-To/References; subject has no [CASE]; quoted history holds another candidate id',
          frm=addr('水野 遥', P), to=FORM, subject='特典コードについて',
          date='Fri, 6 Jun 2025 21:05:47 +0900', mid=mid_gmail('c_rep1'), irt='c_ask', refs=['c_ack', 'c_ask'],
          part=leaf(c_rep1, cte='8bit'))

    c_fwd = ('水野様\n\n'
             '石田です。認定チームに確認したところ、以下の回答がありましたので転送します。\n\n'
             '石田\n\n'
             '-------- 転送メッセージ --------\n'
             '件名: Benefit migration check\n'
             '差出人: AWS Certification Benefits Team\n'
             '日付: 2025年6月9日 10:02\n\n'
             'Hi Ishida-san,\n\n'
             'The voucher code the customer provided was issued under the partner program (it belongs to the\n'
             "Aozora DX partner allocation, not to the individual's certification), which is why it did not\n"
             'carry over in the merge. We can issue an equivalent individual benefit, but only if it was earned\n'
             'by passing an exam on or after 2024-09-01.\n\n'
             'Could the customer reply with the name and date of the exam they passed most recently on the old\n'
             'account? A screenshot of the exam history page would be ideal.\n\n'
             'Thanks,\nCertification Benefits\n')
    build('c_fwd', L('info_request', True, CASE_C),
          "Agent forwards the benefits team's answer, whose last paragraph asks the customer for exam details",
          "agent's own lines only announce a forward; the ask is in the forwarded English block and speaks of 'the customer'",
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_C, SUBJ_CERT),
          date='Mon, 09 Jun 2025 02:15:37 +0000', mid=mid_ses('c_fwd'), irt='c_rep1',
          refs=['c_ack', 'c_ask', 'c_rep1'], auth=ar_gmail_amazon('c_fwd'),
          part=multi([leaf(c_fwd, cte='base64'), leaf(html_wrap(text_to_html(c_fwd)), sub='html', cte='base64')],
                     'c_fwd'))

    t = ('水野 様\n\n'
         'さくらのクラウド サポートセンターです。\n'
         'お問い合わせ #2025060312「オブジェクトストレージの請求について」は、ご回答から 7 日間ご返信が\n'
         'なかったため、クローズいたしました。\n\n'
         '引き続きご質問がある場合は、本メールにご返信いただければお問い合わせが再開されます。\n\n'
         'さくらインターネット株式会社 サポートセンター\n')
    build('sakura', L('unrelated'), "Another vendor's support ticket closed for no reply",
          'closing-notice wording, "reply reopens", 10-digit ticket number - but not AWS',
          frm=addr('さくらインターネット サポート', 'support@sakura.ad.jp'), to=P,
          subject='[さくらのクラウド] お問い合わせ #2025060312 をクローズしました', date='Tue, 10 Jun 2025 10:00:12 +0900',
          mid=mid_other('sakura', 'sakura.ad.jp'), auth=ar_gmail('sakura.ad.jp', 'sakura'),
          part=leaf(t, charset='iso-2022-jp'))

    t = ('Dear Haruka Mizuno,\n\n'
         'This is a reminder of your upcoming exam.\n\n'
         'Exam: AWS Certified Solutions Architect - Professional (SAP-C02)\n'
         'Registration ID: 512873904\n'
         'Date: Saturday, June 14, 2025 1:00 PM JST\n\n'
         'Please arrive 30 minutes early and bring two forms of identification. To reschedule, sign in to\n'
         'your account at least 24 hours before the appointment.\n\n'
         'Pearson VUE\n')
    build('pv2', L('unrelated'), 'Pearson VUE exam reminder (English)',
          '"Please arrive", "bring", 9-digit registration id', frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'),
          to=P, subject='Reminder: Your AWS Certification exam on June 14', date='Wed, 11 Jun 2025 04:00:00 +0000',
          mid=mid_other('pv2', 'pearson.com'), auth=ar_gmail('pearson.com', 'pv2'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    c_close = ('水野 遥 様\n\n'
               'いつもお世話になっております。AWS トレーニングと認定サポートの石田でございます。\n\n'
               '6 月 9 日にお送りしたメールにつきまして、その後いかがでしょうか。\n'
               '恐れ入りますが、本日から 5 営業日以内にご連絡をいただけない場合、本ケースはいったんクローズと\n'
               'させていただきます。クローズ後であっても、本メールにご返信いただければケースは再開されますので、\n'
               'ご安心ください。\n\n'
               '何卒よろしくお願い申し上げます。\n\n'
               '石田\nAWS Training and Certification Customer Service\n')
    build('c_close', L('closing_notice', True, CASE_C), 'Closing notice on the benefit case (formal keigo)',
          'no explicit ask at all: "その後いかがでしょうか" + conditional closure; reply reopens',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_C, SUBJ_CERT),
          date='Fri, 13 Jun 2025 00:30:49 +0000', mid=mid_ses('c_close'), irt='c_fwd',
          refs=['c_ack', 'c_ask', 'c_rep1', 'c_fwd'], auth=ar_gmail_amazon('c_close'),
          part=leaf(c_close, cte='quoted-printable'))

    png = base64.b64decode(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==')
    t = ('石田様\n\n'
         'ご連絡が遅くなり失礼しました。\n'
         '旧アカウント(AWS02817364)で直近に合格した試験は AWS Certified Security - Specialty、\n'
         '2024年11月22日です。試験履歴ページのスクリーンショットを添付します。\n\n'
         '水野 遥\n\n'
         '2025年6月13日(金) 9:30 <aws-cs-trainingcertification-form@amazon.com>:\n\n') + quote(c_close) + '>\n' + quote(c_fwd, '> > ')
    build('c_rep2', L('user_reply', False, CASE_C, ['AWS02817364']),
          'Owner sends the exam details with a screenshot (multipart/mixed)',
          'attachment; quoted closing notice and quoted forwarded ask',
          frm=addr('水野 遥', P), to=FORM, subject='Re: RE:[CASE %s] %s' % (CASE_C, SUBJ_CERT),
          date='Fri, 13 Jun 2025 12:48:20 +0900', mid=mid_gmail('c_rep2'), irt='c_close',
          refs=['c_ack', 'c_ask', 'c_rep1', 'c_fwd', 'c_close'],
          part=multi([leaf(t, cte='base64'), attach(png, 'image/png', 'exam-history.png')], 'c_rep2', sub='mixed'))

    t = ('水野様\n\n'
         'スクリーンショットをお送りいただき、ありがとうございました。\n\n'
         '認定チームで確認した結果、2024 年 11 月 22 日の Security - Specialty の合格が対象となることが分かりました。\n'
         '個人向けの 50% 割引特典は、個人アカウントに新たに発行される予定です(発行時に改めてご連絡いたします)。\n'
         'なお、発行は 6 月 14 日の試験には間に合わない見込みのため、特典をご利用になりたい場合は受験日の変更を\n'
         'ご検討ください。\n\n'
         'ご不明な点がございましたら、本メールにご返信ください。\n\n'
         '石田\nAWS Training and Certification Customer Service\n')
    build('c_upd', L('case_update', False, CASE_C), 'Progress: the exam qualifies, benefit will be issued later',
          'advice (ご検討ください) and a conditional reply invitation, but no ask',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_C, SUBJ_CERT),
          date='Mon, 16 Jun 2025 03:12:05 +0000', mid=mid_ses('c_upd'), irt='c_rep2',
          refs=['c_ack', 'c_fwd', 'c_close', 'c_rep2'], auth=ar_gmail_amazon('c_upd'),
          part=leaf(t, cte='8bit'), crlf=True)

    h = html_wrap(
        '<div style="max-width:560px"><h2>Action needed: your AWS badge will be revoked</h2>'
        '<p>We detected a duplicate account linked to your AWS Certified Solutions Architect &ndash; Associate badge. '
        'To keep the badge, confirm your identity within 24 hours.</p>'
        '<p><a href="https://credly-notifications.net/verify?u=hmizuno">Confirm identity</a></p>'
        '<p style="font-size:11px">Credly Security Team</p></div>', 'en')
    build('phish3', L('suspicious'), 'Fake Credly mail from a lookalike domain',
          'badge wording and "duplicate account"; DKIM/DMARC pass but for credly-notifications.net',
          frm=addr('Credly', 'security@credly-notifications.net'), to=P,
          subject='Action needed: your AWS badge will be revoked', date='Tue, 17 Jun 2025 18:21:09 +0000',
          mid=mid_other('phish3', 'credly-notifications.net'), auth=ar_gmail('credly-notifications.net', 'phish3'),
          part=leaf(h, sub='html', cte='quoted-printable'))

    c_done = ('水野様\n\n'
              'お待たせしました。個人アカウント(AWS05519830)に 50% 割引特典を発行しました。\n'
              'AWS 認定アカウントの「特典」ページからご確認いただけます。有効期限は 2026 年 6 月 18 日です。\n\n'
              '本ケースはこれで解決となります。\n\n'
              '石田\nAWS Training and Certification Customer Service\n\n'
              '> Could the customer reply with the name and date of the exam they passed most recently on the old\n'
              '> account? A screenshot of the exam history page would be ideal.\n')
    build('c_done', L('resolved', False, CASE_C, ['AWS05519830']), 'Benefit issued; case resolved',
          'quoted old request (English) under the Japanese resolution',
          frm=AWS_FORM, to=P, subject='RE:[CASE %s] %s' % (CASE_C, SUBJ_CERT),
          date='Thu, 19 Jun 2025 05:26:40 +0000', mid=mid_ses('c_done'), irt='c_rep2',
          refs=['c_ack', 'c_fwd', 'c_rep2', 'c_upd'], auth=ar_gmail_amazon('c_done'),
          part=multi([leaf(c_done, cte='quoted-printable'),
                      leaf(html_wrap(text_to_html(c_done)), sub='html', cte='quoted-printable')], 'c_done'))

    t = ('石田様\n\n特典を確認できました。丁寧にご対応いただき、ありがとうございました。\n\n水野 遥\n\n'
         '2025年6月19日(木) 14:26 <aws-cs-trainingcertification-form@amazon.com>:\n\n') + quote(c_done)
    build('c_thanks', L('user_reply', False, CASE_C), 'Owner thanks support after the benefit was issued',
          'short thank-you on the case; nothing asked of anyone',
          frm=addr('水野 遥', P), to=FORM, subject='Re: RE:[CASE %s] %s' % (CASE_C, SUBJ_CERT),
          date='Thu, 19 Jun 2025 19:03:11 +0900', mid=mid_gmail('c_thanks'), irt='c_done',
          refs=['c_ack', 'c_rep2', 'c_done'], part=leaf(t, cte='base64'))

    t = ('Hello,\n\n'
         'Your recent case with AWS Training and Certification Customer Service (Case ID: %s)\n'
         'has been marked resolved. Would you tell us how we did? The survey has three questions.\n\n'
         'https://survey.aws.amazon.com/r?c=%s\n\n'
         'Please do not reply to this email; replies are not monitored.\n\n'
         'Amazon Web Services\n') % (CASE_C, CASE_C)
    build('c_survey', L('survey', False, CASE_C), 'Survey for the benefit case (plain text)',
          '"Would you tell us how we did?" is a question; "Case ID:" in body',
          frm=AWS_FORM, to=P, subject='Tell us about your recent support experience',
          date='Fri, 20 Jun 2025 01:02:00 +0000', mid=mid_ses('c_survey'), auth=ar_gmail_amazon('c_survey'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    h = html_wrap(
        '<h1>AWS re:Invent 2025 registration is open</h1>'
        '<p>Join us in Las Vegas, December 1-5. Certified attendees get access to the AWS Certification Lounge.</p>'
        '<p><a href="https://reinvent.awsevents.com/register/">Register now</a></p>'
        '<p style="font-size:11px">To stop receiving these emails, reply with "unsubscribe" or update your '
        '<a href="https://pages.awscloud.com/communication-preferences">preferences</a>.</p>', 'en')
    build('mk_reinvent', L('unrelated'), 'AWS marketing: re:Invent registration (HTML only)',
          'AWS sender; "reply with unsubscribe"; mentions certification',
          frm=addr('AWS Events', 'aws-marketing-email-replies@amazon.com'), to=P,
          subject='Registration is open for AWS re:Invent 2025', date='Fri, 20 Jun 2025 16:00:00 +0000',
          mid=mid_ses('mk_reinvent'), auth=ar_gmail_amazon('mk_reinvent'),
          part=leaf(h, sub='html', charset='us-ascii', cte='7bit'))

    t = ('Hello Haruka Mizuno,\n\n'
         'Congratulations on recertifying your AWS Certification!\n\n'
         'Certification: AWS Certified Developer - Associate\n'
         'Candidate ID: AWS05519830\n'
         'Valid through: June 20, 2028\n\n'
         'Your digital badge will be issued through Credly shortly. You can download your certificate from\n'
         'your AWS Certification account.\n\n'
         'AWS Certification\n')
    build('cm_recert', L('certification', cands=['AWS05519830']), 'CertMetrics: recertification congratulations',
          'candidate id in body; mentions Credly badge', frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'),
          to=P, subject='Congratulations on recertifying your AWS Certification!',
          date='Tue, 24 Jun 2025 09:10:44 +0000', mid=mid_other('cm_recert', 'certmetrics.com'),
          auth=ar_gmail('certmetrics.com', 'cm_recert'), part=leaf(t, charset='us-ascii', cte='7bit'))

    t = ('Hello Haruka,\n\n'
         'Your request #4471923 ("Name on certificate") has been solved. We have corrected the name on your\n'
         'Google Cloud Professional Cloud Architect certificate.\n\n'
         'If anything is still not right, simply reply to this email and the request will be reopened.\n\n'
         'Webassessor Support\n')
    build('kry', L('unrelated'), "Exam vendor's (Webassessor) support request solved",
          '"request solved", "reply to reopen", certification topic - other vendor',
          frm=addr('Webassessor Support', 'support@webassessor.com'), to=P,
          subject='[Request #4471923] Name on certificate - solved', date='Wed, 25 Jun 2025 14:31:08 +0000',
          mid=mid_other('kry', 'webassessor.zendesk.com'), auth=ar_gmail('webassessor.com', 'kry'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    t = ('AWS Builder ID\n\n'
         'Your verification code is: 771046\n\n'
         'This code will expire 10 minutes after this email was sent. If you did not try to sign in, you can\n'
         'safely ignore this email.\n')
    build('bid2', L('unrelated'), 'Builder ID sign-in code (login.awsapps.com)',
          'six-digit code; AWS sender family', frm=addr('AWS', 'no-reply@login.awsapps.com'), to=P,
          subject='Your AWS Builder ID verification code', date='Thu, 26 Jun 2025 23:50:02 +0000',
          mid=mid_other('bid2', 'login.awsapps.com'), auth=ar_gmail('login.awsapps.com', 'bid2'),
          part=leaf(t, charset='us-ascii', cte='7bit'))

    t = ('Hello Haruka Mizuno,\n\n'
         'New benefits are available in your AWS Certification account:\n\n'
         '  - 50% discount on your next AWS Certification exam\n'
         '  - Access to the AWS Certified Global Community\n\n'
         'Sign in to your AWS Certification account and open Benefits to view and redeem them.\n\n'
         'AWS Certification\n')
    build('cm_ben', L('certification'), 'CertMetrics: new benefits available',
          'about the same 50% voucher the benefit case dealt with, but a program notice',
          frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=P,
          subject='Your AWS Certification benefits are available', date='Fri, 27 Jun 2025 09:00:31 +0000',
          mid=mid_other('cm_ben', 'certmetrics.com'), auth=ar_gmail('certmetrics.com', 'cm_ben'),
          part=multi([leaf(t, charset='us-ascii', cte='7bit'),
                      leaf(html_wrap(text_to_html(t), 'en'), sub='html', cte='quoted-printable')], 'cm_ben'))

    build('cr_3', L('badge'), 'Credly: new badge after recertification',
          'issued on the personal address', **credly(
              'cr_3', 'Sat, 28 Jun 2025 02:14:50 +0000',
              "You've earned a badge from Amazon Web Services Training and Certification",
              'Congratulations, Haruka!',
              '<p>Amazon Web Services Training and Certification has issued you '
              '<b>AWS Certified Developer &ndash; Associate</b>.</p>'
              '<p><a href="https://www.credly.com/badges/c41f0b2e-7a8d-4f11-b0a5-2e9d1c6b8a70/accept">Accept your badge</a></p>'))

    h = html_wrap(
        '<table width="600"><tr><td>'
        '<h2>AWS Skill Builder 7 月のおすすめ</h2>'
        '<ul><li>AWS Certified Solutions Architect - Professional 試験対策(日本語字幕付き)</li>'
        '<li>AWS Jam: セキュリティ</li></ul>'
        '<p>ご質問がございましたら、AWS Skill Builder のヘルプページからお問い合わせください。</p>'
        '<p style="font-size:11px">このメールは送信専用です。</p></td></tr></table>')
    build('sb_news', L('unrelated'), 'AWS Skill Builder newsletter in Japanese (HTML only)',
          'AWS training sender; 〜がございましたら…お問い合わせください',
          frm=addr('AWS Skill Builder', 'no-reply@aws.training'), to=P,
          subject='AWS Skill Builder 7 月のおすすめコース', date='Mon, 30 Jun 2025 01:00:00 +0000',
          mid=mid_other('sb_news', 'aws.training'), auth=ar_gmail('aws.training', 'sb_news'),
          part=leaf(h, sub='html', cte='base64'))



README_HEAD = """me: haruka.mizuno.0712@gmail.com h.mizuno@aozora-dx.co.jp

# blind-78: held-out corpus (Japanese-heavy, duplicate cases, requests hidden in history)

Written blind from PROMPT.md, shared/DOMAIN.md, shared/seeds/*.txt and shared/BLIND-CORPUS.md only.
Regenerate with `python3 gen.py` (standard library only); it rewrites every `NNN-slug.eml`,
`NNN-slug.json` and this README. Slugs are neutral tokens and say nothing about the label.

## Mailbox owner
水野 遥 / Haruka Mizuno. Personal address `haruka.mizuno.0712@gmail.com` (Gmail), old company
address `h.mizuno@aozora-dx.co.jp` (株式会社あおぞらDX, an APN partner; Microsoft 365; the mailbox
closes on 2025-05-30). Certification accounts: company AWS02817364, personal AWS05519830
(AWS03391175 was a 2023 same-address duplicate). Personal AWS account id 402918374615 (not a case id).

## Cases
| case | digits | channel | story |
|---|---|---|---|
| 9038261745 | 10 | Support Center (console), 2021 | certification sign-in problem; ask must be answered in the console; resolved |
| 12780334519 | 11 | T&C form, 2023, company address | same-address duplicate certification accounts merged; **reopened** in May 2025 when she wrote on it about leaving; support asks whether to close it in favour of 174651209300421 and she agrees |
| 174651209300421 | 15 | T&C form, 2025, personal address | the main merge: ack -> APN hold (ask only inside a forwarded note) -> her reply -> hold without ask -> confirmation request (HTML table, company address) -> same request forwarded to the personal address -> closing notice -> she confirms from the wrong (company) address -> support asks for a reply from the personal address (written below the quoted thread) -> she confirms -> merged -> survey -> follow-up question and answer |
| 174661307700664 | 15 | T&C form, 2025, company address | **duplicate** of 174651209300421 (she filed again from the office); support closes and links it (not resolved, no ask); a survey still follows |
| 174798840000215 | 15 | Support Center (console), 2025 | Skill Builder refund: ask (answer in console) -> auto-resolve warning -> on hold with billing team -> resolved |
| 174908701600932 | 15 | T&C form, 2025, personal address | **different request, not a duplicate**: the 50% exam benefit missing after the merge. Ask below a long quote -> her reply threaded only by In-Reply-To/References -> ask only inside a forwarded note -> closing notice -> reply with attachment -> progress -> resolved -> survey |
| 174908712300418 | 15 | T&C form, 2025 | the benefit form **submitted twice**; support closes and links it to 174908701600932 |

Labelling choices a reader might question:
- A support mail that closes a case *as a duplicate* and points to the surviving case is `case_update`
  (not `resolved`: the request is explicitly not done; not `closing_notice`: nothing to do with silence,
  no reply asked). Its `case` is the duplicate's own number (the subject's `[CASE]`).
- When support's own lines only say "forwarding the note below" and the ask sits in the forwarded block,
  the ask still counts (it is addressed to the person through support); candidate ids inside forwarded
  or quoted blocks are not listed.
- The APN hold that relays "we need the individual to tell us ..." is `on_hold` with needs_reply true;
  the later hold that asks nothing is `on_hold` false.
- "Write again from the destination address" is `info_request` per the label definitions, even though
  what she has to write is the same confirmation.
- Bounces, out-of-office replies, phishing and her own mail to a friend carry `case: null` even when
  a real case number is in the subject.
"""


def main():
    define()
    MSGS.sort(key=lambda m: email.utils.parsedate_to_datetime(
        [l for l in m['raw'].decode('latin-1').splitlines() if l.startswith('Date: ')][0][6:]))
    for f in os.listdir(HERE):
        if f[:3].isdigit() and (f.endswith('.eml') or f.endswith('.json')):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        slug = '%03d-m%s' % (i, h8('blind78/' + m['key'], 5))
        with open(os.path.join(HERE, slug + '.eml'), 'wb') as fh:
            fh.write(m['raw'])
        with open(os.path.join(HERE, slug + '.json'), 'w') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        lab = m['label']
        rows.append('| %s | %s | %s | %s | %s | %s | %s |' % (
            slug, lab['kind'], 'yes' if lab['needs_reply'] else 'no', lab['case'] or '-',
            ', '.join(lab['candidate_ids']) or '-', m['what'], m['hard']))
    from collections import Counter
    kinds = Counter(m['label']['kind'] for m in MSGS)
    nr = sum(m['label']['needs_reply'] for m in MSGS)
    with open(os.path.join(HERE, 'README.md'), 'w') as fh:
        fh.write(README_HEAD)
        fh.write('\n## Counts\n\n%d messages; needs_reply true: %d, false: %d.\n\n' % (len(MSGS), nr, len(MSGS) - nr))
        fh.write('| kind | n |\n|---|---|\n')
        for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            fh.write('| %s | %d |\n' % (k, v))
        fh.write('\n## Messages (file-name order = arrival order)\n\n')
        fh.write('| file | kind | needs_reply | case | candidate_ids | what it is | what makes it hard |\n')
        fh.write('|---|---|---|---|---|---|---|\n')
        fh.write('\n'.join(rows) + '\n')
    print('wrote %d messages' % len(MSGS))


if __name__ == '__main__':
    main()
