# Part 3: confirmation, closing notice, merge, badges, survey (June 12 - 17, 2025).
from gen_lib import *

TCN = addr("AWS Training and Certification", TC)
MEP = addr(ME_NAME, ME_P)
MEC = addr("Haruka Mizuno", ME_C)
SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
G_OK = auth_google("amazon.com", spf_dom="amazonses.com")

LISTING = """Account #1
  Candidate ID: %s
  Login email: haruka.mizuno.cloud@gmail.com
  Training notification email: haruka.mizuno.cloud@gmail.com
  Certification notification email: haruka.mizuno.cloud@gmail.com

Account #2
  Candidate ID: %s
  Login email: h-mizuno@tsubame-tech.co.jp
  Training notification email: h-mizuno@tsubame-tech.co.jp
  Certification notification email: h-mizuno@tsubame-tech.co.jp""" % (NEW_CAND, OLD_CAND)

# 28 ---------------------------------------------------------------- confirmation request (multipart, table)
t = """Hello Haruka,

Thank you for writing from your personal address. I located the following certification accounts:

%s

Once merged, Account #2 is closed and its exam history, certifications and benefits move to the account
you keep. Kindly confirm that both accounts belong to you and that Account #1 is the one to keep.

Regards,
Aiko T.
AWS Training and Certification | Account Services

On Tue, Jun 10, 2025, Haruka Mizuno wrote:
> Hello Aiko,
> I am writing from haruka.mizuno.cloud@gmail.com as requested. This is the account I want to keep;
> please merge my company certification account into it.
""" % LISTING
rows = ""
for n, c, e in (("1", NEW_CAND, ME_P), ("2", OLD_CAND, ME_C)):
    rows += ("<tr><td rowspan=4 style='border:1px solid #ccc'><b>Account #%s</b></td><td style='border:1px solid #ccc'>Candidate ID</td><td style='border:1px solid #ccc'>%s</td></tr>"
             "<tr><td style='border:1px solid #ccc'>Login email</td><td style='border:1px solid #ccc'>%s</td></tr>"
             "<tr><td style='border:1px solid #ccc'>Training notification email</td><td style='border:1px solid #ccc'>%s</td></tr>"
             "<tr><td style='border:1px solid #ccc'>Certification notification email</td><td style='border:1px solid #ccc'>%s</td></tr>") % (n, c, e, e, e)
hh = """<html><body style="font-family:Arial;font-size:14px"><p>Hello Haruka,</p>
<p>Thank you for writing from your personal address. I located the following certification accounts:</p>
<table style="border-collapse:collapse">%s</table>
<p>Once merged, Account #2 is closed and its exam history, certifications and benefits move to the account you keep.
Kindly confirm that both accounts belong to you and that Account #1 is the one to keep.</p>
<p>Regards,<br>Aiko T.<br>AWS Training and Certification | Account Services</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">On Tue, Jun 10, 2025, Haruka Mizuno wrote:<br>
Hello Aiko,<br>I am writing from haruka.mizuno.cloud@gmail.com as requested. This is the account I want to keep;
please merge my company certification account into it.</blockquote></body></html>""" % rows
add("A_confirm", date_=date("2025-06-12 15:20:37"), frm=TCN, to=MEP, subject="RE: " + SUBJ_A, body=alt(t, hh, key="aconf"),
    irt="A_user2", refs=["A_ack", "A_addr", "A_user2"], auth=G_OK,
    label=L("confirmation_request", True, CASE_A, [NEW_CAND, OLD_CAND]))

# 29 ---------------------------------------------------------------- colleague out-of-office
t = """Thank you for your email. I am out of the office until June 16 with limited access to e-mail.
For urgent matters please contact cloud-team@tsubame-tech.co.jp.

お問い合わせありがとうございます。6月16日まで不在にしております。
お急ぎの場合は cloud-team@tsubame-tech.co.jp までご連絡ください。

Shota Tamura
"""
add("ooo", date_=date("2025-06-12 16:02:00"), frm=addr("Shota Tamura", "s-tamura@tsubame-tech.co.jp"), to=MEC,
    subject="自動応答: Route 53 移管の担当について", body=plain(t, cte="base64"), mid_dom="outlook", crlf=True,
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], label=L("unrelated"))

# 30 ---------------------------------------------------------------- real sender address, DMARC fail
t = """Hello,

To finish merging your certification accounts we need you to confirm the merge in our secure portal.
Sign in with the email and password of BOTH accounts so that we can match the records:

https://aws-training-merge-portal.net/confirm?case=%s

Requests not confirmed within 48 hours are cancelled and the accounts are locked.

AWS Training and Certification Customer Service
""" % CASE_A
add("phish2", date_=date("2025-06-13 04:51:09"), frm=TCN, to=ME_P, subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
    body=plain(t), mid_dom="mail-relay-48.com", auth=auth_google("amazon.com", ok=False, spf_dom="mail-relay-48.com", ip="45.95.168.201"),
    reply_to="aws-merge-desk@mail-relay-48.com", label=L("suspicious"))

# 31 ---------------------------------------------------------------- newsletter (html only, base64)
hh = """<html><body><h2>週刊クラウドニュース #318</h2>
<ul><li>AWS、東京リージョンで新しいインスタンスファミリーを提供開始</li>
<li>特集: 転職時に忘れがちな「資格アカウント」の移行チェックリスト</li>
<li>イベント: JAWS-UG 東京 6月勉強会（参加登録受付中）</li></ul>
<p>ご意見・ご感想は本メールに返信してお寄せください。</p>
<p style="font-size:11px">配信停止: https://cloudnews.example.jp/unsub</p></body></html>"""
add("news1", date_=date("2025-06-14 07:00:00"), frm=addr("週刊クラウドニュース", "newsletter@cloudnews.example.jp"), to=ME_P,
    subject="週刊クラウドニュース #318 転職時の資格アカウント移行チェックリスト", body=html(hh, cte="base64"), mid_dom="cloudnews.example.jp",
    extra=["List-Unsubscribe: <https://cloudnews.example.jp/unsub>", "Precedence: bulk"], label=L("unrelated"))

# 32 ---------------------------------------------------------------- closing notice (CRLF)
t = """Dear Haruka,

We wrote to you on June 12 about case %s and have not yet heard back.

If we do not receive your reply within 72 hours, this case will be closed automatically.
Responding to this email will keep the case open, and you can also answer after closure:
your reply will reopen it.

For reference, we are waiting for your confirmation of the merge described in our previous message.

Best regards,
AWS Training and Certification Customer Service
""" % CASE_A
add("A_close", date_=date("2025-06-15 09:00:12"), frm=TCN, to=MEP, subject="RE: " + SUBJ_A, body=plain(t), crlf=True,
    irt="A_confirm", refs=["A_ack", "A_user2", "A_confirm"], auth=G_OK, label=L("closing_notice", True, CASE_A))

# 33 ---------------------------------------------------------------- user confirms (top-post over long quote)
t = """Confirmed. Please merge into Account #1 (%s). Both accounts are mine.
Sorry for the late reply.

Haruka

2025年6月15日(日) 9:00 AWS Training and Certification <%s>:
%s
>
> 2025年6月12日(木) 15:20 AWS Training and Certification <%s>:
%s
""" % (NEW_CAND, TC, quote("""Dear Haruka,

We wrote to you on June 12 about case %s and have not yet heard back.
If we do not receive your reply within 72 hours, this case will be closed automatically.""" % CASE_A),
       TC, quote(quote("Hello Haruka,\n\nThank you for writing from your personal address. I located the following certification accounts:\n\n" + LISTING + "\n\nKindly confirm that both accounts belong to you and that Account #1 is the one to keep.")))
add("A_user3", date_=date("2025-06-15 11:47:55"), frm=MEP, to=TCN, subject="Re: RE: " + SUBJ_A, body=plain(t, cte="quoted-printable"),
    mid_dom="gmail", irt="A_close", refs=["A_ack", "A_confirm", "A_close"], label=L("user_reply", False, CASE_A, [NEW_CAND]))

# 34 ---------------------------------------------------------------- resolved, old request quoted below
t = """Hello Haruka,

Thank you for confirming. I have merged Account #2 into Account #1 (%s). Your exam history,
active certifications and benefits now appear under haruka.mizuno.cloud@gmail.com. It can take up
to 48 hours for Credly to show the badges on the surviving account.

If there is anything else we can help with, reply to this email.

Regards,
Aiko T.
AWS Training and Certification | Account Services

----- Original message -----
> Confirmed. Please merge into Account #1. Both accounts are mine.
>
> ----- Original message -----
%s
""" % (NEW_CAND, quote("Kindly confirm that both accounts belong to you and that Account #1 is the one to keep.\n\n" + LISTING))
add("A_done", date_=date("2025-06-15 14:03:29"), frm=TCN, to=MEP, subject="RE: " + SUBJ_A, body=plain(t),
    irt="A_user3", refs=["A_ack", "A_confirm", "A_close", "A_user3"], auth=G_OK, label=L("resolved", False, CASE_A, [NEW_CAND]))

# 35 ---------------------------------------------------------------- Credly badge
hh = """<html><body style="font-family:Helvetica,Arial"><table width="600" align="center"><tr><td>
<h2>Haruka, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/6f1c2a9e-43b7-4e0d-9a11-b2c47e5d8f03/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p>Share it on LinkedIn and let employers verify your skills.</p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; You received this because an organization issued you a badge.</p></td></tr></table></body></html>"""
add("credly1", date_=date("2025-06-15 14:20:44", "+0000"), frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Haruka, you've earned a badge from Amazon Web Services Training and Certification", body=html(hh, cte="quoted-printable"),
    mid_dom="credly.com", auth=auth_google("credly.com", ip="149.72.123.8"), label=L("badge"))

# 36 ---------------------------------------------------------------- survey for case A
t = """Hello,

Your case %s was recently marked as resolved. How satisfied were you with the support you received?

  Very satisfied      https://aws-tc-feedback.amazon.com/s?c=%s&r=5
  Satisfied           https://aws-tc-feedback.amazon.com/s?c=%s&r=4
  Neutral             https://aws-tc-feedback.amazon.com/s?c=%s&r=3
  Dissatisfied        https://aws-tc-feedback.amazon.com/s?c=%s&r=2

You don't need to reply to this message. Answers go straight to the team that handled your case.

AWS Training and Certification
""" % ((CASE_A,) * 5)
add("A_survey", date_=date("2025-06-16 10:00:00"), frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
    subject="How did we do? Case %s" % CASE_A, body=plain(t), auth=G_OK, label=L("survey", False, CASE_A))

# 37 ---------------------------------------------------------------- old acclaim domain reminder
t = """Hi Haruka,

You have a badge waiting: AWS Certified Solutions Architect - Associate
Issued by Amazon Web Services Training and Certification

Accept it to display it on your profile: https://www.youracclaim.com/badges/a3d92e10-7b55-4c8e-8e61-0f2d9b4471aa

Credly
"""
add("credly2", date_=date("2025-06-16 22:09:31", "+0000"), frm=addr("Credly", "admin@youracclaim.com"), to=ME_P,
    subject="Reminder: accept your AWS Certified Solutions Architect - Associate badge", body=plain(t),
    mid_dom="youracclaim.com", auth=auth_google("youracclaim.com", ip="149.72.123.9"), label=L("badge"))

# 38 ---------------------------------------------------------------- user forwards result to former colleague (ja)
t = """田村さん

アドバイスありがとうございました。おかげさまで退職前に認定アカウントの統合が完了しました。
APN の件は結局パートナー管理者の解除待ちで 5 日ほどかかりました。参考までに転送します。

水野

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年6月15日(日) 14:03
Subject: RE: %s
To: Haruka Mizuno <%s>

Hello Haruka,

Thank you for confirming. I have merged Account #2 into Account #1 (%s). [...]
""" % (TC, SUBJ_A, ME_P, NEW_CAND)
add("A_fwd2", date_=date("2025-06-16 20:31:18"), frm=MEP, to=addr("", "s-tamura@tsubame-tech.co.jp"), subject="Fwd: RE: " + SUBJ_A,
    body=plain(t, cte="base64"), mid_dom="gmail", label=L("user_reply", False, CASE_A))
