# Part 4: 22-31 May 2025 -- merge done, survey, forward, badges, leaving the company.
from gen_lib import *

CO = ME_COMPANY
P = ME_PERSONAL
TCF = addr("AWS Training and Certification", TC_FORM)
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)

# ---------------------------------------------------------------- A10 resolved, quotes the earlier requests
dtA10 = T("2025-05-22 02:10:27", 0)
new = """Hi Mizuki,

The merge is complete. Everything that was on Account #2 now sits on Account #1, candidate
ID %s, which signs in with %s.

In detail:
  - Exam history: all five exam records, including the 2024 Security - Specialty attempt,
    were moved across with their original dates and scores.
  - Certifications: Solutions Architect - Associate (expires 18 July 2025) and
    Developer - Associate (expires 30 October 2026) are active on Account #1.
  - Benefits: the 50%% exam voucher is on Account #1 under Benefits.
  - The 14 June SAA-C03 registration was cancelled as agreed. Pearson VUE sends its own
    cancellation e-mail and the refund goes back to the original card.
  - Account #2 (%s) is closed and can no longer be signed in to.
  - Credly will re-issue both badges against your personal address within 48 hours.

That is everything the case asked for, so I have marked it resolved. No further action is
required. If something looks wrong when you sign in, reply to this e-mail within 14 days
and the case reopens with me.

All the best with the new job,
Daniel K.
AWS Training and Certification
""" % (CAND_NEW, P, CAND_OLD)
hist = """On Wed, May 21, 2025 at 04:26 UTC, AWS Training and Certification wrote:
Shall I let the registration be cancelled and finish the merge today, or would you rather
keep the 14 June appointment and wait a few days for Pearson?

On Fri, May 16, 2025 at 02:48 UTC, AWS Training and Certification wrote:
                      Account #1                      Account #2
Candidate ID          %s                     %s
Login email           %s    %s
Before I go ahead
Reply to this e-mail to confirm that all four addresses above are yours and that Account #1
is the one you want to keep. If any line is wrong, tell me which one instead.""" % (CAND_NEW, CAND_OLD, P, CO)
txt = new + "\n" + quote_gt(hist) + "\n"
add(dt=dtA10, frm=TCF, to=P, subject="RE: [CASE %s] %s" % (CASE_A, FORM_SUBJ), body=plain(txt, "utf-8", "base64"),
    kind="resolved", reply=False, case=CASE_A, cands=[CAND_NEW, CAND_OLD], key="A10", mid_domain="email.amazonses.com",
    mid_style="ses", irt="A9", refs=["A1", "A5", "A8", "A9"], extra=ses_extra(), **amazon_in(P, dtA10),
    what="Case A resolved: accounts merged", hard="base64; quotes both earlier requests (question and confirm cell) under the resolution; conditional 'reply within 14 days'")

# ---------------------------------------------------------------- Pearson VUE cancellation
dt = T("2025-05-22 02:41:05", 0)
txt = """Dear Mizuki Arakawa,

This e-mail confirms that the following appointment has been cancelled.

Exam:             SAA-C03: AWS Certified Solutions Architect - Associate
Appointment:      Saturday, June 14, 2025, 10:00 JST
Registration ID:  421907556
Refund:           JPY 20,000 to the original payment method

If you did not request this cancellation, contact Pearson VUE customer service.

Pearson VUE
"""
add(dt=dt, frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=P,
    subject="Pearson VUE Cancellation Confirmation", body=plain(txt, "us-ascii", "7bit"),
    kind="unrelated", reply=False, key="pvue-cancel", mid_domain="pearson.com",
    **other_in(P, dt, "mx0a-pearson.pphosted.com", "148.163.150.19", "pearson.com"),
    what="Pearson VUE cancellation (consequence of case A)", hard="exam vendor, same registration ID as A8; 'if you did not request this, contact' conditional")

# ---------------------------------------------------------------- Credly transfer
dt = T("2025-05-22 06:03:48", 0)
txt = """Hi Mizuki,

Amazon Web Services Training and Certification has updated the e-mail address on 2 of your
badges. They are now connected to %s:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Developer - Associate

Sign in to Credly with this address to manage, share or download your badges:
https://www.credly.com/users/sign_in

The Credly Team
""" % P
add(dt=dt, frm=addr("Credly", "admin@credly.com"), to=P, subject="Your badges have a new home",
    body=plain(txt, "utf-8", "7bit"), kind="badge", reply=False, key="credly-transfer", mid_domain="credly.com",
    **other_in(P, dt, "o1.ptr2817.credly.com", "167.89.91.12", "credly.com"),
    what="Credly: badges moved to personal address", hard="follows the merge minutes later; no case number")

# ---------------------------------------------------------------- my forward to the new manager
dt = T("2025-05-22 20:31:09", 9)
txt = """田中さん

来月からお世話になります、荒川です。
AWS 認定アカウントを個人アドレスに統合できました。パートナー登録の際の候補 ID は
%s です。下に AWS からの完了メールを転送しておきます。

荒川

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Thu, May 22, 2025 at 11:10 AM
Subject: RE: [CASE %s] %s
To: <%s>


""" % (CAND_NEW, TC_FORM, CASE_A, FORM_SUBJ, P) + new
add(dt=dt, frm=addr(ME_NAME, P), to=addr("田中 亮介", "r.tanaka@kumoworks.jp"), subject="Fwd: RE: [CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=plain(txt, "utf-8", "base64"), kind="user_reply", reply=False, case=CASE_A, cands=[CAND_NEW],
    key="A-fwd", mid_domain="mail.gmail.com", mid_style="gmail",
    what="My forward of the resolution to my next manager", hard="my own mail to a third party; forwarded block contains 'reply within 14 days' and both IDs; only my line counts")

# ---------------------------------------------------------------- A11 survey (HTML)
dt = T("2025-05-23 02:15:00", 0)
htm = """<html><body style="font-family:Arial;background:#f2f3f3"><table width="600" align="center" style="background:#fff" cellpadding="16">
<tr><td><h3 style="margin:0">How did we do on case %s?</h3>
<p>Your case with AWS Training and Certification was resolved recently. Your answer goes straight to the team
and takes under a minute.</p>
<p>How satisfied are you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-cs.amazon.com/r/%s?s=1">1</a></td><td><a href="https://survey.aws-cs.amazon.com/r/%s?s=2">2</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r/%s?s=3">3</a></td><td><a href="https://survey.aws-cs.amazon.com/r/%s?s=4">4</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r/%s?s=5">5</a></td></tr></table>
<p style="font-size:11px;color:#888">This survey closes in 7 days. Please do not reply to this e-mail; replies are not read.</p>
</td></tr></table></body></html>""" % ((CASE_A,) * 6)
add(dt=dt, frm=addr("AWS Customer Service", "aws-cs-survey@amazon.com"), to=P, subject="Your opinion on case %s" % CASE_A,
    body=html(htm, "utf-8", "quoted-printable"), kind="survey", reply=False, case=CASE_A, key="A11",
    mid_domain="email.amazonses.com", mid_style="ses", extra=ses_extra(), **amazon_in(P, dt),
    what="Case A satisfaction survey", hard="HTML-only, question 'How did we do' and 'closes in 7 days' deadline")

# ---------------------------------------------------------------- certmetrics program feedback
dt = T("2025-05-23 17:22:40", 0)
txt = """Hello Mizuki,

AWS Certification wants to hear from you.

We are redesigning the AWS Certification Account and would like to learn how you use it:
signing in, finding your certificates, sharing badges and using benefits. The survey has 12
questions and takes about 8 minutes.

Start the survey: https://www.certmetrics.com/amazon/survey/2025q2

Participation is voluntary and does not affect your certifications.

AWS Certification
"""
add(dt=dt, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=P, subject="AWS Certification wants to hear from you",
    body=plain(txt, "us-ascii", "7bit"), kind="certification", reply=False, key="cert-feedback", mid_domain="certmetrics.com",
    **other_in(P, dt, "mail241.certmetrics.com", "198.2.140.241", "certmetrics.com"),
    what="Certification program feedback survey", hard="a survey, but about the program, not a support case")

# ---------------------------------------------------------------- new employer onboarding
dt = T("2025-05-26 10:02:14", 9)
txt = """荒川 瑞希 様

株式会社クモワークス 人事の木村です。6月2日のご入社に向けて、以下をご準備ください。

1. 入社書類一式 (雇用契約書・身元保証書) に署名のうえ、5月30日までにこのメールへの返信で PDF をお送りください。
2. 初日は 9:30 に本社受付へお越しください。
3. 当社は AWS パートナーのため、入社後 2 週間以内に AWS 認定を Partner Central に紐付けていただきます。
   手順は初日にご案内します。

ご不明点がございましたら、お気軽にお問い合わせください。

木村 奈央
株式会社クモワークス 人事部
"""
add(dt=dt, frm=addr("木村 奈央", "n.kimura@kumoworks.jp"), to=P, subject="【クモワークス】ご入社前のご案内",
    body=plain(txt, "iso-2022-jp", "7bit"), kind="unrelated", reply=False, key="kumo-onboard", mid_domain="kumoworks.jp",
    subj_charset="iso-2022-jp", **other_in(P, dt, "mail-sor-f41.google.com", "209.85.220.41", "kumoworks.jp"),
    what="New employer onboarding", hard="real requests with a deadline ('返信で PDF をお送りください') from HR, not AWS; mentions linking AWS certifications")

# ---------------------------------------------------------------- GitHub review request
dt = T("2025-05-27 12:48:19", 0)
txt = """@yuto-ishida requested your review on: mizuki-arakawa/cert-tracker#14 Parse candidate IDs from CertMetrics export.

Add a parser for the CSV export (IDs are "AWS" + 8 digits).

-- 
Reply to this email directly, view it on GitHub:
https://github.com/mizuki-arakawa/cert-tracker/pull/14
You are receiving this because your review was requested.
"""
add(dt=dt, frm=addr("Yuto Ishida", "notifications@github.com"), to=addr("mizuki-arakawa/cert-tracker", "cert-tracker@noreply.github.com"),
    cc=addr("Mizuki Arakawa", P) + ", " + addr("Review requested", "review_requested@noreply.github.com"),
    subject="[mizuki-arakawa/cert-tracker] Parse candidate IDs from CertMetrics export (PR #14)",
    body=plain(txt, "utf-8", "7bit"), kind="unrelated", reply=False, key="gh-review", mid_domain="github.com",
    reply_to="mizuki-arakawa/cert-tracker <reply+AH7QWL2@reply.github.com>",
    **other_in(P, dt, "out-24.smtp.github.com", "192.30.252.207", "github.com"),
    what="GitHub review request", hard="asks for action; talks about candidate IDs and CertMetrics without containing one")

# ---------------------------------------------------------------- IT: mailbox shutdown
dt = T("2025-05-29 09:15:00", 9)
txt = """荒川 瑞希 様

情報システム部です。退職に伴い、以下のとおりアカウントを停止いたします。

  対象:    m.arakawa@hoshizora-tech.co.jp (Microsoft 365)
  停止日時: 2025年5月30日(金) 18:00
  停止後:  受信メールは cloud-team@hoshizora-tech.co.jp に 30 日間転送されます

外部サービスに本アドレスを登録している場合は、停止日時までに変更を完了してください。
本メールへの返信は不要です。

情報システム部
"""
add(dt=dt, frm=addr("情報システム部", "it-helpdesk@hoshizora-tech.co.jp"), to=CO, subject="【情シス】アカウント停止のお知らせ",
    body=plain(txt, "iso-2022-jp", "7bit"), kind="unrelated", reply=False, key="it-shutdown",
    mid_domain="TYCPR01MB6110.jpnprd01.prod.outlook.com", mid_style="outlook", subj_charset="iso-2022-jp",
    received=rcv_m365("TYCPR01MB6110.jpnprd01.prod.outlook.com", "2603:1096:400:2f1::3", dt),
    what="IT: company mailbox closes 30 May", hard="'停止' / closing language about the company address; 返信は不要")

# ---------------------------------------------------------------- colleague farewell thread
dt = T("2025-05-30 16:40:52", 9)
txt = """荒川さん

3年間ありがとうございました! cert-lab の件も IAM の件も確認しました、問題なしです。
私の休暇中に AWS から来ていた問い合わせには、チームのアドレスから「退職予定で問題なし」と回答済みだそうです。

新天地でもがんばってください。またどこかの JAWS で!

綿貫

> 綿貫さん
> 最終日なのでご挨拶まで。引き継ぎ資料は Confluence の「cloud-team/引き継ぎ/荒川」にまとめてあります。
> 荒川
"""
add(dt=dt, frm=addr("綿貫 健二", "k.watanuki@hoshizora-tech.co.jp"), to=CO, subject="RE: 最終日のご挨拶",
    body=plain(txt, "utf-8", "base64"), kind="unrelated", reply=False, key="farewell",
    mid_domain="TYCPR01MB5521.jpnprd01.prod.outlook.com", mid_style="outlook",
    received=rcv_m365("TYCPR01MB5521.jpnprd01.prod.outlook.com", "2603:1096:400:12::4", dt),
    what="Colleague's farewell reply", hard="mentions answering AWS's partner enquiry; no case number")
