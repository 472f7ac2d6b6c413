# Part 3: 4-13 March 2025 - case A opens, a duplicate case B, the partner hold.
from gen_common import *

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B

# --- A: acknowledgement in Japanese, ISO-2022-JP, echoing the form ---------------
d = when("2025-03-03 23:37:41", UTC)
plain = """ブラント 愛子 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせをケース番号 %s として登録いたしました。

担当者より通常24時間以内にご連絡いたします。内容により、調査にお時間を
いただく場合がございます。

同じ内容で別のお問い合わせを作成されますと、対応が遅れる原因となります。
本件への追加情報は、このメールへの返信としてお送りください。

---- お問い合わせ内容 ----
お問い合わせタイプ: 認定
その他の詳細: Account Merge
本文:
I am leaving Seitosha Cloud Integration at the end of March and would like to
merge my certification accounts.
Email addresses used: %s, %s
Email address to keep: %s
Candidate IDs: %s (company), %s (personal)
--------------------------

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_A, ME_COMPANY, ME_PERSONAL, ME_PERSONAL, CAND_OLD, CAND_NEW)
m = build(text(plain, "plain", "iso-2022-jp"), frm=TC_FROM, to=addr("ブラント 愛子", ME_PERSONAL, "iso-2022-jp"),
          subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
          date=d, msgid=ses_mid("p3-a-ack"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("acknowledgement", case=CASE_A, cands=[CAND_OLD, CAND_NEW]),
    "Japanese ack in ISO-2022-JP; 'send additional info as a reply' is an instruction for later, not a request; echoed form text carries both candidate IDs (counted, see README)")

# --- B: acknowledgement of the accidental duplicate, company address -----------------
d = when("2025-03-03 23:44:20", UTC)
plain = """Hello,

Thank you for contacting AWS Training and Certification. We have received your
request and opened case %s.

A member of our team will respond, usually within 24 hours. Some requests take
longer to investigate; we appreciate your patience.

To help us assist you faster, please do not open additional cases for the same
request. If you already have an open case, you can add details to it by
replying to the email for that case.

Case details
  Inquiry type: Certification
  Additional detail: Account Merge
  Description: Please merge my work certification account into my personal
  one (%s). I am leaving the company on March 31.

AWS Training and Certification Customer Service
""" % (CASE_B, ME_PERSONAL)
m = build(text(plain, cte="7bit"), frm=TC_FROM, to=ME_COMPANY,
          subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
          date=d, msgid=ses_mid("p3-b-ack"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("acknowledgement", case=CASE_B),
    "Second case for the same request, filed 7 minutes later from the company address: a duplicate the owner should notice", crlf=True)

# --- B: duplicate closed and linked -----------------------------------------------------
d = when("2025-03-04 06:02:33", UTC)
plain = """Hello Aiko,

This request is the same as case %s, which you opened a few minutes
earlier from %s. To keep everything in one place I have
closed this case and linked it to %s; all further correspondence
will take place on that case.

There is no need to reply here.

Regards,
Mariel
AWS Training and Certification Customer Service
""" % (CASE_A, ME_PERSONAL, CASE_A)
m = build(text(plain, cte="qp"), frm=TC_FROM, to=ME_COMPANY, subject=SUBJ_B, date=d,
          msgid=ses_mid("p3-b-dup"), in_reply_to=ses_mid("p3-b-ack"), references=ses_mid("p3-b-ack"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("case_update", case=CASE_B),
    "Duplicate case closed and linked; body names the other case number (A) three times, subject carries B")

# --- A: partner hold with a buried question ------------------------------------------
d = when("2025-03-05 02:12:09", UTC)
plain = """Hello Aiko,

Thank you for reaching out about combining your certification accounts.

While reviewing the account registered to %s (%s)
I found that it is associated with an AWS Partner Network organization,
Seitosha Cloud Integration K.K. Certifications on a partner-associated account
count toward that partner's tier requirements, so we are not able to move them
while the association is in place. The association has to be released by the
partner's Partner Central administrator, or it ends with your employment.

I have placed your case on hold until one of those happens.

So that we can plan the next step: what is your last working day with Seitosha,
and will the company mailbox still receive mail until that date?

Best regards,
Ravindra S.
AWS Training and Certification Customer Service
""" % (ME_COMPANY, CAND_OLD)
html = """<div style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Aiko,</p>
<p>Thank you for reaching out about combining your certification accounts.</p>
<p>While reviewing the account registered to %s (%s) I found that it is associated with an
<b>AWS Partner Network</b> organization, Seitosha Cloud Integration K.K. Certifications on a
partner-associated account count toward that partner's tier requirements, so we are not able to move
them while the association is in place. The association has to be released by the partner's Partner
Central administrator, or it ends with your employment.</p>
<p>I have placed your case <b>on hold</b> until one of those happens.</p>
<p>So that we can plan the next step: what is your last working day with Seitosha, and will the company
mailbox still receive mail until that date?</p>
<p>Best regards,<br>Ravindra S.<br>AWS Training and Certification Customer Service</p></div>""" % (ME_COMPANY, CAND_OLD)
m = build(alt(plain, html), frm=TC_FROM, to=ME_PERSONAL, subject=SUBJ_A, date=d,
          msgid=ses_mid("p3-a-hold"), in_reply_to=ses_mid("p3-a-ack"), references=ses_mid("p3-a-ack"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("on_hold", True, CASE_A, [CAND_OLD]),
    "Partner hold; the question (last working day, mailbox) comes after the hold explanation, with no 'please'")

# --- owner forwards the hold to her manager (Gmail forward) -------------------------
d = when("2025-03-05 12:30:02")
plain = """松岡さん

お疲れさまです。ブラントです。
AWS認定アカウントの件でご相談させてください。

退職に向けて、会社アドレスの認定アカウント(%s)を個人アカウントへ統合しようと
しているのですが、会社のAPN(Partner Central)に紐付いているため保留になっています。
Partner Central の管理者の方に、私の紐付けを解除していただけるよう依頼して
いただけないでしょうか。サポートからのメールを下に転送します。

よろしくお願いいたします。
ブラント

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年3月5日(水) 11:12
Subject: %s
To: <%s>


Hello Aiko,

Thank you for reaching out about combining your certification accounts.

While reviewing the account registered to %s (%s)
I found that it is associated with an AWS Partner Network organization,
Seitosha Cloud Integration K.K. [...]

I have placed your case on hold until one of those happens.

So that we can plan the next step: what is your last working day with Seitosha,
and will the company mailbox still receive mail until that date?
""" % (CAND_OLD, TC_FORM, SUBJ_A, ME_PERSONAL, ME_COMPANY, CAND_OLD)
m = build(text(plain, cte="b64"), frm=addr("Aiko Brandt", ME_PERSONAL), to="松岡 誠 <m.matsuoka@seitosha-ci.co.jp>",
          subject="Fwd: " + SUBJ_A, date=d, msgid=gmail_mid("p3-fwd-manager"),
          in_reply_to=ses_mid("p3-a-hold"), references="%s %s" % (ses_mid("p3-a-ack"), ses_mid("p3-a-hold")))
add(d, m, L("user_reply", case=CASE_A, cands=[CAND_OLD]),
    "Owner forwards the hold to her manager in Japanese; forwarded support text contains the question but the owner is not writing to support")

# --- manager's out-of-office ------------------------------------------------------------
d = when("2025-03-05 12:30:48")
plain = """3月5日(水)〜3月7日(金)は出張のため、メールの確認が遅れます。
急ぎの件は 092-000-4417(代表)までご連絡ください。

I am travelling from 5 to 7 March with limited access to e-mail.

松岡 誠 / Makoto Matsuoka
Seitosha Cloud Integration K.K.
"""
m = build(text(plain, cte="b64"), frm="松岡 誠 <m.matsuoka@seitosha-ci.co.jp>", to=addr("Aiko Brandt", ME_PERSONAL),
          subject="自動応答: Fwd: " + SUBJ_A, date=d, msgid=outlook_mid("p3-ooo"),
          in_reply_to=gmail_mid("p3-fwd-manager"),
          top=[("Delivered-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("seitosha-ci.co.jp", sender_ip="40.107.74.55", p="NONE"))],
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "m.matsuoka@seitosha-ci.co.jp")])
add(d, m, L("unrelated", case=CASE_A),
    "Out-of-office reply whose subject carries case A's tag (自動応答: Fwd: RE:[CASE ...]); not from support")

# --- owner answers the hold question -----------------------------------------------------
d = when("2025-03-06 08:20:15")
plain = """Hello Ravindra,

Thank you for checking. My last working day at Seitosha is March 31, 2025. The
company mailbox (%s) is switched off at 18:00 JST that day,
so please contact me only at this address from now on.

I have also asked my manager to have our Partner Central administrator release
the association for %s.

Best regards,
Aiko Brandt

On Wed, Mar 5, 2025 at 11:12 AM AWS Training and Certification <%s> wrote:
%s
""" % (ME_COMPANY, CAND_OLD, TC_FORM, quote("""Hello Aiko,

Thank you for reaching out about combining your certification accounts.

While reviewing the account registered to %s (%s)
I found that it is associated with an AWS Partner Network organization,
Seitosha Cloud Integration K.K.

I have placed your case on hold until one of those happens.

So that we can plan the next step: what is your last working day with Seitosha,
and will the company mailbox still receive mail until that date?

Best regards,
Ravindra S.""" % (ME_COMPANY, CAND_OLD)))
m = build(text(plain, cte="qp"), frm=addr("Aiko Brandt", ME_PERSONAL), to=TC_FROM, subject=SUBJ_A,
          date=d, msgid=gmail_mid("p3-a-answer-hold"), in_reply_to=ses_mid("p3-a-hold"),
          references="%s %s" % (ses_mid("p3-a-ack"), ses_mid("p3-a-hold")))
add(d, m, L("user_reply", case=CASE_A, cands=[CAND_OLD]),
    "Owner answers the buried question; Gmail 'On ... wrote:' quote repeats the question and the candidate ID")

# --- AWS invoice (company AWS account) ----------------------------------------------------
d = when("2025-03-06 15:04:11")
plain = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: USD 1,284.55

Account number: 384920175566
Billing period: February 1 - February 28, 2025

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210.
"""
m = build(text(plain, cte="7bit"), frm="Amazon Web Services <aws-billing@amazon.com>", to=ME_COMPANY,
          subject="Amazon Web Services Billing Statement Available [Account: 384920175566]", date=d,
          msgid=ses_mid("p3-invoice"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("unrelated"), "AWS billing statement; 12-digit account number in subject; genuine amazon.com mail")

# --- A: pure hold, nothing asked ------------------------------------------------------------
d = when("2025-03-07 02:31:50", UTC)
plain = """Hi Aiko,

Thanks for letting us know. I've written to the Partner Central administrator
for Seitosha Cloud Integration K.K. and asked them to release the association
on your certification account.

Your case stays on hold until they do so, or until your employment ends on
March 31, whichever comes first. No action is required from you in the
meantime - we'll post an update here as soon as anything changes.

Kind regards,
Mariel
AWS Training and Certification Customer Service
"""
m = build(text(plain, cte="qp"), frm=TC_FROM, to=ME_PERSONAL,
          subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
          date=d, msgid=ses_mid("p3-a-hold2"), in_reply_to=gmail_mid("p3-a-answer-hold"),
          references="%s %s" % (ses_mid("p3-a-hold"), gmail_mid("p3-a-answer-hold")),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("on_hold", case=CASE_A), "Hold continues waiting on the partner; 'No action is required'; 'RE: [CASE' with a space")

# --- JAWS-UG community mail, Shift_JIS ---------------------------------------------------------
d = when("2025-03-08 18:00:00")
plain = """JAWS-UG 福岡 3月勉強会のお知らせ

日時: 2025年3月22日(土) 13:00-17:00
会場: 天神某所(参加者にのみお知らせします)
テーマ: 「AWS 認定 全冠への道」「マルチアカウント運用の実際」

LT 枠を募集しています。登壇いただける方は connpass のフォームからお申し込みください。
懇親会の出欠は 3/19 までにご回答ください。

JAWS-UG 福岡 運営
"""
m = build(text(plain, "plain", "shift_jis", cte="b64"), frm=addr("JAWS-UG 福岡", "fukuoka@jaws-ug.jp", "shift_jis"),
          to="jawsug-fukuoka-ml@googlegroups.com", subject="[jawsug-fukuoka] 3月勉強会のお知らせ / LT募集",
          subj_cs="shift_jis", date=d, msgid=mid("p3-jawsug", "jaws-ug.jp"),
          top=[("Delivered-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("jaws-ug.jp", sender_ip="209.85.220.69", p="NONE"))],
          extra=[("List-ID", "<jawsug-fukuoka-ml.googlegroups.com>"), ("Precedence", "list")])
add(d, m, L("unrelated"), "Community mailing list in Shift_JIS (base64); asks for RSVP by a date; AWS 認定 in the text")

# --- manager's answer (colleague mail inside the case thread) ----------------------------------
d = when("2025-03-10 09:48:27")
plain = """ブラントさん

出張から戻りました。連絡が遅くなりすみません。
アライアンス担当の佐藤さんに、Partner Central 上の紐付け解除を依頼しました。
本日中に対応してくれるそうです。

松岡

-----Original Message-----
From: Aiko Brandt <%s>
Sent: Wednesday, March 5, 2025 12:30 PM
To: 松岡 誠 <m.matsuoka@seitosha-ci.co.jp>
Subject: Fwd: %s

松岡さん
Partner Central の管理者の方に、私の紐付けを解除していただけるよう依頼して
いただけないでしょうか。
""" % (ME_PERSONAL, SUBJ_A)
m = build(text(plain, cte="b64"), frm="松岡 誠 <m.matsuoka@seitosha-ci.co.jp>", to=addr("Aiko Brandt", ME_PERSONAL),
          subject="RE: Fwd: " + SUBJ_A, date=d, msgid=outlook_mid("p3-manager-answer"),
          in_reply_to=gmail_mid("p3-fwd-manager"), references=gmail_mid("p3-fwd-manager"),
          top=[("Delivered-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("seitosha-ci.co.jp", sender_ip="40.107.74.55", p="NONE"))])
add(d, m, L("unrelated", case=CASE_A),
    "Manager's answer in the forwarded thread (case tag in subject); good news but not from support", crlf=True)

# --- phishing with a real AWS From and failing DMARC ---------------------------------------------
d = when("2025-03-11 04:17:36", UTC)
plain = """Hello,

We are ready to complete the merge of your AWS Certification accounts.

For your security, both accounts must be verified before the merge. Sign in to
each account at the link below, then reply to this email with the 6-digit
verification code shown after sign-in.

    https://aws-training-verify.support/merge?case=%s

If we do not receive both codes within 24 hours, the merge request will be
cancelled and your certifications on the old account may be lost.

AWS Training and Certification Customer Service
""" % CASE_FAKE
m = build(text(plain, cte="7bit"), frm=TC_FROM, to=ME_PERSONAL, reply_to="merge-desk@aws-training-verify.support",
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_FAKE,
          date=d, msgid=mid("p3-phish2", "mail-srv04.hostpoint-vps.net"),
          top=[("Delivered-To", ME_PERSONAL),
               ("Received", "from mail-srv04.hostpoint-vps.net (mail-srv04.hostpoint-vps.net. [91.215.85.143])\n        by mx.google.com with ESMTPS id a640c23a62f3a-ac2b1e8f0c1si11420366b.512.2025.03.10.21.17.36\n        for <%s>; Mon, 10 Mar 2025 21:17:36 -0700 (PDT)" % ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com", dkim="fail", spf="fail", dmarc="fail", sender_ip="91.215.85.143").replace("designates", "does not designate"))])
add(d, m, L("suspicious"),
    "Phishing with the genuine T&C From address and a form-style [CASE] subject (invented 15-digit number), dkim/spf/dmarc=fail; demands a reply with codes")

# --- A: hold lifted (no case tag in subject) ----------------------------------------------------
d = when("2025-03-12 01:15:02", UTC)
plain = """Hello Aiko,

Case ID: %s

Good news: the Partner Central administrator at Seitosha Cloud Integration K.K.
has released the association on your certification account, so the hold on
your case has been lifted.

I've handed the request to our accounts team, who will prepare the merge and
contact you with the details shortly.

Regards,
Mariel
AWS Training and Certification Customer Service
""" % CASE_A
m = build(text(plain, cte="qp"), frm=TC_FROM, to=ME_PERSONAL,
          subject="Update on your AWS Certification account request", date=d, msgid=ses_mid("p3-a-lifted"),
          in_reply_to=ses_mid("p3-a-hold2"), references="%s %s" % (ses_mid("p3-a-hold"), ses_mid("p3-a-hold2")),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("case_update", case=CASE_A),
    "Hold lifted and passed to another team; no [CASE] tag in the subject - case only as 'Case ID:' in body and via In-Reply-To")

# --- console case about billing (not T&C) --------------------------------------------------------
d = when("2025-03-13 01:05:44", UTC)
plain = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Promotional credits not applied to February invoice
Severity: General guidance
Correspondence: The credit code we redeemed on Feb 12 does not appear on the
February bill for this account.

We will respond to your inquiry as soon as possible.

To contact us again about this issue, please do not reply to this email.
Instead, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails.
[AWS ID 384920175566]
""" % (CASE_BILLING, CASE_BILLING, CASE_BILLING)
m = build(text(plain, cte="7bit"), frm="Amazon Web Services <%s>" % CONSOLE, to=ME_COMPANY,
          subject="Amazon Web Services: New Support case: %s" % CASE_BILLING, date=d, msgid=ses_mid("p3-billing-new"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("unrelated"),
    "Console case about billing credits (not T&C): exact console new-case template with displayId and 12-digit AWS ID; case=null by the README rule")
