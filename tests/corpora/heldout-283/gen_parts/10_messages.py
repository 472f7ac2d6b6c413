# Part of gen.py (blind-283); executed by gen.py in its own namespace.
# ===================================================================
# 2021 -- company certification account, Case V (voucher missing)
# ===================================================================
t = D(2021, 2, 18, 6, 41, 12)
txt = """Hello Haruka Nishimoto,

Your score report for AWS Certified Solutions Architect - Associate (SAA-C02),
taken on 17 February 2021, has been posted to your AWS Certification Account.

Candidate ID: %s

Sign in at https://www.aws.training/Certification to see your result and the
section-level feedback. Results for beta exams and some retakes can take up to
five business days to appear.

This message was sent from an unmonitored address. For help, visit
https://aws.amazon.com/certification/contact-us/

AWS Certification
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""" % CID_CO
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:16px">
<b>AWS Certification</b></td></tr><tr><td style="padding:16px">
<p>Hello Haruka Nishimoto,</p>
<p>Your score report for <b>AWS Certified Solutions Architect - Associate (SAA-C02)</b>, taken on 17 February 2021,
has been posted to your AWS Certification Account.</p>
<p>Candidate ID: %s</p>
<p><a href="https://www.aws.training/Certification">Sign in</a> to see your result and the section-level feedback.
Results for beta exams and some retakes can take up to five business days to appear.</p>
<p style="color:#777;font-size:11px">This message was sent from an unmonitored address. For help, visit
<a href="https://aws.amazon.com/certification/contact-us/">Contact us</a>.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></body></html>""" % CID_CO
mf = 'bounce-%d@certmetrics.com' % rng.randint(10000, 99999)
add('cert_result', kind='certification', reply=False, case=None, cands=[CID_CO], t=t,
    frm=addr('AWS Certification', CM), to=addr('Haruka Nishimoto', ME_C),
    subject='Your AWS Certification exam score is ready',
    body=alt(txt, html), msgid=mid_generic('certmetrics.com'),
    trace=m365_trace(t, mf, '34.212.%d.%d' % (rng.randint(0, 255), rng.randint(1, 254)), 'mail.certmetrics.com', 'certmetrics.com', 'certmetrics.com'),
    what='CertMetrics exam score notice', note='Program mail with a candidate ID')

t = D(2021, 2, 19, 15, 3, 55)
html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<img src="https://acclaim-production-app.s3.amazonaws.com/images/logo.png" alt="Acclaim" width="120">
<h2>Haruka, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect - Associate</b> badge.</p>
<p>Accept it to show the world what you can do, and share it on LinkedIn, Twitter or your email signature.</p>
<p><a href="https://www.youracclaim.com/badges/7f1c2a9e-3b40-4d61-9a0e-1c5d8e22f4b7/accept" style="background:#0d6ccb;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#888">You are receiving this because an issuer on Acclaim sent you a badge.
<a href="https://www.youracclaim.com/earner/notifications">Notification settings</a></p>
</div></body></html>"""
add('badge_2021', kind='badge', reply=False, case=None, cands=[], t=t,
    frm=addr('Acclaim', 'admin@youracclaim.com'), to=ME_C,
    subject="Haruka, you've earned a badge from Amazon Web Services Training and Certification",
    body=Text(html, 'html', 'utf-8', 'quoted-printable'), msgid=mid_generic('youracclaim.com'),
    trace=vendor_in(t, ME_C, 'youracclaim.com'),
    what='Acclaim badge (old Credly domain), HTML', note="'Accept your badge' button")

# --- Case V: acknowledgement
t = D(2021, 3, 2, 4, 27, 30)
V_ACK = """Hello,

Thanks for reaching out to AWS Training and Certification. This note confirms that
case %s has been created for your request.

Someone from our team normally gets back to you within one business day. If you
think of something to add, reply to this message instead of sending the form again:
a second case for the same question only joins the back of the queue.

Summary of what you submitted
-----------------------------
Name: Haruka Nishimoto
Email: %s
Inquiry type: Certification
Additional details: Certification Benefits
Candidate ID: %s
Message: I passed SAA-C02 on 17 Feb, but the 50%% discount voucher is not on my
Benefits page. Could you check why?

Regards,
AWS Training and Certification Customer Service
""" % (CASE_V, ME_C, CID_CO)
add('v_ack', kind='acknowledgement', reply=False, case=CASE_V, cands=[CID_CO], t=t,
    frm=TC_FROM, to=ME_C, subject=SUBJ_V,
    body=Text(V_ACK, 'plain', 'us-ascii', '7bit'), trace=amazon_in(t, ME_C),
    what='V: acknowledgement, ASCII', note="Echo ends with the user's own question")

# --- Case V: info request (no "please")
t = D(2021, 3, 3, 2, 2, 41)
V_INFO = """Hi Haruka,

My name is Jonas and I'm looking into the missing voucher for you.

I can see your SAA-C02 attempt on the certification record, but on my side it still
shows as "score pending", and that is normally why a benefit hasn't been released.
The exam delivery vendor sometimes sends us the final result a few days after the
candidate already got their own email.

To chase this with the delivery team I need two things from you: the date and local
time you sat the exam, and the Pearson VUE registration number from your appointment
confirmation (a 9-digit number). With those I can open a ticket on your behalf.

Thanks,
Jonas
AWS Training and Certification Customer Service
"""
add('v_info', kind='info_request', reply=True, case=CASE_V, cands=[], t=t,
    frm=TC_FROM, to=ME_C, subject=SUBJ_V,
    body=Text(V_INFO, 'plain', 'utf-8', 'quoted-printable', params='; format=flowed'), trace=amazon_in(t, ME_C),
    what='V: needs exam date and Pearson VUE number', note="'I need two things from you'; no please, no '?'")

# --- Case V: user reply from Outlook
t = D(2021, 3, 3, 20, 14, 8, JST)
V_REPLY = """Hi Jonas,

Thanks for looking into it so quickly.

I sat the exam on 17 February 2021 at 14:00 JST at the Pearson VUE test centre in
Shinjuku, Tokyo. The registration number on my confirmation is 418820375.

Best regards,
Haruka Nishimoto
Kinoe Systems Co., Ltd. | Cloud Integration Dept.
"""
quoted = outlook_block(D(2021, 3, 3, 11, 2, 0), 'AWS Training and Certification <%s>' % TC,
                       'Haruka Nishimoto <%s>' % ME_C, SUBJ_V, V_INFO)
txt = V_REPLY + '\n' + quoted + '\n'
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + text2html(V_REPLY) + '</div>'
        '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
        '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> AWS Training and Certification &lt;' + TC + '&gt;<br>'
        '<b>Sent:</b> Wednesday, March 3, 2021 11:02 AM<br><b>To:</b> Haruka Nishimoto &lt;' + ME_C + '&gt;<br>'
        '<b>Subject:</b> ' + SUBJ_V + '</font><div>&nbsp;</div></div><div>' + text2html(V_INFO) + '</div></body></html>')
add('v_reply', kind='user_reply', reply=False, case=CASE_V, cands=[], t=t,
    frm=ME_C_FROM, to=addr('AWS Training and Certification', TC), subject=SUBJ_V,
    body=alt(txt, html), msgid=mid_outlook(), irt='v_info', refs=['v_info'],
    extra=[('Thread-Topic', '[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % CASE_V),
           ('Thread-Index', 'AQHXD' + alnum(20)), ('Content-Language', 'en-US'),
           ('X-MS-Has-Attach', ''), ('X-Mailer', 'Microsoft Outlook 16.0')],
    what='V: owner answers from Outlook', note='Outlook header block; 9-digit number')

# --- Case V: resolved, HTML only, quoted request below
t = D(2021, 3, 5, 8, 55, 2)
html = """<html><body><div style="font-family:Arial;font-size:13px">
<p>Hi Haruka,</p>
<p>Good news &ndash; the delivery team pushed your final SAA-C02 score through yesterday evening, and the
50% exam discount voucher has now been released. You'll find it under <b>Benefits &gt; Certification benefits</b>
once you sign in to your certification account. It is valid for one exam booked before the expiry date shown next to it.</p>
<p>Nothing more is needed from you, so I'm marking this case as resolved.</p>
<p>All the best with your next exam,<br>Jonas<br>AWS Training and Certification Customer Service</p>
</div>
<div style="border-left:2px solid #ccc;padding-left:8px;margin-top:18px;color:#555">
<p>---------- Previous message ----------<br>From: Jonas (AWS Training and Certification)<br>Date: 3 March 2021</p>
""" + text2html(V_INFO) + """
</div></body></html>"""
add('v_resolved', kind='resolved', reply=False, case=CASE_V, cands=[], t=t,
    frm=TC_FROM, to=ME_C, subject=SUBJ_V,
    body=Text(html, 'html', 'utf-8', 'quoted-printable'), trace=amazon_in(t, ME_C),
    refs=['v_info', 'v_reply'], eol='\n',
    what='V: voucher released; HTML only, LF', note='Old request quoted under the resolution')

# --- Case V: survey
t = D(2021, 3, 6, 17, 20, 44)
txt = """Hello Haruka,

Your recent case with AWS Training and Certification (Case ID: %s) was
marked as resolved. We'd like to know how it went.

How satisfied were you with the support you received?

  Very satisfied    https://survey.aws.training/r/%s?s=5
  Satisfied         https://survey.aws.training/r/%s?s=4
  Neutral           https://survey.aws.training/r/%s?s=3
  Dissatisfied      https://survey.aws.training/r/%s?s=2
  Very dissatisfied https://survey.aws.training/r/%s?s=1

The survey takes about two minutes. Responses go to our quality team, not to
the agent, and replies to this email are not read.

AWS Training and Certification
""" % ((CASE_V,) + (alnum(12),) * 5)
html = '<html><body>' + text2html(txt) + '</body></html>'
add('v_survey', kind='survey', reply=False, case=CASE_V, cands=[], t=t,
    frm=addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), to=ME_C,
    subject='How did we do? Your AWS Training and Certification case %s' % CASE_V,
    body=alt(txt, html, cte='7bit'), trace=amazon_in(t, ME_C),
    what='V: satisfaction survey', note="Survey question with '?'")
