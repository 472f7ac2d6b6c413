"""2021: first certification, the exam-benefit case (10-digit case number)."""
from common import *

SUBJ_O = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-benefits" % CASE_O
TC_NAME = "AWS Training and Certification"


def messages():
    out = []
    # 1 exam result from the certification program
    t = """Hello Haruka,

Congratulations! You have passed the AWS Certified Solutions Architect -
Associate exam and you are now AWS Certified.

Candidate ID: %s
Exam date: February 26, 2021

Your digital badge will arrive from our badging partner in a separate
message. Your certificate and benefits are waiting in your AWS Certification
Account: https://www.aws.training/Certification

Keep building,
AWS Certification
""" % OLD_CID
    out.append((build(when=dt("2021-03-02 01:14:09"), key="m001",
        frm=addr("AWS Certification", CERTM), to=ME_C,
        subject="Congratulations - you are now AWS Certified!",
        body=("alternative", [part(t), part(html(text_to_html(t)), "html")])),
        L("certification", False, None, [OLD_CID])))

    # 2 Acclaim badge (old sender)
    h = html("""<table width="600" align="center"><tr><td>
<img src="https://images.youracclaim.com/images/aws-saa.png" width="120" alt="badge">
<h2>Haruka, you have a new badge waiting</h2>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/3f0c2a8e-51d4-4bb4-9b7e-0d2e6a91c4f7">Accept badge</a></p>
<p style="font-size:11px;color:#777">Acclaim, 13241 Woodland Park Road, Herndon, VA 20171</p>
</td></tr></table>""")
    out.append((build(when=dt("2021-03-03 16:40:51"), key="m002",
        frm=addr("Acclaim", "admin@youracclaim.com"), to=ME_C,
        subject="Haruka, claim your AWS Certified Solutions Architect - Associate badge",
        body=part(h, "html")), L("badge", False)))

    # 3 colleague asking for the certificate (a request, but not support)
    t = """水野さん

お疲れさまです。総務の川口です。
AWS認定の合格、おめでとうございます！

資格手当の申請には合格証明書（PDF）が必要です。
3月12日（金）までに、社内ポータルの「資格取得申請」から
証明書を添付して申請していただけますか。

不明点があればこのメールに返信してください。

川口 真理子
株式会社カイトブリッジシステムズ 総務部
"""
    out.append((build(when=dt("2021-03-05 10:22:00", JST), key="m003",
        frm=addr("川口 真理子", "m-kawaguchi@kitebridge-sys.co.jp"), to=ME_C,
        subject="【総務】資格手当の申請について", msgid=mid("m003", "outlook"),
        body=part(t, cte="base64")), L("unrelated", False)))

    # 4 acknowledgement, old plain template, CRLF
    ack = """Hello,

Thank you for reaching out to AWS Training and Certification. We've received
your message and opened case %s for it.

Someone from our team normally answers within one business day. Please don't
send a new form for the same question; just reply to this e-mail if you want
to add something, so everything stays in one place.

Case details
------------
Case ID: %s
Subject: Discount voucher not accepted at checkout
Inquiry type: Certification / Exam Benefits

Regards,
AWS Training and Certification Customer Service
%s""" % (CASE_O, CASE_O, FORM_FOOTER)
    out.append((build(when=dt("2021-06-21 05:03:44"), key="m004", crlf=True,
        frm=addr(TC_NAME, TC_FORM), to=ME_C, subject=SUBJ_O,
        body=part(ack, cte="7bit")), L("acknowledgement", False, CASE_O)))

    # 5 information request without "please"
    req = """Hi Haruka,

I'm Tomasz and I'll be looking after your case.

Discount vouchers from a previous certification are tied to the account that
earned them, and checkout rejects them for a few different reasons (expired
benefit, wrong exam level, or a code that was already reserved by an earlier
booking that was cancelled).

So that I can check this with the benefits team, we need you to send us two
things: the exact error text shown when you apply the code, and the exam you
were trying to schedule (name, and whether at a test center or online).

Thanks,
Tomasz
AWS Training and Certification Customer Service"""
    out.append((build(when=dt("2021-06-22 14:30:10"), key="m005",
        frm=addr(TC_NAME, TC_FORM), to=ME_C, subject=SUBJ_O,
        irt=mid("m004", "ses"), refs=[mid("m004", "ses")],
        body=part(req + "\n" + FORM_FOOTER)), L("info_request", True, CASE_O)))

    # 6 closing notice: already closed, reply reopens
    cl = """Hello,

We have not heard back from you about case %s, so we have closed it for
now.

If you still need help, reply to this e-mail within 14 days and the case
reopens automatically with its full history. After that period a new request
is needed.

AWS Training and Certification Customer Service

---- Original message ----
From: AWS Training and Certification
Sent: 22 June 2021 14:30 UTC

%s
""" % (CASE_O, req)
    out.append((build(when=dt("2021-06-29 03:00:12"), key="m006",
        frm=addr(TC_NAME, TC_FORM), to=ME_C, subject=SUBJ_O,
        irt=mid("m005", "ses"), refs=[mid("m004", "ses"), mid("m005", "ses")],
        body=part(cl + FORM_FOOTER, cte="quoted-printable")),
        L("closing_notice", True, CASE_O)))

    # 7 the owner answers from Outlook (company), top-posted
    r = """Hello Tomasz,

Sorry for the late answer, I was away last week.

The error is: "This discount code is not valid for the selected exam."
I was trying to book AWS Certified Developer - Associate, online proctored.
My candidate ID is %s.

Best regards,
Haruka Mizuno
Kitebridge Systems Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, June 29, 2021 12:00 PM
To: Mizuno Haruka <%s>
Subject: %s

%s
""" % (OLD_CID, TC_FORM, ME_C, SUBJ_O, cl)
    out.append((build(when=dt("2021-07-01 09:48:31", JST), key="m007", incoming=False,
        frm=addr("Mizuno Haruka", ME_C), to=addr(TC_NAME, TC_FORM),
        subject=SUBJ_O, msgid=mid("m007", "outlook"),
        irt=mid("m006", "ses"), refs=[mid("m004", "ses"), mid("m005", "ses"), mid("m006", "ses")],
        extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", SUBJ_O[3:]), ("Content-Language", "ja-JP")],
        body=("alternative", [part(r), part(html(text_to_html(r)), "html")])),
        L("user_reply", False, CASE_O, [OLD_CID])))

    # 8 reopened, handed over
    u = """Hi Haruka,

Thanks for the details - your case is open again.

I've passed the voucher problem to our Exam Benefits team, who can look at
the code itself. They usually need two or three business days, and I'll write
as soon as I have their answer. You don't need to do anything in the
meantime.

Tomasz
AWS Training and Certification Customer Service
"""
    out.append((build(when=dt("2021-07-01 07:15:02"), key="m008",
        frm=addr(TC_NAME, TC_FORM), to=ME_C, subject=SUBJ_O,
        irt=mid("m007", "outlook"), refs=[mid("m004", "ses"), mid("m007", "outlook")],
        body=part(u + FORM_FOOTER, cte="7bit")), L("case_update", False, CASE_O)))

    # 9 resolved; quotes the earlier request
    res = """Hi Haruka,

Good news: the Exam Benefits team found that the original code had been
locked by a booking you cancelled in May. They have voided it and issued a
replacement 50% discount voucher, which you can see under Benefits in your
certification account now.

No further action is required on this case. If the new code also fails at
checkout, just reply here and we'll take another look.

Kind regards,
Tomasz
AWS Training and Certification Customer Service
"""
    hist = "\n\nOn Tue, Jun 22, 2021, AWS Training and Certification wrote:\n" + quote(req)
    hh = html(text_to_html(res) + "<hr><p>On Tue, Jun 22, 2021, AWS Training and Certification wrote:</p>"
              "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" + text_to_html(req) + "</blockquote>")
    out.append((build(when=dt("2021-07-05 02:41:19"), key="m009",
        frm=addr(TC_NAME, TC_FORM), to=ME_C, subject=SUBJ_O,
        irt=mid("m008", "ses"), refs=[mid("m004", "ses"), mid("m008", "ses")],
        body=("alternative", [part(res + hist), part(hh, "html")])),
        L("resolved", False, CASE_O)))

    # 10 exam vendor appointment (9-digit registration, candidate ID in text)
    pv = """Dear Haruka Mizuno,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Developer - Associate (DVA-C01)
Delivery: OnVUE online proctored
Appointment: Saturday, July 17, 2021, 10:00 JST
Registration ID: 412093857
Candidate ID: %s
Price: USD 75.00 (50%% discount applied)

Please check in 30 minutes before your appointment and run the system test
on the computer you will use. To reschedule or cancel, visit
https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE Customer Service
""" % OLD_CID
    out.append((build(when=dt("2021-07-06 11:02:37"), key="m010",
        frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_C,
        subject="Confirmation of your AWS Certification exam appointment",
        msgid=mid("m010", "pearson.com"), body=part(pv)),
        L("unrelated", False, None, [OLD_CID])))
    return out
