# Messages 027-042 (late March 2025)
from gen_lib import *  # noqa: F401,F403
import gen_part1 as P1
import gen_part2 as P2

SUBJ_A = P2.SUBJ_A

# ---------------------------------------------------------------- 027 Amazon.co.jp shipment
d = dt("2025-03-20 14:02:10", JST)
body = """岡部 里奈 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号：250-4419023-7718234
お届け予定：3月21日(金)
配送業者：ヤマト運輸  お問い合わせ伝票番号：4823-1190-5521

商品：USB-C ドッキングステーション 1点

Amazon.co.jp
"""
add("unrelated", False, None, [],
    "Amazon.co.jp retail shipping notice (Japanese, base64) - Amazon but not AWS; long order numbers.",
    build(gmail_in("amazon.co.jp", "52.95.48.12", mailfrom="20250320050210c2@bounces.amazon.co.jp", selector="yg4mwqurec7fkhzutopddd3ytuaqrvuz", date=d)
          + [("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ("To", ME_PERSONAL),
             ("Subject", enc_h("Amazon.co.jp ご注文の商品を発送しました")), ("Date", d),
             ("Message-ID", mid("027"))],
          T(body, cte="base64")))

# ---------------------------------------------------------------- 028 confirmation request A (HTML only)
d = dt("2025-03-21 02:26:38", UTC)
A_CONF_MID = mid("A-conf")
rows = [("Account #1", "r.okabe.works@gmail.com", "r.okabe.works@gmail.com", "r.okabe.works@gmail.com", CAND_PERSONAL, "None"),
        ("Account #2", "rina.okabe@tsubame-sys.co.jp", "rina.okabe@tsubame-sys.co.jp", "rina.okabe@tsubame-sys.co.jp", CAND_COMPANY,
         "AWS Certified Solutions Architect - Professional; AWS Certified Developer - Associate; AWS Certified Cloud Practitioner")]
tr = "".join("<tr><td style=\"border:1px solid #ccc;padding:6px\"><b>%s</b></td>%s</tr>" % (
    r[0], "".join("<td style=\"border:1px solid #ccc;padding:6px\">%s</td>" % c for c in r[1:])) for r in rows)
A_CONF_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Hello Rina,</p>
<p>Thank you for your patience while the partner association was released.</p>
<p>Before I run the merge, I'd like you to look over the two certification accounts below. After the merge only one of them remains; the other account's history, credentials and benefits are moved into it and it can no longer be signed in to.</p>
<table style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th style="border:1px solid #ccc;padding:6px"></th><th style="border:1px solid #ccc;padding:6px">Login email</th><th style="border:1px solid #ccc;padding:6px">Training notification email</th><th style="border:1px solid #ccc;padding:6px">Certification notification email</th><th style="border:1px solid #ccc;padding:6px">Candidate ID</th><th style="border:1px solid #ccc;padding:6px">Active certifications</th></tr>
%s
</table>
<p>Which of the two accounts should stay as your primary account? Once you reply with your choice and confirm that both accounts belong to you, I'll complete the merge.</p>
<p>Best,<br>Dong-hyun P.<br>AWS Training and Certification Customer Service</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</div></body></html>
""" % tr
add("confirmation_request", True, CASE_A, [CAND_PERSONAL, CAND_COMPANY],
    "Case A merge confirmation, HTML-only with a table of both accounts (login/notification e-mails, candidate IDs); the ask is a question near the end.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="01000195f2@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_A), ("Date", d), ("Message-ID", A_CONF_MID),
             ("In-Reply-To", P2.A_UPD2_MID), ("References", "%s %s" % (P1.A_ACK_MID, P2.A_UPD2_MID))],
          H(A_CONF_HTML, cte="quoted-printable")))

A_CONF_TEXT = """Hello Rina,

Thank you for your patience while the partner association was released.

Before I run the merge, I'd like you to look over the two certification accounts below. After the merge only one of them remains; the other account's history, credentials and benefits are moved into it and it can no longer be signed in to.

Account #1
  Login email: r.okabe.works@gmail.com
  Training notification email: r.okabe.works@gmail.com
  Certification notification email: r.okabe.works@gmail.com
  Candidate ID: AWS07731954
Account #2
  Login email: rina.okabe@tsubame-sys.co.jp
  Training notification email: rina.okabe@tsubame-sys.co.jp
  Certification notification email: rina.okabe@tsubame-sys.co.jp
  Candidate ID: AWS02286413

Which of the two accounts should stay as your primary account? Once you reply with your choice and confirm that both accounts belong to you, I'll complete the merge.

Best,
Dong-hyun P.
AWS Training and Certification Customer Service"""

# ---------------------------------------------------------------- 029 OOO colleague
d = dt("2025-03-21 13:03:12", JST)
body = """自動応答メッセージです。

3月24日(月)まで休暇のため不在にしております。
期間中のメールは確認できませんので、お急ぎの場合は 佐伯(k.saeki@tsubame-sys.co.jp)までご連絡ください。

I am out of the office until Monday, 24 March, with no access to e-mail.

久保 大輔
"""
add("unrelated", False, None, [],
    "Colleague's out-of-office auto-reply (bilingual) to the owner's handover mail.",
    build(ms_in("tsubame-sys.co.jp", "10.20.4.18")
          + [("From", addr("久保 大輔", "d.kubo@tsubame-sys.co.jp")), ("To", addr("岡部 里奈", ME_COMPANY)),
             ("Subject", enc_h("自動応答: 引き継ぎ資料(顧客アカウント一覧)")), ("Date", d),
             ("Message-ID", mid("029", style="outlook")), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All")],
          T(body, cte="quoted-printable"), crlf=True))

# ---------------------------------------------------------------- 030 English newsletter
d = dt("2025-03-22 13:00:00", UTC)
body_t = """CLOUD SPROUTS WEEKLY - Issue 318

1. Support tickets that close themselves
   Why "we haven't heard from you" mails exist and how to keep a case alive.
2. Step Functions gets a new JSONata mode
3. Ten IAM policies we keep rewriting

Hit reply and tell us what you'd like covered next week - we read everything.

Unsubscribe: https://cloudsprouts.dev/u/8812
"""
body_h = "<html><body><h1>Cloud Sprouts Weekly &middot; #318</h1><ol><li><b>Support tickets that close themselves</b><br>Why &ldquo;we haven&rsquo;t heard from you&rdquo; mails exist and how to keep a case alive.</li><li>Step Functions gets a new JSONata mode</li><li>Ten IAM policies we keep rewriting</li></ol><p>Hit reply and tell us what you&rsquo;d like covered next week.</p><p><a href=\"https://cloudsprouts.dev/u/8812\">Unsubscribe</a></p></body></html>"
add("unrelated", False, None, [],
    "English newsletter whose headline is about support cases closing for no reply; invites replies.",
    build(gmail_in("cloudsprouts.dev", "149.72.40.3", mailfrom="bounce@em.cloudsprouts.dev", selector="s1", policy="p=NONE sp=NONE dis=NONE", date=d)
          + [("From", addr("Cloud Sprouts", "hello@cloudsprouts.dev")), ("To", ME_PERSONAL),
             ("Subject", "Cloud Sprouts #318: support tickets that close themselves"), ("Date", d),
             ("Message-ID", mid("030", "em.cloudsprouts.dev", "plain")),
             ("List-Unsubscribe", "<https://cloudsprouts.dev/u/8812>")],
          alt(T(body_t), H(body_h))))

# ---------------------------------------------------------------- 031 closing notice A
d = dt("2025-03-24 02:30:05", UTC)
A_CLOSE_MID = mid("A-close")
A_CLOSE_TEXT = """Hello Rina,

I'm following up on my message of March 21, in which I listed your two certification accounts. I haven't received your choice yet, so the merge has not been started.

If there is no reply within 72 hours, this case will be closed. A reply at any time, even after closure, reopens it and we will pick it up from where we left off.

Best,
Dong-hyun P.
AWS Training and Certification Customer Service"""
body = A_CLOSE_TEXT + "\n\n---------- Previous message ----------\n" + A_CONF_TEXT + "\n"
add("closing_notice", True, CASE_A, [],
    "Case A: no answer yet, case will close after 72 h; replying keeps/reopens it. The earlier request (with candidate IDs) sits below a separator, so IDs are not counted.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="01000195ff@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_A), ("Date", d), ("Message-ID", A_CLOSE_MID),
             ("In-Reply-To", A_CONF_MID), ("References", "%s %s %s" % (P1.A_ACK_MID, P2.A_UPD2_MID, A_CONF_MID))],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 032 Microsoft renewal
d = dt("2025-03-24 04:11:40", UTC)
body_t = """Microsoft Learn

Your certification is ready for renewal

Hi Rina,

Your Microsoft Certified: Azure Administrator Associate expires on 18 June 2025. You can renew it for free by passing an online assessment on Microsoft Learn, no exam appointment needed.

Renew now: https://learn.microsoft.com/credentials/renew

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
add("unrelated", False, None, [],
    "Microsoft certification renewal notice - certification mail, but not AWS.",
    build(gmail_in("microsoft.com", "40.107.22.54", mailfrom="learn@email.microsoft.com", selector="selector2", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("Microsoft Learn", "learn@email.microsoft.com")), ("To", ME_PERSONAL),
             ("Subject", "Your Microsoft certification is ready for renewal"), ("Date", d),
             ("Message-ID", mid("032", "email.microsoft.com", "plain"))],
          alt(T(body_t), H("<html><body>" + body_t.replace("\n", "<br>\n") + "</body></html>", cte="quoted-printable"))))

# ---------------------------------------------------------------- 033 user confirms
d = dt("2025-03-24 22:14:51", JST)
A_U3_MID = mid("A-u3", style="gmail")
hist = "On Mon, Mar 24, 2025 at 11:30 AM AWS Training and Certification <%s> wrote:\n%s" % (
    TC_FORM, quote(A_CLOSE_TEXT + "\n\nOn Fri, Mar 21, 2025 at 11:26 AM AWS Training and Certification <%s> wrote:\n" % TC_FORM + quote(A_CONF_TEXT)))
body = """Hello Dong-hyun,

Sorry for the slow answer, I was travelling over the weekend.

Both accounts are mine. Please keep Account #1 (r.okabe.works@gmail.com, AWS07731954) as the primary account and merge Account #2 into it.

Thank you,
Rina Okabe

%s
""" % hist
add("user_reply", False, CASE_A, [CAND_PERSONAL],
    "Owner confirms the merge (top-posted over two levels of '>' quoting). Only AWS07731954 is in her own text.",
    build([("From", addr("Rina Okabe", ME_PERSONAL)), ("To", TC_FORM), ("Subject", SUBJ_A),
           ("Date", d), ("Message-ID", A_U3_MID), ("In-Reply-To", A_CLOSE_MID),
           ("References", "%s %s %s" % (P1.A_ACK_MID, A_CONF_MID, A_CLOSE_MID))],
          alt(T(body, cte="quoted-printable"),
              H("<div dir=\"ltr\">" + body.split("\n\nOn Mon")[0].replace("\n", "<br>") +
                "</div><br><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" +
                A_CLOSE_TEXT.replace("\n", "<br>") + "</blockquote></div>", cte="quoted-printable"))))

# ---------------------------------------------------------------- 034 resolved A (quotes the request)
d = dt("2025-03-25 01:05:19", UTC)
A_DONE_MID = mid("A-done")
A_DONE_TEXT = """Hi Rina,

Thanks for confirming. The merge is complete: your former account AWS02286413 has been combined into AWS07731954, and your exam history, active certifications and unused benefits now sit under the account you sign in to with r.okabe.works@gmail.com. The former account can no longer be used to sign in.

Your digital badges will be reissued to the same address; Credly may take up to 48 hours to show them. If anything looks wrong when you check your account, just reply here and we'll take another look.

Best,
Dong-hyun P.
AWS Training and Certification Customer Service"""
body = A_DONE_TEXT + "\n\n" + quote("On Mon, Mar 24, 2025, Rina Okabe wrote:\nBoth accounts are mine. Please keep Account #1 (r.okabe.works@gmail.com, AWS07731954) as the primary account and merge Account #2 into it.\n\nOn Fri, Mar 21, 2025, AWS Training and Certification wrote:\n" + A_CONF_TEXT) + "\n"
add("resolved", False, CASE_A, [CAND_COMPANY, CAND_PERSONAL],
    "Case A merged. Quotes the owner's confirmation and support's earlier question 'Which of the two accounts should stay...?' - a resolution, not a request; 'just reply here' is conditional.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="0100019605@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_A), ("Date", d), ("Message-ID", A_DONE_MID),
             ("In-Reply-To", A_U3_MID), ("References", "%s %s %s %s" % (P1.A_ACK_MID, A_CONF_MID, A_CLOSE_MID, A_U3_MID))],
          T(body)))

# ---------------------------------------------------------------- 035 Credly badge SAP
d = dt("2025-03-25 01:41:02", UTC)
body_h = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://images.credly.com/size/110x110/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="110" alt="badge"><br>
<h2>Rina, you earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b0e7f3a-2c41-4d8e-9a77-e1f0c8d2a913" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. &middot; Questions? Visit support.credly.com</p>
</td></tr></table></body></html>
"""
add("badge", False, None, [],
    "Credly badge issued right after the merge (HTML-only, badge UUID in link). Related in time to case A but carries no case.",
    build(gmail_in("credly.com", "167.89.10.2", mailfrom="bounces+1181@em.credly.com", selector="s1", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("Credly", "admin@credly.com")), ("To", ME_PERSONAL),
             ("Subject", "Rina, you've earned the AWS Certified Solutions Architect - Professional badge"),
             ("Date", d), ("Message-ID", mid("035", "credly.com", "plain"))],
          H(body_h, cte="quoted-printable")))

# ---------------------------------------------------------------- 036 survey A
d = dt("2025-03-25 09:00:12", UTC)
body_t = """How did we do?

Your AWS Training and Certification case %s was recently resolved. Please take one minute to rate the support you received:

  Very satisfied      https://survey.aws-tc.example.amazon.com/r?c=%s&s=5
  Satisfied           https://survey.aws-tc.example.amazon.com/r?c=%s&s=4
  Neutral             https://survey.aws-tc.example.amazon.com/r?c=%s&s=3
  Dissatisfied        https://survey.aws-tc.example.amazon.com/r?c=%s&s=2
  Very dissatisfied   https://survey.aws-tc.example.amazon.com/r?c=%s&s=1

This mailbox is not monitored. Replies to this message will not reach the support team.
""" % ((CASE_A,) * 6)
add("survey", False, CASE_A, [],
    "Satisfaction survey for case A (case number in the body only).",
    build(gmail_in("amazon.com", "54.240.8.55", mailfrom="010001960a@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")), ("To", ME_PERSONAL),
             ("Subject", "Tell us about your recent support experience"), ("Date", d),
             ("Message-ID", mid("036"))],
          alt(T(body_t), H("<html><body><pre>%s</pre></body></html>" % body_t))))

# ---------------------------------------------------------------- 037 Credly badge DVA
d = dt("2025-03-25 23:17:45", UTC)
body_t = """Amazon Web Services Training and Certification issued you a new badge.

AWS Certified Developer - Associate
Issued: March 25, 2025   Expires: May 2, 2025

Accept it and share it with your network:
https://www.credly.com/earner/earned/badge/0c9d1f7e-6a42-4b70-8f0e-73d5aa1c4e88

You're receiving this because an organization issued you a badge through Credly.
"""
add("badge", False, None, [],
    "Second Credly badge mail (plain text), expiry date inside - not a certification expiry notice.",
    build(gmail_in("credly.com", "167.89.10.2", mailfrom="bounces+1181@em.credly.com", selector="s1", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("Credly", "admin@credly.com")), ("To", ME_PERSONAL),
             ("Subject", "You have a new badge from Amazon Web Services Training and Certification"),
             ("Date", d), ("Message-ID", mid("037", "credly.com", "plain"))],
          T(body_t)))
