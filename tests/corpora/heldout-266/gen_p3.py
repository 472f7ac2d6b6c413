# Part 3: 2023 case continued - user reply, HTML confirmation, merge, badge, survey
from gen_lib import *
from gen_p2 import TC, C3, SUBJ, SUBJ_SP

def run():
    # 013 user reply, Outlook style, from company address
    msg("user_reply", False, C3, ["AWS01738264", "AWS02951177"], "2023-03-14 14:05:12", A(ME_NAME, ME_C),
        A("Amazon Web Services", TC), SUBJ_SP, P("""Hello,

Sorry for the late reply. Here are the two accounts:

- AWS01738264 : my original account, signed in with my Amazon.com login
- AWS02951177 : created last year when I signed in through Partner Central SSO

Both use this e-mail address. I would like to keep AWS01738264.

Best regards,
Kenta Ishizaki
Tsubame Systems Co., Ltd.

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Tuesday, March 14, 2023 11:30 AM
To: %s
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello,

We're following up on case %s. We have not yet received the details
we asked for on March 9, and we can't look for the second account without
them.

If we don't hear back from you in the next three business days, this case
will be closed automatically. Replying to this message keeps it open.
""" % (TC, ME_C, C3, C3), cte="quoted-printable"), tag="c3_u1", irt="c3_close", refs=["c3_ack", "c3_req", "c3_close"],
        tz="+0900", mid_domain="TYAPR01MB5821.jpnprd01.prod.outlook.com",
        extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3],
        what="owner sends both candidate ids", note="owner's own reply quoting a closing notice (Outlook '-----Original Message-----')")

    # 014 confirmation request, HTML only with table
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi Kenta,</p>
<p>Thanks for the IDs. I found both records. Here is what we have:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS01738264</td><td>AWS02951177</td></tr>
<tr><td>Login email</td><td>k-ishizaki@tsubame-sys.co.jp</td><td>k-ishizaki@tsubame-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>k-ishizaki@tsubame-sys.co.jp</td><td>k-ishizaki@tsubame-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>k-ishizaki@tsubame-sys.co.jp</td><td>(none)</td></tr>
<tr><td>Sign-in</td><td>Amazon.com</td><td>AWS Partner Central</td></tr>
</table>
<p>A merge moves the exam history, certifications and benefits of Account #2 into Account #1, and it can't be reversed.</p>
<p>Are you happy for us to go ahead and merge Account #2 into Account #1?</p>
<p>Cheers,<br>Ben T.<br>AWS Training and Certification</p>
</div></body></html>"""
    msg("confirmation_request", True, C3, ["AWS01738264", "AWS02951177"], "2023-03-15 00:48:37", A("Amazon Web Services", TC),
        ME_C, SUBJ, P(html, sub="html", cte="base64"), tag="c3_conf", irt="c3_u1", refs=["c3_ack", "c3_req", "c3_close", "c3_u1"],
        auth=AUTH_M("amazon.com"), what="Account #1/#2 table, asks go-ahead",
        note="HTML-only, base64, table layout; the ask is a yes/no question without 'please'")

    # 015 user confirms (Outlook header block quote)
    msg("user_reply", False, C3, [], "2023-03-15 10:02:55", A(ME_NAME, ME_C), A("Amazon Web Services", TC),
        SUBJ, P("""Hi Ben,

Yes, confirmed - please merge Account #2 into Account #1.

Thanks,
Kenta

________________________________
From: Amazon Web Services <%s>
Sent: Wednesday, March 15, 2023 9:48
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Kenta,
Thanks for the IDs. I found both records. [table]
Are you happy for us to go ahead and merge Account #2 into Account #1?
""" % (TC, ME_C, C3), charset="us-ascii", cte="7bit"), tag="c3_u2", irt="c3_conf", refs=["c3_ack", "c3_conf"], tz="+0900",
        mid_domain="TYAPR01MB5821.jpnprd01.prod.outlook.com", extra=["X-Mailer: Microsoft Outlook 16.0"],
        what="owner confirms merge", note="short confirmation; quoted question below")

    # 016 case update - passed to back office
    msg("case_update", False, C3, [], "2023-03-16 03:20:09", A("Amazon Web Services", TC),
        ME_C, SUBJ, P("""Hi Kenta,

Thank you for confirming. I've handed the merge to our certification
operations team, who process these in batches. Because of a backlog the
current turnaround is around five business days. I'll let you know on
this case as soon as it has been completed.

Cheers,
Ben T.
AWS Training and Certification
""", charset="us-ascii", cte="7bit"), tag="c3_upd", irt="c3_u2", auth=AUTH_M("amazon.com"),
        what="handed to operations team", note="news only; promise to update; not resolved yet")

    # 017 marketing
    msg("unrelated", False, None, [], "2023-03-22 16:00:00", A("AWS Events", "aws-marketing-email-replies@amazon.com"),
        ME_C, "Registration is open: AWS re:Inforce 2023",
        P("""<html><body><h1>AWS re:Inforce 2023</h1><p>June 13-14, Anaheim, CA</p>
<p>Join security builders for two days of sessions, workshops and chalk talks. <a href="https://reinforce.awsevents.com/">Register now</a> and save with the early-bird rate.</p>
<p>Have questions? Simply reply to this email and our events team will get back to you.</p>
<p style="font-size:10px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p></body></html>""",
          sub="html", cte="quoted-printable"), auth=AUTH_M("amazon.com"),
        what="AWS event marketing", note="AWS marketing with reply invitation")

    # 018 resolved, top-posted over quoted confirmation request
    msg("resolved", False, C3, ["AWS01738264"], "2023-03-23 05:44:31", A("Amazon Web Services", TC),
        ME_C, SUBJ, P("""Hi Kenta,

Good news: I have successfully merged all accounts. Everything now sits
under AWS01738264, and your recertified badge should show up in Credly
within a day. No further action is required on your side.

Cheers,
Ben T.
AWS Training and Certification

> Hi Kenta,
>
> Thanks for the IDs. I found both records.
> Account #1 - AWS01738264 - Login email: k-ishizaki@tsubame-sys.co.jp
> Account #2 - AWS02951177 - Login email: k-ishizaki@tsubame-sys.co.jp
>
> Are you happy for us to go ahead and merge Account #2 into Account #1?
""", charset="us-ascii", cte="7bit"), tag="c3_res", irt="c3_upd", refs=["c3_conf", "c3_u2", "c3_upd"], auth=AUTH_M("amazon.com"),
        what="merge done, quotes old confirmation request", note="quoted question under a resolution; only the un-quoted id counts")

    # 019 Credly badge
    msg("badge", False, None, [], "2023-03-23 07:12:08", A("Credly", "admin@credly.com"),
        ME_C, "Kenta, you have a new badge waiting from Amazon Web Services Training and Certification",
        P("""<html><body style="font-family:Helvetica"><p>Hi Kenta,</p>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b9d3e71-55a2-4c8e-9f7d-a41c62e9b803" style="background:#ff6b00;color:#fff;padding:8px 14px">Accept badge</a></p>
<p>Questions? Visit <a href="https://support.credly.com">support.credly.com</a>.</p></body></html>""", sub="html", cte="quoted-printable"),
        auth=AUTH_M("credly.com"), what="Credly badge after merge", note="badge mail right after merge")

    # 020 survey
    msg("survey", False, C3, [], "2023-03-24 18:03:40", A("Amazon Web Services", "aws-cs-survey@amazon.com"),
        ME_C, "Tell us about your recent experience with AWS Training and Certification (Case %s)" % C3,
        P("""Hello,

Your case %s was recently resolved. We'd love to know how we did.

How satisfied were you with the support you received?
  Very satisfied:     https://survey.aws-cs.amazon.com/s/r5?c=%s
  Satisfied:          https://survey.aws-cs.amazon.com/s/r4?c=%s
  Neutral:            https://survey.aws-cs.amazon.com/s/r3?c=%s
  Dissatisfied:       https://survey.aws-cs.amazon.com/s/r2?c=%s

The survey takes less than a minute. Please do not reply to this e-mail.

Amazon Web Services
""" % ((C3,) * 5), charset="us-ascii", cte="7bit"), auth=AUTH_M("amazon.com"),
        what="CSAT survey for the 2023 case", note="survey asking a question; not a reply request")
