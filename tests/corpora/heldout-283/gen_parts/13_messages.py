# Part of gen.py (blind-283); executed by gen.py in its own namespace.
# --- Case B: Japanese survey
t = D(2023, 10, 25, 3, 0, 0)
txt = """西本 遥 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、
ありがとうございました。

ケース ID: %s

今後のサービス向上のため、今回の対応についてのアンケートにご協力ください。
所要時間は 2 分ほどです。

  アンケートに回答する: https://survey.aws.training/ja/r/%s

ご回答は任意です。本メールは送信専用のため、ご返信いただいてもお答えできません。

AWS トレーニングと認定
""" % (CASE_B, alnum(14))
add('b_survey', kind='survey', reply=False, case=CASE_B, cands=[], t=t,
    frm=addr('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com'), to=ME_P,
    subject='AWS トレーニングと認定 サポートに関するアンケートのお願い',
    body=Text(txt, 'plain', 'utf-8', 'base64'), trace=amazon_in(t, ME_P),
    what='B: survey in Japanese', note='〜ご協力ください is a survey ask')


# ===================================================================
# 2024 -- recertification, Case C (console case, name correction)
# ===================================================================
t = D(2024, 1, 5, 15, 0, 3)
txt = """Hello Haruka,

Your AWS Certified Solutions Architect - Associate certification expires on
17 February 2024 -- that's 43 days from now.

To keep it active, pass the current version of the exam (or a higher-level exam in
the same path) before that date. Your 50%% discount benefit can be applied when you
schedule.

Candidate ID: %s
Certification: AWS Certified Solutions Architect - Associate
Validation number: 7QZ1B4KC2JE11XWP

Manage your certifications: https://www.aws.training/Certification

AWS Certification
This is an automated message. Replies are not monitored.
""" % CID_CO
mf = 'bounce-%d@certmetrics.com' % rng.randint(10000, 99999)
add('cert_expiry', kind='certification', reply=False, case=None, cands=[CID_CO], t=t,
    frm=addr('AWS Certification', CM), to=ME_C,
    subject='Action recommended: your AWS Certification expires in 43 days',
    body=Text(txt, 'plain', 'us-ascii', '7bit'), msgid=mid_generic('certmetrics.com'),
    trace=m365_trace(t, mf, '34.212.%d.%d' % (rng.randint(0, 255), rng.randint(1, 254)), 'mail.certmetrics.com', 'certmetrics.com', 'certmetrics.com'),
    what='Expiry reminder with candidate ID', note="'Action recommended'; validation number")

t = D(2024, 2, 8, 22, 10, 44)
html = """<html><body style="font-family:Arial,sans-serif">
<div style="max-width:600px;margin:0 auto">
<div style="background:#232f3e;padding:14px;color:#fff;font-size:18px">AWS Certification</div>
<div style="padding:18px">
<p>Hi Haruka,</p>
<p>Well done &ndash; you've renewed <b>AWS Certified Solutions Architect - Associate</b>.
Your certification is now valid until <b>8 February 2027</b>.</p>
<p>Your updated digital certificate is available in your certification account, and a refreshed
Credly badge will follow in a separate email.</p>
<p>Thanks for staying current with AWS.</p>
<p>AWS Certification team</p>
</div></div></body></html>"""
add('cert_recert', kind='certification', reply=False, case=None, cands=[], t=t,
    frm=addr('AWS Certification', CM), to=ME_C,
    subject="You've recertified: AWS Certified Solutions Architect - Associate",
    body=Text(html, 'html', 'utf-8', 'quoted-printable'), msgid=mid_generic('certmetrics.com'),
    trace=m365_trace(t, 'bounce-%d@certmetrics.com' % rng.randint(10000, 99999), '34.212.%d.%d' % (rng.randint(0, 255), rng.randint(1, 254)), 'mail.certmetrics.com', 'certmetrics.com', 'certmetrics.com'),
    what='Recertification notice, HTML', note='Program mail')

t = D(2024, 2, 9, 3, 26, 18)
txt = """Haruka, your badge has been renewed

Amazon Web Services Training and Certification issued you an updated badge:

  AWS Certified Solutions Architect - Associate
  Issued: February 8, 2024   Expires: February 8, 2027

View it on Credly: https://www.credly.com/badges/c0e8d9a4-51b2-47f0-93a1-2d6f8be0e771

Because you previously accepted badges from this issuer, this one was added to
your profile automatically.

Credly, Inc.
"""
add('badge_recert', kind='badge', reply=False, case=None, cands=[], t=t,
    frm=addr('Credly', 'admin@credly.com'), to=ME_C,
    subject='Your AWS Certified Solutions Architect - Associate badge has been renewed',
    body=alt(txt, '<html><body>' + text2html(txt) + '</body></html>'), msgid=mid_generic('credly.com'),
    trace=vendor_in(t, ME_C, 'credly.com'),
    what='Credly renewed badge', note='Badge UUID link')

t = D(2024, 3, 3, 8, 5, 12)
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in
9012, is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill?year=2024&month=2

[AWS ID 481566209012]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry
Ave. North, Seattle, WA 98109-5210
"""
add('billing', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=AWS_FROM, to=ME_P,
    subject='Amazon Web Services Billing Statement Available [Account: 481566209012]',
    body=Text(txt, 'plain', 'us-ascii', '7bit'), trace=amazon_in(t, ME_P),
    what='AWS billing statement', note='Console-case sender; 12-digit account ID')

# --- Case C: console acknowledgement
t = D(2024, 3, 4, 1, 48, 22)
C_ACK = """Hello,

We've received your request and opened case %s. The details we recorded are
below.

Case ID: %s
Subject: %s
Severity: General question
Service: Training and Certification
Category: Certification - Profile

Correspondence:
The name on my AWS certification record and on all my certificates is spelled
"Haruka Nishimato". My legal name is "Haruka Nishimoto". How can I get this
corrected?

To see the case or add information, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please don't reply to this email: this address cannot accept incoming e-mails.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (CASE_C, CASE_C, SUBJ_C, CASE_C)
add('c_ack', kind='acknowledgement', reply=False, case=CASE_C, cands=[], t=t,
    frm=AWS_FROM, to=ME_P, subject='Amazon Web Services: New Support case: %s' % CASE_C,
    body=Text(C_ACK, 'plain', 'utf-8', '7bit'), trace=amazon_in(t, ME_P),
    what="C: console 'New Support case'", note="Echoed user question; 'don't reply'")

# --- Case C: info request, must be answered in the console
t = D(2024, 3, 5, 3, 11, 47)
C_INFO = """Hello Haruka,

Thank you for contacting AWS Training and Certification. My name is Lorenzo.

Because a certification record has to match the candidate's identification at the
test centre, a change of name needs to be backed by a document. We need you to
upload a clear photo or scan of a government-issued ID (passport or driver's
licence) on which your full name is readable. You may cover the document number
and the photograph.

Upload the file as an attachment on this case in the Support Center. Attachments
sent by email do not reach us.

Best regards,
Lorenzo R.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link at the end of this correspondence. Each
correspondence can also be rated by selecting the stars in top right corner of
each correspondence within the AWS Support Center.

============================================================

To see all the details of this case, and to reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To respond to this case, please follow the link above.
""" % CASE_C
add('c_info', kind='info_request', reply=True, case=CASE_C, cands=[], t=t,
    frm=AWS_FROM, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_C, SUBJ_C),
    body=Text(C_INFO, 'plain', 'utf-8', 'quoted-printable'), trace=amazon_in(t, ME_P),
    what='C: upload ID in the Support Center', note="'We need you to upload'; console-only reply")

# --- Case C: owner answers by e-mail (wrong channel)
t = D(2024, 3, 5, 19, 2, 30, JST)
C_REPLY = """Hi Lorenzo,

Thanks. I've attached a scan of my passport's data page with the number and
photo covered. The spelling there is NISHIMOTO HARUKA.

Regards,
Haruka
"""
jpeg = bytes.fromhex('ffd8ffe000104a46494600010101004800480000ffdb004300') + bytes(rng.randint(0, 255) for _ in range(900)) + bytes.fromhex('ffd9')
txt = C_REPLY + '\n' + gmail_on(D(2024, 3, 5, 12, 11, tz=JST), 'Amazon Web Services <%s>' % NOREPLY, C_INFO) + '\n'
add('c_reply', kind='user_reply', reply=False, case=CASE_C, cands=[], t=t,
    frm=ME_P_FROM, to=AWS_FROM, subject='Re: RE:[CASE %s] %s' % (CASE_C, SUBJ_C),
    body=Multi('mixed', [alt(txt, '<div dir="ltr">' + text2html(C_REPLY) + '</div><div class="gmail_quote">'
                              '<blockquote class="gmail_quote">' + text2html(C_INFO) + '</blockquote></div>'),
                         Binary(jpeg, 'image/jpeg', 'passport_masked.jpg')]),
    msgid=mid_gmail(), irt='c_info', refs=['c_info'],
    what='C: owner answers by e-mail, JPEG', note='Sent to a no-reply address')

# --- bounce of that reply
t = D(2024, 3, 5, 10, 2, 41)
bounce_txt = """** Message not delivered **

Your message couldn't be delivered to no-reply-aws@amazon.com. The receiving
server rejected it; the address does not accept incoming mail.

The response was:

550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox
does not accept incoming messages
"""
hdrs_only = ('Return-Path: <%s>\r\nReceived: by mail-sor-f41.google.com with SMTP id 5b1f17b1804b1\r\n'
             'Date: %s\r\nFrom: Haruka Nishimoto <%s>\r\nTo: Amazon Web Services <%s>\r\n'
             'Subject: Re: RE:[CASE %s] %s\r\nMessage-ID: %s\r\n') % (
    ME_P, fmt_date(D(2024, 3, 5, 19, 2, 30, JST)), ME_P, NOREPLY, CASE_C, SUBJ_C, IDS['c_reply'])
body = Multi('report', [Text(bounce_txt, 'plain', 'utf-8', '7bit'),
                        Text('Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n'
                             'Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.6, the server for the domain amazon.com.)\n'
                             'Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n' % (fmt_date(D(2024, 3, 5, 10, 2, 31)), NOREPLY),
                             'plain', 'us-ascii', '7bit'),
                        Text(hdrs_only.replace('\r\n', '\n'), 'plain', 'us-ascii', '7bit')])
body.render_orig = body.render


def _report_render(eol, b=body):
    h, out = b.render_orig(eol)
    h[0] = h[0] + '; report-type=delivery-status'
    # mark the second and third parts with their proper content types
    out = out.replace(b'Content-Type: text/plain; charset="us-ascii"', b'Content-Type: message/delivery-status', 1)
    out = out.replace(b'Content-Type: text/plain; charset="us-ascii"', b'Content-Type: text/rfc822-headers', 1)
    return h, out


body.render = _report_render
add('c_bounce', kind='unrelated', reply=False, case=CASE_C, cands=[], t=t,
    frm=addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), to=ME_P,
    subject='Delivery Status Notification (Failure)', body=body,
    msgid='<%s.%s@mx.google.com>' % (alnum(24), hexs(8)), irt='c_reply', refs=['c_reply'],
    trace=[('Delivered-To', ME_P), ('Received', 'by 2002:a05:6a10:%x with SMTP id %s; %s' % (rng.randint(4096, 65535), alnum(6), fmt_date(t.astimezone(PST))))],
    extra=[('Auto-Submitted', 'auto-replied')],
    what="Bounce of the owner's e-mail reply", note='Case only in returned headers')
