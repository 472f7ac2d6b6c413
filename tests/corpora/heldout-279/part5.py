from common import *

# 042 Credly badges appear under personal address
T042 = """Hello Noriko,

Good news: Amazon Web Services Training and Certification has issued badges to
noriko.hasegawa.79@gmail.com.

  - AWS Certified Cloud Practitioner
  - AWS Certified AI Practitioner

Claim your badges: https://www.credly.com/users/sign_in?badge_claim=8e31f0aa-57c4-4d1e-bb02-4f0c7d2e9a61

Credly, Inc.
"""
add("042", ("badge", False, None, []), addr("Credly", "admin@credly.com"), ME_P,
    "You have 2 new badges waiting on Credly", when("2025-04-06 04:02:38", UTC), mid("m042", "credly.com"),
    alt(T042, html_page(paras(T042)), "mimepart_67f1fd2e_9a1"), pre=[("Authentication-Results", gm_auth("credly.com", ip="198.2.180.11"))])

# 043 Credly lookalike phishing
H043 = html_page("""<p style="color:#ff6b00;font-size:20px"><b>Credly</b></p>
<p>Hi there,</p><p>Your AWS badges were moved to a new account and must be <b>re-validated within 48 hours</b>,
otherwise they will be revoked by the issuer.</p>
<p><a href="https://credly-badgecenter.com/login?next=/validate">Sign in to re-validate your badges</a></p>
<p>Credly Support</p>""")
add("043", ("suspicious", False, None, []), addr("Credly", "notify@credly-badgecenter.com"), ME_P,
    "Action needed: re-validate your AWS badges", when("2025-04-06 19:44:10"), mid("m043", "credly-badgecenter.com"),
    leaf(H043, "html", cte="quoted-printable"), pre=[("Authentication-Results", gm_auth("credly-badgecenter.com", ip="45.137.21.9"))])

# 044 satisfaction survey, case A
H044 = html_page("""<p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification was marked as resolved.
How satisfied were you with the support you received?</p>
<p>%s</p>
<p>The survey takes about one minute. Your answers are anonymous and are used only to improve our service.</p>
<p>AWS Training and Certification Customer Support</p>""" % (CA, " ".join(
    '<a href="https://survey.aws.training/cs?case=%s&amp;r=%d">%d</a>' % (CA, i, i) for i in range(1, 6))))
add("044", ("survey", False, CA, []), addr("AWS Training and Certification", "aws-training-survey@amazon.com"), ME_P,
    "How did we do? Tell us about case %s" % CA, when("2025-04-07 05:00:02", UTC), ses_mid("m044"),
    leaf(H044, "html", cte="quoted-printable"), pre=[("Authentication-Results", gm_auth("amazon.com"))])

# 045 owner's thank-you (with a worried question of her own)
T045 = """Dear Kenta-san, Oluwaseun-san, Mei-san, Daniel-san and everyone,

Thank you very, very much. I signed in this morning and I can see Cloud Practitioner and AI
Practitioner in my personal account. I almost cried. My husband laughed at me.

Only one thing, I cannot see the 50% voucher in "Benefits" yet. Maybe I must wait 24 hours like
Credly? I will wait and check again tomorrow.

You were all so patient with my poor English. Thank you again.

Noriko Hasegawa
"""
add("045", ("user_reply", False, CA, []), ME, TCA, "Re: RE:" + SUBJ_A, when("2025-04-07 20:02:14"), MID["a_thx"],
    leaf(T045, cte="quoted-printable"), irt=MID["a_done"], refs=" ".join([MID["a_rep5"], MID["a_done"]]))

# 046 support answers the thank-you: still resolved, conditional invitation
T046 = """Hello Noriko,

Thank you for your lovely message; it made our day, and please tell your husband that a few
happy tears are completely allowed!

Benefits sometimes take a little longer than certifications to appear after a merge, usually one
to two days. Your request is complete on our side and the case remains resolved. Should the
voucher still be missing later this week, you're welcome to get in touch again.

Best,
Kenta S.
AWS Training and Certification Customer Support
"""
add("046", ("resolved", False, CA, []), TCA, ME_P, "RE:" + SUBJ_A, when("2025-04-08 02:20:45", UTC), MID["a_done2"],
    leaf(T046, cte="7bit", charset="us-ascii"), irt=MID["a_thx"], refs=MID["a_done"] + " " + MID["a_thx"],
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="01000196102e@email.amazonses.com"))])

CFOOT = """
To see or reply to this case, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This message comes from a mailbox that is not monitored, and replies sent to it are not delivered.
To contact us again about this issue, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""" % CC

# 047 console case acknowledgement
T047 = """Dear Customer,

Thank you for contacting AWS Support. A case has been opened for you.

Case ID: %s
Subject: Exam discount voucher missing after certification account merge
Severity: General guidance
Correspondence: Hello. My AWS certification accounts were merged on April 6 (case %s).
Everything moved except the 50%% exam voucher. I waited 3 days but it is still not in Benefits.
Please help me.

An engineer will review your case and reply as soon as possible.
""" % (CC, CA) + CFOOT
add("047", ("acknowledgement", False, CC, []), CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % CC,
    when("2025-04-11 01:12:30", UTC), MID["c_ack"], leaf(T047, cte="quoted-printable"),
    pre=[("Authentication-Results", gm_auth("amazon.com"))])

# 048 new employer onboarding (unrelated)
T048 = """長谷川 典子 様

このたびは入社のご承諾をいただき、ありがとうございます。人事部の森下です。
4月21日の入社日に向けて、以下の書類を4月16日までにご提出ください。
・雇用契約書（署名済み）
・年金手帳の写し
・給与振込口座届
提出はオンラインの入社手続きページから行えます。

株式会社みなと産業　人事部　森下
"""
add("048", ("unrelated", False, None, []), addr("株式会社みなと産業 人事部", "hr@minato-sangyo.co.jp"), ME_P,
    "【みなと産業】入社書類のご提出のお願い", when("2025-04-11 14:30:00"), mid("m048", "minato-sangyo.co.jp"),
    leaf(T048, cte="base64"), pre=[("Authentication-Results", gm_auth("minato-sangyo.co.jp", ip="210.130.99.4"))])

# 049 console info request: answer in the Support Center
T049 = """Hello,

Thank you for contacting AWS Support, and congratulations on bringing your certification
accounts together.

I've looked at your certification account and I understand the concern. Vouchers are tied to a
specific benefit record, and occasionally one does not follow a merge automatically. The good news
is that we can restore it.

To find the right record, we'll need the voucher code as it appeared on your old Benefits page,
or a screenshot if you saved one, along with the approximate date you earned it. As this address
can't receive replies, please add these details to the case in the Support Center using the link
below rather than replying to this email.

Best regards,
Arjun K.
Amazon Web Services

Was this response helpful? Rate it here:
https://console.aws.amazon.com/support/feedback?displayId=%s&eventId=882013
""" % CC + CFOOT
add("049", ("info_request", True, CC, []), CONSOLE, ME_P,
    "RE:[CASE %s] Exam discount voucher missing after certification account merge" % CC,
    when("2025-04-12 03:40:09", UTC), MID["c_info"], alt(T049, html_page(paras(T049)), "----=_Part_11873_661.1744429209"),
    pre=[("Authentication-Results", gm_auth("amazon.com"))])

# 050 owner answers by email (which will not reach the console case)
T050 = """Hello Arjun-san,

Thank you for your quick answer. I wrote the voucher code in my memo before the merge:
CERT50-7KQ2-MX8P. It was given to me when I passed Cloud Practitioner in June 2022. My old
candidate number was AWS04417263.

I do not know how to make a screenshot now because the old account is gone. I hope the code is
enough. Thank you very much.

Noriko Hasegawa

On Sat, Apr 12, 2025 at 12:40 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
""" + quote(T049)
add("050", ("user_reply", False, CC, [ID_OLD]), ME, CONSOLE,
    "Re: RE:[CASE %s] Exam discount voucher missing after certification account merge" % CC,
    when("2025-04-12 13:20:30"), MID["c_rep"], alt(T050, html_page(paras(T050)), "000000000000c0ffee0632b1a021"),
    irt=MID["c_info"], refs=MID["c_info"])

# 051 bounce from the no-reply address
T051 = """This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    no-reply-aws@amazon.com

Technical details of permanent failure:
550 5.7.1 Mailbox does not accept incoming mail
"""
rep = multi("report", [leaf(T051, cte="7bit", charset="us-ascii"),
                       Part([("Content-Type", "message/delivery-status")],
                            b"Reporting-MTA: dns; amazonses.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.7.1\n"),
                       Part([("Content-Type", "text/rfc822-headers")],
                            ("From: Noriko Hasegawa <%s>\nTo: Amazon Web Services <no-reply-aws@amazon.com>\nSubject: Re: RE:[CASE %s] Exam discount voucher missing after certification account merge\nMessage-ID: %s\n" % (ME_P, CC, MID["c_rep"])).encode())],
            "=_ses_dsn_051", "; report-type=delivery-status")
add("051", ("unrelated", False, CC, []), addr("Mail Delivery Subsystem", "MAILER-DAEMON@amazonses.com"), ME_P,
    "Undeliverable: Re: RE:[CASE %s] Exam discount voucher missing after certification account merge" % CC,
    when("2025-04-12 04:20:41", UTC), ses_mid("m051"), rep, irt=MID["c_rep"], post=[("Auto-Submitted", "auto-replied")])

# 052 console closing notice
T052 = """Hello,

We haven't received a reply on your case %s yet. We'd like to help you get your exam voucher
back, and we still need the details described in our previous correspondence.

If there is no response in the Support Center within the next 3 days, the case will be resolved
automatically. A resolved case can be reopened from the Support Center for up to 14 days.

Best regards,
Amazon Web Services
""" % CC + CFOOT
add("052", ("closing_notice", True, CC, []), CONSOLE, ME_P,
    "RE:[CASE %s] Exam discount voucher missing after certification account merge" % CC,
    when("2025-04-15 04:00:00", UTC), MID["c_close"], leaf(T052, cte="quoted-printable"),
    pre=[("Authentication-Results", gm_auth("amazon.com"))])
