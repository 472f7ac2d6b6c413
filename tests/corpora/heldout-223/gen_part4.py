# Messages 038-058 (end of March - mid April 2025)
from gen_lib import *  # noqa: F401,F403
import gen_part1 as P1
import gen_part3 as P3

SUBJ_A = P3.SUBJ_A
SUBJ_C = "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C
CONSOLE_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
CONSOLE_FOOT = """To view this case, add correspondence or attach files, sign in to the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Use the link above to update your case.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""" % CONSOLE_LINK

# ---------------------------------------------------------------- 038 forward to manager
d = dt("2025-03-26 10:22:40", JST)
body = """佐伯さん

お疲れさまです。AWS認定アカウントの件、昨日個人アカウントへの統合が完了しました。
Partner Central 上の私のユーザーはもう削除していただいて大丈夫です。
(認定者数のカウントから外れると思うので、念のため共有です)

岡部

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Tue, Mar 25, 2025 at 10:05 AM
Subject: %s
To: <%s>


%s
""" % (TC_FORM, SUBJ_A, ME_PERSONAL, P3.A_DONE_TEXT)
add("user_reply", False, CASE_A, [],
    "Owner forwards the case A resolution to her manager (Japanese note on top, Gmail forward block). Candidate IDs only inside the forwarded part.",
    build([("From", addr("Rina Okabe", ME_PERSONAL)), ("To", addr("佐伯 浩一", "k.saeki@tsubame-sys.co.jp")),
           ("Subject", "Fwd: " + SUBJ_A), ("Date", d), ("Message-ID", mid("038", style="gmail")),
           ("In-Reply-To", P3.A_DONE_MID), ("References", P3.A_DONE_MID)],
          T(body, cte="base64")))

# ---------------------------------------------------------------- 039 new employer asks for IDs
d = dt("2025-03-27 15:45:09", JST)
body = """岡部 里奈 様

ほしぞらクラウド株式会社 人事の西田です。4月1日の入社に向けて、以下をご返信いただけますでしょうか。

1. 保有されている AWS 認定の名称と認定検証番号
2. Credly バッジの公開URL（任意）
3. AWS 候補ID（弊社の AWS パートナー登録で使用します）

AWS 認定アカウントを会社のアドレスと紐付ける手続きは、入社後に別途ご案内いたします。

よろしくお願いいたします。
ほしぞらクラウド株式会社 人事部 西田
"""
add("unrelated", False, None, [],
    "New employer's HR asks (keigo) for certification validation number and candidate ID - a real request, but not from AWS support.",
    build(gmail_in("hoshizora-cloud.jp", "209.85.220.41", mailfrom="nishida@hoshizora-cloud.jp", selector="google", policy="p=NONE sp=NONE dis=NONE", date=d)
          + [("From", addr("西田 彩", "nishida@hoshizora-cloud.jp")), ("To", ME_PERSONAL),
             ("Subject", enc_h("【ご入社前のお願い】資格情報のご提出について")), ("Date", d),
             ("Message-ID", mid("039", style="gmail"))],
          alt(T(body, cte="base64"), H("<div>" + body.replace("\n", "<br>") + "</div>", cte="base64"))))

# ---------------------------------------------------------------- 040 certification benefits
d = dt("2025-03-27 18:00:00", UTC)
body_h = """<html><body style="font-family:Arial,sans-serif"><table width="600" align="center"><tr><td>
<h2 style="color:#232f3e">Your AWS Certification benefits</h2>
<p>Hello Rina,</p>
<p>As an AWS Certified individual you have access to the following benefits. Sign in to your AWS Certification Account and open <b>Benefits</b> to use them.</p>
<ul><li>50% discount on your next AWS Certification exam</li><li>Free AWS Certified practice question set</li><li>AWS Certified store</li></ul>
<p>Candidate ID: AWS07731954</p>
<p style="font-size:11px;color:#888">Please do not reply to this message.</p>
</td></tr></table></body></html>
"""
add("certification", False, None, [CAND_PERSONAL],
    "Certification benefits mail to the merged account (HTML-only).",
    build(gmail_in("certmetrics.com", "168.245.22.8", mailfrom="bounce@em123.certmetrics.com", selector="s1", policy="p=NONE sp=NONE dis=NONE", date=d)
          + [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_PERSONAL),
             ("Subject", "Your AWS Certification benefits"), ("Date", d),
             ("Message-ID", mid("040", "certmetrics.com", "plain"))],
          H(body_h)))

# ---------------------------------------------------------------- 041 re:Post answer
d = dt("2025-03-28 05:40:31", UTC)
body_t = """A new answer was posted to a question you follow.

Question: Certification account merge stuck "on hold" because of APN - how long?

Answer by EXPERT: "In my experience the partner release took 3-7 business days. Make sure you answer any question the support agent asks in the same email thread, otherwise the case can be closed."

View the answer: https://repost.aws/questions/QU9x2kLr0aR1u1Vq1hQp8mAw

You are receiving this because you follow this question on AWS re:Post.
"""
add("unrelated", False, None, [],
    "AWS re:Post notification about a merge 'on hold' question; contains advice about answering agents.",
    build(gmail_in("repost.aws", "54.240.48.92", mailfrom="010001962a@amazonses.com", policy="p=QUARANTINE sp=QUARANTINE dis=NONE", date=d)
          + [("From", addr("AWS re:Post", "no-reply@repost.aws")), ("To", ME_PERSONAL),
             ("Subject", "New answer: Certification account merge stuck \"on hold\" because of APN - how long?"),
             ("Date", d), ("Message-ID", mid("041"))],
          T(body_t)))

# ---------------------------------------------------------------- 042 colleague goodbye
d = dt("2025-03-31 16:55:02", JST)
body = """岡部さん

最終日おつかれさまでした！
Partner Central のユーザー削除と認定者数の更新はこちらで対応済みです。
新しい職場でもがんばってください。

佐伯
"""
add("unrelated", False, None, [],
    "Manager's goodbye on the last day (company address) confirming Partner Central cleanup.",
    build(ms_in("tsubame-sys.co.jp", "10.20.4.12")
          + [("From", addr("佐伯 浩一", "k.saeki@tsubame-sys.co.jp")), ("To", addr("岡部 里奈", ME_COMPANY)),
             ("Cc", ME_PERSONAL), ("Subject", enc_h("RE: 引き継ぎについて(AWS関連)")), ("Date", d),
             ("Message-ID", mid("042", style="outlook"))],
          T(body, charset="iso-2022-jp", cte="7bit"), crlf=True))

# ---------------------------------------------------------------- 043 console ack case C
d = dt("2025-04-02 01:48:51", UTC)
C_ACK_MID = mid("C-ack")
body = """Dear AWS customer,

Thank you for contacting AWS Support. Case %s has been created for you.

Case ID: %s
Subject: Exam discount benefit missing after certification account merge
Severity: General guidance
Account: 590218446731
Correspondence: My certification accounts were merged on March 25 (case %s). I received an email saying my benefits include a 50%% exam discount, but the Benefits page of AWS07731954 shows no voucher. The voucher was unused on my old account.

We will respond as soon as possible.

%s
""" % (CASE_C, CASE_C, CASE_A, CONSOLE_FOOT)
add("acknowledgement", False, CASE_C, [CAND_PERSONAL],
    "Case C opened in the Support Center: console ack from no-reply-aws@; the echoed correspondence cites case A and a candidate ID; 12-digit AWS account number.",
    build(gmail_in("amazon.com", "54.240.8.12", mailfrom="0100019620@amazonses.com", date=d)
          + [("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_PERSONAL),
             ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C), ("Date", d),
             ("Message-ID", C_ACK_MID)],
          T(body)))

# ---------------------------------------------------------------- 044 console ack, SES (not T&C)
d = dt("2025-04-02 03:20:02", UTC)
body = """Dear AWS customer,

Thank you for contacting AWS Support. Case 174356240200871 has been created for you.

Case ID: 174356240200871
Subject: Limit Increase: SES Sending Limits
Severity: General guidance
Account: 590218446731

We will respond as soon as possible.

To view this case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174356240200871&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
add("unrelated", False, None, [],
    "Another console case, about an SES quota: same sender and template as case C but not Training and Certification (case kept null).",
    build(gmail_in("amazon.com", "54.240.8.12", mailfrom="0100019621@amazonses.com", date=d)
          + [("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_PERSONAL),
             ("Subject", "Amazon Web Services: New Support case: 174356240200871"), ("Date", d),
             ("Message-ID", mid("044"))],
          T(body)))

# ---------------------------------------------------------------- 045 info request C (console)
d = dt("2025-04-03 07:12:26", UTC)
C_REQ_MID = mid("C-req")
body = """Hello,

Thank you for contacting AWS Support. I'm Aigerim and I'll be looking into the missing exam discount.

I can see the merged history on AWS07731954, including the Solutions Architect - Professional certification from June 2024. The benefit record, however, did not come across from the former account, and I need a little more to trace it. Could you attach a screenshot of the Benefits page as it looks when you are signed in, and tell me whether you had already started redeeming the voucher (for example an exam registration that was cancelled)?

Attachments can only be added in the Support Center, so please respond there rather than by email.

Best regards,
Aigerim T.
Amazon Web Services

%s
""" % CONSOLE_FOOT
add("info_request", True, CASE_C, [CAND_PERSONAL],
    "Case C (console): agent asks for a screenshot and a fact; must be answered in the Support Center, not by mail (footer: address cannot accept e-mail).",
    build(gmail_in("amazon.com", "54.240.8.12", mailfrom="0100019628@amazonses.com", date=d)
          + [("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_C), ("Date", d), ("Message-ID", C_REQ_MID),
             ("In-Reply-To", C_ACK_MID), ("References", C_ACK_MID)],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 046 bounce of an e-mail reply to the console address
d = dt("2025-04-03 08:01:30", UTC)
orig_mid = mid("C-u-bounced", style="gmail")
orig = """From: Rina Okabe <r.okabe.works@gmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: %s
Date: Thu, 3 Apr 2025 17:01:22 +0900
Message-ID: %s
In-Reply-To: %s
Content-Type: text/plain; charset="UTF-8"

Hi Aigerim,

I never started redeeming the voucher. Screenshot attached - the Benefits page of AWS07731954 is empty.

Rina
""" % (SUBJ_C, orig_mid, C_REQ_MID)
report = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 03 Apr 2025 01:01:24 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.9, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Thu, 03 Apr 2025 01:01:30 -0700 (PDT)
"""
expl = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
add("unrelated", False, CASE_C, [],
    "Bounce: the owner answered case C by e-mail to no-reply-aws@ and it was rejected. Not from support; the embedded original holds a candidate ID (not counted). Case C because the bounced mail is on that case.",
    build(gmail_in("googlemail.com", "209.85.220.69", mailfrom="", selector="20230601", dkim_d="googlemail.com", policy="p=QUARANTINE sp=QUARANTINE dis=NONE", date=d)[:2]
          + [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_PERSONAL),
             ("Subject", "Delivery Status Notification (Failure)"), ("Date", d),
             ("Message-ID", mid("046", "mx.google.com", "plain")), ("In-Reply-To", orig_mid),
             ("References", orig_mid), ("Auto-Submitted", "auto-replied")],
          Multi("report", T(expl), Leaf(report, ctype="message/delivery-status", cte="7bit"),
                Leaf(orig, ctype="message/rfc822", cte="7bit"), params="report-type=delivery-status")))
