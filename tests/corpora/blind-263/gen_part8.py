from gen_lib import *
from gen_part1 import SUBJ_A, MID_A1
from gen_part5 import C20, MID_A6
from gen_part7 import MID_A9, MID_A10

# 031 resolved A, quoting the owner's answer and, nested below it, the old confirmation request
d = dt("2025-05-27 04:40:26")
r31 = """Hi Yuki,

Thank you for the quick answer. I have merged Account #2 into Account #1. Your exam history, certifications and the 50%% discount benefit are now on Account #1 (candidate ID %s), and the Tsubame Solutions voucher stayed with the company as you asked. Account #2 has been deactivated.

Your June 21 appointment is held by Pearson VUE and should show on Account #1 within a day or two.

I am marking this case as resolved. If anything looks wrong, reply to this email and the case will reopen.

Kind regards,
Mateo R.
AWS Training and Certification - Account Operations

On May 26, 2025, at 09:12, Yuki Sakuraba <%s> wrote:
> Hi Mateo,
>
> Sorry for the slow reply. The voucher ending 7Q2K was bought by Tsubame Solutions
> for the team, so please leave it with the company. Everything else can be merged
> into Account #1.
>
> Best regards,
> Yuki
>
> On May 19, 2025, at 10:00, Amazon Web Services <%s> wrote:
""" % (CID_NEW, ME_P, TC) + quote(quote(C20), "> ") + "\n"
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_A, d, mid("caseA-merged", "c2-cs.amazon.com"),
        irt=MID_A10, refs="%s %s %s %s" % (MID_A1, MID_A6, MID_A9, MID_A10), pre=auth_gmail("amazon.com"))
emit(("resolved", False, CASE_A, [CID_NEW]),
     "Merge done. Quotes the owner's answer and, nested ('> >'), the old Account #1/#2 confirmation question with both IDs; only the new ID is in new text. 'Reply... and the case will reopen' is conditional.",
     h, alt(plain(r31, cte="quoted-printable"), html("<html><body><pre style=\"font-family:Arial;white-space:pre-wrap\">%s</pre></body></html>\n" % r31.replace("<", "&lt;").replace(">", "&gt;"), cte="quoted-printable"), "r31"))

# 032 Credly badge
d = dt("2025-05-27 04:52:11")
bd = ("<html><body style=\"font-family:Helvetica,Arial\"><table width=\"600\" align=\"center\"><tr><td>"
      "<img src=\"https://images.credly.com/images/logo.png\" alt=\"Credly\" width=\"90\">"
      "<h2>Congratulations, Yuki!</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p>"
      "<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>"
      "<p><a href=\"https://www.credly.com/earner/earned/badge/5e1c7a0b-93f2-4d0e-b1c8-6a2f30d9e771\" style=\"background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none\">Accept your badge</a></p>"
      "<p>Share it on LinkedIn or add it to your email signature to show what you have achieved.</p>"
      "<p style=\"font-size:11px;color:#888\">Credly, Inc. &middot; You received this email because an organization issued you a badge.</p></td></tr></table></body></html>\n")
h = std('"Credly" <admin@credly.com>', ME_P, "Amazon Web Services Training and Certification sent you a new badge", d,
        mid("credly-saa", "credly.com"), pre=auth_gmail("credly.com", ip="167.89.12.3"))
emit(("badge", False, None), "Credly badge issued right after the merge (badge UUID in a link, HTML only).", h, html(bd, cte="quoted-printable"))

# 033 survey for case A
d = dt("2025-05-27 06:03:40")
sv = """Hello,

Your AWS Training and Certification case %s was recently resolved. Would you take a minute to tell us how we did?

How satisfied were you with the support you received?
  Very satisfied:     https://survey.aws.training/s/8f2c?case=%s&r=5
  Satisfied:          https://survey.aws.training/s/8f2c?case=%s&r=4
  Neutral:            https://survey.aws.training/s/8f2c?case=%s&r=3
  Dissatisfied:       https://survey.aws.training/s/8f2c?case=%s&r=2
  Very dissatisfied:  https://survey.aws.training/s/8f2c?case=%s&r=1

Your answers help us improve. This survey link expires in 14 days.

AWS Training and Certification
""" % ((CASE_A,) * 6)
h = std('"AWS Training and Certification" <aws-tc-survey@amazon.com>', ME_P, "How did we do? Your case %s" % CASE_A, d,
        mid("caseA-survey", "email.amazonses.com"), pre=auth_gmail("amazon.com"))
emit(("survey", False, CASE_A), "Satisfaction survey for case A with a question ('How satisfied were you...?') that does not need a reply.", h, plain(sv, cte="7bit"))

# 034 owner's memo to self (Japanese)
d = dt("2025-05-27 22:05:18", JST)
memo = """統合後チェック（ケース %s）

旧: %s（会社）→ 新: %s（個人）
・試験履歴 OK
・取得済み認定 OK（SAA, SCS）
・Credly バッジ受け取り済み
・特典：50%%割引が新アカウントに見当たらない？ → 数日待って出なければ問い合わせ
・6/21 DVA の試験予約が新アカウントに出てこない → こちらも要確認
""" % (CASE_A, CID_OLD, CID_NEW)
h = std(addr("Yuki Sakuraba", ME_P), ME_P, "メモ：AWS認定 統合後チェック", d, "<CAJx7Qm8eT2wLp-Vd0sK4mNzRb6f@mail.gmail.com>",
        pre=auth_gmail("gmail.com", sel="20230601", ip="209.85.220.41"))
emit(("user_reply", False, CASE_A, [CID_OLD, CID_NEW]),
     "Owner's note to self (personal to personal) after the merge, with the case number and both candidate IDs; sets up cases B and C.",
     h, plain(memo, cte="base64"))

# 035 fake Credly (lookalike domain)
d = dt("2025-05-28 13:20:55")
fk = ("<html><body><p>Hi Yuki,</p><p>We detected a problem with the AWS badge recently issued to you. Because your AWS Certification accounts were merged, "
      "the badge will be <b>revoked within 48 hours</b> unless you verify your identity.</p>"
      "<p><a href=\"https://credly-badges.net/verify/login?u=yuki\">Verify with your AWS Builder ID</a></p><p>Credly Support</p></body></html>\n")
h = std('"Credly" <admin@credly-badges.net>', ME_P, "Action needed: your AWS badge will be revoked", d, mid("fake-credly", "credly-badges.net"),
        pre=auth_gmail("credly-badges.net", ip="45.134.26.77"))
emit(("suspicious", False, None), "Fake Credly mail from a lookalike domain that knows about the merge and asks for Builder ID credentials.",
     h, html(fk, cte="7bit"))

# 036 manager's reply to the owner's farewell mail
d = dt("2025-05-30 18:22:09", JST)
fw36 = """桜庭さん

長い間お疲れさまでした。新しい職場でのご活躍を期待しています。
個人アドレスも控えておきました。また勉強会などで会いましょう。

山口

From: 桜庭 由希 <%s>
Sent: Friday, May 30, 2025 5:45 PM
To: all-staff@tsubame-sol.co.jp
Subject: 退職のご挨拶

皆さま

本日をもちまして退職いたします。これまで本当にありがとうございました。
今後のご連絡は %s までお願いします。

桜庭 由希
""" % (ME_C, ME_P)
h = std(addr("山口 誠", "m.yamaguchi@tsubame-sol.co.jp"), addr("桜庭 由希", ME_C), "RE: 退職のご挨拶", d,
        mid("yamaguchi", "TYCPR01MB3321.jpnprd01.prod.outlook.com"), pre=auth_m365("tsubame-sol.co.jp", ip="10.21.4.12"))
emit(("unrelated", False, None), "Manager's reply to the owner's farewell mail (quotes the owner's own mail). Not written by the owner and not AWS.",
     h, plain(fw36, charset="iso-2022-jp", cte="7bit"))

# 037 bounce: the company mailbox is gone
d = dt("2025-06-02 00:41:07")
bn = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % ME_C
dsn = "Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 02 Jun 2025 09:40:58 +0900\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n" % ME_C
rh = "From: Yuki Sakuraba <%s>\nTo: %s\nSubject: test\nDate: Mon, 2 Jun 2025 09:40:58 +0900\n" % (ME_P, ME_C)
parts = [plain(bn, cte="7bit"), (["Content-Type: message/delivery-status"], dsn.encode()), (["Content-Type: text/rfc822-headers"], rh.encode())]
ph, pb = multi("report", parts, "dsn")
ph[0] = ph[0].replace("multipart/report;", "multipart/report; report-type=delivery-status;")
h = std('"Mail Delivery Subsystem" <mailer-daemon@googlemail.com>', ME_P, "Delivery Status Notification (Failure)", d,
        mid("dsn-0602", "mx.google.com"), extra=["Auto-Submitted: auto-replied"])
emit(("unrelated", False, None), "Bounce: the owner's test mail to the closed company address (multipart/report).", h, (ph, pb))
