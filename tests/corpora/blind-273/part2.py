from lib import *  # noqa: F401,F403

SUBJ_A = 'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ)
SUBJ_A2 = 'RE: [CASE %s] %s' % (CASE_A, FORM_SUBJ)

# 008 A: on hold, split asks — partner admin AND the person are asked ------
d = U(3, 4, 9, 2, 10)
t = """Hello Ryo, and hello Naoko (copied as the AWS Partner Central administrator for Kasumi Technologies),

Ryo, thanks for the details in your request. While reviewing the older certification account (%s) I found that it is linked to Kasumi Technologies' AWS Partner Network organization. Certifications held in a partner-linked account count toward that partner's profile, so we can't fold the account into a personal one while the link is still active.

For that reason I've put the merge on hold. Two things will get it moving again:

@Naoko – the partner organization has to release the certification account. You can unlink it in AWS Partner Central, or reply to this thread confirming that Kasumi agrees to the release.

@Ryo – what is your last working day at Kasumi Technologies? Unless the partner administrator approves an earlier release, we won't act before that date.

As soon as we have both, I'll pick this up again.

Best regards,
Priya
AWS Training and Certification Customer Service
""" % CID_OLD
html = page(t2h(t) + '<hr><p style="font-size:11px;color:#777">Case %s &middot; please keep '
            'the case number in the subject when you reply.</p>' % CASE_A)
add(('on_hold', True, CASE_A, [CID_OLD]), P_TC, [A('Ryo Okabe', ME_P)], SUBJ_A, d,
    mid_ses('A-hold1'), alt(t, html, enc='qp'), cc=[P_NAOKO], irt=MID['A1'],
    pre=g_in(d, 'amazon.com'), key='A2',
    note='Partner hold with split asks: "@Naoko" must unlink, "@Ryo" is asked his last '
         'working day (question buried in the hold) -> reply needed.')
TXT['A2'] = t
DATES['A2'] = d

# 009 B: duplicate closed, pointed at A ---------------------------------------
d = U(3, 4, 9, 30, 41)
h = ("<div>Hi Ryo,</div><br><div>This request is the same account merge you sent earlier the "
     "same day from okabe.ryo.ff@gmail.com, which we are already handling under case %s.</div>"
     "<br><div>To keep the conversation in one place I have closed case %s as a duplicate and "
     "added a note to %s. Nothing is lost by this, and there is no need to answer this message; "
     "my colleague will continue with you on the other case.</div><br><div>Thanks,<br>Daniel"
     "<br>AWS Training and Certification</div>" % (CASE_A, CASE_B, CASE_A))
add(('case_update', False, CASE_B, []), P_TC, [C_RYO], 'RE:[CASE %s] %s' % (CASE_B, FORM_SUBJ),
    d, mid_ses('B-dup'), leaf(page(h), 'html', enc='qp'), cc=[A('Ryo Okabe', ME_P)],
    irt=MID['B1'], pre=m_in(d, 'amazon.com'),
    note='Duplicate case B closed and linked to A; sent to the company address with the '
         'personal one in Cc; mentions both case numbers (belongs to B).')

# 010 Naoko reply-all: asks support a question, nudges Ryo (Outlook quote) --
d = J(3, 4, 10, 15, 37)
t = """Hello Priya,

Thank you. Kasumi Technologies agrees to release Ryo's certification account once he leaves us. Is there a particular page in Partner Central we should use for this, or does an email from me count as the approval?

岡部さん、最終出社日の質問はご本人から回答をお願いします。

Best regards,
Naoko Fujisawa
Alliance Manager | Kasumi Technologies

""" + ol_orig('AWS Training and Certification <%s>' % TC, DATES['A2'],
              'Ryo Okabe <%s>' % ME_P, SUBJ_A, cc='Naoko Fujisawa <%s>' % NAOKO) + '\n' + TXT['A2']
add(('unrelated', False, CASE_A, []), P_NAOKO, [P_TC], SUBJ_A2, d, mid_ol('naoko-1'),
    leaf(t, enc='qp'), cc=[A('Ryo Okabe', ME_P)], irt=MID['A2'], refs=[MID['A1'], MID['A2']],
    pre=g_in(d, 'kasumi-tec.co.jp', ip='40.107.74.55',
             host='mail-tycjpn01on2055.outbound.protection.outlook.com', policy='p=NONE sp=NONE dis=NONE'),
    key='A3',
    note='Partner admin replies-all: her own question to support and a nudge to Ryo in Japanese; '
         'support\'s ask to Ryo is only in the Outlook-quoted part.')
TXT['A3'] = t.split('\n\n-----Original')[0]
DATES['A3'] = d

# 011 Ryo's reply-all (Gmail) -----------------------------------------------
d = J(3, 4, 11, 2, 5)
new = """Hi Priya,

My last working day at Kasumi Technologies is Friday, March 14, 2025. The company mailbox is switched off that evening, so please keep writing to this personal address.

藤沢さん、ご対応ありがとうございます。

Best regards,
Ryo Okabe
"""
t = new + '\n' + gm_on(DATES['A3'], 'Naoko Fujisawa', NAOKO) + '\n' + q(TXT['A3'] + '\n\n' + TXT['A2'])
html = page('<div dir="ltr">' + t2h(new) + '</div><br><div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">' + gm_on(DATES['A3'], 'Naoko Fujisawa', NAOKO).replace('<', '&lt;')
            .replace('>', '&gt;') + '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 '
            '.8ex;border-left:1px #ccc solid;padding-left:1ex">' + t2h(TXT['A3']) + '</blockquote></div>')
add(('user_reply', False, CASE_A, []), P_RYO, [P_TC], SUBJ_A2, d, mid_gm('ryo-1'),
    alt(t, html, enc='qp'), cc=[P_NAOKO], irt=MID['A3'], refs=[MID['A1'], MID['A2'], MID['A3']],
    key='A4', note='Owner\'s reply-all (Gmail) answering the last-day question; has a '
                   'thank-you to the admin.')
DATES['A4'] = d
TXT['A4'] = new

# 012 Pearson VUE appointment (9-digit registration, candidate ID) ---------
d = U(3, 4, 12, 40, 3)
t = """Dear Ryo Okabe,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Tuesday, March 25, 2025 10:00 JST
Delivery: OnVUE online proctored
Registration number: 512934870
Candidate ID: %s

Run the system test on the computer you will use at least one day before the exam. To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
""" % CID_NEW
add(('unrelated', False, None, [CID_NEW]), A('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), [ME_P],
    'Confirmation of your AWS Certified Solutions Architect - Professional exam appointment', d,
    mid_other('pv-512934870', 'pearson.com'), leaf(t, enc='7bit', cs='us-ascii'),
    pre=g_in(d, 'pearson.com', ip='159.182.1.20', host='smtp2.pearson.com'),
    note='Exam vendor mail: 9-digit registration number (not a case) and a candidate ID.')

# 013 A: hold, now the partner is asked; Ryo in Cc told nothing is needed ---
d = U(3, 4, 16, 5, 48)
body = """Hello Naoko,

Thanks for the quick answer. An email from the partner administrator is normally enough, but our merge team also checks Partner Central, so the link has to be removed there as well.

In AWS Partner Central, go to <b>Team &gt; Certified users</b>, open Ryo Okabe's entry (certification account %s) and choose <b>Unlink certification account</b>. Please reply on this thread once it's done.

Ryo, thanks for the date. For now there is nothing further needed from you; I'll get back in touch once the partner side is cleared.

Kind regards,
Priya
AWS Training and Certification Customer Service""" % CID_OLD
h = ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in body.split('\n\n'))
h += ('<br><div style="border-left:2px solid #999;padding-left:8px;color:#555">'
      '<p><b>From:</b> Ryo Okabe &lt;%s&gt;<br><b>Sent:</b> %s</p>%s</div>' % (
          ME_P, DATES['A4'].strftime('%d %b %Y %H:%M %z'), t2h(TXT['A4'])))
add(('on_hold', False, CASE_A, [CID_OLD]), P_TC, [P_NAOKO], SUBJ_A, d, mid_ses('A-hold2'),
    leaf(page(h), 'html', enc='b64'), cc=[A('Ryo Okabe', ME_P)], irt=MID['A4'],
    refs=[MID['A1'], MID['A2'], MID['A3'], MID['A4']], pre=g_in(d, 'amazon.com'), key='A5',
    note='Still on hold: To the partner admin (asked to unlink in Partner Central), owner only '
         'in Cc and told nothing is needed -> no reply. HTML only, base64.')
