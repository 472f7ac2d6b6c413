from common import *

TCN = name("AWS Training and Certification", TC)

# 001 ack, badge case G
add("g-ack", frm=TCN, to=ME_P, date="2025-05-14 07:49:12 +0000",
    subj="RE:[CASE %s] %s" % (CASE_G, SUBJ_TC_CERT), auth_res=auth(),
    kind="acknowledgement", case=CASE_G, cands=[ID_WORK], cte="7bit",
    text="""Hello,

Thank you for reaching out to AWS Training and Certification. Case %s
has been created for your request, and a member of our team will reply,
usually within 24 hours. Some requests take longer when another team has
to be involved.

Please keep all correspondence on this case by replying to this email,
and avoid submitting the form again for the same issue: additional cases
for one request only delay the answer.

Summary of your request
  Inquiry type: Certification
  Additional details: Digital badges
  AWS Candidate ID: %s
  Description: My Associate badges stopped appearing on Credly after I
  started signing in with a Builder ID. Badges from 2023 now show as
  expired although the certifications are active.

Sincerely,
AWS Training and Certification Customer Support
""" % (CASE_G, ID_WORK))

# 002 marketing
add("mkt-summit", frm=name("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    date="2025-05-15 01:30:00 +0000", subj="Seats are going fast - register for AWS Summit Japan by May 22",
    auth_res=auth(), kind="unrelated", mid_dom="marketing.aws.com", html_cte="base64",
    html=html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#fff;padding:24px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>Hi Aya,</p>
<p>Two days, more than 150 sessions, and the Certification Lounge for everyone holding an active AWS Certification.</p>
<p><b>Registration closes on May 22.</b> After that date we can't guarantee a seat in the keynote hall.</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_5521" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Register now</a></p>
<p style="font-size:11px;color:#687078">You are receiving this because you opted in to AWS event news.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a> &middot; Amazon Web Services Japan G.K., Meguro-ku, Tokyo</p>
</td></tr></table>"""))

# 003 info request G (deadline + auto-close)
g_req_text = """Hello Aya,

I'm looking into the missing badges. The candidate ID in your request
(%s) shows three active certifications, so the badges should be issuing
from that record. What you describe usually happens when a second
certification profile was created the first time someone signed in with a
Builder ID, and Credly then matches the wrong one.

To check this I need two things. Which email address is your Credly wallet
registered with? And when you sign in to the certification portal today,
which candidate ID appears in the top right corner?

Please send both by Friday, May 23. Cases with no response for seven days
are closed automatically; replying within 14 days of closure reopens them.

Best regards,
Tomasz
AWS Training and Certification
""" % ID_WORK
add("g-req", frm=TCN, to=ME_P, date="2025-05-16 02:14:40 +0000", parent="g-ack",
    subj="RE:[CASE %s] %s" % (CASE_G, SUBJ_TC_CERT), auth_res=auth(),
    kind="info_request", reply=True, case=CASE_G, cands=[ID_WORK],
    text=g_req_text, html=html_wrap(paras(g_req_text)))

# 004 GitHub stale bot
add("gh-stale", frm=name("github-actions[bot]", "notifications@github.com"), to=ME_P,
    date="2025-05-18 00:02:11 +0000", mid_dom="github.com", cte="7bit",
    subj="Re: [kurobane/infra-modules] terraform plan fails after provider pin (Issue #88)",
    auth_res=auth(dom="github.com", ip="192.30.252.201", mailfrom="noreply@github.com"),
    kind="unrelated", extra=[("List-ID", "kurobane/infra-modules <infra-modules.kurobane.github.com>")],
    text="""This issue has been automatically marked as stale because it has not had
activity in the last 30 days. It will be closed in 7 days if no further
activity occurs. Leave a comment or remove the stale label to keep it open.

--
Reply to this email directly, view it on GitHub:
https://github.com/kurobane/infra-modules/issues/88#issuecomment-2886012345
You are receiving this because you were assigned.
""")

# 005 colleague, opt-out style meeting (company, Japanese)
add("saeki-handover", frm=name("佐伯 亮", "r.saeki@kurobane-tech.co.jp"), to=ME_C,
    date="2025-05-20 17:42:05 +0900", mid_dom="outlook", cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp",
    subj="引き継ぎ資料レビューの日程", auth_res=auth(rcpt="corp", dom="kurobane-tech.co.jp", ip="40.107.74.55",
                                         mailfrom="r.saeki@kurobane-tech.co.jp"),
    kind="unrelated",
    text="""三輪さん

お疲れさまです。佐伯です。
引き継ぎ資料のレビューを 5月27日(火) 15:00-15:30 で仮押さえしました。
ご都合が悪い場合のみご返信ください。特に連絡がなければこの日程で確定とします。

会議室: 7F-B(Teams併用)

佐伯
""")

# 006 closing reminder G
add("g-close-warn", frm=TCN, to=ME_P, date="2025-05-23 09:05:31 +0000", parent="g-req",
    subj="RE:[CASE %s] %s" % (CASE_G, SUBJ_TC_CERT), auth_res=auth(),
    kind="closing_notice", reply=True, case=CASE_G, crlf=True,
    text="""Hello,

We are still waiting for the information requested on May 16 for case
%s. If we don't hear from you by May 27, this case will be closed.

To keep it open, reply to this message with the details listed in the
request below.

Thank you,
AWS Training and Certification Customer Support
%s""" % (CASE_G, outlook("AWS Training and Certification", "Friday, May 16, 2025 2:14 AM",
                         ME_P, "RE:[CASE %s] %s" % (CASE_G, SUBJ_TC_CERT), g_req_text)))

# 007 certmetrics expiry
add("cm-expiry", frm=name("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    date="2025-05-26 04:00:00 +0000", mid_dom="certmetrics.com", html_cte="quoted-printable",
    subj="Your AWS Certification expires in 90 days",
    auth_res=auth(rcpt="corp", dom="certmetrics.com", ip="168.245.12.77", mailfrom="bounce@certmetrics.com"),
    kind="certification", cands=[ID_WORK],
    html=html_wrap("""<p>Dear Aya Miwa,</p>
<p>Candidate ID: <b>%s</b></p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Certification</th><th>Expiration date</th></tr>
<tr><td>AWS Certified Developer &ndash; Associate</td><td>August 24, 2025</td></tr></table>
<p>To keep this certification active, pass the current version of the exam or a qualifying
higher-level exam before the expiration date. If you have already recertified, you can ignore this message.</p>
<p>Recertification candidates receive a 50%% discount voucher in the Benefits section of their certification account.</p>
<p>AWS Certification</p>""" % ID_WORK))

# 008 Pearson VUE reminder
add("pvue-remind", frm=name("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_C,
    date="2025-05-30 06:12:09 +0000", mid_dom="pearson.com", cte="7bit",
    subj="Appointment Reminder - AWS Certified Security - Specialty",
    auth_res=auth(rcpt="corp", dom="pearson.com", ip="198.2.180.14", mailfrom="bounces@pearson.com"),
    kind="unrelated",
    text="""Dear Aya Miwa,

This is a reminder of your upcoming exam.

Exam: SCS-C02 AWS Certified Security - Specialty
Date: Saturday, June 28, 2025, 10:00 JST
Test center: Pearson Professional Centers - Tokyo Shinjuku
Registration number: 471203968

If you need to reschedule or cancel, do so at least 24 hours before the
appointment. Changes made later than that, or a missed appointment, forfeit
the exam fee.

Pearson VUE
""")

# 009 ack A (CRLF, plain)
add("a-ack", frm=TCN, to=ME_P, date="2025-06-01 23:07:02 +0000",
    subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), auth_res=auth(), crlf=True, cte="7bit",
    kind="acknowledgement", case=CASE_A, cands=[ID_PERS, ID_WORK],
    text="""Hello,

We have opened case %s for the request you submitted through the
AWS Training and Certification contact form. We aim to respond within
24 hours.

If you already have a case open about this, please don't open another:
reply to this email instead so that everything stays together.

The details of your case are as follows:
--------------------------------------------------
Name: Aya Miwa
Contact email: aya.miwa.lab@gmail.com
Inquiry type: AWS Training and Certification
Issue type: Certification
Additional details: Account Merge
AWS Candidate ID: %s
How can we help you?
I am leaving Kurobane Technologies on June 13 and would like my
certification history and benefits moved from my work account to my
personal account. Emails I have used: a.miwa@kurobane-tech.co.jp (work,
candidate ID %s) and aya.miwa.lab@gmail.com (personal).
Email to keep on file: aya.miwa.lab@gmail.com
--------------------------------------------------

Kind regards,
AWS Training and Certification Customer Support
""" % (CASE_A, ID_PERS, ID_WORK))

# 010 ack B, Japanese, ISO-2022-JP, to company address
add("b-ack", frm=name("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_C, date="2025-06-02 00:06:20 +0000",
    subj="RE:[CASE %s] %s" % (CASE_B, SUBJ_TC), auth_res=auth(rcpt="corp"),
    cs="iso-2022-jp", cte="7bit", kind="acknowledgement", case=CASE_B, cands=[ID_WORK],
    text="""三輪 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたします。

同じ内容のケースをすでにお持ちの場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。
重複したケースがあると、対応が遅れる原因となります。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
内容: 退職に伴い、会社アカウントの認定資格を個人アカウント (aya.miwa.lab@gmail.com) に統合したいです。
(先ほど送信したフォームがエラー表示になったため、念のため再送しています)

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_B, ID_WORK))

# 011 duplicate B: will close unless told otherwise
add("b-dup-plan", frm=TCN, to=ME_C, date="2025-06-02 02:40:55 +0000", parent="b-ack",
    subj="RE: [CASE %s] %s" % (CASE_B, SUBJ_TC), auth_res=auth(rcpt="corp"),
    kind="case_update", case=CASE_B, cte="7bit",
    text="""Hi Aya,

Thanks for getting in touch. This request is the same one as case
%s, which you submitted from aya.miwa.lab@gmail.com about an hour
earlier, so we'll handle everything there.

We plan to close this case (%s) at the end of June 4, Pacific
time. You don't need to reply. If this one is actually about something
different, tell us before then and we'll keep it open.

Regards,
Priya
AWS Training and Certification
""" % (CASE_A, CASE_B))

# 012 Skill Builder receipt
add("sb-receipt", frm=name("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    date="2025-06-02 05:02:44 +0000", mid_dom="aws.training", subj="Your AWS Skill Builder receipt (Order SB-7731-0492)",
    auth_res=auth(dom="aws.training", ip="54.240.8.33", mailfrom="bounce@aws.training"), kind="unrelated",
    text="""Thank you for your purchase.

Order: SB-7731-0492
Item: AWS Skill Builder Individual subscription (monthly)
Amount: JPY 4,400 (tax included)
Billing period: June 2 - July 1, 2025

Your subscription renews automatically on July 2 unless you cancel it before
then under Account > Subscription. No action is needed to keep learning.

AWS Skill Builder
""", html=html_wrap("""<h2 style="color:#232f3e">Thank you for your purchase</h2>
<table cellpadding="4"><tr><td>Order</td><td>SB-7731-0492</td></tr>
<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>JPY 4,400 (tax included)</td></tr>
<tr><td>Billing period</td><td>June 2 &ndash; July 1, 2025</td></tr></table>
<p>Your subscription renews automatically on July 2 unless you cancel it before then under
Account &gt; Subscription. No action is needed to keep learning.</p>"""), html_cte="base64")
