"""Messages 031-041: exam-result case E, a spoofed AWS mail, a billing console case."""
from lib import *

SUBJ_E = "[AWS Training and Certification Form Submission] - exam-results"


def msgs():
    out = []

    # 031 Skill Builder receipt
    t = """AWS Skill Builder

Thanks for your order.

Order ID: SB-2025-0917-88213
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 0418

Your subscription renews on 17 October 2025. Manage it from Account > Subscriptions.

Questions about this charge? Visit the Skill Builder help page.
"""
    out.append((build(dt(9, 17, 4, 1, 12), "AWS Skill Builder <no-reply@skillbuilder.aws>", ME_P,
                      "Your AWS Skill Builder receipt", alt(t, p2html(t)), "c031",
                      authres=auth("skillbuilder.aws", spf_ip="54.240.48.31")),
                lab("unrelated", False, None)))

    # 032 acknowledgement for case E, HTML only, different template
    h = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<div style="border-top:4px solid #ff9900;padding:16px">
<p>Hello Haruka Ishizaki,</p>
<p>We've received your message and created a case for it.</p>
<table style="border:1px solid #d5dbdb" cellpadding="6">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification / Exam results</td></tr>
<tr><td><b>Submitted</b></td><td>2025-09-17 08:21 UTC</td></tr></table>
<p>Most cases get a first answer within 24 hours; some need more time to investigate.
You don't need to submit the form again &mdash; add anything new by replying to this message.</p>
<p>AWS Training and Certification Customer Support</p></div></body></html>""" % CE
    out.append((build(dt(9, 17, 8, 22, 14), "AWS Training and Certification <%s>" % TC, ME_P,
                      "[CASE %s] %s" % (CE, SUBJ_E), html(h), "E-ack", authres=auth("amazon.com")),
                lab("acknowledgement", False, CE)))

    # 033 info request for case E: bare questions, no "please"
    t = """Hi Haruka,

Sorry to hear the result hasn't shown up. To chase this with the test vendor
I need two things:

Which exam did you take, and on what date?
What is the Pearson VUE registration number on your confirmation e-mail?

Thanks,
Priya
AWS Training and Certification
"""
    out.append((build(dt(9, 18, 1, 9, 30), "AWS Training and Certification <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CE, SUBJ_E), part(t, cte="7bit", charset="us-ascii"), "E-req",
                      refs=["E-ack"], authres=auth("amazon.com"), crlf=True),
                lab("info_request", True, CE)))
    TXT["E-req"] = t

    # 034 spoofed mail: real AWS From address, but DKIM and DMARC fail
    t = """Dear customer,

During the recent maintenance of AWS Certification accounts some exam
benefits were suspended. Your 50% exam voucher will be cancelled on
20 September 2025 unless you re-validate your certification profile.

Re-validate now: https://aws-training.certification-benefits.info/validate

For security reasons, the link is valid for 24 hours only.

AWS Training and Certification
"""
    out.append((build(dt(9, 18, 6, 33, 51), "AWS Training and Certification <%s>" % TC, ME_P,
                      "Your AWS Certification benefits need re-validation", alt(t, p2html(t)), "c034",
                      style="mail.certification-benefits.info", return_path="info@certification-benefits.info",
                      authres=auth("amazon.com", ok=False, dkim_domain="amazon.com", spf_ip="185.244.25.119"),
                      received="from mail.certification-benefits.info (mail.certification-benefits.info [185.244.25.119])\n"
                               "        by mx.google.com with ESMTPS id a21si22381lfg.88.2025.09.18.06.33.51;\n"
                               "        Thu, 18 Sep 2025 06:33:51 +0000"),
                lab("suspicious", False, None)))

    # 035 owner answers case E
    new = """Hi Priya,

Exam: SAP-C02 (Solutions Architect - Professional), taken on 10 September
at the Pearson test centre in Shinjuku.
Registration number: 412733905

I booked it from my new account, candidate ID %s. That account was
merged with my old company one a few days later (case %s), in case
that matters.

Thanks,
Haruka
""" % (NEW_ID, CA)
    q = gmail_q("Thu, 18 Sept 2025 at 10:09,", "AWS Training and Certification <%s>" % TC, TXT["E-req"])
    out.append((build(dt(9, 18, 12, 55, 8, JST), me_p(), "AWS Training and Certification <%s>" % TC,
                      "Re: RE:[CASE %s] %s" % (CE, SUBJ_E),
                      multi("alternative", part(new + "\n" + q),
                            html(gmail_html(new, "On Thu, 18 Sept 2025 at 10:09, AWS Training and Certification <%s> wrote:" % TC,
                                            TXT["E-req"]))),
                      "E-u1", style="gmail", irt="E-req", refs=["E-ack", "E-req"]),
                lab("user_reply", False, CE, [NEW_ID])))

    # 036 colleague, last day (UTF-8 base64)
    t = """石崎さん

今日で最終日ですね。3年間ありがとうございました！
監視まわりのアラートルール、本当に助かりました。
新しい職場でもがんばってください。個人のアドレスにも連絡しますね。

小田
"""
    out.append((build(dt(9, 19, 17, 40, 22, JST), formataddr(("小田 健二", "k.oda@tsubame-works.co.jp"), charset="utf-8"),
                      me_c(), "お疲れさまでした", part(t, cte="base64"), "c036", style="outlook"),
                lab("unrelated", False, None)))

    # 037 case E passed to another team, conditional invitation
    t = """Hello Haruka,

Thanks for the details. I've handed this to our exam operations team, who
work directly with Pearson VUE to locate missing results. That usually takes
three to five business days, and I'll keep an eye on it.

The account merge you mentioned shouldn't get in the way. Should anything
else come to mind in the meantime, feel free to add it to this thread.

Best,
Priya
AWS Training and Certification
"""
    out.append((build(dt(9, 19, 2, 18, 40), "AWS Training and Certification <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CE, SUBJ_E), part(t), "E-upd", irt="E-u1",
                      refs=["E-ack", "E-req", "E-u1"], authres=auth("amazon.com")),
                lab("case_update", False, CE)))

    # 038 a Support Center billing case on the personal AWS account (not T&C)
    t = """Hello,

Thank you for reaching out about the NAT Gateway charges on account
447190225563. To look at the hourly usage I need the Region and, if
possible, the NAT Gateway IDs you believe were created by mistake.

Could you add them to the case in the Support Center?

Best regards,
Oscar B.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence.

To see the whole case history and to respond, please use this link:
https://console.aws.amazon.com/support/home#/case/?displayId=12901338745&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.
"""
    out.append((build(dt(9, 20, 3, 44, 10), "Amazon Web Services <%s>" % NOREPLY, ME_P,
                      "RE:[CASE 12901338745] Unexpected NAT Gateway charges in August",
                      alt(t, p2html(t)), "c038", authres=auth("amazon.com")),
                lab("unrelated", False, None)))

    # 039 case E resolved, old request quoted below, "no further action"
    new = """Hello Haruka,

Our exam operations team found your SAP-C02 result: it had been attached to
a temporary record while your accounts were being merged. It is now on your
AWS Certification Account under Exam History, and the score report can be
downloaded there. No further action is required on your part.

I'm closing this case. Congratulations on passing!

Best,
Priya
AWS Training and Certification

> %s""" % quote_gt(TXT["E-req"])[2:]
    out.append((build(dt(9, 22, 0, 51, 33), "AWS Training and Certification <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CE, SUBJ_E), part(new), "E-done",
                      refs=["E-ack", "E-req", "E-u1", "E-upd"], authres=auth("amazon.com")),
                lab("resolved", False, CE)))

    # 040 certification: newly certified
    h = """<html><body style="font-family:Arial"><table width="600" align="center">
<tr><td style="background:#232f3e;padding:14px;color:#fff;font-size:18px">AWS Certification</td></tr>
<tr><td style="padding:20px"><p>Congratulations, Haruka!</p>
<p>You are now <b>AWS Certified Solutions Architect &ndash; Professional</b>. Your certificate and
your new benefits, including a 50%% discount on your next exam, are in your AWS Certification
Account (candidate ID %s).</p>
<p>Look out for an e-mail from Credly with your digital badge.</p>
<p>AWS Certification</p></td></tr></table></body></html>""" % NEW_ID
    out.append((build(dt(9, 22, 1, 30, 2), "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
                      "Congratulations! You are now AWS Certified", html(h), "c040", style="certmetrics.com",
                      authres=auth("certmetrics.com", spf_ip="198.2.180.44")),
                lab("certification", False, None, [NEW_ID])))

    # 041 Credly badge for the new certification
    t = """Amazon Web Services Training and Certification issued you a new badge

AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/c2d81f0a-3b6e-4c55-9e1a-77d09ab3c5e2/accept

Once accepted, you can share it with your network and add it to your e-mail signature.

Credly, 1005 Congress Ave, Austin, TX 78701
"""
    out.append((build(dt(9, 22, 1, 33, 47, EDT), "Credly <admin@credly.com>", ME_P,
                      "You've earned a new badge from Amazon Web Services Training and Certification",
                      alt(t, p2html(t)), "c041", style="credly.com",
                      authres=auth("credly.com", spf_ip="168.245.7.12")),
                lab("badge", False, None)))
    return out
