# Messages 047-058 (April 2025, console case C)
from gen_lib import *  # noqa: F401,F403
import gen_part4 as P4

SUBJ_C = P4.SUBJ_C
CONSOLE_FOOT = P4.CONSOLE_FOOT

# ---------------------------------------------------------------- 047 SES case info request (not T&C)
d = dt("2025-04-04 02:44:19", UTC)
body = """Hello,

Thank you for submitting your request to increase your sending quota.

Before we can continue, we need some additional information about how you plan to use Amazon SES:
- How do you build and maintain your recipient list?
- How do you handle bounces and complaints?
- Can you provide an example of the email you plan to send?

Please respond in the Support Center; we are unable to receive replies to this address.

Best regards,
Trust and Safety
Amazon Web Services

To view this case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174356240200871&language=en
"""
add("unrelated", False, None, [],
    "SES quota case asks questions that need an answer in the console - but it is not a Training and Certification case, so needs_reply false.",
    build(gmail_in("amazon.com", "54.240.8.12", mailfrom="0100019630@amazonses.com", date=d)
          + [("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_PERSONAL),
             ("Subject", "RE:[CASE 174356240200871] Limit Increase: SES Sending Limits"), ("Date", d),
             ("Message-ID", mid("047"))],
          T(body)))

# ---------------------------------------------------------------- 048 Pearson VUE reminder
d = dt("2025-04-04 09:30:00", UTC)
body = """Dear Rina Okabe,

This is a reminder that your AWS Certification exam is coming up.

Exam: SCS-C02: AWS Certified Security - Specialty
Date: Wednesday, April 9, 2025, 10:00 JST
Location: Pearson VUE Tokyo Shinbashi Test Center
Registration ID: 412907735
Candidate ID: AWS07731954

Please arrive 15 minutes early and bring two forms of valid identification.

Pearson VUE
"""
add("unrelated", False, None, [CAND_PERSONAL],
    "Exam vendor reminder, now under the merged candidate ID.",
    build(gmail_in("pearson.com", "148.105.8.71", mailfrom="bounce@bounce.pearson.com", selector="pvue", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_PERSONAL),
             ("Subject", "Reminder: your upcoming AWS Certification exam"), ("Date", d),
             ("Message-ID", mid("048", "pearson.com", "plain"))],
          T(body), crlf=True))

# ---------------------------------------------------------------- 049 closing notice C (console)
d = dt("2025-04-07 07:15:02", UTC)
C_CLOSE_MID = mid("C-close")
body = """Hello,

We haven't received a response on this case since our last correspondence on April 3. If we don't hear from you, the case will be marked resolved automatically in 3 days.

If you still need help with the missing exam discount, add your reply or the requested screenshot to the case in the Support Center and it will remain open.

Amazon Web Services

%s
""" % CONSOLE_FOOT
add("closing_notice", True, CASE_C, [],
    "Case C console auto-resolve warning: answer in the Support Center keeps it open (her e-mail answer bounced in 046).",
    build(gmail_in("amazon.com", "54.240.8.12", mailfrom="0100019640@amazonses.com", date=d)
          + [("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_C), ("Date", d), ("Message-ID", C_CLOSE_MID),
             ("In-Reply-To", P4.C_REQ_MID), ("References", "%s %s" % (P4.C_ACK_MID, P4.C_REQ_MID))],
          T(body), crlf=True))

# ---------------------------------------------------------------- 050 fake Credly
d = dt("2025-04-07 11:52:33", UTC)
body_h = """<html><body style="font-family:Helvetica"><div style="max-width:520px;margin:auto">
<p style="font-size:20px"><b>Credly</b></p>
<p>Hi Rina,</p>
<p>Because your AWS Certification accounts were merged, your badges from <b>Amazon Web Services Training and Certification</b> must be re-verified. Unverified badges are <b>revoked after 72 hours</b>.</p>
<p><a href="https://credly-badgeverify.com/login?next=aws">Sign in to keep my badges</a></p>
<p style="font-size:11px;color:#999">Credly Inc. &middot; This is an automated notice.</p></div></body></html>
"""
add("suspicious", False, None, [],
    "Fake Credly (credly-badgeverify.com) exploiting the merge; asks for a sign-in.",
    build(gmail_in("credly-badgeverify.com", "91.215.85.40", mailfrom="noreply@credly-badgeverify.com", selector="mail", policy="p=NONE sp=NONE dis=NONE", helo="srv1.credly-badgeverify.com", date=d)
          + [("From", addr("Credly", "noreply@credly-badgeverify.com")), ("To", ME_PERSONAL),
             ("Subject", "Action needed: re-verify your AWS badges"), ("Date", d),
             ("Message-ID", mid("050", "credly-badgeverify.com", "plain"))],
          H(body_h, cte="base64")))

# ---------------------------------------------------------------- 051 connpass
d = dt("2025-04-08 12:00:44", JST)
body = """岡部 里奈 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #57「AWS認定ホルダーの集い」
日時：2025/04/24(木) 19:00〜21:30
会場：目黒セントラルスクエア

キャンセルする場合はイベントページから手続きしてください。

connpass
"""
add("unrelated", False, None, [],
    "connpass event registration for a JAWS-UG meetup about AWS certification holders.",
    build(gmail_in("connpass.com", "52.69.174.220", mailfrom="bounce@connpass.com", selector="s1", policy="p=NONE sp=NONE dis=NONE", date=d)
          + [("From", addr("connpass", "no-reply@connpass.com")), ("To", ME_PERSONAL),
             ("Subject", enc_h("JAWS-UG 東京 #57「AWS認定ホルダーの集い」への参加登録が完了しました")), ("Date", d),
             ("Message-ID", mid("051", "connpass.com", "plain"))],
          T(body, charset="iso-2022-jp", cte="7bit")))

# ---------------------------------------------------------------- 052 on hold C (engineering)
d = dt("2025-04-08 05:33:47", UTC)
C_HOLD_MID = mid("C-hold")
body = """Hello Rina,

Thank you for adding the screenshot in the Support Center.

It confirms what I suspected: benefits that were unused at the time of a certification account merge are not carried over in some cases. This is a known defect, and the team that owns the benefits system is deploying a fix. I've linked your case to their work item and set it to pending until the fix is live; I cannot issue the voucher manually in the meantime.

There's nothing more you need to send. I'll write to you here as soon as the fix is deployed and the voucher appears on your account.

Best regards,
Aigerim T.
Amazon Web Services

%s
""" % CONSOLE_FOOT
add("on_hold", False, CASE_C, [],
    "Case C pending on an internal engineering fix (outside the person); explicitly nothing more to send. Follows her answer in the console, which produced no mail.",
    build(gmail_in("amazon.com", "54.240.8.12", mailfrom="0100019644@amazonses.com", date=d)
          + [("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_C), ("Date", d), ("Message-ID", C_HOLD_MID),
             ("In-Reply-To", C_CLOSE_MID), ("References", "%s %s %s" % (P4.C_ACK_MID, P4.C_REQ_MID, C_CLOSE_MID))],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 053 Pearson VUE thanks
d = dt("2025-04-09 04:10:12", UTC)
body = """Dear Rina Okabe,

Thank you for testing with Pearson VUE today. Your results will be sent to you by the exam sponsor, usually within five business days.

Registration ID: 412907735

Tell us about your test center experience: https://pearsonvue.com/survey?r=412907735

Pearson VUE
"""
add("unrelated", False, None, [],
    "Exam vendor thank-you with its own survey link; 9-digit registration ID.",
    build(gmail_in("pearson.com", "148.105.8.71", mailfrom="bounce@bounce.pearson.com", selector="pvue", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_PERSONAL),
             ("Subject", "Thank you for testing with Pearson VUE"), ("Date", d),
             ("Message-ID", mid("053", "pearson.com", "plain"))],
          T(body)))

# ---------------------------------------------------------------- 054 resolved C
d = dt("2025-04-10 02:02:18", UTC)
C_DONE_MID = mid("C-done")
body_t = """Hello Rina,

The fix for carried-over benefits was deployed overnight. I've checked AWS07731954 and a 50%% exam discount voucher is now listed on your Benefits page, valid until June 18, 2026. I'm marking this case as resolved.

If the voucher does not work at checkout, you can reopen this case from the Support Center within 14 days.

Best regards,
Aigerim T.
Amazon Web Services

How was this response? Rate it in the Support Center:
%s

%s
""" % (P4.CONSOLE_LINK, CONSOLE_FOOT)
body_h = """<html><body><div style="font-family:Arial;font-size:14px">
<p>Hello Rina,</p>
<p>The fix for carried-over benefits was deployed overnight. I've checked AWS07731954 and a 50%% exam discount voucher is now listed on your Benefits page, valid until June 18, 2026. I'm marking this case as <b>resolved</b>.</p>
<p>If the voucher does not work at checkout, you can reopen this case from the Support Center within 14 days.</p>
<p>Best regards,<br>Aigerim T.<br>Amazon Web Services</p>
<hr><p>How was this response? <a href="%s">&#9733;&#9733;&#9733;&#9733;&#9733; Rate it in the Support Center</a></p>
<p style="font-size:11px;color:#666">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</div></body></html>
""" % P4.CONSOLE_LINK
add("resolved", False, CASE_C, [CAND_PERSONAL],
    "Case C resolved: voucher reissued; rating footer and a conditional 'you can reopen' - nothing to answer.",
    build(gmail_in("amazon.com", "54.240.8.12", mailfrom="0100019650@amazonses.com", date=d)
          + [("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_C), ("Date", d), ("Message-ID", C_DONE_MID),
             ("In-Reply-To", C_HOLD_MID), ("References", "%s %s %s" % (P4.C_ACK_MID, P4.C_REQ_MID, C_HOLD_MID))],
          alt(T(body_t, cte="quoted-printable"), H(body_h, cte="quoted-printable"))))

# ---------------------------------------------------------------- 055 exam result
d = dt("2025-04-10 21:14:05", UTC)
body_h = """<html><body style="font-family:Arial,sans-serif"><table width="600" align="center"><tr><td>
<h2>Congratulations, Rina!</h2>
<p>You passed the <b>AWS Certified Security &ndash; Specialty</b> exam (SCS-C02) on April 9, 2025.</p>
<p>Score: 842 (passing score: 750)</p>
<p>Your certificate is available in your AWS Certification Account, and Credly will email you about your digital badge.</p>
<table><tr><td>Candidate ID</td><td>AWS07731954</td></tr><tr><td>Validation number</td><td>L9W3DPMKB2E1Q8VX</td></tr></table>
<p style="font-size:11px;color:#888">This message was sent by AWS Certification. Please do not reply.</p>
</td></tr></table></body></html>
"""
add("certification", False, None, [CAND_PERSONAL],
    "Exam result mail ('Congratulations'), HTML-only - not a support resolution.",
    build(gmail_in("certmetrics.com", "168.245.22.8", mailfrom="bounce@em123.certmetrics.com", selector="s1", policy="p=NONE sp=NONE dis=NONE", date=d)
          + [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_PERSONAL),
             ("Subject", "Congratulations! You are now AWS Certified"), ("Date", d),
             ("Message-ID", mid("055", "certmetrics.com", "plain"))],
          H(body_h, cte="quoted-printable")))

# ---------------------------------------------------------------- 056 Credly SCS badge
d = dt("2025-04-11 01:20:40", UTC)
body_t = """Claim your AWS Certified Security - Specialty badge

Hi Rina,

Amazon Web Services Training and Certification has sent you a badge. Claim it to show verified proof of your skills:
https://www.credly.com/badges/7e1a9b52-30cd-4f8a-8b0c-2f4d5e6a7b91/accept

Credly
"""
add("badge", False, None, [],
    "Credly badge claim mail for the new exam.",
    build(gmail_in("credly.com", "167.89.10.2", mailfrom="bounces+1181@em.credly.com", selector="s1", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("Credly", "admin@credly.com")), ("To", ME_PERSONAL),
             ("Subject", "Claim your AWS Certified Security - Specialty badge"), ("Date", d),
             ("Message-ID", mid("056", "credly.com", "plain"))],
          alt(T(body_t), H("<html><body>" + body_t.replace("\n", "<br>") + "</body></html>"))))

# ---------------------------------------------------------------- 057 survey C
d = dt("2025-04-11 08:00:19", UTC)
body = """Dear AWS customer,

Your recent AWS Support case %s ("Exam discount benefit missing after certification account merge") was resolved.

We'd like to know how we did. The survey has three questions and takes less than a minute:
https://aws-support-survey.amazon.com/s/%s

Thank you,
AWS Support

*This e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CASE_C, CASE_C)
add("survey", False, CASE_C, [],
    "Survey for the console case C.",
    build(gmail_in("amazon.com", "54.240.8.12", mailfrom="0100019655@amazonses.com", date=d)
          + [("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_PERSONAL),
             ("Subject", "AWS Support: tell us about case %s" % CASE_C), ("Date", d),
             ("Message-ID", mid("057"))],
          T(body)))

# ---------------------------------------------------------------- 058 GitHub Actions failure
d = dt("2025-04-12 03:03:03", UTC)
body = """Run failed: deploy - main (a41c9e2)

okabe-lab/cert-tracker
Workflow: deploy.yml
Job: terraform-apply failed in 1m 42s

View workflow run: https://github.com/okabe-lab/cert-tracker/actions/runs/14411290311

You are receiving this because you are subscribed to this workflow.
"""
add("unrelated", False, None, [],
    "GitHub Actions failure on the owner's hobby repo 'cert-tracker'.",
    build(gmail_in("github.com", "192.30.252.207", mailfrom="noreply@github.com", selector="pf2023", date=d)
          + [("From", addr("GitHub", "notifications@github.com")), ("To", ME_PERSONAL),
             ("Subject", "[okabe-lab/cert-tracker] Run failed: deploy - main (a41c9e2)"), ("Date", d),
             ("Message-ID", "<okabe-lab/cert-tracker/check-suites/CS_kwDOL8@github.com>")],
          T(body)))
