from gen_lib import *
from gen_part1 import SUBJ_A, MID_A1
from gen_part6 import MID_A7, MID_A8

# 025 AWS marketing (Japanese, HTML)
d = dt("2025-05-21 01:00:00")
mk = ("<html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\"><table width=\"640\" align=\"center\" style=\"font-family:'Hiragino Sans',Meiryo,sans-serif\">"
      "<tr><td style=\"background:#232f3e;color:#fff;padding:16px\"><b>AWS Summit Japan 2025</b></td></tr>"
      "<tr><td style=\"padding:16px\"><p>桜庭 様</p><p>AWS Summit Japan 2025 の開催まで1か月を切りました。ご登録はお済みでしょうか。</p>"
      "<p>今年は「AWS 認定」ラウンジを設け、認定保有者の方限定のノベルティをご用意しています。会場で認定のデジタルバッジをご提示ください。</p>"
      "<p><a href=\"https://aws.amazon.com/jp/summits/japan/?trk=em_8841\" style=\"background:#ff9900;color:#000;padding:10px 18px;text-decoration:none\">今すぐ登録する</a></p>"
      "<p style=\"font-size:11px;color:#888\">本メールは送信専用アドレスから配信しています。配信停止をご希望の場合は<a href=\"https://pages.awscloud.com/unsubscribe\">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p></td></tr></table></body></html>\n")
h = std(addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P, "【AWS Summit Japan 2025】ご登録はお済みですか？ 認定者ラウンジのご案内", d,
        mid("summit-jp", "marketo.org"), pre=auth_gmail("amazon.com"), extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>"])
emit(("unrelated", False, None), "AWS marketing in Japanese (HTML only) that talks about certification holders and badges.",
     h, html(mk, cte="base64"))

# 026 colleague's out-of-office auto reply
d = dt("2025-05-22 10:15:02", JST)
oo = """田中は5月22日（木）〜5月26日（月）まで休暇をいただいております。
期間中はメールを確認できませんので、お急ぎの場合は cloud-team@tsubame-sol.co.jp までご連絡ください。

I am out of the office from May 22 to May 26 with no access to email. For urgent matters please contact cloud-team@tsubame-sol.co.jp.
"""
h = std(addr("田中 亮", "r.tanaka@tsubame-sol.co.jp"), addr("桜庭 由希", ME_C), "自動応答: 引き継ぎ資料（AWS アカウント管理）について", d,
        mid("ooo-tanaka", "TYCPR01MB4410.jpnprd01.prod.outlook.com"), irt=mid("handover", "TYCPR01MB7702.jpnprd01.prod.outlook.com"),
        pre=auth_m365("tsubame-sol.co.jp", ip="10.21.4.10"), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
emit(("unrelated", False, None), "Colleague's bilingual out-of-office auto-reply to the owner's handover mail (subject mentions AWS accounts).",
     h, plain(oo, cte="base64"))

# 027 certification program mail that looks like a survey
d = dt("2025-05-23 15:30:00")
wh = """Hello Yuki,

AWS Certification wants to hear from you.

As someone who holds an active AWS Certification, you are invited to help shape future exams. Subject matter experts review exam items, take part in standard-setting workshops, and answer short job-task surveys. Participation is voluntary and you can opt out at any time.

Take the 10-minute job-task survey: https://www.certmetrics.com/amazon/survey/jta-2025

Thank you for being part of the AWS Certification community.

AWS Certification
"""
h = std('"AWS Certification" <do-not-reply@certmetrics.com>', ME_C, "AWS Certification wants to hear from you", d,
        mid("wants-hear", "certmetrics.com"), pre=auth_m365("certmetrics.com", ip="198.2.180.64"))
emit(("certification", False, None),
     "Certification program invitation to an SME job-task survey. Looks like a survey, but it is not about a support case, so certification.",
     h, plain(wh, cte="7bit"), crlf=True)

# 028 closing notice A: no answer to the voucher question
d = dt("2025-05-26 02:00:47")
cl = """Hi Yuki,

I'm following up on my message of May 20, where I asked whether the exam voucher bought by Tsubame Solutions (code ending 7Q2K) was assigned to you personally.

As we haven't heard back yet, this case will be closed automatically after 3 business days. A reply before then keeps it open, and a reply after it closes will reopen it, so the merge itself is not lost either way. If you have already answered, please disregard this message.

Thanks,
Mateo R.
AWS Training and Certification - Account Operations
"""
MID_A9 = mid("caseA-closing", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_A, d, MID_A9, irt=MID_A8, refs="%s %s %s" % (MID_A1, MID_A7, MID_A8),
        pre=auth_gmail("amazon.com"))
emit(("closing_notice", True, CASE_A),
     "Closing notice for lack of reply; repeats the open question only as a reminder ('where I asked whether...'). 'If you have already answered, please disregard' does not cancel it: the owner had not answered.",
     h, plain(cl, cte="7bit"))
CL28 = cl

# 029 owner answers (top-posted over the history)
d = dt("2025-05-26 18:12:30", JST)
a29 = """Hi Mateo,

Sorry for the slow reply. The voucher ending 7Q2K was bought by Tsubame Solutions for the team, so please leave it with the company. Everything else can be merged into Account #1.

Best regards,
Yuki

2025年5月26日(月) 11:00 Amazon Web Services <%s>:

""" % TC + quote(CL28) + "\n"
MID_A10 = "<CAJx7Qm9XbK1pW-RcF3nTz5qLh8e@mail.gmail.com>"
h = std(addr("Yuki Sakuraba", ME_P), TC, "Re: RE:" + SUBJ_A, d, MID_A10, irt=MID_A9, refs="%s %s %s" % (MID_A1, MID_A8, MID_A9))
emit(("user_reply", False, CASE_A), "Owner's top-posted answer over the closing notice.", h, plain(a29, cte="quoted-printable"))

# 030 AWS billing statement from the same no-reply sender the console cases use
d = dt("2025-05-27 01:12:09")
bl = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.82

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

AWS Account ID: 210987654321

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail address cannot accept incoming e-mails.
"""
h = std('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_P, "Amazon Web Services Billing Statement Available [Account: 210987654321]", d,
        mid("billing-0527", "email.amazonses.com"), pre=auth_gmail("amazon.com"))
emit(("unrelated", False, None),
     "Billing statement from no-reply-aws@amazon.com - the same sender and 'cannot accept incoming e-mails' footer as console case mail; 12-digit account ID is not a case number.",
     h, plain(bl, cte="7bit"))
