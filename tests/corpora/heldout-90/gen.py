#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-slug.eml / NNN-slug.json / README.md next to this script."""
import os, base64, quopri, json, hashlib, glob
from email.header import Header
from email.utils import format_datetime, formataddr
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
ME_NAME = "Kenta Morimoto"
ME_P = "kenta.morimoto.dev@gmail.com"
ME_C = "k-morimoto@tsubame-sol.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("AWS Training and Certification", TC))
CONSOLE = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

CASE_OLD = "8021754936"          # 10 digits (2021)
CASE_23 = "12873645091"          # 11 digits (2023)
CASE_A = "174302851200457"       # 15 digits, main merge case
CASE_B = "174302885600731"       # 15 digits, duplicate form submission
CASE_C = "174356120900388"       # 15 digits, console case
CASE_E = "174365400200146"       # 15 digits, missing-exam case
ACCT = "318846092275"            # 12-digit AWS account id (not a case)

CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'us-ascii': 'ascii'}

MSGS = []
MIDS = {}


def d(y, mo, da, h, mi, tz=UTC):
    return format_datetime(datetime(y, mo, da, h, mi, 17 if h % 2 else 41, tzinfo=tz))


def mid(n, dom):
    h = hashlib.sha1(f"blind90-{n}".encode()).hexdigest()
    if dom == 'ses':
        return f"<010001{h[:10]}-{h[10:18]}-{h[18:22]}-{h[22:26]}-{h[26:38]}-000000@email.amazonses.com>"
    return f"<{h[:24]}@{dom}>"


def enc(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset='utf-8'):
    return formataddr((name, email), charset=charset)


def part(body, subtype='plain', charset='utf-8', cte='7bit', fmt_flowed=False):
    raw = body.encode(CODEC[charset])
    if cte == 'quoted-printable':
        data = quopri.encodestring(raw)
    elif cte == 'base64':
        data = base64.encodebytes(raw)
    else:
        data = raw
    if not data.endswith(b'\n'):
        data += b'\n'
    ct = f'Content-Type: text/{subtype}; charset="{charset}"'
    if fmt_flowed:
        ct += '; format=flowed'
    return [ct, f'Content-Transfer-Encoding: {cte}'], data


def attach(name, mime, payload):
    data = base64.encodebytes(payload)
    return [f'Content-Type: {mime}; name="{name}"',
            f'Content-Disposition: attachment; filename="{name}"',
            'Content-Transfer-Encoding: base64'], data


def multi(subtype, parts, n):
    b = f"----=_Part_{n}_{hashlib.md5(str(n).encode()).hexdigest()[:12]}"
    body = b''
    for h, p in parts:
        body += b'--' + b.encode() + b'\n' + '\n'.join(h).encode() + b'\n\n' + p
    body += b'--' + b.encode() + b'--\n'
    rt = ' report-type=delivery-status;' if subtype == 'report' else ''
    return [f'Content-Type: multipart/{subtype};{rt}', f' boundary="{b}"'], body


def ar_gmail(from_dom, mailfrom, dkim='pass', dkim_dom=None, spf='pass', dmarc='pass', ip='54.240.48.92'):
    dkim_dom = dkim_dom or from_dom
    pol = 'p=QUARANTINE sp=QUARANTINE dis=NONE' if dmarc == 'pass' else 'p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'
    spftxt = 'designates' if spf == 'pass' else 'does not designate'
    return [
        "Authentication-Results: mx.google.com;",
        f"       dkim={dkim} header.i=@{dkim_dom} header.s=sel{len(dkim_dom)}k header.b=Qw{len(mailfrom)}x9Ta;",
        f"       spf={spf} (google.com: domain of {mailfrom} {spftxt} {ip} as permitted sender) smtp.mailfrom={mailfrom};",
        f"       dmarc={dmarc} ({pol}) header.from={from_dom}",
    ]


def ar_m365(from_dom, mailfrom_dom, dkim='pass', dmarc='pass', ip='54.240.27.11'):
    act = 'none' if dmarc == 'pass' else 'quarantine'
    return [
        f"Authentication-Results: spf=pass (sender IP is {ip})",
        f" smtp.mailfrom={mailfrom_dom}; dkim={dkim} (signature was verified)",
        f" header.d={from_dom};dmarc={dmarc} action={act}",
        f" header.from={from_dom};compauth=pass reason=100",
    ]


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def add(n, slug, label, headers, content, crlf=False, note=''):
    kind, needs, case, cands = label
    name = f"{n:03d}-{slug}"
    h, b = content
    lines = headers + ['MIME-Version: 1.0'] + h
    data = '\n'.join(lines).encode('ascii') + b'\n\n' + b
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append((name, data, {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}, note))


def hdr(n, frm, to, subj, date, dom, charset='utf-8', cc=None, reply_to=None, irt=None, refs=None, ar=None, extra=None):
    m = mid(n, dom)
    MIDS[n] = m
    H = []
    if ar:
        H += ar
    H += [f"From: {frm}", f"To: {to}"]
    if cc:
        H.append(f"Cc: {cc}")
    if reply_to:
        H.append(f"Reply-To: {reply_to}")
    H += [f"Subject: {enc(subj, charset)}", f"Date: {date}", f"Message-ID: {m}"]
    if irt:
        H.append(f"In-Reply-To: {MIDS[irt]}")
        H.append("References: " + " ".join(MIDS[r] for r in (refs or [irt])))
    if extra:
        H += extra
    return H


def tc_subj(case, sp=''):
    return f"RE:{sp}[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance"


AMZ = ar_gmail('amazon.com', '0100018e@amazonses.com', dkim_dom='amazon.com')
AMZ_C = ar_m365('amazon.com', 'amazonses.com')

# ---------------------------------------------------------------- 2021 (company mailbox, M365)
add(1, '001', ('unrelated', False, None, []),
    hdr(1, addr("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_C,
        "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
        d(2021, 6, 2, 3, 14), 'pearson.com', ar=ar_m365('pearson.com', 'pearson.com', ip='159.182.1.40')),
    part("""Dear Kenta Morimoto,

Thank you for scheduling your exam with Pearson VUE. Keep this email for your records.

Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Registration ID: 482917365
Appointment: Friday, June 18, 2021, 10:00 JST
Location: Pearson Professional Centers - Tokyo Shinjuku

Arrive 15 minutes before your appointment and bring two forms of identification.
If you need to reschedule or cancel, do so at least 24 hours in advance through
your AWS Certification account; you cannot make changes by replying to this message.

Sincerely,
Pearson VUE
""", charset='us-ascii'), crlf=True,
    note="Exam-vendor mail; 9-digit registration ID looks like a case number; 'you cannot make changes by replying'.")

add(2, '002', ('acknowledgement', False, CASE_OLD, []),
    hdr(2, TC_FROM, ME_C, tc_subj(CASE_OLD), d(2021, 6, 10, 1, 22), 'ses', ar=AMZ_C),
    part(f"""Hello,

Thank you for contacting AWS Training and Certification. We have received
your request and created case {CASE_OLD} for it.

Details you submitted:
  Inquiry type: Certification
  Additional details: Benefits / Exam voucher
  Description: My 50% exam voucher from the SAA certification does not appear under Benefits.

A specialist will respond as soon as possible. In most cases you will hear
from us within one business day. If you have additional information that may
help us with this case, feel free to reply to this email.

Regards,
AWS Training and Certification Customer Support
""", charset='us-ascii', cte='quoted-printable'), crlf=True,
    note="10-digit case ID; conditional 'feel free to reply' invitation (no reply needed); QP + CRLF.")

add(3, '003', ('resolved', False, CASE_OLD, []),
    hdr(3, TC_FROM, ME_C, tc_subj(CASE_OLD, ' '), d(2021, 6, 11, 6, 5), 'ses', ar=AMZ_C, irt=2),
    part(f"""Hi Kenta,

Thanks for your patience. The voucher had been generated but was linked to an
expired benefit record, which is why it wasn't visible. I regenerated it and it
now shows under Benefits in your certification account (valid until 2022-06-10).

I'll mark this case as resolved. Should anything else come up regarding the
voucher, you're welcome to reply here and the case will reopen.

Best,
Hiroshi T.
AWS Training and Certification

Case ID: {CASE_OLD}
""", charset='us-ascii'), crlf=True,
    note="Resolution with 'you're welcome to reply' invitation; older 10-digit case.")

add(4, '004', ('certification', False, None, ['AWS04819087']),
    hdr(4, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Congratulations! You are now AWS Certified", d(2021, 6, 20, 8, 40), 'certmetrics.com',
        ar=ar_m365('certmetrics.com', 'certmetrics.com', ip='198.61.254.20')),
    multi('alternative', [
        part("""Congratulations, Kenta!

You have earned the AWS Certified Solutions Architect - Associate certification.

Candidate ID: AWS04819087
Validation number: 7QX2M1L2KBE4Q5S3
Certification date: 2021-06-18
Expiration date: 2024-06-18

Sign in to your AWS Certification account to download your certificate and
view your certification benefits. A digital badge will be sent separately.

AWS Training and Certification
""", charset='us-ascii'),
        part("""<html><body><h2>Congratulations, Kenta!</h2>
<p>You have earned the <b>AWS Certified Solutions Architect - Associate</b> certification.</p>
<table border="0"><tr><td>Candidate ID</td><td>AWS04819087</td></tr>
<tr><td>Validation number</td><td>7QX2M1L2KBE4Q5S3</td></tr>
<tr><td>Expiration date</td><td>2024-06-18</td></tr></table>
<p>Sign in to your AWS Certification account to download your certificate.</p></body></html>
""", subtype='html', charset='us-ascii', cte='quoted-printable')], 4), crlf=True,
    note="certmetrics notice carrying a candidate ID (counts in candidate_ids) but no case.")

# ---------------------------------------------------------------- 2023 (company mailbox, duplicate profiles)
add(5, '005', ('unrelated', False, None, []),
    hdr(5, addr("AWS", "no-reply@signin.aws"), ME_C, "Verify your AWS Builder ID email address",
        d(2023, 9, 4, 0, 51), 'signin.aws', ar=ar_m365('signin.aws', 'signin.aws')),
    part("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

    583920

The code expires in 30 minutes. If you did not request it, you can ignore this message.

Amazon Web Services
""", charset='us-ascii'), crlf=True,
    note="Builder ID one-time code (6 digits); AWS sender but not a case.")

add(6, '006', ('acknowledgement', False, CASE_23, []),
    hdr(6, addr("AWS トレーニングと認定", TC, 'iso-2022-jp'), ME_C, tc_subj(CASE_23),
        d(2023, 9, 4, 1, 30), 'ses', charset='iso-2022-jp', ar=AMZ_C),
    part(f"""お客様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ご依頼を受け付け、ケース番号 {CASE_23} を発行しました。

担当者より、原則として24時間以内にご連絡差し上げます。
同じ内容で新たにフォームを送信されますと、対応が遅れる原因となりますので、
重複したお問い合わせはお控えください。

ご依頼内容:
  お問い合わせタイプ: 認定
  その他の詳細: Account Merge
  内容: 同じメールアドレスで認定アカウントが2つ作成されており、Credly にバッジが表示されません。

補足事項がございましたら、本メールへご返信いただくことで担当者に届きます。

AWS トレーニングと認定 カスタマーサポート
""", charset='iso-2022-jp'), crlf=True,
    note="Japanese ack, ISO-2022-JP; 〜がございましたら…ご返信 conditional and 'do not file duplicates' instruction.")

add(7, '007', ('info_request', True, CASE_23, []),
    hdr(7, TC_FROM, ME_C, tc_subj(CASE_23), d(2023, 9, 6, 2, 17), 'ses', ar=AMZ_C, irt=6),
    part("""Hello Kenta,

My name is Sofia and I'm following up on your case about the badges that stopped
appearing in Credly.

Some background first, since this comes up often. Each certification profile in
our system is a separate record in CertMetrics, and Credly is fed from exactly one
of them. When a second profile gets created with the same login address (this
usually happens when someone signs in once through AWS Partner Central and once
with a Builder ID), new results can land on the second profile while Credly keeps
reading the first one. Both profiles then look fine on their own, but neither is
complete, and that matches what you describe.

Looking up profiles by email alone isn't reliable here because both carry the
same address, so I'll work from the identifiers instead. Each profile shows its
own candidate ID in the top-right corner after you sign in (it begins with AWS
followed by eight digits).

What are the candidate IDs of the two profiles, and which one holds your
Solutions Architect certification?

Thanks,
Sofia
AWS Training and Certification
""", charset='us-ascii'), crlf=True,
    note="Ask buried after long explanation; bare questions, no 'please'; mentions the AWS+8 digits format without an ID.")

add(8, '008', ('user_reply', False, CASE_23, ['AWS04819087', 'AWS90233471']),
    hdr(8, addr(ME_NAME, ME_C), TC, tc_subj(CASE_23, ' '), d(2023, 9, 6, 13, 2, JST), 'tsubame-sol.co.jp', irt=7, refs=[6, 7]),
    part(f"""Hello Sofia,

Thank you for the explanation. The two profiles are:

- AWS04819087 : this one has Solutions Architect - Associate (2021)
- AWS90233471 : created last month, it has Developer - Associate (2023)

Both use {ME_C}.

Best regards,
Kenta Morimoto

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Wednesday, September 6, 2023 11:17 AM
To: {ME_C}
Subject: RE:[CASE {CASE_23}] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

My name is Sofia and I'm following up on your case about the badges that stopped
appearing in Credly.
[...]
What are the candidate IDs of the two profiles, and which one holds your
Solutions Architect certification?
""", charset='us-ascii'),
    note="User reply from the company address with two candidate IDs; quoted request below (Outlook Original Message).")

add(9, '009', ('confirmation_request', True, CASE_23, ['AWS04819087', 'AWS90233471']),
    hdr(9, TC_FROM, ME_C, tc_subj(CASE_23), d(2023, 9, 7, 0, 44), 'ses', ar=AMZ_C, irt=8, refs=[6, 7, 8]),
    part(f"""Hi Kenta,

Found both, thank you. AWS04819087 is the older profile and is the one linked to
Credly, so it makes sense to keep that one and fold AWS90233471 into it. The
Developer - Associate result would move across and the newer profile would be closed.

Can I go ahead on that basis? A one-line yes is enough.

Sofia

________________________________
From: Kenta Morimoto <{ME_C}>
Sent: Wednesday, September 6, 2023 4:02 AM
To: AWS Training and Certification
Subject: RE: [CASE {CASE_23}] [AWS Training and Certification Form Submission] - account-assistance

Hello Sofia,

Thank you for the explanation. The two profiles are:

- AWS04819087 : this one has Solutions Architect - Associate (2021)
- AWS90233471 : created last month, it has Developer - Associate (2023)
""", charset='us-ascii'), crlf=True,
    note="Confirmation request without Account #1/#2 listing; short, top-posted; 'Can I go ahead' question.")

add(10, '010', ('unrelated', False, None, []),
    hdr(10, addr("Yuki Aoyama", "notifications@github.com"), "tsubame/infra-modules <infra-modules@noreply.github.com>",
        "Re: [tsubame/infra-modules] Merge account baseline module into main (PR #412)",
        d(2023, 9, 7, 5, 3), 'github.com', cc=addr(ME_NAME, ME_C),
        ar=ar_m365('github.com', 'github.com', ip='192.30.252.201')),
    part("""Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/tsubame/infra-modules/pull/412#event-10299318841
You are receiving this because you were mentioned.
""", charset='us-ascii'), crlf=True,
    note="GitHub 'Merged' + 'Reply to this email directly' footer; nothing to do with AWS.")

add(11, '011', ('user_reply', False, CASE_23, ['AWS04819087']),
    hdr(11, addr(ME_NAME, ME_C), TC, tc_subj(CASE_23, ' '), d(2023, 9, 7, 10, 20, JST), 'tsubame-sol.co.jp', irt=9, refs=[6, 7, 8, 9]),
    part(f"""Yes, please go ahead and keep AWS04819087.

Kenta

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Thursday, September 7, 2023 9:44 AM
Subject: RE:[CASE {CASE_23}] [AWS Training and Certification Form Submission] - account-assistance

Hi Kenta,

Found both, thank you. AWS04819087 is the older profile [...]
Can I go ahead on that basis? A one-line yes is enough.
""", charset='us-ascii'),
    note="Very short user confirmation.")

add(12, '012', ('case_update', False, CASE_23, []),
    hdr(12, TC_FROM, ME_C, tc_subj(CASE_23), d(2023, 9, 8, 1, 9), 'ses', ar=AMZ_C, irt=11),
    part("""Hello Kenta,

Thanks for confirming. I've submitted the consolidation to our certification
operations team. Requests of this type usually take five to seven business days
because the results have to be re-validated before they are moved.

You don't need to do anything while this is in progress; I'll write again once
the team has finished.

Sofia
AWS Training and Certification
""", charset='us-ascii'), crlf=True,
    note="Progress news only; 'You don't need to do anything' — must not be read as a request.")

add(13, '013', ('unrelated', False, None, []),
    hdr(13, addr("Nimbus Monitoring Support", "support@nimbusmon.io"), ME_C,
        "Case 00461827 has been closed: Agent not reporting metrics", d(2023, 9, 11, 7, 30), 'nimbusmon.io',
        ar=ar_m365('nimbusmon.io', 'nimbusmon.io', ip='13.110.6.221')),
    part("""Hello Kenta,

Your support case 00461827 has been closed because we believe the issue is
resolved. If the problem comes back, reply to this email within 14 days and
the case will be reopened automatically.

How did we do? Rate your experience: https://nimbusmon.io/survey/00461827

Nimbus Monitoring Support
""", charset='us-ascii'), crlf=True,
    note="Another vendor's 'case closed' + survey + 'reply to reopen' — not AWS.")

add(14, '014', ('resolved', False, CASE_23, ['AWS04819087']),
    hdr(14, TC_FROM, ME_C, tc_subj(CASE_23), d(2023, 9, 14, 3, 55), 'ses', ar=AMZ_C, irt=12),
    multi('alternative', [
        part(f"""Hello Kenta,

The consolidation is complete. All of your results and certifications now sit
on AWS04819087, and the second profile has been closed. Credly will pick up the
change on its next sync. No further action is required from you.

Best regards,
Sofia
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification
Sent: 9/7/2023 12:44 AM
To: {ME_C}
Subject: RE:[CASE {CASE_23}] [AWS Training and Certification Form Submission] - account-assistance

Found both, thank you. AWS04819087 is the older profile and is the one linked to
Credly, so it makes sense to keep that one and fold AWS90233471 into it.
Can I go ahead on that basis? A one-line yes is enough.
""", charset='us-ascii', cte='quoted-printable'),
        part(f"""<html><body><p>Hello Kenta,</p>
<p>The consolidation is complete. All of your results and certifications now sit on AWS04819087, and the second profile has been closed. Credly will pick up the change on its next sync. No further action is required from you.</p>
<p>Best regards,<br>Sofia<br>AWS Training and Certification</p>
<div style="border-top:1px solid #ccc"><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 9/7/2023 12:44 AM<br><b>Subject:</b> RE:[CASE {CASE_23}]</div>
<blockquote><p>Found both, thank you. AWS04819087 is the older profile and is the one linked to Credly, so it makes sense to keep that one and fold AWS90233471 into it.</p><p>Can I go ahead on that basis? A one-line yes is enough.</p></blockquote>
</body></html>
""", subtype='html', cte='quoted-printable')], 14), crlf=True,
    note="Resolution quoting the earlier confirmation question; quoted ID AWS90233471 must not count.")

add(15, '015', ('survey', False, CASE_23, []),
    hdr(15, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_C,
        f"How did we do? Your feedback on case {CASE_23}", d(2023, 9, 14, 4, 10), 'amazon.com', ar=AMZ_C),
    part(f"""<html><body>
<p>Hi Kenta,</p>
<p>Your recent AWS Training and Certification case ({CASE_23}) was marked resolved.
Would you take a minute to tell us how it went?</p>
<table><tr><td><a href="https://survey.aws.training/r?c={CASE_23}&s=5">Very satisfied</a></td>
<td><a href="https://survey.aws.training/r?c={CASE_23}&s=3">Neutral</a></td>
<td><a href="https://survey.aws.training/r?c={CASE_23}&s=1">Dissatisfied</a></td></tr></table>
<p>Replies to this message are not monitored.</p>
</body></html>
""", subtype='html', cte='quoted-printable'), crlf=True,
    note="HTML-only satisfaction survey with a question mark; not a request to support.")

add(16, '016', ('user_reply', False, CASE_23, []),
    hdr(16, addr(ME_NAME, ME_C), TC, tc_subj(CASE_23, ' '), d(2023, 9, 27, 9, 48, JST), 'tsubame-sol.co.jp', irt=14, refs=[12, 14]),
    part(f"""Hello Sofia,

Sorry to come back after the case was closed. It has been almost two weeks, but
the Developer - Associate badge still does not appear in Credly, and the old
Solutions Architect badge shows "expired" although the certification is valid.
Could you check again?

Kenta Morimoto

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Thursday, September 14, 2023 12:55 PM
Subject: RE:[CASE {CASE_23}] [AWS Training and Certification Form Submission] - account-assistance

The consolidation is complete. All of your results and certifications now sit
on AWS04819087, and the second profile has been closed. [...] No further action
is required from you.
""", charset='us-ascii'),
    note="User reopens a resolved case by replying; contains a question but is the user's own mail.")

add(17, '017', ('case_update', False, CASE_23, []),
    hdr(17, TC_FROM, ME_C, tc_subj(CASE_23), d(2023, 9, 28, 0, 12), 'ses', ar=AMZ_C, irt=16),
    part("""Hi Kenta,

I've reopened your case. The merged profile looks correct on our side, so the
gap is in the data Credly received. I've asked our Credly integration team to
re-send your certifications; they normally finish within a few days.

Nothing is needed on your side for now.

Sofia
""", charset='us-ascii'), crlf=True,
    note="Reopened case, progress only.")

add(18, '018', ('badge', False, None, []),
    hdr(18, addr("Credly", "admin@credly.com"), ME_C,
        "Amazon Web Services Training and Certification sent you a new badge", d(2023, 10, 2, 2, 5), 'credly.com',
        ar=ar_m365('credly.com', 'credly.com', ip='167.89.12.7')),
    multi('alternative', [
        part("""Kenta, you've earned a new badge!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Developer - Associate".

Accept your badge to share it on LinkedIn and elsewhere:
https://www.credly.com/earner/earned/badge/6f1d2c1e-7b0a-4b8e-9f0e-2a9c3d5e8b11

Credly, Inc.
""", charset='us-ascii'),
        part("""<html><body><h1>You've earned a new badge!</h1><p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/6f1d2c1e-7b0a-4b8e-9f0e-2a9c3d5e8b11">Accept badge</a></p></body></html>
""", subtype='html')], 18), crlf=True,
    note="Credly badge; 'Accept your badge' is a call to action but not a reply to support; badge UUID.")

add(19, '019', ('resolved', False, CASE_23, []),
    hdr(19, addr("AWS トレーニングと認定", TC), ME_C, tc_subj(CASE_23), d(2023, 10, 2, 3, 20), 'ses', ar=AMZ_C, irt=17),
    part(f"""森本 様

いつもお世話になっております。AWS トレーニングと認定サポートの Sofia です。

Credly 連携チームより、認定情報の再送信が完了したとの報告がありました。
Developer - Associate のバッジが発行され、Solutions Architect - Associate の
表示も有効な状態に更新されております。

以上をもちまして、本ケースはクローズさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

ケース ID: {CASE_23}
""", cte='base64'), crlf=True,
    note="Japanese resolution in UTF-8 base64; 'クローズさせていただきます' + conditional ご返信ください — not a closing notice.")

add(20, '020', ('badge', False, None, []),
    hdr(20, addr("Credly", "admin@credly.com"), ME_C, "Reminder: accept your AWS Certified Developer - Associate badge",
        d(2023, 10, 9, 2, 5), 'credly.com', ar=ar_m365('credly.com', 'credly.com', ip='167.89.12.7')),
    part("""Hi Kenta,

Your badge from Amazon Web Services Training and Certification is waiting.
Don't forget to accept it so people can verify your achievement.

Accept now: https://www.credly.com/earner/earned/badge/6f1d2c1e-7b0a-4b8e-9f0e-2a9c3d5e8b11

Please do not reply to this email.
""", charset='us-ascii'), crlf=True,
    note="Credly reminder with imperative wording.")

# ---------------------------------------------------------------- 2025: leaving Tsubame Solutions
add(21, '021', ('unrelated', False, None, []),
    hdr(21, addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_C,
        "You're invited: AWS Partner Tech Day Tokyo - reply to save your seat", d(2025, 3, 3, 1, 0), 'amazon.com',
        ar=ar_m365('amazon.com', 'marketing.aws', ip='199.127.232.5')),
    multi('alternative', [
        part("""Hello Kenta,

Join AWS solution architects for a half-day of deep dives on generative AI,
migration and cost optimisation. Seats are limited.

Reply to this email with "YES" to reserve your seat, or register online:
https://aws.amazon.com/events/partner-techday-tokyo/

AWS account holders: this event is free. Unsubscribe: https://pages.awscloud.com/unsub
""", charset='us-ascii'),
        part("""<html><body><p>Hello Kenta,</p><p>Join AWS solution architects for a half-day of deep dives.</p>
<p><b>Reply to this email with "YES" to reserve your seat.</b></p></body></html>
""", subtype='html', charset='us-ascii')], 21), crlf=True,
    note="AWS marketing from amazon.com asking for a reply — still unrelated.")

add(22, '022', ('certification', False, None, []),
    hdr(22, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Your AWS Certified Solutions Architect - Associate expires in 90 days", d(2025, 3, 10, 15, 2), 'certmetrics.com',
        ar=ar_m365('certmetrics.com', 'certmetrics.com', ip='198.61.254.20')),
    part("""Hello Kenta,

Your AWS Certified Solutions Architect - Associate certification expires on
June 14, 2025. To keep it active, pass the current version of the exam or a
higher-level exam before that date.

You can use your 50% discount benefit when scheduling. Sign in to your AWS
Certification account to view your benefits and schedule an exam.

AWS Certification
""", charset='us-ascii', cte='quoted-printable'), crlf=True,
    note="Certification expiry notice with imperative 'pass/sign in' — not support.")

add(23, '023', ('unrelated', False, None, []),
    hdr(23, addr("AWS", "no-reply@signin.aws"), ME_P, "AWS Builder ID のメールアドレスを確認してください",
        d(2025, 3, 24, 4, 31), 'signin.aws', ar=ar_gmail('signin.aws', 'bounces@signin.aws')),
    part("""こんにちは。

AWS Builder ID の作成を完了するには、次の確認コードを入力してください。

確認コード: 402117

このコードの有効期限は 30 分です。心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", cte='quoted-printable'),
    note="Japanese Builder ID code; 6-digit code; QP UTF-8.")

add(24, '024', ('unrelated', False, None, []),
    hdr(24, addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
        "Welcome to AWS Skill Builder", d(2025, 3, 24, 4, 52), 'aws.training', ar=ar_gmail('aws.training', 'no-reply@aws.training')),
    part("""<html><body><h2>Welcome, Kenta</h2>
<p>Your AWS Skill Builder and Certification account is ready. Complete your profile and
explore over 600 free digital courses.</p>
<table><tr><td>Next step</td><td><a href="https://skillbuilder.aws/profile">Finish your profile</a></td></tr>
<tr><td>Certification</td><td><a href="https://www.aws.training/certification">Go to your certification account</a></td></tr></table>
<p>Questions? Visit our help center. This mailbox is not monitored.</p></body></html>
""", subtype='html'),
    note="aws.training welcome (HTML only) — AWS T&C branding but no case.")

add(25, '025', ('acknowledgement', False, CASE_A, []),
    hdr(25, TC_FROM, ME_P, tc_subj(CASE_A), d(2025, 3, 24, 5, 2), 'ses', ar=AMZ),
    part(f"""Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been
logged as case {CASE_A}, and a member of our team will get back to you, usually
within one business day.

Case summary
------------
Case ID: {CASE_A}
Inquiry type: Certification
Details: Account Merge
Your message: I am leaving Tsubame Solutions at the end of the month and would like
the certification account under {ME_C} merged into my personal account
{ME_P}. Please keep {ME_P}.

Submitting the form again for the same issue creates a separate case and slows
things down, so we'd ask you not to do that.

Need to add something? Just reply to this message and keep the case number in
the subject line.

AWS Training and Certification Customer Service
""", charset='us-ascii'),
    note="Ack quoting the user's own 'Please keep...' text; conditional 'Need to add something?' question.")

add(26, '026', ('acknowledgement', False, CASE_B, []),
    hdr(26, addr("AWS トレーニングと認定", TC, 'shift_jis'), ME_P, tc_subj(CASE_B),
        d(2025, 3, 24, 5, 15), 'ses', charset='shift_jis', ar=AMZ),
    part(f"""AWS トレーニングと認定にお問い合わせいただきありがとうございます。

ケース {CASE_B} としてお問い合わせを承りました。
内容を確認のうえ、通常 24 時間以内に担当者よりご連絡いたします。

なお、すでに同じ内容のケースをお持ちの場合、新しいケースは作成なさらないようお願いいたします。
複数のケースがあると、回答までにお時間をいただく場合がございます。

-- お問い合わせ内容 --
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合

ご質問などがございましたら、このメールにご返信ください。

AWS トレーニングと認定
""", charset='shift_jis', cte='8bit'),
    note="Duplicate form submission ack; Shift_JIS 8bit; 'お願いいたします' and conditional ご返信ください.")

add(27, '027', ('unrelated', False, None, []),
    hdr(27, addr("Jira (Tsubame)", "jira@tsubame-sol.atlassian.net"), ME_C,
        "[JIRA] (INFRA-2291) Hand over AWS account ownership before Morimoto leaves", d(2025, 3, 25, 0, 40),
        'tsubame-sol.atlassian.net', ar=ar_m365('tsubame-sol.atlassian.net', 'atlassian.net', ip='18.246.31.4')),
    part(f"""Sayaka Ono changed the status to Resolved and added a comment:

  Root account email for {ACCT} changed to infra-admin@. Please confirm you no
  longer need console access, then I'll close this.

Key: INFRA-2291   Assignee: Kenta Morimoto   Status: Resolved
View: https://tsubame-sol.atlassian.net/browse/INFRA-2291
""", charset='us-ascii'), crlf=True,
    note="Jira mail with 'Resolved', an AWS account ID (12 digits) and a request from a colleague — unrelated.")

add(28, '028', ('case_update', False, CASE_B, []),
    hdr(28, TC_FROM, ME_P, tc_subj(CASE_B, ' '), d(2025, 3, 25, 2, 8), 'ses', ar=AMZ, irt=26),
    part(f"""Hello,

This request reached us twice: it duplicates case {CASE_A}, which was opened
a few minutes earlier with the same details. To keep a single agent on your
accounts, we'll continue under {CASE_A}, and this case ({CASE_B}) will be
closed without further action. Updates will keep arriving on the other case.

Regards,
AWS Training and Certification
""", charset='us-ascii'),
    note="Duplicate-case notice on case B mentioning case A; 'will be closed' but not for lack of reply.")

add(29, '029', ('on_hold', True, CASE_A, []),
    hdr(29, TC_FROM, ME_P, tc_subj(CASE_A), d(2025, 3, 26, 1, 12), 'ses', ar=AMZ, irt=25),
    multi('alternative', [
        part(f"""Hello Kenta,

Thank you for your patience while I reviewed your request.

The certification account registered to {ME_C} is connected to an AWS Partner
Network (APN) organization, Tsubame Solutions K.K. Certifications held on a
partner-linked profile also count toward that partner's program requirements,
so we can't move them out of the partner's view while the holder still works
there. Normally either the partner's alliance lead releases the profile, or we
receive a statement from the certification holder that the employment has ended.

I've put the merge on hold for the time being. To continue, I need a short
statement from you that you've left Tsubame Solutions, or the date your
employment ends. Once I have it, I'll ask our partner team to release the link.

Kind regards,
Aoife M.
AWS Training and Certification
""", charset='us-ascii', cte='quoted-printable'),
        part(f"""<html><body style="font-family:Arial"><p>Hello Kenta,</p>
<p>Thank you for your patience while I reviewed your request.</p>
<p>The certification account registered to {ME_C} is connected to an AWS Partner Network (APN) organization, Tsubame Solutions K.K. Certifications held on a partner-linked profile also count toward that partner's program requirements, so we can't move them out of the partner's view while the holder still works there.</p>
<p>I've put the merge on hold for the time being. To continue, I need a short statement from you that you've left Tsubame Solutions, or the date your employment ends. Once I have it, I'll ask our partner team to release the link.</p>
<p>Kind regards,<br>Aoife M.<br>AWS Training and Certification</p></body></html>
""", subtype='html', charset='us-ascii', cte='quoted-printable')], 29),
    note="APN partner hold that asks ('I need a short statement from you') after a long explanation; multipart QP.")

add(30, '030', ('suspicious', False, None, []),
    hdr(30, addr("AWS Training & Certification", "support@aws-certification-merge.com"), ME_P,
        f"Action required: verify your identity to complete account merge (Case {CASE_A})",
        d(2025, 3, 26, 3, 47), 'aws-certification-merge.com',
        ar=ar_gmail('aws-certification-merge.com', 'bounce@aws-certification-merge.com', ip='45.155.205.17')),
    part(f"""<html><body>
<p>Dear Customer,</p>
<p>Your certification account merge (Case {CASE_A}) is pending identity verification.
To avoid losing your certifications, confirm your login within 24 hours:</p>
<p><a href="https://aws-certification-merge.com/verify?c={CASE_A}">Verify my account</a></p>
<p>You may also reply to this email with your AWS password and candidate ID.</p>
<p>AWS Training and Certification Team</p></body></html>
""", subtype='html'),
    note="Phishing from a lookalike domain (auth passes for that domain) quoting the real case number and asking for a reply.")

add(31, '031', ('user_reply', False, CASE_A, []),
    hdr(31, addr(ME_NAME, ME_P), TC, tc_subj(CASE_A), d(2025, 3, 26, 19, 5, JST), 'mail.gmail.com', irt=29, refs=[25, 29]),
    part(f"""Hello Aoife,

I am resigning from Tsubame Solutions. My last working day is April 11, 2025,
and the address {ME_C} will be deleted after that day.
Please continue the merge into my personal account.

Best regards,
Kenta Morimoto

On Wed, Mar 26, 2025 at 10:12 AM AWS Training and Certification <{TC}> wrote:
{q('''Hello Kenta,

Thank you for your patience while I reviewed your request.
[...]
I've put the merge on hold for the time being. To continue, I need a short
statement from you that you've left Tsubame Solutions, or the date your
employment ends. Once I have it, I'll ask our partner team to release the link.

Kind regards,
Aoife M.''')}
""", fmt_flowed=True),
    note="User answers the hold; Gmail 'On ... wrote:' quoting of the request below.")

add(32, '032', ('on_hold', False, CASE_A, []),
    hdr(32, TC_FROM, ME_P, tc_subj(CASE_A, ' '), d(2025, 3, 27, 0, 30), 'ses', ar=AMZ, irt=31),
    part("""Hi Kenta,

Thanks for confirming your leaving date. I've raised the release with our APN
partner operations team. They usually answer within two to three business days,
and the merge stays paused until they come back to me.

I'll write to you as soon as I hear from them; you don't have to do anything in
the meantime.

Aoife
""", charset='us-ascii'),
    note="Hold waiting on the partner team, explicitly asks nothing.")

add(33, '033', ('unrelated', False, None, []),
    hdr(33, addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
        f"Amazon Web Services Billing Statement Available [Account: {ACCT}]", d(2025, 3, 28, 2, 0), 'amazon.com',
        ar=ar_gmail('amazon.com', 'aws-billing@amazon.com')),
    part(f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS
web site. Your account will be charged the following:

Total: USD 3.42
AWS Account ID: {ACCT}
Statement period: March 1 - March 31, 2025

You can see a complete breakdown of all charges on the Billing & Cost Management
console. Please do not reply to this message.

Sincerely,
Amazon Web Services
""", charset='us-ascii'),
    note="Genuine AWS billing mail with a 12-digit account ID in brackets.")

add(34, '034', ('unrelated', False, None, []),
    hdr(34, addr("小野 沙也加", "s-ono@tsubame-sol.co.jp", 'iso-2022-jp'), ME_C,
        "自動応答: 認定アカウント引き継ぎの件", d(2025, 3, 28, 14, 2, JST), 'tsubame-sol.co.jp', charset='iso-2022-jp',
        extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]),
    part("""お疲れさまです。小野です。

3月28日(金)から4月2日(水)まで休暇をいただいております。
期間中はメールを確認できませんので、急ぎのご用件は情報システム部 (infra-admin@tsubame-sol.co.jp) までご連絡ください。
戻り次第、順次ご返信いたします。
""", charset='iso-2022-jp'), crlf=True,
    note="Colleague out-of-office in ISO-2022-JP with 'ご連絡ください'.")

add(35, '035', ('confirmation_request', True, CASE_A, []),
    hdr(35, TC_FROM, ME_P, tc_subj(CASE_A), d(2025, 4, 1, 6, 26), 'ses', cc=ME_C, ar=AMZ, irt=32),
    part(f"""<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>I'm Daniel, and I've taken over your case while Aoife is out. Good news first: our partner team has released the profile, so the merge can now go ahead.</p>
<p>These are the two certification accounts I found for you:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certifications</td><td>none</td><td>2 active</td></tr>
</table>
<p>Everything on the other account (exam history, certifications, benefits) moves to the one you keep; the other account is then deactivated and the move can't be reversed.</p>
<p>Which of the two should stay as your primary account?</p>
<p>Daniel R.<br>AWS Training and Certification</p>
</body></html>
""", subtype='html', cte='quoted-printable'),
    note="HTML-only with the Account #1/#2 table; request is a bare question after progress news; Cc to company address.")

add(36, '036', ('unrelated', False, None, []),
    hdr(36, addr("AWS Skill Builder", "aws-marketing-email-replies@amazon.com"), ME_P,
        "Kenta, confirm your interest: free Cloud Quest trial", d(2025, 4, 1, 9, 0), 'amazon.com',
        ar=ar_gmail('amazon.com', 'bounce@marketing.aws')),
    part("""Hi Kenta,

Can you confirm you'd like to try AWS Cloud Quest free for 7 days? Just click
below - no credit card needed.

Confirm my trial: https://skillbuilder.aws/subscriptions/trial

You received this because you created an AWS Skill Builder account.
Unsubscribe | Privacy
""", charset='us-ascii'),
    note="Marketing that uses 'Can you confirm' from an amazon.com address.")

add(37, '037', ('closing_notice', True, CASE_A, []),
    hdr(37, TC_FROM, ME_P, tc_subj(CASE_A), d(2025, 4, 3, 7, 40), 'ses', cc=ME_C, ar=AMZ, irt=35),
    part("""Hello again Kenta,

I'm still waiting on your answer to my last message about which certification
account to keep. Without it I can't move forward, so if nothing reaches me by
Monday, April 7, this case gets closed on our side.

A reply to this email, even a short one, keeps it active.

Regards,
Daniel
""", charset='us-ascii'),
    note="Closing notice in informal wording ('gets closed on our side', 'keeps it active').")

add(38, '038', ('user_reply', False, CASE_A, []),
    hdr(38, addr("Morimoto Kenta", ME_C), TC, tc_subj(CASE_A), d(2025, 4, 3, 17, 12, JST), 'tsubame-sol.co.jp', irt=37, refs=[25, 35, 37]),
    part(f"""Hi Daniel,

Sorry for the late reply. Confirmed. Please merge everything into Account #1 ({ME_P}).

Regards,
Kenta Morimoto
Tsubame Solutions K.K. | Cloud Integration Dept.

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Thursday, April 3, 2025 4:40 PM
To: {ME_P}
Cc: {ME_C}
Subject: RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance

Hello again Kenta,

I'm still waiting on your answer to my last message about which certification
account to keep. [...] A reply to this email, even a short one, keeps it active.
""", charset='us-ascii'), crlf=True,
    note="User confirmation sent from the wrong (company) address; Outlook quoting of a closing notice.")

add(39, '039', ('unrelated', False, None, []),
    hdr(39, addr("Pearson VUE", "pearsonvue@pearson.com"), ME_C, "Your exam score report is available",
        d(2025, 4, 4, 0, 15), 'pearson.com', ar=ar_m365('pearson.com', 'pearson.com', ip='159.182.1.40')),
    part("""Dear Kenta Morimoto,

The score report for your recent exam (registration 611043287) is now available.
Sign in to your AWS Certification account to view it. Score reports are not sent
by email.

Pearson VUE
""", charset='us-ascii'), crlf=True,
    note="Exam vendor; 9-digit registration number.")

add(40, '040', ('info_request', True, CASE_A, []),
    hdr(40, TC_FROM, ME_P, tc_subj(CASE_A), d(2025, 4, 4, 1, 3), 'ses', ar=AMZ, irt=38),
    part(f"""Hi Kenta,

Thanks for the quick answer. One snag: your confirmation came from
{ME_C}, which is the login of the account that is going to be retired.
For account security we only act on a merge confirmation that comes from the
address of the account that stays, which here is {ME_P}.

Send the same confirmation again from that address and I'll complete the merge
straight away.

Daniel R.
AWS Training and Certification
""", charset='us-ascii'),
    note="Wrong-address follow-up; imperative without 'please'.")

add(41, '041', ('user_reply', False, CASE_A, []),
    hdr(41, addr(ME_NAME, ME_P), addr("Daniel R. (AWS)", TC), "Re: Confirming merge to Account #1",
        d(2025, 4, 4, 10, 30, JST), 'mail.gmail.com', irt=40, refs=[25, 35, 37, 38, 40]),
    part(f"""Hi Daniel,

Writing from my personal address as you asked. I confirm: please merge both
accounts into Account #1 ({ME_P}).

Thanks,
Kenta
""", charset='us-ascii'),
    note="Reply whose subject lacks the case number; threaded only via In-Reply-To/References.")

add(42, '042', ('resolved', False, CASE_A, []),
    hdr(42, TC_FROM, ME_P, tc_subj(CASE_A), d(2025, 4, 4, 3, 55), 'ses', ar=AMZ, irt=41, refs=[38, 40, 41]),
    part(f"""Hi Kenta,

All done: the merge is complete. Account #1 ({ME_P}) now holds the exam
history, certifications and benefits that were on Account #2, and Account #2 has
been deactivated. Credly badges will be re-linked automatically; the partner
profile may take a few days to reflect the change.

There's nothing else you need to do.

Daniel R.
AWS Training and Certification

How did we do? Rate this reply: https://survey.aws.training/rate?case={CASE_A}
(Excellent | Good | Fair | Poor)

________________________________
From: AWS Training and Certification <{TC}>
Sent: Tuesday, April 1, 2025 6:26 AM
To: {ME_P}
Cc: {ME_C}
Subject: RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance

Hi Kenta,
[...]
Account #1 login email: {ME_P}
Account #2 login email: {ME_C}
Which of the two should stay as your primary account?
""", charset='us-ascii', cte='quoted-printable'),
    note="Completion with survey footer and the old confirmation question quoted below.")

add(43, '043', ('badge', False, None, []),
    hdr(43, addr("Credly", "admin@credly.com"), ME_P,
        "Your AWS badges have a new home", d(2025, 4, 5, 6, 44), 'credly.com', ar=ar_gmail('credly.com', 'bounces@credly.com')),
    part("""<html><body><p>Hi Kenta,</p>
<p>Amazon Web Services Training and Certification has moved 2 badges to your Credly account
associated with kenta.morimoto.dev@gmail.com.</p>
<table><tr><td>AWS Certified Solutions Architect - Associate</td><td>Active</td></tr>
<tr><td>AWS Certified Developer - Associate</td><td>Active</td></tr></table>
<p><a href="https://www.credly.com/users/kenta-morimoto/badges">View your badges</a></p></body></html>
""", subtype='html', cte='base64'),
    note="Credly HTML-only in base64 mentioning the merge result.")

add(44, '044', ('survey', False, CASE_A, []),
    hdr(44, addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P,
        f"サポートに関するアンケートのお願い (ケース {CASE_A})", d(2025, 4, 6, 1, 0), 'amazon.com',
        ar=ar_gmail('amazon.com', 'survey@amazon.com')),
    part(f"""森本 様

先日はケース {CASE_A} でお問い合わせいただき、ありがとうございました。
サービス向上のため、担当者の対応について簡単なアンケートにご協力いただけますでしょうか。
所要時間は 1 分程度です。

アンケートに回答する: https://survey.aws.training/ja?c={CASE_A}

※本メールは送信専用です。
""", cte='8bit'),
    note="Japanese survey using keigo request form (いただけますでしょうか) — survey, no reply.")

add(45, '045', ('certification', False, None, []),
    hdr(45, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Tell AWS Certification what you think", d(2025, 4, 8, 16, 20), 'certmetrics.com',
        ar=ar_gmail('certmetrics.com', 'do-not-reply@certmetrics.com', ip='198.61.254.20')),
    part("""Hello Kenta,

We're looking for certified professionals to share their views on the AWS
Certification program. Would you answer a 10-minute questionnaire about your
experience preparing for and taking AWS exams?

Start the questionnaire: https://certmetrics.com/amazon/survey/2025q2

This message was sent by AWS Certification through CertMetrics. Do not reply.
""", charset='us-ascii'),
    note="Certification-program feedback invitation; question form, looks like a survey.")

add(46, '046', ('unrelated', False, None, []),
    hdr(46, addr("情報システム部", "infra-admin@tsubame-sol.co.jp"), ME_P,
        f"Fw: RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance",
        d(2025, 4, 15, 11, 20, JST), 'tsubame-sol.co.jp',
        ar=ar_gmail('tsubame-sol.co.jp', 'infra-admin@tsubame-sol.co.jp', ip='40.107.74.55')),
    part(f"""森本さん

退職後のメールボックス整理中に、以下のメールが旧アドレスに残っていたので念のため転送します。
対応済みであれば破棄してください。

情報システム部 小野

________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2025年4月3日 16:40
宛先: {ME_P}
CC: {ME_C}
件名: RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance

Hello again Kenta,

I'm still waiting on your answer to my last message about which certification
account to keep. Without it I can't move forward, so if nothing reaches me by
Monday, April 7, this case gets closed on our side.

A reply to this email, even a short one, keeps it active.
""", cte='base64'),
    note="Former employer forwards an old closing notice (Japanese Outlook header); forwarded copy, not from support.")

add(47, '047', ('unrelated', False, None, []),
    hdr(47, addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", d(2025, 4, 16, 0, 2), 'mx.google.com'),
    multi('report', [
        part(f"""** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", charset='us-ascii'),
        ([ 'Content-Type: message/delivery-status'], f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 15 Apr 2025 17:01:50 -0700

Final-Recipient: rfc822; {ME_C}
Action: failed
Status: 5.1.10
""".encode()),
        (['Content-Type: text/rfc822-headers'], f"""From: {ME_NAME} <{ME_P}>
To: {ME_C}
Subject: Fwd: RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance
Date: Wed, 16 Apr 2025 09:01:47 +0900
""".encode())], 47),
    note="Bounce of a forward whose subject carries the case number.")

# ---------------------------------------------------------------- console case (Support Center)
CON_URL = f"https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en"
CON_FOOT = f"""
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.

To contact us again about this case, please return to the AWS Support Center using the following URL:
{CON_URL}
(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.*
"""
CON_SUBJ = f"RE:[CASE {CASE_C}] Exam missing from certification history after account merge"

add(48, '048', ('acknowledgement', False, CASE_C, []),
    hdr(48, CONSOLE, ME_P, f"Amazon Web Services: New Support case: {CASE_C}", d(2025, 4, 17, 2, 10), 'ses',
        ar=ar_gmail('amazon.com', 'no-reply-aws@amazon.com')),
    part(f"""Dear Amazon Web Services customer,

Case {CASE_C} has been created for the issue you submitted. Summary:

Case ID: {CASE_C}
Subject: Exam missing from certification history after account merge
Severity: General guidance
AWS Account ID: {ACCT}
Correspondence: After my certification accounts were merged (case {CASE_A}), my 2019
Cloud Practitioner exam is no longer shown in Exam history. Can you restore it?

You can view the case and add correspondence through the AWS Support Center:
{CON_URL}

Sincerely,
Amazon Web Services
""" + CON_FOOT, charset='us-ascii'), crlf=True,
    note="Console 'New Support case' mail; 12-digit account ID and another case number in the quoted user text; question mark is the user's.")

add(49, '049', ('info_request', True, CASE_C, []),
    hdr(49, CONSOLE, ME_P, CON_SUBJ, d(2025, 4, 17, 9, 41), 'ses', ar=ar_gmail('amazon.com', 'no-reply-aws@amazon.com')),
    part(f"""Hello,

Thank you for contacting AWS Support. I'm Ravi and I'll be looking into this with you.

From the support side I can see that your certification accounts were recently
combined, but the certification records themselves are held by a different
system. Before I route this, two details would help: roughly when you sat the
Cloud Practitioner exam, and whether it was at a test centre or online
(OnVUE). Could you add those to the case?

Best regards,
Ravi K.
Amazon Web Services

Your feedback helps us improve: rate this reply with the stars next to it in the Support Center.
""" + CON_FOOT, charset='us-ascii'), crlf=True,
    note="Console case asking for details; must be answered in Support Center; rating footer + 'cannot accept incoming e-mails'.")

add(50, '050', ('unrelated', False, None, []),
    hdr(50, addr("AWS Trusted Advisor", "no-reply-aws@amazon.com"), ME_P,
        f"AWS Trusted Advisor weekly summary for account {ACCT}", d(2025, 4, 18, 6, 0), 'ses',
        ar=ar_gmail('amazon.com', 'no-reply-aws@amazon.com')),
    part(f"""<html><body><h3>Trusted Advisor weekly summary</h3>
<table border="1"><tr><th>Account</th><th>Action recommended</th><th>Investigation recommended</th></tr>
<tr><td>{ACCT}</td><td>1</td><td>3</td></tr></table>
<p>Review the recommended actions in the Trusted Advisor console. Please do not reply to this message.</p>
</body></html>
""", subtype='html', charset='us-ascii'),
    note="Same console sender (no-reply-aws@amazon.com) but no case; HTML table.")

add(51, '051', ('closing_notice', True, CASE_C, []),
    hdr(51, addr("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), ME_P, CON_SUBJ, d(2025, 4, 21, 8, 30), 'ses',
        ar=ar_gmail('amazon.com', 'no-reply-aws@amazon.com')),
    part(f"""お客様

AWS サポートの Ravi です。
先日お送りしたご質問について、まだご回答をいただいておりません。

3 日以内にサポートセンターからご返信がない場合、本ケースは自動的に解決済みとなります。
引き続きサポートが必要な場合は、以下のリンクからケースにご返信ください。

{CON_URL.replace('language=en', 'language=ja')}

※このメールアドレスは送信専用のため、本メールに返信いただいてもお受けできません。

アマゾン ウェブ サービス
""", cte='base64'), crlf=True,
    note="Japanese console closing notice in base64; reply must go through the Support Center link.")

add(52, '052', ('case_update', False, CASE_C, []),
    hdr(52, CONSOLE, ME_P, CON_SUBJ, d(2025, 4, 22, 1, 15), 'ses', ar=ar_gmail('amazon.com', 'no-reply-aws@amazon.com')),
    part(f"""Hello,

Thanks for adding the exam date and delivery method.

Certification records are owned by the AWS Training and Certification team
rather than AWS Support, so I've passed everything you sent to them. They'll
open their own case and contact you from a separate address. I'll keep this
case open for a day in case they need anything from me.

Best regards,
Ravi K.
Amazon Web Services

Your feedback helps us improve: rate this reply with the stars next to it in the Support Center.
""" + CON_FOOT, charset='us-ascii'), crlf=True,
    note="Console handover news only; footer still says 'To respond ... follow the link'.")

add(53, '053', ('resolved', False, CASE_C, []),
    hdr(53, CONSOLE, ME_P, CON_SUBJ, d(2025, 4, 23, 1, 20), 'ses', ar=ar_gmail('amazon.com', 'no-reply-aws@amazon.com')),
    part(f"""Hello,

The Training and Certification team has confirmed they are handling your request
in their own case, so I'm resolving this one. Resolved cases can be reopened from
the Support Center for 14 days if you need us again.

We value every rating: let us know how we did using the link in the Support Center.

Best regards,
Ravi K.
Amazon Web Services
""" + CON_FOOT, charset='us-ascii'), crlf=True,
    note="Console resolution with reopen hint and rating request.")

# ---------------------------------------------------------------- T&C case E (missing exam), Japanese agent
E_SUBJ = tc_subj(CASE_E)
add(54, '054', ('acknowledgement', False, CASE_E, []),
    hdr(54, addr("AWS トレーニングと認定", TC), ME_P, E_SUBJ, d(2025, 4, 23, 2, 5), 'ses',
        ar=ar_gmail('amazon.com', '0100019@amazonses.com')),
    part(f"""森本 健太 様

AWS トレーニングと認定カスタマーサポートです。
AWS サポートからの引き継ぎに基づき、お客様のご依頼についてケース {CASE_E} を作成いたしました。

ケース ID: {CASE_E}
件名: 統合後の試験履歴について

内容を確認し、通常 1 営業日以内に担当者からご連絡いたします。
追加でお伝えいただきたい情報がございましたら、件名を変更せずに本メールへご返信ください。

今後ともよろしくお願いいたします。
""", cte='8bit'),
    note="Japanese ack (UTF-8 8bit) opened by support itself; よろしくお願いいたします closing + conditional reply.")

add(55, '055', ('info_request', True, CASE_E, []),
    hdr(55, addr("AWS トレーニングと認定", TC, 'iso-2022-jp'), ME_P, E_SUBJ, d(2025, 4, 24, 0, 50), 'ses', charset='iso-2022-jp',
        ar=ar_gmail('amazon.com', '0100019@amazonses.com'), irt=54),
    part(f"""森本 様

お世話になっております。AWS トレーニングと認定サポートの佐々木でございます。

AWS サポートより引き継いだ内容を拝見いたしました。統合後のアカウントの試験履歴に、
2019年の Cloud Practitioner 試験が表示されていない件につきまして、現在確認を進めております。

当時の受験記録を特定するため、恐れ入りますが、以下の情報をお知らせいただけますでしょうか。

・受験日(おおよその日付でも構いません)
・Pearson VUE の登録番号(確認メールに記載の 9 桁の番号)
・当時ご利用になっていたメールアドレス

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定
""", charset='iso-2022-jp'), crlf=True,
    note="Japanese keigo info request (いただけますでしょうか / ご確認のほど), ISO-2022-JP.")

add(56, '056', ('user_reply', False, CASE_E, ['AWS61570234']),
    hdr(56, addr("森本健太", ME_P), TC, E_SUBJ, d(2025, 4, 24, 21, 14, JST), 'mail.gmail.com', irt=55, refs=[54, 55]),
    part(f"""佐々木様

ご連絡ありがとうございます。森本です。
ご依頼の情報は以下のとおりです。

・受験日: 2019年11月9日
・登録番号: 318274650
・当時のメールアドレス: kenta.m.1990@yahoo.co.jp

なお、現在の認定アカウントの候補 ID は AWS61570234 です。
よろしくお願いいたします。

2025年4月24日(木) 9:50 AWS トレーニングと認定 <{TC}>:
{q('''森本 様

お世話になっております。AWS トレーニングと認定サポートの佐々木でございます。
[...]
当時の受験記録を特定するため、恐れ入りますが、以下の情報をお知らせいただけますでしょうか。''')}
""", cte='quoted-printable'),
    note="Japanese user reply with Gmail JP reply header; 9-digit registration number and a candidate ID.")

add(57, '057', ('unrelated', False, None, []),
    hdr(57, addr("クラウド週報", "newsletter@cloud-weekly.jp"), ME_P, "【クラウド週報】AWS 認定アカウントの統合手順まとめ ほか",
        d(2025, 4, 24, 22, 0), 'cloud-weekly.jp', ar=ar_gmail('cloud-weekly.jp', 'mail@cloud-weekly.jp', ip='203.0.113.77')),
    part("""今週の注目記事

1. 転職時に AWS 認定アカウントを統合する手順 (ケース作成から統合完了まで)
   サポートから「どちらのアカウントを残すか確認してください」と連絡が来たら返信しましょう。
2. Amazon Bedrock の新機能まとめ
3. Organizations で請求をまとめるベストプラクティス

配信停止はこちら: https://cloud-weekly.jp/unsubscribe
""", cte='8bit'),
    note="Japanese newsletter discussing the merge process, including an embedded 'reply to support' instruction.")

add(58, '058', ('case_update', False, CASE_E, []),
    hdr(58, addr("AWS トレーニングと認定", TC), ME_P, E_SUBJ, d(2025, 4, 25, 5, 30), 'ses',
        ar=ar_gmail('amazon.com', '0100019@amazonses.com'), irt=56),
    part(f"""森本 様

情報のご提供ありがとうございました。
いただいた登録番号をもとに、認定チームにて当時の受験記録を調査しております。
調査には通常 3〜5 営業日ほどかかります。

現時点でお客様に行っていただく作業はございません。結果が分かり次第、改めてご連絡いたします。

佐々木
""", cte='quoted-printable'),
    note="Japanese progress update, explicitly no action.")

add(59, '059', ('on_hold', True, CASE_E, []),
    hdr(59, TC_FROM, ME_P, E_SUBJ, d(2025, 4, 28, 7, 2), 'ses', ar=ar_gmail('amazon.com', '0100019@amazonses.com'), irt=58),
    part(f"""Hello Kenta,

Sasaki asked me to follow up while she is away. Our certification team has
asked Pearson VUE to confirm the November 2019 sitting, and the case is on hold
until they respond, which usually takes about a week.

We need one more thing from you in the meantime: a copy of the score report or
the exam confirmation email from 2019. Attach it to your reply to this message.

Thanks,
Marco B.
AWS Training and Certification
""", charset='us-ascii'),
    note="Hold waiting on Pearson VUE that also asks for an attachment ('We need one more thing').")

add(60, '060', ('user_reply', False, CASE_E, []),
    hdr(60, addr(ME_NAME, ME_P), TC, tc_subj(CASE_E, ' '), d(2025, 4, 28, 22, 40, JST), 'mail.gmail.com', irt=59, refs=[54, 55, 56, 58, 59]),
    multi('mixed', [
        part(f"""Hello Marco,

Attached is the score report from November 2019.

Best regards,
Kenta Morimoto

On Mon, Apr 28, 2025 at 4:02 PM AWS Training and Certification <{TC}> wrote:
{q('''We need one more thing from you in the meantime: a copy of the score report or
the exam confirmation email from 2019. Attach it to your reply to this message.''')}
""", charset='us-ascii'),
        attach('score_report_2019.png', 'image/png',
               base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='))], 60),
    note="User reply with an attachment (multipart/mixed).")

add(61, '061', ('suspicious', False, None, []),
    hdr(61, addr("Credly Badges", "notice@credly-badges.net"), ME_P,
        "Your AWS Certified badge will be revoked in 48 hours", d(2025, 4, 30, 11, 3), 'credly-badges.net',
        ar=ar_gmail('credly-badges.net', 'notice@credly-badges.net', ip='91.215.85.40')),
    part("""<html><body><p>Dear certificate holder,</p>
<p>Because your AWS Training and Certification account was recently merged, your badge
<b>AWS Certified Solutions Architect - Associate</b> must be re-validated.</p>
<p>If you do not re-validate within 48 hours the badge will be revoked.</p>
<p><a href="http://credly-badges.net/revalidate">Re-validate now</a></p></body></html>
""", subtype='html'),
    note="Lookalike Credly domain referencing the merge; urgent call to action.")

add(62, '062', ('confirmation_request', True, CASE_E, ['AWS00738215', 'AWS61570234']),
    hdr(62, addr("AWS トレーニングと認定", TC, 'shift_jis'), ME_P, E_SUBJ, d(2025, 5, 2, 4, 12), 'ses', charset='shift_jis',
        ar=ar_gmail('amazon.com', '0100019@amazonses.com'), irt=60),
    part(f"""森本 様

お世話になっております。佐々木でございます。
不在中は Marco が対応いたしました。スコアレポートのご提供ありがとうございました。

Pearson VUE からの回答により、2019年の受験記録は、当時のメールアドレス
(kenta.m.1990@yahoo.co.jp) で作成された別の認定アカウントに登録されていることが判明いたしました。

  統合元: AWS00738215 (ログイン: kenta.m.1990@yahoo.co.jp / 試験履歴 1 件)
  統合先: AWS61570234 (ログイン: {ME_P})

AWS00738215 の試験履歴を AWS61570234 に統合してよろしいでしょうか。
統合後、AWS00738215 は利用できなくなります。
問題がなければ、その旨をご返信くださいますよう、よろしくお願いいたします。

佐々木
AWS トレーニングと認定
""", charset='shift_jis', cte='8bit'),
    note="Japanese confirmation request, Shift_JIS 8bit; 統合元/統合先 instead of Account #1/#2; two candidate IDs.")

add(63, '063', ('unrelated', False, None, []),
    hdr(63, addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME_P, "Amazon.co.jp ご注文の確認", d(2025, 5, 3, 3, 0), 'amazon.co.jp',
        ar=ar_gmail('amazon.co.jp', 'auto-confirm@amazon.co.jp')),
    part("""森本 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下のご注文を承りました。

注文番号: 250-4471029-1183615
商品: AWS認定 ソリューションアーキテクト プロフェッショナル 問題集
お届け予定: 5月5日

ご注文内容の確認・変更は「注文履歴」から行えます。
このメールは配信専用です。
""", cte='base64'),
    note="Amazon retail mail (amazon.co.jp) about an AWS certification book — Amazon but unrelated.")

add(64, '064', ('closing_notice', True, CASE_E, ['AWS00738215']),
    hdr(64, addr("AWS トレーニングと認定", TC), ME_P, E_SUBJ, d(2025, 5, 8, 1, 40), 'ses',
        ar=ar_gmail('amazon.com', '0100019@amazonses.com'), irt=62),
    part(f"""森本 様

佐々木です。AWS00738215 の統合について先日お送りした確認へのご返信を、まだいただけていないようです。

5 営業日以内にご返信がない場合、本ケースはクローズとなります。
ご返信いただければ、そのまま手続きを続けます。

佐々木
""", cte='8bit'),
    note="Japanese plain-style closing notice with a candidate ID.")

add(65, '065', ('user_reply', False, CASE_E, []),
    hdr(65, addr("森本健太", ME_P), TC, E_SUBJ, d(2025, 5, 9, 8, 3, JST), 'mail.gmail.com', irt=64, refs=[54, 55, 56, 58, 59, 60, 62, 64]),
    part(f"""佐々木様

返信が遅くなり申し訳ありません。
はい、その内容で統合をお願いします。

森本

2025年5月8日(木) 10:40 AWS トレーニングと認定 <{TC}>:
{q('''森本 様

佐々木です。AWS00738215 の統合について先日お送りした確認へのご返信を、まだいただけていないようです。

5 営業日以内にご返信がない場合、本ケースはクローズとなります。
ご返信いただければ、そのまま手続きを続けます。

佐々木''')}

2025年5月2日(金) 13:12 AWS トレーニングと認定 <{TC}>:
{q('''森本 様

お世話になっております。佐々木でございます。
[...]
  統合元: AWS00738215 (ログイン: kenta.m.1990@yahoo.co.jp / 試験履歴 1 件)
  統合先: AWS61570234 (ログイン: kenta.morimoto.dev@gmail.com)

AWS00738215 の試験履歴を AWS61570234 に統合してよろしいでしょうか。
問題がなければ、その旨をご返信くださいますよう、よろしくお願いいたします。''', '>> ')}
""", cte='8bit'),
    note="Short top-posted Japanese reply over two levels of quoted requests; IDs only in quotes.")

add(66, '066', ('resolved', False, CASE_E, ['AWS61570234']),
    hdr(66, addr("AWS トレーニングと認定", TC), ME_P, E_SUBJ, d(2025, 5, 9, 6, 15), 'ses',
        ar=ar_gmail('amazon.com', '0100019@amazonses.com'), irt=65),
    multi('alternative', [
        part(f"""森本 様

ご返信ありがとうございました。
統合が完了し、2019年の Cloud Practitioner 試験の記録が AWS61570234 の試験履歴に表示されるようになりました。
お手数ですが、サインインのうえご確認いただければ幸いです。お客様に追加でご対応いただくことはございません。

今後ともよろしくお願いいたします。
佐々木

-----Original Message-----
From: AWS トレーニングと認定
Sent: 2025/05/02 13:12
Subject: RE:[CASE {CASE_E}]

AWS00738215 の試験履歴を AWS61570234 に統合してよろしいでしょうか。
問題がなければ、その旨をご返信くださいますよう、よろしくお願いいたします。
""", cte='quoted-printable'),
        part(f"""<html><body><p>森本 様</p><p>ご返信ありがとうございました。<br>統合が完了し、2019年の Cloud Practitioner 試験の記録が AWS61570234 の試験履歴に表示されるようになりました。<br>
お手数ですが、サインインのうえご確認いただければ幸いです。お客様に追加でご対応いただくことはございません。</p>
<p>今後ともよろしくお願いいたします。<br>佐々木</p>
<blockquote style="border-left:2px solid #999;padding-left:6px">AWS00738215 の試験履歴を AWS61570234 に統合してよろしいでしょうか。<br>問題がなければ、その旨をご返信くださいますよう、よろしくお願いいたします。</blockquote>
</body></html>
""", subtype='html', cte='quoted-printable')], 66),
    note="Japanese resolution that politely suggests checking (ご確認いただければ幸いです) and quotes the old confirmation request.")

add(67, '067', ('survey', False, CASE_E, []),
    hdr(67, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
        f"Quick question about case {CASE_E}", d(2025, 5, 10, 2, 0), 'amazon.com', ar=ar_gmail('amazon.com', 'survey@amazon.com')),
    part(f"""Hi Kenta,

Was your issue resolved to your satisfaction? Tell us in one click:

  Yes: https://survey.aws.training/q?c={CASE_E}&a=yes
  No:  https://survey.aws.training/q?c={CASE_E}&a=no

Please don't reply to this email; answers are collected only through the links above.
""", charset='us-ascii'),
    note="Survey phrased as a yes/no question with 'Quick question' subject.")

add(68, '068', ('suspicious', False, None, []),
    hdr(68, TC_FROM, ME_P, E_SUBJ, d(2025, 5, 11, 13, 22), 'ses',
        ar=ar_gmail('amazon.com', 'bounce@mail-tc-notify.com', dkim='fail', spf='softfail', dmarc='fail', ip='185.234.219.12')),
    part(f"""Hello Kenta,

Following the merge of your certification accounts, we must re-confirm the
payment method linked to your exam benefits. Confirm your details here within
48 hours or the merged exam history will be rolled back:

https://aws-training-verify.com/case/{CASE_E}

Regards,
AWS Training and Certification
""", charset='us-ascii'),
    note="Looks genuine (right From, real case subject) but DKIM/DMARC fail for amazon.com.")

add(69, '069', ('suspicious', False, None, []),
    hdr(69, addr("AWS Certification Support", "no-reply@amazon-certsupport.com"), ME_P,
        f"RE:[CASE {CASE_A}] Your case will be closed", d(2025, 5, 12, 4, 30), 'amazon-certsupport.com',
        ar=ar_gmail('amazon-certsupport.com', 'no-reply@amazon-certsupport.com', ip='5.188.62.140')),
    part(f"""Dear customer,

We have not received your response. Your case {CASE_A} will be closed and your
certifications permanently deleted unless you reply with your Builder ID password
and the verification code we send you.

AWS Certification Support
""", charset='us-ascii'),
    note="Lookalike domain imitating a closing notice with a real case number.")

add(70, '070', ('user_reply', False, CASE_A, []),
    hdr(70, addr(ME_NAME, ME_P), TC, tc_subj(CASE_A, ' '), d(2025, 5, 14, 12, 5, JST), 'mail.gmail.com', irt=42, refs=[25, 41, 42]),
    part(f"""Hello Daniel,

Sorry to reopen this. After the merge, the 50% exam discount benefit that was on
my old account does not appear under Benefits in Account #1. Could you check?

Thank you,
Kenta

On Fri, Apr 4, 2025 at 12:55 PM AWS Training and Certification <{TC}> wrote:
{q(f'''Hi Kenta,

All done: the merge is complete. Account #1 ({ME_P}) now holds the exam
history, certifications and benefits that were on Account #2, and Account #2 has
been deactivated.
[...]
There's nothing else you need to do.

> Which of the two should stay as your primary account?''')}
""", fmt_flowed=True),
    note="User reopens the merged case; question in own text, nested quotes below.")

add(71, '071', ('info_request', True, CASE_A, []),
    hdr(71, TC_FROM, ME_P, tc_subj(CASE_A), d(2025, 5, 15, 0, 48), 'ses', ar=ar_gmail('amazon.com', '0100019@amazonses.com'), irt=70),
    multi('alternative', [
        part("""Hello Kenta,

I've reopened the case and had a look. The voucher on your former account was
issued through the partner program, which is why it didn't travel with the
rest of the record during the merge. I can issue an equivalent 50% voucher on
Account #1. The old code will stop working the moment I do, and the new one
expires 12 months from today.

Do you want me to go ahead and replace it?

Tomás
AWS Training and Certification
""", cte='quoted-printable'),
        part("""<html><body><p>Hello Kenta,</p><p>I've reopened the case and had a look. The voucher on your former account was issued through the partner program, which is why it didn't travel with the rest of the record during the merge. I can issue an equivalent 50% voucher on Account #1. The old code will stop working the moment I do, and the new one expires 12 months from today.</p>
<p>Do you want me to go ahead and replace it?</p><p>Tomás<br>AWS Training and Certification</p></body></html>
""", subtype='html', cte='quoted-printable')], 71),
    note="Mixed mail: reopen news + asks to confirm something other than the merge choice.")

add(72, '072', ('unrelated', False, None, []),
    hdr(72, addr("さくらクラウド サポート", "support@sakura-cloud.example.jp"), ME_P,
        "【お問い合わせ番号: 2025051500123】クローズのお知らせ", d(2025, 5, 15, 2, 0), 'sakura-cloud.example.jp',
        ar=ar_gmail('sakura-cloud.example.jp', 'support@sakura-cloud.example.jp', ip='203.0.113.12')),
    part("""森本 様

お問い合わせ番号 2025051500123 につきまして、一定期間ご返信がなかったため、
本日をもってクローズいたしました。
引き続きご不明な点がございましたら、本メールにご返信いただくことで再開できます。

さくらクラウド サポートセンター
""", cte='base64'),
    note="Other vendor's Japanese 'closed for no reply' notice with a 13-digit ticket number — not AWS.")

add(73, '073', ('user_reply', False, CASE_A, []),
    hdr(73, addr(ME_NAME, ME_P), TC, tc_subj(CASE_A, ' '), d(2025, 5, 15, 13, 2, JST), 'mail.gmail.com', irt=71, refs=[25, 42, 70, 71]),
    part("""Yes, please replace it.

Sent from my iPhone

> On May 15, 2025, at 9:48, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> Do you want me to go ahead and replace it?
""", charset='us-ascii'),
    note="Tiny iPhone reply, Apple Mail quoting.")

add(74, '074', ('resolved', False, CASE_A, []),
    hdr(74, TC_FROM, ME_P, tc_subj(CASE_A), d(2025, 5, 16, 1, 30), 'ses', ar=ar_gmail('amazon.com', '0100019@amazonses.com'), irt=73),
    part("""Hi Kenta,

Done. A new 50% exam voucher is now listed under Benefits on Account #1 and the
old code has been deactivated. No further action is required.

If there's anything else about this voucher, you can simply reply to this
email. Otherwise the case will close automatically in a few days.

Tomás
AWS Training and Certification
""", cte='quoted-printable'),
    note="Resolution that mentions automatic closure and a conditional reply — not a closing notice.")

add(75, '075', ('certification', False, None, []),
    hdr(75, addr("AWS 認定", "do-not-reply@certmetrics.com", 'iso-2022-jp'), ME_P,
        "AWS 認定アカウントに新しい特典が追加されました", d(2025, 5, 20, 7, 0), 'certmetrics.com', charset='iso-2022-jp',
        ar=ar_gmail('certmetrics.com', 'do-not-reply@certmetrics.com', ip='198.61.254.20')),
    part("""森本 健太 様

お客様の AWS 認定アカウントに、新しい特典(次回試験 50% 割引バウチャー)が追加されました。
AWS 認定アカウントにサインインし、「特典」からご確認ください。

本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。

AWS 認定
""", charset='iso-2022-jp'), crlf=True,
    note="Japanese certmetrics notice (ISO-2022-JP) with ご確認ください.")

add(76, '076', ('badge', False, None, []),
    hdr(76, addr("Credly", "admin@credly.com"), ME_P,
        "Your AWS Certified Solutions Architect - Associate badge expires soon", d(2025, 5, 22, 3, 33), 'credly.com',
        ar=ar_gmail('credly.com', 'bounces@credly.com')),
    part("""Hi Kenta,

Your badge "AWS Certified Solutions Architect - Associate", issued by Amazon Web
Services Training and Certification, expires on June 14, 2025.

Earn the certification again to receive a new badge. Questions about the
certification itself should go to the issuer.

Credly
""", charset='us-ascii', cte='quoted-printable'),
    note="Credly expiry notice (looks like a certification notice).")

add(77, '077', ('unrelated', False, None, []),
    hdr(77, addr("AWS re:Post", "no-reply@repost.aws"), ME_P,
        "Your question has a new answer: Certification account merge after leaving an APN partner",
        d(2025, 5, 25, 9, 12), 'repost.aws', ar=ar_gmail('repost.aws', 'no-reply@repost.aws')),
    part("""Hi Kenta,

A community member answered your question "Certification account merge after
leaving an APN partner":

  "Open a case through the Training and Certification contact form and reply
   to the agent from your personal address when they ask you to confirm."

Accept the answer if it solved your problem: https://repost.aws/questions/QU7x2

You're receiving this because you follow this question.
""", charset='us-ascii'),
    note="re:Post community notification quoting advice about replying to support.")


# ---------------------------------------------------------------- write
def main():
    for f in glob.glob(os.path.join(OUT, '[0-9][0-9][0-9]-*.eml')) + glob.glob(os.path.join(OUT, '[0-9][0-9][0-9]-*.json')):
        os.remove(f)
    for name, data, label, note in MSGS:
        with open(os.path.join(OUT, name + '.eml'), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(OUT, name + '.json'), 'w') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
    rows = []
    for name, data, label, note in MSGS:
        rows.append(f"| {name} | {label['kind']} | {str(label['needs_reply']).lower()} | {label['case'] or '-'} | {', '.join(label['candidate_ids']) or '-'} | {note} |")
    readme = f"""me: {ME_P} {ME_C}

# Blind held-out corpus (blind-90)

Written only from DOMAIN.md, the five seed write-ups, BLIND-CORPUS.md and the prompt.
One mailbox owner, Kenta Morimoto: personal `{ME_P}`, company `{ME_C}`
(the company is an APN partner; the company mailbox is retired after April 11, 2025).
Regenerate with `python3 gen.py` (standard library only).

## Cases
| case | digits | kind of case | story |
|---|---|---|---|
| {CASE_OLD} | 10 | T&C form (2021) | exam voucher missing; ack -> resolved |
| {CASE_23} | 11 | T&C form (2023) | two profiles on one address; ack -> info request (candidate IDs) -> reply -> confirmation -> reply -> update -> resolved -> survey -> user reopens -> update -> resolved (JP) |
| {CASE_A} | 15 | T&C form (2025) | main merge: ack -> APN hold (asks) -> reply -> hold (no ask) -> confirmation (HTML table) -> closing notice -> reply from wrong (company) address -> info request (write from personal) -> reply threaded only by In-Reply-To -> merged -> survey; reopened in May for the voucher -> info request -> reply -> resolved |
| {CASE_B} | 15 | T&C form (2025) | duplicate form submission; ack (Shift_JIS) -> duplicate notice |
| {CASE_C} | 15 | console Support Center | ack -> info request (answer in Support Center) -> closing notice (JP) -> handover -> resolved |
| {CASE_E} | 15 | T&C form (2025), Japanese agent | missing 2019 exam: ack -> info request -> reply -> update -> hold asking for attachment -> reply -> confirmation (Shift_JIS) -> closing notice -> reply -> resolved -> survey |

Numbers that are not case IDs: AWS account `{ACCT}` (12 digits), Pearson registrations 482917365 / 611043287 / 318274650 (9),
codes 583920 / 402117 (6), other vendors' tickets 00461827, 2025051500123, Amazon order number, Credly UUIDs.

## Messages
| file | kind | needs_reply | case | candidate_ids | what it is / what makes it hard |
|---|---|---|---|---|---|
""" + '\n'.join(rows) + '\n'
    with open(os.path.join(OUT, 'README.md'), 'w') as fh:
        fh.write(readme)


if __name__ == '__main__':
    main()
