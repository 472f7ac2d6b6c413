"""Messages 037-048: duplicate third-account case, third-account confirmation, reminder, merge 2."""
from common import *
from part2 import credly

S = lambda c: "RE:[CASE %s] %s" % (c, SUBJ_TC)

T038 = """Hi Mirei,

Good news from Certification Operations: they found your Solutions Architect -
Professional result. It sits on a third certification account that was
created when you signed in through AWS Partner Central in 2023.

Account #1 (keep) | AWS11904263 | mirei.kanzaki@kumomail.jp | merged in March
Account #3        | AWS09158027 | mirei.kanzaki@kumomail.jp (Partner Central sign-in) | SAP exam, 18 Nov 2023

Before they move anything, we need you to confirm that Account #3 is yours and
that it should be merged into Account #1. A short reply to this email is
enough.

The Credly side is a separate question; I'll come back to it once the merge is
done.

Thanks,
Aoife M."""

H038 = """<html><body><div style="font-family:Calibri,Arial;font-size:14px">
<p>Hi Mirei,</p>
<p>Good news from Certification Operations: they found your Solutions Architect - Professional
result. It sits on a third certification account that was created when you signed in through
AWS Partner Central in 2023.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Candidate ID</th><th>Login email</th><th>Notes</th></tr>
<tr><td>Account #1 (keep)</td><td>AWS11904263</td><td>mirei.kanzaki@kumomail.jp</td><td>merged in March</td></tr>
<tr><td>Account #3</td><td>AWS09158027</td><td>mirei.kanzaki@kumomail.jp (Partner Central sign-in)</td><td>SAP exam, 18 Nov 2023</td></tr>
</table>
<p>Before they move anything, we need you to confirm that Account #3 is yours and that it
should be merged into Account #1. A short reply to this email is enough.</p>
<p>The Credly side is a separate question; I'll come back to it once the merge is done.</p>
<p>Thanks,<br>Aoife M.<br>AWS Training and Certification Customer Service</p>
</div></body></html>"""

B041 = """Hi Aoife,

Sorry for the slow reply, I was away over the weekend.

Yes, AWS09158027 is mine. It must have been created when I used the Partner
Central sign-in. Please merge it into Account #1 (AWS11904263).

Mirei"""

B044 = """Hi Mirei,

Certification Operations have finished: Account #3 (AWS09158027) has been
merged into your account AWS11904263. Your exam history now shows the AWS
Certified Solutions Architect - Professional exam from 18 November 2023, and
the certification is listed as active.

They also re-issued the SAP badge to the Credly address that matches your
account, mirei.kanzaki@kumomail.jp, so an e-mail from Credly should reach you
shortly.

If anything still looks wrong, just reply to this email and I'll pick it up.

Thanks,
Aoife M.
AWS Training and Certification Customer Service"""


def messages():
    out = []

    # 037 second case closed as duplicate of A
    d = t(2025, 4, 2, 15, 44).astimezone(PDT)
    txt = """Hello Mirei,

Thank you for writing in about AWS09158027.

This account is already being looked at under case %s: our Certification
Operations team came across it while searching for your missing exam. To keep
two teams from working on the same records, I've linked your request to that
case and closed case %s.

You don't need to reply here. Aoife will contact you on the other case with the
next steps. In future, adding new information to the existing case is quicker
than submitting the form again.

Best,
Kenta M.
AWS Training and Certification Customer Service""" % (CASE_A, CASE_B)
    eml = mail(d, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_B, SUBJ_TC), plain(txt), mid_ses("037"),
               irt=mid_ses("035"), refs=[mid_ses("035")], trace=ses_inbound(d))
    out.append(rec(d, eml, "case_update", False, CASE_B, ["AWS09158027"],
                   "Third-account case closed and linked to case A",
                   "duplicate closed; announces a later request from another agent; 'RE: [CASE' with a space"))

    # 038 confirmation for the third account (HTML only)
    d = t(2025, 4, 3, 11, 2).astimezone(GMT1)
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), html(H038), mid_ses("038"), irt=mid_ses("031"),
               refs=[mid_ses("028"), mid_kumo("030"), mid_ses("031")], trace=ses_inbound(d))
    out.append(rec(d, eml, "confirmation_request", True, CASE_A, ["AWS11904263", "AWS09158027"],
                   "Third account found: HTML table of Account #1 / Account #3, asks to confirm the merge",
                   "after the first merge; HTML-only table; 'we need you to confirm' without a question"))

    # 039 community newsletter
    d = t(2025, 4, 4, 7, 30)
    txt = """Cloud Tsushin Weekly #187

■ 今週の記事
・AWS 認定アカウントを統合するときの注意点 ― 転職前にやっておくこと
・Bedrock のモデル評価を試してみた
・JAWS 東京支部 4月勉強会レポート

■ 読者アンケート
今後取り上げてほしいテーマを教えてください(回答は任意です)。
https://cloudtsushin.jp/survey

配信停止: https://cloudtsushin.jp/unsubscribe"""
    htm = "<html><body><pre style=\"font-family:sans-serif\">%s</pre></body></html>" % txt
    eml = mail(d.astimezone(UTC), addr("Cloud Tsushin", "weekly@cloudtsushin.jp"), ME_P,
               "Cloud Tsushin Weekly #187 - 認定アカウント統合の注意点ほか",
               alt("039", plain(txt, cte="base64"), html(htm, cte="base64")), mid_gen("039", "cloudtsushin.jp"),
               trace=[("Received", recv_kumo(d, "mta3.cloudtsushin.jp", "203.0.113.45")),
                      ("Authentication-Results", ar_kumo("cloudtsushin.jp", "cloudtsushin.jp", "cloudtsushin.jp",
                                                         policy="NONE"))],
               extra=[("List-Unsubscribe", "<https://cloudtsushin.jp/unsubscribe>")])
    out.append(rec(d, eml, "unrelated", False, None, [],
                   "Community newsletter with an article about merging certification accounts",
                   "on-topic words and a reader survey"))

    # 040 reminder: will close without an answer
    d = t(2025, 4, 6, 9, 0).astimezone(PDT)
    txt = """Hello,

We're following up on our message of April 3 about case %s. We are still
waiting for your confirmation regarding account AWS09158027.

If we don't hear from you within 3 business days, this case will be closed
automatically. A reply to this email keeps it open; if it has already closed,
replying will reopen it.

AWS Training and Certification""" % CASE_A
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(txt, cte="7bit"), mid_ses("040"), irt=mid_ses("038"),
               refs=[mid_ses("031"), mid_ses("038")], trace=ses_inbound(d),
               extra=[("Auto-Submitted", "auto-generated")])
    out.append(rec(d, eml, "closing_notice", True, CASE_A, ["AWS09158027"],
                   "Automatic reminder: case closes in 3 business days without a reply",
                   "automated, no agent; the pending ask is a confirmation"))

    # 041 owner confirms the third account
    d = t(2025, 4, 6, 20, 12)
    q = "\n\nOn Thu, Apr 3, 2025 at 11:02, Amazon Web Services <%s> wrote:\n%s" % (TC, quote(T038))
    eml = mail(d, addr(ME_NAME, ME_P), TC, "Re: " + S(CASE_A), plain(B041 + q), mid_kumo("041"),
               irt=mid_ses("040"), refs=[mid_ses("038"), mid_ses("040")],
               extra=[("User-Agent", "KumoMail Mobile 3.8")])
    out.append(rec(d, eml, "user_reply", False, CASE_A, ["AWS09158027", "AWS11904263"],
                   "Owner confirms the third account is hers", "replies to the reminder, quotes the table mail"))

    # 042 spoofed amazon.com, DMARC fail
    d = t(2025, 4, 7, 10, 30)
    txt = """Hello,

To complete the merge of your certification accounts our system must
re-validate your AWS Builder ID.

Reply to this message within 12 hours with:
  - the 6-digit code you will receive from no-reply@signin.aws
  - your AWS Builder ID password

If we do not receive them, the merge will be reversed and your exam history
returned to the previous account.

AWS Training and Certification Customer Service"""
    eml = mail(d.astimezone(UTC), TC_FROM, ME_P, "RE:[CASE 174198852000744] " + SUBJ_TC,
               plain(txt, cte="7bit"), mid_gen("042", "smtp.bulkrelay-eu.net"),
               trace=[("Return-Path", "<bounce@bulkrelay-eu.net>"),
                      ("Received", recv_kumo(d, "smtp.bulkrelay-eu.net", "91.92.240.18")),
                      ("Authentication-Results", ar_kumo("amazon.com", "amazon.com", "amazon.com", dkim="none",
                                                         spf="fail", dmarc="fail", policy="REJECT"))])
    out.append(rec(d, eml, "suspicious", False, None, [],
                   "Looks like the case sender but DKIM none, SPF and DMARC fail; asks for password and code",
                   "real From address and a plausible 15-digit case number; only the auth results give it away"))

    # 043 third-account merge sent to backend
    d = t(2025, 4, 7, 16, 0).astimezone(GMT1)
    txt = """Thanks for confirming, Mirei.

I've sent the merge of Account #3 to Certification Operations. I'll let you
know as soon as it's done; you don't need to do anything right now.

Aoife M.
AWS Training and Certification Customer Service"""
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(txt), mid_ses("043"), irt=mid_kumo("041"),
               refs=[mid_ses("038"), mid_kumo("041")], trace=ses_inbound(d))
    out.append(rec(d, eml, "case_update", False, CASE_A, [], "Merge of the third account handed to the backend",
                   "short progress note right after a confirmation"))

    # 044 third account merged (quotes the HTML request)
    d = t(2025, 4, 8, 12, 15).astimezone(GMT1)
    q = ("\n\n-----Original Message-----\nFrom: %s\nSent: 2025-04-06 11:12 UTC\n\n%s\n\n"
         "-----Original Message-----\nFrom: Amazon Web Services\nSent: 2025-04-03 02:02 UTC\n\n%s"
         % (ME_P, B041, T038))
    htm = ("<html><body><p>%s</p><hr><div style=\"color:#555\">%s</div><blockquote>%s</blockquote></body></html>"
           % (B044.replace("\n\n", "</p><p>"), B041.replace("\n", "<br>"),
              H038.split("<body>")[1].split("</body>")[0]))
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), alt("044", plain(B044 + q), html(htm)), mid_ses("044"),
               irt=mid_ses("043"), refs=[mid_ses("038"), mid_kumo("041"), mid_ses("043")],
               trace=ses_inbound(d), crlf=True)
    out.append(rec(d, eml, "resolved", False, CASE_A, ["AWS09158027", "AWS11904263"],
                   "Third account merged, SAP exam restored, badge re-issued",
                   "quotes the HTML confirmation request; 'if anything still looks wrong' is conditional"))

    # 045 Credly SAP badge
    d = t(2025, 4, 8, 12, 20)
    out.append(rec(d, credly("045", d, "AWS Certified Solutions Architect - Professional", html_only=True,
                             uuid="5c2e9b41-7d3a-4f08-b6e2-91a0c4d87f13"), "badge", False, None, [],
                   "Credly: SAP badge issued five minutes after the merge mail", "HTML only"))

    # 046 Credly asks to confirm the e-mail address
    d = t(2025, 4, 8, 12, 22)
    txt = """Hi Mirei,

A badge was issued to mirei.kanzaki@kumomail.jp, which isn't connected to a
Credly account yet.

Confirm this address to claim the badge, or add it to your existing Credly
account so all your badges stay in one place:
https://www.credly.com/users/confirm_email?token=%s

This link expires in 7 days.

The Credly Team""" % hx("046", 32)
    eml = mail(d.astimezone(UTC), addr("Credly", "admin@credly.com"), ME_P,
               "Confirm your email address to claim your badge", plain(txt, cte="7bit"),
               mid_gen("046", "mail.credly.com"),
               trace=[("Received", recv_kumo(d, "o7.mail.credly.com", "167.89.101.14")),
                      ("Authentication-Results", ar_kumo("credly.com", "mail.credly.com", "credly.com", policy="NONE"))])
    out.append(rec(d, eml, "badge", False, None, [],
                   "Credly: confirm your e-mail address to claim the badge",
                   "genuine Credly mail that asks for action; looks like phishing but passes"))

    # 047 certificate ready with the wrong name
    d = t(2025, 4, 8, 20, 0)
    txt = """Hello Mirei,

Your digital certificate for AWS Certified Solutions Architect - Professional
is ready to download.

Name on certificate: Mirei Kanazaki
Candidate ID: AWS11904263

Download it from the Certifications page of your AWS Certification Account:
https://www.aws.training/Certification

AWS Certification"""
    eml = mail(d.astimezone(UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
               "Your AWS Certification digital certificate is ready", plain(txt, cte="7bit"),
               mid_gen("047", "certmetrics.com"),
               trace=[("Received", recv_kumo(d, "mail.certmetrics.com", "52.12.88.19")),
                      ("Authentication-Results", ar_kumo("certmetrics.com", "bounce.certmetrics.com",
                                                         "certmetrics.com", policy="NONE"))])
    out.append(rec(d, eml, "certification", False, None, ["AWS11904263"],
                   "CertMetrics: certificate ready, shows the misspelt name",
                   "shows the problem the next case is about, but is programme mail"))

    # 048 owner: one badge still missing, name wrong
    d = t(2025, 4, 8, 22, 30)
    own = """Hi Aoife,

Thank you, the SAP exam is back and its badge arrived.

Two things remain:
1. The Security - Specialty badge is still not on my personal Credly profile.
2. The new certificate shows my name as "Mirei Kanazaki". It should be
   "Mirei Kanzaki". I think the typo came from the old company profile.

Mirei"""
    q = "\n\nOn Tue, Apr 8, 2025 at 12:15, Amazon Web Services <%s> wrote:\n%s" % (TC, quote(B044))
    eml = mail(d, addr(ME_NAME, ME_P), TC, "Re: " + S(CASE_A), plain(own + q), mid_kumo("048"),
               irt=mid_ses("044"), refs=[mid_ses("043"), mid_ses("044")],
               extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, CASE_A, [],
                   "Owner: Security badge still missing and the name is misspelt",
                   "follow-up after a resolution; IDs only in the quote"))
    return out
