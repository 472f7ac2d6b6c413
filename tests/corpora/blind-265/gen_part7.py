# 24 May - 2 June 2025: survey, reopened case A (voucher), Japanese exchange.
from gen_lib import *

# out-of-office auto-reply from the colleague to the owner's forward (carries the case tag)
body = """鈴木は 5/23(金)午後〜5/26(月) 不在にしております。
5/27(火) 以降に順次ご返信いたします。
お急ぎの場合はアライアンス推進室 alliance@nishikaze-sys.co.jp までご連絡ください。

I am out of the office until May 26 and will reply when I return.
"""
add(("unrelated", False, None, []), auth_gmail("nishikaze-sys.co.jp", ip="40.107.74.61", sel="selector1") + [
    ("From", addr("鈴木 崇", "suzuki.takashi@nishikaze-sys.co.jp")),
    ("To", addr(ME_NAME, ME_GMAIL)),
    ("Subject", eh("自動応答: Fwd: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ))),
    ("Date", date("2025-05-23 17:02:51")), ("Message-ID", outlook_mid()),
    ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    part(body, cte="b64"))

# 047 survey on case A
html = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID %s) has been resolved. How satisfied were you with the support you received?</p>
<table><tr>%s</tr></table>
<p>The survey takes less than a minute. Your feedback is optional and helps us improve.</p>
<p>AWS Training and Certification</p></body></html>""" % (CASE_A, "".join(
    "<td><a href=\"https://survey.aws.amazon.com/tc?case=%s&amp;r=%d\">%d</a></td>" % (CASE_A, i, i) for i in range(1, 6)))
add(("survey", False, CASE_A, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "How did we do? Tell us about case %s" % CASE_A),
    ("Date", date("2025-05-24 01:00:31", "+0000")), ("Message-ID", ses_mid())],
    part(html, "html", cte="qp"))

# 048 Credly help desk: request closed (other vendor)
body = """Hi Rei,

We see the AWS Certified Solutions Architect - Professional badge was issued to rei.okabe.works@gmail.com on May 23, so we are closing request #736204. If you need anything else, reply to this email and the request will be reopened.

Credly Support
"""
add(("unrelated", False, None, []),
    auth_gmail("credly.com", ip="216.198.0.5", sel="zendesk1") + [
    ("From", addr("Credly Support", "support@credly.com")),
    ("To", ME_GMAIL),
    ("Subject", "[Credly Support] Request #736204 has been closed"),
    ("Date", date("2025-05-25 02:30:44", "+0000")),
    ("Message-ID", "<Y4KD2P7R9O_68327f64_%s_sprut@zendesk.com>" % hx(4))],
    part(body, cte="7bit", cs="us-ascii"))

# 049 owner reports the missing voucher on case A
body = """Hi Daniel,

Thanks for the merge. Exam history and both certifications show up on AWS05260917 now, but the 50% exam discount voucher that was on the company account is not listed under Benefits. Could you check it?

Rei

On Fri, May 23, 2025 at 3:48 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Thank you for confirming. I have successfully merged Account #2 into Account #1. [...]
> If anything looks wrong, reply to this message and I will take another look.
"""
add(("user_reply", False, CASE_A, ["AWS05260917"]), [
    ("From", addr(ME_NAME, ME_GMAIL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-26 09:30:12")), ("Message-ID", gmail_mid()),
    ("In-Reply-To", MID["a_done"]), ("References", " ".join([MID["a_ack"], MID["a_done"]]))],
    part(body, cte="qp"), key="a_rep4")

# 050 case A reopened, passed to another team (case_update)
body = """Hello Rei,

I have reopened your case and passed it to our benefits team, who can restore vouchers after a merge. They will contact you directly; you don't need to open a new case.

Daniel R.
AWS Training and Certification
"""
add(("case_update", False, CASE_A, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-26 03:02:50", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_rep4"]), ("References", " ".join([MID["a_ack"], MID["a_rep4"]]))],
    part(body, cte="7bit", cs="us-ascii"), key="a_reopen")

# 051 phishing: Credly lookalike
html = """<html><body><p>Dear Earner,</p>
<p>We detected a duplicate record for your <b>Amazon Web Services</b> badges after a recent account change. Your badges will be <b>revoked in 48 hours</b> unless you re-verify your Credly login.</p>
<p><a href="https://credly-verify.com/login?next=badges">Re-verify now</a></p>
<p>Credly Trust &amp; Safety</p></body></html>"""
add(("suspicious", False, None, []),
    auth_gmail("credly-verify.com", ip="89.117.62.9", sel="k1") + [
    ("From", addr("Credly", "admin@credly-verify.com")),
    ("To", ME_GMAIL),
    ("Subject", "Action required: your badges will be revoked"),
    ("Date", date("2025-05-27 08:14:00", "+0000")), ("Message-ID", gen_mid("credly-verify.com"))],
    part(html, "html", cte="b64"))

# 052 case A: benefits team asks in Japanese (ISO-2022-JP)
body = """岡部 怜 様

AWS トレーニングと認定の佐藤と申します。
アカウント統合後に割引バウチャーが表示されない件、確認いたしました。

旧アカウント（AWS03318245）の特典記録を調査しておりますが、バウチャーの特定に至っておりません。
恐れ入りますが、旧アカウントで表示されていたバウチャーコード、または特典ページのスクリーンショットをお送りいただけますでしょうか。
あわせて、有効期限が分かりましたらご教示くださいますようお願いいたします。

何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定
"""
add(("info_request", True, CASE_A, ["AWS03318245"]),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-28 01:00:09", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_reopen"]), ("References", " ".join([MID["a_ack"], MID["a_reopen"]]))],
    part(body, cs="iso-2022-jp", cte="7bit"), key="a_jreq")

# 053 AWS Educate: will close if no reply (other program -> unrelated)
body = """Hello Rei,

We haven't received the information requested on May 22. If we don't hear from you within 5 days, this case will be closed. You can reopen it by replying to this email.

AWS Educate Support
"""
add(("unrelated", False, CASE_EDU, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU),
    ("Date", date("2025-05-28 02:00:41", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["edu_req"])],
    part(body, cte="qp"))

# 054 owner replies in Japanese (ISO-2022-JP), quote with 「より:」
body = """佐藤様

ご連絡ありがとうございます。岡部です。
退職前に控えておいたバウチャー情報をお送りします。

バウチャーコード: CERT50-7KQ2-M9XD
有効期限: 2025年11月30日

よろしくお願いいたします。

2025年5月28日(水) 10:00 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 恐れ入りますが、旧アカウントで表示されていたバウチャーコード、または特典ページのスクリーンショットをお送りいただけますでしょうか。
"""
add(("user_reply", False, CASE_A, []), [
    ("From", addr(ME_NAME, ME_GMAIL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-28 21:05:33")), ("Message-ID", gmail_mid()),
    ("In-Reply-To", MID["a_jreq"]), ("References", " ".join([MID["a_ack"], MID["a_jreq"]]))],
    part(body, cs="iso-2022-jp", cte="7bit"), key="a_rep5")

# 055 Skill Builder case resolved (other program)
body = """Hello Rei,

We confirmed the duplicate renewal charge on order SB-8837120 and refunded USD 29.00 to your card ending 4417. Refunds take 3-5 business days to appear. No further action is required on your part.

If you have any other questions, feel free to reply to this email.

AWS Skill Builder Support
"""
add(("unrelated", False, CASE_SB, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Skill Builder Support", "aws-cs-skillbuilder-form@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] [AWS Skill Builder Form Submission] - subscription-billing" % CASE_SB),
    ("Date", date("2025-05-29 04:44:17", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["sb_ack"])],
    part(body, cte="qp"))

# 056 manager's farewell mail (company, Japanese)
body = """各位

本日をもって岡部さんが退職されます。
5年間、クラウド案件の立ち上げや AWS 認定の社内勉強会でお世話になりました。
新天地でのご活躍をお祈りしています。

クラウドインテグレーション部　部長　高橋
"""
add(("unrelated", False, None, []), [
    ("From", addr("高橋 誠", "takahashi.makoto@nishikaze-sys.co.jp")),
    ("To", "cloud-dept@nishikaze-sys.co.jp"),
    ("Cc", addr("岡部 怜", ME_CORP)),
    ("Subject", eh("岡部さん退職のお知らせ")),
    ("Date", date("2025-05-30 09:15:00")), ("Message-ID", outlook_mid()),
    ("Content-Language", "ja-JP")],
    part(body, cte="qp"))
