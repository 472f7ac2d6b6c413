# Part of gen.py (blind-283); executed by gen.py in its own namespace.
# --- CertMetrics program survey (certification, not a case survey)
t = D(2023, 10, 12, 16, 0, 0)
html = """<html><body style="margin:0;font-family:'Amazon Ember',Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20"><tr><td>
<h1 style="font-size:22px">Help shape AWS Certification</h1>
<p>Hi Haruka,</p>
<p>As someone who holds an AWS Certification, your view matters to us. We're asking a small group of
certified individuals to tell us how the program fits into their careers: which exams they plan to take next,
how they prepare, and which benefits they actually use.</p>
<p>The questionnaire takes about 10 minutes and closes on 31 October 2023.</p>
<p><a href="https://survey.certmetrics.com/aws/2023q4?u=c81d2e" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;border-radius:3px">Start the questionnaire</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you opted in to research about AWS Certification.
<a href="https://www.aws.training/Certification/Preferences">Unsubscribe</a>.</p>
</td></tr></table></td></tr></table></body></html>"""
mf = 'bounce-%d@certmetrics.com' % rng.randint(10000, 99999)
ip = '34.212.%d.%d' % (rng.randint(0, 255), rng.randint(1, 254))
add('cert_survey', kind='certification', reply=False, case=None, cands=[], t=t,
    frm=addr('AWS Certification', CM), to=ME_P,
    subject='AWS Certification wants your opinion',
    body=Text(html, 'html', 'utf-8', 'quoted-printable'), msgid=mid_generic('certmetrics.com'),
    trace=gmail_trace(t, mf, ip, 'mail.certmetrics.com', gauth('certmetrics.com', mf, ip, 'certmetrics.com')),
    what='CertMetrics program questionnaire', note='Survey-like but not about a case')

# --- Case B: confirmation request (pause lifted in the same mail)
t = D(2023, 10, 16, 7, 33, 27)
B_CONF = """Hello Haruka,

Good news first: the platform work has finished and merges are running again, so
your request is moving.

Before we combine the records, this is what we found under
nishimoto.haruka.dev@gmail.com:

Account A
  Candidate ID: %s
  Login email: nishimoto.haruka.dev@gmail.com
  Exams on record: AWS Certified Cloud Practitioner (March 2022)

Account B
  Candidate ID: %s
  Login email: nishimoto.haruka.dev@gmail.com
  Exams on record: none

The history of Account B would be moved into Account A, and Account B would then
be deactivated. Can you confirm that both profiles belong to you and that
Account A is the one you want to keep? As soon as I have your answer I'll ask the
team to complete the merge.

Kind regards,
Tamura
AWS Training and Certification
""" % (CID_P, CID_DUP)
add('b_conf', kind='confirmation_request', reply=True, case=CASE_B, cands=[CID_P, CID_DUP], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_B,
    body=alt(B_CONF, '<html><body><pre style="font-family:Consolas,monospace">' + html_escape(B_CONF) + '</pre></body></html>'),
    trace=amazon_in(t, ME_P),
    what='B: hold lifted + Account A/B confirmation', note='Opens as news; ask at the end; A/B not #1/#2')

# --- Case B: user confirms (IDs only in quoted part)
t = D(2023, 10, 17, 8, 41, 2, JST)
B_OK = """Hi Tamura-san,

Yes, both profiles are mine. Please keep Account A and merge Account B into it.

Thank you!
Haruka
"""
txt = B_OK + '\n' + gmail_on(D(2023, 10, 16, 16, 33, tz=JST), 'AWS Training and Certification <%s>' % TC, B_CONF) + '\n'
add('b_reply2', kind='user_reply', reply=False, case=CASE_B, cands=[], t=t,
    frm=ME_P_FROM, to=addr('AWS Training and Certification', TC), subject='Re: ' + SUBJ_B,
    body=Text(txt, 'plain', 'utf-8', 'quoted-printable', params='; format=flowed'), msgid=mid_gmail(),
    irt='b_conf', refs=['b_info', 'b_reply1', 'b_conf'],
    what='B: owner confirms', note="IDs only in quote; 'Re: RE:[CASE'")

# --- Case B: resolved, conditional invitation
t = D(2023, 10, 17, 5, 12, 55)
B_DONE = """Hello Haruka,

The two certification accounts are now one. Your remaining profile is %s,
and the Cloud Practitioner certification and exam history are attached to it.
Credly usually picks the change up within 24 to 48 hours.

If a badge still hasn't appeared after that, just reply here and we'll take
another look.

Kind regards,
Tamura
AWS Training and Certification

-----Original Message-----
From: Haruka Nishimoto <%s>
Sent: 17 October 2023 08:41
Subject: Re: %s

%s
""" % (CID_P, ME_P, SUBJ_B, B_OK.strip())
add('b_resolved', kind='resolved', reply=False, case=CASE_B, cands=[CID_P], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_B,
    body=Text(B_DONE, 'plain', 'utf-8', 'quoted-printable'), refs=['b_conf', 'b_reply2'],
    trace=amazon_in(t, ME_P),
    what='B: merged', note="Conditional 'just reply'")

t = D(2023, 10, 17, 19, 40, 31)
html = """<!doctype html><html><body style="background:#f4f4f4">
<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:24px">
<img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">
<h2 style="color:#1d1d1d">Congratulations, Haruka!</h2>
<p>Amazon Web Services Training and Certification has issued you a new digital badge:</p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p>Claim it now to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/2b9a61f0-74c3-4a3e-b5f7-0e44d9c1a3d2/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Claim badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. &middot; 1 Pennsylvania Plaza, New York, NY &middot;
<a href="https://www.credly.com/earner/settings/notifications">Email preferences</a></p>
</td></tr></table></body></html>"""
add('b_badge', kind='badge', reply=False, case=None, cands=[], t=t,
    frm=addr('Credly', 'admin@credly.com'), to=ME_P,
    subject='Haruka, claim your AWS Certified Cloud Practitioner badge',
    body=Text(html, 'html', 'utf-8', 'base64'), msgid=mid_generic('credly.com'),
    trace=vendor_in(t, ME_P, 'credly.com'),
    what='Credly badge after B', note='Base64 HTML right after a resolution')

# --- Case B: owner reopens
t = D(2023, 10, 20, 21, 15, 9, JST)
B_REOPEN = """Hi Tamura-san,

Sorry to come back to this. The Cloud Practitioner badge arrived on Credly, thank you.
Two things still look wrong on my account (%s) though:

- The certification page shows the CLF expiry as March 2023, but I passed in
  March 2022, so it should be March 2025.
- Credly still lists a second, "expired" Cloud Practitioner badge that I think
  came from the old duplicate profile.

Could you take another look?

Haruka
""" % CID_P
txt = B_REOPEN + '\n' + gmail_on(D(2023, 10, 17, 14, 12, tz=JST), 'AWS Training and Certification <%s>' % TC, B_DONE.split('-----Original Message-----')[0]) + '\n'
add('b_reopen', kind='user_reply', reply=False, case=CASE_B, cands=[CID_P], t=t,
    frm=ME_P_FROM, to=addr('AWS Training and Certification', TC), subject='Re: ' + SUBJ_B,
    body=Text(txt, 'plain', 'utf-8', 'quoted-printable'), msgid=mid_gmail(), irt='b_resolved', refs=['b_conf', 'b_reply2', 'b_resolved'],
    what='B: owner reopens with two problems', note="Owner's own question")

# --- other vendor closes a case for inactivity
t = D(2023, 10, 20, 14, 2, 18)
txt = """Hello Haruka,

We haven't heard back from you on case #00481522 ("Webhook deliveries delayed for
project kinoe-staging"), so we've gone ahead and closed it.

If the problem comes back, reply to this email within 7 days and the case will be
reopened automatically. After that, please open a new case from the dashboard.

Thanks for using Tessera Cloud,
Marguerite - Tessera Cloud Support

Case: #00481522 | Priority: Normal | Status: Closed
"""
html = '<html><body style="font-family:Inter,Arial">' + text2html(txt) + '</body></html>'
add('vendor_closed', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=addr('Tessera Cloud Support', 'support@tesseracloud.io'), to=ME_P,
    subject='[Case #00481522] Closed due to inactivity',
    body=alt(txt, html), msgid=mid_generic('tesseracloud.io'),
    trace=vendor_in(t, ME_P, 'tesseracloud.io'),
    what='Other vendor: closed for inactivity', note='Reads like a closing notice')

# --- Case B: reopened (case update)
t = D(2023, 10, 21, 1, 49, 36)
B_REOPENED = """Hi Haruka,

Thanks for letting us know. I've reopened case %s and sent both points to the
certification operations team:

* the expiry date on your Cloud Practitioner certification, and
* the leftover badge that was issued to the deactivated profile.

The stale badge will be revoked from our side once the record is corrected, so
you don't need to contact Credly yourself. I'll write again when the team has
finished.

Tamura
AWS Training and Certification
""" % CASE_B
add('b_reopened', kind='case_update', reply=False, case=CASE_B, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_B,
    body=Text(B_REOPENED, 'plain', 'utf-8', 'quoted-printable'), refs=['b_reopen'], trace=amazon_in(t, ME_P),
    what='B: reopened and passed on', note="'Reopened' plus a promise; no ask")

# --- Case B: resolved again, HTML table + quoted confirmation request
t = D(2023, 10, 24, 4, 30, 0)
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px">
<p>Hello Haruka,</p>
<p>The certification team has finished the correction. Here is the current state of your record:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eee"><th>Item</th><th>Before</th><th>Now</th></tr>
<tr><td>AWS Certified Cloud Practitioner &ndash; expires</td><td>14 March 2023</td><td>14 March 2025</td></tr>
<tr><td>Badge issued to deactivated profile</td><td>Active (expired)</td><td>Revoked</td></tr>
</table>
<p>Everything requested on this case is done, so I have set it to resolved again.</p>
<p>Tamura<br>AWS Training and Certification</p>
<br>
<div style="color:#666">
<p>On 16 Oct 2023, AWS Training and Certification wrote:</p>
<blockquote style="border-left:3px solid #ccc;margin-left:4px;padding-left:10px">
""" + text2html(B_CONF) + """
</blockquote></div></body></html>"""
add('b_resolved2', kind='resolved', reply=False, case=CASE_B, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_B,
    body=Text(html, 'html', 'utf-8', 'quoted-printable'), refs=['b_reopen', 'b_reopened'],
    trace=amazon_in(t, ME_P),
    what='B: resolved again; HTML table', note='Quotes the old confirmation with IDs')
