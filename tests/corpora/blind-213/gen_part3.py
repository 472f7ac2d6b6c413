# Part 3: early March 2025: case C closes, cases A and B open (messages 18-30)
from gen_common import *

SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B

# 18 Case C resolved, Japanese, quoting the earlier confirmation request
b = part("""水野 遥 様

佐藤でございます。お待たせいたしました。

アカウント #2 および #3 を、アカウント #1 (%s) へ統合する作業が完了いたしました。
試験履歴、取得済み認定、特典はすべてアカウント #1 でご確認いただけます。Credly のバッジは
数日以内に反映される見込みです。

本件についてお客様に追加でご対応いただくことはございません。ご不明な点がございましたら、
本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス

2025/02/24 14:48、AWS Training and Certification <%s> のメール:
> 水野 遥 様
>
> 調査の結果、お客様のお名前で以下の 3 つの認定アカウントが存在することを確認いたしました。
> アカウント #1  %s  h.mizuno@kestrel-sys.co.jp
> アカウント #2  %s  h.mizuno@kestrel-sys.co.jp
> アカウント #3  %s  APN (Kestrel Systems) SSO
>
> つきましては、次の 2 点をご確認いただけますでしょうか。
> ・上記 3 つのアカウントがすべてお客様ご本人のものであること
> ・アカウント #2 と #3 をアカウント #1 に統合し、アカウント #1 を残すことでよろしいか
>
> ご確認のうえ、本メールにご返信くださいますようお願い申し上げます。
""" % (ID_CO, TC, ID_CO, ID_DUP, ID_APN), cs="iso-2022-jp", enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_C, SUBJ_C,
          dt("2025-03-03 01:15:36", UTC), mid("c-res", "ses"), irt=mid("c-upd"),
          refs="%s %s %s" % (mid("c-ack"), mid("c-conf"), mid("c-upd")), auth=auth_m365("amazon.com")),
    "resolved", False, CASE_C, [ID_CO], "Case C: merge completed (Japanese)",
    "quotes the whole confirmation request under '>' lines; conditional 'ご不明な点がございましたら' invitation")

# 19 Credly badge
b = alt(part("""Haruka, congratulations!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Professional

Accept your badge to share it on LinkedIn and other networks:
https://www.credly.com/earner/earned/badge/6c1f4e0a-92b7-4d3e-a1f0-5b8c2e7d9a34

Credly, Inc. - 1005 W Fayette St, Syracuse, NY
""", enc="7bit"),
part("""<html><body><h2>Haruka, congratulations!</h2><p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="font-size:18px">AWS Certified Solutions Architect &ndash; Professional</p>
<p><a href="https://www.credly.com/earner/earned/badge/6c1f4e0a-92b7-4d3e-a1f0-5b8c2e7d9a34" style="background:#ff6b00;color:#fff;padding:8px 16px">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; 1005 W Fayette St, Syracuse, NY</p></body></html>
""", "html", enc="qp"))
add(build(b, addr("Credly", "admin@credly.com"), ME_C,
          "You've earned a badge from Amazon Web Services Training and Certification!",
          dt("2025-03-03 02:02:11", UTC), mid("credly1", "credly.com"), auth=auth_m365("credly.com", mailfrom="credly.com")),
    "badge", False, None, [], "Credly badge issued right after the case C merge",
    "'Accept your badge' is a call to action but not support; badge UUID is no case number")

# 20 Case C survey
b = alt(part("""Hello,

Case %s was recently resolved. We'd like to know how we did.

How satisfied were you with the support you received?
https://survey.aws-tc-support.amazon.com/s/%s

The survey is optional and takes about one minute. Please do not reply to this email.

AWS Training and Certification
""" % (CASE_C, h("sv-c", 12)), enc="7bit"),
part("""<html><body><p>Hello,</p><p>Case %s was recently resolved. We'd like to know how we did.</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/%s?r=5">Very satisfied</a> | <a href="https://survey.aws-tc-support.amazon.com/s/%s?r=1">Very dissatisfied</a></p>
<p style="font-size:11px">The survey is optional. Please do not reply to this email.</p></body></html>
""" % (CASE_C, h("sv-c", 12), h("sv-c", 12)), "html", enc="qp"))
add(build(b, addr("AWS Training and Certification", TC), ME_C,
          "How did we do? Your feedback on case %s" % CASE_C, dt("2025-03-04 01:20:00", UTC),
          mid("c-survey", "ses"), auth=auth_m365("amazon.com")),
    "survey", False, CASE_C, [], "Case C satisfaction survey", "same case sender; questions in it, but optional")

# 21 HR notice about leaving (Japanese)
b = part("""水野さん

人事部の森です。退職に伴うお手続きについてご案内します。

・最終出社日: 3 月 28 日(金)  退職日: 3 月 31 日(月)
・社用メールアドレスおよび Microsoft 365 アカウントは 3 月 31 日 18:00 に停止します。
  社外サービスに社用アドレスを登録している場合は、それまでに変更をお願いします。
・貸与 PC は最終出社日に情報システム部へ返却してください。

添付の退職届と秘密保持誓約書に記入のうえ、3 月 14 日までに提出してください。
ご不明点があれば私までご連絡ください。

森 真理子
人事部
""", enc="b64")
add(build(b, addr("森 真理子", "m.mori@kestrel-sys.co.jp"), ME_C, "【人事部】退職手続きのご案内",
          dt("2025-03-04 10:31:52"), mid("hr1", "outlook"),
          auth="spf=pass (sender IP is 40.107.74.61) smtp.mailfrom=kestrel-sys.co.jp; dkim=pass header.d=kestrel-sys.co.jp;dmarc=pass action=none header.from=kestrel-sys.co.jp;compauth=pass reason=100"),
    "unrelated", False, None, [], "HR exit procedure (company mailbox closes Mar 31)",
    "internal requests to submit paperwork; context for the merge but not support")

# 22 Case A acknowledgement (English, to personal address)
b = part("""Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s for your
request. The details of your case are as follows:

Case ID: %s
Subject: AWS Training and Certification Form Submission - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Description:
  Use case: I am leaving Kestrel Systems at the end of March and would like to merge my
  certification account into my personal one.
  All email addresses used: h.mizuno@kestrel-sys.co.jp, haruka.mizuno.dev@gmail.com
  Email address to keep: haruka.mizuno.dev@gmail.com

A member of our team will get back to you, usually within 24 hours. Some requests need more time
to resolve properly. Please do not open another case for the same request; duplicate cases
delay our response.

Sincerely,
AWS Training and Certification Customer Service
""" % (CASE_A, CASE_A), enc="qp")
add(build(b, addr("AWS Training and Certification", TC), ME_P,
          "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
          dt("2025-03-05 02:14:31", UTC), mid("a-ack", "ses"), auth=auth_gmail("amazon.com")),
    "acknowledgement", False, CASE_A, [], "Case A opened (company to personal merge)",
    "echoes the owner's 'would like to merge' text; asks not to open duplicates")

# 23 Case B acknowledgement: duplicate form from the company address (CRLF)
b = part("""Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s for your
request. The details of your case are as follows:

Case ID: %s
Subject: AWS Training and Certification Form Submission - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Description:
  Please merge my company certification account (h.mizuno@kestrel-sys.co.jp) into my
  personal account (haruka.mizuno.dev@gmail.com). I am leaving the company on March 31.

A member of our team will get back to you, usually within 24 hours. Please do not open another
case for the same request; duplicate cases delay our response.

Sincerely,
AWS Training and Certification Customer Service
""" % (CASE_B, CASE_B), enc="qp")
add(build(b, addr("AWS Training and Certification", TC), ME_C,
          "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
          dt("2025-03-05 02:32:18", UTC), mid("b-ack", "ses"), auth=auth_m365("amazon.com"), crlf=True),
    "acknowledgement", False, CASE_B, [], "Case B opened: second form for the same merge",
    "a duplicate of case A 18 minutes later (company mailbox); CRLF")

# 24 Case B confirmation request (short plain text, different agent)
b = part("""Hi Haruka,

I located two certification accounts under your name:

  Account 1 - login h.mizuno@kestrel-sys.co.jp
  Account 2 - login haruka.mizuno.dev@gmail.com

Do you approve merging Account 1 into Account 2, so that only haruka.mizuno.dev@gmail.com
remains? A simple "Yes, merge" is enough.

Aisha
AWS Training & Certification
""", enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_C, SUBJ_B,
          dt("2025-03-06 00:09:44", UTC), mid("b-conf", "ses"), irt=mid("b-ack"), refs=mid("b-ack"),
          auth=auth_m365("amazon.com")),
    "confirmation_request", True, CASE_B, [],
    "Case B: short go-ahead question on the duplicate case",
    "no 'please', a bare question; real request on a case that will soon be closed as duplicate")

# 25 Amazon.co.jp shipment
b = part("""水野 遥 様

ご注文いただいた商品を発送しました。

注文番号: 250-4418307-2265419
商品: AWS認定ソリューションアーキテクト-プロフェッショナル 問題集 (第2版)
お届け予定: 3月7日(金)

配送状況は「注文履歴」からご確認いただけます。
Amazon.co.jp
""", enc="qp")
add(build(b, addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P, "Amazon.co.jp ご注文の商品を発送しました",
          dt("2025-03-06 09:12:03"), mid("amzjp1", "ses"), auth=auth_gmail("amazon.co.jp", mailfrom="bounce@amazon.co.jp")),
    "unrelated", False, None, [], "Amazon.co.jp shipping notice", "amazon sender, AWS certification in the item name")

# 26 Case B closed as duplicate of case A
b = part("""Hi Haruka,

While preparing your merge I noticed you have another open case for the same request,
%s. To avoid two teams working on one account, I am closing this case (%s) as a
duplicate; all further updates will come on %s.

You don't need to answer my previous email on this case.

Aisha
AWS Training & Certification
""" % (CASE_A, CASE_B, CASE_A), enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_C, SUBJ_B,
          dt("2025-03-07 00:51:20", UTC), mid("b-dup", "ses"), irt=mid("b-conf"),
          refs="%s %s" % (mid("b-ack"), mid("b-conf")), auth=auth_m365("amazon.com")),
    "case_update", False, CASE_B, [], "Case B closed as duplicate of case A",
    "names both case numbers; cancels the pending confirmation request; 'closing' but not for silence")

# 27 Case A on hold: APN partner, with a question buried at the end
b = alt(part("""Hello Haruka,

Thank you for your patience. I reviewed case %s.

The certification account registered to h.mizuno@kestrel-sys.co.jp is associated with an AWS
Partner Network organization (Kestrel Systems). Accounts associated with a partner cannot be
merged while the association is active: a Partner Central administrator at Kestrel Systems has
to remove it first. I've placed the case on hold until that is done; it will not be closed while
on hold.

In the meantime, it would help us to know whether you are still employed at Kestrel Systems and,
if so, what your last working day is.

Regards,
Rohan V.
AWS Training and Certification
""" % CASE_A, enc="qp"),
part("""<div style="font-family:Arial;font-size:13px">
<p>Hello Haruka,</p><p>Thank you for your patience. I reviewed case %s.</p>
<p>The certification account registered to h.mizuno@kestrel-sys.co.jp is associated with an AWS Partner Network organization (Kestrel Systems). Accounts associated with a partner cannot be merged while the association is active: a Partner Central administrator at Kestrel Systems has to remove it first. I've placed the case <b>on hold</b> until that is done; it will not be closed while on hold.</p>
<p>In the meantime, it would help us to know whether you are still employed at Kestrel Systems and, if so, what your last working day is.</p>
<p>Regards,<br>Rohan V.<br>AWS Training and Certification</p></div>
""" % CASE_A, "html", enc="qp"))
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_A,
          dt("2025-03-07 02:26:05", UTC), mid("a-hold", "ses"), irt=mid("a-ack"), refs=mid("a-ack"),
          auth=auth_gmail("amazon.com")),
    "on_hold", True, CASE_A, [], "Case A on hold for the APN partner; asks if still employed",
    "hold (partner must act) with a question phrased as 'it would help us to know'")
