"""Messages 057-062: case A partner hold (no ask) and second resolution; case E opens."""
from common import *

A_REFS = mid("A-ack", "email.amazonses.com")
E_REFS = mid("E-ack", "email.amazonses.com")


def build():
    # 057 case A on hold: the partner must act, nothing asked of the owner
    d = "Fri, 04 Apr 2025 06:12:40 +0000"
    body = """Hello Mizuho,

I found the 2021 Cloud Practitioner result. It was recorded against Tessera Systems'
AWS Partner Network organization rather than against either of your certification
accounts, which is why the merge didn't pick it up. Records held at the partner level
can only be released by the partner's own administrator.

I've written to the administrator on file for Tessera Systems and asked them to approve
the release. Your case will stay on hold until they respond; partners usually answer
within a week. There is nothing you need to do for now - I'll update you as soon as I
hear back.

Warm regards,
Aigerim
AWS Training and Certification Customer Service
"""
    add([rx(PERSONAL_MX, "a9-36.smtp-out.amazonses.com", "54.240.9.36", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.36"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-hold2", "email.amazonses.com")),
         ("In-Reply-To", mid("A-reopened", "email.amazonses.com")),
         ("References", A_REFS + " " + mid("A-reopened", "email.amazonses.com"))],
        leaf(body, cte="7bit"), "on_hold", False, CASE_A, [],
        "case A on hold again: partner admin must release a record",
        "hold with no question ('nothing you need to do'); contrast with 027")

    # 058 another vendor's certification renewal
    d = "Mon, 07 Apr 2025 23:00:00 +0000"
    html = """<html><body>
<p>Hi Mizuho,</p>
<p>Your <b>TanukiDB Certified Operator</b> credential expires on 30 June 2025.
Renew now by completing the 45-minute renewal assessment - no proctor required.</p>
<p><a href="https://learn.tanukidb.example.com/renew">Start renewal</a></p>
<p>TanukiDB Training</p></body></html>"""
    add([rx(PERSONAL_MX, "mail.tanukidb.example.com", "203.0.113.99", d),
         auth(PERSONAL_MX, "tanukidb.example.com", "training@tanukidb.example.com", "tanukidb.example.com",
              ip="203.0.113.99"),
         ("Date", d), ("From", addr("TanukiDB Training", "training@tanukidb.example.com")), ("To", ME_PERSONAL),
         ("Subject", "Your certification expires soon - renew in 45 minutes"),
         ("Message-ID", mid("tanuki-renew", "tanukidb.example.com"))],
        leaf(html, "html"), "unrelated", False, None, [],
        "another vendor's certification renewal", "certification expiry wording, not AWS")

    # 059 case A: hold lifted, still working
    d = "Wed, 09 Apr 2025 02:03:18 +0000"
    body = """Hello Mizuho,

Good news: the Tessera Systems administrator approved the release yesterday, so your case
is no longer on hold. I've asked our records team to attach the 2021 Cloud Practitioner
result to your account. That step normally takes one to two business days, and I'll
confirm once it shows up.

Warm regards,
Aigerim
AWS Training and Certification Customer Service
"""
    add([rx(PERSONAL_MX, "a9-38.smtp-out.amazonses.com", "54.240.9.38", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.38"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-unhold2", "email.amazonses.com")),
         ("In-Reply-To", mid("A-hold2", "email.amazonses.com")),
         ("References", A_REFS + " " + mid("A-hold2", "email.amazonses.com"))],
        leaf(body, cte="7bit"), "case_update", False, CASE_A, [],
        "case A hold lifted; records team working", "'Good news' but not done yet")

    # 060 case A resolved again
    d = "Thu, 10 Apr 2025 08:47:55 +0000"
    txt = """Hello Mizuho,

The 2021 AWS Certified Cloud Practitioner result now appears in the Exam History of
your account, alongside your other exams. No further action is required on your part,
and I've marked the case as resolved again.

Thank you for bearing with us through the partner release.

Warm regards,
Aigerim
AWS Training and Certification Customer Service

> One thing I noticed while checking the merged account: my first exam, AWS Certified
> Cloud Practitioner from June 2021, is missing from Exam History. [...] Could you take
> a look?
"""
    html = "<html><body><p>Hello Mizuho,</p><p>The 2021 AWS Certified Cloud Practitioner result now appears in " \
           "the Exam History of your account, alongside your other exams. No further action is required on your " \
           "part, and I&#39;ve marked the case as resolved again.</p><p>Thank you for bearing with us through the " \
           "partner release.</p><p>Warm regards,<br>Aigerim<br>AWS Training and Certification Customer Service</p>" \
           "<blockquote type=\"cite\">Could you take a look?</blockquote></body></html>"
    add([rx(PERSONAL_MX, "a9-41.smtp-out.amazonses.com", "54.240.9.41", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.41"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-done2", "email.amazonses.com")),
         ("In-Reply-To", mid("A-unhold2", "email.amazonses.com")),
         ("References", A_REFS + " " + mid("A-unhold2", "email.amazonses.com"))],
        multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")],
              "b1_8f0e2c4d9a7b"),
        "resolved", False, CASE_A, [],
        "case A resolved a second time", "quoted owner question under the resolution; 'no further action'",
        crlf=True)

    # 061 case E acknowledgement (bilingual)
    d = "Mon, 14 Apr 2025 02:15:52 +0000"
    body = """Hello / こんにちは

Your request has been received and case %s has been opened.
お問い合わせを受け付けました。ケース番号は %s です。

Details / 内容:
  Inquiry type: Certification / Certification record
  Message: My name is printed as "Mizuho Kanzki" on my certificates (letter missing).
  Please correct it to "Mizuho Kanzaki". Candidate ID %s.

We normally reply within one business day. If you already have an open case about this,
there is no need to submit the form again.
通常1営業日以内にご連絡いたします。同じ内容のケースがすでにある場合、再送信は不要です。

Amazon Web Services
""" % (CASE_E, CASE_E, ID_NEW)
    add([rx(PERSONAL_MX, "a9-44.smtp-out.amazonses.com", "54.240.9.44", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.44"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - certification-record" % CASE_E),
         ("Message-ID", E_REFS)],
        leaf(body, cte="base64"), "acknowledgement", False, CASE_E, [ID_NEW],
        "case E opened: name misspelt on certificates",
        "bilingual; echoed 'Please correct it' is the owner's own words")

    # 062 case E info request (Japanese, plain ください, Shift_JIS)
    d = "Tue, 15 Apr 2025 01:30:09 +0000"
    body = """神崎様

AWS トレーニングと認定カスタマーサービスの田村です。

証明書の氏名修正のご依頼を承りました。修正にあたり、公的な身分証明書
（パスポートなど）に記載されているとおりのローマ字表記を確認させてください。

姓と名をそれぞれ、身分証明書と同じ綴りで本メールにご返信ください。
なお、ミドルネームがある場合はあわせてお知らせください。

田村
AWS トレーニングと認定 カスタマーサービス
"""
    add([rx(PERSONAL_MX, "a9-47.smtp-out.amazonses.com", "54.240.9.47", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.47"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-record" % CASE_E),
         ("Message-ID", mid("E-info", "email.amazonses.com")),
         ("In-Reply-To", E_REFS), ("References", E_REFS)],
        leaf(body, charset="shift_jis", cte="base64"), "info_request", True, CASE_E, [],
        "case E: asks for the name spelling as on ID",
        "Shift_JIS base64; plain ください; 'なお…場合は' looks conditional but the main ask is not")
