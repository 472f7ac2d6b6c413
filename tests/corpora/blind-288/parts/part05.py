# Message definitions, part 5: run by ../gen.py in its own namespace, in file order.

# ============================================================ 036 C4 satisfaction survey (Japanese)
d = dt("2025-10-22T01:05:00")
html = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px">
<p>森下 健太 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース %s の対応について、今後のサービス向上のため簡単なアンケートへのご協力をお願いしております。所要時間は 1 分ほどです。</p>
<p>今回の対応にどの程度満足されましたか?</p>
<p><a href="https://survey.aws-tc-feedback.amazon.com/s/%s?r=5">とても満足</a> | <a href="https://survey.aws-tc-feedback.amazon.com/s/%s?r=4">満足</a> | <a href="https://survey.aws-tc-feedback.amazon.com/s/%s?r=3">どちらでもない</a> | <a href="https://survey.aws-tc-feedback.amazon.com/s/%s?r=2">不満</a> | <a href="https://survey.aws-tc-feedback.amazon.com/s/%s?r=1">とても不満</a></p>
<p>ご回答は任意です。本メールへのご返信はお受けできませんのでご了承ください。</p>
<p>AWS トレーニングと認定</p>
</body></html>""" % ((C4,) * 6)
add("c4_survey", "survey", False, C4, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")),
        ("To", P),
        ("Subject", enc("ケース %s に関するアンケートのお願い" % C4)),
    ],
    Leaf(html, "html", "UTF-8", "quoted-printable"),
    "Japanese satisfaction survey about the name case, HTML-only QP; polite お願い wording but optional.")

# ============================================================ 037 spoofed amazon.com (dmarc=fail)
d = dt("2025-10-22T15:40:21")
text = """Hello,

Your certification account merge is pending final verification. To avoid losing your certifications, confirm your identity within 12 hours.

Please reply to this email with the one-time code we sent to your phone and your AWS Builder ID password, or complete verification here:
https://aws-training-verify.com/case/%s

Case ID: %s

Regards,
AWS Training and Certification Customer Service
""" % (FAKE, FAKE)
add("spoof", "suspicious", False, None, [],
    gmail_in(d, "mailer@relay.bizalerts.top", "45.137.21.88", "relay.bizalerts.top", dkim=None, dmarc="fail",
             spf="softfail", fromdom="amazon.com", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE") + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (FAKE, FORM_SUBJ)),
        ("In-Reply-To", "<form.%s@support.aws.amazon.com>" % _hex(20)),
        ("References", "<form.%s@support.aws.amazon.com>" % _hex(20)),
    ],
    Leaf(text, "plain", "UTF-8", "7bit"),
    "Exact real sender and subject format, a case number in context, and a 'please reply' - but dmarc=fail/spf=softfail from a foreign relay. Phishing; case left null.",
    mid="<%s@relay.bizalerts.top>" % _hex(24))

# ============================================================ 038 owner's chaser on C1
d = dt("2025-10-24T08:58:47", JST)
c1_sent_new = """Hello Kenta,

Thank you for confirming that Account #1 (%s) is the one to keep.

I've submitted the merge to our internal team that carries out account merges. This normally takes three to five business days, and you'll get an email from us once it's complete.

No further action is required on your part.

Regards,
Tomasz K.""" % P
new = """Hello,

It has been four business days since the merge was handed over and I haven't heard anything yet. My company mailbox is switched off on October 31 - is there an estimated completion date?

Also: my DevOps Engineer - Professional exam tomorrow (Oct 25) is booked under the old company account. Will the merge affect it in any way?

Best regards,
Kenta Morishita"""
attr = gmail_attr(dt("2025-10-20T01:30:14"), TCN, TC)
add("c1_u6", "user_reply", False, C1, [],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_which", "c1_u5", "c1_sent", extra=[form_c1]),
    alt(new + "\n\n" + attr + "\n" + gt(c1_sent_new) + "\n", gmail_html(new, attr, c1_sent_new)),
    "Owner's follow-up: asks support two questions (ETA, effect on the exam) - the owner is the one waiting now.",
    mid=mid_gmail())

# ============================================================ 039 C2 ack (duplicate form)
d = dt("2025-10-24T00:28:10")
form_c2 = "<form.%s@support.aws.amazon.com>" % _hex(20)
text = """Hello,

Thank you for your message. Case %s has been created and our team will respond within 24 hours where possible.

Please keep the case number in the subject line if you write to us about this request.

----- Your request -----
Follow-up to case %s: my account merge has been pending since October 20 and my company email address will be deactivated on October 31. Please expedite.
------------------------

AWS Training and Certification
""" % (C2, C1)
add("c2_ack", "acknowledgement", False, C2, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "[CASE %s] %s" % (C2, FORM_SUBJ)),
        ("In-Reply-To", form_c2), ("References", form_c2),
    ],
    Leaf(text, "plain", "us-ascii", "7bit"),
    "Acknowledgement of a SECOND case the owner opened for the same merge; the echoed request names the first case's number.")

# ============================================================ 040 C2 closed as duplicate
d = dt("2025-10-24T04:15:36")
text = """Hi Kenta,

Thanks for writing in. This request is already being handled under case %s, where your merge was submitted to our processing team on October 20. To keep everything in one place, I've linked the two cases and closed this one (%s). Updates on the merge will come through the original case, so there's no need to reply here.

About tomorrow's exam: an appointment that is already booked isn't affected by a merge. Sit the exam as planned; the result will follow your history to the merged account.

Best,
Leticia
AWS Training and Certification Customer Support
""" % (C1, C2)
add("c2_dup", "case_update", False, C2, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C2, FORM_SUBJ)),
    ] + refs("c2_ack", extra=[form_c2]),
    alt(text, t2h(text), html_cte="base64"),
    "Duplicate case linked and closed - a 'closed' that is not a closing notice and not a resolution; names both case numbers (belongs to the duplicate by subject).")

# ============================================================ 041 Google Cloud certification support
d = dt("2025-10-24T07:00:19")
text = """Hello Kenta,

Thank you for contacting Google Cloud Certification Support.

We found two Webassessor profiles registered to you: one under %s and one under %s. To merge them, please reply to this email confirming that both profiles belong to you and telling us which one you would like to keep. Your Professional Cloud Architect credential will be moved to the profile you choose.

If we don't receive a reply within 7 days, this case will be closed.

Best regards,
Jasmine
Google Cloud Certification Support
Case #54839201
""" % (C, P)
add("gcp", "unrelated", False, None, [],
    gmail_in(d, "cloud-certification-support@google.com", "209.85.220.73", "mail-sor-f73.google.com", dkim="google.com", fromdom="google.com", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("Google Cloud Certification Support", "cloud-certification-support@google.com")),
        ("To", P),
        ("Subject", "[Case #54839201] Merging your Webassessor profiles"),
    ],
    alt(text, t2h(text)),
    "Another vendor's certification-account MERGE confirmation request with the same two addresses and a 7-day close warning; not AWS, so no reply counted.",
    mid=mid_at("google.com"))

# ============================================================ 042 C1 still being worked on
d = dt("2025-10-27T02:00:55")
text = """Dear Kenta,

Thank you for following up, and I'm sorry for the wait. Your merge request is with our processing team and is still being worked on; a backlog this month has pushed processing times beyond the usual window. I've flagged your October 31 deadline on the request.

Even if your company mailbox is deactivated before we finish, the merge can still be completed, and all further messages will go to %s.

Regarding your exam: an appointment booked under the old account is not affected, and the result will be moved along with the rest of your history.

Should you have further questions in the meantime, feel free to reply to this message.

Sincerely,
Hyun-woo
AWS Training and Certification
""" % P
add("c1_wait", "case_update", False, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_sent", "c1_u6", extra=[form_c1]),
    Leaf(text, "plain", "UTF-8", "quoted-printable"),
    "'Still working on it' after the owner's chaser; answers the owner's questions; 'feel free to reply' is a conditional invitation.")

# ============================================================ 043 AWS Educate case (other program)
d = dt("2025-10-28T06:13:20")
text = """Hello Kenta,

Thank you for contacting AWS Educate.

To restore access to your AWS Educate account we need to verify your registration. Please reply to this email with:
- the name of the institution you were associated with when you registered
- the email address you used to sign up

Once we receive this information we will continue with your request.

Thank you,
AWS Educate Support
""" 
add("edu", "unrelated", False, None, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr("AWS Educate Support", "aws-cs-educate-form@amazon.com")),
        ("To", P),
        ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % EDU),
        ("In-Reply-To", "<form.%s@support.aws.amazon.com>" % _hex(20)),
        ("References", "<form.%s@support.aws.amazon.com>" % _hex(20)),
    ],
    alt(text, t2h(text)),
    "Genuine AWS form case with the same subject shape and a clear 'please reply with', but for AWS Educate, not Training and Certification: unrelated, no reply counted, case null.")

# ============================================================ 044 C1 resolved, top-posted over the confirmation request
d = dt("2025-10-29T01:05:12")
new = """Hello Kenta,

Your two certification accounts have now been combined. Everything that was on %s - exam history, your four active certifications and the 50%% exam discount benefit - now sits under %s, which you sign in to with %s. The old company login has been deactivated.

Digital badges are reissued automatically to the merged account's email address, so you should receive emails from Credly shortly.

Thank you for your patience throughout.

Regards,
Hyun-woo
AWS Training and Certification""" % (A_CO, A_NEW, P)
hist = """________________________________
From: AWS Training and Certification <%s>
Sent: Friday, October 17, 2025 2:20 AM
To: %s
Cc: %s
Subject: RE:[CASE %s] %s

%s""" % (TC, P, C, C1, FORM_SUBJ, c1_conf_plain)
text = new + "\n\n" + hist + "\n"
html = t2h(new).replace("</div></body></html>", '<hr><div style="color:#444">%s</div></div></body></html>' %
                        "<br>".join(htmlmod.escape(l) for l in hist.split("\n")))
add("c1_done", "resolved", False, C1, [A_CO, A_NEW],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_u6", "c1_wait", extra=[form_c1]),
    alt(text, html),
    "Merge done, written over the full quoted confirmation request (Account #1/#2 listing and 'Can you confirm...?').")
