# Part 2: duplicate case B, APN hold on case A, wrong-address request, fillers (June 3 - 11, 2025).
from gen_lib import *

TCN = addr("AWS Training and Certification", TC)
MEP = addr(ME_NAME, ME_P)
MEC = addr("Haruka Mizuno", ME_C)
SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
G_OK = auth_google("amazon.com", spf_dom="amazonses.com")
FOOT = ("\nAmazon Web Services, Inc. and its affiliates. This message was produced and distributed by "
        "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.\n")

# 13 ---------------------------------------------------------------- user asks to close duplicate
t = """Hello,

I clicked submit twice by mistake, so this case duplicates case %s.
Please close this one and keep working on the other.

Thanks,
Haruka

On Tue, Jun 3, 2025 at 10:19 AM AWS Training and Certification <%s> wrote:
%s
""" % (CASE_A, TC, quote("""Hello Haruka Mizuno,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.
...
An associate will typically reply within 24 hours.""" % CASE_B))
add("B_user", date_=date("2025-06-03 10:31:12"), frm=MEP, to=TCN, subject="Re: " + SUBJ_B, body=plain(t),
    mid_dom="gmail", irt="B_ack", label=L("user_reply", False, CASE_B))

# 14 ---------------------------------------------------------------- B closed as duplicate
t = """Hello Haruka,

Thanks for letting us know. I have closed case %s as a duplicate. Your merge request stays
open under case %s and the same team is handling it there.

No further action is required on this case.

Regards,
Mateo R.
AWS Training and Certification Customer Service
""" % (CASE_B, CASE_A) + FOOT
add("B_dup", date_=date("2025-06-03 16:48:20"), frm=TCN, to=MEP, subject="RE:" + SUBJ_B, body=plain(t),
    irt="B_user", refs=["B_ack", "B_user"], auth=G_OK, label=L("case_update", False, CASE_B))

# 15 ---------------------------------------------------------------- A on hold, APN (html only)
hh = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>Thank you for your patience while we looked into your request.</p>
<p>The certification account registered to <b>h-mizuno@tsubame-tech.co.jp</b> (%s) is associated with an
AWS Partner Network organization, <i>Tsubame Technology Co., Ltd.</i>. Certification records that count toward a
partner's tier cannot be moved until the partner organization's administrator releases them.</p>
<p>We have contacted the partner's alliance team on your behalf. Your case is on hold until they respond;
we will write to you here as soon as we have an answer.</p>
<p>Best regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p>
<hr><p style="font-size:11px;color:#888">Case %s &middot; Please keep the case number in the subject line of any email about this request.</p>
</body></html>""" % (OLD_CAND, CASE_A)
add("A_hold", date_=date("2025-06-04 09:05:44"), frm=TCN, to=MEP, subject="RE: " + SUBJ_A, body=html(hh, cte="quoted-printable"),
    irt="A_ack", auth=G_OK, label=L("on_hold", False, CASE_A, [OLD_CAND]))

# 16 ---------------------------------------------------------------- AWS marketing
hh = """<html><body><table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:20px">
<h1>AWS Summit Japan 2025</h1><p>6月25日・26日 幕張メッセ</p></td></tr>
<tr><td style="padding:20px"><p>水野 様</p><p>今年も AWS Summit Japan を開催します。基調講演、150 以上のセッション、AWS 認定者ラウンジをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_1234">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。このメールに返信しないでください。</p></td></tr></table></body></html>"""
add("mkt1", date_=date("2025-06-04 12:00:03"), frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="【ご招待】AWS Summit Japan 2025 ｜ 認定者ラウンジのご案内", body=html(hh, cte="base64"),
    auth=auth_google("amazon.com", spf_dom="mail.awscloud.com"), extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html>"],
    label=L("unrelated"))

# 17 ---------------------------------------------------------------- phishing, lookalike domain (auth passes for its own domain)
hh = """<html><body style="font-family:Arial">
<p>Dear Customer,</p>
<p>We are processing the merge of your AWS Certification accounts (case %s). Before the merge can be completed,
our security team must verify ownership of <b>both</b> accounts.</p>
<p>Sign in with your AWS Builder ID and the password of your company account within <b>24 hours</b>,
otherwise all certification records will be permanently removed.</p>
<p><a href="https://aws-training-certsupport.com/verify?c=%s">Verify my accounts</a></p>
<p>AWS Training &amp; Certification Support Team</p></body></html>""" % (CASE_A, CASE_A)
add("phish1", date_=date("2025-06-05 03:22:17"), frm=addr("AWS Training & Certification", "support@aws-training-certsupport.com"), to=ME_P,
    subject="RE:[CASE %s] Action required: verify account ownership" % CASE_A, body=html(hh), mid_dom="aws-training-certsupport.com",
    auth=auth_google("aws-training-certsupport.com", ip="185.212.47.19"), label=L("suspicious"))

# 18 ---------------------------------------------------------------- Pearson VUE confirmation
t = """Dear Haruka Mizuno,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: Japanese
Date and time: Tuesday, June 24, 2025, 13:30 JST
Delivery: OnVUE online proctored
Registration ID: 431907265

Please check in 30 minutes before your appointment and have your government-issued ID ready.
To reschedule or cancel, sign in to your AWS Certification account at least 24 hours in advance.

Pearson VUE
"""
add("pvue1", date_=date("2025-06-05 19:44:09"), frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Exam appointment confirmation - AWS Certification", body=plain(t, cte="quoted-printable"), mid_dom="pearson.com",
    auth=auth_google("pearson.com", ip="159.182.1.10"), label=L("unrelated"))

# 19 ---------------------------------------------------------------- hold with a buried question
prev = """Hi Haruka,
Thank you for your patience while we looked into your request.
The certification account registered to h-mizuno@tsubame-tech.co.jp (%s) is associated with an
AWS Partner Network organization, Tsubame Technology Co., Ltd. ...
Best regards,
Priya S.""" % OLD_CAND
t = """Hello Haruka,

A quick update on %s: the partner organization has acknowledged our message but has not yet
released the certification record, so the merge is still paused on their side.

The partner team asked us to record when your employment with Tsubame Technology ends, since
records can be released without the partner's sign-off once a person has left the organization.
On what date is your last working day?

Kind regards,
Daniel K.
AWS Training and Certification

-----Original Message-----
%s
""" % (CASE_A, prev)
add("A_hold2", date_=date("2025-06-06 11:30:51"), frm=TCN, to=MEP + ", " + MEC, subject="RE: " + SUBJ_A, body=plain(t),
    irt="A_hold", refs=["A_ack", "A_hold"], auth=G_OK, label=L("on_hold", True, CASE_A))

# 20 ---------------------------------------------------------------- user answers from the company address (Outlook)
t = """Hello Daniel,

My last working day at Tsubame Technology is June 30, 2025. This company address will be
deleted on that day, so please use haruka.mizuno.cloud@gmail.com from now on.

Best regards,
Haruka Mizuno

________________________________
From: AWS Training and Certification <%s>
Sent: Friday, June 6, 2025 11:30
To: Haruka Mizuno <%s>; Haruka Mizuno <%s>
Subject: RE: %s

Hello Haruka,

A quick update on %s: the partner organization has acknowledged our message but has not yet
released the certification record, so the merge is still paused on their side.
[...]
""" % (TC, ME_P, ME_C, SUBJ_A, CASE_A)
add("A_user1", date_=date("2025-06-06 14:02:33"), frm=MEC, to=TCN, subject="RE: " + SUBJ_A, body=plain(t, cte="quoted-printable"),
    mid_dom="outlook", irt="A_hold2", refs=["A_ack", "A_hold", "A_hold2"], crlf=True,
    extra=["Thread-Topic: " + SUBJ_A, "Content-Language: en-US", "X-MS-Exchange-Organization-AuthAs: Internal"],
    label=L("user_reply", False, CASE_A))

# 21 ---------------------------------------------------------------- IT notice, Shift_JIS
t = """【情報システム部からのお知らせ】

退職予定者各位

退職日（最終出社日）の 23:59 をもって、以下のサービスのアカウントを停止いたします。

  対象アドレス : h-mizuno@tsubame-tech.co.jp
  停止日       : 2025年6月30日
  対象         : メール、Teams、社内ポータル、VPN

停止後はメールの受信・転送ができなくなります。外部サービス（クラウド認定、各種ベンダーポータル等）に
会社アドレスを登録している場合は、停止日までに変更手続きを完了してください。

本メールは送信専用です。ご質問は社内ポータルの問い合わせフォームからお願いします。
"""
add("it1", date_=date("2025-06-07 09:00:00"), frm=addr("情報システム部", "it-helpdesk@tsubame-tech.co.jp", "iso-2022-jp"), to=MEC,
    subject="【重要】退職に伴うアカウント停止のご案内", body=plain(t, charset="shift_jis", cte="base64"), mid_dom="tsubame-tech.co.jp",
    subj_charset="iso-2022-jp", label=L("unrelated"))

# 22 ---------------------------------------------------------------- hold lifted
t = """Hello Haruka,

Good news on case %s: Tsubame Technology's partner administrator has released your certification
record, so the hold is lifted. I have handed the merge to our account team; they will contact you
when they are ready to proceed.

There is nothing you need to do right now. If you have anything to add in the meantime, simply
reply to this email.

Regards,
Daniel K.
AWS Training and Certification
""" % CASE_A
add("A_release", date_=date("2025-06-09 10:14:05"), frm=TCN, to=MEP, subject="RE: " + SUBJ_A, body=plain(t, cte="quoted-printable"),
    irt="A_user1", refs=["A_ack", "A_hold", "A_hold2", "A_user1"], auth=G_OK, label=L("case_update", False, CASE_A))

# 23 ---------------------------------------------------------------- billing
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 12.48

Please see the Bills page in the AWS Billing console for details:
https://console.aws.amazon.com/billing/home#/bills?year=2025&month=5

[AWS ID 408816273519]

Thank you for using Amazon Web Services.
Sincerely,
Amazon Web Services
"""
add("bill1", date_=date("2025-06-09 03:11:48", "+0000"), frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 408816273519]", body=plain(t),
    auth=G_OK, label=L("unrelated"))

# 24 ---------------------------------------------------------------- write from the address to keep (html only, ask at the end)
hh = """<div style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Haruka,</p>
<p>I'm Aiko from the account team, and I have picked up case %s now that the partner hold is lifted.</p>
<p>Your last message reached us from <b>h-mizuno@tsubame-tech.co.jp</b>. Because that is the account that will be
retired, we cannot accept merge instructions from it: the surviving account's owner has to give them, and we verify
that through the address on file for that account.</p>
<p>We will need a reply to this thread sent from <b>haruka.mizuno.cloud@gmail.com</b> before we can continue.</p>
<p>Thanks,<br>Aiko T.<br>AWS Training and Certification | Account Services</p></div>""" % CASE_A
add("A_addr", date_=date("2025-06-10 08:41:26"), frm=TCN, to=MEC, subject="RE: " + SUBJ_A, body=html(hh, cte="base64"),
    irt="A_release", refs=["A_ack", "A_user1", "A_release"], auth_ms_=auth_ms("amazon.com"),
    label=L("info_request", True, CASE_A))

# 25 ---------------------------------------------------------------- forward company -> personal
t = """自分用メモ: gmail から返信すること。

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, June 10, 2025 8:41 AM
To: Haruka Mizuno <%s>
Subject: RE: %s

Hello Haruka,
I'm Aiko from the account team, and I have picked up case %s now that the partner hold is lifted.
Your last message reached us from h-mizuno@tsubame-tech.co.jp. [...]
We will need a reply to this thread sent from haruka.mizuno.cloud@gmail.com before we can continue.
""" % (TC, ME_C, SUBJ_A, CASE_A)
add("A_fwd", date_=date("2025-06-10 09:02:10"), frm=MEC, to=MEP, subject="FW: RE: " + SUBJ_A, body=plain(t, cte="base64"),
    mid_dom="outlook", crlf=True, label=L("user_reply", False, CASE_A))

# 26 ---------------------------------------------------------------- user writes from the gmail address
t = """Hello Aiko,

I am writing from haruka.mizuno.cloud@gmail.com as requested. This is the account I want to keep;
please merge my company certification account into it.

Best regards,
Haruka Mizuno
"""
add("A_user2", date_=date("2025-06-10 12:26:40"), frm=MEP, to=TCN, subject="Re: RE: " + SUBJ_A, body=plain(t), mid_dom="gmail",
    irt="A_addr", refs=["A_ack", "A_release", "A_addr"], label=L("user_reply", False, CASE_A))

# 27 ---------------------------------------------------------------- Skill Builder receipt
t = """Thank you for your order.

AWS Skill Builder Individual subscription - monthly
Order number: SB-7H2K-91QX
Amount charged: USD 29.00
Next renewal: July 11, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

This is an automated message; replies to this address are not monitored.
AWS Training and Certification
"""
add("sb1", date_=date("2025-06-11 00:05:12", "+0000"), frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder receipt", body=plain(t), mid_dom="aws.training",
    auth=auth_google("aws.training", spf_dom="amazonses.com"), label=L("unrelated"))
