from common import *

TCN = name("AWS Training and Certification", TC)
SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)
CURL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
SC = "RE:[CASE %s] Exam discount voucher not visible on personal certification account" % CASE_C


def acct_table(rows):
    tr = "".join('<tr><td style="padding:4px 10px;border:1px solid #ccc">%s</td>'
                 '<td style="padding:4px 10px;border:1px solid #ccc">%s</td></tr>' % r for r in rows)
    return '<table style="border-collapse:collapse">%s</table>' % tr


W = [("Candidate ID", ID_WORK), ("Login email", ME_C), ("Training notification email", ME_C),
     ("Certification notification email", ME_C), ("Exam history", "5 exams, 3 active certifications")]
P = [("Candidate ID", ID_PERS), ("Login email", ME_P), ("Training notification email", ME_P),
     ("Certification notification email", ME_P), ("Exam history", "none")]

# 031 merge plan, default = keep WORK account (contrary to the request)
conf1_html = html_wrap("""<p>Hello Aya,</p>
<p>I'll be completing your merge. These are the two profiles we found:</p>
<p><b>Account #1</b></p>%s
<p><b>Account #2</b></p>%s
<p>Our standard practice is to keep the profile that holds the exam history. So unless I hear otherwise by
<b>12:00 UTC on June 12</b>, Account #2 will be merged into Account #1, and Account #1 will remain as your
certification account.</p>
<p>If you'd prefer to keep Account #2, reply to this email before then and tell me which account should remain.</p>
<p>Kind regards,<br>Daniel K.<br>Account Merge Team, AWS Training and Certification</p>""" % (acct_table(W), acct_table(P)))
conf1_plain = """Hello Aya,

I'll be completing your merge. These are the two profiles we found:

Account #1
Candidate ID: %s
Login email: %s
Exam history: 5 exams, 3 active certifications

Account #2
Candidate ID: %s
Login email: %s
Exam history: none

Our standard practice is to keep the profile that holds the exam history.
So unless I hear otherwise by 12:00 UTC on June 12, Account #2 will be
merged into Account #1, and Account #1 will remain as your certification
account.

If you'd prefer to keep Account #2, reply to this email before then and
tell me which account should remain.

Kind regards,
Daniel K.
""" % (ID_WORK, ME_C, ID_PERS, ME_P)
add("a-conf1", frm=TCN, to=ME_P, date="2025-06-10 05:31:09 +0000", parent="a-lift", subj=SA,
    auth_res=auth(), kind="confirmation_request", reply=True, case=CASE_A, cands=[ID_WORK, ID_PERS],
    html=conf1_html)

# 032 reminder restating the default (top-posted)
add("a-conf1r", frm=TCN, to=ME_P, date="2025-06-11 00:05:51 +0000", parent="a-conf1", subj=SA,
    auth_res=auth(), kind="confirmation_request", reply=True, case=CASE_A,
    text="""Hi Aya,

A quick reminder: unless you tell me otherwise, I'll merge Account #2 into
Account #1 at 12:00 UTC tomorrow, June 12, and Account #1 will stay as your
certification login. Account #1 signs in with the work address.

Daniel K.

________________________________
From: AWS Training and Certification
Sent: Tuesday, June 10, 2025 05:31
Subject: %s

%s""" % (SA, conf1_plain))

# 033 owner corrects the account choice
add("a-u3", frm=me_p(), to=TCN, date="2025-06-11 12:30:44 +0900", parent="a-conf1r", mid_dom="gmail",
    subj="Re: " + SA, kind="user_reply", case=CASE_A, cands=[ID_PERS],
    text="""Hi Daniel,

Please do NOT keep Account #1. I want Account #2 (aya.miwa.lab@gmail.com,
%s) to be the one that remains, as in my original request. The work
address stops working on June 13.

Thanks,
Aya

On Wed, Jun 11, 2025 at 9:05 AM AWS Training and Certification <%s> wrote:
> Hi Aya,
>
> A quick reminder: unless you tell me otherwise, I'll merge Account #2 into
> Account #1 at 12:00 UTC tomorrow, June 12, and Account #1 will stay as your
> certification login. Account #1 signs in with the work address.
>
> Daniel K.
""" % (ID_PERS, TC))

# 034 explicit "reply confirmed", but support proceeds on silence (with the right account)
conf2 = """Hello Aya,

Thanks for catching that. Here is the updated plan:

  Account #1 (%s, %s) will be merged into
  Account #2 (%s, %s), and Account #2 remains.

Please reply "confirmed" if this is right. If I don't hear back by 12:00
UTC on June 12, I'll go ahead exactly as described above.

Kind regards,
Daniel K.
Account Merge Team
""" % (ID_WORK, ME_C, ID_PERS, ME_P)
add("a-conf2", frm=TCN, to=ME_P, date="2025-06-11 09:10:27 +0000", parent="a-u3", subj=SA,
    auth_res=auth(), kind="confirmation_request", reply=False, case=CASE_A, cands=[ID_WORK, ID_PERS],
    text=conf2, html=html_wrap(paras(conf2)), cte="quoted-printable", html_cte="base64")

# 035 console: update + buried request that silence would lose
c_upd = """<div>Hello,</div><div><br></div>
<div>Thank you for the candidate ID and exam date. I found the voucher: a 50%% discount earned with your
Developer &ndash; Associate exam, held on %s and valid until June 30. I've asked the benefits team to
reissue it on %s once your account merge is done, which they expect to finish within 2&ndash;3 business days.</div>
<div><br></div>
<div>There is one thing on your side. Benefits can only be issued to a profile with a complete mailing address,
and the postal code on %s is empty. Please add it in the certification portal (Profile &gt; Address) and
then let us know on this case in the Support Center by June 13. If it is still missing by then, the voucher
stays on the old profile, where it would expire unused.</div>
<div><br></div><div>Best regards,<br>Felipe<br>Amazon Web Services</div>
<div><br></div><div>To see the case or reply, go to: <a href="%s">%s</a></div>
<div style="font-size:11px">Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</div>""" % (
    ID_WORK, ID_PERS, ID_PERS, CURL, CURL)
add("c-upd", frm=name("Amazon Web Services", CONSOLE), to=ME_P, date="2025-06-11 10:02:00 +0000",
    subj=SC, auth_res=auth(), kind="info_request", reply=True, case=CASE_C, cands=[ID_WORK, ID_PERS],
    html=html_wrap(c_upd), html_cte="quoted-printable")

# 036 phishing, lookalike domain
add("phish-1", frm=name("AWS Certification Support", "support@aws-certification-merge.com"), to=ME_P,
    date="2025-06-11 22:40:13 +0000", mid_dom="aws-certification-merge.com",
    subj="Action required: verify your account merge within 24 hours",
    auth_res=auth(dom="aws-certification-merge.com", ip="185.220.101.33", mailfrom="support@aws-certification-merge.com"),
    kind="suspicious",
    html=html_wrap("""<p><img src="https://aws-certification-merge.com/logo.png" alt="aws"></p>
<p>Dear Certified Professional,</p>
<p>We have received a request to merge your AWS Certification accounts. To protect your credentials,
<b>you must verify ownership within 24 hours</b>, otherwise all certifications on both accounts will be permanently removed.</p>
<p><a href="http://aws-certification-merge.com/verify?u=aya.miwa.lab">Verify my account</a></p>
<p>If you do not reply or verify, the request will be cancelled and your records cannot be restored.</p>
<p>AWS Certification Security Team</p>"""))

# 037 courtesy reminder of the scheduled merge (pure opt-out)
add("a-remind", frm=TCN, to=ME_P, date="2025-06-12 01:00:02 +0000", parent="a-conf2", subj=SA,
    auth_res=auth(), kind="case_update", case=CASE_A, cands=[ID_WORK, ID_PERS], cte="7bit", crlf=True,
    text="""Hello Aya,

A courtesy note on behalf of Daniel: the merge of %s into %s
is scheduled for 12:00 UTC today.

Reply only if something in the plan below is wrong. Otherwise no response
is needed.

Sven
AWS Training and Certification

----- Previous message -----
%s""" % (ID_WORK, ID_PERS, conf2))

# 038 merged; quotes the explicit ask; optional extra offered with a deadline
done = """Hello Aya,

As I didn't hear otherwise before the deadline, I went ahead: I have
successfully merged %s into %s. Your exam history, three active
certifications and benefits are now on the profile that signs in with
aya.miwa.lab@gmail.com.

Your old work address is still listed as a secondary email on the
profile. If you'd like it removed, reply by June 19; otherwise we'll leave
it as it is. Unless there's anything else, this case will close
automatically on June 19.

Kind regards,
Daniel K.
Account Merge Team
""" % (ID_WORK, ID_PERS)
add("a-done", frm=TCN, to=ME_P, date="2025-06-12 12:41:18 +0000", parent="a-remind", subj=SA,
    auth_res=auth(), kind="resolved", case=CASE_A, cands=[ID_WORK, ID_PERS],
    text=done + "\n" + "On 11 Jun 2025, at 09:10 UTC, Daniel K. wrote:\n" + gq(conf2) + "\n")

# 039 Credly badge issued
add("credly-1", frm=name("Credly", "admin@credly.com"), to=ME_P, date="2025-06-12 13:05:40 +0000",
    mid_dom="credly.com", subj="Amazon Web Services Training and Certification sent you a new badge",
    auth_res=auth(dom="credly.com", ip="167.89.22.140", mailfrom="bounces@credly.com"), kind="badge",
    text="""Congratulations, Aya!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Professional

Accept your badge to share it on LinkedIn and elsewhere:
https://www.credly.com/badges/5f2c9d1e-8a7b-4c3d-9e10-2b4f6a8c0d13/accept

Credly, Inc.
""", html=html_wrap("""<h2>Congratulations, Aya!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/badges/5f2c9d1e-8a7b-4c3d-9e10-2b4f6a8c0d13/accept">Accept badge</a></p>"""))

# 040 survey on case A
add("a-survey", frm=name("AWS Customer Feedback", "aws-cs-survey@amazon.com"), to=ME_P,
    date="2025-06-13 02:00:00 +0000", subj="How did we do? Your AWS Training and Certification case %s" % CASE_A,
    auth_res=auth(), kind="survey", case=CASE_A,
    html=html_wrap("""<p>Hello Aya,</p>
<p>You recently worked with us on case %s. Would you take two minutes to tell us how it went?</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws.amazon.com/s/tc?c=%s&r=5">Very satisfied</a> &middot;
<a href="https://survey.aws.amazon.com/s/tc?c=%s&r=3">Neutral</a> &middot;
<a href="https://survey.aws.amazon.com/s/tc?c=%s&r=1">Very dissatisfied</a></p>
<p>The survey closes on June 27.</p>""" % (CASE_A, CASE_A, CASE_A, CASE_A)))

# 041 spoofed AWS sender, dmarc=fail
add("phish-2", frm=name("AWS Training and Certification", TC), to=ME_P, date="2025-06-13 03:12:55 +0000",
    mid_dom="mail-relay.biz", subj="RE:[CASE 174886102200377] %s" % SUBJ_TC,
    auth_res=auth(ok=False, ip="91.215.85.14", mailfrom="amazon.com"),
    kind="suspicious", cte="7bit",
    text="""Hello,

Your account merge could not be completed because we were unable to verify
your identity. To avoid losing your certification records, sign in and
confirm your details within 48 hours:

https://aws-training-verify.net/merge/confirm?case=174886102200377

Reply to this email with your Builder ID password if the link does not work.

AWS Training and Certification Customer Support
""")

# 042 IT notice (company)
add("it-offboard", frm=name("情報システム部 ヘルプデスク", "it-helpdesk@kurobane-tech.co.jp"), to=ME_C,
    date="2025-06-13 09:30:00 +0900", mid_dom="kurobane-tech.co.jp", subj="【ご案内】本日18:00にアカウントを停止します",
    auth_res=auth(rcpt="corp", dom="kurobane-tech.co.jp", ip="40.107.74.61", mailfrom="it-helpdesk@kurobane-tech.co.jp"),
    kind="unrelated", cs="shift_jis", cte="base64", subj_cs="iso-2022-jp",
    text="""三輪 様

本日 18:00 をもって、社内アカウント(メール・VPN・Slack)を停止します。
PC は 17:00 までに情報システム部へ返却してください。
ご不明点がある場合は内線 2400 までご連絡ください。

情報システム部 ヘルプデスク
""")
