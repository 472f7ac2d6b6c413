# Part 4: 14-31 March 2025 - confirmation, closing notice, wrong-address reply, merge.
from gen_common import *

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A

ROWS = [("Account #1", ME_PERSONAL, ME_PERSONAL, ME_PERSONAL, CAND_NEW, "2025-02-10 (AWS Builder ID)"),
        ("Account #2", ME_COMPANY, ME_COMPANY, ME_COMPANY, CAND_OLD, "2021-05-18"),
        ("Account #3", ME_COMPANY + " (Partner Central sign-in)", "(none)", ME_COMPANY, CAND_SSO, "2023-08-02")]

TABLE_TXT = "\n".join(
    "%s\n  Login email: %s\n  Training notification email: %s\n  Certification notification email: %s\n"
    "  Candidate ID: %s\n  Created: %s\n" % r for r in ROWS)

# --- A: confirmation request, HTML only with a table ---------------------------------
d = when("2025-03-14 02:40:27", UTC)
rows_html = "".join(
    "<tr><td style='border:1px solid #ccc;padding:4px 8px'><b>%s</b></td>%s</tr>" % (
        r[0], "".join("<td style='border:1px solid #ccc;padding:4px 8px'>%s</td>" % c for c in r[1:]))
    for r in ROWS)
html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Aiko,</p>
<p>My name is Hannah and I'm from the accounts team; I'll be completing the merge on your case.</p>
<p>Searching our records for the addresses in your request turned up <b>three</b> certification
accounts rather than two. The third one was created in August 2023 through a Partner Central sign-in and
also uses your company address:</p>
<table style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Login email</th><th>Training notification email</th>
<th>Certification notification email</th><th>Candidate ID</th><th>Created</th></tr>
%s
</table>
<p>Before I go ahead I need two things from you. First, that all three accounts above belong to you.
Second, your go-ahead to merge Account #2 and Account #3 into Account #1, which will then be the only
account left. A merge cannot be undone, so do take a moment to check the list.</p>
<p>Best wishes,<br>Hannah<br>AWS Training and Certification &ndash; Accounts</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</div></body></html>""" % rows_html
m = build(text(html, "html", cte="qp"), frm=TC_FROM, to=ME_PERSONAL, cc=ME_COMPANY, subject=SUBJ_A, date=d,
          msgid=ses_mid("p4-a-confirm"), in_reply_to=ses_mid("p3-a-lifted"),
          references="%s %s %s" % (ses_mid("p3-a-hold"), ses_mid("p3-a-hold2"), ses_mid("p3-a-lifted")),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD, CAND_SSO]),
    "HTML-only table of THREE accounts; asks 'are all yours' and go-ahead, phrased as 'I need two things from you' with no question mark or please")

# --- Slack digest ----------------------------------------------------------------------
d = when("2025-03-15 08:00:13")
plain = """Slack - seitosha-ci

You have 14 unread messages in 3 channels.

#proj-kanda     Daichi Hara: change request for the sandbox consolidation is approved
#general        Konishi (HR): reminder - farewell for Aiko on 3/28!
#aws-certs      Kenta Ishii: @Aiko how long did your cert account merge take?

Open Slack: https://seitosha-ci.slack.com/
Manage notification emails: https://seitosha-ci.slack.com/account/notifications
"""
m = build(text(plain, cte="7bit"), frm="Slack <feedback@slack.com>", to=ME_COMPANY,
          subject="[Slack] Notifications from the seitosha-ci workspace", date=d, msgid=mid("p4-slack", "slack.com"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("slack.com", sender_ip="54.240.0.10"))])
add(d, m, L("unrelated"), "Slack digest; a colleague asks about the cert merge in a channel")

# --- Credly: badge from another issuer -----------------------------------------------------
d = when("2025-03-17 00:12:09", UTC)
plain = """Congratulations, Aiko!

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003)

Accept your badge to share it with your network and keep track of your
achievements:
https://www.credly.com/earner/earned/badge/b71a09e2-54c3-4bd8-8f61-20e9d1f3c6aa

Credly, Inc.
"""
html = """<p>Congratulations, Aiko!</p><p><b>HashiCorp</b> has issued you a new badge:
<b>HashiCorp Certified: Terraform Associate (003)</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/b71a09e2-54c3-4bd8-8f61-20e9d1f3c6aa">Accept your badge</a></p>"""
m = build(alt(plain, html), frm="Credly <admin@credly.com>", to=ME_PERSONAL,
          subject="HashiCorp has issued you a new badge", date=d, msgid=mid("p4-credly-hc", "credly.com"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("credly.com", sender_ip="167.89.12.40"))])
add(d, m, L("badge"), "Credly badge from a different issuer (HashiCorp): still badge mail, nothing to do with AWS")

# --- billing console case: support asks for information (not T&C) ---------------------------
d = when("2025-03-18 19:33:02", UTC)
plain = """Hello,

Thank you for your patience. I reviewed the credits on account 384920175566
and can see the code was redeemed on February 12, but its start date is
March 1, so it will apply from the March invoice.

If the credit was supposed to cover February, could you tell us which AWS
promotion or event it was issued for? With that we can check with the team
that issued it.

Best regards,
Noor A.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

To contact us again about this issue, please do not reply to this email.
Instead, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail was sent from an address that cannot accept incoming e-mails.
[AWS ID 384920175566]
""" % CASE_BILLING
m = build(text(plain, cte="7bit"), frm="Amazon Web Services <%s>" % CONSOLE, to=ME_COMPANY,
          subject="RE:[CASE %s] Promotional credits not applied to February invoice" % CASE_BILLING,
          date=d, msgid=ses_mid("p4-billing-ask"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("unrelated"),
    "Console billing case asks a question via the Support Center, with survey footer: a real request, but not Training and Certification")

# --- A: closing notice -------------------------------------------------------------------------
d = when("2025-03-20 03:00:41", UTC)
plain = """Hello Aiko,

We're still waiting for your confirmation on this case (our message of
March 14, quoted below). If we don't hear from you by March 25, 2025, the case
will be closed. A reply before then keeps it open; if it has already been
closed, replying to this email will reopen it.

Thank you,
Tomas
AWS Training and Certification Customer Service

--- Previous message ---
%s
""" % quote("""Hello Aiko,

My name is Hannah and I'm from the accounts team; I'll be completing the merge
on your case.
[...]
%s
Before I go ahead I need two things from you. First, that all three accounts
above belong to you. Second, your go-ahead to merge Account #2 and Account #3
into Account #1, which will then be the only account left.""" % TABLE_TXT)
m = build(text(plain, cte="qp"), frm=TC_FROM, to=ME_PERSONAL, cc=ME_COMPANY, subject=SUBJ_A, date=d,
          msgid=ses_mid("p4-a-closing"), in_reply_to=ses_mid("p4-a-confirm"),
          references="%s %s" % (ses_mid("p3-a-lifted"), ses_mid("p4-a-confirm")),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("closing_notice", True, CASE_A),
    "Closing notice over a quoted confirmation request; the candidate IDs are only in the quote (so none listed)")

# --- farewell party (Japanese) ------------------------------------------------------------------
d = when("2025-03-21 12:15:40")
plain = """各位

お疲れさまです。総務の野口です。
3月末でご退職されるブラントさんの送別会を下記のとおり開催します。

日時: 3月28日(金) 19:00〜
場所: 博多駅筑紫口 「炉端 さかな亭」
会費: 4,000円(当日集金)

出欠を 3/25(火)までに本メールへの返信でお知らせください。
※ブラントさんは主賓のため会費不要です。

野口
"""
m = build(text(plain, cte="b64"), frm="野口 由香 <y.noguchi@seitosha-ci.co.jp>",
          to="fukuoka-all@seitosha-ci.co.jp", cc=ME_COMPANY, subject="【ご案内】ブラントさん送別会(3/28)",
          date=d, msgid=outlook_mid("p4-farewell"), top=[("X-Forwarded-To", ME_PERSONAL)])
add(d, m, L("unrelated"), "Farewell party invitation asking everyone to reply by 3/25 - a reply request, but internal")

# --- owner confirms, but from the company address -----------------------------------------------
d = when("2025-03-24 09:05:33")
plain = """Hello Hannah,

Confirmed - all three accounts are mine. Please merge Account #2 and Account #3
into Account #1 (%s).

Sorry for the late reply.

Aiko Brandt

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Thursday, March 20, 2025 12:00 PM
To: %s
Cc: Aiko Brandt <%s>
Subject: %s

Hello Aiko,

We're still waiting for your confirmation on this case (our message of
March 14, quoted below). If we don't hear from you by March 25, 2025, the case
will be closed.
""" % (CAND_NEW, TC_FORM, ME_PERSONAL, ME_COMPANY, SUBJ_A)
m = build(text(plain, cte="qp"), frm=addr("Aiko Brandt", ME_COMPANY), to=TC_FROM,
          subject="RE: " + SUBJ_A, date=d, msgid=outlook_mid("p4-a-confirm-company"),
          in_reply_to=ses_mid("p4-a-closing"), references="%s %s" % (ses_mid("p4-a-confirm"), ses_mid("p4-a-closing")),
          extra=[("X-Forwarded-To", ME_PERSONAL), ("Thread-Topic", SUBJ_A[3:])])
add(d, m, L("user_reply", case=CASE_A, cands=[CAND_NEW]),
    "Owner's confirmation sent from the company address (the wrong one, as it turns out); subject 'RE: RE:[CASE'", crlf=True)

# --- A: write from the other address --------------------------------------------------------------
d = when("2025-03-25 01:28:16", UTC)
plain = """Hello Aiko,

Thank you for the confirmation.

That reply reached us from %s, which is the login of one of
the accounts that will be merged away. For the security of your records we
can only accept the go-ahead from the login address of the account that will
be kept. Please send the same confirmation from %s -
replying to this email from that address is enough.

The case stays open in the meantime.

Regards,
Ji-woo
AWS Training and Certification Customer Service
""" % (ME_COMPANY, ME_PERSONAL)
m = build(text(plain, cte="qp"), frm=TC_FROM, to=ME_COMPANY, cc=ME_PERSONAL, subject=SUBJ_A, date=d,
          msgid=ses_mid("p4-a-wrongaddr"), in_reply_to=outlook_mid("p4-a-confirm-company"),
          references="%s %s" % (ses_mid("p4-a-closing"), outlook_mid("p4-a-confirm-company")),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("info_request", True, CASE_A),
    "Support needs the confirmation re-sent from the personal address (write from another address) - labelled info_request, see README; sent To company, Cc personal")

# --- owner re-sends from personal, subject without case tag --------------------------------------
d = when("2025-03-25 12:47:09")
plain = """Hello Ji-woo,

Sending this from my personal address as you asked: I confirm that all three
accounts are mine, and please merge Account #2 and Account #3 into Account #1.

Thanks,
Aiko

On Tue, Mar 25, 2025 at 10:28 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC_FORM, quote("""Hello Aiko,

Thank you for the confirmation.

That reply reached us from %s, which is the login of one of
the accounts that will be merged away. [...] Please send the same confirmation
from %s - replying to this email from that address is enough.""" % (ME_COMPANY, ME_PERSONAL)))
m = build(text(plain, cte="7bit"), frm=addr("Aiko Brandt", ME_PERSONAL), to=TC_FROM,
          subject="Re: confirmation from my personal address", date=d, msgid=gmail_mid("p4-a-confirm-personal"),
          in_reply_to=ses_mid("p4-a-wrongaddr"),
          references="%s %s %s" % (ses_mid("p4-a-closing"), outlook_mid("p4-a-confirm-company"), ses_mid("p4-a-wrongaddr")))
add(d, m, L("user_reply", case=CASE_A),
    "Owner's confirmation from the right address, but she rewrote the subject: no [CASE] tag, only In-Reply-To/References tie it to case A")

# --- GitHub Actions failure -------------------------------------------------------------------
d = when("2025-03-26 10:14:50")
plain = """[seitosha/infra-modules] Run failed: terraform-plan - main (4c1e9a7)

terraform-plan: All jobs have failed

  plan (member-accounts)   failed in 1m 12s
  Error: creating Organizations Account: ConstraintViolationException

View workflow run: https://github.com/seitosha/infra-modules/actions/runs/13982220174

You are receiving this because you are subscribed to this thread.
Manage your GitHub Actions notifications: https://github.com/settings/notifications
"""
m = build(text(plain, cte="7bit"), frm='"Daichi Hara" <notifications@github.com>',
          to="seitosha/infra-modules <infra-modules@noreply.github.com>",
          subject="[seitosha/infra-modules] Run failed: terraform-plan - main (4c1e9a7)", date=d,
          msgid="<seitosha/infra-modules/check-suites/CS_kwDOLx4Q9c8AAAAHd2f1eA/1742951690@github.com>",
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("github.com", sender_ip="192.30.252.201"))],
          extra=[("X-GitHub-Reason", "ci_activity")])
add(d, m, L("unrelated"), "GitHub Actions failure; 11-digit run ID in a URL that is not a case")
