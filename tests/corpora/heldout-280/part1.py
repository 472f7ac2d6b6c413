"""Nov 2023: certificate-name case (11-digit id) and the mail around it; April 2025 lead-in."""
from mk import *  # noqa: F401,F403

# 001 exam pass notice (company mailbox)
w = d(2023, 11, 6, 9, 14, tz=JST)
txt = """Hello Naoko,

Well done! You have earned the AWS Certified Solutions Architect - Associate
certification. Your achievement is now recorded in your AWS Certification
Account.

  Candidate ID:       %s
  Validation number:  7QX2M4L1CB4E1KSY
  Achieved:           November 3, 2023
  Valid through:      November 3, 2026

Your digital badge will arrive separately from our badging partner, Credly.
You can download your certificate and see your certification benefits any
time from the Certification Account page.

AWS Certification
This is an automated message; replies to this address are not monitored.
""" % CAND_OLD
html = html_wrap("<p>Hello Naoko,</p><p><b>Well done!</b> You have earned the <b>AWS Certified Solutions Architect - Associate</b> certification.</p>"
                 "<table cellpadding='4'><tr><td>Candidate ID:</td><td>%s</td></tr><tr><td>Validation number:</td><td>7QX2M4L1CB4E1KSY</td></tr>"
                 "<tr><td>Valid through:</td><td>November 3, 2026</td></tr></table>"
                 "<p>Your digital badge will arrive separately from Credly.</p><p style='color:#687078;font-size:11px'>This is an automated message; replies are not monitored.</p>" % CAND_OLD)
raw = build(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
            subject="Congratulations, you are now AWS Certified!", date=w, text=txt, html=html,
            mid=mid_generic("certmetrics.com"), auth=auth_m365("certmetrics.com", "certmetrics.com"))
add(w, raw, "certification", False, None, [CAND_OLD],
    "CertMetrics pass notice with candidate ID; not a case")

# 002 Credly badge, HTML only, base64
w = d(2023, 11, 6, 9, 47, tz=JST)
html = html_wrap("""<table width="600" align="center"><tr><td style="background:#ff6b00;color:#fff;padding:16px;font-size:20px">Credly</td></tr>
<tr><td style="padding:20px"><p>Naoko, congratulations!</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Accept it to share your achievement on LinkedIn, in your e-mail signature or on your resume.</p>
<p><a href="https://www.credly.com/badges/3f2c8a71-9d4e-4b0a-8f16-52d7e0c9b1aa/accept" style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. &middot; 1 Liberty Plaza, New York, NY 10006 &middot; <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table>""")
raw = build(frm=addr("Credly", "admin@credly.com"), to=ME_C,
            subject="You've earned a badge from Amazon Web Services Training and Certification",
            date=w, html=html, enc="b64", mid=mid_generic("credly.com"),
            auth=auth_m365("credly.com", "bounce.credly.com"))
add(w, raw, "badge", False, None, [], "Credly badge, HTML-only base64, badge UUID in link")

# 003 GitHub merged
w = d(2023, 11, 7, 22, 3, tz=JST)
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/naoko-ichimura/infra-notes/pull/412#event-10893354712
You are receiving this because you authored the thread.

Message ID: <naoko-ichimura/infra-notes/pull/412/issue_event/10893354712@github.com>
"""
raw = build(frm=addr("Kaito Mori", "notifications@github.com"), to="naoko-ichimura/infra-notes <infra-notes@noreply.github.com>",
            cc=addr(ME_NAME, ME_P) + ", Author <author@noreply.github.com>",
            subject="Re: [naoko-ichimura/infra-notes] Merge SAA study notes into one account page (PR #412)",
            date=w, text=txt, charset="us-ascii", enc="7bit",
            mid="<naoko-ichimura/infra-notes/pull/412/issue_event/10893354712@github.com>",
            irt="<naoko-ichimura/infra-notes/pull/412@github.com>",
            refs="<naoko-ichimura/infra-notes/pull/412@github.com>",
            auth=auth_gmail("github.com", "noreply@github.com", selector="pf2023", ip="192.30.252.201", p="REJECT"),
            extra=[("List-ID", "naoko-ichimura/infra-notes <infra-notes.naoko-ichimura.github.com>"),
                   ("X-GitHub-Reason", "author")])
add(w, raw, "unrelated", False, None, [], "GitHub PR merged, subject says merge + account")

# 004 ack of certificate-name case, plain text, CRLF
w = d(2023, 11, 8, 11, 26, tz=JST)
ACK_C = w
txt = """Hello,

Thank you for reaching out to AWS Training and Certification. Case %s
has been created for your request, and a member of our team will get back
to you, usually within one business day.

Please do not submit another form for this same request. Extra cases are
queued separately and can delay our answer.

Case details
------------
Name: Naoko Ichimura
Email: %s
AWS Candidate ID: %s
Inquiry type: Certification
Additional details: Certificate / Transcript
Description: The name on my new SAA certificate reads "Naoko Ichmura"
(missing the i). My Pearson VUE profile and passport say Naoko Ichimura.
Could you fix the spelling so I can download a correct certificate?

Kind regards,
AWS Training and Certification Customer Service
""" % (CASE_C, ME_C, CAND_OLD)
ACK_C_ID = mid_ses(w)
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_C,
            subject="[CASE %s] [AWS Training and Certification Form Submission] - certificate-transcript" % CASE_C,
            date=w, text=txt, charset="us-ascii", enc="7bit", crlf=True, mid=ACK_C_ID,
            auth=auth_m365("amazon.com", "amazonses.com"))
add(w, raw, "acknowledgement", False, CASE_C, [CAND_OLD],
    "11-digit case ack, CRLF; the form echo contains a question ('Could you fix...') written by the owner")

# 005 info request, multipart
w = d(2023, 11, 9, 2, 40, tz=JST)
REQ_C = """Hi Naoko,

Thanks for flagging the typo on your certificate, and sorry for the trouble.

Name changes on a certification record have to match the identification
that was checked at the test center, so I can't simply edit the letters
myself. I need two things from you before I can submit the correction:

1. Your full legal name exactly as printed on the ID you showed on
   November 3 (including any middle name, and in the same order).
2. The country that issued that ID.

Reply to this email with those and I'll take it from there.

Best,
Priya S.
AWS Training and Certification Customer Service
"""
html = html_wrap("<p>Hi Naoko,</p><p>Thanks for flagging the typo on your certificate, and sorry for the trouble.</p>"
                 "<p>Name changes on a certification record have to match the identification that was checked at the test center, so I can't simply edit the letters myself. I need two things from you before I can submit the correction:</p>"
                 "<ol><li>Your full legal name exactly as printed on the ID you showed on November 3 (including any middle name, and in the same order).</li><li>The country that issued that ID.</li></ol>"
                 "<p>Reply to this email with those and I'll take it from there.</p><p>Best,<br>Priya S.<br>AWS Training and Certification Customer Service</p>")
REQ_C_ID = mid_ses(w)
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_C,
            subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-transcript" % CASE_C,
            date=w, text=REQ_C, html=html, mid=REQ_C_ID, irt=ACK_C_ID, refs=ACK_C_ID,
            auth=auth_m365("amazon.com", "amazonses.com"))
add(w, raw, "info_request", True, CASE_C, [],
    "numbered list of needs, 'Reply to this email with those' - no 'please'")

# 006 owner replies from company address, Outlook top-post
w = d(2023, 11, 9, 10, 5, tz=JST)
REP_C_ID = mid_outlook()
txt = """Hello Priya,

Thank you for the quick answer.

1. NAOKO ICHIMURA (no middle name; family name is ICHIMURA)
2. Japan

For reference my candidate ID is %s.

Best regards,
Naoko Ichimura
Hoshizora System Integration Co., Ltd.

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, November 9, 2023 2:40 AM
To: Ichimura Naoko <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-transcript

%s""" % (CAND_OLD, TC, ME_C, CASE_C, REQ_C)
raw = build(frm=addr("Ichimura Naoko", ME_C), to=addr("AWS Training and Certification", TC),
            subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certificate-transcript" % CASE_C,
            date=w, text=txt, mid=REP_C_ID, irt=REQ_C_ID, refs=ACK_C_ID + " " + REQ_C_ID,
            extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - certificate-transcript" % CASE_C),
                   ("Content-Language", "en-US")])
add(w, raw, "user_reply", False, CASE_C, [CAND_OLD],
    "owner's Outlook reply; quoted request below an underscore line")

# 007 marketing
w = d(2023, 11, 10, 4, 0, tz=JST)
html = html_wrap("""<div style="max-width:640px;margin:auto"><h1 style="color:#232f3e">re:Invent 2023 is almost here</h1>
<p>Can't make it to Las Vegas? Register for the free virtual pass and watch every keynote live.</p>
<p>New this year: certification lounges for AWS Certified attendees, and 50% off any certification exam taken on-site.</p>
<p><a href="https://reinvent.awsevents.com/register">Register now</a></p>
<p style="font-size:11px;color:#879596">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.
This message was produced and distributed by Amazon Web Services, Inc.
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p></div>""")
raw = build(frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME_P,
            subject="Last call: your virtual pass to re:Invent 2023", date=w, html=html,
            mid=mid_generic("marketo.org"),
            auth=auth_gmail("amazon.com", "bounce@mktomail.awscloud.com", dkim_dom="amazon.com", selector="m1"),
            extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])
add(w, raw, "unrelated", False, None, [], "AWS marketing mentioning certification vouchers")

# 008 resolved, top-post over quoted request
w = d(2023, 11, 13, 6, 18, tz=JST)
RES_C_ID = mid_ses(w)
txt = """Hello Naoko,

The name on your certification record now reads Naoko Ichimura. A fresh
PDF certificate with the corrected spelling is already available under
Certifications in your Certification Account, and the transcript shows the
new spelling as well. The Credly badge picks up the change within a day or
two.

Should anything else need adjusting, feel free to write back here.

Daniel
AWS Training and Certification Customer Service

-----Original Message-----
From: Ichimura Naoko <%s>
Sent: 2023-11-09 01:05 UTC
Subject: RE: [CASE %s]

1. NAOKO ICHIMURA (no middle name; family name is ICHIMURA)
2. Japan

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 2023-11-08 17:40 UTC

%s""" % (ME_C, CASE_C, REQ_C)
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_C,
            subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-transcript" % CASE_C,
            date=w, text=txt, mid=RES_C_ID, irt=REP_C_ID, refs=" ".join([ACK_C_ID, REQ_C_ID, REP_C_ID]),
            auth=auth_m365("amazon.com", "amazonses.com"))
add(w, raw, "resolved", False, CASE_C, [],
    "record fixed; whole earlier request quoted below; 'feel free to write back' is conditional")

# 009 survey from the same case sender
w = d(2023, 11, 14, 8, 2, tz=JST)
html = html_wrap("""<p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification Customer Service has been marked resolved.
We would appreciate a minute of your time to tell us how it went.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>%s</tr></table>
<p>Your answers are anonymous and go straight to the team that runs our support program. This survey closes in 14 days.</p>
<p>Thank you,<br>AWS Training and Certification</p>""" % (CASE_C, "".join(
    '<td><a href="https://survey.aws.training/r/%s?score=%d" style="padding:6px 10px;border:1px solid #aab7b8">%d</a></td>' % ("q8Hc2", i, i) for i in range(1, 6))))
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_C,
            subject="How did we do? Your case %s" % CASE_C, date=w, html=html, enc="qp",
            mid=mid_ses(w), auth=auth_m365("amazon.com", "amazonses.com"))
add(w, raw, "survey", False, CASE_C, [], "survey from the case sender itself, case id in subject")

# 010 recertification reminder (2025), company mailbox
w = d(2025, 4, 21, 9, 0, tz=JST)
txt = """Hi Naoko Ichimura,

Your AWS Certified Solutions Architect - Associate certification is due to
expire on November 3, 2026. You can recertify at any time before then by
passing the current version of the exam or a higher-level exam in the
same path.

Tip: your 50%% discount benefit from your last certification can be applied
to the recertification exam. You'll find it under Benefits.

AWS Candidate ID: %s

AWS Certification
""" % CAND_OLD
raw = build(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
            subject="Plan your recertification: AWS Certified Solutions Architect - Associate",
            date=w, text=txt, charset="us-ascii", enc="7bit", mid=mid_generic("certmetrics.com"),
            auth=auth_m365("certmetrics.com", "certmetrics.com"))
add(w, raw, "certification", False, None, [CAND_OLD], "recertification reminder with candidate ID")

# 011 colleague, ISO-2022-JP
w = d(2025, 4, 24, 17, 42, tz=JST)
txt = """市村さん

お疲れさまです、佐伯です。
退職前の送別会ですが、5月15日(木) 19時から、いつもの「炉端 かがり」で
押さえました。参加できるか、今週中に返信もらえると助かります!

あと、認定資格のアカウント移行は早めにやっておいた方がいいですよ。
私は辞める前日に申請して、ぎりぎりでした。

佐伯
"""
raw = build(frm=addr("佐伯 亮", "r.saeki@hoshizora-si.co.jp", "iso-2022-jp"), to=ME_C,
            subject="送別会の件(5/15)", date=w, text=txt, charset="iso-2022-jp", enc="7bit",
            mid=mid_outlook())
add(w, raw, "unrelated", False, None, [], "colleague in ISO-2022-JP asks for a reply and mentions the account move")

# 012 Builder ID one-time code
w = d(2025, 4, 27, 21, 55, tz=JST)
txt = """Verify your AWS Builder ID email address

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 482913

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services
"""
raw = build(frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
            subject="Verify your AWS Builder ID email address", date=w, text=txt,
            charset="us-ascii", enc="7bit", mid=mid_ses(w),
            auth=auth_gmail("signin.aws", "0101@us-east-1.amazonses.com", dkim_dom="signin.aws"),
            received=[received_gmail("54.240.8.22", "a8-22.smtp-out.amazonses.com", w)])
add(w, raw, "unrelated", False, None, [], "Builder ID one-time code (6 digits)")
