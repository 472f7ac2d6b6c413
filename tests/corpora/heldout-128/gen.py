#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json."""
import base64, hashlib, json, os, quopri, re, glob
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

P_ADDR = 'haruka.ishida.mail@gmail.com'
C_ADDR = 'h-ishida@nexaworks.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

MSGS = []
MIDS = {}
REFS = {}


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@'):
            name = '"%s"' % name
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email)


ME_P = addr('Haruka Ishida', P_ADDR)
ME_C = addr('石田 遥', C_ADDR)


def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def body_part(text, subtype, charset, cte):
    raw = text.encode(charset)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        b = base64.b64encode(raw).decode('ascii')
        payload = '\n'.join(b[i:i + 76] for i in range(0, len(b), 76))
    else:
        payload = raw.decode(charset if charset.lower() not in ('iso-2022-jp',) else 'ascii', errors='strict') \
            if cte == '7bit' else raw.decode(charset)
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)
    return hdr, payload


def auth_header(to_addr, from_addr, result='pass'):
    dom = from_addr.split('@')[1]
    root = '.'.join(dom.split('.')[-2:]) if not dom.endswith('.co.jp') else '.'.join(dom.split('.')[-3:])
    if to_addr.endswith('gmail.com'):
        host = 'mx.google.com'
    else:
        host = 'mx01.nexaworks.co.jp'
    if result == 'pass':
        return ('Authentication-Results: %s;\n       dkim=pass header.i=@%s header.s=s%s header.b=%s;\n'
                '       spf=pass smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s\n'
                % (host, root, hashlib.md5(dom.encode()).hexdigest()[:6], hashlib.md5(from_addr.encode()).hexdigest()[:8],
                   'bounces.' + root, root))
    if result == 'fail':
        return ('Authentication-Results: %s;\n       dkim=fail (signature did not verify) header.i=@%s;\n'
                '       spf=softfail (domain of transitioning %s does not designate 185.224.138.41 as permitted sender) smtp.mailfrom=%s;\n'
                '       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=%s\n'
                % (host, root, from_addr, from_addr, root))
    if result == 'none':
        return ('Authentication-Results: %s;\n       spf=pass smtp.mailfrom=%s;\n       dkim=pass header.i=@%s;\n'
                '       dmarc=pass (p=NONE) header.from=%s\n' % (host, root, root, root))
    return ''


def msg(key, date, frm, to, subject, kind, needs, case, new, quoted='', html=None, html_only=False,
        charset='utf-8', cte='quoted-printable', crlf=False, auth='pass', parent=None, cc=None,
        cids=None, extra='', subj_charset=None, mid_dom=None, xmailer=None):
    n = len(MSGS) + 1
    from_email = re.search(r'<([^>]+)>', frm).group(1) if '<' in frm else frm
    to_email = re.search(r'<([^>]+)>', to).group(1) if '<' in to else to
    dom = mid_dom or from_email.split('@')[1]
    h = hashlib.sha1(('%s-%d' % (key, n)).encode()).hexdigest()
    if dom == 'amazon.com':
        mid = '<0100%s-%s-000000@email.amazonses.com>' % (h[:12], h[12:20])
    elif dom == 'gmail.com':
        mid = '<CAK%s%s@mail.gmail.com>' % (h[:20], h[20:30].upper())
    else:
        mid = '<%s.%s@%s>' % (h[:16], h[16:24], dom)
    MIDS[key] = mid
    lines = []
    if auth and auth != 'out':
        lines.append('Received: from %s (%s [203.0.113.%d])\n        by %s with ESMTPS id %s\n        for <%s>; %s\n'
                     % ('a8-%d.smtp-out.amazonses.com' % (n * 7) if 'amazon' in from_email else 'mail.' + from_email.split('@')[1],
                        'mail.' + from_email.split('@')[1], n, 'mx.google.com' if 'gmail' in to_email else 'mx01.nexaworks.co.jp',
                        h[:12], to_email, format_datetime(date)))
        lines.append(auth_header(to_email, from_email, auth))
    lines.append('Date: %s\n' % format_datetime(date))
    lines.append('From: %s\n' % frm)
    lines.append('To: %s\n' % to)
    if cc:
        lines.append('Cc: %s\n' % cc)
    lines.append('Subject: %s\n' % enc_subject(subject, subj_charset or ('utf-8' if charset in ('utf-8', 'us-ascii') else charset)))
    lines.append('Message-ID: %s\n' % mid)
    if parent:
        pm = MIDS[parent]
        refs = REFS.get(parent, []) + [pm]
        REFS[key] = refs
        lines.append('In-Reply-To: %s\n' % pm)
        lines.append('References: %s\n' % '\n '.join(refs))
    if xmailer:
        lines.append('X-Mailer: %s\n' % xmailer)
    lines.append(extra)
    lines.append('MIME-Version: 1.0\n')
    text = new + (('\n' + quoted) if quoted else '')
    if html is not None and html_only:
        ph, pp = body_part(html, 'html', charset, cte)
        lines.append(ph + '\n' + pp + '\n')
    elif html is not None:
        b = '----=_Part_%s' % h[:18]
        lines.append('Content-Type: multipart/alternative;\n\tboundary="%s"\n\n' % b)
        for sub, t in (('plain', text), ('html', html)):
            ph, pp = body_part(t, sub, charset, cte)
            lines.append('--%s\n%s\n%s\n' % (b, ph, pp))
        lines.append('--%s--\n' % b)
    else:
        ph, pp = body_part(text, 'plain', charset, cte)
        lines.append(ph + '\n' + pp + '\n')
    raw = ''.join(lines)
    if crlf:
        raw = raw.replace('\r\n', '\n').replace('\n', '\r\n')
    if cids is None:
        seen = []
        for c in re.findall(r'(?<![A-Za-z0-9])AWS\d{8}(?!\d)', new):
            if c not in seen:
                seen.append(c)
        cids = seen
    label = {'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': cids}
    MSGS.append((n, raw, label, charset))


def write():
    for f in glob.glob(os.path.join(OUT, '[0-9][0-9][0-9]-msg.*')):
        os.remove(f)
    for n, raw, label, charset in MSGS:
        enc = 'utf-8'
        with open(os.path.join(OUT, '%03d-msg.eml' % n), 'wb') as f:
            f.write(raw.encode(enc))
        with open(os.path.join(OUT, '%03d-msg.json' % n), 'w') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
    c = Counter(l['kind'] for _, _, l, _ in MSGS)
    for k in sorted(c):
        print('%-22s %d' % (k, c[k]))
    print('%-22s %d' % ('TOTAL', len(MSGS)))
    print('%-22s %d' % ('needs_reply=true', sum(1 for _, _, l, _ in MSGS if l['needs_reply'])))


def d(y, mo, dd, hh, mi, tz=UTC):
    return datetime(y, mo, dd, hh, mi, (hh * 7 + mi) % 60, tzinfo=tz)


def tc_subj(case, topic='account-assistance', re_='RE:'):
    return '%s[CASE %s] [AWS Training and Certification Form Submission] - %s' % (re_, case, topic)


CONSOLE_FOOTER = (
    "\nWe value your feedback. Please share your experience by rating this and other correspondences "
    "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
    "corner of the correspondence.\n\n"
    "Best regards,\nAmazon Web Services\n\n"
    "======================================================\n"
    "To view your case or reply to this correspondence, please open the AWS Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To respond to this case, please follow the link above.\n"
    "======================================================\n\n"
    "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n"
)

# ---------------------------------------------------------------- 2021: case 8845120376 (voucher)
A = '8845120376'
msg('a_badge', d(2021, 6, 1, 14, 2), addr('Credly', 'admin@youracclaim.com'), ME_C,
    'Amazon Web Services Training and Certification has issued you a badge', 'badge', False, None,
    """Hi Haruka Ishida,

Congratulations! Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on a
personal website. Accepting takes less than a minute:

  https://www.youracclaim.com/earner/earned/badge/2f6c1d0e-90aa-4c7e-b8a5-3d1c07e5f9b2

Your badge data belongs to you. Adjust your privacy settings any time from your profile.

The Acclaim Team
Acclaim is operated by Credly, Inc. 1250 Broadway, New York, NY
""", cte='7bit', charset='us-ascii')

msg('a_ack', d(2021, 6, 7, 2, 41), addr('Amazon Web Services', TC), ME_C,
    tc_subj(A, 'certification-benefits', re_=''), 'acknowledgement', False, A,
    """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.

The details of the case are below:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - certification-benefits
Severity: Low
Correspondence: I passed SAA-C02 last month and the 50%% discount voucher on my Benefits page is
rejected at checkout on the Pearson VUE site ("code not valid"). Candidate ID AWS04417823.

We aim to respond within 24 hours. Please do not submit another form for the same question,
as duplicates are handled in order and will delay the answer.

Sincerely,
Amazon Web Services
""" % (A, A), cte='7bit', charset='us-ascii')
# the echo of the form text is part of the ack's own body (not '>'-quoted), so its candidate ID counts

msg('a_req', d(2021, 6, 8, 19, 5), addr('Amazon Web Services', TC), ME_C,
    tc_subj(A, 'certification-benefits'), 'info_request', True, A,
    """Hello Haruka,

My name is Jonah and I'll be assisting you with the discount voucher.

I checked the benefit attached to your certification and it shows as unused and still valid, so the
code itself should work. Errors like this usually come from the voucher being applied to an exam
that is not eligible, or from the checkout being done under a different Pearson VUE web account
than the one linked to your certification profile.

To dig further we need you to send us a screenshot of the error message together with the exact
exam title you selected at checkout. Without these two items I am unable to open a ticket with the
voucher team.

Thank you for your patience,
Jonah M.
AWS Training and Certification Customer Service
""", parent='a_ack', cte='7bit', charset='us-ascii')

msg('a_gh', d(2021, 6, 10, 8, 30), addr('Mika Tanaka', 'notifications@github.com'), ME_C,
    'Re: [nexaworks/infra-templates] Add SCP for sandbox accounts (#87)', 'unrelated', False, None,
    """@h-ishida I pushed a fix for the region condition, could you take another look when you have time?

--
You are receiving this because you were mentioned.
Reply to this email directly, view it on GitHub:
https://github.com/nexaworks/infra-templates/pull/87#issuecomment-857112203
""", cte='7bit', charset='us-ascii', mid_dom='github.com',
    extra='List-ID: nexaworks/infra-templates <infra-templates.nexaworks.github.com>\nX-GitHub-Reason: mention\n')

msg('a_close', d(2021, 6, 15, 21, 12), addr('Amazon Web Services', TC), ME_C,
    tc_subj(A, 'certification-benefits'), 'closing_notice', True, A,
    """Hello Haruka,

I haven't received the screenshot and exam title I asked for on June 8, so I have set this case to
closed for now.

The case is not lost: replying to this message with the requested details reopens it automatically
and it comes straight back to me.

Best regards,
Jonah M.
AWS Training and Certification Customer Service

-----Original Message-----
From: Amazon Web Services
Sent: 2021-06-08 19:05 UTC
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits

To dig further we need you to send us a screenshot of the error message together with the exact
exam title you selected at checkout.
""" % A, parent='a_req', cte='7bit', charset='us-ascii')

msg('a_user', d(2021, 6, 16, 0, 48, JST), ME_C, addr('Amazon Web Services', TC),
    tc_subj(A, 'certification-benefits'), 'user_reply', False, A,
    """Hi Jonah,

Sorry for the slow reply, I was travelling. The exam I picked was "AWS Certified Developer -
Associate (DVA-C01)", English, at a test centre in Tokyo. The screenshot of the error is attached
below as text because our mail gateway strips images:

  "The voucher code entered is not valid for the selected exam. (VCH-0031)"

My candidate ID is AWS04417823 in case it helps.

Best regards,
Haruka Ishida
Nexaworks Co., Ltd. / Cloud Integration Dept.

________________________________
From: Amazon Web Services <%s>
Sent: Wednesday, June 16, 2021 6:12 AM
To: 石田 遥 <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits

Hello Haruka,

I haven't received the screenshot and exam title I asked for on June 8, so I have set this case to
closed for now.
""" % (TC, C_ADDR, A), parent='a_close', auth='out', xmailer='Microsoft Outlook 16.0')

msg('a_reopen', d(2021, 6, 17, 3, 20), addr('Amazon Web Services', TC), ME_C,
    tc_subj(A, 'certification-benefits'), 'case_update', False, A,
    """Hi Haruka,

Thanks, this is exactly what I needed. Your case has been reopened and I have handed the error
code to the voucher team, who can see more of the Pearson VUE side than I can. I will come back to
you as soon as they have looked at it; nothing else is needed from you in the meantime.

Jonah M.
AWS Training and Certification Customer Service
""", parent='a_user', cte='7bit', charset='us-ascii')

msg('a_done', d(2021, 6, 18, 22, 55), addr('Amazon Web Services', TC), ME_C,
    tc_subj(A, 'certification-benefits'), 'resolved', False, A,
    """Hello Haruka,

Good news: the original voucher had been generated against the retired exam version, which is why
Pearson VUE rejected it. The voucher team voided it and a replacement 50% discount voucher is now
on your Benefits page, valid for the current Associate exams until the same expiry date.

I'm marking this request as resolved. Should the new code give you any trouble, just reply here.

Kind regards,
Jonah M.
AWS Training and Certification Customer Service
""", parent='a_reopen', cte='7bit', charset='us-ascii')

# ---------------------------------------------------------------- 2023: case 13598742061 (name fix)
B = '13598742061'
msg('b_result', d(2023, 10, 2, 5, 16), addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Your AWS Certification exam results are available', 'certification', False, None,
    """Dear Haruka Ishida,

Your results for AWS Certified Security - Specialty (SCS-C02) are now available.

Result: PASS
Scaled score: 812
Candidate ID: AWS04417823

Your score report and digital certificate can be viewed after signing in to your AWS Certification
Account. A Credly badge invitation will be sent separately within five business days.

AWS Training and Certification
This message was sent from an unmonitored mailbox.
""", html="""<html><body style="font-family:Arial"><p>Dear Haruka Ishida,</p>
<p>Your results for <b>AWS Certified Security - Specialty (SCS-C02)</b> are now available.</p>
<table border="1" cellpadding="4"><tr><td>Result</td><td>PASS</td></tr><tr><td>Scaled score</td><td>812</td></tr>
<tr><td>Candidate ID</td><td>AWS04417823</td></tr></table>
<p>Your score report and digital certificate can be viewed after signing in to your AWS Certification Account.
A Credly badge invitation will be sent separately within five business days.</p>
<p style="color:#888">AWS Training and Certification &middot; This message was sent from an unmonitored mailbox.</p></body></html>
""")

msg('b_badge', d(2023, 10, 3, 16, 40), addr('Credly', 'admin@credly.com'), ME_C,
    'Haruka, you earned a badge from Amazon Web Services Training and Certification', 'badge', False, None,
    "", html="""<!DOCTYPE html><html><body>
<div style="max-width:600px;margin:auto;font-family:Helvetica">
<img src="https://images.credly.com/size/200x200/images/53acdae5/aws-certified-security-specialty.png" alt="badge">
<h2>Congratulations, Haruka!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Security &ndash; Specialty</b> badge.</p>
<p><a href="https://www.credly.com/badges/a41e9c2b-6b0d-4d7f-9f7e-1c2b8e0a3d55/accept">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. &middot; You are receiving this because an issuer awarded you a badge.</p>
</div></body></html>
""", html_only=True)

msg('b_pvue', d(2023, 10, 4, 11, 0), addr('Pearson VUE', 'pearsonvue@pearson.com'), ME_C,
    'Tell us about your recent testing experience', 'unrelated', False, None,
    """Dear Haruka Ishida,

Thank you for testing with Pearson VUE on behalf of Amazon Web Services. We would like to hear how
your appointment on 30 September 2023 went. The survey has 8 questions and takes about 3 minutes.

  Start the survey: https://survey.pearsonvue.com/s/ZT9QK2

Registration ID: 401882376

Your feedback helps us improve our test centres. Please do not reply to this message.

Pearson VUE
""", cte='7bit', charset='us-ascii')

msg('b_ack', d(2023, 10, 9, 6, 3), addr('AWS Training and Certification', TC), ME_C,
    tc_subj(B, 'certification-profile', re_=''), 'acknowledgement', False, B,
    """Thank you for contacting Amazon Web Services.

We have opened case %s to address your concern. Our customer service team usually responds within
24 hours, although some requests need extra time to research.

Case ID: %s
Subject: certification-profile
Correspondence: My certificate shows my name as "Haruka Ishda" (a letter is missing). Please
correct it to Haruka Ishida.

To help us respond faster, please keep all correspondence about this issue in this case.

Sincerely,
Amazon Web Services
""" % (B, B), cte='7bit', charset='us-ascii')

msg('b_req', d(2023, 10, 10, 1, 27), addr('AWS Training and Certification', TC), ME_C,
    tc_subj(B, 'certification-profile', re_='RE: '), 'info_request', True, B,
    """Hi Haruka,

Thanks for reaching out about the spelling on your certificate. A name change on a certification
record has to match the government-issued ID presented at the test centre, so before I can submit
the correction I have to collect a couple of things.

Kindly reply with:
 1. Your full name exactly as printed on the ID (family name and given name in Latin characters)
 2. The candidate ID shown in the top right corner of your AWS Certification Account

Once these are in, the correction usually goes through within two business days.

Warm regards,
Aleksandra K.
AWS Training and Certification
""", parent='b_ack', html="""<html><body><p>Hi Haruka,</p>
<p>Thanks for reaching out about the spelling on your certificate. A name change on a certification record has to match the
government-issued ID presented at the test centre, so before I can submit the correction I have to collect a couple of things.</p>
<p>Kindly reply with:</p><ol><li>Your full name exactly as printed on the ID (family name and given name in Latin characters)</li>
<li>The candidate ID shown in the top right corner of your AWS Certification Account</li></ol>
<p>Once these are in, the correction usually goes through within two business days.</p>
<p>Warm regards,<br>Aleksandra K.<br>AWS Training and Certification</p></body></html>
""")

msg('b_user', d(2023, 10, 10, 13, 2, JST), ME_C, addr('AWS Training and Certification', TC),
    tc_subj(B, 'certification-profile', re_='RE: '), 'user_reply', False, B,
    """Hello Aleksandra,

1. ISHIDA HARUKA (family name ISHIDA, given name HARUKA), as on my passport
2. AWS04417823

Thank you!
Haruka

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, October 10, 2023 10:27 AM
To: 石田 遥 <%s>
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-profile

Hi Haruka,

Kindly reply with:
 1. Your full name exactly as printed on the ID
 2. The candidate ID shown in the top right corner of your AWS Certification Account
""" % (TC, C_ADDR, B), parent='b_req', auth='out', xmailer='Microsoft Outlook 16.0')

msg('b_done', d(2023, 10, 12, 4, 44), addr('AWS Training and Certification', TC), ME_C,
    tc_subj(B, 'certification-profile', re_='RE: '), 'resolved', False, B,
    """Hi Haruka,

Your certification profile now reads "Haruka Ishida" and new certificates have been generated for
all of your active certifications. No further action is required on your side; the corrected PDFs
can be downloaded from the Certifications page right away, and Credly will pick up the new name
within a day.

If you have anything to add, you can reply to this email and it will reach me.

Warm regards,
Aleksandra K.
AWS Training and Certification
""", quoted="""
On Tue, Oct 10, 2023 at 04:02 AM, Haruka Ishida wrote:
> 1. ISHIDA HARUKA (family name ISHIDA, given name HARUKA), as on my passport
> 2. AWS04417823
""", parent='b_user')

msg('b_survey', d(2023, 10, 13, 9, 15), addr('Amazon Web Services', 'aws-cs-survey@amazon.com'), ME_C,
    'How did we do? Your feedback on case %s' % B, 'survey', False, B,
    "", html="""<html><body><table width="600" style="font-family:Arial">
<tr><td><h3>Your opinion matters</h3>
<p>You recently contacted AWS Training and Certification customer service (case %s).
How satisfied were you with the help you received?</p>
<p><a href="https://survey.aws.amazon.com/r/tc?c=%s&amp;s=5">Very satisfied</a> |
<a href="https://survey.aws.amazon.com/r/tc?c=%s&amp;s=3">Neutral</a> |
<a href="https://survey.aws.amazon.com/r/tc?c=%s&amp;s=1">Not satisfied</a></p>
<p style="font-size:11px">This survey takes one minute. Replies to this message are not monitored.</p>
</td></tr></table></body></html>
""" % (B, B, B, B), html_only=True)

msg('b_bill', d(2023, 11, 3, 8, 0), addr('Amazon Web Services', 'aws-billing@amazon.com'), ME_C,
    'Amazon Web Services Invoice Available [AWS ID 418273650192]', 'unrelated', False, None,
    """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your
account will be charged the following:

Total: USD 43.17

You can see a complete break-down of all charges on the Billing & Cost Management page:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 418273650192

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte='7bit', charset='us-ascii')

# ---------------------------------------------------------------- 2025 spring: merge case + duplicate
M = '174416041203187'
DUP = '174416098805521'
msg('m_expiry', d(2025, 3, 3, 0, 30), addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Action needed: your AWS Certification expires in 90 days', 'certification', False, None,
    """Hello Haruka Ishida,

Your AWS Certified Solutions Architect - Associate certification (validation number
8QWE2KDL1NB4Q9S5) will expire on 1 June 2025.

To keep it active you can pass the current version of the exam, or earn a higher-level certification
in the same path. Your 50% discount benefit can be used toward the recertification exam.

Manage your certifications: https://www.aws.training/certification

Thank you,
AWS Training and Certification
Please do not reply to this message; this mailbox is not monitored.
""", cte='7bit', charset='us-ascii')

msg('m_sb', d(2025, 3, 15, 2, 11), addr('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
    'Your AWS Skill Builder Individual subscription receipt', 'unrelated', False, None,
    """Thanks for your purchase!

Order number: SB-2025-0315-77810
Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing period: Mar 15, 2025 - Apr 14, 2025

You can cancel at any time from Account > Subscriptions. If you did not make this purchase, contact
us through the Help link on skillbuilder.aws.

AWS Training and Certification
""", html="""<html><body><h2>Thanks for your purchase!</h2><table>
<tr><td>Order number</td><td>SB-2025-0315-77810</td></tr><tr><td>Subscription</td><td>AWS Skill Builder Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Billing period</td><td>Mar 15, 2025 - Apr 14, 2025</td></tr></table>
<p>You can cancel at any time from Account &gt; Subscriptions. If you did not make this purchase, contact us through the Help link on skillbuilder.aws.</p>
</body></html>
""")

msg('m_recert', d(2025, 3, 28, 7, 45), addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Congratulations on recertifying your AWS Certification!', 'certification', False, None,
    """Hi Haruka,

Well done - you have recertified AWS Certified Solutions Architect - Associate. Your new expiry date
is 28 March 2028.

Candidate ID: AWS04417823

Your updated certificate is ready in your AWS Certification Account, and your Credly badge will be
refreshed automatically. Your next exam discount benefit has also been added to the Benefits page.

AWS Training and Certification
""", cte='base64')

msg('m_badge1', d(2025, 3, 28, 9, 3), addr('Credly', 'admin@credly.com'), ME_C,
    'Your badge from Amazon Web Services Training and Certification has been renewed', 'badge', False, None,
    """Hi Haruka,

Amazon Web Services Training and Certification renewed your badge "AWS Certified Solutions
Architect - Associate". The new expiration date is visible on your Credly profile.

View badge: https://www.credly.com/badges/7d1e33c0-2a51-4a5b-91f3-c0b5ea0a1e77

Credly
""", html="""<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification renewed your badge
<b>AWS Certified Solutions Architect - Associate</b>. The new expiration date is visible on your Credly profile.</p>
<p><a href="https://www.credly.com/badges/7d1e33c0-2a51-4a5b-91f3-c0b5ea0a1e77">View badge</a></p></body></html>
""")

msg('m_farewell', d(2025, 4, 7, 18, 20, JST), addr('佐藤 健一', 'k-sato@nexaworks.co.jp'), ME_C,
    '送別会の件', 'unrelated', False, None,
    """石田さん

お疲れさまです。佐藤です。
4月24日(木)19時から、新橋の例のお店で送別会を予定しています。
出欠だけ今週中に教えてもらえると助かります。

あと、引き継ぎ資料のAWSアカウント一覧、共有フォルダに置いておいてもらえますか。

佐藤
""", charset='iso-2022-jp', cte='7bit', auth='none')

msg('m_code', d(2025, 4, 9, 0, 52), addr('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
    'Verify your AWS Builder ID email address', 'unrelated', False, None,
    """Hello,

Use the following verification code to finish creating your AWS Builder ID:

    482913

The code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this
email.

Amazon Web Services
""", cte='7bit', charset='us-ascii')

msg('m_ack', d(2025, 4, 9, 1, 0), addr('Amazon Web Services', TC), ME_P,
    tc_subj(M, re_=''), 'acknowledgement', False, M,
    """石田 遥 様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
お問い合わせを受け付け、ケース %s を作成いたしました。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせ内容:
Use case: I am leaving Nexaworks at the end of April and want my certifications on my personal
account.
Email addresses used: h-ishida@nexaworks.co.jp, haruka.ishida.mail@gmail.com
Address to keep: haruka.ishida.mail@gmail.com

担当者より原則として1営業日以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。
同じ内容のお問い合わせを重ねて送信されますと、かえってご回答が遅れることがありますのでご注意ください。

アマゾン ウェブ サービス
""" % (M, M), cte='base64')

msg('d_ack', d(2025, 4, 9, 1, 9), addr('Amazon Web Services', TC), ME_P,
    tc_subj(DUP, re_=''), 'acknowledgement', False, DUP,
    """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s for your request.

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Correspondence: Use case: I am leaving Nexaworks at the end of April and want my certifications on
my personal account. Old: h-ishida@nexaworks.co.jp / keep: haruka.ishida.mail@gmail.com

You can expect a reply within 24 hours. If you have already submitted this request, there is no
need to open another case.

Sincerely,
Amazon Web Services
""" % (DUP, DUP), cte='7bit', charset='us-ascii', crlf=True)

msg('d_dup', d(2025, 4, 10, 3, 33), addr('Amazon Web Services', TC), ME_P,
    tc_subj(DUP), 'case_update', False, DUP,
    """Hello Haruka,

It looks like the form was submitted twice a few minutes apart. I have closed case %s as a
duplicate and linked it to case %s, which is already assigned and where all further updates will be
sent. You don't need to do anything about this one.

Regards,
Tomás
AWS Training and Certification
""" % (DUP, M), parent='d_ack')

msg('m_hold', d(2025, 4, 10, 5, 48), addr('Amazon Web Services', TC), ME_P,
    tc_subj(M), 'on_hold', True, M,
    """Hello Haruka,

Thank you for your patience while I reviewed the two certification accounts.

The account registered to h-ishida@nexaworks.co.jp (AWS04417823) is associated with an AWS Partner
Network organization, Nexaworks Co., Ltd. Certifications held on a partner-associated account count
toward that partner's tier, so we are not able to move them while the association is active. I have
placed your case on hold and notified our partner operations team, who will coordinate with the
partner's alliance lead to release the association.

In the meantime, is your employment with Nexaworks ending, and if so, on what date? The partner team
will only release the account for a departing employee, so I will need this from you before they can
proceed.

Best regards,
Priya R.
AWS Training and Certification
""", parent='m_ack', html="""<div dir="ltr"><p>Hello Haruka,</p>
<p>Thank you for your patience while I reviewed the two certification accounts.</p>
<p>The account registered to h-ishida@nexaworks.co.jp (AWS04417823) is associated with an AWS Partner Network organization,
Nexaworks Co., Ltd. Certifications held on a partner-associated account count toward that partner's tier, so we are not able
to move them while the association is active. I have placed your case <b>on hold</b> and notified our partner operations team,
who will coordinate with the partner's alliance lead to release the association.</p>
<p>In the meantime, is your employment with Nexaworks ending, and if so, on what date? The partner team will only release the
account for a departing employee, so I will need this from you before they can proceed.</p>
<p>Best regards,<br>Priya R.<br>AWS Training and Certification</p></div>
""")

msg('m_mkt', d(2025, 4, 10, 6, 0), addr('AWS Events', 'aws-marketing-email-replies@amazon.com'), ME_P,
    'Register now: AWS Summit Japan 2025 - two days, 150+ sessions', 'unrelated', False, None,
    "", html="""<html><head><meta charset="utf-8"></head><body style="background:#f2f3f3">
<table align="center" width="640" style="background:#fff;font-family:Amazon Ember,Arial">
<tr><td style="background:#232f3e;color:#fff;padding:20px"><h1>AWS Summit Japan 2025</h1></td></tr>
<tr><td style="padding:20px"><p>Join builders from across Japan for keynotes, hands-on labs and the certification lounge.
Certified attendees can reserve a seat in the lounge &mdash; please confirm your certification status at registration.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_reg">Register for free</a></p>
<p style="font-size:10px;color:#666">You are receiving this email because you subscribed to AWS event communications.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></body></html>
""", html_only=True, extra='List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?id=8812>\n')

msg('m_u1', d(2025, 4, 11, 9, 14, JST), ME_P, addr('Amazon Web Services', TC),
    tc_subj(M), 'user_reply', False, M,
    """Hi Priya,

Yes, I am leaving Nexaworks. My last working day is April 25, 2025, and the company mailbox
h-ishida@nexaworks.co.jp will be shut down the same evening, so please keep using this Gmail address.

I have also told our alliance lead (Mr. Sato) so he expects the request from your partner team.

Thanks,
Haruka
""", quoted="""On Thu, Apr 10, 2025 at 14:48 Amazon Web Services <%s> wrote:
> Hello Haruka,
>
> Thank you for your patience while I reviewed the two certification accounts.
>
> The account registered to h-ishida@nexaworks.co.jp (AWS04417823) is associated with an AWS Partner
> Network organization, Nexaworks Co., Ltd.
> ...
> In the meantime, is your employment with Nexaworks ending, and if so, on what date?
""" % TC, parent='m_hold', auth='out', mid_dom='gmail.com')

msg('m_passed', d(2025, 4, 12, 2, 5), addr('Amazon Web Services', TC), ME_P,
    tc_subj(M), 'case_update', False, M,
    """Hi Haruka,

Thanks for confirming the date. I've passed the details to our partner operations team together with
your departure date, and they have opened a request with the partner on their side. Your case stays
on our queue while that happens; I'll write again once I hear back.

Priya R.
AWS Training and Certification
""", parent='m_u1', cte='7bit', charset='us-ascii')

msg('m_vendor', d(2025, 4, 14, 7, 30), addr('Orbitdesk Support', 'support@orbitdesk.io'), ME_C,
    '[Orbitdesk] Case #00482217 has been closed', 'unrelated', False, None,
    """Hello Haruka,

Your support case #00482217 "SAML login loop after IdP certificate rotation" has been closed because
we did not receive a reply within 7 days. If the problem comes back, reply to this email within 14
days and the case will be reopened for you.

How did we do? Rate this case: https://orbitdesk.io/csat/00482217

Orbitdesk Customer Support
""", cte='7bit', charset='us-ascii')

msg('m_phish1', d(2025, 4, 15, 13, 2), addr('AWS Certification Support', 'case-notify@aws-certification-support.com'), ME_P,
    'RE:[CASE 174470212200918] Action required: confirm your account merge within 24 hours', 'suspicious', False, None,
    """Dear Certified Professional,

We received a request to merge your AWS Certification accounts. To prevent loss of your
certifications and badges, you must confirm the merge within 24 hours by signing in with your AWS
Builder ID and password at the secure page below:

   https://aws-certification-support.com/merge/confirm?uid=haruka.ishida.mail

If you do not confirm, both accounts and all exam history will be permanently deactivated.

Please reply to this email with your candidate ID if the link does not work.

AWS Training and Certification Case Team
""", html="""<html><body><p>Dear Certified Professional,</p><p>We received a request to merge your AWS Certification accounts.
To prevent loss of your certifications and badges, you must <b>confirm the merge within 24 hours</b> by signing in with your AWS Builder ID and password:</p>
<p><a href="https://aws-certification-support.com/merge/confirm?uid=haruka.ishida.mail" style="background:#ff9900;padding:8px;color:#000">Confirm merge</a></p>
<p>If you do not confirm, both accounts and all exam history will be permanently deactivated.</p>
<p>Please reply to this email with your candidate ID if the link does not work.</p><p>AWS Training and Certification Case Team</p></body></html>
""", auth='none')

msg('m_hold2', d(2025, 4, 16, 23, 40), addr('Amazon Web Services', TC), ME_P,
    tc_subj(M), 'on_hold', False, M,
    """Hello Haruka,

A short status note: the partner operations team is still waiting for the partner's alliance lead
to approve the release of the Nexaworks-associated account, so your case remains on hold for now.
There is nothing you need to do at this point; I am following up with them daily.

Best regards,
Priya R.
AWS Training and Certification

> Thanks for confirming the date. I've passed the details to our partner operations team together with
> your departure date, and they have opened a request with the partner on their side.
""", parent='m_passed', cte='7bit', charset='us-ascii')

msg('m_news', d(2025, 4, 17, 7, 0), addr('クラウド週報', 'news@cloudweekly.example.jp'), ME_P,
    '【クラウド週報】生成AIと認定資格の最新動向 / 4月第3週', 'unrelated', False, None,
    """━━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド週報 2025年4月第3週号
━━━━━━━━━━━━━━━━━━━━━━━━━
■今週のトピック
・主要クラウド3社の認定資格、更新ルールの違いを比較
・転職時に資格アカウントをどう引き継ぐか ― 読者アンケート結果
・来月の勉強会スケジュール

配信停止はこちら: https://cloudweekly.example.jp/unsubscribe
""", charset='shift_jis', cte='base64', auth='none',
    extra='List-Unsubscribe: <https://cloudweekly.example.jp/unsubscribe>\nPrecedence: bulk\n')

msg('m_lift', d(2025, 4, 18, 1, 15), addr('Amazon Web Services', TC), ME_P,
    tc_subj(M), 'case_update', False, M,
    """Hello Haruka,

The partner has released the association on the Nexaworks account, so the hold on your case has been
lifted. I've handed it to our account merge team, who will verify the two profiles next.

Best regards,
Priya R.
AWS Training and Certification
""", parent='m_hold2', cte='7bit', charset='us-ascii')

CONF_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>I'm Daniel from the account merge team. I located the following certification accounts for you:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eee"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09132566</td><td>AWS04417823</td></tr>
<tr><td>Login email</td><td>haruka.ishida.mail@gmail.com</td><td>h-ishida@nexaworks.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.ishida.mail@gmail.com</td><td>h-ishida@nexaworks.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.ishida.mail@gmail.com</td><td>h-ishida@nexaworks.co.jp</td></tr>
</table>
<p>All exam history, certifications and benefits would be combined into the account you keep; the other one is
deactivated and cannot be restored afterwards.</p>
<p>Can you confirm that both accounts belong to you and that Account #1 is the one we should keep?</p>
<p>Thank you,<br>Daniel O.<br>AWS Training and Certification | Account Services</p>
</body></html>
"""
msg('m_conf', d(2025, 4, 18, 6, 2), addr('Amazon Web Services', TC), ME_P,
    tc_subj(M), 'confirmation_request', True, M,
    "AWS09132566 AWS04417823", html=CONF_HTML, html_only=True, parent='m_lift')

msg('m_amzn', d(2025, 4, 19, 3, 12), addr('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), ME_P,
    'Amazon.co.jp ご注文の商品を発送しました', 'unrelated', False, None,
    """石田 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文 #250-4418821-7730612 の商品を発送しました。

お届け予定: 4月20日(日)
配送業者: ヤマト運輸 お問い合わせ伝票番号 4402-1187-5530

注文履歴: https://www.amazon.co.jp/your-orders
""", html="""<html><body><p>石田 遥 様</p><p>ご注文 #250-4418821-7730612 の商品を発送しました。</p>
<p>お届け予定: <b>4月20日(日)</b></p></body></html>
""")

msg('m_close', d(2025, 4, 21, 2, 30), addr('Amazon Web Services', TC), ME_P,
    tc_subj(M), 'closing_notice', True, M,
    """Hello Haruka,

I'm following up on my message from April 18 about which certification account to keep. As we have
not had a reply yet, this case will be closed automatically in 3 business days. A reply from you at
any time before then keeps it open, and the merge can go ahead the same day.

Thank you,
Daniel O.
AWS Training and Certification | Account Services
""", quoted="""
---- Previous message ----
From: Amazon Web Services
Date: Fri, 18 Apr 2025 06:02 UTC
Account #1: haruka.ishida.mail@gmail.com (AWS09132566)
Account #2: h-ishida@nexaworks.co.jp (AWS04417823)
Can you confirm that both accounts belong to you and that Account #1 is the one we should keep?
""", parent='m_conf', cte='quoted-printable')

msg('m_wrong', d(2025, 4, 21, 12, 5, JST), ME_C, addr('Amazon Web Services', TC),
    tc_subj(M), 'user_reply', False, M,
    """Hello Daniel,

Confirmed - both accounts are mine. Please keep Account #1 and merge Account #2 into it.

Haruka Ishida

________________________________
From: Amazon Web Services <%s>
Sent: Monday, April 21, 2025 11:30 AM
To: haruka.ishida.mail@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

I'm following up on my message from April 18 about which certification account to keep.
""" % (TC, M), parent='m_close', auth='out', xmailer='Microsoft Outlook 16.0')

msg('m_from', d(2025, 4, 22, 0, 47), addr('Amazon Web Services', TC), ME_C,
    tc_subj(M), 'info_request', True, M,
    """Hello Haruka,

Thank you for the quick answer. For security reasons a merge can only be approved by the owner of
the account that will remain, and your confirmation reached us from h-ishida@nexaworks.co.jp, which
is the address of the account being closed.

Please send the same confirmation again from haruka.ishida.mail@gmail.com, replying to this case
thread. As soon as it arrives we will complete the merge.

Thank you,
Daniel O.
AWS Training and Certification | Account Services
""", parent='m_wrong', cte='7bit', charset='us-ascii')

msg('m_fwd', d(2025, 4, 22, 10, 3, JST), ME_C, ME_P,
    'Fwd: ' + tc_subj(M), 'user_reply', False, M,
    """memo: AWS wants the OK from the gmail address, do it tonight. Company mail dies on the 25th.

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: Tue, Apr 22, 2025 at 9:47 AM
Subject: %s
To: 石田 遥 <%s>


Hello Haruka,

Please send the same confirmation again from haruka.ishida.mail@gmail.com, replying to this case
thread. As soon as it arrives we will complete the merge.

Daniel O.
""" % (TC, tc_subj(M), C_ADDR), auth='out', xmailer='Microsoft Outlook 16.0')

msg('m_ok', d(2025, 4, 22, 21, 40, JST), ME_P, addr('Amazon Web Services', TC),
    tc_subj(M), 'user_reply', False, M,
    """Hi Daniel,

Writing from my personal address as requested: I confirm that both accounts are mine. Please keep
Account #1 (haruka.ishida.mail@gmail.com, AWS09132566) and merge Account #2 into it.

Thank you,
Haruka Ishida
""", quoted="""On Tue, Apr 22, 2025 at 9:47 AM Amazon Web Services <%s> wrote:
> Please send the same confirmation again from haruka.ishida.mail@gmail.com, replying to this case
> thread. As soon as it arrives we will complete the merge.
""" % TC, parent='m_from', auth='out', mid_dom='gmail.com')

msg('m_ooo', d(2025, 4, 23, 0, 5), addr('Mika Tanaka', 'm-tanaka@nexaworks.co.jp'), ME_C,
    '自動応答: 引き継ぎ資料について / Automatic reply', 'unrelated', False, None,
    """田中は4月28日まで休暇のため不在にしております。
急ぎのご用件は佐藤(k-sato@nexaworks.co.jp)までご連絡ください。

I am out of the office until April 28 with limited access to email. For urgent matters please
contact k-sato@nexaworks.co.jp.
""", auth='none', extra='Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n')

msg('m_done', d(2025, 4, 23, 2, 18), addr('Amazon Web Services', TC), ME_P,
    tc_subj(M), 'resolved', False, M,
    """Hello Haruka,

I have successfully merged the accounts. Everything that was on Account #2 - exam history, your
four certifications and the unused exam discount - now sits on Account #1 (AWS09132566), which you
sign in to with haruka.ishida.mail@gmail.com. Your Credly badges will move over within a few hours.

This case is now resolved. Congratulations on the new chapter!

Daniel O.
AWS Training and Certification | Account Services

On Fri, Apr 18, 2025 at 06:02 UTC, Amazon Web Services wrote:
> Hello Haruka,
> I'm Daniel from the account merge team. I located the following certification accounts for you:
>
> Account #1
> Login email: haruka.ishida.mail@gmail.com
> Training notification email: haruka.ishida.mail@gmail.com
> Certification notification email: haruka.ishida.mail@gmail.com
>
> Account #2
> Login email: h-ishida@nexaworks.co.jp
> Training notification email: h-ishida@nexaworks.co.jp
> Certification notification email: h-ishida@nexaworks.co.jp
>
> Can you confirm that both accounts belong to you and that Account #1 is the one we should keep?
""", parent='m_ok')

msg('m_badge2', d(2025, 4, 23, 2, 51), addr('Credly', 'admin@credly.com'), ME_P,
    'Your Amazon Web Services Training and Certification badges are now on your account', 'badge', False, None,
    """Hi Haruka,

4 badges issued by Amazon Web Services Training and Certification have been added to the Credly
account for haruka.ishida.mail@gmail.com:

 - AWS Certified Solutions Architect - Associate
 - AWS Certified Developer - Associate
 - AWS Certified Security - Specialty
 - AWS Certified Cloud Practitioner

Accept and share them: https://www.credly.com/earner/earned

Credly
""", cte='quoted-printable')

msg('m_survey', d(2025, 4, 24, 2, 20), addr('Amazon Web Services', 'aws-cs-survey@amazon.com'), ME_P,
    'Tell us about your recent experience with AWS Training and Certification (Case %s)' % M, 'survey', False, M,
    """Hello,

Your case %s was recently resolved. Would you take a minute to tell us how it went?

  How likely are you to recommend AWS Training and Certification support to a colleague? (0-10)
  https://survey.aws.amazon.com/r/tc?c=%s

Your answers are anonymous and go directly to the customer experience team. This mailbox is not
monitored.
""" % (M, M), html="""<html><body><p>Your case <b>%s</b> was recently resolved. Would you take a minute to tell us how it went?</p>
<p>How likely are you to recommend AWS Training and Certification support to a colleague?</p>
<p>%s</p><p style="font-size:10px">Your answers are anonymous. This mailbox is not monitored.</p></body></html>
""" % (M, ' '.join('<a href="https://survey.aws.amazon.com/r/tc?c=%s&amp;n=%d">%d</a>' % (M, i, i) for i in range(11))))

msg('m_phish2', d(2025, 4, 24, 17, 33), addr('Credly Badges', 'no-reply@credly-badge-verify.com'), ME_P,
    'Your AWS badges will be revoked - verify ownership', 'suspicious', False, None,
    """Hello,

Due to a recent account merge, the 4 AWS badges on your profile are marked as unverified and will be
revoked in 48 hours. Sign in with your AWS Builder ID to keep them:

https://credly-badge-verify.com/aws/verify?ref=hi-8821

Credly Trust & Safety
""", auth='none')

msg('m_hr', d(2025, 4, 25, 9, 0, JST), addr('人事部', 'jinji@nexaworks.co.jp'), ME_C,
    '最終出社日のご案内(貸与品返却・アカウント停止)', 'unrelated', False, None,
    """石田 遥 さん

最終出社日(4月25日)の手続きについてご案内します。
・PC、入館証は17時までに総務へ返却してください。
・社用メールアドレスは本日23:59をもって停止します。必要なメールは各自で退避してください。
・AWSパートナー関連の資格情報の取り扱いは、アライアンス担当(佐藤)に確認済みです。

人事部
""", charset='iso-2022-jp', cte='7bit', auth='none')

msg('m_hear', d(2025, 4, 28, 16, 0), addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'AWS Certification wants to hear from you', 'certification', False, None,
    "", html="""<html><body><div style="font-family:Arial;max-width:600px">
<h2>Help shape future AWS Certification exams</h2>
<p>As an AWS Certified individual, you're invited to join a short study about how you prepare for exams.
It takes about 15 minutes and participants receive an AWS Certification-branded digital wallpaper pack.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025q2">Take part in the study</a></p>
<p style="font-size:11px;color:#666">You received this email because you opted in to "Lend Your Voice to AWS Certification".
Manage preferences in your AWS Certification Account.</p></div></body></html>
""", html_only=True)

# ---------------------------------------------------------------- 2025 May: console case (benefit missing)
C = '174701880000974'
C_SUBJ = '50% exam discount benefit missing after certification account merge'
msg('c_ack', d(2025, 5, 12, 3, 0), addr('Amazon Web Services', CONSOLE), ME_P,
    'Amazon Web Services: New Support case: %s' % C, 'acknowledgement', False, C,
    """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Since my certification accounts were merged (case %s) the 50%% discount from my
SCS-C02 pass is no longer listed under Benefits on my account.

We will respond to your case as soon as possible. You can view the case or add correspondence in
the AWS Support Center.
""" % (C, C, C_SUBJ, M) + CONSOLE_FOOTER % C)

msg('c_req', d(2025, 5, 13, 8, 26), addr('Amazon Web Services', CONSOLE), ME_P,
    'RE:[CASE %s] %s' % (C, C_SUBJ), 'info_request', True, C,
    """Hello,

I'm Keiko from the AWS Training and Certification team and I'll be working on this case.

Benefits are tied to the exam record they were earned with, and in a merge they are normally carried
across with it. In your case I can see the SCS-C02 record on the surviving account, but the benefit
entry is not attached to it, which suggests it may already have been redeemed or was attached to the
deactivated profile at the time of the merge.

Could you let us know whether you used a discount code for any exam after October 2023, and if so
for which exam? A screenshot of your Benefits page as it looks now would also help. Please add both
through the Support Center, since replies to this email are not delivered to us.

Regards,
Keiko S.
Amazon Web Services
""" + CONSOLE_FOOTER % C, parent='c_ack')

msg('c_bill', d(2025, 5, 14, 0, 4), addr('AWS Budgets', 'no-reply@budgets.amazonaws.com'), ME_P,
    'AWS Budgets: personal-lab-monthly has exceeded your alert threshold', 'unrelated', False, None,
    """Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your personal-lab-monthly budget
is greater than 80% of USD 20.00 for the current month. The ACTUAL Cost is USD 17.32.

AWS Account 739201846652

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
""", cte='7bit', charset='us-ascii')

msg('c_phish', d(2025, 5, 15, 11, 48), addr('Amazon Web Services', TC), ME_P,
    'RE:[CASE %s] Identity verification required to keep your certifications' % M, 'suspicious', False, None,
    """Hello Haruka,

As part of the account merge you requested, our records require a final identity check. Sign in to
the verification portal with your AWS Builder ID email and password, and upload a photo of your ID,
within 48 hours:

  https://aws-training-verify.support-portal.help/login

If the check is not completed, the merged account and all certifications will be suspended.

AWS Training and Certification
""", auth='fail')

msg('c_close', d(2025, 5, 16, 9, 2), addr('Amazon Web Services', CONSOLE), ME_P,
    'RE:[CASE %s] %s' % (C, C_SUBJ), 'closing_notice', True, C,
    """Hello,

We haven't heard back from you on this case since our message on May 13. If we do not receive the
information requested, this case will be resolved automatically in 3 days. To keep it open, simply
add a reply in the Support Center.

Regards,
Amazon Web Services
""" + CONSOLE_FOOTER % C, parent='c_req')

msg('c_user', d(2025, 5, 16, 19, 11, JST), ME_P, addr('Amazon Web Services', CONSOLE),
    'Re: RE:[CASE %s] %s' % (C, C_SUBJ), 'user_reply', False, C,
    """Hello Keiko,

No, I have not used the discount for any exam since October 2023. My Benefits page currently lists
only the Cloud Practitioner practice exam. My candidate ID is AWS09132566.

Haruka
""", quoted="""2025年5月16日(金) 18:02 Amazon Web Services <%s>:
> Hello,
>
> We haven't heard back from you on this case since our message on May 13. If we do not receive the
> information requested, this case will be resolved automatically in 3 days.
""" % CONSOLE, parent='c_close', auth='out', mid_dom='gmail.com')

msg('c_bounce', d(2025, 5, 16, 10, 11), addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
    'Delivery Status Notification (Failure)', 'unrelated', False, C,
    """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is
unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept
incoming e-mail

----- Original message -----

Subject: Re: RE:[CASE %s] %s
From: Haruka Ishida <%s>
To: Amazon Web Services <%s>

No, I have not used the discount for any exam since October 2023.
""" % (C, C_SUBJ, P_ADDR, CONSOLE), auth=None, mid_dom='mx.google.com', parent='c_user',
    extra='Auto-Submitted: auto-replied\n')

msg('c_upd', d(2025, 5, 17, 2, 40), addr('Amazon Web Services', CONSOLE), ME_P,
    'RE:[CASE %s] %s' % (C, C_SUBJ), 'case_update', False, C,
    """Hello Haruka,

Thank you for adding the details in the Support Center. I have raised this with our benefits team so
they can re-attach the discount to your SCS-C02 record. They normally take 3 to 5 business days, and
I will keep the case open in the meantime.

Regards,
Keiko S.
Amazon Web Services
""" + CONSOLE_FOOTER % C, parent='c_close')

msg('c_pvue', d(2025, 5, 20, 4, 30), addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
    'Confirmation of your AWS Certified Solutions Architect - Professional exam appointment', 'unrelated', False, None,
    """Dear Haruka Ishida,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date: Saturday, June 28, 2025  10:00 JST
Location: OnVUE online proctored
Registration ID: 412377095

Please check in 30 minutes before your appointment. To reschedule or cancel, sign in to your
Pearson VUE account at least 24 hours before the exam.

Pearson VUE
""", cte='7bit', charset='us-ascii')

msg('c_done', d(2025, 5, 21, 6, 55), addr('Amazon Web Services', CONSOLE), ME_P,
    'RE:[CASE %s] %s' % (C, C_SUBJ), 'resolved', False, C,
    """Hello Haruka,

The benefits team has restored your 50% exam discount. It is now listed on the Benefits page of your
AWS Certification Account and is valid until 2 October 2026. I have set this case to resolved.

Regards,
Keiko S.
Amazon Web Services
""" + CONSOLE_FOOTER % C, parent='c_upd')

msg('c_survey', d(2025, 5, 22, 7, 0), addr('AWS Support', 'aws-support-survey@amazon.com'), ME_P,
    'How was your AWS Support experience? (Case %s)' % C, 'survey', False, C,
    "", html="""<html><body><p>Hello,</p><p>Your support case <b>%s</b> was resolved recently. Please rate your experience -
it takes less than a minute.</p>
<table><tr>%s</tr></table>
<p style="font-size:10px;color:#777">Amazon Web Services, Inc. &middot; This is a one-time survey for this case.</p></body></html>
""" % (C, ''.join('<td><a href="https://amazonsupport.qualtrics.com/jfe/form/SV_x?case=%s&amp;r=%d">%d&#9733;</a></td>' % (C, i, i) for i in range(1, 6))),
    html_only=True, cte='base64')

msg('c_educate', d(2025, 5, 26, 1, 18), addr('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), ME_P,
    '[CASE 174822168800133] [AWS Educate Form Submission] - account-access', 'unrelated', False, None,
    """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174822168800133 for your request
about AWS Educate account access.

An agent will reply within 2 business days. Please keep all correspondence in this case.

Sincerely,
Amazon Web Services
""", cte='7bit', charset='us-ascii')

# ---------------------------------------------------------------- 2025 June: Japanese case (exam history)
J = '174899521600345'
msg('j_gh', d(2025, 6, 3, 12, 2), addr('Haruka Ishida', 'notifications@github.com'), ME_P,
    'Re: [hishida/cert-tracker] Merge duplicate accounts into one profile (PR #14)', 'unrelated', False, None,
    """Merged #14 into main.

All accounts have been successfully merged - the migration now folds duplicate profiles into the
oldest one and keeps their history.

--
Reply to this email directly, view it on GitHub:
https://github.com/hishida/cert-tracker/pull/14#event-17722091
You are receiving this because you authored the thread.
""", cte='7bit', charset='us-ascii', mid_dom='github.com',
    extra='List-ID: hishida/cert-tracker <cert-tracker.hishida.github.com>\nX-GitHub-Reason: author\n')

msg('j_ack', d(2025, 6, 4, 0, 0), addr('アマゾン ウェブ サービス', TC), ME_P,
    tc_subj(J, 'exam-history', re_=''), 'acknowledgement', False, J,
    """石田 遥 様

お問い合わせいただき、誠にありがとうございます。ケース %s として受け付けました。

ケース ID: %s
お問い合わせ内容: アカウント統合後、試験履歴から 2022 年に受験した試験が 1 件見当たりません。

担当者から通常 24 時間以内にご連絡いたします。同一のご用件で追加のケースを作成されますと、
確認に時間を要する場合がございますので、本ケースへのご返信にてお知らせください。

アマゾン ウェブ サービス トレーニングと認定
""" % (J, J), charset='iso-2022-jp', cte='7bit')

msg('j_req', d(2025, 6, 5, 2, 30), addr('アマゾン ウェブ サービス', TC), ME_P,
    tc_subj(J, 'exam-history'), 'info_request', True, J,
    """石田 遥 様

AWS トレーニングと認定カスタマーサービスの山口でございます。
このたびはご不便をおかけしており、申し訳ございません。

統合後のアカウント(AWS09132566)の試験履歴を確認いたしましたが、2022 年の受験記録は
現時点で 3 件表示されております。見当たらないとのことでございました試験を特定するため、
該当試験の試験名と受験日をお知らせいただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

山口 美咲
AWS トレーニングと認定 カスタマーサービス
""", parent='j_ack', html="""<html><body style="font-family:'Meiryo',sans-serif">
<p>石田 遥 様</p><p>AWS トレーニングと認定カスタマーサービスの山口でございます。<br>このたびはご不便をおかけしており、申し訳ございません。</p>
<p>統合後のアカウント(AWS09132566)の試験履歴を確認いたしましたが、2022 年の受験記録は現時点で 3 件表示されております。
見当たらないとのことでございました試験を特定するため、該当試験の<b>試験名と受験日</b>をお知らせいただけますでしょうか。</p>
<p>お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。</p><p>山口 美咲<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>
""")

msg('j_mkt', d(2025, 6, 5, 3, 0), addr('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P,
    '【AWS】AWS Innovate 2025 オンライン開催のお知らせ ― 認定資格対策セッションも', 'unrelated', False, None,
    "", html="""<html><body><table width="640" align="center"><tr><td>
<h2>AWS Innovate 2025 オンライン</h2>
<p>60 以上のセッションを無料でご視聴いただけます。認定資格の取得を目指す方向けの対策セッションもご用意しました。
ぜひご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/events/innovate/?trk=em">今すぐ登録</a></p>
<p style="font-size:10px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table></body></html>
""", html_only=True, cte='base64')

msg('j_user', d(2025, 6, 6, 8, 45, JST), ME_P, addr('アマゾン ウェブ サービス', TC),
    tc_subj(J, 'exam-history'), 'user_reply', False, J,
    """山口様

ご確認ありがとうございます。
見当たらないのは「AWS Certified Data Analytics - Specialty (DAS-C01)」で、
2022年11月19日に渋谷のテストセンターで受験しました(合格)。
旧アカウントの候補IDは AWS04417823 です。

よろしくお願いいたします。
石田 遥
""", quoted="""2025年6月5日(木) 11:30 アマゾン ウェブ サービス <%s>:
> 石田 遥 様
>
> 統合後のアカウント(AWS09132566)の試験履歴を確認いたしましたが、2022 年の受験記録は
> 現時点で 3 件表示されております。見当たらないとのことでございました試験を特定するため、
> 該当試験の試験名と受験日をお知らせいただけますでしょうか。
""" % TC, charset='iso-2022-jp', cte='7bit', parent='j_req', auth='out', mid_dom='gmail.com')

msg('j_esc', d(2025, 6, 7, 1, 10), addr('アマゾン ウェブ サービス', TC), ME_P,
    tc_subj(J, 'exam-history'), 'case_update', False, J,
    """石田 遥 様

ご連絡いただきありがとうございます。
いただいた情報をもとに、試験記録を管理する専門チームへ調査を依頼いたしました。
結果が分かり次第、改めてご案内申し上げます。

その他ご不明な点がございましたら、本メールにご返信ください。

山口 美咲
AWS トレーニングと認定 カスタマーサービス

--- 石田 遥 様からのメッセージ (2025/06/06 08:45) より:
見当たらないのは「AWS Certified Data Analytics - Specialty (DAS-C01)」で、
2022年11月19日に渋谷のテストセンターで受験しました(合格)。
""", parent='j_user', charset='shift_jis', cte='quoted-printable')

msg('j_req2', d(2025, 6, 10, 5, 20), addr('Amazon Web Services', TC), ME_P,
    tc_subj(J, 'exam-history'), 'info_request', True, J,
    """Hi Haruka,

I'm Mateus from the exam records team; Misaki asked me to look at the missing DAS-C01 result.

The DAS-C01 attempt on 19 November 2022 is in our vendor's data but was never linked to either of
your certification profiles. That usually happens when the appointment was booked under a separate
Pearson VUE web account, for example one created with a different email address or with the name
written in a different order. Our vendor will only move the result once we give them the exact
appointment it came from.

What was the Pearson VUE registration ID for that appointment? It is the 9-digit number in the
booking confirmation email.

Thanks,
Mateus
AWS Training and Certification - Exam Records
""", parent='j_esc', crlf=True)

msg('j_user2', d(2025, 6, 10, 22, 3, JST), ME_P, addr('Amazon Web Services', TC),
    tc_subj(J, 'exam-history'), 'user_reply', False, J,
    """Hi Mateus,

Found it: the registration ID was 387220914. It was booked from my old company address, and the name
there was entered as ISHIDA HARUKA. In case it matters, the merged account is AWS09132566.

Best,
Haruka

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Tuesday, June 10, 2025 2:20 PM
To: Haruka Ishida <%s>
Subject: %s

What was the Pearson VUE registration ID for that appointment? It is the 9-digit number in the
booking confirmation email.
""" % (TC, P_ADDR, tc_subj(J, 'exam-history')), parent='j_req2', auth='out', mid_dom='gmail.com')

msg('j_done', d(2025, 6, 13, 3, 5), addr('アマゾン ウェブ サービス', TC), ME_P,
    tc_subj(J, 'exam-history'), 'resolved', False, J,
    """石田 遥 様

お待たせいたしました。
DAS-C01(2022年11月19日受験)の記録を統合後のアカウントへ紐付けました。
試験履歴および認定ステータスに反映済みでございますので、ご確認くださいませ。

本件はこれにて解決とさせていただきます。
なお、今後ご不明な点がございましたら、お気軽にお問い合わせください。

山口 美咲
AWS トレーニングと認定 カスタマーサービス
""", parent='j_user2', cte='base64')

msg('j_survey', d(2025, 6, 14, 0, 30), addr('Amazon Web Services', 'aws-cs-survey@amazon.com'), ME_P,
    'アンケートご協力のお願い(ケース %s)' % J, 'survey', False, J,
    """石田 遥 様

先日はAWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました。
今回の対応について、1分程度のアンケートにご協力いただけますと幸いです。

https://survey.aws.amazon.com/r/tc-ja?c=%s

※本メールは送信専用アドレスからお送りしています。
""" % J, charset='iso-2022-jp', cte='7bit')

# ---------------------------------------------------------------- 2025 July: same-email duplicate profiles
K = '175225320400762'
msg('k_ack', d(2025, 7, 11, 17, 0), addr('Amazon Web Services', TC), ME_P,
    tc_subj(K, re_=''), 'acknowledgement', False, K,
    """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s.

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Correspondence: Two certification profiles exist for haruka.ishida.mail@gmail.com (AWS09132566 and
AWS07750342). My new SAP-C02 badge does not show on Credly. Please merge into AWS09132566.

Our team usually answers within 24 hours; some requests take longer to research.

Sincerely,
Amazon Web Services
""" % (K, K), crlf=True, cte='7bit', charset='us-ascii')

msg('k_conf', d(2025, 7, 14, 7, 44), addr('Amazon Web Services', TC), ME_P,
    tc_subj(K, re_='RE: '), 'confirmation_request', True, K,
    """Haruka,

Both profiles below use the same login email, which is why Credly only ever sees one of them:

 Account #1  AWS09132566  - created 2025-04-09 - 5 certifications
 Account #2  AWS07750342  - created 2025-06-28 - 1 certification (SAP-C02)

Merging folds one into the other and the folded profile cannot be recovered. Which one do you want to
survive - still Account #1 as in your form? A one-line answer is enough and I'll merge straight away.

Aleksandra K.
AWS Training and Certification
""", parent='k_ack', cte='7bit', charset='us-ascii')

msg('k_user', d(2025, 7, 14, 20, 15, JST), ME_P, addr('Amazon Web Services', TC),
    tc_subj(K, re_='RE: '), 'user_reply', False, K,
    """Yes, Account #1 (AWS09132566) please. Both are mine.

Haruka
""", quoted="""On Mon, Jul 14, 2025 at 4:44 PM Amazon Web Services <%s> wrote:
> Which one do you want to survive - still Account #1 as in your form? A one-line answer is enough and
> I'll merge straight away.
""" % TC, parent='k_conf', auth='out', mid_dom='gmail.com')

msg('k_wait', d(2025, 7, 15, 23, 10), addr('Amazon Web Services', TC), ME_P,
    tc_subj(K, re_='RE: '), 'case_update', False, K,
    """Hi Haruka,

Thanks for the quick answer. Our merge queue is unusually long this week, so it may take a few more
days before the merge runs; I have it flagged and will write as soon as it is done. No action
needed from you.

Aleksandra K.
AWS Training and Certification
""", parent='k_user', cte='7bit', charset='us-ascii')

msg('k_done', d(2025, 7, 22, 4, 12), addr('Amazon Web Services', TC), ME_P,
    tc_subj(K, re_='RE: '), 'resolved', False, K,
    """Hi Haruka,

Apologies for the wait - the queue has been very busy. AWS07750342 has now been merged into
AWS09132566, and the SAP-C02 certification appears with your other five. Credly should send you the
new badge shortly.

If anything looks off once you sign in, let us know by replying here.

Aleksandra K.
AWS Training and Certification

> Which one do you want to survive - still Account #1 as in your form? A one-line answer is enough
> and I'll merge straight away.
""", parent='k_wait', cte='quoted-printable')

msg('k_badge', d(2025, 7, 22, 4, 40), addr('Credly', 'admin@credly.com'), ME_P,
    'Haruka, claim your AWS Certified Solutions Architect - Professional badge', 'badge', False, None,
    "", html="""<html><body><div style="font-family:Helvetica;max-width:600px">
<p>Hi Haruka,</p><p>Amazon Web Services Training and Certification issued you a new badge:
<b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>
<p><a href="https://www.credly.com/badges/0f4b7a12-8d3e-4c61-a2f9-5e6d7c8b9a01/accept">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. &middot; Manage email preferences in your account settings.</p></div></body></html>
""", html_only=True)

write()
