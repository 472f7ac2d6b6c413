from gen_lib import *
C2 = "174217395100913"
S_ACCT = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ = "RE:[CASE %s] %s" % (C2, S_ACCT)
M = []
def add(**k): M.append(k)

add(key="c2wrong", parent="c2conf", sent=True, **{"date": "2025-03-26 10:41:12 +0900",
    "from": ME_C_FULL, "to": TC, "cc": ME_P, "subject": SUBJ,
    "body": text("""Yes, that's right - fold #2 into #1.

Kaito Fujisawa
Tsukumo Systems Co., Ltd. / Cloud Integration Dept.

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 26, 2025 10:27
To: kaito.fujisawa.mail@gmail.com
Cc: Fujisawa Kaito <k.fujisawa@tsukumo-systems.co.jp>
Subject: %s

Here is what I am about to run: Account #2 (AWS05518203) gets folded into Account #1 (AWS07730156).
Is that the right direction? A one-word answer is enough.
""" % SUBJ, cte="quoted-printable"),
    "crlf": True,
    "label": ("user_reply", False, C2, []),
    "note": "Owner answers from the company (Outlook, CRLF) address - the one being retired."})

add(key="c2addr", parent="c2wrong", **{"date": "2025-03-26 11:20:37 +0900",
    "from": "AWS Training and Certification <%s>" % TC, "to": ME_C, "cc": ME_P, "subject": SUBJ,
    "auth": auth_corp("amazon.com"),
    "body": text("""Thanks, Kaito.

Your answer reached us from the address on Account #2 - the profile that is going away. To protect the owner of the remaining account, we can act on a go-ahead only when it comes from the address that stays on file.

Send the same answer from kaito.fujisawa.mail@gmail.com and I will run the merge straight away.

Tomasz K.
Account Merge Team | AWS Training and Certification

-----Original Message-----
From: k.fujisawa@tsukumo-systems.co.jp
Sent: 26 March 2025 01:41 UTC
Subject: %s

Yes, that's right - fold #2 into #1.
""" % SUBJ, cte="7bit"),
    "label": ("info_request", True, C2, []),
    "note": "Close call: asks the owner to re-send from the personal address. That is 'write from another address' (info_request), though the content to send is the merge go-ahead. Arrives in the company mailbox with the personal one in Cc."})

add(key="c2r3", parent="c2addr", sent=True, **{"date": "2025-03-26 12:02:58 +0900",
    "from": ME_P_FULL, "to": TC, "subject": SUBJ,
    "body": text("""Hi Tomasz,

Writing from kaito.fujisawa.mail@gmail.com as asked: yes, merge Account #2 into Account #1.

Thanks,
Kaito
""", cte="7bit"),
    "label": ("user_reply", False, C2, []),
    "note": "Owner's go-ahead from the personal address; no quote."})

add(key="c2done", parent="c2r3", **{"date": "2025-03-26 16:45:03 +0900",
    "from": "AWS Training and Certification <%s>" % TC, "to": ME_P, "subject": SUBJ,
    "auth": auth_gmail("amazon.com"),
    "body": alt(text("""Hi Kaito,

Done on our side for your certification account: the exam history, four certifications and the 50% discount voucher from Account #2 now live on Account #1 (AWS07730156), and the company login no longer signs in.

Your Skill Builder training transcript from the old login comes across through a separate sync, usually within 48 hours. That runs by itself - nothing for you to do, and no need to reply.

If something still looks wrong after that, just answer this email.

Tomasz K.
Account Merge Team | AWS Training and Certification

On Wed, Mar 26, 2025 at 10:27, Tomasz K. wrote:
> Here is what I am about to run: Account #2 (AWS05518203) gets folded into Account #1
> (AWS07730156). Account #1 keeps its login, kaito.fujisawa.mail@gmail.com.
>
> Is that the right direction? A one-word answer is enough.
"""), html("""<html><body><p>Hi Kaito,</p>
<p>Done on our side for your certification account: the exam history, four certifications and the 50% discount voucher from Account #2 now live on Account #1 (AWS07730156), and the company login no longer signs in.</p>
<p>Your Skill Builder training transcript from the old login comes across through a separate sync, usually within 48 hours. That runs by itself - nothing for you to do, and no need to reply.</p>
<p>If something still looks wrong after that, just answer this email.</p>
<p>Tomasz K.<br>Account Merge Team | AWS Training and Certification</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">Here is what I am about to run: Account #2 (AWS05518203) gets folded into Account #1 (AWS07730156).<br>Is that the right direction? A one-word answer is enough.</blockquote></body></html>""")),
    "label": ("resolved", False, C2, ["AWS07730156"]),
    "note": "Resolved although part (training transcript) is still to follow automatically; quotes the earlier confirmation question; ends with a conditional invitation."})

add(parent="c2done", sent=True, **{"date": "2025-03-26 18:10:44 +0900",
    "from": ME_P_FULL, "to": "m.saeki@tsukumo-systems.co.jp",
    "subject": "Fwd: " + SUBJ,
    "body": text("""佐伯さん

認定アカウントの統合、完了しました。北村さんにもよろしくお伝えください。

藤沢

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Wed, Mar 26, 2025 at 4:45 PM
Subject: %s
To: <kaito.fujisawa.mail@gmail.com>

Hi Kaito,

Done on our side for your certification account: the exam history, four certifications and the 50%% discount voucher from Account #2 now live on Account #1 (AWS07730156), and the company login no longer signs in.
[...]
""" % SUBJ, cte="base64"),
    "label": ("user_reply", False, C2, []),
    "note": "Owner forwards the resolution to his manager; the forwarded body says 'Done' and has a candidate ID, but it is the owner's mail (IDs only in the forwarded part)."})

add(**{"date": "2025-03-26 09:35:19 +0000",
    "from": "Credly <admin@credly.com>", "to": ME_P,
    "subject": "4 badges from Amazon Web Services Training and Certification are waiting for you",
    "auth": auth_gmail("credly.com"),
    "body": html("""<html><body><p>Hi Kaito,</p><p>Amazon Web Services Training and Certification has issued you 4 badges:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li><li>AWS Certified SysOps Administrator - Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a> to add them to your profile.</p><p>The Credly Team</p></body></html>"""),
    "label": ("badge", False, None, []),
    "note": "Credly mail after the merge, HTML-only; 'accept your badges' is not a support request."})

add(**{"date": "2025-03-28 01:15:00 +0000",
    "from": "AWS Training and Certification <aws-tc-feedback@amazon.com>", "to": ME_P,
    "subject": "[CASE %s] Tell us how we did" % C2, "auth": auth_gmail("amazon.com"),
    "body": text("""Hello,

Case %s was recently resolved. Please take a moment to rate the support you received:

How satisfied were you with the resolution of your case? (1-5)
https://survey.aws.training/cs?c=%s

Your response is optional and will not reopen the case.

AWS Training and Certification
""" % (C2, C2), cte="7bit"),
    "label": ("survey", False, C2, []),
    "note": "Survey with [CASE] token in subject and 'Please take a moment'."})

add(**{"date": "2025-03-31 18:22:05 +0900",
    "from": "Yuka Mori <y.mori@hanabusa-tech.jp>", "to": ME_P,
    "subject": "=?UTF-8?B?6Ieq5YuV5b+c562UOiDjgZTmjKjmi7bvvIjol6TmsqLvvIk=?=",
    "auth": auth_gmail("hanabusa-tech.jp"),
    "extra": ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    "body": text("""誠に恐れ入りますが、3月31日から4月6日まで休暇のため不在にしております。
4月7日以降に順次ご返信いたします。お急ぎの場合は support@hanabusa-tech.jp までご連絡ください。

森 由佳
""", cte="base64"),
    "label": ("unrelated", False, None, []),
    "note": "Out-of-office auto-reply (Japanese) to the owner's farewell mail; contains contact instructions."})

add(**{"date": "2025-04-01 09:03:12 +0000",
    "from": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "to": ME_P,
    "subject": "Delivery Status Notification (Failure)",
    "auth": auth_gmail("googlemail.com"),
    "body": text("""** Address not found **

Your message wasn't delivered to k.fujisawa@tsukumo-systems.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----
Subject: test
""", cte="7bit"),
    "label": ("unrelated", False, None, []),
    "note": "Bounce: the company mailbox is closed (matters for the case, but it is not support mail)."})
