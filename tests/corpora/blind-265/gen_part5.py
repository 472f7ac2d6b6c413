# 19-21 May 2025: partner hold, hold lifted, confirmation request.
from gen_lib import *

# 030 case A on hold (APN partner) with a question buried at the end
body = """Hello Rei,

Thank you, the reply from your personal address and the candidate IDs are what I needed.

While reviewing AWS03318245 I found that it is associated with the AWS Partner Network organization of Nishikaze Systems Co., Ltd. Certifications held in a partner-associated account count toward that partner's program requirements, so they can't be moved out while the association is active. I have asked our partner team to contact the partner's alliance lead, and this case is on hold until the association is removed. There is nothing to do on the AWS Certification side for now.

One thing that would help the partner team: are you still employed by Nishikaze Systems, and if so, what is your last working day there?

Best regards,
Daniel R.
AWS Training and Certification
"""
add(("on_hold", True, CASE_A, ["AWS03318245"]),
    recv_gmail(date("2025-05-19 01:10:37", "+0000")) + auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-19 01:10:36", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_rep1"]), ("References", " ".join([MID["a_ack"], MID["a_req"], MID["a_close"], MID["a_rep1"]]))],
    part(body, cte="qp"), key="a_hold")

# 031 Skill Builder form case acknowledgement (other program)
body = """Hello,

Thank you for contacting AWS Skill Builder. We have opened case %s. The details of your case are as follows:

Inquiry type: AWS Skill Builder
Additional details: Subscription billing
Description: My Individual subscription renewal was charged twice on May 18 (USD 29.00 x 2, order SB-8837120).

We usually reply within 24 hours. Please don't open a new case for the same issue.

AWS Skill Builder Support
""" % CASE_SB
add(("unrelated", False, CASE_SB, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Skill Builder Support", "aws-cs-skillbuilder-form@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "[CASE %s] [AWS Skill Builder Form Submission] - subscription-billing" % CASE_SB),
    ("Date", date("2025-05-19 07:36:45", "+0000")), ("Message-ID", ses_mid())],
    part(body, cte="qp"), key="sb_ack")

# 032 owner answers the buried question
body = """Hi Daniel,

Yes, I am still employed there. My last working day is May 30, 2025, and the company mailbox will be shut down that evening. I have also asked our alliance lead to remove me from the partner profile.

Thanks,
Rei

On Mon, May 19, 2025 at 10:10 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Rei,
>
> Thank you, the reply from your personal address and the candidate IDs are what I needed.
> [...]
> One thing that would help the partner team: are you still employed by Nishikaze Systems, and if so, what is your last working day there?
"""
add(("user_reply", False, CASE_A, []), [
    ("From", addr(ME_NAME, ME_GMAIL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-19 18:31:07")), ("Message-ID", gmail_mid()),
    ("In-Reply-To", MID["a_hold"]), ("References", " ".join([MID["a_ack"], MID["a_hold"]]))],
    part(body, cte="qp"), key="a_rep2")

# 033 colleague (partner alliance lead) answers, Japanese, quoting the owner
body = """岡部さん

鈴木です。
パートナーセントラルの認定者一覧から岡部さんの紐付けを外しました。
AWS側の反映には1〜2営業日かかるそうです。

最終日まであと少しですね、引き継ぎよろしくお願いします。

----
From: 岡部 怜 <okabe.rei@nishikaze-sys.co.jp>
Sent: Monday, May 19, 2025 6:40 PM
To: 鈴木 崇 <suzuki.takashi@nishikaze-sys.co.jp>
Subject: APNの認定者紐付け解除のお願い

鈴木さん
退職に伴い認定アカウントを個人側に統合したいのですが、APN側の紐付けが残っていると止まるそうです。
解除をお願いできますでしょうか。
"""
add(("unrelated", False, None, []), [
    ("From", addr("鈴木 崇", "suzuki.takashi@nishikaze-sys.co.jp")),
    ("To", addr("岡部 怜", ME_CORP)),
    ("Subject", eh("RE: APNの認定者紐付け解除のお願い")),
    ("Date", date("2025-05-20 09:48:22")), ("Message-ID", outlook_mid()),
    ("Thread-Topic", eh("APNの認定者紐付け解除のお願い")), ("Content-Language", "ja-JP")],
    part(body, cte="b64"))

# 034 phishing, Japanese, Shift_JIS, lookalike domain
body = """AWS トレーニングと認定をご利用いただきありがとうございます。

ケース 174720558800193 について、アカウント統合の最終確認が完了しておりません。
本日中に下記ページよりビルダーIDとパスワードで本人確認を行ってください。
確認が取れない場合、保有資格は無効となります。

https://aws-training-support.jp/verify/174720558800193

AWS トレーニングと認定 サポートチーム
"""
add(("suspicious", False, None, []),
    auth_gmail("aws-training-support.jp", ip="103.214.5.88", sel="mail", dmarc="pass") + [
    ("From", addr("AWS トレーニングと認定", "support@aws-training-support.jp", "shift_jis")),
    ("To", ME_GMAIL),
    ("Subject", eh("【重要】[CASE 174720558800193] アカウント統合の最終確認", "shift_jis")),
    ("Date", date("2025-05-20 11:02:45")), ("Message-ID", gen_mid("aws-training-support.jp"))],
    part(body, cs="shift_jis", cte="b64"))

# 035 Credly help desk: pending-reply reminder (other vendor)
body = """Hi Rei,

Your request #736204 "Badge not showing on my profile" is waiting for your reply. If we don't hear from you in the next 4 days it will be closed automatically. Replying to this email reopens it at any time.

Credly Support
"""
add(("unrelated", False, None, []),
    auth_gmail("credly.com", ip="216.198.0.5", sel="zendesk1") + [
    ("From", addr("Credly Support", "support@credly.com")),
    ("Reply-To", "Credly Support <support+id736204@credly.zendesk.com>"),
    ("To", ME_GMAIL),
    ("Subject", "[Credly Support] Request #736204 is awaiting your reply"),
    ("Date", date("2025-05-20 02:30:09", "+0000")),
    ("Message-ID", "<Y4KD2P7R9O_682beb59_%s_sprut@zendesk.com>" % hx(4)),
    ("In-Reply-To", MID["cr_req"])],
    part(body, cte="7bit", cs="us-ascii"))

# 036 case A: hold lifted (case_update)
body = """Hi Rei,

Good news: the partner has removed the association, so your case is no longer on hold. I am now preparing the merge and will write to you shortly with the account details for your review.

Daniel R.
AWS Training and Certification
"""
add(("case_update", False, CASE_A, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-21 00:40:55", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_rep2"]), ("References", " ".join([MID["a_ack"], MID["a_rep2"]]))],
    part(body, cte="7bit", cs="us-ascii"), key="a_upd")

# 037 case A: confirmation request, HTML only with a table
rows = [("Account #1", "AWS05260917", "rei.okabe.works@gmail.com"),
        ("Account #2", "AWS03318245", "okabe.rei@nishikaze-sys.co.jp")]
tab = "".join(
    "<tr><td colspan=2 style=\"background:#eaeded\"><b>%s</b></td></tr>"
    "<tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Login email</td><td>%s</td></tr>"
    "<tr><td>Training notification email</td><td>%s</td></tr>"
    "<tr><td>Certification notification email</td><td>%s</td></tr>" % (a, c, e, e, e) for a, c, e in rows)
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Rei,</p>
<p>I found the following accounts for you:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">%s</table>
<p>After the merge, the exam history, certifications and benefits of Account #2 will be under Account #1, and Account #2 will no longer be available for sign-in.</p>
<p>Kindly confirm that both accounts belong to you and that Account #1 is the one to keep. I will merge as soon as I have your go-ahead.</p>
<p>Best regards,<br>Daniel R.<br>AWS Training and Certification</p>
</body></html>""" % tab
add(("confirmation_request", True, CASE_A, ["AWS05260917", "AWS03318245"]),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-21 02:05:12", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_upd"]), ("References", " ".join([MID["a_ack"], MID["a_upd"]]))],
    part(html, "html", cte="qp"), key="a_conf")
