from gen_lib import *
from gen_p1 import M
from gen_p4 import CA, SUBJ_A

# bounce of owner's reply (typo address)
dt = d(2025, 4, 29, 0, 21)
M["A_try"] = gmail_mid("047-orig")
bad = "aws-cs-trainingcertification-form@amazom.com"
p1 = text("""** Address not found **

Your message wasn't delivered to %s because the domain amazom.com
couldn't be found. Check for typos or unnecessary spaces and try again.
""" % bad, cte="7bit")
p2 = (["Content-Type: message/delivery-status"], ("""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 29 Apr 2025 09:20:58 +0900

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of amazom.com responded with code NXDOMAIN
Last-Attempt-Date: %s
""" % (bad, fmtdate(dt))).encode())
p3 = (["Content-Type: text/rfc822-headers"], ("""From: Kenta Morioka <%s>
Date: Tue, 29 Apr 2025 09:20:57 +0900
Message-ID: %s
Subject: Re: %s
To: %s
""" % (ME_PERSONAL, M["A_try"], SUBJ_A, bad)).encode())
hs, b = multi("mixed", [p1, p2, p3])
hs = [hs[0].replace("multipart/mixed", "multipart/report; report-type=delivery-status")]
add("unrelated", False, CA, [], "Gmail bounce of the owner's own reply on the case (typo'd domain); returned headers carry the case subject. Belongs to case A's thread but nobody at support is waiting on it.",
    mail(ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_PERSONAL, "Delivery Status Notification (Failure)",
         dt, "<%s@mx.google.com>" % hx("047", 24), (hs, b), irt=M["A_try"], refs=[M["A_try"]], crlf=False))

# owner replies from personal
dt = d(2025, 4, 29, 9, 33, JST)
M["A_rep3"] = gmail_mid("048")
txt = """Hi Priya,

Sending this from my personal address as requested: I confirm both accounts
are mine. Please merge Account #2 into Account #1 (this address).

Kenta

On Tue, Apr 29, 2025 at 7:05 AM AWS Training and Certification <%s> wrote:
> Hi Kenta,
>
> Thanks for the quick answer. One thing before I go ahead: your confirmation
> came from k-morioka@hoshizora-sys.co.jp, which is the login of Account #2 --
> the account that will be closed. For security, the go-ahead has to come from
> the address of the account that is kept.
>
> Could you send the same confirmation again from kenta.morioka.dev@gmail.com?
> A reply to this message from that mailbox is enough.
""" % TC
add("user_reply", False, CA, [], "Owner's confirmation from the personal address; the quoted request sits under it.",
    mail(ad(ME_NAME, ME_PERSONAL), ad("AWS Training and Certification", TC), "Re: " + SUBJ_A, dt, M["A_rep3"],
         text(txt, fmt="flowed"), cc=ME_COMPANY, irt=M["A_addr"], refs=[M["A_ack"], M["A_conf"], M["A_addr"]], crlf=False))

# colleague OOO auto reply
dt = d(2025, 4, 29, 10, 2, JST)
txt = """【自動返信】
4/28〜5/6 は休暇のため不在にしております。5/7 以降に順次返信いたします。
お急ぎの場合は infra-team@hoshizora-sys.co.jp までご連絡ください。

I am out of office until May 6 with limited access to email.

大野
"""
add("unrelated", False, None, [], "Colleague's out-of-office auto-reply to the owner's farewell mail.",
    mail(ad("大野 翔", "s-ono@hoshizora-sys.co.jp"), ME_COMPANY, "自動応答: 退職のご挨拶", dt, outlook_mid("049"),
         text(txt), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
         irt=outlook_mid("farewell"), refs=[outlook_mid("farewell")]))

# resolved case A, quoting everything
dt = d(2025, 4, 29, 3, 6)
M["A_done"] = ses_mid("050")
txt = """Hi Kenta,

I have successfully merged all accounts. Your exam history, certifications and
benefits, including the 50%% exam voucher, are now under Account #1
(AWS11620385, kenta.morioka.dev@gmail.com). Account #2 can no longer be used.

Your Credly badges will move over within a day or two.

All the best in your new role,
Priya S.
AWS Training and Certification

On Tue, Apr 29, 2025 at 00:33 UTC, Kenta Morioka <%s> wrote:
> Sending this from my personal address as requested: I confirm both accounts
> are mine. Please merge Account #2 into Account #1 (this address).
>
> On Tue, Apr 29, 2025 at 7:05 AM AWS Training and Certification wrote:
>> Could you send the same confirmation again from kenta.morioka.dev@gmail.com?
>> A reply to this message from that mailbox is enough.
>>
>> Kindly verify that both accounts belong to you and let me know that
>> Account #1 is the one we should keep.
""" % ME_PERSONAL
add("resolved", False, CA, ["AWS11620385"], "'successfully merged' at the top, with two levels of quoted requests (confirm / write from other address) below.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, M["A_done"], text(txt),
         cc=ME_COMPANY, irt=M["A_rep3"], refs=[M["A_ack"], M["A_conf"], M["A_addr"], M["A_rep3"]],
         pre=auth_google("amazon.com", "0100019680@amazonses.com")))

# Credly: badges to accept
dt = d(2025, 4, 29, 7, 55)
h = """<html><body><table width="600"><tr><td>
<h2>You have 4 badges waiting</h2>
<p>Amazon Web Services Training and Certification has issued badges to <b>kenta.morioka.dev@gmail.com</b>:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li>
<li>AWS Certified Cloud Practitioner</li><li>AWS Partner: Technical Accredited</li></ul>
<p><a href="https://www.credly.com/earner/earned">Review and accept</a></p>
<p style="font-size:11px">Credly by Pearson</p></td></tr></table></body></html>"""
add("badge", False, None, [], "Credly after the merge (badges re-issued to the personal address), HTML only.",
    mail(ad("Credly", "admin@credly.com"), ME_PERSONAL, "You have new badges to accept", dt,
         "<6810%s@credly-mailer.mail>" % hx("051", 14), html(h, cte="base64"),
         pre=auth_google("credly.com", "bounces@mail.credly.com", ip="149.72.181.3")))

# survey case A, bilingual
dt = d(2025, 4, 30, 11, 0)
txt = """How was your experience with AWS Training and Certification?
AWS トレーニングと認定のサポートはいかがでしたか？

Case / ケース: %s

Rate your experience (1 question, about 1 minute):
アンケートへのご協力をお願いいたします（1 問、約 1 分）:
https://survey.aws.training/s/e41d?case=%s&lang=ja

This message was sent from an unmonitored address.
このメールは送信専用アドレスから送信されています。
""" % (CA, CA)
add("survey", False, CA, [], "Bilingual survey, with a polite Japanese ask (〜お願いいたします) that is not a case request.",
    mail(ad("AWS Training and Certification", "no-reply@aws.training"), ME_PERSONAL,
         "Your feedback about case %s / ケースに関するアンケート" % CA, dt, ses_mid("052"),
         multi("alternative", [text(txt), html("<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>")]),
         crlf=False, pre=auth_google("aws.training", "bounce@aws.training")))

# Credly accepted
dt = d(2025, 5, 2, 4, 30)
txt = """Hi Kenta,

You accepted AWS Certified Solutions Architect - Associate. It now appears
on your public profile: https://www.credly.com/users/kenta-morioka

Share it on LinkedIn to let your network know.

The Credly Team
"""
add("badge", False, None, [], "Credly 'badge accepted' confirmation.",
    mail(ad("Credly", "admin@credly.com"), ME_PERSONAL, "Your badge is now on your profile", dt,
         "<6814%s@credly-mailer.mail>" % hx("053", 14), text(txt, cte="7bit"),
         pre=auth_google("credly.com", "bounces@mail.credly.com", ip="149.72.181.3")))
