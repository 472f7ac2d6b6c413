# Part 4: March 2025, case A hold and the asks (messages 28-40)
from gen_common import *

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
KAUTH = "spf=pass (sender IP is 40.107.74.61) smtp.mailfrom=kestrel-sys.co.jp; dkim=pass header.d=kestrel-sys.co.jp;dmarc=pass action=none header.from=kestrel-sys.co.jp;compauth=pass reason=100"

# 28 owner answers the hold question (Gmail)
b = alt(part("""Hi Rohan,

Yes, I'm still at Kestrel Systems until March 31, 2025 - that is my last working day, and my
company mailbox will be switched off the same evening. I have asked our Partner Central admin to
remove the association today.

Thanks,
Haruka

On Fri, Mar 7, 2025 at 11:26 AM AWS Training and Certification <%s> wrote:
> Hello Haruka,
>
> Thank you for your patience. I reviewed case %s.
>
> The certification account registered to h.mizuno@kestrel-sys.co.jp is associated with an AWS
> Partner Network organization (Kestrel Systems). [...] I've placed the case on hold until that
> is done; it will not be closed while on hold.
>
> In the meantime, it would help us to know whether you are still employed at Kestrel Systems
> and, if so, what your last working day is.
""" % (TC, CASE_A), enc="qp", fmt_flowed=False),
part("""<div dir="ltr">Hi Rohan,<br><br>Yes, I'm still at Kestrel Systems until March 31, 2025 - that is my last working day, and my company mailbox will be switched off the same evening. I have asked our Partner Central admin to remove the association today.<br><br>Thanks,<br>Haruka</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Mar 7, 2025 at 11:26 AM AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Haruka,<br><br>Thank you for your patience. I reviewed case %s.<br>[...]<br>In the meantime, it would help us to know whether you are still employed at Kestrel Systems and, if so, what your last working day is.</blockquote></div>
""" % (TC, CASE_A), "html", enc="qp"))
add(build(b, addr(ME_NAME, ME_P), TC, SUBJ_A, dt("2025-03-07 12:40:27"), mid("a-u1", "gmail"),
          irt=mid("a-hold"), refs="%s %s" % (mid("a-ack"), mid("a-hold"))),
    "user_reply", False, CASE_A, [], "Owner answers the hold question (Gmail, multipart)",
    "owner's reply with support's question in the Gmail quote")

# 29 owner asks the company's Partner Central admin (Japanese)
b = part("""岡本さん

お疲れさまです。水野です。
3 月末で退職するため、AWS 認定アカウントを個人のアカウントに統合しようとしています。
AWS サポートのケース %s で、会社の APN (Partner Central) との関連付けを外さないと
統合できないと言われました。

お手数ですが、Partner Central のユーザー一覧から私 (h.mizuno@kestrel-sys.co.jp) の
認定情報の関連付けを解除していただけますか。

よろしくお願いします。
水野
""" % CASE_A, cs="iso-2022-jp", enc="7bit")
add(build(b, addr("水野 遥", ME_C, "iso-2022-jp"), addr("岡本 健二", "k.okamoto@kestrel-sys.co.jp", "iso-2022-jp"),
          "Partner Central の関連付け解除のお願い", dt("2025-03-07 13:05:12"), mid("a-ok1", "outlook"),
          subj_cs="iso-2022-jp"),
    "user_reply", False, CASE_A, [], "Owner asks the company alliance lead to remove the APN link",
    "owner's own mail to a colleague, a request with the case number in it")

# 30 colleague's answer
b = part("""水野さん

岡本です。Partner Central 側で関連付けを解除しました。反映まで少し時間がかかるかも
しれません。統合がうまくいくといいですね。

最終日までよろしくお願いします。

岡本

-----Original Message-----
From: 水野 遥 <h.mizuno@kestrel-sys.co.jp>
Sent: Friday, March 7, 2025 1:05 PM
To: 岡本 健二 <k.okamoto@kestrel-sys.co.jp>
Subject: Partner Central の関連付け解除のお願い

岡本さん

お疲れさまです。水野です。
(省略)
お手数ですが、Partner Central のユーザー一覧から私 (h.mizuno@kestrel-sys.co.jp) の
認定情報の関連付けを解除していただけますか。
""", cs="iso-2022-jp", enc="7bit")
add(build(b, addr("岡本 健二", "k.okamoto@kestrel-sys.co.jp", "iso-2022-jp"), ME_C,
          "RE: Partner Central の関連付け解除のお願い", dt("2025-03-10 09:47:33"), mid("a-ok2", "outlook"),
          irt=mid("a-ok1"), refs=mid("a-ok1"), subj_cs="iso-2022-jp", auth=KAUTH),
    "unrelated", False, None, [], "Colleague confirms the APN link was removed",
    "about the merge and the partner hold, but written by a colleague, not support")

# 31 Case A: hold lifted
b = part("""Hello Haruka,

Good news: the partner association on your company certification account has been removed, so
case %s is no longer on hold. I have returned it to the merge queue and a colleague will
contact you shortly about the next step.

Rohan V.
AWS Training and Certification
""" % CASE_A, enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_A,
          dt("2025-03-10 06:02:48", UTC), mid("a-unhold", "ses"), irt=mid("a-u1"),
          refs="%s %s %s" % (mid("a-ack"), mid("a-hold"), mid("a-u1")), auth=auth_gmail("amazon.com")),
    "case_update", False, CASE_A, [], "Case A: hold lifted, back in the queue",
    "mentions 'on hold' and 'next step' but asks nothing")

# 32 Case A: asks candidate ID AND (conditionally) the go-ahead -> confirmation request
b = alt(part("""Hi Haruka,

My name is Camila and I'll be taking your merge request from here.

We need the candidate ID of the certification account that uses h.mizuno@kestrel-sys.co.jp.
You'll find it at the top right of the AWS Certification account page, in the form AWS
followed by eight digits.

Also, assuming both the company and the Gmail account are yours, please confirm in the same
reply that you want everything moved under haruka.mizuno.dev@gmail.com.

Kind regards,
Camila R.
AWS Training and Certification Customer Service
""", enc="qp"),
part("""<p>Hi Haruka,</p><p>My name is Camila and I'll be taking your merge request from here.</p>
<p>We need the <b>candidate ID</b> of the certification account that uses h.mizuno@kestrel-sys.co.jp. You'll find it at the top right of the AWS Certification account page, in the form AWS followed by eight digits.</p>
<p>Also, assuming both the company and the Gmail account are yours, please confirm in the same reply that you want everything moved under haruka.mizuno.dev@gmail.com.</p>
<p>Kind regards,<br>Camila R.<br>AWS Training and Certification Customer Service</p>
""", "html", enc="qp"))
add(build(b, addr("AWS Training and Certification", TC), "%s, %s" % (ME_P, ME_C), SUBJ_A,
          dt("2025-03-11 01:18:37", UTC), mid("a-mix1", "ses"), irt=mid("a-unhold"),
          refs="%s %s" % (mid("a-ack"), mid("a-unhold")), auth=auth_gmail("amazon.com")),
    "confirmation_request", True, CASE_A, [],
    "Case A: candidate ID request plus 'confirm you want everything moved under Gmail'",
    "both asks in one mail; the info ask comes first and the merge go-ahead is the second paragraph, worded 'assuming ... please confirm'")

# 33 owner answers from the company address (Outlook)
b = part("""Hi Camila,

Company account candidate ID: %s
(My new personal account shows %s.)

Both accounts are mine. Yes, please move everything under haruka.mizuno.dev@gmail.com.

Best regards,
Haruka Mizuno
Kestrel Systems, Cloud Enablement

From: AWS Training and Certification <%s>
Sent: Tuesday, March 11, 2025 10:18
To: %s; %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Haruka,

My name is Camila and I'll be taking your merge request from here.

We need the candidate ID of the certification account that uses h.mizuno@kestrel-sys.co.jp.
""" % (ID_CO, ID_P, TC, ME_P, ME_C, CASE_A), enc="qp")
add(build(b, addr(ME_NAME, ME_C), TC, SUBJ_A, dt("2025-03-11 10:52:06"), mid("a-u2", "outlook"),
          irt=mid("a-mix1"), refs="%s %s" % (mid("a-ack"), mid("a-mix1")), crlf=True),
    "user_reply", False, CASE_A, [ID_CO, ID_P], "Owner sends IDs and confirms, from the company address",
    "candidate IDs in the owner's new text; the confirmation comes from the address support cannot accept")

# 34 Case A: write from the personal address (info request) - mentions the confirmation
b = part("""Hi Haruka,

Thank you for the candidate IDs - that is everything we need on that side.

One problem: your confirmation came from h.mizuno@kestrel-sys.co.jp. For security reasons we can
only act on a merge instruction sent from the address of the account being kept. Please reply to
this email from haruka.mizuno.dev@gmail.com. You don't need to repeat the IDs; a short reply
from that address is enough, and I'll then send you the account summary for a final check.

Kind regards,
Camila R.
AWS Training and Certification Customer Service

-----Original Message-----
From: Haruka Mizuno <h.mizuno@kestrel-sys.co.jp>
Sent: Tuesday, March 11, 2025 1:52 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Company account candidate ID: %s
(My new personal account shows %s.)
Both accounts are mine. Yes, please move everything under haruka.mizuno.dev@gmail.com.
""" % (CASE_A, ID_CO, ID_P), enc="qp")
add(build(b, addr("AWS Training and Certification", TC), ME_C, SUBJ_A,
          dt("2025-03-12 00:44:10", UTC), mid("a-addr", "ses"), irt=mid("a-u2"),
          refs="%s %s %s" % (mid("a-ack"), mid("a-mix1"), mid("a-u2")), auth=auth_m365("amazon.com")),
    "info_request", True, CASE_A, [], "Case A: write again from the personal address",
    "talks about the confirmation and announces a later 'final check', but the ask now is to write from another address; IDs only in the quote")

# 35 owner replies from Gmail
b = part("""Hi Camila,

Writing from my personal address as requested. I confirm the merge into this account
(haruka.mizuno.dev@gmail.com). For reference: %s (company) and %s (personal).

Haruka

On Wed, Mar 12, 2025 at 9:44 AM AWS Training and Certification <%s> wrote:
> Hi Haruka,
>
> One problem: your confirmation came from h.mizuno@kestrel-sys.co.jp. For security reasons we
> can only act on a merge instruction sent from the address of the account being kept. Please
> reply to this email from haruka.mizuno.dev@gmail.com.
""" % (ID_CO, ID_P, TC), enc="qp")
add(build(b, addr(ME_NAME, ME_P), TC, SUBJ_A, dt("2025-03-12 10:03:55"), mid("a-u3", "gmail"),
          irt=mid("a-addr"), refs="%s %s %s" % (mid("a-ack"), mid("a-mix1"), mid("a-addr"))),
    "user_reply", False, CASE_A, [ID_CO, ID_P], "Owner writes from Gmail with IDs and confirmation",
    "owner mail; 'I confirm the merge' from the owner, not a request")

# 36 Skill Builder receipt
b = part("""<html><body><h3>AWS Skill Builder</h3><p>Thank you for your purchase.</p>
<table><tr><td>Order</td><td>SB-20250313-771905</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr></table>
<p>Manage your subscription at skillbuilder.aws. This is an automated message; replies are not monitored.</p></body></html>
""", "html", enc="qp")
add(build(b, addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P, "Your AWS Skill Builder receipt",
          dt("2025-03-13 01:07:29", UTC), mid("sb1", "skillbuilder.aws"), auth=auth_gmail("skillbuilder.aws", mailfrom="bounce@skillbuilder.aws")),
    "unrelated", False, None, [], "Skill Builder subscription receipt (HTML only)", "AWS training-side mail with no case")
