"""Part 5: 16-21 June 2025 - case A closes; badges; traps."""
from gen_lib import *  # noqa: F401,F403

REF_A = [mid("A-ack"), mid("A-info"), mid("A-user1", style="gmail"), mid("A-hold"),
         mid("A-user2", style="gmail"), mid("A-lift"), mid("A-conf")]

conf_flat = """Hello Mariana,

Thanks for your patience while the partner link was released. I'm Tomas and I'll complete the merge for you.

These are the two accounts we found:

Account #1  Candidate ID                      AWS11904275
            Login email                       mariana.kby.cloud@gmail.com
            Training notification email       mariana.kby.cloud@gmail.com
            Certification notification email  mariana.kby.cloud@gmail.com
Account #2  Candidate ID                      AWS03318562
            Login email                       m-kobayashi@shiosai-sys.co.jp
            Training notification email       m-kobayashi@shiosai-sys.co.jp
            Certification notification email  m-kobayashi@shiosai-sys.co.jp

When accounts are merged, everything from the secondary account (certifications, exam history, benefits) moves to the primary one, and the secondary login stops working.

Kindly reply confirming that both accounts belong to you and that Account #1 should be kept as the primary account.

Regards,
Tomas R.
AWS Training and Certification
"""

# 42 Case A closing notice ------------------------------------------------------------
t = d(2025, 6, 16, 5, 30, 2)
txtA42 = """Hello,

We're following up on case 174902431852716. On June 10 we asked you to confirm the account details for your merge, and we haven't received a reply yet.

If we don't hear from you within 72 hours, this case will be closed. Replying to this email keeps it open; if it has already closed by then, your reply will reopen it.

Regards,
AWS Training and Certification

--------------- Original Message ---------------
From: AWS Training and Certification [aws-cs-trainingcertification-form@amazon.com]
Sent: 6/10/2025 9:20 PM
To: mariana.kby.cloud@gmail.com
Subject: RE:[CASE 174902431852716] [AWS Training and Certification Form Submission] - account-assistance

""" + conf_flat
add(t, lab("closing_notice", True, CASE_A, [],
           note="72-hour closing warning; quoted original request below carries the candidate IDs"),
    aws_in(t, "A-close") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_A % CASE_A), ("Message-ID", mid("A-close")),
        ("In-Reply-To", mid("A-conf")), ("References", " ".join(REF_A))],
    leaf("text/plain", txtA42, "utf-8", "quoted-printable"), crlf=True)

# 43 owner: vague go-ahead -------------------------------------------------------------
t = d(2025, 6, 16, 7, 48, 30)
me43 = """Yes, please go ahead. Sorry for the slow answer, I was travelling last week.

Mariana
"""
q43 = "On Mon, Jun 16, 2025 at 5:30 AM AWS Training and Certification <%s> wrote:\n" % TC_FORM + quote(txtA42)
add(t, lab("user_reply", False, CASE_A, note="Owner's short go-ahead that doesn't name the account"),
    [("From", addr(ME_NAME, ME_P)), ("To", TC_FORM), ("Subject", "Re: " + SUBJ_A % CASE_A),
     ("Message-ID", mid("A-user3", style="gmail")), ("In-Reply-To", mid("A-close")),
     ("References", " ".join(REF_A + [mid("A-close")]))],
    alt(me43 + "\n" + q43))

# 44 second confirmation request, question without 'please' ---------------------------
t = d(2025, 6, 17, 1, 10, 9)
txtA44 = """Hi Mariana,

Thanks for getting back to us. Before I run the merge - it can't be undone - one last check, because your reply says to go ahead but not which account should stay.

Account #1 (AWS11904275, mariana.kby.cloud@gmail.com) would stay and be your sign-in from now on. Account #2 (m-kobayashi@shiosai-sys.co.jp) would be retired and its login would stop working.

Is Account #1 the one you want to keep?

Tomas R.
AWS Training and Certification
"""
add(t, lab("confirmation_request", True, CASE_A, [NEW],
           note="Second confirmation: a bare question, no 'please'; the earlier 'yes' was not enough"),
    aws_in(t, "A-conf2") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_A % CASE_A), ("Message-ID", mid("A-conf2")),
        ("In-Reply-To", mid("A-user3", style="gmail")),
        ("References", " ".join(REF_A + [mid("A-close"), mid("A-user3", style="gmail")]))],
    alt(txtA44 + "\nOn Mon, Jun 16, 2025 at 7:48 AM Mariana Kobayashi <%s> wrote:\n" % ME_P + quote(me43 + "\n" + q43)))

# 45 owner: explicit confirmation, top-posted over the whole history ---------------------
t = d(2025, 6, 17, 7, 15, 51)
me45 = """Confirmed - both accounts are mine. Please merge into Account #1
(AWS11904275), the Gmail one.

Thank you!
Mariana
"""
hist45 = ("On Tue, Jun 17, 2025 at 1:10 AM AWS Training and Certification <%s> wrote:\n" % TC_FORM +
          quote(txtA44 + "\nOn Mon, Jun 16, 2025 at 7:48 AM Mariana Kobayashi <%s> wrote:\n" % ME_P + quote(me43 + "\n" + q43)))
add(t, lab("user_reply", False, CASE_A, [NEW], note="Owner's confirmation, top-posted over three levels of quoting"),
    [("From", addr(ME_NAME, ME_P)), ("To", TC_FORM), ("Subject", "Re: " + SUBJ_A % CASE_A),
     ("Message-ID", mid("A-user4", style="gmail")), ("In-Reply-To", mid("A-conf2")),
     ("References", " ".join(REF_A + [mid("A-close"), mid("A-user3", style="gmail"), mid("A-conf2")]))],
    alt(me45 + "\n" + hist45))

# 46 Case A resolved, quoting the requests -----------------------------------------------
t = d(2025, 6, 17, 11, 2, 27)
txt = """Hi Mariana,

Your accounts have now been merged. Everything from Account #2 - certifications, exam history and the unused 50% exam discount - is now on Account #1 (AWS11904275). If you were signed in, sign out and back in to see the change.

Credly badges are reissued to mariana.kby.cloud@gmail.com automatically, usually within a day. Partner Central profiles can take up to a week to update.

No further action is required on your part, and this case is now resolved. Should anything look wrong, just reply to this message within 14 days.

All the best in your new role,
Tomas R.
AWS Training and Certification

On Tue, Jun 17, 2025 at 7:15 AM Mariana Kobayashi <mariana.kby.cloud@gmail.com> wrote:
""" + quote(me45 + "\n" + hist45)
add(t, lab("resolved", False, CASE_A, [NEW],
           note="Merge done; quotes the confirmation requests (questions) and invites a reply 'should anything look wrong'"),
    aws_in(t, "A-res") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_A % CASE_A), ("Message-ID", mid("A-res")),
        ("In-Reply-To", mid("A-user4", style="gmail")),
        ("References", " ".join(REF_A + [mid("A-close"), mid("A-user3", style="gmail"), mid("A-conf2"), mid("A-user4", style="gmail")]))],
    alt(txt))


# 47/48 Credly badges --------------------------------------------------------------------
def credly(t, key, badge, subj, lead):
    html = html_wrap("""<table width="600" align="center" style="border:1px solid #e5e5e5"><tr><td style="padding:24px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/%s/image.png" width="120" alt="badge"><br>
<h2 style="color:#222">%s</h2>
<p>%s <b>%s</b> from Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 2 Executive Drive, Suite 800, Fort Lee, NJ 07024<br>You are receiving this email because a badge was issued to mariana.kby.cloud@gmail.com.</p>
</td></tr></table>""" % (key, subj, lead, badge, key))
    add(t, lab("badge", note="Credly badge mail after the merge"),
        rcv_gmail(t, "o1.email.credly.com", "167.89.101.186") +
        auth_gmail("credly.com", "bounces+2201339-f1a3-mariana.kby.cloud=gmail.com@email.credly.com", "167.89.101.186", sel="s1",
                   policy="p=REJECT sp=REJECT dis=NONE") + [
            ("From", addr("Credly", "admin@credly.com")), ("To", ME_P), ("Subject", subj),
            ("Message-ID", mid("credly" + key, "geopod-ismtpd-3", "plain"))],
        alt("%s\n\n%s %s from Amazon Web Services Training and Certification.\n\nAccept badge: https://www.credly.com/earner/earned/badge/%s\n" % (subj, lead, badge, key), html))


credly(d(2025, 6, 17, 11, 31, 4), "0e284c3f-8e6a-4b1b-9d0e-2c1f5a77b1d2",
       "AWS Certified Solutions Architect - Associate",
       "Congratulations, Mariana! You've earned a badge", "You have been issued the badge")
credly(d(2025, 6, 17, 11, 31, 19), "7a9b3d40-55c2-4e0f-a1b8-9e6d2f0c4c11",
       "AWS Certified Cloud Practitioner",
       "Action needed: accept your new badge", "Please accept your badge")

# 49 Case A survey -----------------------------------------------------------------------
t = d(2025, 6, 18, 2, 0, 40)
txt = """Hello Mariana,

Your recent case with AWS Training and Certification (Case ID 174902431852716) has been resolved.

How did we do? Please take two minutes to tell us about your experience:
https://amazonexteu.qualtrics.com/jfe/form/SV_9Rk2TCsupport?case=174902431852716

Your feedback helps us improve. This survey is sent only once per case.

AWS Training and Certification
"""
add(t, lab("survey", False, CASE_A, note="Satisfaction survey for case A"),
    aws_in(t, "A-survey") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", "How did we do? Tell us about your AWS Training and Certification case"),
        ("Message-ID", mid("A-survey"))],
    alt(txt))

# 50 Credly lookalike ---------------------------------------------------------------------
t = d(2025, 6, 18, 20, 4, 51)
html = html_wrap("""<p>Hi Mariana,</p>
<p>We detected that your <b>AWS Certified Solutions Architect - Associate</b> badge was recently moved from another account.
Moved badges must be re-verified within 48 hours or they will be <b>revoked</b>.</p>
<p><a href="https://credly-badgecenter.com/verify?u=mkby">Re-verify my badge</a> (sign in with your AWS Builder ID)</p>
<p>Credly Support</p>""")
add(t, lab("suspicious", note="Credly lookalike (credly-badgecenter.com) timed right after the merge"),
    rcv_gmail(t, "smtp.credly-badgecenter.com", "45.137.21.9") +
    auth_gmail("credly-badgecenter.com", "admin@credly-badgecenter.com", "45.137.21.9", sel="mail",
               policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("Credly", "admin@credly-badgecenter.com")), ("To", ME_P),
        ("Subject", "Your badge will be revoked - re-verify within 48 hours"),
        ("Message-ID", mid("phish-credly", "credly-badgecenter.com", "plain"))],
    leaf("text/html", html, "utf-8", "quoted-printable"))

# 51 other vendor: solved + rating ----------------------------------------------------------
t = d(2025, 6, 19, 15, 20, 33)
txt = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

How would you rate the support you received?
Good, I'm satisfied: https://northwind.zendesk.com/requests/48213/satisfaction/good
Bad, I'm unsatisfied: https://northwind.zendesk.com/requests/48213/satisfaction/bad

Lena (Northwind Analytics)
Jun 19, 2025, 08:20 CEST
The 413 errors came from the default export chunk size. We raised the limit on your workspace; exports up to 2 GB now go through.
"""
add(t, lab("unrelated", note="Other vendor's ticket solved with a rating request (looks like resolved/survey)"),
    rcv_gmail(t, "outbyoip19.pod27.euc1.zdsys.com", "188.172.137.19") +
    auth_gmail("northwind-analytics.com", "support+id48213@northwind.zendesk.com", "188.172.137.19", sel="zendesk1",
               policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("Lena (Northwind Analytics)", "support@northwind-analytics.com")), ("To", ME_P),
        ("Reply-To", "Northwind Analytics <support+id48213@northwind.zendesk.com>"),
        ("Subject", "[Northwind Analytics] Re: Export job fails with HTTP 413"),
        ("Message-ID", "<7KQ1V0Z2RD4_6853f1a1d3c07_1c3a2b0c4898_sprut@zendesk.com>")],
    alt(txt))

# 52 AWS Free Tier alert -------------------------------------------------------------------
t = d(2025, 6, 20, 8, 44, 0)
txt = """Hello,

Your AWS account 480211937465 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of June.

Product: AmazonEC2   Usage: 640 Hrs   Free Tier limit: 750 Hrs

To learn more about your Free Tier usage, visit the Billing and Cost Management console.

Sincerely,
Amazon Web Services
"""
add(t, lab("unrelated", note="AWS Free Tier alert (AWS mail, not training)"),
    aws_in(t, "freetier", dom="costalerts.amazonaws.com") + [
        ("From", addr("AWS Free Tier", "freetier@costalerts.amazonaws.com")), ("To", ME_P),
        ("Subject", "AWS Free Tier limit alert"), ("Message-ID", mid("freetier"))],
    leaf("text/plain", txt, "us-ascii", "7bit"))

# 53 owner's reply to the farewell mail (company, Bcc to herself) ------------------------------
t = d(2025, 5, 16, 9, 31, 5)
txt = """藤原さん

ありがとうございます!本当に嬉しいです。
27日(金)でお願いできますでしょうか。26日は午後から東京出張のため難しそうです。

小林

-----Original Message-----
From: 藤原 美咲 <m-fujiwara@shiosai-sys.co.jp>
Sent: Thursday, May 15, 2025 5:22 PM
To: 小林 マリアナ <m-kobayashi@shiosai-sys.co.jp>
Subject: 送別会の日程について

小林さん

お疲れさまです。藤原です。
6月末でご退職と伺いました。寂しくなります…。
(以下略)
"""
add(t, lab("user_reply", note="Owner's Japanese reply to a colleague (unrelated topic), Outlook quoting, keigo request to a colleague"),
    rcv_gmail(t, "mail-tycjpn01on2071.outbound.protection.outlook.com", "40.107.114.71") +
    auth_gmail("shiosai-sys.co.jp", ME_C, "40.107.114.71", sel="selector1", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("小林 マリアナ", ME_C, "iso-2022-jp")),
        ("To", addr("藤原 美咲", "m-fujiwara@shiosai-sys.co.jp", "iso-2022-jp")),
        ("Subject", hdr("RE: 送別会の日程について", "iso-2022-jp")),
        ("Message-ID", mid("party-reply", style="outlook")), ("In-Reply-To", mid("fujiwara-party", style="outlook")),
        ("References", mid("fujiwara-party", style="outlook")), ("Content-Language", "ja-JP")],
    leaf("text/plain", txt, "iso-2022-jp", "7bit"))
