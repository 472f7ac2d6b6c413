from lib import *  # noqa: F401,F403

# 061 AWS Educate form case: a student's case, owner copied as mentor ------------
d = U(3, 22, 17, 40, 12)
t = """Hi Hana,

Thanks for writing in. I can see two AWS Educate profiles that could be yours. To make sure we unlock the right one, could you reply with the email address you used when you first registered, and the name of your school?

(Ryo, thank you for introducing Hana; we'll keep you copied as she requested.)

Cheers,
Alex
AWS Educate Support
"""
add(('unrelated', False, CASE_EDU, []), A('AWS Educate', 'aws-cs-educate-form@amazon.com'),
    [A('Hana Mizuno', 'h.mizuno.student@gmail.com')],
    'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % CASE_EDU, d, mid_ses('edu-1'),
    alt(t, page(t2h(t)), enc='qp'), cc=[A('Ryo Okabe', ME_P)],
    irt=mid_other('edu-form', 'amazon.com'), pre=g_in(d, 'amazon.com'),
    note='Another AWS program\'s form case (Educate), same shape as T&C mail; the question is '
         'for the student, owner in Cc as her mentor.')

# 062 F: partner opened a case; support asks the owner (in Cc) for consent ----------
SUBJ_F = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - partner-certifications' % CASE_F
d = U(3, 24, 11, 12, 37)
t = """Hello Naoko and Ryo,

Naoko has asked us to stop counting Ryo's certifications toward Kasumi Technologies' partner profile now that he has left the company.

Because the certifications belong to Ryo, we need the holder's agreement before we change how his record is shared. Ryo, we need you to reply on this thread confirming that you no longer want your certification record (%s) shared with Kasumi Technologies. One line is enough.

Naoko, no further information is needed from you.

Best regards,
Oksana
AWS Training and Certification Customer Service
""" % CID_NEW
add(('info_request', True, CASE_F, [CID_NEW]), P_TC, [P_NAOKO], SUBJ_F, d, mid_ses('F-info'),
    alt(t, page(t2h(t)), enc='b64'), cc=[A('Ryo Okabe', ME_P)],
    irt=mid_other('F-form', 'kasumi-tec.co.jp'), pre=g_in(d, 'amazon.com'), key='F1',
    note='Case F opened by the partner admin; the owner is only in Cc, yet he is the one asked '
         '("we need you to reply") -> reply needed.')
TXT['F1'] = t
DATES['F1'] = d

# 063 owner replies-all on F, top-posting over the history --------------------------
d = J(3, 24, 21, 3, 50)
new = """Hello Oksana,

I confirm that I no longer want my certification record (%s) shared with Kasumi Technologies.

Naoko-san, thank you for taking care of this.

Ryo Okabe
""" % CID_NEW
t = new + '\n' + gm_on(DATES['F1'], 'AWS Training and Certification', TC) + '\n' + q(TXT['F1'])
html = page('<div dir="ltr">' + t2h(new) + '</div><div class="gmail_quote"><blockquote '
            'class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            + t2h(TXT['F1']) + '</blockquote></div>')
add(('user_reply', False, CASE_F, [CID_NEW]), P_RYO, [P_TC], SUBJ_F, d, mid_gm('ryo-4'),
    alt(t, html, enc='qp'), cc=[P_NAOKO], irt=MID['F1'], key='F2',
    note='Owner\'s one-line consent, reply-all, quoted request below.')

# 064 F: resolved, to both --------------------------------------------------------------
d = U(3, 26, 10, 5, 0)
t = """Hello Naoko, hello Ryo,

Thank you both. Ryo's certifications are no longer shared with Kasumi Technologies; the partner profile will show the change after its next refresh, within about 72 hours.

This case is now closed. Should anything else come up, feel free to reply here.

Best regards,
Oksana
AWS Training and Certification Customer Service
"""
add(('resolved', False, CASE_F, []), P_TC, [P_NAOKO], SUBJ_F, d, mid_ses('F-done'),
    leaf(t, enc='qp'), cc=[A('Ryo Okabe', ME_P)], irt=MID['F2'], refs=[MID['F1'], MID['F2']],
    pre=g_in(d, 'amazon.com'), crlf=True,
    note='Case F closed as done, addressed to both; conditional "feel free to reply".')

# 065 CertMetrics: exam result ----------------------------------------------------------
d = U(3, 26, 18, 0, 0)
h = ('<p>Hello Ryo Okabe,</p><p>Congratulations! You have successfully completed the AWS Certified '
     'Solutions Architect - Professional exam and you are now AWS Certified.</p><p>Candidate ID: %s'
     '<br>Exam date: March 25, 2025<br>Validation number: 8QZ4KX1D2MF11GS7</p><p>Your digital badge '
     'will arrive from Credly within a few days.</p><p>AWS Certification</p>' % CID_NEW)
add(('certification', False, None, [CID_NEW]), A('AWS Certification', 'do-not-reply@certmetrics.com'), [ME_P],
    'Congratulations: you are now AWS Certified', d, mid_other('cm-pass', 'certmetrics.com'),
    alt('Congratulations! You passed AWS Certified Solutions Architect - Professional.\n'
        'Candidate ID: %s\nValidation number: 8QZ4KX1D2MF11GS7\n' % CID_NEW, page(h), enc='qp'),
    pre=g_in(d, 'certmetrics.com', ip='52.6.120.44', host='mta-52-6-120-44.certmetrics.com',
             policy='p=NONE sp=NONE dis=NONE'),
    note='Exam result notice with the candidate ID.')

# 066 Credly: the new professional badge --------------------------------------------------
d = U(3, 27, 9, 5, 0)
h = ('<div style="text-align:center"><h2>Congratulations, Ryo!</h2><p>Amazon Web Services Training '
     'and Certification has issued you the badge <b>AWS Certified Solutions Architect – Professional'
     '</b>.</p><p><a href="https://www.credly.com/badges/5c0f2a9e-3b1d-4e7a-9c55-0b7d61e2f8a4">Accept '
     'your badge</a></p></div>')
add(('badge', False, None, []), A('Credly', 'admin@credly.com'), [A('Ryo Okabe', ME_P)],
    'Claim your AWS Certified Solutions Architect – Professional badge', d,
    mid_other('credly-sap', 'credly.com'), leaf(page(h), 'html', enc='qp'),
    pre=g_in(d, 'credly.com', ip='167.89.115.30', host='o2.ptr2917.credly.com', policy='p=REJECT sp=REJECT dis=NONE'),
    note='Credly badge for the newly passed exam.')

# 067 aws.training newsletter ---------------------------------------------------------------
d = U(3, 28, 2, 0, 0)
t = """AWS Training and Certification – April highlights

- New: AWS Certified AI Practitioner exam prep plan
- Free digital course: Generative AI for decision makers
- Reminder: you can merge duplicate certification accounts from the contact form

Questions? Visit the AWS Training and Certification FAQ. Please do not reply to this email; this mailbox is not monitored.
"""
add(('unrelated', False, None, []), A('AWS Training and Certification', 'no-reply@aws.training'), [ME_P],
    'April highlights from AWS Training and Certification', d, mid_ses('tc-news'),
    alt(t, page(t2h(t)), enc='qp'), pre=g_in(d, 'aws.training'),
    post=[('List-Unsubscribe', '<https://www.aws.training/unsubscribe>')],
    note='T&C marketing newsletter from the training platform that mentions merging accounts.')
