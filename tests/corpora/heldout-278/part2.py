"""Messages 011-020: wrong-address reply, partner hold, traps around it."""
from lib import *


def msgs():
    out = []

    # 011 AWS billing invoice for the personal AWS account
    t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending
in 5563, is available on the AWS web site. Your account will be charged the
following:

Total: USD 14.62

Billing period: August 1 - August 31, 2025
AWS Account ID: 4471 9022 5563
Invoice number: 2318849102

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210
"""
    out.append((build(dt(9, 3, 6, 2, 18), "Amazon Web Services <aws-billing@amazon.com>", ME_P,
                      "Amazon Web Services Billing Statement Available [Account: 447190225563]",
                      alt(t, p2html(t)), "c011", authres=auth("amazon.com")),
                lab("unrelated", False, None)))

    # 012 owner replies from the company address (Outlook), gives last day and IDs
    new = """Hello Marisol,

Thank you for the explanation. My last working day at Tsubame Works is
19 September 2025. After that date this mailbox will be closed.

For reference, the candidate IDs are:
 - old (company) account: %s
 - new (personal) account: %s

Please merge into the personal account when the partner side allows it.

Best regards,
Haruka Ishizaki
""" % (OLD_ID, NEW_ID)
    q = outlook_q("Amazon Web Services <%s>" % TC, "Wednesday, September 3, 2025 1:17 PM",
                  "%s; %s" % (ME_P, ME_C), "RE:[CASE %s] %s" % (CA, SUBJ_MERGE), TXT["A-hold"])
    t = new + "\n" + q
    TXT["A-u1"] = new
    out.append((build(dt(9, 3, 14, 5, 9, JST), me_c(), "Amazon Web Services <%s>" % TC,
                      "RE: RE:[CASE %s] %s" % (CA, SUBJ_MERGE), alt(t, p2html(t)), "A-u1",
                      style="outlook", irt="A-hold", refs=["A-ack", "A-hold"], crlf=True,
                      extra=[("Thread-Topic", "RE:[CASE %s] %s" % (CA, SUBJ_MERGE)),
                             ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")]),
                lab("user_reply", False, CA, [OLD_ID, NEW_ID])))

    # 013 news + request: write again from the personal address
    t = """Hi Haruka,

Thanks for the dates. I passed your last day (19 September) to the partner
team, and they have now written to the alliance lead at Tsubame Works.

There is one more thing on your side. Your message came from
%s, which is the account we are merging away from. For security we
can only take instructions about a merge from the address that will stay on
file, so we need you to send a short reply from %s
confirming that you want the records moved there.

Thanks,
Devraj
AWS Training and Certification

---- Original message ----
From: %s
Sent: 03/09/2025 05:05 UTC
Subject: RE: RE:[CASE %s] %s

%s
""" % (ME_C, ME_P, ME_C, CA, SUBJ_MERGE, quote_gt(TXT["A-u1"]))
    out.append((build(dt(9, 4, 2, 41, 55), "Amazon Web Services <%s>" % TC, ME_C,
                      "RE:[CASE %s] %s" % (CA, SUBJ_MERGE), part(t), "A-addr", irt="A-u1",
                      refs=["A-ack", "A-hold", "A-u1"], authres=auth("amazon.com")),
                lab("info_request", True, CA, [])))
    TXT["A-addr"] = t.split("---- Original message")[0]

    # 014 Pearson VUE appointment confirmation (HTML only)
    h = """<html><body style="font-family:Arial">
<h2 style="color:#0a5">Your exam appointment is confirmed</h2>
<p>Dear Haruka Ishizaki,</p>
<p>Thank you for scheduling with Pearson VUE. Please keep this e-mail for your records.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Exam</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Date and time</td><td>Wednesday, September 10, 2025 10:00 JST</td></tr>
<tr><td>Location</td><td>Pearson Professional Centers - Tokyo Shinjuku</td></tr>
<tr><td>Registration ID</td><td>412733905</td></tr>
<tr><td>Order number</td><td>0061-8819-2207</td></tr>
</table>
<p>Arrive 30 minutes early with two forms of identification. To reschedule or cancel,
sign in to your AWS Certification Account at least 24 hours before the appointment.</p>
<p>Pearson VUE</p></body></html>"""
    out.append((build(dt(9, 4, 3, 10, 0, CDT), "Pearson VUE <PearsonVUEConfirmation@pearson.com>", ME_P,
                      "Pearson VUE Confirmation of Booking", html(h), "c014", style="pearson.com",
                      authres=auth("pearson.com", spf_ip="159.182.1.22")),
                lab("unrelated", False, None)))

    # 015 owner writes from the personal address (Gmail style)
    new = """Hello Devraj,

I'm writing from my personal address as you asked. I confirm that I would
like all of my certification records moved to the account under
%s. My last day at Tsubame Works is 19 September.

Thank you,
Haruka
""" % ME_P
    q = gmail_q("Thu, 4 Sept 2025 at 11:41,", "Amazon Web Services <%s>" % TC, TXT["A-addr"])
    out.append((build(dt(9, 4, 12, 20, 31, JST), me_p(), "Amazon Web Services <%s>" % TC,
                      "Re: RE:[CASE %s] %s" % (CA, SUBJ_MERGE),
                      multi("alternative", part(new + "\n" + q, cte="quoted-printable"),
                            html(gmail_html(new, "On Thu, 4 Sept 2025 at 11:41, Amazon Web Services <%s> wrote:" % TC,
                                            TXT["A-addr"]))),
                      "A-u2", style="gmail", irt="A-addr", refs=["A-ack", "A-hold", "A-u1", "A-addr"]),
                lab("user_reply", False, CA)))

    # 016 still on hold; no subject token, threaded only through In-Reply-To
    t = """Hello Haruka,

Thank you, your confirmation from this address is on file now.

Right now we are still waiting on the partner organization: until their
alliance lead removes the link to your certification profile we cannot go
ahead. Partners normally answer within a few business days. No action is
required from you at this time; I will update you as soon as the link is
removed.

Best,
Devraj
AWS Training and Certification
"""
    out.append((build(dt(9, 5, 1, 2, 44), "Amazon Web Services <%s>" % TC, ME_P,
                      "Update on your AWS Training and Certification request", part(t, cte="7bit", charset="us-ascii"),
                      "A-hold2", irt="A-u2", refs=["A-ack", "A-u2"], authres=auth("amazon.com")),
                lab("on_hold", False, CA)))

    # 017 marketing newsletter
    t = """AWS Training and Certification | September news

Get ready for AWS re:Invent
Prepare for your next AWS Certification with free exam prep on AWS Skill Builder.

New: AWS Certified AI Practitioner exam prep plan
Earn a 50% discount on your next exam when you are already certified.

Reply to this email? We read every reply, but it is not a support channel.
To contact AWS Training and Certification support, use the contact form.

Unsubscribe | Preferences
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109
"""
    h = """<html><body><table width="640" align="center" style="font-family:Arial">
<tr><td style="background:#ff9900;color:#232f3e;padding:18px;font-size:22px"><b>AWS Training and Certification</b> | September news</td></tr>
<tr><td style="padding:18px"><h3>Get ready for AWS re:Invent</h3>
<p>Prepare for your next AWS Certification with free exam prep on AWS Skill Builder.</p>
<p><a href="https://skillbuilder.aws/exam-prep" style="background:#232f3e;color:#fff;padding:8px 14px">Start preparing</a></p>
<h3>New: AWS Certified AI Practitioner exam prep plan</h3>
<p>Earn a 50% discount on your next exam when you are already certified.</p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:18px">Reply to this email? We read every reply, but it is not a support channel.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></td></tr></table></body></html>"""
    out.append((build(dt(9, 5, 16, 0, 2), "AWS Training and Certification <aws-marketing-email-replies@amazon.com>",
                      ME_P, "Your next certification starts here", alt(t, h), "c017", style="marketing.amazon.com",
                      authres=auth("amazon.com", spf_ip="199.127.232.7"),
                      extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=hj38d>")]),
                lab("unrelated", False, None)))

    # 018 phishing from a lookalike domain
    h = """<html><body style="font-family:Arial">
<p><img src="http://aws-certification-merge.com/img/aws.png" width="80"></p>
<p>Dear Certified Professional,</p>
<p>Your request to merge AWS Certification accounts (CASE 7720194463) is <b>pending verification</b>.
To avoid losing your certifications and badges, sign in with your AWS Builder ID within 24 hours
and confirm the merge.</p>
<p><a href="http://aws-certification-merge.com/verify?u=haruka">Confirm account merge</a></p>
<p>If you do not confirm, both accounts will be suspended. Reply to this message with your
password if the link does not work.</p>
<p>AWS Training &amp; Certification Support Team</p></body></html>"""
    out.append((build(dt(9, 6, 11, 48, 20), "AWS Certification Support <support@aws-certification-merge.com>",
                      ME_P, "Action required: confirm your certification account merge", html(h), "c018",
                      style="aws-certification-merge.com", return_path="bounce@mx1.aws-certification-merge.com",
                      authres="mx.google.com;\n       spf=pass smtp.mailfrom=bounce@mx1.aws-certification-merge.com;\n"
                              "       dmarc=none header.from=aws-certification-merge.com"),
                lab("suspicious", False, None)))

    # 019 farewell party (ISO-2022-JP)
    t = """石崎さん

送別会の日程が決まりました。

日時: 9月18日(木) 19:00〜
場所: 新橋の「炭火 ひより」
会費: 不要です（部で出します）

出欠だけ今週中に返信もらえると助かります。

総務 中村
"""
    out.append((build(dt(9, 8, 10, 30, 0, JST), formataddr(("中村 絢", "a.nakamura@tsubame-works.co.jp"), charset="utf-8"),
                      me_c(), "送別会のご案内", part(t, charset="iso-2022-jp", cte="7bit"), "c019",
                      style="outlook", subj_charset="iso-2022-jp"),
                lab("unrelated", False, None)))

    # 020 hold lifted (base64 text)
    t = """Hello Haruka,

Good news on case %s: the partner organization has removed the link to
your certification profile, so the hold is lifted.

I am now gathering the details of both accounts so that we can prepare the
merge. You will hear from us shortly with a summary of the accounts.

Regards,
Devraj
AWS Training and Certification
""" % CA
    out.append((build(dt(9, 9, 7, 15, 9), "Amazon Web Services <%s>" % TC, ME_P,
                      "RE: [CASE %s] %s" % (CA, SUBJ_MERGE), part(t, cte="base64"), "A-lift",
                      refs=["A-ack", "A-hold2"], authres=auth("amazon.com")),
                lab("case_update", False, CA)))
    return out
