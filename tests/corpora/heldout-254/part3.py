"""Feb-Mar 2025: leaving Sorairo Systems; case A is opened, then accidentally B."""
from part1 import *

# 008 ------------------------------------------------------------------------
d = when("2025-02-03 10:22:07")
add("unrelated", False, None, [],
    "AWS billing statement from the same no-reply-aws sender as console cases; 12-digit account ID, no case.",
    mail(who("Amazon Web Services", CONSOLE), ME_PERSONAL,
         "Amazon Web Services Billing Statement Available [Account: 482109375516]", d,
         "01010194cb2e91aa-1c7e55b2-billing-000000@us-east-1.amazonses.com",
         alt("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: USD 3.41

You can see a complete break-down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc.
""", """<html><body><p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:</p><p><b>Total: USD 3.41</b></p>
<p><a href="https://console.aws.amazon.com/billing/home#/bills">View your bill</a></p>
<p>Sincerely,<br>Amazon Web Services</p></body></html>"""),
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 009 ------------------------------------------------------------------------
d = when("2025-02-27 16:05:00", JST)
add("unrelated", False, None, [],
    "HR exit checklist from a colleague (Japanese, ISO-2022-JP): deadlines and 'please' but not support mail.",
    mail(who("人事部 村上", "murakami.h@sorairo-sys.co.jp", "iso-2022-jp"), ME_COMPANY,
         "【ご確認ください】退職手続きのご案内", d,
         "20250227160500.7A1C.murakami.h@sorairo-sys.co.jp",
         text("""岡部さん

お疲れさまです。人事部の村上です。
3月28日(金)のご退職に向けて、手続きのご案内をお送りします。

1. PC・入館証の返却: 3月28日 17:00 までに総務へ
2. 会社メールアカウント: 3月28日 18:00 に停止します
3. 各種外部サービスの会社アドレス登録は、停止前に変更しておいてください

ご不明点があれば、私までご連絡ください。

村上
""", "iso-2022-jp", "7bit"),
         subj_cs="iso-2022-jp", mailer="Microsoft Outlook 16.0",
         auth_res=auth(ME_COMPANY, "sorairo-sys.co.jp")))

# 010 ------------------------------------------------------------------------
d = when("2025-03-03 12:31:18", JST)
add("user_reply", False, None, ["AWS02937714"],
    "Owner's note to self (company -> personal): candidate ID, voucher, and an old case number "
    "mentioned in passing; it belongs to no case.",
    mail(who(ME_NAME, ME_COMPANY), ME_PERSONAL, "memo: cert account before I leave", d,
         "TY3PR01MB11930A0B4C1D2E3F4A5B6C7D8E9F0@TY3PR01MB11930.jpnprd01.prod.outlook.com",
         text("""Things to carry over before the 28th:

- candidate ID on the work account: AWS02937714
- SAA-C03 passed 2023-10-27 (expires 2026-10-27), cert PDF saved to Drive
- benefit: 50% off next exam, unused
- the name typo fix was case 14827730516 back in 2023, no need to redo
- old Amazon-login account from 2019?? check if it still exists
- create Builder ID with kumomail, then file the merge form (Certification > Account Merge)
"""),
         auth_res=auth(ME_PERSONAL, "sorairo-sys.co.jp"), mailer="Microsoft Outlook 16.0"))

# 011 ------------------------------------------------------------------------
d = when("2025-03-09 23:48:02")
add("unrelated", False, None, [],
    "Builder ID verification e-mail with a 6-digit one-time code.",
    mail(who("AWS Builder ID", "no-reply@signin.aws"), ME_PERSONAL,
         "Verify your AWS Builder ID email address", d,
         "0100019579f1d2a3-88b0c4e1-7d2a-4f61-b9e3-signin@email.amazonses.com",
         html("""<html><body style="font-family:Arial">
<p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:26px;letter-spacing:4px"><b>618204</b></p>
<p>The code expires in 30 minutes. If you didn't request it, you can ignore this message.</p>
</body></html>""", cte="7bit"),
         auth_res=auth(ME_PERSONAL, "signin.aws")))

# 012 ------------------------------------------------------------------------
d = when("2025-03-09 23:56:40")
add("unrelated", False, None, [],
    "Skill Builder / aws.training welcome mail after profile creation; training platform, not certification or a case.",
    mail(who("AWS Training and Certification", "no-reply@aws.training"), ME_PERSONAL,
         "Welcome to AWS Skill Builder", d, "wlc.0f3e9d21b7@mail.aws.training",
         alt("""Welcome, Rina!

Your AWS Skill Builder profile is ready. Start with a free learning plan, or
browse more than 600 digital courses.

Go to Skill Builder: https://skillbuilder.aws/

You're receiving this because you created a profile. Unsubscribe:
https://skillbuilder.aws/preferences
""", """<html><body><h3>Welcome, Rina!</h3><p>Your AWS Skill Builder profile is ready.
Start with a free learning plan, or browse more than 600 digital courses.</p>
<p><a href="https://skillbuilder.aws/">Go to Skill Builder</a></p></body></html>"""),
         auth_res=auth(ME_PERSONAL, "aws.training")))

# 013 ------------------------------------------------------------------------
d = when("2025-03-10 00:13:29")
ack_a = """Hello,

Thank you for reaching out to AWS Training and Certification. We have opened
case 174156556700318 for your request; please keep this number in the subject
line of any reply so it lands on the same case.

We usually respond within one business day, though some requests need more
time to research. Submitting another form for the same request starts a new
case and can delay things, so we'd ask you to stay on this one.

Here is what you sent us:

  Inquiry type:    Certification
  Detail:          Account Merge
  Name:            Rina Okabe
  Email:           r-okabe@sorairo-sys.co.jp
  AWS candidate ID: AWS02937714
  Message:
    I am leaving Sorairo Systems at the end of this month and want my
    certifications moved to my personal account. Addresses I have used:
    r-okabe@sorairo-sys.co.jp (work) and rina.okabe.dev@kumomail.jp
    (personal, new Builder ID). Please keep rina.okabe.dev@kumomail.jp.

If there is anything you'd like to add in the meantime, you're welcome to
reply to this e-mail.

Regards,
AWS Training and Certification Customer Support
"""
add("acknowledgement", False, CASE_A, ["AWS02937714"],
    "Standard English ack restating the form (candidate ID in the restated form counts as this message's text); "
    "ends with a conditional 'you're welcome to reply'.",
    mail(who("AWS Training and Certification", TC_FORM), ME_COMPANY,
         "RE:[CASE 174156556700318] [AWS Training and Certification Form Submission] - account-assistance",
         d, "CAJq0b1x.174156556700318.ack@cases-tc.amazon.com", text(ack_a, "us-ascii", "7bit"),
         auth_res=auth(ME_COMPANY, "amazon.com"),
         recv=[received(ME_COMPANY, "smtp-fw-6002.amazon.com", "52.95.49.90", d)]))

# 014 ------------------------------------------------------------------------
d = when("2025-03-10 09:40:12", JST)
add("user_reply", False, CASE_A, [],
    "Owner forwards the ack from work to personal with a one-line note; the candidate ID is only in the forwarded part.",
    mail(who(ME_NAME, ME_COMPANY), ME_PERSONAL,
         "FW: RE:[CASE 174156556700318] [AWS Training and Certification Form Submission] - account-assistance",
         d, "TY3PR01MB11930F1E2D3C4B5A6978@TY3PR01MB11930.jpnprd01.prod.outlook.com",
         text("""Keeping a copy here since the work mailbox goes away on the 28th.

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 10, 2025 9:13 AM
To: Rina Okabe <r-okabe@sorairo-sys.co.jp>
Subject: RE:[CASE 174156556700318] [AWS Training and Certification Form Submission] - account-assistance

""" + ack_a, "us-ascii", "7bit"),
         auth_res=auth(ME_PERSONAL, "sorairo-sys.co.jp"), mailer="Microsoft Outlook 16.0",
         extra=["Thread-Topic: [CASE 174156556700318] [AWS Training and Certification Form Submission] - account-assistance"]))

# 015 ------------------------------------------------------------------------
d = when("2025-03-11 13:07:51")
ack_b_plain = """Hello Rina,

Thanks for contacting AWS Training and Certification.

Your case number is 174169842500152. A member of our team will review your
request and get back to you, typically within 24 hours.

Request summary
  Inquiry type: Certification / Account Merge
  Contact email: rina.okabe.dev@kumomail.jp
  Message: Please merge my work certification account (r-okabe@sorairo-sys.co.jp)
  into my personal one. I'm not sure my first form went through.

AWS Training and Certification Customer Support
"""
add("acknowledgement", False, CASE_B, [],
    "Ack of an accidental second form from the personal address: a duplicate of case A with a different number.",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL,
         "RE: [CASE 174169842500152] [AWS Training and Certification Form Submission] - account-assistance",
         d, "CAJq0b1x.174169842500152.ack@cases-tc.amazon.com",
         alt(ack_b_plain, "<html><body><p>Hello Rina,</p><p>Thanks for contacting AWS Training and "
             "Certification.</p><p>Your case number is <b>174169842500152</b>. A member of our team will "
             "review your request and get back to you, typically within 24 hours.</p>"
             "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
             "<tr><th align=\"left\">Inquiry type</th><td>Certification / Account Merge</td></tr>"
             "<tr><th align=\"left\">Contact email</th><td>rina.okabe.dev@kumomail.jp</td></tr>"
             "<tr><th align=\"left\">Message</th><td>Please merge my work certification account "
             "(r-okabe@sorairo-sys.co.jp) into my personal one. I'm not sure my first form went "
             "through.</td></tr></table><p>AWS Training and Certification Customer Support</p>"
             "</body></html>", "utf-8", "quoted-printable"),
         auth_res=auth(ME_PERSONAL, "amazon.com")))
