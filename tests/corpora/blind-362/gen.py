#!/usr/bin/env python3
"""Write the blind-362 corpus: NNN-msg.eml + NNN-msg.json next to this script.
Standard library only. Run: python3 gen.py"""
import base64, quopri, json, os, hashlib
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))

# ---- the mailbox owner -------------------------------------------------
ME_P = 'kaede.yngsw@gmail.com'            # personal (Gmail)
ME_C = 'k-yanagisawa@hoshizora-dx.co.jp'  # company (closes 2025-03-31)
ME_EN = 'Kaede Yanagisawa'
ME_JA = '柳沢 楓'
FORM = 'aws-cs-trainingcertification-form@amazon.com'

# ---- cases ---------------------------------------------------------------
CA = '174130632051873'   # main merge, form, personal address (APN hold, reopened for voucher)
CB = '174130944083027'   # duplicate form sent from the company address
CC = '13570284196'       # 2023 name-on-certificate case, reopened in 2025
CD = '174226500019402'   # Support Center (console) case: exam accommodation
CE = '174295200077310'   # Japanese-language case: exam appointment on old account
CF = '174355080046122'   # Credly badge missing
CI = '174364950003589'   # stray third certification account
CH = '174398700011876'   # 2019 exam missing from history (closing notice)
CEDU = '174409040052211' # AWS Educate case (other programme)

ID_P = 'AWS27561904'   # personal certification account (kept)
ID_C = 'AWS09438215'   # company certification account (merged away)
ID_X = 'AWS31170682'   # stray account created through Partner Central SSO

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

def dt(s, tz=JST):
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=tz)

M = []  # (label dict, raw bytes)

class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

CSLABEL = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS',
           'us-ascii': 'us-ascii', 'windows-1252': 'windows-1252'}

def text(s, sub='plain', cs='utf-8', cte='quoted-printable', quote_cs=True, extra=None):
    raw = s.encode(cs)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw)
    elif cte == 'base64':
        payload = base64.encodebytes(raw)
    else:
        payload = raw
    if not payload.endswith(b'\n'):
        payload += b'\n'
    lab = CSLABEL.get(cs, cs)
    ct = f'text/{sub}; charset="{lab}"' if quote_cs else f'text/{sub}; charset={lab}'
    hdr = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    return Part(hdr + (extra or []), payload)

def attach(data, ctype, name):
    payload = base64.encodebytes(data)
    return Part([('Content-Type', f'{ctype}; name="{name}"'),
                 ('Content-Disposition', f'attachment; filename="{name}"'),
                 ('Content-Transfer-Encoding', 'base64')], payload)

_bn = [0]
def multi(sub, *parts, style='java', preamble=None):
    _bn[0] += 1
    n = _bn[0]
    h = hashlib.md5(f'b{n}'.encode()).hexdigest()
    if style == 'java':
        b = f'----=_Part_{n * 7919 + 104729}_{int(h[:8], 16) % 99999999}.{1741000000000 + n * 3571}'
    elif style == 'gmail':
        b = f'000000000000{h[:12]}'
    elif style == 'outlook':
        b = f'_000_TYCP286MB{h[:6].upper()}JPNP286PROD_'
    else:
        b = f'=-{h[:20]}'
    out = b''
    if preamble:
        out += preamble.encode() + b'\n\n'
    for p in parts:
        out += f'--{b}\n'.encode() + render_headers(p.headers) + b'\n' + p.body
    out += f'--{b}--\n'.encode()
    return Part([('Content-Type', f'multipart/{sub}; boundary="{b}"')], out)

def render_headers(hs):
    return ''.join(f'{k}: {v}\n' for k, v in hs).encode('ascii')

def hx(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()

def ad(name, email, cs='utf-8'):
    if not name:
        return email
    return formataddr((name, email), charset=cs)

def mid(tag, dom):
    h = hashlib.sha1(tag.encode()).hexdigest()
    if dom == 'ses':
        return f'<010001{h[:10]}-{h[10:18]}-{h[18:22]}-{h[22:26]}-{h[26:38]}-000000@email.amazonses.com>'
    if dom == 'gmail':
        return f'<CAK{h[:6]}+{h[6:20]}{h[20:32].upper()}w@mail.gmail.com>'
    if dom == 'outlook':
        return f'<TYCP286MB{h[:4].upper()}{h[4:12].upper()}{h[12:20].upper()}@TYCP286MB{h[20:24].upper()}.JPNP286.PROD.OUTLOOK.COM>'
    return f'<{h[:16]}.{h[16:24]}@{dom}>'

def gmail_in(frm_dom, mailfrom, date, dkim='pass', spf='pass', dmarc='pass', dkim_d=None, policy='QUARANTINE', ip='54.240.27.19'):
    dkim_d = dkim_d or frm_dom
    t = format_datetime(date.astimezone(PST if date.month < 3 or (date.month == 3 and date.day < 9) else PDT))
    return [
        ('Delivered-To', ME_P),
        ('Received', f'by 2002:a05:7010:4e8b:b0:3c1:27f0:9a42 with SMTP id r11csp1842213mdx;\n        {t}'),
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {dkim_d.split(".")[0]}-out.{dkim_d} ({dkim_d.split(".")[0]}-out.{dkim_d}. [{ip}])\n        by mx.google.com with ESMTPS id 6a1803df08f44-6e8f3c1a2b7si1193306d6.412.2025.00.00.00.00.00\n        for <{ME_P}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {t}'),
        ('Authentication-Results', f'mx.google.com;\n       dkim={dkim} header.i=@{dkim_d} header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Qm3xT0Lp;\n       spf={spf} (google.com: domain of {mailfrom} {"designates" if spf == "pass" else "does not designate"} {ip} as permitted sender) smtp.mailfrom={mailfrom};\n       dmarc={dmarc} (p={policy} sp={policy} dis={"NONE" if dmarc == "pass" else "QUARANTINE"}) header.from={frm_dom}'),
    ]

def o365_in(frm_dom, mailfrom, date, dkim='pass', spf='pass', dmarc='pass', ip='54.240.8.37'):
    t = format_datetime(date.astimezone(UTC))
    return [
        ('Received', f'from OS0P286MB0493.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1a5::9) by\n TYCP286MB2217.JPNP286.PROD.OUTLOOK.COM with HTTPS; {t}'),
        ('Authentication-Results', f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom.split("@")[1]}; dkim={dkim} (signature was verified)\n header.d={frm_dom};dmarc={dmarc} action={"none" if dmarc == "pass" else "quarantine"}\n header.from={frm_dom};compauth={"pass reason=100" if dmarc == "pass" else "fail reason=000"}'),
        ('Received-SPF', f'{spf.capitalize()} ({"protection.outlook.com: domain of " + mailfrom.split("@")[1] + " designates " + ip + " as permitted sender"}) receiver=protection.outlook.com; client-ip={ip};'),
    ]

def H(frm, to, subj, date, msgid, cs='utf-8', irt=None, refs=None, cc=None, top=None, extra=None):
    h = list(top or [])
    h += [('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', hx(subj, cs)), ('Date', format_datetime(date)), ('Message-ID', msgid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h += list(extra or [])
    return h

def msg(kind, needs, case, cids, hdrs, part, crlf=False):
    allh = list(hdrs) + [('MIME-Version', '1.0')] + part.headers
    raw = render_headers(allh) + b'\n' + part.body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    M.append(({'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': cids}, raw))

# ---- quoting helpers ------------------------------------------------------
def q_gt(s):
    return '\n'.join(('>' + (' ' + l if l else '')) for l in s.rstrip('\n').split('\n')) + '\n'

def q_gmail(s, date, name, email):
    d = date.strftime('%a, %b %-d, %Y at %-I:%M %p')
    return f'On {d} {name} <{email}> wrote:\n' + q_gt(s)

def q_gmail_ja(s, date, name, email):
    wd = '月火水木金土日'[date.weekday()]
    return f'{date.year}年{date.month}月{date.day}日({wd}) {date.hour}:{date.minute:02d} {name} <{email}>:\n' + q_gt(s)

def q_outlook(s, date, frm, to, subj):
    d = date.strftime('%A, %B %-d, %Y %-I:%M %p')
    return ('\n-----Original Message-----\n'
            f'From: {frm}\nSent: {d}\nTo: {to}\nSubject: {subj}\n\n' + s)

def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{title}</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            + inner + '\n</body></html>\n')

def paras(s):
    out = []
    for block in s.strip('\n').split('\n\n'):
        out.append('<p>' + block.replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)

SUBJ_FORM = '[AWS Training and Certification Form Submission] - account-assistance'
def subj_case(c, style='RE:['):
    return f'{style}CASE {c}] {SUBJ_FORM}'

TC = ad('AWS Training and Certification', FORM)

# =========================================================================
# 001 Skill Builder order receipt (unrelated, looks like a receipt)
d = dt('2025-03-03 21:14')
t = f"""Hi {ME_EN},

Thank you for your order. We've received your payment and your AWS Skill Builder subscription is now active.

Order number: SB-7730-2291-4418
Plan: AWS Skill Builder Individual (monthly)
Amount charged: USD 29.00 (tax included)
Next renewal: April 3, 2025

You can manage or cancel your subscription at any time from Account settings > Subscriptions on skillbuilder.aws.

Happy learning,
The AWS Skill Builder team

This is an automated receipt. Please do not reply to this message.
"""
h = html_wrap('<div style="max-width:600px"><h2 style="color:#232f3e">Thanks for your order</h2>\n' + paras(t) + '</div>', 'AWS Skill Builder receipt')
msg('unrelated', False, None, [],
    H(ad('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder order confirmation (SB-7730-2291-4418)', d, mid('001', 'ses'),
      top=gmail_in('aws.training', 'bounces+0100019561@mail.aws.training', d, dkim_d='aws.training')),
    multi('alternative', text(t, cte='7bit', cs='us-ascii'), text(h, 'html', cte='quoted-printable')))

# 002 certification expiry reminder to the company address
d = dt('2025-03-04 08:02', PST)
t = f"""Dear Kaede Yanagisawa,

Your AWS Certified Solutions Architect - Associate certification will expire on June 2, 2025 (90 days from today).

Candidate ID: {ID_C}
Validation number: 7MQ2XKW1LJ4E1B9S

To keep your certification active, pass the current version of the exam, or a higher-level exam in the same path, before the expiration date. If you recertify, your new certification is valid for three years from the date you pass.

You can find recertification options and your 50% discount benefit in the Benefits section of your AWS Certification Account.

AWS Certification
This mailbox is not monitored.
"""
msg('certification', False, None, [ID_C],
    H(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C, 'Your AWS Certification expires in 90 days', d, mid('002', 'certmetrics.com'),
      top=o365_in('certmetrics.com', 'bounce@certmetrics.com', d, ip='208.75.123.41')),
    text(t, cte='7bit', cs='us-ascii'), crlf=True)

# 003 colleague: farewell party (Japanese, ISO-2022-JP)
d = dt('2025-03-05 12:41')
t = """柳沢さん

お疲れさまです、早川です。
3月末でのご退職、本当にさみしくなります。

ささやかですが送別会を企画しました。
  日時：3月28日(金) 19:00〜
  場所：神田「炉端 ひなた」
ご都合が悪ければ早めに教えてください。

引き継ぎの件は来週の定例で相談させてください。

早川
"""
msg('unrelated', False, None, [],
    H(ad('早川 菜月', 'n-hayakawa@hoshizora-dx.co.jp', 'iso-2022-jp'), ad(ME_JA, ME_C, 'iso-2022-jp'), '送別会のご案内（3/28）', d, mid('003', 'outlook'), cs='iso-2022-jp',
      extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    text(t, cs='iso-2022-jp', cte='7bit'))

# 004 Builder ID verification code
d = dt('2025-03-06 22:30')
t = """Verify your AWS Builder ID email address

Thanks for creating an AWS Builder ID. Enter the following verification code on the sign-in page:

Verification code: 583019

The code expires 30 minutes after it was sent. If you didn't request it, you can ignore this email.

Amazon Web Services
"""
msg('unrelated', False, None, [],
    H(ad('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address', d, mid('004', 'ses'),
      top=gmail_in('signin.aws', '0100019569ab@send.signin.aws', d, dkim_d='signin.aws')),
    multi('alternative', text(t, cs='us-ascii', cte='7bit'), text(html_wrap(paras(t)), 'html', cte='base64')))

# 005 Case A: system acknowledgement with a note, echoes the form
d = dt('2025-03-07 00:12', UTC)
A005 = mid('005', 'ses')
t005 = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {CA} for your request, and a member of our team will review it.

We aim to respond within 24 hours. Some requests need coordination with other teams and may take longer; we will keep you informed.

A note about replies: we will write to the email address you entered on the form ({ME_P}). Anything you send in reply to this message is added to your case automatically. Please do not open another case for the same request - additional submissions are folded into the first one and can slow us down.

The details of your case are as follows:

Case ID: {CA}
Inquiry type: Certification
Additional details: Account Merge
AWS candidate ID: {ID_P}
How can we help you?:
Use case: I am leaving Hoshizora Digital at the end of March and would like to merge my certification accounts.
Old account (company): {ME_C} / {ID_C}
Email address to keep: {ME_P}

Sincerely,
AWS Training and Certification Customer Support
"""
h = html_wrap('<table width="100%" style="border-collapse:collapse"><tr><td style="background:#232f3e;color:#fff;padding:10px 16px;font-size:16px">AWS Training and Certification</td></tr>\n<tr><td style="padding:16px">' + paras(t005) + '</td></tr></table>')
msg('acknowledgement', False, CA, [ID_P, ID_C],
    H(TC, ME_P, f'[CASE {CA}] {SUBJ_FORM}', d, A005,
      top=gmail_in('amazon.com', '010001956f2a@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t005), text(h, 'html')))

# 006 Case B: duplicate form from the company address, Japanese system ack (ISO-2022-JP)
d = dt('2025-03-07 01:04', UTC)
B006 = mid('006', 'ses')
t006 = f"""Amazon Web Services にお問い合わせいただき、誠にありがとうございます。
お客様のお問い合わせについて、ケース {CB} を作成いたしました。

通常24時間以内に担当者よりご連絡いたしますが、内容によってはさらにお時間を頂戴する場合がございます。
同じ内容でのお問い合わせですでにケースを作成されている場合は、新たなケースを作成なさらないようお願いいたします。重複したケースはご回答の遅れにつながります。

ケースの詳細は以下のとおりです。

ケース ID：{CB}
お問い合わせタイプ：AWS トレーニングと認定
問題のタイプ：認定
その他の詳細：アカウントの統合
お問い合わせ内容：
3月末で退職するため、会社のメールアドレスで作成した認定アカウントを個人のアカウントに統合したいです。
統合元：{ME_C}
統合先：{ME_P}

本メールにご返信いただくと、内容はケースに追記されます。

AWS トレーニングと認定 カスタマーサポート
"""
msg('acknowledgement', False, CB, [],
    H(ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ME_C, f'[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance', d, B006,
      top=o365_in('amazon.com', '010001956f63@amazonses.com', d)),
    text(t006, cs='iso-2022-jp', cte='7bit'), crlf=True)

# 007 owner forwards the duplicate ack to the personal mailbox with a note (Japanese, base64)
d = dt('2025-03-07 10:21')
t = ("自分用メモ。\n"
     "個人アドレスからの申請（…1873）のあとに、会社アドレスからもうっかり同じフォームを送ってしまった。\n"
     "こちら（…3027）は重複。サポートから何か来たら個人側で対応する。\n\n"
     "柳沢\n\n"
     "________________________________\n"
     f"差出人: AWS トレーニングと認定 <{FORM}>\n"
     "送信日時: 2025年3月7日 10:04\n"
     f"宛先: {ME_C}\n"
     f"件名: [CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance\n\n" + t006)
msg('user_reply', False, CB, [],
    H(ad(ME_JA, ME_C), ME_P, f'FW: [CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance', d, mid('007', 'outlook'),
      top=gmail_in('hoshizora-dx.co.jp', ME_C, d, dkim_d='hoshizoradx.onmicrosoft.com', policy='NONE', ip='40.107.74.92'),
      extra=[('Thread-Topic', f'[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance'), ('Content-Language', 'ja-JP')]),
    text(t, cte='base64'))

# 008 GitHub: PR merged (unrelated, "merged")
d = dt('2025-03-07 05:55', UTC)
t = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-dx/terraform-aws-accounts/pull/412#event-16684301275
You are receiving this because you authored the thread.
"""
msg('unrelated', False, None, [],
    H(ad('Daichi Mori', 'notifications@github.com'), ad('hoshizora-dx/terraform-aws-accounts', 'terraform-aws-accounts@noreply.github.com'),
      'Re: [hoshizora-dx/terraform-aws-accounts] Merge account-baseline module into main (PR #412)', d, '<hoshizora-dx/terraform-aws-accounts/pull/412/issue_event/16684301275@github.com>',
      cc=ad(ME_EN, ME_C), irt='<hoshizora-dx/terraform-aws-accounts/pull/412@github.com>', refs='<hoshizora-dx/terraform-aws-accounts/pull/412@github.com>',
      top=o365_in('github.com', 'noreply@github.com', d, ip='192.30.252.201'),
      extra=[('List-ID', 'hoshizora-dx/terraform-aws-accounts <terraform-aws-accounts.hoshizora-dx.github.com>'), ('X-GitHub-Reason', 'author')]),
    multi('alternative', text(t, cs='utf-8', cte='7bit'), text(html_wrap(paras(t)), 'html', cte='7bit')))

# 009 Case A: agent's first letter - thanks and says what happens next (acknowledgement)
d = dt('2025-03-07 06:48', UTC)
A009 = mid('009', 'ses')
t009 = """Hello Kaede,

Thank you for reaching out to AWS Training and Certification - and congratulations on the next chapter after Hoshizora Digital!

My name is Marisol and I'll be looking after your account merge from here on. Here is how these requests usually go, so nothing comes as a surprise:

  1. Our team reviews each certification account you listed and the exam history attached to it.
  2. When that's done, I'll send you a short summary of the accounts so you can confirm which one should remain.
  3. After your confirmation we carry out the merge, and I'll write again once it's finished.

There's nothing you need to send me at this point; the form gave me what I need to get started. Most merges like yours are wrapped up within a few business days.

Kind regards,

Marisol R.
AWS Training and Certification Customer Support
"""
msg('acknowledgement', False, CA, [],
    H(TC, ME_P, subj_case(CA), d, A009, irt=A005, refs=A005,
      top=gmail_in('amazon.com', '0100019570d1@amazonses.com', d, dkim_d='amazon.com')),
    text(t009, cs='utf-8', cte='7bit'))

# 010 Case B: first agent letter reports the duplicate was closed and linked (case_update)
d = dt('2025-03-07 07:30', UTC)
h = html_wrap(f"""<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>This request matches case <b>{CA}</b>, which was submitted from {ME_P} about an hour before this one. To keep everything in one place I have linked the two cases and closed this one ({CB}).</p>
<p>The agent on {CA} can see the details from both submissions, and all further updates will go to the address on that case.</p>
<p>Best regards,<br>Rhea<br>AWS Training and Certification Customer Support</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>""")
msg('case_update', False, CB, [],
    H(TC, ME_C, subj_case(CB, 'RE: ['), d, mid('010', 'ses'), irt=B006, refs=B006,
      top=o365_in('amazon.com', '0100019570f7@amazonses.com', d)),
    text(h, 'html', cte='quoted-printable'), crlf=True)

# 011 another vendor's ticket receipt (unrelated)
d = dt('2025-03-08 09:03')
t = """##- Please type your reply above this line -##

Hi Kaede,

Thanks for contacting Kumo Monitor Support. We've received your request (#48213) and it's now in our queue.

What happens next: one of our engineers will review the webhook logs for your workspace and get back to you within one business day. If you have screenshots or a sample payload, you can simply reply to this email to add them to the ticket.

Kumo Monitor Support

[KM-48213-Z7Q]
"""
msg('unrelated', False, None, [],
    H(ad('Kumo Monitor Support', 'support@kumomon.io'), ME_P, '[Kumo Monitor] Request received: Alert webhook returns 502 (#48213)', d, mid('011', 'kumomon.zendesk.com'),
      top=gmail_in('kumomon.io', 'support+id48213@kumomon.io', d, dkim_d='kumomon.io', policy='NONE', ip='192.161.148.17')),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t)), 'html', cte='quoted-printable'), style='other'))

# 012 lookalike-domain phishing dressed as an acknowledgement
d = dt('2025-03-08 17:26', UTC)
h = html_wrap("""<table width="600" style="border:1px solid #ddd"><tr><td style="background:#ff9900;padding:8px 14px;font-weight:bold">AWS Training &amp; Certification</td></tr>
<tr><td style="padding:14px">
<p>Dear Certified Professional,</p>
<p>We have received your account merge request. Your case number is <b>8841027735</b>.</p>
<p>Before our team can process it, you must verify ownership of both certification accounts. Unverified requests are cancelled and the affected certifications may be <b>suspended</b>.</p>
<p style="text-align:center"><a href="http://aws-certification-support.com/merge/verify?c=8841027735" style="background:#232f3e;color:#fff;padding:10px 18px;text-decoration:none">Verify my accounts</a></p>
<p>Please complete verification within 24 hours.</p>
<p>AWS Certification Support Team</p>
</td></tr></table>""")
msg('suspicious', False, None, [],
    H(ad('AWS Training & Certification', 'case-updates@aws-certification-support.com'), ME_P,
      '[CASE 8841027735] Account merge request received - verification required', d, mid('012', 'aws-certification-support.com'),
      top=gmail_in('aws-certification-support.com', 'bounce@aws-certification-support.com', d, dkim_d='aws-certification-support.com', policy='NONE', ip='185.212.47.83')),
    text(h, 'html', cte='base64'))

# 013 Case A: partner hold (on_hold, no question)
d = dt('2025-03-10 02:15', UTC)
A013 = mid('013', 'ses')
t = f"""Hi Kaede,

Thanks for your patience while we went through your accounts.

While reviewing the company account ({ID_C}) I found that it is associated with an AWS Partner Network organization, Hoshizora Digital Inc. Certification records that count toward a partner's standing can't be moved without that organization's consent, so I have sent a release request to the alliance contact listed in AWS Partner Central.

Your case is on hold until the partner responds. In our experience that takes anywhere from two days to a week. When the release comes through I'll pick things up again - nothing is needed from you in the meantime, although if you know who manages Partner Central at Hoshizora, giving them a heads-up may speed things along.

Best,
Marisol R.
AWS Training and Certification Customer Support
"""
msg('on_hold', False, CA, [ID_C],
    H(TC, ME_P, subj_case(CA), d, A013, irt=A009, refs=f'{A005} {A009}',
      top=gmail_in('amazon.com', '0100019580aa@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')))

# 014 owner writes to the company's partner admin (user_reply, Japanese)
d = dt('2025-03-10 11:52')
K014 = mid('014', 'outlook')
t014 = f"""黒田さん

お疲れさまです。柳沢です。

退職に伴い AWS 認定アカウントを個人のものへ統合する手続きをしています（ケース {CA}）。
AWS サポートから、会社側の認定アカウントが APN のパートナー組織に紐づいているため、パートナー側の承認が必要だと連絡がありました。
Partner Central に承認依頼が届いているはずですので、お手すきの際にご確認いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

柳沢
"""
msg('user_reply', False, CA, [],
    H(ad(ME_JA, ME_C), ad('黒田 誠', 'm-kuroda@hoshizora-dx.co.jp'), 'Partner Central での承認のお願い（AWS認定アカウント統合）', d, K014,
      extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ja-JP')]),
    multi('alternative', text(t014, cte='quoted-printable'), text(html_wrap(paras(t014)), 'html', cte='quoted-printable'), style='outlook'))

# 015 colleague's answer (unrelated; mentions the case)
d = dt('2025-03-11 17:08')
t = f"""柳沢さん

承認しておきました。
Partner Central の通知に、ケース {CA} の件として届いていました。
ほかに必要なことがあれば言ってください。

黒田

""" + q_gmail_ja(t014, dt('2025-03-10 11:52'), ME_JA, ME_C)
msg('unrelated', False, CA, [],
    H(ad('黒田 誠', 'm-kuroda@hoshizora-dx.co.jp'), ad(ME_JA, ME_C), 'RE: Partner Central での承認のお願い（AWS認定アカウント統合）', d, mid('015', 'outlook'),
      irt=K014, refs=K014, extra=[('Content-Language', 'ja-JP')]),
    text(t, cte='base64'))

# 016 Case A: hold lifted (case_update)
d = dt('2025-03-12 00:40', UTC)
A016 = mid('016', 'ses')
t = """Hi Kaede,

Good news: Hoshizora Digital's partner team released the record this morning, so the hold on your case has been lifted.

I'm putting the account summary together now and you'll have it from me shortly.

Best,
Marisol
"""
msg('case_update', False, CA, [],
    H(TC, ME_P, subj_case(CA), d, A016, irt=A013, refs=f'{A005} {A009} {A013}',
      top=gmail_in('amazon.com', '0100019589c2@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'))

# 017 Case A: confirmation request with account listing
d = dt('2025-03-12 03:22', UTC)
A017 = mid('017', 'ses')
t017 = f"""Hello Kaede,

As promised, here is the summary. We found the following certification accounts associated with you:

Account #1
Candidate ID: {ID_P}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Candidate ID: {ID_C}
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

When the merge runs, the exam history, certifications and benefits of Account #2 move onto Account #1, and Account #2 is closed. This can't be reversed afterwards.

Please look these over and reply to this email confirming that both accounts are yours and that Account #1 is the one we should keep.

Regards,
Marisol R.
AWS Training and Certification Customer Support
"""
rows = ''.join(f'<tr><td style="border:1px solid #ccc;padding:4px 8px">{a}</td><td style="border:1px solid #ccc;padding:4px 8px">{b}</td><td style="border:1px solid #ccc;padding:4px 8px">{c}</td></tr>'
               for a, b, c in [('Candidate ID', ID_P, ID_C), ('Login email', ME_P, ME_C), ('Training notification email', ME_P, ME_C), ('Certification notification email', ME_P, ME_C)])
h = html_wrap(f"""<p>Hello Kaede,</p><p>As promised, here is the summary. We found the following certification accounts associated with you:</p>
<table style="border-collapse:collapse"><tr><th></th><th style="border:1px solid #ccc;padding:4px 8px">Account #1</th><th style="border:1px solid #ccc;padding:4px 8px">Account #2</th></tr>{rows}</table>
<p>When the merge runs, the exam history, certifications and benefits of Account #2 move onto Account #1, and Account #2 is closed. This can't be reversed afterwards.</p>
<p><b>Please look these over and reply to this email confirming that both accounts are yours and that Account #1 is the one we should keep.</b></p>
<p>Regards,<br>Marisol R.<br>AWS Training and Certification Customer Support</p>""")
msg('confirmation_request', True, CA, [ID_P, ID_C],
    H(TC, ME_P, subj_case(CA), d, A017, irt=A016, refs=f'{A005} {A009} {A013} {A016}',
      top=gmail_in('amazon.com', '010001958a71@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t017), text(h, 'html')))

# 018 owner confirms (user_reply)
d = dt('2025-03-12 13:05')
A018 = mid('018', 'gmail')
t018 = f"""Hi Marisol,

Confirmed - both accounts are mine. Please merge into Account #1 ({ID_P}).

Thank you!
Kaede
"""
t = t018 + '\n' + q_gmail(t017, dt('2025-03-12 03:22', UTC).astimezone(JST), 'AWS Training and Certification', FORM)
msg('user_reply', False, CA, [ID_P],
    H(ad(ME_EN, ME_P), TC, subj_case(CA), d, A018, irt=A017, refs=f'{A005} {A009} {A013} {A016} {A017}'),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t018) + '<div class="gmail_quote">' + paras(q_gt(t017)) + '</div>'), 'html', cte='quoted-printable'), style='gmail'))

# 019 Case A: automatic receipt of the owner's reply (acknowledgement)
d = dt('2025-03-12 04:05', UTC)
t = f"""Hello,

We've received your reply and added it to case {CA}.

The agent handling your case will review your message and respond. There is no need to resend it or to open a new case; doing so may delay our answer.

Case ID: {CA}
Status: Pending Amazon action

AWS Training and Certification Customer Support
This is an automated message.
"""
msg('acknowledgement', False, CA, [],
    H(TC, ME_P, f'RE:[CASE {CA}] We received your reply', d, mid('019', 'ses'), irt=A018, refs=f'{A005} {A017} {A018}',
      top=gmail_in('amazon.com', '010001958ab3@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t, cs='us-ascii', cte='7bit'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')))

# 020 AWS billing statement from no-reply-aws@amazon.com (unrelated)
d = dt('2025-03-13 01:11', UTC)
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 14.72

Please see the Bills section of the Billing and Cost Management console for details.

[AWS ID 402917736518]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail address cannot accept incoming e-mails.
"""
msg('unrelated', False, None, [],
    H(ad('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_P, 'Amazon Web Services Billing Statement Available [Account: 402917736518]', d, mid('020', 'ses'),
      top=gmail_in('amazon.com', '010001958f01@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'))

# 021 Case A: merge done (resolved), Outlook-style history below
d = dt('2025-03-13 05:47', UTC)
A021 = mid('021', 'ses')
t021 = f"""Hello Kaede,

All done. Everything from Account #2 - exam history, certifications and benefits - now sits on Account #1 ({ID_P}), and Account #2 has been closed. You can sign in with your Builder ID at any time to check.

Badges on Credly may take a day or so to catch up with the change.

If anything looks off when you sign in, just reply to this email within the next 14 days and the case will reopen for you.

Thank you for your patience while we waited on the partner release.

Warm regards,
Marisol R.
AWS Training and Certification Customer Support
"""
t = t021 + q_outlook(t018, dt('2025-03-12 13:05'), f'{ME_EN} <{ME_P}>', f'AWS Training and Certification <{FORM}>', subj_case(CA)) \
    + q_outlook(t017, dt('2025-03-12 03:22', UTC).astimezone(PDT), f'AWS Training and Certification <{FORM}>', ME_P, subj_case(CA))
msg('resolved', False, CA, [ID_P],
    H(TC, ME_P, subj_case(CA), d, A021, irt=A018, refs=f'{A005} {A009} {A013} {A016} {A017} {A018}',
      top=gmail_in('amazon.com', '0100019590e4@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cte='quoted-printable'))

# 022 Credly badge
d = dt('2025-03-13 09:30', UTC)
t = """Kaede, you've been issued a new badge

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Solutions Architect - Associate".

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/badges/5c0d2b7e-81a4-4f8e-9d7c-2a41f06b93de/accept

Need help? Visit support.credly.com.

Credly, Inc.
"""
msg('badge', False, None, [],
    H(ad('Credly', 'admin@credly.com'), ME_P, 'Kaede, accept your AWS Certified Solutions Architect - Associate badge', d, mid('022', 'credly.com'),
      top=gmail_in('credly.com', 'bounces+8812@em.credly.com', d, dkim_d='credly.com', ip='167.89.64.12')),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t)), 'html', cte='base64')))

# 023 survey for case A
d = dt('2025-03-14 06:00', UTC)
t = f"""Hello,

Your recent case with AWS Training and Certification (Case ID: {CA}) was marked resolved.

How satisfied were you with the support you received? It takes about two minutes:
https://survey.aws.training/s/tc-support?case={CA}&lang=en

Your answers help us improve. This survey closes in 10 days.

AWS Training and Certification
"""
msg('survey', False, CA, [],
    H(ad('AWS Training and Certification', 'aws-tc-survey@amazon.com'), ME_P, f'How did we do? Case {CA}', d, mid('023', 'ses'),
      top=gmail_in('amazon.com', '0100019597aa@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t, cs='us-ascii', cte='7bit'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')))

# 024 Pearson VUE appointment confirmation (unrelated; receipt-like)
d = dt('2025-03-14 21:19')
t = """Dear Kaede Yanagisawa,

Thank you for scheduling with Pearson VUE. This confirms your appointment.

Exam: DVA-C02: AWS Certified Developer - Associate
Registration ID: 472083961
Date/time: Saturday, April 12, 2025 10:00 JST
Delivery: OnVUE online proctored

Please review the system requirements and run the system test before exam day. To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
"""
msg('unrelated', False, None, [],
    H(ad('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P, 'Pearson VUE Confirmation of Booking', d, mid('024', 'pearson.com'),
      top=gmail_in('pearson.com', 'pvue-notify@pearson.com', d, dkim_d='pearson.com', policy='REJECT', ip='159.182.20.33')),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')), crlf=True)

# 025 certification programme research invitation (certification, not a case survey)
d = dt('2025-03-15 08:30', PDT)
h = html_wrap("""<h3>AWS Certification wants to hear from you</h3>
<p>Hello Kaede,</p>
<p>As an AWS Certified individual, you're invited to join a 20-minute research session about how certification fits into your career. Sessions run through April; participants receive a USD 50 gift card.</p>
<p><a href="https://www.certmetrics.com/amazon/public/research.aspx">Sign up for a session</a></p>
<p>AWS Certification Program</p>""")
msg('certification', False, None, [],
    H(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'AWS Certification wants to hear from you', d, mid('025', 'certmetrics.com'),
      top=gmail_in('certmetrics.com', 'bounce@certmetrics.com', d, dkim_d='certmetrics.com', policy='NONE', ip='208.75.123.41')),
    text(h, 'html', cte='quoted-printable'))

# 026 owner reopens the 2023 case by replying to its old thread (user_reply)
d = dt('2025-03-17 09:41')
C_OLD = mid('c2023', 'ses')
C026 = mid('026', 'gmail')
t_old = """Hello Kaede,

I've updated the name on your certification record to "Kaede Yanagisawa". Certificates you download from now on will show the corrected spelling, and the change will reach Credly within 48 hours.

I'm marking this case as resolved. Thank you for contacting AWS Training and Certification.

Regards,
Tomasz
AWS Training and Certification Customer Support
"""
t026 = f"""Hello,

I'm writing back on this old case because the same problem has come back.

In 2023 you corrected the spelling of my name on my company account ({ID_C}). Last week that account was merged into my personal account ({ID_P}) under case {CA}, and the certificates on the merged account now say "Kaede Yanagizawa" again - the spelling I had mistakenly used when I created the personal account years ago.

Could the correction be applied to the merged account as well?

Best regards,
Kaede Yanagisawa
"""
t = t026 + '\n' + q_gmail(t_old, datetime(2023, 6, 21, 10, 2, tzinfo=JST), 'AWS Training and Certification', FORM)
msg('user_reply', False, CC, [ID_C, ID_P],
    H(ad(ME_EN, ME_P), TC, f'RE:[CASE {CC}] [AWS Training and Certification Form Submission] - certification', d, C026, irt=C_OLD, refs=C_OLD),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t026) + '<div class="gmail_quote">' + paras(q_gt(t_old)) + '</div>'), 'html', cte='quoted-printable'), style='gmail'))

# 027 Case C: reopen receipt (acknowledgement)
d = dt('2025-03-17 00:42', UTC)
C027 = mid('027', 'ses')
t = f"""Hello,

We received a reply on case {CC}, which had been resolved, so the case has been reopened.

An agent will pick it up and get back to you, usually within 24 hours. You don't need to open a new case - your reply and the earlier history are all in one place.

Case ID: {CC}
Status: Reopened

Thank you,
AWS Training and Certification Customer Support
"""
msg('acknowledgement', False, CC, [],
    H(TC, ME_P, f'[CASE {CC}] Your case has been reopened', d, C027, irt=C026, refs=f'{C_OLD} {C026}',
      top=gmail_in('amazon.com', '01000195a1c0@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'))

# 028 Case C: first letter after reopening, thanks then asks (info_request)
d = dt('2025-03-18 01:30', UTC)
C028 = mid('028', 'ses')
t028 = f"""Hi Kaede,

Thanks for letting us know, and sorry the old spelling has resurfaced. This happens now and then with merges: the surviving account keeps its own profile fields, so the name from your personal account won over the corrected one.

I can fix it on {ID_P} and regenerate your certificates. To make sure the change sticks this time, I need the name exactly as it appears on the government-issued ID you present at exams, including which part is the given name and which is the family name.

As soon as I have that, I'll make the update.

Cheers,
Nikhil
AWS Training and Certification Customer Support
"""
msg('info_request', True, CC, [ID_P],
    H(TC, ME_P, f'RE:[CASE {CC}] [AWS Training and Certification Form Submission] - certification', d, C028, irt=C026, refs=f'{C_OLD} {C026} {C027}',
      top=gmail_in('amazon.com', '01000195a6f2@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t028, cte='quoted-printable'), text(html_wrap(paras(t028)), 'html', cte='quoted-printable')))

# 029 community newsletter (Japanese)
d = dt('2025-03-18 11:00')
t = """JAWS-UG 東京 の皆さま

3月の勉強会のお知らせです。

■ 日時：3月27日(木) 19:30-21:30
■ テーマ：「AWS認定、取ったあとどう活かす？」LT大会
■ 会場：オンライン（YouTube Live）＋ 渋谷会場

参加登録は connpass のイベントページからお願いします。
LT枠もまだ空きがあります。お気軽にどうぞ！

JAWS-UG 東京 運営
--
このメールは connpass のグループメッセージ機能で送信されています。
"""
msg('unrelated', False, None, [],
    H(ad('JAWS-UG 東京', 'no-reply@connpass.com'), ME_P, '【JAWS-UG 東京】3月勉強会のお知らせ', d, mid('029', 'connpass.com'),
      top=gmail_in('connpass.com', 'bounce@connpass.com', d, dkim_d='connpass.com', policy='NONE', ip='52.69.187.10')),
    text(t, cte='quoted-printable'))

# 030 Case D: Support Center console case opened (acknowledgement) - echoes the owner's text
d = dt('2025-03-18 02:30', UTC)
D030 = mid('030', 'ses')
t = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {CD} to address your inquiry. The details of your case are as follows:

Case ID: {CD}
Subject: Request for ESL +30 accommodation on certification exams
Severity: General guidance
Correspondence: Hello, I am not a native English speaker and would like the ESL +30 minute accommodation applied to my certification account ({ID_P}) before my Developer - Associate exam on April 12. Thank you.

To view the case or add correspondence, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=en

Best regards,
Amazon Web Services

[AWS ID 402917736518]

This e-mail address cannot accept incoming e-mails. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
msg('acknowledgement', False, CD, [ID_P],
    H(ad('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_P, f'Amazon Web Services: New Support case: {CD}', d, D030,
      top=gmail_in('amazon.com', '01000195a73b@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'))

# 031 owner answers case C (user_reply)
d = dt('2025-03-19 08:14')
C031 = mid('031', 'gmail')
t031 = """Hi Nikhil,

Thank you. On my passport the family name is YANAGISAWA and the given name is KAEDE, so the record should read "Kaede Yanagisawa" (given name first, as before).

Kaede
"""
t = t031 + '\n' + q_gmail(t028, dt('2025-03-18 01:30', UTC).astimezone(JST), 'AWS Training and Certification', FORM)
msg('user_reply', False, CC, [],
    H(ad(ME_EN, ME_P), TC, f'Re: [CASE {CC}] [AWS Training and Certification Form Submission] - certification', d, C031, irt=C028, refs=f'{C_OLD} {C026} {C027} {C028}'),
    text(t, cte='quoted-printable'))

# 032 Case C: Japanese receipt of the owner's reply (Shift_JIS, 8bit)
d = dt('2025-03-18 23:15', UTC)
t = f"""お客様

AWS トレーニングと認定 カスタマーサポートです。

ケース {CC} について、お客様からのご返信を受け付けました。
担当者が内容を確認し、あらためてご連絡いたします。

本メールは受付の確認のために自動でお送りしています。ご返信いただく必要はございません。
同じ内容で新しいケースを作成されますと、ご回答が遅れる場合がございますのでご注意ください。

ケース ID：{CC}
ステータス：Amazon の対応待ち

AWS トレーニングと認定 カスタマーサポート
"""
msg('acknowledgement', False, CC, [],
    H(ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ME_P, f'RE:[CASE {CC}] ご返信を受け付けました', d, mid('032', 'ses'), cs='iso-2022-jp',
      irt=C031, refs=f'{C026} {C028} {C031}',
      top=gmail_in('amazon.com', '01000195ab90@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='shift_jis', cte='8bit', quote_cs=False))

# 033 Case D: console correspondence asking for details, to be answered in the Support Center (info_request)
d = dt('2025-03-19 05:20', UTC)
D033 = mid('033', 'ses')
t = f"""Hello,

Thank you for your patience while I looked into this.

Accommodations are attached to the certification account and then passed to the exam delivery provider, so I want to be sure they land on the right registration. Would you tell me the name on your Pearson VUE profile exactly as it is spelled there, and whether you plan to take the April 12 exam online or at a test center?

Please add your answer to the case in the Support Center using the link below. This mailbox does not receive replies.

Best regards,
Priya S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

To see the case or reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
msg('info_request', True, CD, [],
    H(ad('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_P, f'RE:[CASE {CD}] Request for ESL +30 accommodation on certification exams', d, D033,
      irt=D030, refs=D030, top=gmail_in('amazon.com', '01000195ad11@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t, cs='us-ascii', cte='7bit'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')), crlf=True)

# 034 spoof on the real form address: DKIM/SPF/DMARC fail (suspicious)
d = dt('2025-03-20 10:02')
h = html_wrap(f"""<p>Hello Kaede,</p>
<p>We received your reply on case {CC}. Your name change is now pending a final identity check.</p>
<p>To finish, sign in with your AWS Builder ID and upload a photo of your passport on our secure page:</p>
<p><a href="https://aws-training-verify.net/id/{CC}">https://aws.training/identity/{CC}</a></p>
<p>Requests that are not verified within 48 hours are closed automatically.</p>
<p>AWS Training and Certification Customer Support</p>""")
msg('suspicious', False, None, [],
    H(ad('AWS Training and Certification', FORM), ME_P, f'RE:[CASE {CC}] Identity check required to complete your request', d, mid('034', 'mail-relay.aws-training-verify.net'),
      top=gmail_in('amazon.com', 'info@aws-training-verify.net', d, dkim='fail', spf='fail', dmarc='fail', dkim_d='aws-training-verify.net', ip='91.219.236.45')),
    text(h, 'html', cte='quoted-printable'))

# 035 Case C: resolved, quotes the earlier request underneath
d = dt('2025-03-21 02:00', UTC)
t035 = f"""Hi Kaede,

Done - the record for {ID_P} now reads "Kaede Yanagisawa", and I've regenerated the certificates so the downloads show the right spelling. Credly usually picks up the change within two days.

I've also added a note to the account so that a future merge keeps this name.

Thanks again for flagging it.

Nikhil
AWS Training and Certification Customer Support
"""
t = t035 + q_outlook(t031, dt('2025-03-19 08:14'), f'{ME_EN} <{ME_P}>', f'AWS Training and Certification <{FORM}>', f'Re: [CASE {CC}] [AWS Training and Certification Form Submission] - certification') \
    + q_outlook(t028, dt('2025-03-18 01:30', UTC).astimezone(PDT), f'AWS Training and Certification <{FORM}>', ME_P, f'RE:[CASE {CC}] [AWS Training and Certification Form Submission] - certification')
msg('resolved', False, CC, [ID_P],
    H(TC, ME_P, f'RE:[CASE {CC}] [AWS Training and Certification Form Submission] - certification', d, mid('035', 'ses'), irt=C031, refs=f'{C_OLD} {C026} {C028} {C031}',
      top=gmail_in('amazon.com', '01000195b6e0@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cte='quoted-printable'))

# 036 out-of-office reply from a client contact (unrelated)
d = dt('2025-03-21 15:30')
t = """Thank you for your message. I am out of the office until Monday, March 24, with limited access to email.

For anything urgent about the Hoshizora engagement, please contact our operations desk at ops@sakuragi-logistics.jp.

Daniel Okafor
Sakuragi Logistics
"""
msg('unrelated', False, None, [],
    H(ad('Daniel Okafor', 'd.okafor@sakuragi-logistics.jp'), ad(ME_EN, ME_C), 'Automatic reply: Handover of the Hoshizora monitoring account', d, mid('036', 'outlook'),
      top=o365_in('sakuragi-logistics.jp', 'd.okafor@sakuragi-logistics.jp', d, ip='40.107.116.70'),
      extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'd.okafor@sakuragi-logistics.jp')]),
    text(t, cs='us-ascii', cte='7bit'), crlf=True)

# 037 owner writes back on case A: voucher missing (user_reply)
d = dt('2025-03-24 09:10')
A037 = mid('037', 'gmail')
t037 = """Hi Marisol,

Sorry to come back to this. Everything from the old account shows up on Account #1 except one thing: the 50% exam discount I earned when I recertified last year. It was on the company account, unused, and the Benefits page of the merged account doesn't list it. I was planning to use it for my exam on April 12.

Is there a way to bring it over?

Thanks,
Kaede
"""
t = t037 + '\n' + q_gmail(t021, dt('2025-03-13 05:47', UTC).astimezone(JST), 'AWS Training and Certification', FORM)
msg('user_reply', False, CA, [],
    H(ad(ME_EN, ME_P), TC, subj_case(CA), d, A037, irt=A021, refs=f'{A005} {A017} {A018} {A021}'),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t037) + '<div class="gmail_quote">' + paras(q_gt(t021)) + '</div>'), 'html', cte='quoted-printable'), style='gmail'))

# 038 Case A: reopen receipt, HTML only (acknowledgement)
d = dt('2025-03-24 00:11', UTC)
A038 = mid('038', 'ses')
h = html_wrap(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#ffffff;padding:12px 18px;font-size:15px">AWS Training and Certification</td></tr></table>
<p>Hello,</p>
<p>Thanks for getting back to us. Because case <b>{CA}</b> had already been resolved, your message has reopened it.</p>
<table style="border-collapse:collapse;margin:8px 0">
<tr><td style="padding:3px 10px;color:#687078">Case ID</td><td style="padding:3px 10px">{CA}</td></tr>
<tr><td style="padding:3px 10px;color:#687078">Status</td><td style="padding:3px 10px">Reopened &ndash; pending Amazon action</td></tr>
<tr><td style="padding:3px 10px;color:#687078">Next update</td><td style="padding:3px 10px">Usually within 24 hours</td></tr></table>
<p>Your earlier correspondence stays with the case, so there is no need to repeat it or submit the form again.</p>
<p style="font-size:11px;color:#687078">This notification was sent automatically.</p>""")
msg('acknowledgement', False, CA, [],
    H(TC, ME_P, f'RE:[CASE {CA}] Case reopened', d, A038, irt=A037, refs=f'{A021} {A037}',
      top=gmail_in('amazon.com', '01000195c5d1@amazonses.com', d, dkim_d='amazon.com')),
    text(h, 'html', cte='base64'))

# 039 Case D: console closing notice (closing_notice)
d = dt('2025-03-24 06:00', UTC)
t = f"""Hello,

We haven't heard back from you on case {CD} since our last correspondence.

If we don't receive a response, this case will be resolved automatically in 3 days. We would still like to set up your accommodation before your exam; to keep the case open, add your reply in the Support Center.

https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=en

Best regards,
Amazon Web Services

This e-mail address cannot accept incoming e-mails.
"""
msg('closing_notice', True, CD, [],
    H(ad('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_P, f'RE:[CASE {CD}] Request for ESL +30 accommodation on certification exams', d, mid('039', 'ses'),
      irt=D033, refs=f'{D030} {D033}', top=gmail_in('amazon.com', '01000195c6a8@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'))

# 040 Case A: agent hands the case to another team (case_update)
d = dt('2025-03-25 01:30', UTC)
A040 = mid('040', 'ses')
t = """Hi Kaede,

Thanks for the heads-up about the discount.

I checked the old account: the 50% voucher was created there before the merge and wasn't carried across, because benefit vouchers are held separately from the exam record. Vouchers are managed by our Certification Benefits team, so I've transferred your case to them with a note about your April 12 exam date.

They'll write to you directly from here. I'm leaving the case in their hands, but it stays under the same case number.

Best,
Marisol
"""
msg('case_update', False, CA, [],
    H(TC, ME_P, subj_case(CA, 'RE: ['), d, A040, irt=A037, refs=f'{A021} {A037} {A038}',
      top=gmail_in('amazon.com', '01000195cbf2@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cte='quoted-printable'))

# 041 Case A: receiving team's transfer receipt, English + Japanese (acknowledgement)
d = dt('2025-03-25 02:10', UTC)
A041 = mid('041', 'ses')
t = f"""Hello,

Your case {CA} has been received by the AWS Certification Benefits team.

We aim to respond within 2 business days. You do not need to reply to this message; the team has the full case history.

--------------------------------------------------

ケース {CA} は、AWS 認定特典チームで受け付けました。

2営業日以内のご連絡を目安としております。これまでのやり取りはすべて引き継いでおりますので、本メールへのご返信は不要です。

AWS Certification Benefits / AWS 認定特典チーム
"""
msg('acknowledgement', False, CA, [],
    H(ad('AWS Certification Benefits', FORM), ME_P, f'RE:[CASE {CA}] Case received by AWS Certification Benefits', d, A041, irt=A040, refs=f'{A021} {A037} {A040}',
      top=gmail_in('amazon.com', '01000195cc31@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t, cte='base64'), text(html_wrap(paras(t)), 'html', cte='base64')))

# 042 Case E: Japanese system acknowledgement, echoes the owner's question (acknowledgement)
d = dt('2025-03-26 01:20', UTC)
E042 = mid('042', 'ses')
t042 = f"""{ME_JA} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース {CE} としてお問い合わせを承りました。

ご回答は通常24時間以内にお送りしておりますが、最適な解決策をご案内するため、さらにお時間を頂戴する場合がございます。
なお、すでに同じご依頼でケースを作成されている場合は、別のケースを作成なさらないようお願い申し上げます。

以下は、お客様がフォームにご入力になった内容です。

ケース ID：{CE}
お問い合わせタイプ：認定
その他の詳細：領収書・請求
AWS 候補 ID：{ID_P}
お問い合わせ内容：
2024年に受験した SAA-C03 の受験料の領収書の宛名が、前の勤務先の会社名になっています。
受験料は個人で支払ったため、個人名で領収書を再発行していただくことは可能でしょうか。

本メールにご返信いただくと、ケースに追記されます。

AWS トレーニングと認定 カスタマーサポート
"""
msg('acknowledgement', False, CE, [ID_P],
    H(ad('AWS トレーニングと認定', FORM), ME_P, f'[CASE {CE}] [AWS Training and Certification Form Submission] - billing-receipts', d, E042,
      top=gmail_in('amazon.com', '01000195d0a2@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t042, cte='base64'), text(html_wrap(paras(t042)), 'html', cte='base64')))

# 043 AWS marketing (Japanese)
d = dt('2025-03-26 11:00')
h = html_wrap("""<div style="max-width:640px;margin:auto"><h2 style="color:#232f3e">AWS Summit Japan 2025 登録受付開始</h2>
<p>今年も AWS Summit Japan を幕張メッセで開催します。150 以上のセッション、ハンズオン、AWS 認定者ラウンジをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">本メールは配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社</p></div>""")
msg('unrelated', False, None, [],
    H(ad('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com'), ME_P, '【AWS Summit Japan 2025】登録受付を開始しました', d, mid('043', 'ses'),
      top=gmail_in('amazon.com', 'bounce@mktomail.awscloud.com', d, dkim_d='amazon.com'),
      extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>')]),
    text(h, 'html', cte='quoted-printable'))

# 044 Case E: agent's first letter in Japanese - thanks, says what happens next (acknowledgement)
d = dt('2025-03-26 06:00', UTC)
E044 = mid('044', 'ses')
t044 = f"""{ME_JA} 様

このたびは AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、誠にありがとうございます。
本件を担当いたします佐々木と申します。

領収書の宛名変更のご依頼、確かに承りました。
いただいた内容をもとに担当部署で確認のうえ、再発行の手続きを進めてまいります。
通常、3〜5営業日ほどお時間を頂戴しております。

進捗がございましたら本ケースにてご連絡いたしますので、今しばらくお待ちいただけますと幸いです。

引き続きよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
msg('acknowledgement', False, CE, [],
    H(ad('AWS トレーニングと認定', FORM), ME_P, f'RE:[CASE {CE}] [AWS Training and Certification Form Submission] - billing-receipts', d, E044, irt=E042, refs=E042,
      top=gmail_in('amazon.com', '01000195d1c4@amazonses.com', d, dkim_d='amazon.com')),
    text(html_wrap(paras(t044)), 'html', cte='quoted-printable'))

# 045 Case A: benefits team reissued the voucher (resolved)
d = dt('2025-03-27 03:00', UTC)
A045 = mid('045', 'ses')
t = f"""Hello Kaede,

I'm Ingrid from the Certification Benefits team, following up on your transferred case.

I've reissued your 50% exam discount on your certification account {ID_P}. You'll find it under Benefits > Certification benefits, and it can be applied when you schedule your exam. The new voucher is valid until March 27, 2026. The voucher that sat on the closed account has been voided, so only the new one is usable.

No further action is required on your part, and I'm closing the case now.

Good luck on April 12!

Ingrid
AWS Certification Benefits
"""
msg('resolved', False, CA, [ID_P],
    H(ad('AWS Certification Benefits', FORM), ME_P, subj_case(CA), d, A045, irt=A041, refs=f'{A037} {A040} {A041}',
      top=gmail_in('amazon.com', '01000195d5e0@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')))

# 046 Case D: accommodation approved (resolved) - with survey footer and an instruction that is not a reply
d = dt('2025-03-27 07:40', UTC)
t = f"""Hello,

Thank you for the details you added to the case.

The ESL +30 accommodation is now active on your certification account. It applies to exams you schedule from now on. Because your April 12 appointment was booked before the accommodation existed, the extra time is not attached to it; to get the additional 30 minutes for that sitting, cancel and re-book the appointment from your certification account.

I'm marking this case as resolved.

Best regards,
Priya S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see the case or reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
msg('resolved', False, CD, [],
    H(ad('Amazon Web Services', 'no-reply-aws@amazon.com'), ME_P, f'RE:[CASE {CD}] Request for ESL +30 accommodation on certification exams', d, mid('046', 'ses'),
      irt=D033, refs=f'{D030} {D033}', top=gmail_in('amazon.com', '01000195d6f9@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'))

# 047 Case E: Japanese progress note - passed to the accounting team (case_update), ISO-2022-JP
d = dt('2025-03-28 02:00', UTC)
E047 = mid('047', 'ses')
t047 = f"""{ME_JA} 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。

ケース {CE} の進捗をお知らせいたします。
領収書の再発行について、経理担当部署へ正式に依頼いたしました。
発行までは通常5営業日ほどかかる見込みです。発行され次第、本ケースにてお送りいたします。

お客様にご対応いただくことは現時点ではございません。

佐々木
AWS トレーニングと認定 カスタマーサポート

"""
t = t047 + q_gmail_ja(t044, dt('2025-03-26 06:00', UTC).astimezone(JST), 'AWS トレーニングと認定', FORM)
msg('case_update', False, CE, [],
    H(ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ME_P, f'RE:[CASE {CE}] [AWS Training and Certification Form Submission] - billing-receipts', d, E047, cs='iso-2022-jp',
      irt=E044, refs=f'{E042} {E044}', top=gmail_in('amazon.com', '01000195db3c@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='iso-2022-jp', cte='7bit'), crlf=True)

# 048 other vendor: ticket solved, closes unless you reply (unrelated)
d = dt('2025-03-28 18:04')
t = """##- Please type your reply above this line -##

Your request (#48213) has been solved.

Hi Kaede,

We deployed a fix for the 502 responses on outgoing webhooks at 17:40 JST. Your test alert went through successfully on our side.

If we don't hear from you within 4 days, this request will close automatically. Replying to this email reopens it.

Kumo Monitor Support
"""
msg('unrelated', False, None, [],
    H(ad('Kumo Monitor Support', 'support@kumomon.io'), ME_P, '[Kumo Monitor] Re: Alert webhook returns 502 (#48213)', d, mid('048', 'kumomon.zendesk.com'),
      irt=mid('011', 'kumomon.zendesk.com'), refs=mid('011', 'kumomon.zendesk.com'),
      top=gmail_in('kumomon.io', 'support+id48213@kumomon.io', d, dkim_d='kumomon.io', policy='NONE', ip='192.161.148.17')),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t)), 'html', cte='quoted-printable'), style='other'))

# 049 bounce: the company mailbox is gone (unrelated)
d = dt('2025-04-01 09:05')
t = f"""** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ME_C} not found by SMTP address lookup
"""
ds = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Apr 2025 09:04:51 +0900

Final-Recipient: rfc822; {ME_C}
Action: failed
Status: 5.1.10
Remote-MTA: dns; hoshizoradx-co-jp.mail.protection.outlook.com. (52.101.229.3, the server for the domain hoshizora-dx.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
Last-Attempt-Date: Tue, 01 Apr 2025 09:05:02 +0900
"""
orig = f"""From: {ME_EN} <{ME_P}>
To: {ME_C}
Subject: Fwd: handover checklist
Date: Tue, 1 Apr 2025 09:04:50 +0900
Message-ID: {mid('049o', 'gmail')}
"""
rep = multi('report', text(t, cs='us-ascii', cte='7bit'),
            Part([('Content-Type', 'message/delivery-status')], ds.encode()),
            Part([('Content-Type', 'text/rfc822-headers')], orig.encode()), style='gmail')
rep.headers[0] = ('Content-Type', rep.headers[0][1] + '; report-type=delivery-status')
msg('unrelated', False, None, [],
    H(ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P, 'Delivery Status Notification (Failure)', d, mid('049', 'gmail'),
      extra=[('Auto-Submitted', 'auto-replied')]), rep)

# 050 Case E: receipt reissued, PDF attached (resolved), Japanese, conditional invitation
d = dt('2025-04-01 02:30', UTC)
t = f"""{ME_JA} 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの三浦でございます。
佐々木より本件を引き継ぎました。

個人名義での領収書を再発行いたしましたので、添付の PDF をご確認ください。
以前発行された会社名義の領収書は無効となっております。

ご不明な点がございましたら、本メールにご返信ください。
本ケースはこれにて解決とさせていただきます。

三浦
AWS トレーニングと認定 カスタマーサポート
"""
pdf = b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
msg('resolved', False, CE, [],
    H(ad('AWS トレーニングと認定', FORM), ME_P, f'RE:[CASE {CE}] [AWS Training and Certification Form Submission] - billing-receipts', d, mid('050', 'ses'),
      irt=E047, refs=f'{E042} {E044} {E047}', top=gmail_in('amazon.com', '01000195ec70@amazonses.com', d, dkim_d='amazon.com')),
    multi('mixed', text(t, cte='8bit'), attach(pdf, 'application/pdf', 'receipt_SAA-C03_2024.pdf')))

# 051 Case F: system acknowledgement that asks unconditionally (info_request)
d = dt('2025-04-01 23:40', UTC)
F051 = mid('051', 'ses')
t = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {CF} about your digital badge.

To help us find your badge, reply to this email with the email address your Credly account is registered under. Badge requests can't be matched without it.

Our team usually responds within 24 hours. Please do not submit the form again for this request.

Case ID: {CF}
Inquiry type: Certification
Additional details: Digital badges
Description: My AWS Certified Cloud Practitioner badge disappeared from Credly after my accounts were merged last month.

AWS Training and Certification Customer Support
"""
msg('info_request', True, CF, [],
    H(TC, ME_P, f'[CASE {CF}] [AWS Training and Certification Form Submission] - digital-badges', d, F051,
      top=gmail_in('amazon.com', '01000195f2a0@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t, cs='us-ascii', cte='7bit'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')))

# 052 Case E: Japanese satisfaction survey (survey)
d = dt('2025-04-02 10:00')
t = f"""{ME_JA} 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

サービス向上のため、ケース {CE} の対応についてのアンケートにご協力いただけますでしょうか。
所要時間は2分ほどです。

https://survey.aws.training/s/tc-support?case={CE}&lang=ja

※アンケートへのご回答は任意です。本メールへの返信はお受けできません。

AWS トレーニングと認定
"""
msg('survey', False, CE, [],
    H(ad('AWS トレーニングと認定', 'aws-tc-survey@amazon.com'), ME_P, 'サポート対応に関するアンケートのお願い', d, mid('052', 'ses'),
      top=gmail_in('amazon.com', '01000195f3b1@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cte='base64'))

# 053 Case F: agent's first letter already reports the fix (resolved)
d = dt('2025-04-02 05:00', UTC)
t = f"""Hi Kaede,

Thanks for getting in touch about your Cloud Practitioner badge.

Good news - I found the cause straight away. The badge was still linked to the certification account that was closed during your merge, so Credly had nothing to display. I've re-linked it to your current account and re-sent the badge invitation to {ME_P}. An email from Credly should arrive shortly.

You don't need to send us your Credly address after all; we were able to match it from the merge record. I've marked this case resolved. If the invitation hasn't shown up within 48 hours, reply here and I'll take another look.

All the best,
Olumide
AWS Training and Certification Customer Support
"""
msg('resolved', False, CF, [],
    H(TC, ME_P, f'RE:[CASE {CF}] [AWS Training and Certification Form Submission] - digital-badges', d, mid('053', 'ses'), irt=F051, refs=F051,
      top=gmail_in('amazon.com', '01000195f401@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cte='quoted-printable'), crlf=True)

# 054 Credly badge (badge)
d = dt('2025-04-02 05:20', UTC)
h = html_wrap("""<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt="badge">
<h2>Your badge is waiting</h2>
<p>Amazon Web Services Training and Certification issued you<br><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/badges/9f1e7a40-3c55-4d0b-8a2e-b6e1c0d47a21/accept" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 13 E 37th St, New York, NY</p></div>""")
msg('badge', False, None, [],
    H(ad('Credly', 'admin@credly.com'), ME_P, 'Amazon Web Services Training and Certification sent you a badge', d, mid('054', 'credly.com'),
      top=gmail_in('credly.com', 'bounces+8812@em.credly.com', d, dkim_d='credly.com', ip='167.89.64.12')),
    text(h, 'html', cte='quoted-printable'))

# 055 Case I: system acknowledgement with a conditional note (acknowledgement)
d = dt('2025-04-03 03:05', UTC)
I055 = mid('055', 'ses')
t = f"""Hello,

Thank you for contacting AWS Training and Certification. Your request has been received and case {CI} has been created.

What happens next: a specialist will review the accounts involved and contact you at this address, normally within one business day.

Optional: if you know the candidate ID of each account and didn't include it on the form, you may reply with it. This is not required - we can look accounts up by email address.

The details of your case are as follows:
Case ID: {CI}
Inquiry type: Certification / Account Merge
Description: I think I accidentally created a second certification account with my personal email when I signed in through Partner Central SSO before leaving my company. I would like only {ID_P} to remain.

AWS Training and Certification Customer Support
"""
msg('acknowledgement', False, CI, [ID_P],
    H(TC, ME_P, f'[CASE {CI}] [AWS Training and Certification Form Submission] - account-assistance', d, I055,
      top=gmail_in('amazon.com', '01000195fa18@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cte='quoted-printable'))

# 056 Case I: agent's first letter is already the confirmation request (confirmation_request), HTML only
d = dt('2025-04-03 08:00', UTC)
I056 = mid('056', 'ses')
cell = 'style="border:1px solid #d5dbdb;padding:5px 10px"'
h056 = html_wrap(f"""<p>Hi Kaede,</p>
<p>Thank you for contacting us. I looked up the accounts on {ME_P} and found two:</p>
<table style="border-collapse:collapse">
<tr><th {cell}></th><th {cell}>Account #1</th><th {cell}>Account #2</th></tr>
<tr><td {cell}>Candidate ID</td><td {cell}>{ID_P}</td><td {cell}>{ID_X}</td></tr>
<tr><td {cell}>Sign-in</td><td {cell}>AWS Builder ID ({ME_P})</td><td {cell}>AWS Partner Central (SSO)</td></tr>
<tr><td {cell}>Certification notification email</td><td {cell}>{ME_P}</td><td {cell}>{ME_P}</td></tr>
<tr><td {cell}>Exam history</td><td {cell}>7 exams</td><td {cell}>none</td></tr>
</table>
<p>Shall I fold Account #2 into Account #1 and close it? A quick yes is all I need.</p>
<p>Thanks,<br>Hana<br>AWS Training and Certification Customer Support</p>""")
msg('confirmation_request', True, CI, [ID_P, ID_X],
    H(TC, ME_P, f'RE:[CASE {CI}] [AWS Training and Certification Form Submission] - account-assistance', d, I056, irt=I055, refs=I055,
      top=gmail_in('amazon.com', '01000195fb2c@amazonses.com', d, dkim_d='amazon.com')),
    text(h056, 'html', cte='quoted-printable'))

# 057 owner answers from the phone (user_reply)
d = dt('2025-04-04 07:45')
I057 = mid('057', 'apple')
t = f"""Yes, please go ahead - keep Account #1 ({ID_P}) and close {ID_X}.

Kaede

Sent from my iPhone

> On Apr 3, 2025, at 17:00, AWS Training and Certification <{FORM}> wrote:
> 
> Hi Kaede,
> 
> Thank you for contacting us. I looked up the accounts on {ME_P} and found two:
> Account #1 Account #2
> Candidate ID {ID_P} {ID_X}
> Sign-in AWS Builder ID ({ME_P}) AWS Partner Central (SSO)
> Exam history 7 exams none
> 
> Shall I fold Account #2 into Account #1 and close it? A quick yes is all I need.
> 
> Thanks,
> Hana
"""
msg('user_reply', False, CI, [ID_P, ID_X],
    H(ad(ME_EN, ME_P), TC, f'Re: [CASE {CI}] [AWS Training and Certification Form Submission] - account-assistance', d, I057, irt=I056, refs=f'{I055} {I056}',
      extra=[('X-Mailer', 'iPhone Mail (22D72)')]),
    text(t, cs='utf-8', cte='quoted-printable', quote_cs=False, extra=[]))

# 058 Case I: agent acknowledges the reply and says what comes next (acknowledgement)
d = dt('2025-04-04 00:30', UTC)
I058 = mid('058', 'ses')
t = """Hi Kaede,

Thank you for confirming. I'll go ahead with the merge today and let you know as soon as it's finished - it's usually done within one business day.

Thanks,
Hana
"""
msg('acknowledgement', False, CI, [],
    H(TC, ME_P, f'RE:[CASE {CI}] [AWS Training and Certification Form Submission] - account-assistance', d, I058, irt=I057, refs=f'{I055} {I056} {I057}',
      top=gmail_in('amazon.com', '01000195ff90@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'))

# 059 Case I: merged (resolved)
d = dt('2025-04-04 08:15', UTC)
t = f"""Hi Kaede,

Account #2 ({ID_X}) has been merged into {ID_P} and closed. Signing in through Partner Central will no longer create or open a separate certification account for you.

Nothing else is needed from you. Thanks for your patience!

Hana
AWS Training and Certification Customer Support
"""
msg('resolved', False, CI, [ID_X, ID_P],
    H(TC, ME_P, f'RE:[CASE {CI}] [AWS Training and Certification Form Submission] - account-assistance', d, mid('059', 'ses'), irt=I058, refs=f'{I055} {I056} {I057} {I058}',
      top=gmail_in('amazon.com', '0100019601a2@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')))

# 060 Case H: system acknowledgement, plain (acknowledgement)
d = dt('2025-04-07 00:50', UTC)
H060 = mid('060', 'ses')
t = f"""Hello,

We've got your message. Case {CH} is now open with AWS Training and Certification, and it's in the queue for our certification records team.

You can expect to hear from us within 24 hours in most cases. Please keep this case number for reference; there's no need to resubmit the form.

The details of your case are as follows:

Case ID: {CH}
Inquiry type: Certification
Additional details: Exam history
Description: My AWS Certified Big Data - Specialty exam from November 2019 (passed, now retired) is not listed in my exam history since the merge.

Thank you,
AWS Training and Certification Customer Support
"""
msg('acknowledgement', False, CH, [],
    H(TC, ME_P, f'[CASE {CH}] [AWS Training and Certification Form Submission] - exam-history', d, H060,
      top=gmail_in('amazon.com', '0100019610aa@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'), crlf=True)

# 061 Case H: first letter thanks, explains next steps, and asks (info_request)
d = dt('2025-04-07 06:00', UTC)
H061 = mid('061', 'ses')
t061 = """Hello Kaede,

Thank you for writing in, and sorry that one of your exams has gone missing.

Here's how I plan to handle it: exams from 2019 were delivered under an older registration system, so I'll raise a records request with our exam delivery partner, they'll confirm the sitting, and we'll add it back to your history.

Before I can raise that request, I'll need two things from you:
- the Pearson VUE registration number for that sitting (a 9-digit number in the booking confirmation), and
- the test center or city where you sat the exam.

Kindly reply to this email with those details and I'll take it from there.

Best regards,
Lucas
AWS Training and Certification Customer Support
"""
msg('info_request', True, CH, [],
    H(TC, ME_P, f'RE:[CASE {CH}] [AWS Training and Certification Form Submission] - exam-history', d, H061, irt=H060, refs=H060,
      top=gmail_in('amazon.com', '0100019611f3@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t061, cte='quoted-printable'), text(html_wrap(paras(t061)), 'html', cte='quoted-printable')))

# 062 AWS Educate form case acknowledgement (other programme: unrelated)
d = dt('2025-04-08 05:33', UTC)
t = f"""Hello,

Thank you for contacting AWS Educate. We have opened case {CEDU} for your inquiry.

A member of the AWS Educate team will respond within 2 business days. Please do not open additional cases for the same question.

Case ID: {CEDU}
Inquiry type: AWS Educate
Description: I would like to volunteer as a mentor for the spring cohort. Which address should I use?

AWS Educate Support
"""
msg('unrelated', False, CEDU, [],
    H(ad('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P, f'[CASE {CEDU}] [AWS Educate Form Submission] - general-inquiry', d, mid('062', 'ses'),
      top=gmail_in('amazon.com', '0100019617c5@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'))

# 063 Case H: Japanese closing notice with the request repeated (closing_notice)
d = dt('2025-04-10 01:00', UTC)
H063 = mid('063', 'ses')
t063 = f"""{ME_JA} 様

AWS トレーニングと認定 カスタマーサポートの村上です。
ケース {CH} について、4月7日にお願いしておりました情報をまだ頂戴できておりません。

お手数ですが、当時の Pearson VUE の登録番号（9桁）と受験地を本メールへのご返信でお知らせいただけますでしょうか。

4月14日までにご返信がない場合、本ケースはいったんクローズとさせていただきます。
クローズ後であっても、本メールにご返信いただければケースは再開されます。

何卒よろしくお願いいたします。

村上
AWS トレーニングと認定 カスタマーサポート
"""
msg('closing_notice', True, CH, [],
    H(ad('AWS トレーニングと認定', FORM), ME_P, f'RE:[CASE {CH}] [AWS Training and Certification Form Submission] - exam-history', d, H063, irt=H061, refs=f'{H060} {H061}',
      top=gmail_in('amazon.com', '010001962233@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t063, cte='quoted-printable'), text(html_wrap(paras(t063)), 'html', cte='quoted-printable')))

# 064 owner answers case H, Gmail with Japanese UI quoting (user_reply)
d = dt('2025-04-10 21:00')
H064 = mid('064', 'gmail')
t064 = f"""Hello,

Sorry for the delay - I had to dig the booking out of an old mailbox.

Pearson VUE registration number: 318770452
Test center: Osaka Umeda, November 16, 2019
The exam was taken on my old company account ({ID_C}), which has since been merged.

Best regards,
Kaede Yanagisawa
"""
t = t064 + '\n' + q_gmail_ja(t063, dt('2025-04-10 01:00', UTC).astimezone(JST), 'AWS トレーニングと認定', FORM)
msg('user_reply', False, CH, [ID_C],
    H(ad(ME_EN, ME_P), ad('AWS トレーニングと認定', FORM), f'Re: RE:[CASE {CH}] [AWS Training and Certification Form Submission] - exam-history', d, H064, irt=H063, refs=f'{H060} {H061} {H063}'),
    multi('alternative', text(t, cte='base64'), text(html_wrap(paras(t064) + '<div class="gmail_quote">' + paras(q_gt(t063)) + '</div>'), 'html', cte='base64'), style='gmail'))

# 065 Case H: automatic receipt of the reply (acknowledgement)
d = dt('2025-04-10 12:01', UTC)
t = f"""Your reply to case {CH} has reached us and the case is back with our team.

Nothing else is needed from you right now. We'll be in touch on this case as soon as there's news.

- AWS Training and Certification Customer Support (automated notice)
"""
msg('acknowledgement', False, CH, [],
    H(TC, ME_P, f'RE:[CASE {CH}] Reply received', d, mid('065', 'ses'), irt=H064, refs=f'{H061} {H063} {H064}',
      top=gmail_in('amazon.com', '0100019623f0@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cs='us-ascii', cte='7bit'))

# 066 Case H: agent reports the request was raised with the delivery partner (case_update)
d = dt('2025-04-11 03:00', UTC)
H066 = mid('066', 'ses')
t = f"""Hello Kaede,

Thanks for sending the registration details.

I've raised a records request with Pearson VUE for the November 2019 sitting at Osaka Umeda. They usually answer within 3 to 5 business days. Once they confirm, we'll restore the exam to your history; I'll write again when that's done.

Best regards,
Lucas
AWS Training and Certification Customer Support
"""
msg('case_update', False, CH, [],
    H(TC, ME_P, f'RE:[CASE {CH}] [AWS Training and Certification Form Submission] - exam-history', d, H066, irt=H064, refs=f'{H060} {H061} {H063} {H064}',
      top=gmail_in('amazon.com', '010001962789@amazonses.com', d, dkim_d='amazon.com')),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')))

# 067 exam result (certification)
d = dt('2025-04-12 18:40', PDT)
t = f"""Congratulations, Kaede!

You have passed the AWS Certified Developer - Associate (DVA-C02) exam and earned the AWS Certified Developer - Associate certification.

Candidate ID: {ID_P}
Certification date: April 12, 2025
Expiration date: April 12, 2028

Your score report and digital certificate are available in your AWS Certification Account. A Credly badge invitation will follow separately.

AWS Certification
"""
msg('certification', False, None, [ID_P],
    H(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'Congratulations, you are now AWS Certified!', d, mid('067', 'certmetrics.com'),
      top=gmail_in('certmetrics.com', 'bounce@certmetrics.com', d, dkim_d='certmetrics.com', policy='NONE', ip='208.75.123.41')),
    multi('alternative', text(t, cte='quoted-printable'), text(html_wrap(paras(t)), 'html', cte='quoted-printable')))

# 068 Japanese phishing dressed as an acknowledgement (suspicious)
d = dt('2025-04-14 08:12')
t = """AWS トレーニングと認定をご利用いただきありがとうございます。

お客様のお問い合わせを受け付けました。
ただし、お客様のアカウントで異常なサインインが検出されたため、ケースの処理を一時停止しております。

24時間以内に下記のリンクからサインインし、本人確認を完了してください。
完了いただけない場合、保有されている認定資格が失効する場合がございます。

https://aws-training-jp.com/signin/verify

AWS トレーニングと認定 サポートセンター
"""
msg('suspicious', False, None, [],
    H(ad('AWS トレーニングと認定', 'support@aws-training-jp.com'), ME_P, '【AWS トレーニングと認定】お問い合わせを受け付けました（本人確認のお願い）', d, mid('068', 'aws-training-jp.com'),
      top=gmail_in('aws-training-jp.com', 'support@aws-training-jp.com', d, dkim='none', spf='softfail', dmarc='none', dkim_d='aws-training-jp.com', policy='NONE', ip='103.75.201.14')),
    text(t, cs='shift_jis', cte='base64'))

# 069 Case H: exam restored (resolved) - quotes the earlier request underneath
d = dt('2025-04-16 02:00', UTC)
t = f"""Hello Kaede,

Pearson VUE confirmed the sitting, and your AWS Certified Big Data - Specialty exam from November 16, 2019 now appears in the exam history of {ID_P}. As the certification has since expired and been retired, it is listed under past certifications.

This case is now resolved. Thank you for digging up the details.

Best regards,
Lucas
AWS Training and Certification Customer Support
""" + q_outlook(t061, dt('2025-04-07 06:00', UTC).astimezone(PDT), f'AWS Training and Certification <{FORM}>', ME_P, f'RE:[CASE {CH}] [AWS Training and Certification Form Submission] - exam-history')
msg('resolved', False, CH, [ID_P],
    H(TC, ME_P, f'RE:[CASE {CH}] [AWS Training and Certification Form Submission] - exam-history', d, mid('069', 'ses'), irt=H066, refs=f'{H060} {H061} {H063} {H064} {H066}',
      top=gmail_in('amazon.com', '0100019633e1@amazonses.com', d, dkim_d='amazon.com')),
    text(t, cte='quoted-printable'))

# =========================================================================
def main():
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    for i, (label, raw) in enumerate(M, 1):
        with open(os.path.join(OUT, f'{i:03d}-msg.eml'), 'wb') as fh:
            fh.write(raw)
        with open(os.path.join(OUT, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
    c = Counter(l['kind'] for l, _ in M)
    for k, n in sorted(c.items()):
        print(f'{k:22s} {n}')
    print(f'{"total":22s} {len(M)}')
    print(f'{"needs_reply":22s} {sum(1 for l, _ in M if l["needs_reply"])}')

if __name__ == '__main__':
    main()
