"""29 June - 8 July 2025: farewell, reopen of A (voucher), console case C."""
from gen_lib import *  # noqa

SUBJ_A = "RE:[CASE 175003632500418] " + FORM_SUBJ
CONSOLE_FOOT = """
To see all correspondence or reply, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=14276630581&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
C_SUBJ = "Exam appointment booked on old certification account"


def msgs():
    out = []
    # 038 farewell (owner) -------------------------------------------------
    d = T("2025-06-30 16:40:12", JST)
    out.append(M(("user_reply", False, None, []),
        "Owner's farewell mail to colleagues from the company address (written by the owner, nothing to do with a case).",
        **{"from": addr(ME_NAME_JA, ME_COMPANY)}, to="all-cloud@kitamura-dp.co.jp",
        subject="退職のご挨拶(辻本)", date=d,
        msgid=mid("038", "<TYCP286MB2311F0A1B2C3D4E5F6A7B8C9D95C9@TYCP286MB2311.JPNP286.PROD.OUTLOOK.COM>"),
        crlf=True,
        body=text("""クラウド推進部の皆さま

辻本です。本日をもって退職いたします。
在職中は大変お世話になりました。今後は以下のアドレスでご連絡いただけます。
haruka.tsujimoto.0417@gmail.com

皆さまのご活躍をお祈りしております。
""", charset="iso-2022-jp", cte="7bit")))

    # 039 colleague auto-reply ------------------------------------------------
    d = T("2025-06-30 16:40:30", JST)
    out.append(M(("unrelated", False, None, []),
        "Colleague's out-of-office auto-reply to the farewell mail (Auto-Submitted header).",
        **{"from": addr("小林 翔太", "s.kobayashi@kitamura-dp.co.jp")}, to=ME_COMPANY,
        subject="自動応答: 退職のご挨拶(辻本)", date=d,
        msgid=mid("039", "<TYCP286MB30027A1E6C4B8D0F3A2E7B1CA90F2@TYCP286MB3002.JPNP286.PROD.OUTLOOK.COM>"),
        irt=MID["038"], refs=[MID["038"]],
        headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "s.kobayashi@kitamura-dp.co.jp")],
        crlf=True,
        body=text("""7月4日まで夏季休暇のため不在にしております。
お急ぎの場合は森田(k.morita@kitamura-dp.co.jp)までご連絡ください。
""", cte="base64")))

    # 040 billing invoice ------------------------------------------------------
    d = T("2025-07-02 09:31:44", UTC)
    out.append(M(("unrelated", False, None, []),
        "AWS invoice from no-reply-aws@amazon.com (same sender as console cases), 12-digit account ID.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", "no-reply-aws@amazon.com")}, to=ME_PERSONAL,
        subject="Amazon Web Services Billing Statement Available [Account: 482910375566]",
        date=d, msgid=mid("040", "<01000197caa1f302-5b8e0c19-6d27-4e3a-b9f4-12c7d0a8e6b3-000000@email.amazonses.com>"),
        body=text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill?year=2025&month=6

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")))

    # 041 reopen request by owner ---------------------------------------------
    d = T("2025-07-03 08:22:16", JST)
    out.append(M(("user_reply", False, CASE_A, []),
        "Owner replies on the resolved case: the 50% voucher is missing (reopens the case). Top-posted over the resolution, which itself quotes the confirmation request.",
        **{"from": addr(ME_NAME, ME_PERSONAL)}, to=FORM, subject=SUBJ_A, date=d,
        msgid=mid("041", "<CAJx7pQpL6v1nZ8bT3aW0cX5eHk2Ys9fNd7r-reop@mail.gmail.com>"),
        irt=MID["035"], refs=[MID["027"], MID["034"], MID["035"]],
        body=text("""Hi Devendra,

Thanks again for the merge. Exam history and certifications are all there, but the 50% discount voucher I had on the old account (from recertifying SAP in May) does not show under Benefits on the merged account. Could you check?

Haruka

On Fri, Jun 27, 2025 at 9:20 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Haruka,
>
> Thank you for confirming. I have successfully merged your accounts: the exam history, certifications and benefits from Account #2 are now on Account #1 (haruka.tsujimoto.0417@gmail.com).
>
> If anything looks missing after you sign in, just reply to this email and the case will reopen.
>
> -----Original Message-----
> Are both accounts yours, and is Account #1 the one you want to keep?
""")))

    # 042 case_update: reopened, passed to another team ---------------------------
    d = T("2025-07-03 04:15:09", UTC)
    out.append(M(("case_update", False, CASE_A, []),
        "Reopened and passed to the benefits team; ends with 'no further action is required from you'. Short.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_A, date=d,
        msgid=mid("042", "<01000197cf2d9b84-0a6e3f17-8c25-4d9b-a0e7-5f1b2c8d6e39-000000@email.amazonses.com>"),
        irt=MID["041"], refs=[MID["035"], MID["041"]],
        body=text("""Hello Haruka,

I've reopened your case. Vouchers are not always carried over automatically during a merge, so I've passed this to our Certification Benefits team; they usually need 3-5 business days. No further action is required from you at this time.

Best,
Aiko
AWS Training and Certification
""")))

    # 043 console ack C -----------------------------------------------------------
    d = T("2025-07-04 00:51:27", UTC)
    out.append(M(("acknowledgement", False, CASE_C, [CAND_NEW]),
        "Support Center (console) case opened: 11-digit ID, no-reply sender that cannot receive mail, displayId link; case details echo a candidate ID.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", "no-reply-aws@amazon.com")}, to=ME_PERSONAL,
        subject="Amazon Web Services: New Support case: 14276630581",
        date=d, msgid=mid("043", "<01000197d4a1c7e0-93f2b6a8-1d40-4c7e-8b39-e6a0f5d2c184-000000@email.amazonses.com>"),
        body=text("""Dear AWS customer,

We have opened case 14276630581 to address your request. The details of your case are as follows:

Case ID: 14276630581
Subject: """ + C_SUBJ + """
Severity: General guidance
Correspondence: My SCS-C02 appointment on July 12 was booked under my old certification account, which was merged into AWS09341275 last week. The appointment no longer appears anywhere. Will it still be valid?
""" + CONSOLE_FOOT)))

    # 044 console info_request C ----------------------------------------------------
    d = T("2025-07-04 06:33:40", UTC)
    out.append(M(("info_request", True, CASE_C, []),
        "Console case request: needs the Pearson VUE registration number and name on ID; answer must go through the Support Center, the footer says the address takes no mail. 'we need you to'.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", "no-reply-aws@amazon.com")}, to=ME_PERSONAL,
        subject="RE:[CASE 14276630581] " + C_SUBJ,
        date=d, msgid=mid("044", "<01000197d5db08a3-4e81c2f0-b957-4a16-9d03-2c6e8a1f7b55-000000@email.amazonses.com>"),
        irt=MID["043"], refs=[MID["043"]],
        body=text("""Hello,

Thank you for contacting AWS Support about case 14276630581.

Appointments stay with Pearson VUE when accounts are merged, but the exam record has to be re-linked by hand. To do that, we need you to send us the Pearson VUE registration number from your booking confirmation and the full name exactly as it appears on the ID you will use on exam day.

Please add this information to the case through the Support Center link below.

Best regards,
Rahul S.
Amazon Web Services
""" + CONSOLE_FOOT, cte="quoted-printable")))

    # 045 owner replies by mail (wrong channel) --------------------------------------
    d = T("2025-07-04 18:02:55", JST)
    out.append(M(("user_reply", False, CASE_C, [CAND_NEW]),
        "Owner answers the console case by e-mail to no-reply-aws@amazon.com (the wrong channel); contains a 9-digit Pearson VUE number that is not a case ID.",
        **{"from": addr(ME_NAME, ME_PERSONAL)}, to="no-reply-aws@amazon.com",
        subject="Re: RE:[CASE 14276630581] " + C_SUBJ, date=d,
        msgid=mid("045", "<CAJx7pQrD3w8eP1kU6zH0nB4yTf7Vc2aLg9s-cons@mail.gmail.com>"),
        irt=MID["044"], refs=[MID["043"], MID["044"]],
        body=text("""Hello Rahul,

Registration number: 482019377
Name on ID (passport): TSUJIMOTO HARUKA
New candidate ID: AWS09341275

Thanks,
Haruka Tsujimoto

2025年7月4日(金) 15:33 Amazon Web Services <no-reply-aws@amazon.com>:
> To do that, we need you to send us the Pearson VUE registration number from your booking confirmation and the full name exactly as it appears on the ID you will use on exam day.
""", cte="quoted-printable")))

    # 046 bounce ------------------------------------------------------------------
    d = T("2025-07-04 09:03:01", UTC)
    out.append(M(("unrelated", False, CASE_C, []),
        "Bounce (mailer-daemon) of the owner's e-mail to no-reply-aws@amazon.com; quotes the console case subject. Not support, so no reply label, but it belongs to case C.",
        **{"from": addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")}, to=ME_PERSONAL,
        subject="Delivery Status Notification (Failure)", date=d,
        msgid=mid("046", "<6867997d.050a0220.1f4c2e.9a31.GMR@mx.google.com>"),
        irt=MID["045"], refs=[MID["045"]],
        headers=[("Auto-Submitted", "auto-replied")],
        body=multi("report; report-type=delivery-status",
            text("""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: This mailbox cannot accept incoming e-mails.
"""),
            text("""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; haruka.tsujimoto.0417@gmail.com
Arrival-Date: Fri, 04 Jul 2025 02:02:56 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 This mailbox cannot accept incoming e-mails.
""", charset=None, ctype="message/delivery-status"),
            text("""From: Haruka Tsujimoto <haruka.tsujimoto.0417@gmail.com>
To: no-reply-aws@amazon.com
Subject: Re: RE:[CASE 14276630581] Exam appointment booked on old certification account
Date: Fri, 4 Jul 2025 18:02:55 +0900
Message-ID: <CAJx7pQrD3w8eP1kU6zH0nB4yTf7Vc2aLg9s-cons@mail.gmail.com>
""", charset=None, ctype="text/rfc822-headers"))))

    # 047 certification expiry --------------------------------------------------------
    d = T("2025-07-05 15:10:20", UTC)
    out.append(M(("certification", False, None, [CAND_NEW]),
        "CertMetrics expiry reminder now reaching the personal address (shows the merge worked); 'recertify' call to action.",
        received=[rcv_gmail("mail113.certmetrics.com", "198.2.133.113", d)],
        auth=auth_gmail("certmetrics.com", mfrom="certmetrics.com", ip="198.2.133.113", dmarc_policy="NONE"),
        **{"from": addr("AWS Certification", "do-not-reply@certmetrics.com")}, to=ME_PERSONAL,
        subject="Your AWS Certified Developer - Associate expires in 90 days",
        date=d, msgid=mid("047", "<20250705151020.9e2a4b61cc@certmetrics.com>"),
        body=text("""Hello Haruka Tsujimoto (AWS09341275),

Your AWS Certified Developer - Associate certification expires on October 3, 2025.

To keep it active, pass the current version of the exam or a higher-level certification before that date. Your 50% discount benefit can be used toward the exam.

AWS Training and Certification
""")))

    # 048 resolved A (voucher) ----------------------------------------------------------
    d = T("2025-07-07 02:44:51", UTC)
    out.append(M(("resolved", False, CASE_A, [CAND_NEW]),
        "Reopened case resolved: voucher reissued. Resolution in the first line, conditional invitation at the end.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_A, date=d,
        msgid=mid("048", "<01000197e3a8d4f1-c5b07e29-3a81-4f6d-92e0-71d8b4c0a5e6-000000@email.amazonses.com>"),
        irt=MID["042"], refs=[MID["035"], MID["041"], MID["042"]],
        body=text("""Hello Haruka,

Our Benefits team has reissued your 50% exam discount voucher on account AWS09341275; it is visible under Benefits and valid until May 26, 2026. I'm marking this case as resolved.

Should you have any other questions, feel free to reply to this email.

Best,
Aiko
AWS Training and Certification
""", cte="quoted-printable")))
    return out
