"""Messages 042-051: console case C (answer in the Support Center), bounce, Credly traps."""
from lib import *

SUBJ_C = "Exam discount voucher missing after certification account merge"
LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CC
FOOT = """To see the whole case history and to respond, please use this link:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates.
""" % LINK
SURVEY = """We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence.
"""


def msgs():
    out = []

    # 042 Credly lookalike phishing
    h = """<html><body style="font-family:Arial"><p>Hi there,</p>
<p>Your badge <b>AWS Certified Solutions Architect - Professional</b> could not be published because your
Credly session expired. Sign in again within 48 hours or the badge will be revoked.</p>
<p><a href="https://credly-badge-claim.com/login?next=aws">Sign in to Credly</a></p>
<p>Credly Trust &amp; Safety</p></body></html>"""
    out.append((build(dt(9, 23, 9, 12, 40), "Credly <admin@credly-badge-claim.com>", ME_P,
                      "Action needed: your AWS badge could not be published", html(h), "c042",
                      style="credly-badge-claim.com",
                      authres="mx.google.com;\n       dkim=pass header.i=@credly-badge-claim.com header.s=k1;\n"
                              "       spf=pass smtp.mailfrom=admin@credly-badge-claim.com;\n"
                              "       dmarc=pass (p=NONE) header.from=credly-badge-claim.com"),
                lab("suspicious", False, None)))

    # 043 console case opened
    t = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.
The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence: After my certification accounts were merged (case %s), the 50%% discount
voucher from the old account is not on the Benefits page of the new account.

We will respond to you as soon as possible, normally within 24 hours.

%s""" % (CC, CC, SUBJ_C, CA, FOOT)
    out.append((build(dt(9, 24, 11, 2, 17), "Amazon Web Services <%s>" % NOREPLY, ME_P,
                      "Amazon Web Services: New Support case: %s" % CC, alt(t, p2html(t)), "C-ack",
                      authres=auth("amazon.com")),
                lab("acknowledgement", False, CC)))

    # 044 console info request: must be answered in the Support Center
    t = """Hello,

Thank you for your patience. I checked the account %s and I can see the merge
finished on 16 September. To find the voucher I need two things from you:

1. The candidate ID of the account that held the voucher before the merge.
2. A screenshot of the Benefits page of your current account, showing that the
   voucher is missing.

Please attach both to this case through the Support Center (the link is below).

Best regards,
Mei L.
Amazon Web Services

%s
%s""" % (NEW_ID, SURVEY, FOOT)
    TXT["C-req"] = t.split("We value your feedback")[0]
    out.append((build(dt(9, 25, 0, 14, 51), "Amazon Web Services <%s>" % NOREPLY, ME_P,
                      "RE:[CASE %s] %s" % (CC, SUBJ_C), alt(t, p2html(t)), "C-req",
                      authres=auth("amazon.com")),
                lab("info_request", True, CC, [NEW_ID])))

    # 045 owner replies by e-mail to the no-reply address, with a screenshot
    new = """Hi Mei,

The voucher was on the old account, candidate ID %s. Screenshot of the
current Benefits page attached.

Haruka
""" % OLD_ID
    q = gmail_q("Thu, 25 Sept 2025 at 09:14,", "Amazon Web Services <%s>" % NOREPLY, TXT["C-req"])
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    body = multi("mixed",
                 multi("alternative", part(new + "\n" + q),
                       html(gmail_html(new, "On Thu, 25 Sept 2025 at 09:14, Amazon Web Services <%s> wrote:" % NOREPLY,
                                       TXT["C-req"]))),
                 binpart(png, "image/png", "benefits-page.png"))
    out.append((build(dt(9, 25, 9, 31, 20, JST), me_p(), "Amazon Web Services <%s>" % NOREPLY,
                      "Re: RE:[CASE %s] %s" % (CC, SUBJ_C), body, "C-u1", style="gmail",
                      irt="C-req", refs=["C-req"]),
                lab("user_reply", False, CC, [OLD_ID])))

    # 046 bounce of that reply
    rep = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 25 Sep 2025 00:31:21 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.119.213.150, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected
Last-Attempt-Date: Thu, 25 Sep 2025 00:31:23 -0700 (PDT)
"""
    hd = """From: Haruka Ishizaki <%s>
Date: Thu, 25 Sep 2025 09:31:20 +0900
Message-ID: %s
Subject: Re: RE:[CASE %s] %s
To: Amazon Web Services <%s>
""" % (ME_P, mid("C-u1"), CC, SUBJ_C, NOREPLY)
    body = multi("report", part(rep, charset="UTF-8"), raw_part("message/delivery-status", ds),
                 raw_part("text/rfc822-headers", hd), extra_ct='; report-type="delivery-status"')
    out.append((build(dt(9, 25, 0, 31, 24, PDT), "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
                      "Delivery Status Notification (Failure)", body, "c046", style="mx.google.com",
                      irt="C-u1", refs=["C-u1"], extra=[("Auto-Submitted", "auto-replied")]),
                lab("unrelated", False, CC)))

    # 047 JAWS-UG community newsletter (Japanese, QP)
    t = """JAWS-UG 東京 10月の勉強会のお知らせ

テーマ: 「認定資格の取り方・活かし方」
日時: 10月15日(水) 19:00〜21:00
会場: オンライン (YouTube Live) + 目黒会場

LT 枠を募集しています。AWS 認定の勉強法、転職と認定アカウントの移行など、
5 分で話せるネタがある方はフォームからご応募ください。

配信停止はこちら: https://jawsug-tokyo.connpass.com/unsubscribe
"""
    out.append((build(dt(9, 26, 12, 0, 0, JST), "JAWS-UG 東京 <noreply@connpass.com>", ME_P,
                      "【JAWS-UG東京】10月勉強会のお知らせ", part(t), "c047", style="connpass.com",
                      authres=auth("connpass.com", spf_ip="52.68.127.9")),
                lab("unrelated", False, None)))

    # 048 console case will auto-resolve (the e-mail reply never reached support)
    t = """Hello,

We haven't heard back from you on this case since our last message. If we don't
receive a response within the next 3 days, the case will be resolved automatically.

If you still need help, add a reply through the Support Center; that keeps the case open.

Best regards,
Amazon Web Services

%s""" % FOOT
    out.append((build(dt(9, 29, 0, 15, 2), "Amazon Web Services <%s>" % NOREPLY, ME_P,
                      "RE:[CASE %s] %s" % (CC, SUBJ_C), alt(t, p2html(t)), "C-close",
                      authres=auth("amazon.com")),
                lab("closing_notice", True, CC)))

    # 049 Credly: badge activity (not issuance)
    h = """<html><body style="font-family:Arial"><h3>Your badges were viewed 14 times this week</h3>
<p>Recruiters and peers looked at <b>AWS Certified Solutions Architect &ndash; Professional</b>.
Keep your profile up to date: add your current job title and location.</p>
<p><a href="https://www.credly.com/users/haruka-ishizaki/badges">View your profile</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you have a Credly account.
<a href="https://www.credly.com/notification_settings">Notification settings</a></p></body></html>"""
    out.append((build(dt(9, 29, 14, 0, 9, EDT), "Credly <admin@credly.com>", ME_P,
                      "Your weekly Credly badge activity", html(h), "c049", style="credly.com",
                      authres=auth("credly.com", spf_ip="168.245.7.12")),
                lab("badge", False, None)))

    # 050 console case transferred
    t = """Hello,

Thank you for adding the candidate ID and the screenshot in the Support Center.
The voucher has to be restored by the AWS Certification benefits team, so I have
transferred your case to them. They will post their answer on this case.

If you have more information for them, you may add it in the Support Center.

Best regards,
Mei L.
Amazon Web Services

%s
%s""" % (SURVEY, FOOT)
    out.append((build(dt(9, 30, 2, 40, 19), "Amazon Web Services <%s>" % NOREPLY, ME_P,
                      "RE:[CASE %s] %s" % (CC, SUBJ_C), alt(t, p2html(t)), "C-upd",
                      authres=auth("amazon.com")),
                lab("case_update", False, CC)))

    # 051 console case resolved, feedback footer
    t = """Hello,

The AWS Certification benefits team has restored the 50%% exam discount voucher
to your account. You will find it under Benefits, valid until 30 November 2026.
I have set this case to resolved.

Best regards,
Kofi A.
Amazon Web Services

%s
%s""" % (SURVEY, FOOT)
    out.append((build(dt(10, 2, 6, 8, 44), "Amazon Web Services <%s>" % NOREPLY, ME_P,
                      "RE:[CASE %s] %s" % (CC, SUBJ_C), alt(t, p2html(t)), "C-done",
                      authres=auth("amazon.com")),
                lab("resolved", False, CC)))
    return out
