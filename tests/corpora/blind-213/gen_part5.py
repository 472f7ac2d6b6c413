# Part 5: March 2025, case A confirmation round to resolution (messages 37-44)
from gen_common import *

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
REFS_A = "%s %s %s %s" % (mid("a-ack"), mid("a-mix1"), mid("a-addr"), mid("a-u3"))

# 37 Case A: formal Account #1 / #2 listing + most recent exam date (mixed)
txt = """Hello Haruka,

This is Mateo from the AWS Training and Certification merge team. Thank you for writing from
your personal address. Before we combine anything, our process requires you to check the exact
records below.

Account #1
  Candidate ID: %s
  Login email: haruka.mizuno.dev@gmail.com
  Training notification email: haruka.mizuno.dev@gmail.com
  Certification notification email: haruka.mizuno.dev@gmail.com

Account #2
  Candidate ID: %s
  Login email: h.mizuno@kestrel-sys.co.jp
  Training notification email: h.mizuno@kestrel-sys.co.jp
  Certification notification email: h.mizuno@kestrel-sys.co.jp

Can you confirm that both accounts belong to you and that Account #2 should be merged into
Account #1? After the merge only Account #1 will exist; the exam history, active certifications
and the 50%% exam discount will move to it.

As an extra ownership check, what is the date of the most recent exam you sat on Account #2?

Best,
Mateo
AWS Training and Certification
""" % (ID_P, ID_CO)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hello Haruka,</p>
<p>This is Mateo from the AWS Training and Certification merge team. Thank you for writing from your personal address. Before we combine anything, our process requires you to check the exact records below.</p>
<table cellpadding="4" style="border:1px solid #999;border-collapse:collapse">
<tr><th colspan="2" style="background:#f2f2f2;text-align:left">Account #1</th></tr>
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Login email</td><td>haruka.mizuno.dev@gmail.com</td></tr>
<tr><td>Training notification email</td><td>haruka.mizuno.dev@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>haruka.mizuno.dev@gmail.com</td></tr>
<tr><th colspan="2" style="background:#f2f2f2;text-align:left">Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Login email</td><td>h.mizuno@kestrel-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>h.mizuno@kestrel-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>h.mizuno@kestrel-sys.co.jp</td></tr>
</table>
<p>Can you confirm that both accounts belong to you and that Account #2 should be merged into Account #1? After the merge only Account #1 will exist; the exam history, active certifications and the 50%% exam discount will move to it.</p>
<p>As an extra ownership check, what is the date of the most recent exam you sat on Account #2?</p>
<p>Best,<br>Mateo<br>AWS Training and Certification</p>
</body></html>
""" % (ID_P, ID_CO)
b = alt(part(txt, enc="qp"), part(html, "html", enc="qp"))
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_A,
          dt("2025-03-13 04:31:19", UTC), mid("a-conf", "ses"), irt=mid("a-u3"), refs=REFS_A,
          auth=auth_gmail("amazon.com")),
    "confirmation_request", True, CASE_A, [ID_P, ID_CO],
    "Case A: Account #1/#2 listing, confirm ownership and merge direction, plus last exam date",
    "mixed: merge confirmation and an exam-date question; comes after the owner already said 'I confirm'")

# 38 spoofed TC sender, DMARC fails
b = part("""<html><body>
<p>Hello,</p>
<p>Your account merge request is almost complete. Due to a system update we need you to re-confirm the accounts to merge by signing in with your AWS Builder ID below. Requests not confirmed within 48 hours will be closed.</p>
<p><a href="http://aws-training-verify.support-cases.net/login?case=174113998201145">Confirm accounts</a></p>
<p>AWS Training and Certification Customer Service</p>
</body></html>
""", "html", enc="qp")
add(build(b, addr("AWS Training and Certification", TC), ME_P,
          "RE:[CASE 174113998201145] [AWS Training and Certification Form Submission] - account-assistance",
          dt("2025-03-14 07:55:02", UTC), mid("phish2", "mail-srv7.support-cases.net"),
          auth=auth_gmail("amazon.com", ok=False, dkim_dom="amazon.com", mailfrom="post@support-cases.net", ip="91.212.150.33"),
          received=["from mail-srv7.support-cases.net (mail-srv7.support-cases.net. [91.212.150.33])\n        by mx.google.com with ESMTPS id a1-20020a17090a0d8100b002d;\n        Fri, 14 Mar 2025 00:55:04 -0700 (PDT)"]),
    "suspicious", False, None, [], "Spoofed T&C sender and case subject, dmarc=fail, Builder ID sign-in link",
    "exact real From address and subject pattern; only Authentication-Results and the link give it away")

# 39 out-of-office auto reply from a colleague
b = part("""[自動返信] 3 月 14 日から 3 月 18 日まで休暇のため不在にしております。
急ぎのご用件は cloud-team@kestrel-sys.co.jp までご連絡ください。

I am out of the office from March 14 to March 18 with limited access to email.

田中 翔太 / Shota Tanaka
""", enc="b64")
add(build(b, addr("田中 翔太", "s.tanaka@kestrel-sys.co.jp"), ME_C, "自動応答: 引き継ぎ資料の確認",
          dt("2025-03-14 18:02:11"), mid("ooo1", "outlook"), auth="spf=pass (sender IP is 40.107.74.61) smtp.mailfrom=kestrel-sys.co.jp; dkim=pass header.d=kestrel-sys.co.jp;dmarc=pass action=none header.from=kestrel-sys.co.jp;compauth=pass reason=100",
          extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", ME_C)]),
    "unrelated", False, None, [], "Colleague out-of-office auto-reply", "auto-reply; bilingual")

# 40 Case A closing notice (quotes the confirmation request)
txt = """Hello Haruka,

We haven't received a response to our message below about case %s. If we don't hear from you
within 3 days, the case will be closed automatically. Simply reply to this email to keep it
open.

Priya S.
AWS Training and Certification

---------- Previous message ----------
From: AWS Training and Certification
Date: Thu, Mar 13, 2025
Subject: %s

> Account #1
>   Candidate ID: %s
>   Login email: haruka.mizuno.dev@gmail.com
> Account #2
>   Candidate ID: %s
>   Login email: h.mizuno@kestrel-sys.co.jp
>
> Can you confirm that both accounts belong to you and that Account #2 should be merged into
> Account #1?
>
> As an extra ownership check, what is the date of the most recent exam you sat on Account #2?
""" % (CASE_A, SUBJ_A, ID_P, ID_CO)
b = part(txt, enc="qp")
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_A,
          dt("2025-03-16 03:10:44", UTC), mid("a-close", "ses"), irt=mid("a-conf"),
          refs=REFS_A + " " + mid("a-conf"), auth=auth_gmail("amazon.com")),
    "closing_notice", True, CASE_A, [], "Case A: closes in 3 days without an answer; quotes the confirmation request",
    "the quoted text is a confirmation request; the new text is a closing notice; IDs only in the quote")

# 41 owner answers - but swaps the account numbers
b = part("""Hi Mateo, hi Priya,

Sorry for the slow reply. Confirmed - both accounts are mine. Please merge into Account #2 and keep
haruka.mizuno.dev@gmail.com as my login.

The most recent exam on the company account was SAP-C02 on 15 February 2025.

Haruka

On Sun, Mar 16, 2025 at 12:10 PM AWS Training and Certification <%s> wrote:
> Hello Haruka,
>
> We haven't received a response to our message below about case %s. If we don't hear from
> you within 3 days, the case will be closed automatically.
""" % (TC, CASE_A), enc="qp")
add(build(b, addr(ME_NAME, ME_P), TC, SUBJ_A, dt("2025-03-17 08:14:50"), mid("a-u4", "gmail"),
          irt=mid("a-close"), refs=REFS_A + " " + mid("a-conf") + " " + mid("a-close")),
    "user_reply", False, CASE_A, [], "Owner confirms but names the wrong account number",
    "owner mail that says 'Confirmed'; its internal contradiction causes the next request")

# 42 Case A: clarifying confirmation question
b = part("""Hi Haruka,

Thanks, the exam date matches our records, so nothing more is needed there.

There is one contradiction I have to clear up before merging: you wrote "merge into Account #2",
but Account #2 is the company account (h.mizuno@kestrel-sys.co.jp). Which account should remain -
Account #1 with haruka.mizuno.dev@gmail.com, or Account #2?

Mateo
AWS Training and Certification
""", enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_A,
          dt("2025-03-17 02:05:30", UTC), mid("a-conf2", "ses"), irt=mid("a-u4"),
          refs=REFS_A + " " + mid("a-conf") + " " + mid("a-u4"), auth=auth_gmail("amazon.com")),
    "confirmation_request", True, CASE_A, [], "Case A: which account should remain? (owner's answer was contradictory)",
    "short question, no 'please'; opens by saying nothing more is needed about the exam date")

# 43 owner fixes it
b = part("""Sorry, my mistake. Keep Account #1 (haruka.mizuno.dev@gmail.com) and merge Account #2 into it.

Haruka

On Mon, Mar 17, 2025 at 11:05 AM AWS Training and Certification <%s> wrote:
> Which account should remain - Account #1 with haruka.mizuno.dev@gmail.com, or Account #2?
""" % TC, enc="7bit")
add(build(b, addr(ME_NAME, ME_P), TC, SUBJ_A, dt("2025-03-17 11:21:07"), mid("a-u5", "gmail"),
          irt=mid("a-conf2"), refs=REFS_A + " " + mid("a-u4") + " " + mid("a-conf2")),
    "user_reply", False, CASE_A, [], "Owner corrects: keep Account #1", "one-line owner reply over a quoted question")

# 44 Case A: passed to operations
b = part("""Hello Haruka,

Thank you for your confirmation. I have handed the merge of Account #2 into Account #1 to our
certification operations team. This usually takes up to 3 business days. No further action is
required from you at this point.

Mateo
AWS Training and Certification
""", enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_A,
          dt("2025-03-17 04:40:12", UTC), mid("a-upd", "ses"), irt=mid("a-u5"),
          refs=REFS_A + " " + mid("a-conf2") + " " + mid("a-u5"), auth=auth_gmail("amazon.com")),
    "case_update", False, CASE_A, [], "Case A: confirmation received, handed to operations",
    "starts with 'Thank you for your confirmation'; says no action required; not yet done")
