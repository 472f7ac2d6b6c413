#!/usr/bin/env python3
"""Blind corpus blind-203: mailbox of Rintaro Ishigami. Standard library only."""
import os, json, base64, quopri, datetime, collections
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
P = 'rintaro.ishigami.85@gmail.com'
C = 'r-ishigami@shirane-dw.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
CA = '173866482100347'   # main merge case (form)
CB = '173866971502286'   # duplicate form case
CE = '173977310400588'   # voucher case after merge (Japanese)
CC = '17402215390'       # console case, Skill Builder double charge
SUBJ_A = f'RE:[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance'
MSGS = []

def D(mo, d, h, mi, tz=9, s=17):
    return format_datetime(datetime.datetime(2025, mo, d, h, mi, s,
                          tzinfo=datetime.timezone(datetime.timedelta(hours=tz))))

def H(s, cs='utf-8'):
    return s if s.isascii() else Header(s, cs).encode()

def A(name, addr, cs='utf-8'):
    return formataddr((name, addr), charset=cs) if name else addr

def part(text, sub='plain', cs='utf-8', cte='quoted-printable'):
    raw = text.encode(cs)
    if cte == 'base64':
        b = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        b = quopri.encodestring(raw)
    else:
        b = raw
    return (f'Content-Type: text/{sub}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n\n').encode() + b

def alt(*parts, kind='alternative'):
    bnd = f'==b{len(MSGS):03d}_{kind[:3]}_5c2e91=='
    out = f'Content-Type: multipart/{kind}; boundary="{bnd}"\n\nThis is a multi-part message in MIME format.\n'.encode()
    for p in parts:
        out += f'\n--{bnd}\n'.encode() + p
        if not p.endswith(b'\n'):
            out += b'\n'
    out += f'\n--{bnd}--\n'.encode()
    return out

def AU(dom, dkim='pass', spf='pass', dmarc='pass', mf=None, host='mx.google.com', extra=''):
    mf = mf or ('bounces@' + dom)
    s = (f'{host};\n       dkim={dkim} header.i=@{dom} header.s=s1 header.b=Zx3qLp0a;\n'
         f'       spf={spf} (domain of {mf} {"designates" if spf=="pass" else "does not designate"} sending host) smtp.mailfrom={mf};\n'
         f'       dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis={"NONE" if dmarc=="pass" else "QUARANTINE"}) header.from={dom}')
    return s + extra

MIDS = {}
def mid(key):
    return MIDS[key]

def mk(key, frm, to, subj, date, body, kind, reply, case, cands, note, cc=None, reply_to=None,
       irt=None, refs=None, auth=None, scs='utf-8', crlf=False, mdom=None, extra=None, rpath=None):
    dom = mdom or frm.split('@')[-1].rstrip('>')
    MIDS[key] = f'<{key}.{abs(hash(key)) % 10**8:08d}@{dom}>'
    MIDS[key] = f'<{key.replace("_", ".")}.{len(MSGS)+4711}@{dom}>'
    h = []
    if rpath:
        h.append(f'Return-Path: <{rpath}>')
    h.append(f'Received: from mail-relay.{dom} (mail-relay.{dom} [198.51.100.{10+len(MSGS)}])\n        by mx.example-inbound.net with ESMTPS; {date}')
    if auth:
        h.append('Authentication-Results: ' + auth)
    h.append('From: ' + frm)
    h.append('To: ' + to)
    if cc:
        h.append('Cc: ' + cc)
    if reply_to:
        h.append('Reply-To: ' + reply_to)
    h.append('Subject: ' + H(subj, scs))
    h.append('Date: ' + date)
    h.append('Message-ID: ' + MIDS[key])
    if irt:
        h.append('In-Reply-To: ' + mid(irt))
        rl = [mid(r) for r in (refs or [])] + [mid(irt)]
        h.append('References: ' + '\n '.join(dict.fromkeys(rl)))
    for x in (extra or []):
        h.append(x)
    h.append('MIME-Version: 1.0')
    raw = ('\n'.join(h) + '\n').encode() + body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append(dict(raw=raw, label=dict(kind=kind, needs_reply=reply, case=case, candidate_ids=cands),
                     subj=subj, note=note))

def tc_footer():
    return ("\n\nBest regards,\n\n{agent}\nAWS Training and Certification Customer Service\n"
            "https://aws.amazon.com/training/\n")

def q(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.strip('\n').split('\n'))

GAU = lambda **k: AU(host='mx.google.com', **k)
CAU = lambda **k: AU(host='mx1.shirane-dw.co.jp', **k)
AMZ = lambda: AU('amazon.com', mf='0100019a' + 'e4c2b7f1@amazonses.com')
ME_P = A('Rintaro Ishigami', P)
ME_C = A('石上 倫太郎', C)
TCF = A('AWS Training and Certification', TC)

# ---------------------------------------------------------------- January: before the case
mk('news188', A('Cloud Native Digest', 'digest@cloudnative-digest.dev'), P,
   'Cloud Native Digest #188: eBPF everywhere, Karpenter 1.2, and a postmortem worth reading',
   D(1, 27, 8, 2), alt(part("""Cloud Native Digest #188

This week:
- eBPF-based network policies land in two more CNI plugins
- Karpenter 1.2: disruption budgets per node pool
- Postmortem: how a single expired certificate took down a payments API for 47 minutes

Reply to this email if you'd like to suggest a link. Unsubscribe: https://cloudnative-digest.dev/u/rx81
"""), part("<html><body><h2>Cloud Native Digest #188</h2><ul><li>eBPF-based network policies</li><li>Karpenter 1.2</li><li>Postmortem: an expired certificate and a payments API</li></ul><p>Reply to suggest a link.</p></body></html>", 'html')),
   'unrelated', False, None, [], 'newsletter; "reply to this email" invitation', auth=GAU(dom='cloudnative-digest.dev'))

mk('cm_expiry', A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
   'Your AWS Certification expires in 90 days', D(1, 28, 2, 15, 0),
   alt(part("""Hello Rintaro Ishigami,

Candidate ID: AWS04417729

Your AWS Certified Solutions Architect - Associate certification expires on April 28, 2025.
To keep your certification active, pass the current version of the exam or a qualifying
higher-level exam before the expiration date. Your 50% discount benefit can be used toward
the recertification exam.

Sign in to your AWS Certification Account: https://www.aws.training/Certification

AWS Certification
This is an automated message; replies to this address are not monitored.
"""), part("""<html><body style="font-family:Arial"><p>Hello Rintaro Ishigami,</p>
<p><b>Candidate ID:</b> AWS04417729</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification expires on <b>April 28, 2025</b>.</p>
<p>To keep it active, pass the current version of the exam or a qualifying higher-level exam before that date.</p>
<p><a href="https://www.aws.training/Certification">Sign in to your AWS Certification Account</a></p>
<p style="color:#777;font-size:11px">Automated message. Replies are not monitored.</p></body></html>""", 'html')),
   'certification', False, None, ['AWS04417729'], 'certmetrics expiry notice to the company address',
   auth=CAU(dom='certmetrics.com', mf='bounce@mail.certmetrics.com'))

mk('gh412', A('Kenta Morishita', 'notifications@github.com'), ME_C,
   'Re: [shirane-dw/infra-modules] Add permissions boundary for build runners (PR #412)',
   D(1, 29, 6, 41, 0), part("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/shirane-dw/infra-modules/pull/412#event-16029384711
You are receiving this because you authored the thread.
""", cte='7bit'), 'unrelated', False, None, [], 'GitHub "Merged #412" - the word merged, reply invitation',
   auth=CAU(dom='github.com', mf='noreply@github.com'))

mk('farewell_party', A('森下 健太', 'k-morishita@shirane-dw.co.jp', 'iso-2022-jp'), ME_C,
   '送別会の日程について', D(1, 30, 12, 8), part("""石上さん

お疲れさまです。森下です。
送別会ですが、2/13（木）19時から新橋のいつものお店で仮押さえしました。
ご都合いかがでしょうか。難しければ別日も調整しますので、お気軽にご返信ください。

森下
""", cs='iso-2022-jp', cte='7bit'), 'unrelated', False, None, [],
   'colleague, ISO-2022-JP, asks for a reply but is not support', scs='iso-2022-jp',
   auth=CAU(dom='shirane-dw.co.jp', mf='k-morishita@shirane-dw.co.jp'))

mk('phish_merge_early', A('AWS Certification Account Services', 'notice@aws-certification-merge.com'), P,
   'Action required: confirm your AWS Certification account merge', D(1, 31, 17, 30, 0),
   alt(part("""Dear AWS Certified professional,

Our records show two AWS Certification accounts registered under your identity.
Duplicate accounts will be merged automatically within 48 hours and unverified
credentials may be removed from your transcript.

To keep your certifications, confirm the merge and sign in with your AWS Builder ID:
https://aws-certification-merge.com/confirm?u=rintaro.ishigami.85

Reply to this message if you cannot access the link.

AWS Training and Certification Account Services
"""), part("""<html><body><table width="600" style="font-family:Arial"><tr><td style="background:#232f3e;color:#fff;padding:12px"><b>aws</b> training and certification</td></tr>
<tr><td style="padding:16px"><p>Dear AWS Certified professional,</p><p>Our records show two AWS Certification accounts registered under your identity. Duplicate accounts will be merged automatically within <b>48 hours</b> and unverified credentials may be removed.</p>
<p><a href="https://aws-certification-merge.com/confirm?u=rintaro.ishigami.85" style="background:#ff9900;color:#000;padding:8px 16px">Confirm account merge</a></p></td></tr></table></body></html>""", 'html')),
   'suspicious', False, None, [], 'lookalike domain that passes its own DKIM/DMARC; merge lure before any case exists',
   auth=GAU(dom='aws-certification-merge.com'))

# ---------------------------------------------------------------- Builder ID, Credly, the form
mk('builderid_code', A('AWS Builder ID', 'no-reply@signin.aws'), P,
   'Verify your AWS Builder ID email address', D(2, 3, 12, 40, 0),
   alt(part("""Hello,

Thank you for creating your AWS Builder ID. To finish, enter this verification code:

Verification code: 604183

The code expires in 30 minutes. If you did not request it, you can ignore this email.

Amazon Web Services
"""), part('<html><body><p>Thank you for creating your AWS Builder ID.</p><p>Verification code: <b style="font-size:22px">604183</b></p><p>The code expires in 30 minutes.</p></body></html>', 'html')),
   'unrelated', False, None, [], 'real Builder ID one-time code (6 digits, not a case)',
   auth=GAU(dom='signin.aws', mf='0100abcd@send.signin.aws'))

mk('credly_verify', A('Credly', 'admin@credly.com'), P,
   'Please confirm your email address', D(2, 3, 12, 58, 0),
   alt(part("""Hi Rintaro,

You added rintaro.ishigami.85@gmail.com to your Credly account. Confirm the address so that
badges issued to it appear in your profile:

https://www.credly.com/users/email_confirm?token=9f3c2e7a

If you didn't add this address, no action is needed.

The Credly Team
"""), part('<html><body><p>Hi Rintaro,</p><p>You added <b>rintaro.ishigami.85@gmail.com</b> to your Credly account.</p><p><a href="https://www.credly.com/users/email_confirm?token=9f3c2e7a">Confirm email</a></p></body></html>', 'html')),
   'badge', False, None, [], 'real Credly mail with a "confirm" call to action (not a phish)',
   auth=GAU(dom='credly.com', mf='bounces+2291@em.credly.com'))

mk('memo_self', ME_P, P, 'memo: AWS認定アカウント統合', D(2, 4, 19, 20),
   part("""自分用メモ

旧（会社）: r-ishigami@shirane-dw.co.jp / AWS04417729
  - SAA (2022/04), CLF (2021/11)
  - 特典: 50%割引バウチャー 1枚 (有効期限 2025/06)
新（個人）: rintaro.ishigami.85@gmail.com / AWS09318854 （中身は空）

フォーム: 認定 > Account Merge で送信済み。最終出社日 2/14 までに終わらせること。
""", cte='base64'), 'user_reply', False, None, ['AWS04417729', 'AWS09318854'],
   'owner note to self, candidate IDs, no case number yet', auth=GAU(dom='gmail.com', mf=P))

mk('ackA', A('AWS Training and Certification', TC), P,
   f'[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance', D(2, 4, 10, 27, 0),
   part(f"""Amazon Web Services へのお問い合わせありがとうございます。

ケース {CA} を作成しました。担当者より通常24時間以内にご連絡いたします。
同じ内容のケースを重ねて作成されますと対応が遅れる場合がございますので、追加のケースの作成はお控えください。

Thank you for contacting Amazon Web Services. Your case {CA} has been created and an
associate will get back to you, normally within 24 hours. Please do not open another case
for the same request.

Case details:
Inquiry type: Certification
Additional details: Account Merge
Description:
I will leave Shirane Dataworks on February 14 and want to keep my certifications.
Please merge my company certification account (r-ishigami@shirane-dw.co.jp, AWS04417729)
into my personal account (rintaro.ishigami.85@gmail.com, AWS09318854).
Email to keep: rintaro.ishigami.85@gmail.com

Amazon Web Services
""", cte='base64'), 'acknowledgement', False, CA, ['AWS04417729', 'AWS09318854'],
   'bilingual acknowledgement that echoes the form (IDs counted: echoed details, not > quoting)',
   auth=AMZ(), rpath='0100019ae4c2b7f1@amazonses.com')

mk('ackB', A('AWS Training and Certification', TC), ME_C,
   f'[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance', D(2, 4, 11, 48, 0),
   part(f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CB} for your request.
You can expect a response within 24 hours, though some requests need longer.

If you already have an open case about this same issue, please do not create another one.

The details of your case are as follows:
Inquiry type: Certification / Account Merge
Description: merge my certification account AWS04417729 into the account of rintaro.ishigami.85@gmail.com
(sent again from office laptop, not sure first form went through)

Sincerely,
Amazon Web Services
"""), 'acknowledgement', False, CB, ['AWS04417729'],
   'second acknowledgement: owner filed a duplicate from the company address',
   auth=CAU(dom='amazon.com', mf='0100019ae4c2b7f1@amazonses.com'))

mk('phish_dispname', A('aws-cs-trainingcertification-form@amazon.com', 'casedesk@tc-supportmail.com'), P,
   'RE:[CASE 173865990021734] [AWS Training and Certification Form Submission] - account-assistance',
   D(2, 5, 0, 10, 0), alt(part("""Hello,

We are ready to merge your AWS Certification accounts. Before we proceed, confirm ownership
of both accounts by signing in with your AWS Builder ID password on the secure merge page:

https://tc-supportmail.com/aws/merge-confirm/173865990021734

Requests that are not confirmed within 24 hours are cancelled and the accounts are locked.

Regards,
AWS Training and Certification
"""), part('<html><body><p>Hello,</p><p>We are ready to merge your AWS Certification accounts. Confirm ownership by signing in with your <b>AWS Builder ID password</b>:</p><p><a href="https://tc-supportmail.com/aws/merge-confirm/173865990021734">Confirm ownership</a></p><p>Unconfirmed requests are cancelled within 24 hours and the accounts locked.</p></body></html>', 'html')),
   'suspicious', False, None, [],
   'display name is the real support address, actual From is tc-supportmail.com; fake case-like number',
   auth=GAU(dom='tc-supportmail.com', dkim='none', dmarc='none'))

mk('dupB_closed', A('AWS Training and Certification', TC), ME_C,
   f'RE:[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance', D(2, 5, 2, 2, 0),
   part(f"""Hello Rintaro,

Thanks for writing in. This request is the same as case {CA}, which you opened earlier from
your personal address, so I have closed this case and linked it to that one. Everything will
be handled on case {CA}; updates will go to rintaro.ishigami.85@gmail.com.

Nothing else is needed on this case.

Kind regards,
Maximilian
AWS Training and Certification
""", cte='7bit'), 'case_update', False, CB, [],
   'duplicate case closed and linked; mentions the other case number (label = this case)',
   irt='ackB', auth=CAU(dom='amazon.com', mf='0100019ae4c2b7f1@amazonses.com'))

# ---------------------------------------------------------------- case A: partner hold
HOLD_TXT = f"""Hello Rintaro,

Thank you for reaching out about merging your certification accounts.

While reviewing the request I found that the certification account registered with
r-ishigami@shirane-dw.co.jp is associated with the AWS Partner Network profile of
Shirane Dataworks K.K. Certifications held in a partner-linked account count toward that
partner's tier, so we cannot move them to an individual account while the association is in
place. I have put the merge on hold until the partner association has been reviewed.

Before I raise this with our partner team, are you still employed at Shirane Dataworks, and
if you are leaving, what is your last working day?

Best regards,
Priyanka S.
AWS Training and Certification Customer Service
"""
mk('holdA', A('AWS Training and Certification', TC), P, SUBJ_A, D(2, 5, 5, 36, 0),
   part(HOLD_TXT), 'on_hold', True, CA, [],
   'APN hold with the question buried after the explanation, no "please"',
   irt='ackA', auth=AMZ(), rpath='0100019ae4c2b7f1@amazonses.com')

mk('replyA1', ME_P, A('AWS Training and Certification', TC), SUBJ_A, D(2, 5, 22, 14),
   part(f"""Hi Priyanka,

Yes, I am leaving. My last working day at Shirane Dataworks is Friday, February 14, and the
company mailbox will be closed that evening. The old account is AWS04417729.
I'd like everything to end up in my personal account.

Thanks,
Rintaro

On Wed, Feb 5, 2025 at 2:36 PM AWS Training and Certification <{TC}> wrote:
{q(HOLD_TXT)}
"""), 'user_reply', False, CA, ['AWS04417729'], 'owner answers the hold question; Gmail quoting of a request',
   irt='holdA', refs=['ackA'], auth=None)

mk('mkt_summit', A('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), P,
   'AWS Summit Japan 2025 – registration is open', D(2, 5, 23, 30, 0),
   part("""<html><body><table width="640" align="center" style="font-family:Arial"><tr><td style="background:#232f3e;padding:20px;color:#fff"><h1>AWS Summit Japan 2025</h1></td></tr>
<tr><td style="padding:20px"><p>Join thousands of builders in Chiba for two days of sessions, hands-on labs and the AWS Certification Lounge (certified attendees only &mdash; bring your digital badge).</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a></p>
<p style="font-size:11px;color:#666">Amazon Web Services Japan G.K. | To unsubscribe, click here. Please do not reply to this email.</p></td></tr></table></body></html>""", 'html'),
   'unrelated', False, None, [], 'AWS marketing, HTML-only, mentions certification and badges',
   auth=GAU(dom='amazon.com', mf='bounce@marketing.amazon.com'))

HOLD2_TXT = f"""Hi Rintaro,

Thanks for confirming your leaving date. I've asked our partner team to contact the alliance
lead at Shirane Dataworks so that your certification account can be released from the partner
profile. Until they hear back, the merge stays on hold; there's nothing you need to do in the
meantime. I'll write again as soon as the association has been removed.

Regards,
Priyanka S.
AWS Training and Certification
"""
mk('holdA2', A('AWS Training and Certification', TC), P, SUBJ_A, D(2, 6, 7, 5, 0),
   part(HOLD2_TXT + f"""
-----Original Message-----
From: Rintaro Ishigami <{P}>
Sent: Wednesday, February 5, 2025 1:14 PM
Subject: {SUBJ_A}

Yes, I am leaving. My last working day at Shirane Dataworks is Friday, February 14 ...
""", cte='quoted-printable'), 'on_hold', False, CA, [],
   'hold continues, partner must act, "nothing you need to do" (no reply)',
   irt='replyA1', refs=['ackA', 'holdA'], auth=AMZ())

mk('phish_dmarc_fee', A('AWS Training and Certification', TC), P,
   'RE:[CASE 173866482100374] [AWS Training and Certification Form Submission] - account-assistance',
   D(2, 6, 10, 40, 0), alt(part("""Hello,

Your account merge involves an AWS Partner Network account. Partner merges carry a one-time
administrative fee of USD 15.00, payable before the partner team can release your account.

Pay the fee here: https://awstc-payments.com/invoice/TC-55120
Or reply to this email with the card number, expiry date and security code and we will process
the payment for you.

AWS Training and Certification Billing
"""), part('<html><body><p>Hello,</p><p>Your account merge involves an AWS Partner Network account. A one-time administrative fee of <b>USD 15.00</b> is due.</p><p><a href="https://awstc-payments.com/invoice/TC-55120">Pay now</a></p><p>Or reply with your card number, expiry and security code.</p></body></html>', 'html')),
   'suspicious', False, None, [],
   'exact real sender address, dkim/spf/dmarc fail; case number differs from the real one by two swapped digits; payment lure, Reply-To elsewhere',
   reply_to='billing-desk@awstc-payments.com',
   auth=GAU(dom='amazon.com', dkim='fail', spf='fail', dmarc='fail', mf='root@vps-88231.hostnet.example'))

mk('alliance_release', A('大橋 美沙', 'm-ohashi@shirane-dw.co.jp'), ME_C,
   'Re: AWS認定アカウントのパートナー紐付け', D(2, 7, 10, 15),
   part("""石上さん

アライアンス担当の大橋です。
AWS のパートナーチームから連絡があり、Partner Central 側で石上さんの認定アカウントの
紐付けを解除しました。反映まで少し時間がかかるかもしれません。

退職後も頑張ってください！

大橋
""", cte='quoted-printable'), 'unrelated', False, None, [],
   'colleague reports the partner release (case-relevant news, but not support)',
   auth=CAU(dom='shirane-dw.co.jp', mf='m-ohashi@shirane-dw.co.jp'))

mk('pvue_appt', A('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), P,
   'Pearson VUE Confirmation of Booking', D(2, 7, 3, 0, 0),
   alt(part("""Dear Rintaro Ishigami,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Saturday, March 8, 2025  Time: 10:00 JST
Test center: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 482913307

To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
"""), part('<html><body><p>Dear Rintaro Ishigami,</p><table border="1" cellpadding="4"><tr><td>Exam</td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr><tr><td>Date</td><td>Saturday, March 8, 2025 10:00 JST</td></tr><tr><td>Registration ID</td><td>482913307</td></tr></table></body></html>', 'html')),
   'unrelated', False, None, [], 'exam vendor booking; 9-digit registration ID is not a case',
   auth=GAU(dom='pearson.com', mf='bounce@pearson.com'))

mk('liftA', A('AWS Training and Certification', TC), P, SUBJ_A, D(2, 8, 3, 12, 0),
   part("""Hello Rintaro,

Good news: the partner team confirmed that your certification account is no longer associated
with the Shirane Dataworks partner profile, so the hold on your request has been lifted.

I've passed the case on to the team that performs account merges. They will contact you with
the details of both accounts shortly.

Thank you for your patience,
Tomás R.
AWS Training and Certification
""", cte='7bit'), 'case_update', False, CA, [], 'hold lifted, passed to another team; next step announced but nothing asked',
   irt='holdA2', refs=['ackA', 'holdA', 'replyA1'], auth=AMZ())

mk('news_jp', A('週刊クラウドニュース', 'weekly@cloudnews-jp.net', 'iso-2022-jp'), P,
   '週刊クラウドニュース 第212号', D(2, 8, 7, 0),
   part("""週刊クラウドニュース 第212号

■ 今週のトピック
・AWS 認定試験の新バージョン発表、受験者が知っておくべきこと
・Kubernetes 1.32 の主な変更点
・読者アンケート実施中：ご意見をお聞かせください

ご意見・ご感想は本メールへの返信でお寄せください。
配信停止: https://cloudnews-jp.net/unsubscribe
""", cs='iso-2022-jp', cte='7bit'), 'unrelated', False, None, [],
   'Japanese newsletter, ISO-2022-JP; mentions AWS certification and a reader survey',
   scs='iso-2022-jp', auth=GAU(dom='cloudnews-jp.net'))

# ---------------------------------------------------------------- case A: confirmation
CONF_HTML = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Rintaro,</p>
<p>My name is Haeun and I'll be completing your account merge. I located the two certification accounts below.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09318854</td><td>AWS04417729</td></tr>
<tr><td>Login email</td><td>rintaro.ishigami.85@gmail.com</td><td>r-ishigami@shirane-dw.co.jp</td></tr>
<tr><td>Training notification email</td><td>rintaro.ishigami.85@gmail.com</td><td>r-ishigami@shirane-dw.co.jp</td></tr>
<tr><td>Certification notification email</td><td>rintaro.ishigami.85@gmail.com</td><td>aws-certs@shirane-dw.co.jp</td></tr>
</table>
<p>After the merge, Account #2 will no longer be accessible and its exam history, certifications and benefits will appear in Account #1.</p>
<p>Are both accounts yours, and do you want everything merged into Account #1? A short reply to this email is enough; if you would rather keep Account #2, tell me that instead.</p>
<p>Best regards,<br>Haeun K.<br>AWS Training and Certification Customer Service</p>
</body></html>"""
CONF_TXT = f"""Hello Rintaro,

My name is Haeun and I'll be completing your account merge. I located the two certification accounts below.

Account #1
Candidate ID: AWS09318854
Login email: rintaro.ishigami.85@gmail.com
Training notification email: rintaro.ishigami.85@gmail.com
Certification notification email: rintaro.ishigami.85@gmail.com

Account #2
Candidate ID: AWS04417729
Login email: r-ishigami@shirane-dw.co.jp
Training notification email: r-ishigami@shirane-dw.co.jp
Certification notification email: aws-certs@shirane-dw.co.jp

After the merge, Account #2 will no longer be accessible and its exam history, certifications and benefits will appear in Account #1.

Are both accounts yours, and do you want everything merged into Account #1? A short reply to this email is enough; if you would rather keep Account #2, tell me that instead.

Best regards,
Haeun K.
AWS Training and Certification Customer Service
"""
mk('confA', A('AWS Training and Certification', TC), P, SUBJ_A, D(2, 9, 6, 40, 0),
   part(CONF_HTML, 'html'), 'confirmation_request', True, CA, ['AWS09318854', 'AWS04417729'],
   'HTML-only table Account #1/#2, request phrased as a question',
   irt='liftA', refs=['ackA', 'holdA', 'replyA1', 'holdA2'], auth=AMZ(), rpath='0100019ae4c2b7f1@amazonses.com')

mk('phish_credly', A('Credly', 'badges@credly-verify.com'), P,
   'Your AWS badges will be unlinked - confirm your account merge', D(2, 10, 0, 5, 0),
   part("""<html><body style="font-family:Helvetica"><img src="https://credly-verify.com/img/logo.png" alt="Credly">
<p>Hi Rintaro,</p><p>We detected that your AWS Certification accounts are being merged. Badges issued to the old account will be <b>unlinked</b> unless you confirm the merge in Credly within 24 hours.</p>
<p><a href="https://credly-verify.com/merge/confirm?id=aws-77120" style="background:#1f6bff;color:#fff;padding:10px 18px">Confirm merge &amp; keep my badges</a></p>
<p>You will be asked to sign in with your Credly password and the email you used for AWS Certification.</p>
<p>The Credly Team</p></body></html>""", 'html'),
   'suspicious', False, None, [], 'Credly lookalike domain (own DKIM passes), merge-confirmation lure, HTML-only',
   auth=GAU(dom='credly-verify.com'))

mk('handover', A('Kenta Morishita', 'k-morishita@shirane-dw.co.jp'), ME_C,
   'handover checklist - AWS accounts', D(2, 10, 11, 20),
   part("""Rintaro,

Before Friday could you fill in the handover sheet for the AWS accounts you own?
Mainly: root email owners of 123456789012 and 210987654321, and who should take over the
Support plan contact. Please reply when done.

Thanks,
Kenta
""", cte='7bit'), 'unrelated', False, None, [], 'colleague asks for a reply; 12-digit AWS account IDs',
   auth=CAU(dom='shirane-dw.co.jp', mf='k-morishita@shirane-dw.co.jp'), crlf=True)

mk('phish_pvue', A('Pearson VUE', 'scheduling@pearsonvue-exams.com'), P,
   'Your SAA-C03 appointment could not be confirmed', D(2, 10, 23, 45, 0),
   part("""Dear Candidate,

Your appointment for SAA-C03 on March 8, 2025 could not be confirmed because the payment
authorization failed. To keep your seat, re-enter your payment details within 12 hours:

https://pearsonvue-exams.com/appointments/confirm?reg=482913307

If we do not receive payment the appointment will be released.

Pearson VUE Scheduling
""", cte='7bit'), 'suspicious', False, None, [], 'exam vendor lookalike quoting a real-looking registration ID; payment lure',
   auth=GAU(dom='pearsonvue-exams.com', dkim='none', dmarc='none'))

mk('phish_replyto_merge', A('AWS Training and Certification', 'support@awstraining-certification.com'), P,
   'Confirm your account merge - CASE 9918273340', D(2, 11, 4, 18, 0),
   part("""Hello Rintaro,

We are about to merge the following AWS Certification accounts:

Account #1
Login email: rintaro.ishigami.85@gmail.com
Account #2
Login email: r-ishigami@shirane-dw.co.jp

To authorize the merge, reply to this email with your AWS Builder ID password and the
six-digit code we just sent to your phone. Merges that are not authorized today are cancelled.

Regards,
AWS Training and Certification Support
Case ID: 9918273340
""", cte='quoted-printable'), 'suspicious', False, None, [],
   'mimics the Account #1/#2 listing with the owner\'s real addresses; Reply-To a free-mail address; asks for password and OTP',
   reply_to='awscert.merge.desk@gmail.com', auth=GAU(dom='awstraining-certification.com', dkim='pass', dmarc='pass'))

CLOSE_TXT = """Hello Rintaro,

I'm following up on my message of February 9 about merging your certification accounts. I
haven't received your confirmation yet, and I can't merge the accounts without it.

If I don't hear from you within 3 business days, this case will be closed automatically.
Replying to this email will keep it open.

Best regards,
Haeun K.
AWS Training and Certification Customer Service
"""
mk('closeA', A('AWS Training and Certification', TC), P, SUBJ_A, D(2, 12, 4, 50, 0),
   alt(part(CLOSE_TXT + "\n\n---------- Previous message ----------\n" + CONF_TXT),
       part('<html><body>' + CLOSE_TXT.replace('\n\n', '</p><p>').replace('\n', '<br>') +
            '<hr><blockquote style="border-left:2px solid #ccc;padding-left:8px">' + CONF_HTML.split('<body', 1)[1].split('>', 1)[1].replace('</body></html>', '') +
            '</blockquote></body></html>', 'html')),
   'closing_notice', True, CA, [], 'closing notice over the full quoted confirmation request (IDs only in quote)',
   cc=C, irt='confA', refs=['ackA', 'holdA', 'replyA1', 'holdA2', 'liftA'], auth=AMZ())

mk('itfwd_conf', A('情報システム部 山内', 'it-yamauchi@shirane-dw.co.jp'), C,
   'Fw: ' + SUBJ_A, D(2, 12, 15, 20),
   part(f"""石上さん

情シスの山内です。共有アドレス aws-certs@ に届いていたので転送します。
石上さんの認定アカウントの件ですよね？ 共有アドレスは退職処理で来週止めます。

山内

-------- Forwarded Message --------
Subject: {SUBJ_A}
Date: Sun, 9 Feb 2025 06:40:17 +0000
From: AWS Training and Certification <{TC}>
To: aws-certs@shirane-dw.co.jp

{CONF_TXT}""", cte='base64'), 'confirmation_request', True, CA, [],
   'IT colleague forwards the confirmation request that also went to a shared alias; label follows the forwarded support mail (owner has not answered yet); IDs only inside the forward',
   auth=CAU(dom='shirane-dw.co.jp', mf='it-yamauchi@shirane-dw.co.jp'))

mk('replyA_wrongaddr', ME_C, A('AWS Training and Certification', TC), SUBJ_A, D(2, 12, 16, 2),
   part(f"""Confirmed. Both accounts are mine - please merge into Account #1 (rintaro.ishigami.85@gmail.com).

Rintaro Ishigami
Shirane Dataworks K.K.

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Wednesday, February 12, 2025 1:50 PM
To: Rintaro Ishigami <{P}>
Cc: {C}
Subject: {SUBJ_A}

{CLOSE_TXT}""", cs='iso-2022-jp', cte='7bit'), 'user_reply', False, CA, [],
   'owner confirms from the company address (Outlook top-post)', irt='closeA', refs=['ackA', 'confA'],
   crlf=True)

INFO_TXT = f"""Hello Rintaro,

Thank you for the confirmation. Because it came from r-ishigami@shirane-dw.co.jp, the address
of the account that will be retired, I'm not able to act on it: for a merge we need the go-ahead
from the login email of the account you are keeping.

Please reply to this email from rintaro.ishigami.85@gmail.com with the same confirmation, and
I'll complete the merge right away.

Best regards,
Haeun K.
AWS Training and Certification Customer Service
"""
mk('infoA_fromaddr', A('AWS Training and Certification', TC), P, SUBJ_A, D(2, 12, 12, 31, 0),
   part(INFO_TXT + f"""
On 2/12/2025 7:02 AM, Rintaro Ishigami <{C}> wrote:
> Confirmed. Both accounts are mine - please merge into Account #1 (rintaro.ishigami.85@gmail.com).
"""), 'info_request', True, CA, [], 'asks to write again from the destination address (wrong-address reply)',
   cc=C, irt='replyA_wrongaddr', refs=['ackA', 'confA', 'closeA'], auth=AMZ())

mk('replyA_ok', ME_P, A('AWS Training and Certification', TC), SUBJ_A, D(2, 12, 22, 5),
   alt(part(f"""Hello Haeun,

Confirmed from my personal address: both accounts are mine, please merge everything into
Account #1 (AWS09318854).

Thank you,
Rintaro

On Wed, Feb 12, 2025 at 9:31 PM AWS Training and Certification <{TC}> wrote:
{q(INFO_TXT)}
"""), part(f"""<div dir="ltr">Hello Haeun,<br><br>Confirmed from my personal address: both accounts are mine, please merge everything into Account #1 (AWS09318854).<br><br>Thank you,<br>Rintaro</div><br><div class="gmail_quote"><div class="gmail_attr">On Wed, Feb 12, 2025 at 9:31 PM AWS Training and Certification &lt;{TC}&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{INFO_TXT.replace(chr(10), '<br>')}</blockquote></div>""", 'html')),
   'user_reply', False, CA, ['AWS09318854'], 'owner confirmation from personal address, Gmail multipart',
   irt='infoA_fromaddr', refs=['ackA', 'confA', 'closeA', 'replyA_wrongaddr'])

# ---------------------------------------------------------------- case A: done
RES_TXT = """Hello Rintaro,

Thank you for confirming. I have merged your certification accounts: the exam history,
certifications and benefits of the former account now show in the account AWS09318854, which
signs in with rintaro.ishigami.85@gmail.com. The former account can no longer be used.

Credly badges are re-issued to the kept account automatically, usually within a day. Your
former employer's partner profile may take up to 5 business days to reflect the change.

If anything looks wrong when you sign in, just reply to this message.

Best regards,
Haeun K.
AWS Training and Certification Customer Service
"""
mk('resA', A('AWS Training and Certification', TC), P, SUBJ_A, D(2, 13, 3, 40, 0),
   part(RES_TXT + f"""
________________________________
From: Rintaro Ishigami <{P}>
Sent: Wednesday, February 12, 2025 1:05 PM
Subject: Re: {SUBJ_A}

Confirmed from my personal address: both accounts are mine, please merge everything into
Account #1 (AWS09318854).

________________________________
From: AWS Training and Certification
Sent: Sunday, February 9, 2025 6:40 AM

{CONF_TXT}""", cte='quoted-printable'), 'resolved', False, CA, ['AWS09318854'],
   'merge done; quotes the earlier confirmation request ("Are both accounts yours…"); conditional reply invitation',
   irt='replyA_ok', refs=['ackA', 'confA', 'closeA', 'infoA_fromaddr'], auth=AMZ())

mk('credly_badge', A('Credly', 'admin@credly.com'), P,
   'Amazon Web Services Training and Certification has issued you a badge', D(2, 13, 4, 2, 0),
   alt(part("""Congratulations, Rintaro!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Associate" badge.

Accept your badge: https://www.credly.com/badges/3c8e1a52-71f0-4a9b-9d0e-52b1c7e4aa10

Share it on LinkedIn and let others verify your skills.

Credly, 13 Elm Street, Suite 300, Cambridge, MA
"""), part('<html><body><h2>Congratulations, Rintaro!</h2><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p><p><a href="https://www.credly.com/badges/3c8e1a52-71f0-4a9b-9d0e-52b1c7e4aa10">Accept badge</a></p></body></html>', 'html')),
   'badge', False, None, [], 'real Credly issuance right after the merge; badge UUID', auth=GAU(dom='credly.com', mf='bounces+2291@em.credly.com'))

mk('phish_code', A('AWS Builder ID', 'no-reply@signin-aws.com'), P,
   'Someone tried to sign in to your AWS Builder ID', D(2, 13, 6, 30, 0),
   part("""Hello,

We blocked a sign-in to your AWS Builder ID from a new device (Lagos, NG).
If this was you, reply to this email with the verification code we sent by SMS so we can
unlock your certification account. If you do not reply within 2 hours your account and all
certifications will be suspended.

AWS Security
""", cte='7bit'), 'suspicious', False, None, [], 'lookalike signin-aws.com (real one is signin.aws); asks to reply with a code',
   auth=GAU(dom='signin-aws.com', dkim='none', spf='softfail', dmarc='none'))

mk('fwd_hr', ME_C, A('大橋 美沙', 'm-ohashi@shirane-dw.co.jp'), 'Fw: ' + SUBJ_A, D(2, 13, 18, 5),
   part(f"""大橋さん

パートナー紐付けの件ありがとうございました。統合が完了したとの連絡が来たので共有します。
会社側の Partner Central から私の認定が外れるまで数日かかるそうです。

石上

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: Thu, Feb 13, 2025 at 12:40 PM
Subject: {SUBJ_A}
To: <{P}>

{RES_TXT}""", cte='base64'), 'user_reply', False, CA, [],
   'owner forwards the resolution to a colleague from the company address', auth=None)

mk('surveyA', A('AWS Training and Certification', TC), P,
   f'How did we do? Your feedback on case {CA}', D(2, 14, 1, 0, 0),
   alt(part(f"""Hello,

Your recent case {CA} with AWS Training and Certification has been resolved.
Would you take a minute to tell us how we did? The survey has three questions.

https://amazonmr.au1.qualtrics.com/jfe/form/SV_aws_tc?case={CA}

Your answers help us improve. This survey is optional and the link expires in 14 days.

AWS Training and Certification
"""), part(f'<html><body><p>Your recent case {CA} has been resolved.</p><p>How satisfied were you with the support you received?</p><p><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_aws_tc?case={CA}&r=1">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a></p></body></html>', 'html')),
   'survey', False, CA, [], 'genuine survey hosted on a third-party survey domain', auth=AMZ())

mk('phish_survey', A('AWS Customer Experience', 'survey@aws-cx-rewards.com'), P,
   f'Tell us about your support case and receive a ¥15,000 Amazon gift card', D(2, 14, 3, 12, 0),
   part("""<html><body><p>Dear valued customer,</p><p>You recently contacted AWS Training and Certification. As a thank-you for completing our 2-minute survey, you've been selected for a <b>¥15,000 Amazon gift card</b>.</p>
<p>A small handling fee of ¥300 applies for delivery. <a href="https://aws-cx-rewards.com/claim?ref=tc">Claim your reward</a> and enter your card details to pay the fee.</p></body></html>""", 'html', cte='base64'),
   'suspicious', False, None, [], 'fake survey reward lure timed after a real survey; payment details', auth=GAU(dom='aws-cx-rewards.com', dkim='pass', dmarc='none'))

mk('farewell_me', ME_C, A('', 'all@shirane-dw.co.jp'), '退職のご挨拶', D(2, 14, 17, 45),
   part("""各位

本日をもちまして退職いたします。在籍中は大変お世話になりました。
今後の連絡先は rintaro.ishigami.85@gmail.com です。

石上 倫太郎
""", cs='iso-2022-jp', cte='7bit'), 'user_reply', False, None, [], 'owner\'s own farewell mail (not about the case)',
   scs='iso-2022-jp')

mk('cm_hear', A('AWS Certification', 'do-not-reply@certmetrics.com'), P,
   'AWS Certification wants to hear from you', D(2, 15, 2, 0, 0),
   alt(part("""Hello Rintaro,

As an AWS Certified individual, your opinion shapes future exams. Please take our 10-minute
annual certification survey:

https://www.certmetrics.com/amazon/survey/2025

Thank you for being part of the AWS Certification community.
AWS Certification
"""), part('<html><body><p>Hello Rintaro,</p><p>As an AWS Certified individual, your opinion shapes future exams. <a href="https://www.certmetrics.com/amazon/survey/2025">Take the survey</a></p></body></html>', 'html')),
   'certification', False, None, [], 'program survey (not a case survey)', auth=GAU(dom='certmetrics.com', mf='bounce@mail.certmetrics.com'))

mk('bounce', A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), P,
   'Delivery Status Notification (Failure)', D(2, 16, 10, 3),
   part("""** Address not found **

Your message wasn't delivered to r-ishigami@shirane-dw.co.jp because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <r-ishigami@shirane-dw.co.jp>: Recipient address rejected: User unknown

----- Original message -----
Subject: test
""", cte='7bit'), 'unrelated', False, None, [], 'bounce from the closed company mailbox', auth=None)

REOPEN_TXT = """Hi Haeun,

Thanks for the merge - certifications and the voucher look fine. One thing: the exam history
of the new account shows the SAA exam but not my Cloud Practitioner exam from November 2021
(it was in the old account AWS04417729). Could you check?

Rintaro
"""
mk('replyA_reopen', ME_P, A('AWS Training and Certification', TC), 'Re: ' + SUBJ_A, D(2, 16, 20, 30),
   part(REOPEN_TXT + f"""
On Thu, Feb 13, 2025 at 12:40 PM AWS Training and Certification <{TC}> wrote:
{q(RES_TXT)}
"""), 'user_reply', False, CA, ['AWS04417729'], 'owner writes back after the resolution (reopens)',
   irt='resA', refs=['ackA', 'confA', 'replyA_ok'])

mk('reopenA', A('AWS Training and Certification', TC), P, SUBJ_A, D(2, 17, 2, 15, 0),
   part("""Hi Rintaro,

I've reopened your case. The Cloud Practitioner record was held in a separate exam delivery
profile that was not part of the first merge; I've asked our records team to attach it to your
account. I'll let you know once it's visible.

Haeun K.
AWS Training and Certification
""", cte='7bit'), 'case_update', False, CA, [], 'case reopened, still working, nothing asked',
   irt='replyA_reopen', refs=['ackA', 'resA'], auth=AMZ())

# ---------------------------------------------------------------- case E (Japanese) and the rest
SUBJ_E = f'RE: [CASE {CE}] [AWS Training and Certification Form Submission] - account-assistance'
mk('ackE', A('AWS トレーニングと認定', TC), P,
   f'[CASE {CE}] [AWS Training and Certification Form Submission] - account-assistance', D(2, 17, 6, 18, 0),
   alt(part(f"""AWS トレーニングと認定へのお問い合わせありがとうございます。

ケースID: {CE}

お問い合わせを受け付けました。通常24時間以内に担当者よりご連絡いたします。
すでに同じ内容でケースを作成されている場合は、重複してケースを作成されないようお願いいたします。

お問い合わせ内容:
アカウント統合後、旧アカウント (AWS04417729) にあった 50% 割引バウチャーが
新アカウント (AWS09318854) の特典ページに表示されません。

Amazon Web Services
"""), part(f"""<html><body><p>AWS トレーニングと認定へのお問い合わせありがとうございます。</p><p>ケースID: <b>{CE}</b></p><p>通常24時間以内に担当者よりご連絡いたします。重複したケースの作成はお控えください。</p></body></html>""", 'html')),
   'acknowledgement', False, CE, ['AWS04417729', 'AWS09318854'], 'Japanese acknowledgement, Japanese display name; form text echoed',
   auth=AMZ())

mk('gh_personal', A('GitHub', 'noreply@github.com'), P,
   '[rishigami/dotfiles] Pull request merged: sync zsh config (#7)', D(2, 17, 13, 0, 0),
   part("""@dependabot[bot] merged pull request #7 in rishigami/dotfiles.

Both branches have been merged successfully. No further action is required.

View it on GitHub: https://github.com/rishigami/dotfiles/pull/7
""", cte='7bit'), 'unrelated', False, None, [], 'GitHub "merged successfully" wording', auth=GAU(dom='github.com', mf='noreply@github.com'))

INFOE_TXT = """石上 倫太郎 様

AWS トレーニングと認定カスタマーサービスの佐伯でございます。
このたびはご不便をおかけしており、申し訳ございません。

特典の移行状況を確認するにあたり、以下の点についてお教えいただけますでしょうか。

1. 統合前の旧アカウントの「特典」ページに表示されていたバウチャーの内容
   （割引率、有効期限、バウチャーコードの末尾4桁がお分かりになれば併せて）
2. そのバウチャーの対象となった試験名と合格日

お手数をおかけいたしますが、本メールへのご返信にてご連絡くださいますよう、よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサービス
佐伯
"""
mk('infoE', A('AWS Training and Certification', TC, 'iso-2022-jp'), P, SUBJ_E, D(2, 18, 1, 30, 0),
   part(INFOE_TXT, cs='iso-2022-jp', cte='7bit'), 'info_request', True, CE, [],
   'Japanese keigo request (〜いただけますでしょうか), ISO-2022-JP', irt='ackE', auth=AMZ())

mk('phish_jp', A('AWS認定サポート', 'support@amazon-certsupport.jp', 'shift_jis'), P,
   '【重要】AWS認定 特典バウチャー再発行のお手続き', D(2, 18, 9, 12),
   part("""AWS認定をご利用のお客様

アカウント統合に伴い、お客様の割引バウチャーが一時的に無効となっております。
再発行には本人確認と事務手数料（550円）のお支払いが必要です。

下記ページより、AWS Builder ID のパスワードとクレジットカード情報をご入力ください。
https://amazon-certsupport.jp/voucher/reissue

48時間以内にお手続きがない場合、バウチャーは失効いたします。

AWS認定サポートセンター
""", cs='shift_jis', cte='base64'), 'suspicious', False, None, [],
   'Japanese lookalike (amazon-certsupport.jp), Shift_JIS base64; timed with a real open voucher case',
   scs='shift_jis', auth=GAU(dom='amazon-certsupport.jp', dkim='none', spf='pass', dmarc='none'))

mk('fwd_phish', ME_P, A('', 'stop-spoofing@amazon.com'), 'Fwd: 【重要】AWS認定 特典バウチャー再発行のお手続き',
   D(2, 18, 22, 40), part("""Hello,

Forwarding a phishing mail that imitates AWS Certification. It arrived the same day as a real
support mail about my voucher (case 173977310400588), so the timing is worrying.

Rintaro Ishigami

---------- Forwarded message ---------
From: AWS認定サポート <support@amazon-certsupport.jp>
Date: Tue, Feb 18, 2025 at 9:12 AM
Subject: 【重要】AWS認定 特典バウチャー再発行のお手続き

アカウント統合に伴い、お客様の割引バウチャーが一時的に無効となっております。
再発行には本人確認と事務手数料（550円）のお支払いが必要です。
https://amazon-certsupport.jp/voucher/reissue
"""), 'user_reply', False, None, [],
   'owner reports a phish to AWS; mentions the real case number in passing (case left null: not a reply on the case)')

mk('resA2', A('AWS Training and Certification', TC), P, SUBJ_A, D(2, 19, 0, 55, 0),
   part("""Hi Rintaro,

The Cloud Practitioner exam from November 2021 is now attached to your account and shows in
your exam history. Everything from the former account has been moved, and I've resolved the
case again. No further action is required on your side.

All the best with the SAA recertification next month!

Haeun K.
AWS Training and Certification
"""), 'resolved', False, CA, [], 'second resolution after reopen; "no further action is required"',
   irt='reopenA', refs=['ackA', 'resA', 'replyA_reopen'], auth=AMZ())

REPLYE_TXT = """佐伯様

ご連絡ありがとうございます。石上です。

1. 50%割引バウチャー、有効期限は 2025年6月30日でした。コード末尾は「7Q2K」です。
2. AWS Certified Solutions Architect - Associate（2022年4月16日合格）で付与されたものです。

旧アカウントは AWS04417729 です。よろしくお願いいたします。

石上 倫太郎
"""
mk('replyE', ME_P, A('AWS Training and Certification', TC), SUBJ_E, D(2, 19, 8, 10),
   part(REPLYE_TXT + f"""
2025年2月18日(火) 10:30 AWS Training and Certification <{TC}>:
{q(INFOE_TXT)}
""", cs='iso-2022-jp', cte='7bit'), 'user_reply', False, CE, ['AWS04417729'],
   'Japanese reply quoting the request in 「…:」/> style', irt='infoE', refs=['ackE'], scs='iso-2022-jp')

mk('news189', A('Cloud Native Digest', 'digest@cloudnative-digest.dev'), P,
   'Cloud Native Digest #189: case study - merging two Kubernetes clusters without downtime', D(2, 19, 23, 0, 0),
   part("""Cloud Native Digest #189

- Case study: merging two clusters without downtime
- Your account, your keys: a practical guide to credential hygiene
- Survey: what's your on-call rotation like? Reply and tell us.
""", cte='7bit'), 'unrelated', False, None, [], 'newsletter with "case", "merging", "account", survey', auth=GAU(dom='cloudnative-digest.dev'))

mk('updE', A('AWS Training and Certification', TC), P, SUBJ_E, D(2, 20, 5, 45, 0),
   part(f"""Hello Ishigami-san,

Thank you for the details. I've shared them with our benefits team, who can restore vouchers
that did not transfer during a merge. They usually need 3 to 5 business days. I'll update this
case as soon as I hear from them.

佐伯 / Saeki
AWS Training and Certification

2025/02/19 8:10、石上 倫太郎 <{P}> のメール:
{q(REPLYE_TXT)}
"""), 'case_update', False, CE, [], 'English update on a Japanese thread; passed to another team',
   irt='replyE', refs=['ackE', 'infoE'], auth=AMZ())

mk('amazon_order', A('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), P,
   'Amazon.co.jp ご注文の発送のお知らせ', D(2, 20, 14, 2),
   part("""<html><body><p>石上 倫太郎 様</p><p>ご注文の商品を発送しました。</p><p>注文番号: 250-4418820-7731045</p><p>お届け予定: 2月22日（土）</p></body></html>""", 'html', cte='base64'),
   'unrelated', False, None, [], 'Amazon retail shipping notice (amazon domain, not AWS)', auth=GAU(dom='amazon.co.jp'))

CONSOLE_FOOT = f"""
To see all of the details or to respond to this case, please use the link below:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
mk('ackC', A('Amazon Web Services', 'no-reply-aws@amazon.com'), P,
   f'Amazon Web Services: New Support case: {CC}', D(2, 21, 1, 5, 0),
   part(f"""Dear Customer,

We have opened case {CC} in response to your request for support. We will respond to you
shortly, typically within 24 hours.

Case ID: {CC}
Subject: AWS Skill Builder Individual subscription charged twice in February
Severity: General guidance
Account: [AWS ID 554103998127]
{CONSOLE_FOOT}"""), 'acknowledgement', False, CC, [],
   'Support Center console case (11-digit ID); 12-digit account ID nearby', auth=AMZ())

mk('billing', A('Amazon Web Services', 'no-reply-aws@amazon.com'), P,
   'Amazon Web Services Billing Statement Available [Account: 554103998127]', D(2, 21, 3, 0, 0),
   part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $58.00
Please see the Bills page for details: https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services
"""), 'unrelated', False, None, [], 'AWS billing, same sender as the console case', auth=AMZ())

SUBJ_C = f'RE:[CASE {CC}] AWS Skill Builder Individual subscription charged twice in February'
mk('infoC', A('Amazon Web Services', 'no-reply-aws@amazon.com'), P,
   f'Amazon Web Services: Correspondence added to Support case: {CC}', D(2, 22, 2, 20, 0),
   alt(part(f"""Hello,

I'm sorry to hear about the duplicate charge for your AWS Skill Builder subscription. To locate
both transactions I need the invoice IDs shown on the Bills page for February (they start with
"EUINJP" or "INV") and the date each charge appeared on your card statement.

Once I have them, I'll coordinate the refund with the Skill Builder team.

Best regards,
Rafael M.
Amazon Web Services
{CONSOLE_FOOT}"""), part(f"""<html><body><p>Hello,</p><p>I'm sorry to hear about the duplicate charge for your AWS Skill Builder subscription. To locate both transactions I need the invoice IDs shown on the Bills page for February and the date each charge appeared on your card statement.</p><p>Best regards,<br>Rafael M.</p><p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={CC}&amp;language=en">Respond to this case</a></p><p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""", 'html')),
   'info_request', True, CC, [], 'console case: must be answered in the Support Center, not by email; "I need" request',
   irt='ackC', auth=AMZ())

mk('phish_console', A('Amazon Web Services', 'no-reply-aws@amazon.com'), P,
   'Amazon Web Services: Support case 17402291736 - payment verification required', D(2, 22, 11, 48, 0),
   part("""<html><body style="font-family:Arial"><p>Dear Customer,</p><p>Your AWS support case <b>17402291736</b> regarding a duplicate charge requires payment verification before a refund can be issued.</p>
<p><a href="https://aws-console-signin.support-verify.net/refund">Sign in to the AWS Management Console</a> and confirm your card to receive the refund.</p>
<p>Case ID: 17402291736</p><p>Amazon Web Services</p></body></html>""", 'html'),
   'suspicious', False, None, [], 'real console sender address with dkim/dmarc fail; different case number; refund/payment lure, HTML-only',
   auth=GAU(dom='amazon.com', dkim='fail', spf='softfail', dmarc='fail', mf='mailer@203-0-113-9.dyn.example'))

mk('sb_receipt', A('AWS Skill Builder', 'no-reply@aws.training'), P,
   'Your AWS Skill Builder receipt', D(2, 23, 1, 0, 0),
   alt(part("""Hi Rintaro,

Thanks for your purchase.

AWS Skill Builder Individual subscription (monthly)   USD 29.00
Order ID: SB-2025-0223-88410

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""), part('<html><body><p>Thanks for your purchase.</p><table border="1"><tr><td>AWS Skill Builder Individual subscription (monthly)</td><td>USD 29.00</td></tr></table><p>Order ID: SB-2025-0223-88410</p></body></html>', 'html')),
   'unrelated', False, None, [], 'Skill Builder receipt from no-reply@aws.training (relates to case C topic, but a receipt)',
   auth=GAU(dom='aws.training', mf='bounce@aws.training'))

mk('ms_renewal', A('Microsoft Learn', 'learn-noreply@microsoft.com'), P,
   'Your Microsoft Certified: Azure Administrator Associate is ready for renewal', D(2, 24, 0, 30, 0),
   part("""Hi Rintaro,

Your certification expires on August 2, 2025. You can renew it for free by passing an online
assessment on Microsoft Learn. Renew now: https://learn.microsoft.com/credentials/renew

Microsoft Learn
"""), 'unrelated', False, None, [], 'other vendor certification renewal', auth=GAU(dom='microsoft.com'))

mk('vendor_info', A('JetBrains Sales Support', 'sales@jetbrains.com'), P,
   'Re: [JB-SUP-482113] Transfer of IntelliJ IDEA license to personal account', D(2, 24, 9, 15, 0),
   part("""Hello Rintaro,

Thank you for contacting us. To move the license from your company account to your personal
JetBrains Account, could you ask your former company's license administrator to revoke the
assignment first, and then send us the license ID (it starts with "A7")?

Kind regards,
Jana
JetBrains Sales Support
"""), 'unrelated', False, None, [], 'other vendor support case asking for information (needs_reply false by rule)',
   auth=GAU(dom='jetbrains.com'))

CLOSEC = f"""Hello,

We haven't heard back from you regarding case {CC}. We will mark this case as resolved if we
don't receive a response in the next 3 days. To keep it open, please respond through the
Support Center.

Best regards,
Rafael M.
Amazon Web Services
"""
mk('closeC', A('Amazon Web Services', 'no-reply-aws@amazon.com'), P,
   f'Amazon Web Services: Correspondence added to Support case: {CC}', D(2, 25, 2, 20, 0),
   part(CLOSEC + CONSOLE_FOOT, cte='7bit'), 'closing_notice', True, CC, [],
   'console auto-resolve warning: reply needed, but through the console', irt='infoC', refs=['ackC'], auth=AMZ())

mk('resE', A('AWS Training and Certification', TC, 'shift_jis'), P, SUBJ_E, D(2, 25, 7, 0, 0),
   part("""石上 倫太郎 様

お待たせいたしました。佐伯でございます。

特典チームにて 50% 割引バウチャーを再発行いたしました。
現在のアカウントの「特典」ページに表示されておりますので、ご確認ください。
有効期限は旧バウチャーと同じく 2025年6月30日です。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
佐伯
""", cs='shift_jis', cte='base64'), 'resolved', False, CE, [],
   'Japanese resolution, Shift_JIS base64; 〜がございましたら conditional invitation', scs='shift_jis',
   irt='updE', refs=['ackE', 'infoE', 'replyE'], auth=AMZ())

mk('cm_benefit', A('AWS Certification', 'do-not-reply@certmetrics.com'), P,
   'A benefit is available in your AWS Certification Account', D(2, 26, 1, 0, 0),
   part("""Hello Rintaro Ishigami (AWS09318854),

A new benefit has been added to your AWS Certification Account: 50% discount on your next
AWS Certification exam. Find it under Benefits after signing in.

AWS Certification
""", cte='7bit'), 'certification', False, None, ['AWS09318854'], 'program benefit notice triggered by the case E fix (not case mail)',
   auth=GAU(dom='certmetrics.com', mf='bounce@mail.certmetrics.com'))

mk('resC', A('Amazon Web Services', 'no-reply-aws@amazon.com'), P,
   f'Amazon Web Services: Correspondence added to Support case: {CC}', D(2, 26, 6, 10, 0),
   part(f"""Hello,

Thank you for sending the invoice IDs through the Support Center. I've confirmed the duplicate
charge with the Skill Builder team and a refund of USD 29.00 has been issued to your card; it
can take 5-10 business days to appear. I've marked this case as resolved.

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence.

Best regards,
Rafael M.
Amazon Web Services
{CONSOLE_FOOT}"""), 'resolved', False, CC, [], 'console resolution with a feedback footer',
   irt='closeC', refs=['ackC', 'infoC'], auth=AMZ())

mk('vendor_closed', A('さくらのクラウド サポート', 'support@cloud.sakura.example.jp'), P,
   '[#58213] お問い合わせは解決済みになりました', D(2, 27, 10, 0),
   part("""石上様

お問い合わせ #58213「オブジェクトストレージの課金について」は解決済みとなりました。
追加のご質問がある場合は、このメールにご返信いただくとチケットが再開されます。

さくらのクラウド サポートチーム
"""), 'unrelated', False, None, [], 'other vendor ticket closed; reply reopens it', auth=GAU(dom='cloud.sakura.example.jp'))

mk('surveyE', A('AWS トレーニングと認定', TC), P,
   f'アンケートのお願い: ケース {CE}', D(2, 27, 4, 0, 0),
   part(f"""<html><body><p>石上 様</p><p>先日はAWS トレーニングと認定にお問い合わせいただき、ありがとうございました（ケースID: {CE}）。</p>
<p>サービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は1分程度です。</p>
<p><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_aws_tc_ja?case={CE}">アンケートに回答する</a></p></body></html>""", 'html'),
   'survey', False, CE, [], 'Japanese survey with お願いいたします (a request, but a survey)', auth=AMZ())

mk('phish_cm', A('AWS Certification', 'do-not-reply@certmetrics-aws.com'), P,
   'Final notice: your AWS Certification will be revoked', D(2, 28, 3, 30, 0),
   part("""Hello Rintaro Ishigami,

Candidate ID: AWS09318854

Following your recent account merge, your certification record could not be validated. To avoid
revocation, pay the recertification processing fee (USD 75) within 72 hours:
https://certmetrics-aws.com/pay

AWS Certification
"""), 'suspicious', False, None, ['AWS09318854'],
   'certmetrics lookalike that knows the real candidate ID and the merge; revocation/payment lure',
   auth=GAU(dom='certmetrics-aws.com', dkim='pass', dmarc='none'))

mk('gcp_cert', A('Google Cloud Certification', 'cloud-certification-noreply@google.com'), P,
   'Your Professional Cloud Architect certification expires in 60 days', D(3, 1, 2, 0, 0),
   part("""Hi Rintaro,

Your Google Cloud Professional Cloud Architect certification expires on April 30, 2025. Renewal
is available from 60 days before expiry.

Google Cloud Certification
"""), 'unrelated', False, None, [], 'other cloud\'s certification expiry (not AWS)', auth=GAU(dom='google.com'))

mk('pvue_result', A('AWS Certification', 'do-not-reply@certmetrics.com'), P,
   'Congratulations on recertifying your AWS Certification!', D(3, 9, 5, 0, 0),
   alt(part("""Hello Rintaro Ishigami,

Congratulations! You have successfully recertified as AWS Certified Solutions Architect -
Associate. Your new expiration date is March 8, 2028.

Your digital badge will be issued through Credly shortly.

AWS Certification
"""), part('<html><body><h2>Congratulations!</h2><p>You have recertified as <b>AWS Certified Solutions Architect - Associate</b>. New expiration: March 8, 2028.</p></body></html>', 'html')),
   'certification', False, None, [], 'recertification congratulations', auth=GAU(dom='certmetrics.com', mf='bounce@mail.certmetrics.com'))

mk('credly_badge2', A('Credly', 'admin@credly.com'), P,
   'Your badge from Amazon Web Services Training and Certification is waiting', D(3, 9, 6, 12, 0),
   part("""<html><body><p>Hi Rintaro,</p><p>Amazon Web Services Training and Certification issued you a new badge: <b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/5d0f2b7e-0a44-4c1c-b5f3-9e1d2f6a3b01">Accept your badge</a></p></body></html>""", 'html'),
   'badge', False, None, [], 'real Credly, HTML-only', auth=GAU(dom='credly.com', mf='bounces+2291@em.credly.com'))

# ---------------------------------------------------------------- more surrounding mail (sorted by date on output)
mk('card_stmt', A('みずなみカード', 'info@mail.mizunami-card.example.jp'), P,
   '【みずなみカード】1月分ご利用明細確定のお知らせ', D(1, 28, 9, 0),
   part("""石上 倫太郎 様

1月分のご利用明細が確定しました。会員サイトにログインしてご確認ください。
※本メールは送信専用です。ご返信いただいてもお答えできません。
""", cte='base64'), 'unrelated', False, None, [], 'card statement, Japanese, base64', auth=GAU(dom='mail.mizunami-card.example.jp'))

mk('credly_digest', A('Credly', 'admin@credly.com'), ME_C,
   'Your badges were viewed 4 times this month', D(2, 2, 0, 0, 0),
   part("""Hi Rintaro,

Your AWS Certified Solutions Architect - Associate badge was viewed 4 times in January.
See who's looking: https://www.credly.com/earner/insights
"""), 'badge', False, None, [], 'Credly digest to the company address', auth=CAU(dom='credly.com', mf='bounces+2291@em.credly.com'))

mk('phish_fakeack', A('AWS Training & Certification', 'no-reply@amazon-certsupport.com'), P,
   'We received your account merge request', D(2, 4, 13, 5, 0),
   part("""Hello,

We received your request to merge AWS Certification accounts (reference TC-00458812).
To prevent fraud, merges are processed only after identity verification. Please verify now:
https://amazon-certsupport.com/verify?ref=TC-00458812

If you do not verify within 24 hours, your request will be declined and your existing
certifications may be suspended.

AWS Training & Certification
""", cte='7bit'), 'suspicious', False, None, [],
   'fake acknowledgement arriving hours after the real one; lookalike domain; verification lure',
   auth=GAU(dom='amazon-certsupport.com', dkim='none', spf='neutral', dmarc='none'))

mk('ooo_colleague', A('森下 健太', 'k-morishita@shirane-dw.co.jp', 'iso-2022-jp'), ME_C,
   '自動応答: handover checklist - AWS accounts', D(2, 10, 11, 21),
   part("""2/10〜2/12 は出張のため不在にしております。メールの確認が遅れる場合がございます。
お急ぎの場合は情報システム部 山内までご連絡ください。
""", cs='iso-2022-jp', cte='7bit'), 'unrelated', False, None, [], 'out-of-office auto-reply',
   scs='iso-2022-jp', extra=['Auto-Submitted: auto-replied'], auth=CAU(dom='shirane-dw.co.jp', mf='k-morishita@shirane-dw.co.jp'))

mk('apn_removed', A('AWS Partner Central', 'aws-partner-central-noreply@amazon.com'), ME_C,
   'A certification record was removed from your Partner Central account', D(2, 8, 1, 30, 0),
   part("""Hello,

This is an automated notice for Shirane Dataworks K.K. One AWS Certification record
(r-ishigami@shirane-dw.co.jp) is no longer associated with your partner organization.
Your partner tier counts will be recalculated within 5 business days.

No action is needed unless you believe this change was made in error.

AWS Partner Network
""", cte='7bit'), 'unrelated', False, None, [],
   'genuine APN notice to the company address about the same release (not case mail); "no action is needed unless"',
   auth=CAU(dom='amazon.com', mf='0100019ae4c2b7f1@amazonses.com'))

mk('phish_subdomain', A('AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com.tc-support.co'), P,
   f'Your AWS Certification accounts have been merged - review changes', D(2, 13, 9, 20, 0),
   part("""<html><body><p>Hello Rintaro,</p><p>Your AWS Certification accounts have been merged. If you did not request this merge, or if any certification is missing, sign in within 48 hours to <b>undo the merge</b>:</p>
<p><a href="https://amazon.com.tc-support.co/undo-merge">Review merge</a></p><p>AWS Training and Certification</p></body></html>""", 'html'),
   'suspicious', False, None, [], 'address starts with the real support address but the domain is amazon.com.tc-support.co; mimics a resolution',
   auth=GAU(dom='amazon.com.tc-support.co', dkim='pass', dmarc='pass'))

mk('friend', A('Yuka Tanabe', 'yuka.tanabe.mail@gmail.com'), P,
   'congrats on the new job!', D(2, 15, 20, 10),
   part("""Rin,

Heard from Kenta you're joining Norikura Labs - congrats! Are you free for lunch next week?
Let me know which day works.

Yuka
""", cte='7bit'), 'unrelated', False, None, [], 'friend asking for a reply', auth=GAU(dom='gmail.com', mf='yuka.tanabe.mail@gmail.com'))

mk('newjob', A('Norikura Labs IT', 'it-onboarding@norikura-labs.example'), P,
   'Welcome to Norikura Labs - set up your account before Monday', D(2, 16, 9, 0),
   part("""Hi Rintaro,

Welcome aboard! Before your first day, please activate your company account and enroll in
multi-factor authentication:

https://sso.norikura-labs.example/activate

Your temporary username is r.ishigami. Reply to this mail if the link does not work.

IT Onboarding
"""), 'unrelated', False, None, [], 'legit new-employer onboarding with an activation link (looks like a lure, is not AWS)',
   auth=GAU(dom='norikura-labs.example'))

mk('replyC_email', ME_P, A('Amazon Web Services', 'no-reply-aws@amazon.com'), SUBJ_C, D(2, 22, 20, 0),
   part("""Hello Rafael,

The invoice IDs are INV-JP-25-0211 and INV-JP-25-0212, charged on Feb 11 and Feb 12.

Rintaro
"""), 'user_reply', False, CC, [], 'owner answers the console case by email (will not reach support)',
   irt='infoC', refs=['ackC'])

mk('phish_credly_dmarc', A('Credly', 'admin@credly.com'), P,
   'Action required: re-verify your badges after your account merge', D(2, 24, 13, 0, 0),
   part("""Hi Rintaro,

Badges transferred during an AWS Certification account merge must be re-verified. Sign in
with your Credly password and AWS Builder ID to keep them public:

https://credly-badge-verify.net/login

The Credly Team
"""), 'suspicious', False, None, [], 'real Credly address, dkim/dmarc fail, link to another domain',
   auth=GAU(dom='credly.com', dkim='fail', spf='fail', dmarc='fail', mf='admin@host-77.example'))

mk('mkt_cert', A('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'), P,
   'Prepare for your next AWS Certification with free Skill Builder exam prep', D(3, 3, 1, 0, 0),
   part("""<html><body><p>Ready for your next certification?</p><p>Try the free Official Practice Question Sets on AWS Skill Builder and use your 50% exam discount benefit.</p><p><a href="https://skillbuilder.aws/exam-prep">Start preparing</a></p><p style="font-size:10px">Amazon Web Services, Inc. 410 Terry Ave N, Seattle WA. Unsubscribe.</p></body></html>""", 'html'),
   'unrelated', False, None, [], 'AWS T&C marketing under the T&C display name', auth=GAU(dom='amazon.com', mf='bounce@marketing.amazon.com'))

# ---------------------------------------------------------------- output
from email.utils import parsedate_to_datetime
import re as _re

README_HEAD = """me: rintaro.ishigami.85@gmail.com r-ishigami@shirane-dw.co.jp

# blind-203: Rintaro Ishigami's mailbox (Jan 27 - Mar 9, 2025)

Owner: Rintaro Ishigami, personal Gmail (rintaro.ishigami.85@gmail.com), until Feb 14 also
at Shirane Dataworks K.K. (r-ishigami@shirane-dw.co.jp, an AWS Partner Network company). The
company mailbox is fetched into the same mailbox until it closes, so mail to either address is
here. Generated by `python3 gen.py` (standard library only); messages are sorted by Date.

## Cases
- 173866482100347 (15 digits, T&C form): merge company certification account AWS04417729 into
  personal AWS09318854. ack -> APN partner hold with a buried question -> owner answers -> hold
  continues (partner must act) -> hold lifted / passed on -> HTML-table confirmation request ->
  closing notice -> IT colleague forwards the same request from a shared alias -> owner confirms
  from the company address -> support asks to confirm from the personal address -> confirm ->
  merged -> Credly badge -> survey -> owner reports a missing exam -> reopened -> resolved again.
- 173866971502286 (15 digits): duplicate form filed from the company address; closed and linked.
- 173977310400588 (15 digits, Japanese): 50% voucher missing after the merge. Japanese ack,
  keigo info request (ISO-2022-JP), Japanese reply, English update, Shift_JIS resolution, survey.
- 17402215390 (11 digits, Support Center console case): Skill Builder subscription charged twice.
  Must be answered in the console; the owner wrongly answers by email; auto-resolve warning;
  resolved with the feedback footer.

## Labelling decisions
- Phishing (14): lookalike domains that pass their own DKIM/DMARC, display name equal to the real
  support address, the exact real sender with dkim/dmarc=fail, `amazon.com.tc-support.co`,
  Reply-To to free mail, payment / password / OTP / gift-card lures, fake "confirm your account
  merge" and fake "accounts merged - undo". All needs_reply=false, case=null even when they carry
  a case-looking number (these numbers are never the real ones; one differs by two swapped digits).
- Hold that ends in a question (APN hold asking for the last working day): on_hold, needs_reply=true.
  The follow-up hold that says there is nothing to do: on_hold, false. Hold lifted: case_update.
- The IT colleague's forward of the confirmation request (arrives after the closing notice, before
  the owner answered): labelled confirmation_request, needs_reply=true, case set - the owner must
  still answer support. candidate_ids=[] because the IDs are only inside the forwarded copy.
- The support mail asking the owner to re-send the confirmation from the personal address:
  info_request (not confirmation_request) - what is asked is to write from another address.
- Acknowledgements echo the form text; IDs in that echo are counted (it is not reply quoting).
- Console case: info request and auto-resolve warning need a reply (through the Support Center);
  the owner's e-mail answer is user_reply. The console case is about AWS Skill Builder (Training),
  so it is treated as a Training and Certification case.
- Resolutions that quote an earlier request or end with "if anything looks wrong, reply" /
  「ご不明な点がございましたら」: resolved, false.
- Partner Central's automated notice, the alliance colleague's note and the certmetrics benefit
  notice relate to the cases but are not support-case mail: unrelated / certification, case=null.
- Owner's report of a phish to stop-spoofing@amazon.com mentions the voucher case number: user_reply,
  case=null (not a message on that case). Owner's farewell mail: user_reply, case=null.
- The owner's own mails carry no Authentication-Results (they are sent items).
"""

def main():
    for f in os.listdir(HERE):
        if _re.match(r'\d{3}-msg\.(eml|json)$', f):
            os.remove(os.path.join(HERE, f))
    order = sorted(range(len(MSGS)), key=lambda i: parsedate_to_datetime(
        _re.search(rb'\nDate: ([^\r\n]+)', MSGS[i]['raw']).group(1).decode()))
    counts = collections.Counter()
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        with open(os.path.join(HERE, f'{n:03d}-msg.eml'), 'wb') as fh:
            fh.write(m['raw'])
        with open(os.path.join(HERE, f'{n:03d}-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        counts[m['label']['kind']] += 1
        rows.append((n, m))
    for k, v in sorted(counts.items()):
        print(f'{k:22s} {v}')
    print(f'{"total":22s} {len(MSGS)}')
    print(f'{"needs_reply":22s} {sum(m["label"]["needs_reply"] for m in MSGS)}')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README_HEAD)
        fh.write('\n## Messages\n\n')
        fh.write('| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n')
        for n, m in rows:
            L = m['label']
            fh.write(f"| {n:03d} | {L['kind']} | {'yes' if L['needs_reply'] else 'no'} | {L['case'] or '-'} | "
                     f"{m['subj'].replace('|', '/')[:70]} - {m['note'].replace('|', '/')} |\n")

if __name__ == '__main__':
    main()
