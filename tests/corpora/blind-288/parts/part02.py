# Message definitions, part 2: run by ../gen.py in its own namespace, in file order.

# ============================================================ 008 C4 closed (HTML only)
d = dt("2025-09-15T21:10:48")
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Kenta,</p>
<p>We haven't received a response to our messages of September 3 and September 9, so case <b>%s</b> has now been closed. Your name correction has <u>not</u> been made.</p>
<p>If you still want the spelling changed, simply reply to this email within 14 days with the two details below and the case will reopen. After 14 days a new request through the contact form will be needed.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="border:1px solid #d5dbdb">1</td><td style="border:1px solid #d5dbdb">Given name and surname exactly as printed on your ID</td></tr>
<tr><td style="border:1px solid #d5dbdb">2</td><td style="border:1px solid #d5dbdb">Candidate ID of the account holding your certifications</td></tr>
</table>
<p>Best regards,<br>AWS Training and Certification Customer Service</p>
<hr style="border:0;border-top:1px solid #eee">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</body></html>""" % C4
add("c4_closed", "closing_notice", True, C4, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C4, FORM_SUBJ)),
    ] + refs("c4_ask", "c4_warn", extra=[form_c4]),
    Leaf(html, "html", "UTF-8", "quoted-printable"),
    "HTML-only: the case IS closed already, but a reply within 14 days reopens it and the fix was not done, so the owner still owes an answer.")

# ============================================================ 009 AWS marketing
d = dt("2025-09-18T14:00:12")
text = """AWS Training and Certification | September picks

Your learning plan for re:Invent season

* Three new AWS Builder Labs on event-driven architectures
* Exam Prep Plan: AWS Certified DevOps Engineer - Professional, updated for 2025
* Changing jobs? Keep your certifications with you: how to move them from a work account to a personal one, and why merging duplicate accounts keeps your Credly badges in one place.

Register for the Japan-region Exam Readiness webinar (Oct 2): https://aws.amazon.com/training/events/

You received this email because you opted in to AWS Training and Certification communications. Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
add("mkt", "unrelated", False, None, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com")),
        ("To", P),
        ("Subject", "Your re:Invent-season learning plan + keeping your certifications when you change jobs"),
        ("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>"),
    ],
    alt(text, t2h(text), html_cte="base64"),
    "AWS marketing from a real amazon.com sender, talks about moving/merging certification accounts; no case.")

# ============================================================ 010 HR exit (Japanese, ISO-2022-JP)
d = dt("2025-09-29T09:30:00", JST)
text = """森下さん

人事部の田村です。
退職日(10月31日)に向けた手続きについてご案内します。

1. 貸与PC・入館証の返却: 10月31日 17:00 までに総務へ
2. 会社メールアドレスの停止: 10月31日 18:00
   以降は受信もできなくなりますので、外部サービスに登録しているアドレスの
   変更はお早めにお願いします。
3. 退職届・誓約書: 押印のうえ提出

つきましては、返却予定日と最終出社日を 10月10日(金) までに
このメールへの返信でお知らせください。

よろしくお願いします。

--
株式会社ノードライトシステムズ 人事部 田村
"""
add("hr", "unrelated", False, None, [],
    m365_in(d.astimezone(UTC), "nordlight-sys.co.jp", "10.20.4.12", fromdom="nordlight-sys.co.jp") + [
        ("Date", rdate(d)),
        ("From", addr("田村 美紀", "hr-desk@nordlight-sys.co.jp", "ISO-2022-JP")),
        ("To", addr(ME, C)),
        ("Subject", enc("【要返信】退職手続きのご案内(10/31付)", "ISO-2022-JP")),
    ],
    Leaf(text, "plain", "ISO-2022-JP", "7bit", quote_cs=False),
    "Colleague/HR mail marked 要返信 (reply required) that asks for a reply by a date; not a support case.",
    mid=mid_outlook())

# ============================================================ 011 Builder ID code
d = dt("2025-10-05T06:41:19")
text = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

    408317

The code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
add("otp", "unrelated", False, None, [],
    gmail_in(d, ses_from(), "54.240.3.17", "a3-17.smtp-out.us-west-2.amazonses.com", dkim="signin.aws", fromdom="signin.aws") + [
        ("Date", rdate(d)),
        ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
        ("To", P),
        ("Subject", "Verify your AWS Builder ID email address"),
    ],
    alt(text, t2h(text), text_cte="7bit"),
    "Builder ID one-time code (6 digits), part of the merge preparation but not case mail.")

# ============================================================ 012 C1 ack
d = dt("2025-10-06T00:31:30")
form_c1 = "<form.%s@support.aws.amazon.com>" % _hex(20)
text = """Hello,

We've received your message and created a case for it. Keep these details in case you need to contact us again:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Subject: account-assistance

A member of our team will reply to this address, normally within one business day. Some requests, including account merges, can take longer to look into.

To avoid delays, please don't submit the form again for the same request. You can add information to this case by replying to this message.

Your message:
"I'm leaving Nordlight Systems at the end of October. My certifications are on the account registered with %s. I've created a new certification account with %s and would like everything moved to the personal one and the company one closed."

Sincerely,
AWS Training and Certification
""" % (C1, C, P)
add("c1_ack", "acknowledgement", False, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "[CASE %s] %s" % (C1, FORM_SUBJ)),
        ("In-Reply-To", form_c1), ("References", form_c1),
    ],
    alt(text, t2h(text), html_cte="base64"),
    "English acknowledgement, multipart with base64 HTML; 'you can add information by replying' is optional.")

# ============================================================ 013 C1 APN hold with a question
d = dt("2025-10-07T00:15:22")
c1_hold_text = """Hi Kenta,

Thank you for your patience while I looked into this.

While reviewing the account registered to %s I found that it is linked to the AWS Partner Network profile of Nordlight Systems K.K. Certifications on a partner-linked account count towards that organization's partner tier, so we can't move them to another account while the link is in place. I've placed your case on hold and asked our partner operations colleagues to review the association.

One thing would speed this up: are you leaving Nordlight Systems, and if so, what is your last working day? Partner operations generally need that before they can ask the partner to release the account.

Best regards,
Daniel R.
AWS Training and Certification | Customer Support
""" % C
add("c1_hold", "on_hold", True, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
        ("In-Reply-To", form_c1), ("References", form_c1),
    ],
    Leaf(c1_hold_text, "plain", "UTF-8", "quoted-printable"),
    "Partner (APN) hold - paused for a reason outside the owner - but with a direct question buried in it ('are you leaving..., what is your last working day?'). Kind on_hold, reply needed.",
    crlf=True)

# ============================================================ 014 user answers the hold question
d = dt("2025-10-07T09:48:03", JST)
new = """Hi Daniel,

Yes - I'm resigning from Nordlight Systems. My last working day is October 31, 2025, and the company mailbox will be switched off that evening, so I'd really like this finished before then.

For reference, the company account's candidate ID is %s and my new personal account is %s.

Thanks,
Kenta Morishita""" % (A_CO, A_NEW)
attr = gmail_attr(dt("2025-10-07T00:15:22"), TCN, TC)
add("c1_u1", "user_reply", False, C1, [A_CO, A_NEW],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_hold", extra=[form_c1]),
    alt(new + "\n\n" + attr + "\n" + gt(c1_hold_text) + "\n", gmail_html(new, attr, c1_hold_text)),
    "Owner's Gmail reply giving the leaving date; quotes support's question underneath; gives both candidate IDs in new text.",
    mid=mid_gmail())

# ============================================================ 015 C1 hold continues, thanks (HTML only)
d = dt("2025-10-08T03:30:40")
q = "<br>\n".join(htmlmod.escape(l) for l in new.split("\n"))
html = """<html><body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>Thanks for confirming your leaving date &ndash; I've added it to the case.</p>
<p>Partner operations have now contacted the alliance lead listed on Nordlight Systems' partner profile and asked them to remove your certification account from the organization. Until that happens the merge stays on hold. This part is in the partner's hands rather than yours, so there's nothing you need to send us at the moment. I'll write again as soon as the link has been removed.</p>
<p>Best regards,<br>Daniel R.<br>AWS Training and Certification | Customer Support</p>
<div style="border-top:1px solid #ccc;margin-top:16px;padding-top:8px;color:#555">
<b>From:</b> Kenta Morishita &lt;%s&gt;<br><b>Sent:</b> 10/7/2025 12:48 AM<br><b>To:</b> %s<br><b>Subject:</b> Re: RE:[CASE %s] %s<br><br>
%s
</div></div></body></html>""" % (P, TC, C1, htmlmod.escape(FORM_SUBJ), q)
add("c1_hold2", "on_hold", False, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_hold", "c1_u1", extra=[form_c1]),
    Leaf(html, "html", "UTF-8", "base64"),
    "Support thanks the owner and keeps the case on hold waiting for the partner; explicitly nothing to send. HTML-only; the quoted owner reply carries candidate IDs that are not new text.")

# ============================================================ 016 phishing lookalike
d = dt("2025-10-09T10:04:51")
text = """AWS Training and Certification - Account Services

Dear Certified Professional,

We were unable to complete the consolidation of your certification accounts because your identity could not be verified. To prevent the loss of your certifications and exam history, you must verify your details within 24 hours.

Verify now: http://amazon-certsupport.com/merge/verify?ref=CS-88213

Alternatively, reply to this message with your AWS Builder ID email, password and the six-digit code we sent to your phone.

Failure to respond will result in permanent deactivation of your AWS Certification account.

AWS Certification Support Team
"""
add("phish1", "suspicious", False, None, [],
    gmail_in(d, "bounce@mail.amazon-certsupport.com", "185.212.44.9", "mail.amazon-certsupport.com",
             dkim="amazon-certsupport.com", fromdom="amazon-certsupport.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("AWS Certification Support", "case-update@amazon-certsupport.com")),
        ("Reply-To", "verify@amazon-certsupport.com"),
        ("To", P),
        ("Subject", "Action required: verify your identity to complete your certification account merge"),
    ],
    alt(text, t2h(text), text_cte="7bit"),
    "Lookalike domain (amazon-certsupport.com, DKIM/DMARC pass for its own domain) timed during a real merge; demands a reply with credentials.",
    mid=mid_at("amazon-certsupport.com"))
