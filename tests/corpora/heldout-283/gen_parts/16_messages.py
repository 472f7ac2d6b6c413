# Part of gen.py (blind-283); executed by gen.py in its own namespace.
# --- Case A: resolved
t = D(2025, 5, 29, 6, 31, 48)
A_DONE = """Hello Haruka,

All done -- I have successfully merged the two accounts. The exam history,
certifications and benefits that were on Account #2 are now on the account for
%s, including your Solutions Architect - Associate certification
and the unused 50%% exam discount.

Credly may re-issue your badges to the new address within a day. If anything looks
wrong when you sign in, reply to this email within the next two weeks and I'll
reopen the case.

Good luck in your new role!

Priya
AWS Training and Certification
""" % ME_P
txt = A_DONE + '\n' + gmail_on(D(2025, 5, 29, 12, 40, tz=JST), 'Haruka Nishimoto <%s>' % ME_P, A_OK + '\n' + q(A_CLOSE)) + '\n'
add('a_done', kind='resolved', reply=False, case=CASE_A, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_A,
    body=alt(txt, '<html><body>' + text2html(A_DONE) + '<blockquote>' + text2html(A_OK) + '<blockquote>'
             + text2html(A_CLOSE) + '</blockquote></blockquote></body></html>'),
    irt='a_ok', refs=['a_conf', 'a_close', 'a_ok'], trace=amazon_in(t, ME_P),
    what="A: 'successfully merged'", note='Two quote levels with old asks; conditional reopen')

# --- Credly after the merge
t = D(2025, 5, 29, 23, 10, 37)
html = """<!doctype html><html><body style="background:#f7f7f7;margin:0">
<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:28px">
<p style="font-size:20px;font-weight:bold">Haruka, a badge is waiting for you</p>
<p>Amazon Web Services Training and Certification has sent you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge at this email address.</p>
<table cellpadding="4" style="font-size:13px;color:#444"><tr><td>Issued</td><td>February 8, 2024</td></tr>
<tr><td>Expires</td><td>February 8, 2027</td></tr></table>
<p><a href="https://www.credly.com/badges/e4b7d0c2-9a18-4f55-b1e3-6c0a2d7f8e19/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:11px;color:#888">Not expecting this? You can ignore this email. &middot;
<a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</td></tr></table></body></html>"""
add('a_badge', kind='badge', reply=False, case=None, cands=[], t=t,
    frm=addr('Credly', 'admin@credly.com'), to=ME_P,
    subject='You have a new badge from Amazon Web Services Training and Certification',
    body=alt('Haruka, a badge is waiting for you.\n\nAmazon Web Services Training and Certification has sent you the\n'
             'AWS Certified Solutions Architect - Associate badge at this email address.\n\n'
             'Accept badge: https://www.credly.com/badges/e4b7d0c2-9a18-4f55-b1e3-6c0a2d7f8e19/accept\n', html),
    msgid=mid_generic('credly.com'), trace=vendor_in(t, ME_P, 'credly.com'),
    what='Credly badge after A', note='Right after a merge')

# --- Skill Builder receipt
t = D(2025, 5, 30, 4, 2, 9)
txt = """AWS Skill Builder

Thanks for your purchase, Haruka.

Order number: SB-2025-0530-77146
Plan: AWS Skill Builder Individual subscription (monthly)
Billing period: 30 May 2025 - 29 June 2025
Amount charged: USD 29.00 (card ending 4417)

Your subscription renews automatically each month. You can cancel at any time
from Account settings > Subscription.

Questions about your order? Visit https://skillbuilder.aws/support

Amazon Web Services, Inc.
"""
add('skillbuilder', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=addr('AWS Skill Builder', 'no-reply@skillbuilder.aws'), to=ME_P,
    subject='Your AWS Skill Builder receipt',
    body=alt(txt, '<html><body style="font-family:Arial">' + text2html(txt) + '</body></html>', cte='base64'),
    trace=vendor_in(t, ME_P, 'skillbuilder.aws', mailfrom=ses_from()),
    what='Skill Builder receipt', note='AWS training mail, not a case')

# --- Case A survey
t = D(2025, 6, 2, 18, 5, 0)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>You recently worked with AWS Training and Certification on case <b>%s</b>.
Was your issue resolved?</p>
<p><a href="https://survey.aws.training/c/%s?resolved=yes">Yes</a> &nbsp;|&nbsp;
<a href="https://survey.aws.training/c/%s?resolved=no">No</a></p>
<p>Then tell us, in a few words, what went well and what we could do better. Your answers help us improve;
they are optional and do not reopen your case.</p>
<p style="color:#888;font-size:11px">You received this survey because a support case was resolved. This address does not accept replies.</p>
</body></html>""" % (CASE_A, alnum(16), alnum(16))
add('a_survey', kind='survey', reply=False, case=CASE_A, cands=[], t=t,
    frm=addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), to=ME_P,
    subject='Tell us about your experience with case %s' % CASE_A,
    body=Text(html, 'html', 'utf-8', 'quoted-printable'), trace=amazon_in(t, ME_P),
    what='A: survey, HTML only', note="'Was your issue resolved?'")

# --- Case E: acknowledgement
t = D(2025, 6, 5, 3, 41, 33)
E_ACK = """Hello,

We've received your message and opened case %s. A member of the AWS Training
and Certification team will reply, typically within 24 hours.

Please do not open a new case for this request -- it will slow down our response.

Your request:
  Inquiry type: Certification
  Additional details: Certification Benefits
  Candidate ID: %s
  Message: After my accounts were merged (case %s) the 50%% exam voucher
  is missing from my Benefits page.

AWS Training and Certification
""" % (CASE_E, CID_P, CASE_A)
add('e_ack', kind='acknowledgement', reply=False, case=CASE_E, cands=[CID_P], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_E,
    body=Text(E_ACK, 'plain', 'utf-8', '8bit'), trace=amazon_in(t, ME_P), eol='\n',
    what='E: acknowledgement, 8bit LF', note='Echo names case A')

# --- Credly lookalike phishing
t = D(2025, 6, 5, 20, 55, 17)
html = """<html><body style="font-family:Helvetica,Arial">
<div style="max-width:560px;margin:auto;border:1px solid #eee;padding:24px">
<p style="font-size:20px;color:#ff6b00;font-weight:bold">Credly</p>
<p>Dear badge earner,</p>
<p>Following a recent change to your AWS Certification account, <b>3 badges</b> on your profile could not be
matched to a verified earner and are scheduled for removal on <b>June 7, 2025</b>.</p>
<p>To keep your badges, confirm your identity within 48 hours:</p>
<p><a href="https://credly-badgeverify.com/login?src=aws&amp;id=7731" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Keep my badges</a></p>
<p>Credly Trust &amp; Safety</p>
</div></body></html>"""
mf = 'no-reply@credly-badgeverify.com'
ip = '91.92.%d.%d' % (rng.randint(0, 255), rng.randint(1, 254))
add('phish_credly', kind='suspicious', reply=False, case=None, cands=[], t=t,
    frm=addr('Credly', 'no-reply@credly-badgeverify.com'), to=ME_P,
    subject='Action required: 3 of your AWS badges will be removed',
    body=Text(html, 'html', 'utf-8', 'base64'), msgid=mid_generic('credly-badgeverify.com'),
    trace=gmail_trace(t, mf, ip, 'mail.credly-badgeverify.com',
                      gauth('credly-badgeverify.com', mf, ip, 'credly-badgeverify.com', dmarc='none')),
    what='Credly lookalike phishing', note='Plausible after a merge; auth passes for lookalike')

# --- Case E: passed to benefits team
t = D(2025, 6, 6, 9, 12, 50)
E_UPD = """Hi Haruka,

Mateo here, picking up case %s.

I can confirm the voucher didn't come across with the merge. Benefits are held by
a separate team, so I've sent them your details and asked them to re-issue it to
the account you kept. That usually takes two or three business days.

I'll let you know when they've done it.

Mateo
AWS Training and Certification
""" % CASE_E
add('e_update', kind='case_update', reply=False, case=CASE_E, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_E,
    body=alt(E_UPD, '<html><body>' + text2html(E_UPD) + '</body></html>', cte='base64'), trace=amazon_in(t, ME_P),
    what='E: passed to benefits team', note='Promise only')

# --- Case E: check and report back
t = D(2025, 6, 9, 5, 27, 14)
E_INFO = """Hi Haruka,

The benefits team tells me they re-issued the 50%% voucher to your account
(%s) this morning.

The Benefits page sometimes takes a while to catch up, and I can't see it the way
you do. Would you sign in, open Benefits, and let me know whether the voucher is
listed now? If it still isn't there, a screenshot of the page would help me push
back to the team.

Mateo
AWS Training and Certification
""" % ME_P
add('e_info', kind='info_request', reply=True, case=CASE_E, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_E,
    body=Text(E_INFO, 'plain', 'utf-8', 'quoted-printable'), refs=['e_update'], trace=amazon_in(t, ME_P),
    what='E: check Benefits page and report back', note='Opens like a resolution')

# --- Case E: closed for no reply (Japanese + English)
t = D(2025, 6, 13, 6, 0, 0)
E_CLOSED = """西本 遥 様

2025 年 6 月 9 日にお送りしたご連絡以降、ご返信を確認できなかったため、
ケース %s をクローズいたしました。

引き続きサポートが必要な場合は、14 日以内に本メールへご返信ください。
ケースが自動的に再開されます。

----

Hello Haruka,

As we haven't heard back since our message of 9 June 2025, case %s
has been closed. If you still need help, reply to this email within 14 days
and the case will reopen automatically.

AWS Training and Certification
""" % (CASE_E, CASE_E)
add('e_closed', kind='closing_notice', reply=True, case=CASE_E, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_E,
    body=Text(E_CLOSED, 'plain', 'utf-8', 'quoted-printable'), refs=['e_info'], trace=amazon_in(t, ME_P),
    what='E: closed for no reply, JA then EN', note='Already closed; a reply reopens')

# --- Case E: owner answers with a screenshot
t = D(2025, 6, 13, 20, 48, 26, JST)
E_REPLY = """Hi Mateo,

Sorry, I missed your earlier message. I checked just now: the 50% voucher is on
my Benefits page (valid until 28 May 2026). Screenshot attached.

ありがとうございました!
Haruka
"""
png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')
txt = E_REPLY + '\n' + gmail_on(D(2025, 6, 13, 15, 0, tz=JST), 'AWS Training and Certification <%s>' % TC, E_CLOSED) + '\n'
add('e_reply', kind='user_reply', reply=False, case=CASE_E, cands=[], t=t,
    frm=ME_P_FROM, to=addr('AWS Training and Certification', TC), subject='Re: ' + SUBJ_E,
    body=Multi('mixed', [alt(txt, '<div dir="ltr">' + text2html(E_REPLY) + '</div>', cte='base64'),
                         Binary(png, 'image/png', 'benefits.png')]),
    msgid=mid_gmail(), irt='e_closed', refs=['e_info', 'e_closed'],
    what='E: owner answers, PNG attached', note='Quotes a closing notice')

# --- Case E: resolved
t = D(2025, 6, 16, 2, 15, 8)
E_DONE = """Hi Haruka,

Thanks for checking -- glad the voucher is showing. Your reply reopened the case,
so I'm recording your confirmation and setting it to resolved.

If you have any other questions about your certification benefits, feel free to
get in touch again.

Mateo
AWS Training and Certification
"""
add('e_done', kind='resolved', reply=False, case=CASE_E, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_E,
    body=alt(E_DONE, '<html><body>' + text2html(E_DONE) + '</body></html>'), irt='e_reply', refs=['e_info', 'e_closed', 'e_reply'],
    trace=amazon_in(t, ME_P),
    what='E: resolved', note="'Reopened' and 'resolved'; 'feel free to get in touch'")
