from lib import *

E = "173675521904318"
E_SUBJ = tc_subj(E)
ID1, ID2 = "AWS04471932", "AWS08815260"


def sig(name, team="AWS Training and Certification Customer Service"):
    return ('<table cellpadding="0" cellspacing="0" style="margin-top:18px;font-size:13px;color:#333">'
            '<tr><td style="padding-right:10px"><img src="https://d1.awsstatic.com/tc/smile.png" width="40" '
            'height="40" alt="AWS"></td><td style="border-left:2px solid #ff9900;padding-left:10px"><b>%s</b><br>%s'
            '</td></tr></table>' % (name, team))


def run():
    # 019 exam result on the duplicate profile
    inner = ('<p>Hello Wataru,</p><p>Your score report for <b>AWS Certified Security - Specialty</b> is now in '
             'your AWS Certification account.</p>' + kv([("Candidate ID", ID2), ("Exam date", "2025-01-07"),
                                                         ("Result", "PASS")]) +
             button("Open my Certification account", "https://cp.certmetrics.com/amazon/en/home/dashboard") +
             '<p style="font-size:11px;color:#777">Please do not reply to this automated message.</p>')
    hm = page(card(inner, "AWS Certification"), "Your exam results are ready")
    emit("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Your AWS Certification exam results are available",
         dt("2025-01-09 02:14"), alt(strip(hm), hm, seed="e1"), ("certification", False, None, [ID2]),
         mid_=mid("certmetrics.com", "e1"), au=auth("certmetrics.com"))

    # 020 another vendor's Zendesk ticket solved
    z = ('<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
         '<p>Your request (58213) has been solved. To reopen this request, reply to this email.</p>'
         '<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #eee"><tr>'
         '<td style="padding:12px 0"><img src="https://tessaract.zendesk.com/system/photos/av1.png" alt="" width="40">'
         '</td><td><b>Lena (Tessaract Cloud)</b><br>Jan 10, 2025, 09:12 CET<p>Hi Wataru, the API rate-limit '
         'increase is live on your workspace. I have marked this ticket solved. Was this answer helpful? '
         '<a href="https://tessaract.zendesk.com/requests/58213/satisfaction/good">Good</a> / '
         '<a href="https://tessaract.zendesk.com/requests/58213/satisfaction/bad">Bad</a></p></td></tr></table>'
         '<div style="color:#aaa;font-size:11px">[9R3KXM-WQ27]</div>')
    emit("Tessaract Cloud Support <support@tessaract.zendesk.com>", ME_C,
         "[Tessaract Support] Re: API rate limit increase for workspace kobalt", dt("2025-01-10 08:12"),
         alt(strip(z), z, seed="e2"), ("unrelated", False, None, []), mid_="<9R3KXM-WQ27_67810a2c91f4_sprut@zendesk.com>",
         au=auth("tessaract.zendesk.com", box="exo"))

    # 021 acknowledgement, echoes the form text
    inner = ('<p>Hello,</p><p>Thank you for contacting AWS Training and Certification. We have opened case <b>%s</b> '
             'for your request. The details of your case are as follows:</p>' % E +
             kv([("Inquiry type", "Certification"), ("Additional details", "Account Merge"),
                 ("Description", "I have two certification profiles under %s: %s (original) and %s (created by mistake "
                  "in December; my January exam landed there). Please merge them into %s." % (ME_P, ID1, ID2, ID1))]) +
             '<p>Our team usually responds within 24 hours. To avoid delays, please do not submit another request '
             'for the same issue; reply to this e-mail instead if you need to add something.</p>'
             '<p>Sincerely,<br>AWS Training and Certification</p>' + AWS_LEGAL)
    hm = page(card(inner), "We received your request - case %s" % E)
    e1 = emit(TC_FROM, ME_P, E_SUBJ, dt("2025-01-13 00:40"), alt(strip(hm), hm, seed="e3"),
              ("acknowledgement", False, E, [ID1, ID2]), mid_=mid("sf", "e3"), au=auth("amazon.com"))

    # 022 colleague asks for a reply (internal, ISO-2022-JP)
    txt = ("三枝さん\n\nお疲れさまです。中村です。\n1/24(金)の社内AWS勉強会ですが、LT枠が一つ空いています。\n"
           "登壇いただけるかどうか、今週中に返信もらえますか?\n\nよろしくお願いします。\n中村\n")
    emit(a("中村 悠斗", "y-nakamura@kobalt-sys.co.jp", "iso-2022-jp"), ME_C, "1/24 社内AWS勉強会のLT枠について",
         dt("2025-01-13 10:05", 9), T(txt, "iso-2022-jp", "7bit"), ("unrelated", False, None, []),
         mid_=mid("outlook", "e4"), scs="iso-2022-jp", crlf=True)

    # 023 confirmation request, HTML only, table + mailto button
    mail = "mailto:%s?subject=%s&body=Confirmed" % (TC, E_SUBJ.replace(" ", "%20"))
    tbl = ('<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px;margin:10px 0">'
           '<tr style="background:#eaeded"><th>Candidate ID</th><th>Login e-mail</th><th>Created</th><th>Certifications</th></tr>'
           '<tr><td>%s</td><td>%s</td><td>2019-06-02</td><td>SAA, DVA</td></tr>'
           '<tr><td>%s</td><td>%s</td><td>2024-12-11</td><td>SCS</td></tr></table>' % (ID1, ME_P, ID2, ME_P))
    body = ('<div style="font-family:Arial,sans-serif;font-size:14px">Hello Wataru,<br><br>Thanks for your patience. '
            'I located the two certification profiles you described:' + tbl +
            'Before I make any change, please confirm that both profiles belong to you and that %s is the one '
            'to keep. After your confirmation, %s will be merged into it and deactivated.%s'
            % (ID1, ID2, button("Confirm merge", mail, "#1d8102")) + sig("Priyanka S.") + '</div>' + AWS_LEGAL)
    hm = '<html><body>%s</body></html>\n' % body
    e2 = emit(TC_FROM, ME_P, E_SUBJ, dt("2025-01-14 06:55"), H(hm), ("confirmation_request", True, E, [ID1, ID2]),
              mid_=mid("sf", "e5"), irt=e1, au=auth("amazon.com"))

    # 024 owner answers from the company alias (wrong address)
    new = ('Hello Priyanka,<br><br>Confirmed - both profiles are mine. Please keep %s and merge %s into it.'
           '<br><br>Best regards,<br>Wataru Saegusa' % (ID1, ID2))
    g = gmail(new, "On Tue, Jan 14, 2025 at 3:55\u202fPM AWS Training and Certification <%s> wrote:" % TC, body)
    e3 = emit(a(ME_NAME, ME_C), TC_FROM, E_SUBJ, dt("2025-01-14 19:31", 9), alt(strip(g), g, seed="e6"),
              ("user_reply", False, E, [ID1, ID2]), mid_=mid("gmail", "e6"), irt=e2, refs=e1 + " " + e2)

    # 025 support: write from the address on file
    body2 = ('<div style="font-family:Arial,sans-serif;font-size:14px">Hello Wataru,<br><br>Thank you for getting back '
             'to me. Your reply arrived from w-saegusa@kobalt-sys.co.jp, which is not registered on either profile. To '
             'protect your records we can only act on a confirmation that comes from the address on file.<br><br>'
             'Would you resend your confirmation by replying to this e-mail from s*************k@gmail.com? As soon '
             'as it arrives I will complete the merge.' + sig("Priyanka S.") +
             '<div style="border-top:1px solid #ccc;margin-top:14px;padding-top:6px;font-size:12px;color:#555">'
             '---- On Tue, 14 Jan 2025 10:31:00 +0000 &lt;%s&gt; wrote ----</div><blockquote style="border-left:'
             '2px solid #ccc;margin-left:4px;padding-left:8px">%s</blockquote></div>' % (ME_C, g) + AWS_LEGAL)
    e4 = emit(TC_FROM, ME_P, E_SUBJ, dt("2025-01-15 02:20"), H('<html><body>%s</body></html>\n' % body2),
              ("info_request", True, E, []), mid_=mid("sf", "e7"), cc=ME_C, irt=e3,
              refs=" ".join([e1, e2, e3]), au=auth("amazon.com"))

    # 026 Builder ID one-time code
    inner = ('<p>Hello,</p><p>Use the code below to verify your AWS Builder ID e-mail address. It expires in 10 minutes.</p>'
             '<p style="font-size:28px;letter-spacing:6px;font-weight:bold">482913</p>'
             '<p>If you did not try to sign in, you can ignore this message.</p>')
    hm = page(card(inner, "AWS Builder ID"), "Your verification code")
    emit("AWS Builder ID <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
         dt("2025-01-15 09:44"), alt(strip(hm), hm, seed="e8"), ("unrelated", False, None, []),
         mid_=mid("ses", "e8"), au=auth("signin.aws"))

    # 027 owner resends from the personal address
    new = ('Hello Priyanka,<br><br>Resending from my registered address: I confirm that %s and %s are both mine. '
           'Please keep %s.<br><br>Thank you,<br>Wataru' % (ID1, ID2, ID1))
    g2 = gmail(new, "On Wed, Jan 15, 2025 at 11:20\u202fAM AWS Training and Certification <%s> wrote:" % TC, body2)
    e5 = emit(a(ME_NAME, ME_P), TC_FROM, E_SUBJ, dt("2025-01-15 21:03", 9), alt(strip(g2), g2, seed="e9"),
              ("user_reply", False, E, [ID1, ID2]), mid_=mid("gmail", "e9"), irt=e4, refs=" ".join([e1, e2, e3, e4]))

    # 028 lookalike phishing with a fake case number
    inner = ('<p>Dear Candidate,</p><p>We are processing a merge of your AWS Certification accounts. For your '
             'protection, please verify ownership of both accounts. Unverified accounts will be locked and their '
             'certifications suspended.</p>' + button("Verify accounts", "https://aws-certification-team.com/verify?c=173677001298542") +
             '<p>Kind regards,<br>AWS Training &amp; Certification Team</p>')
    hm = page(card(inner), "Reply required within 24h")
    emit("AWS Training and Certification <support@aws-certification-team.com>", ME_P,
         "[CASE 173677001298542] Verify your certification accounts before merge", dt("2025-01-16 13:07"),
         alt(strip(hm), hm, seed="e10"), ("suspicious", False, None, []), mid_=mid("aws-certification-team.com", "e10"),
         au=auth("aws-certification-team.com"))

    # 029 resolved; the text/plain alternative is a stale copy of the request
    body3 = ('<div style="font-family:Arial,sans-serif;font-size:14px">Hello Wataru,<br><br>Thanks for confirming from '
             'your registered address. %s has been merged into %s: your exam history, the Security - Specialty '
             'result and your benefits are all under %s now. Credly usually picks up the change within 24-48 '
             'hours.<br><br>No further action is required on your part. If anything looks wrong, reply within 7 days '
             'and the case will reopen automatically.' % (ID2, ID1, ID1) + sig("Priyanka S.") +
             '<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px">%s</blockquote></div>'
             % g2 + AWS_LEGAL)
    stale = ("Hello Wataru,\n\nThanks for your patience. I located the two certification profiles you described.\n\n"
             "Before I make any change, please confirm that both profiles belong to you and that %s is the one to "
             "keep.\n\nPriyanka S.\nAWS Training and Certification Customer Service\n" % ID1)
    emit(TC_FROM, ME_P, E_SUBJ, dt("2025-01-17 01:12"),
         alt(stale, '<html><body>%s</body></html>\n' % body3, seed="e11"),
         ("resolved", False, E, [ID2, ID1]), mid_=mid("sf", "e11"), irt=e5, refs=" ".join([e1, e2, e4, e5]),
         au=auth("amazon.com"))

    # 030 Credly badge
    inner = ('<p>Congratulations, Wataru!</p><p>Amazon Web Services Training and Certification has issued you a '
             'badge: <b>AWS Certified Security - Specialty</b>.</p>'
             '<p><img src="https://images.credly.com/size/220x220/images/scs.png" alt="AWS Certified Security - '
             'Specialty badge" width="120"></p>' + button("Accept your badge", "https://www.credly.com/earner/earned/badge/3f0c9a62-91d4-4b7e-8a11-5d2c7e90b1aa", "#0a66c2") +
             '<p style="font-size:11px;color:#888">Credly, Inc., New York, NY</p>')
    hm = page(card(inner, "Credly"), "Accept your new badge and share it")
    emit("Credly <admin@credly.com>", ME_P, "Wataru, you earned a badge from Amazon Web Services Training and Certification",
         dt("2025-01-17 03:40"), alt(strip(hm), hm, seed="e12"), ("badge", False, None, []),
         mid_=mid("credly.com", "e12"), au=auth("credly.com"))

    # 031 survey
    faces = "".join('<td align="center" style="padding:4px"><a href="https://survey.aws.amazon.com/cs?case=%s&s=%d">'
                    '<img src="https://d1.awsstatic.com/survey/f%d.png" width="36" alt="%s"></a></td>'
                    % (E, i, i, t) for i, t in enumerate(["Very dissatisfied", "Dissatisfied", "Neutral",
                                                          "Satisfied", "Very satisfied"], 1))
    inner = ('<p>Hello,</p><p>Your recent case %s with AWS Training and Certification was closed. How satisfied '
             'were you with the help you received?</p><table><tr>%s</tr></table><p>The survey takes about one '
             'minute. Your answers go to the team, not to the agent who helped you.</p>' % (E, faces) + AWS_LEGAL)
    hm = page(card(inner), "Tell us about case %s" % E)
    emit("AWS Customer Service Survey <cs-survey@amazon.com>", ME_P, "How did we do? Your case %s" % E,
         dt("2025-01-18 05:00"), alt(strip(hm), hm, seed="e13"), ("survey", False, E, []),
         mid_=mid("ses", "e13"), au=auth("amazon.com"))
