"""Part 3: 2-6 June 2025 - cases A and B start."""
from gen_lib import *  # noqa: F401,F403

# 21 new employer HR (ISO-2022-JP) -----------------------------------------------
t = d(2025, 6, 2, 10, 15, 0)
txt = """小林 マリアナ 様

この度は株式会社ハコブネデータへの入社をご承諾いただき、誠にありがとうございます。
人事部の村上です。

7月1日のご入社に向けて、以下の書類を6月20日(金)までにご提出ください。
 ・雇用契約書(署名済み)
 ・年金手帳または基礎年金番号通知書の写し
 ・給与振込先届

提出は入社準備ポータル(https://portal.hakobune-data.co.jp/onboarding)からお願いいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

株式会社ハコブネデータ 人事部
村上 智子
"""
add(t, lab("unrelated", note="New employer HR asks for documents (Japanese, ISO-2022-JP) - a request, but not support"),
    rcv_gmail(t, "mail-sg2apc01on2102.outbound.protection.outlook.com", "40.107.215.102") +
    auth_gmail("hakobune-data.co.jp", "t-murakami@hakobune-data.co.jp", "40.107.215.102", sel="selector1",
               policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("村上 智子", "t-murakami@hakobune-data.co.jp", "iso-2022-jp")), ("To", addr("小林 マリアナ", ME_P, "iso-2022-jp")),
        ("Subject", hdr("【ハコブネデータ】入社手続きのご案内", "iso-2022-jp")),
        ("Message-ID", mid("hr-onboard", style="outlook")), ("Content-Language", "ja-JP")],
    leaf("text/plain", txt, "iso-2022-jp", "7bit"))

# 22 Builder ID verification code ----------------------------------------------------
t = d(2025, 6, 3, 21, 47, 33)
txt = """Hello,

Use the verification code below to confirm the email address for your AWS Builder ID.

Verification code: 583016

This code expires 30 minutes after it was sent. If you didn't try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
add(t, lab("unrelated", note="Builder ID one-time code (6 digits) - part of the process but not case mail"),
    aws_in(t, "builderid", ip="54.240.48.92", host="a48-92.smtp-out.amazonses.com", dom="signin.aws") + [
        ("From", addr("AWS", "no-reply@signin.aws")), ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address"), ("Message-ID", mid("builderid"))],
    alt(txt))

# 23 owner's own note forwarded from work to personal ---------------------------------
t = d(2025, 6, 3, 22, 30, 12)
txt = """自分用メモ(統合前の状態):
- 旧アカウント AWS03318562(会社アドレス): SAA 2028/05/30まで、CLF 2025/10/08まで
- 新アカウント AWS11904275(gmail、今日作成)
- 50%割引 1枚未使用(末尾 7Q2K、期限 2026/05/30)
- 証明書PDFはDriveに保存済み
明日フォームから統合を申請する。

________________________________
From: AWS Certification <do-not-reply@certmetrics.com>
Sent: Saturday, May 31, 2025 6:03 AM
To: 小林 マリアナ <m-kobayashi@shiosai-sys.co.jp>
Subject: Your AWS Certification benefits

Hello Mariana Kobayashi,

Candidate ID: AWS03318562

A 50% discount on your next AWS Certification exam has been added to your
account. Voucher code: AWSCERT50-XXXX-XXXX-7Q2K (valid until May 30, 2026).
Find it under Benefits after you sign in.

AWS Certification
"""
add(t, lab("user_reply", False, None, [OLD, NEW],
           note="Owner forwards a benefits mail from work to herself with notes; forwarded part repeats the old ID"),
    fwd_in(t, "note-self", "shiosai-sys.co.jp", ME_C) + [
        ("From", addr("小林 マリアナ", ME_C)), ("To", ME_P),
        ("Subject", "FW: Your AWS Certification benefits"),
        ("Message-ID", mid("note-self", style="outlook")),
        ("Thread-Topic", "Your AWS Certification benefits"),
        ("Thread-Index", "AQHb1KZ3mX0w2k8hQ0yR4pY1cV7nSg=="), ("Content-Language", "ja-JP")],
    alt(txt, cte="base64"))

# 24 Case A acknowledgement ------------------------------------------------------------
t = d(2025, 6, 4, 17, 5, 58)
txt = """Hello,

Thanks for reaching out to AWS Training and Certification. Case 174902431852716 has been created for your request.

A member of our team will get back to you. Most requests receive an answer within 24 hours, though some take longer while we look for the right solution.

To keep things moving, please don't submit another form for this same request. If you need to add something, reply to this email and keep the case number in the subject line.

The details you submitted:
Name: Mariana Kobayashi
Email: mariana.kby.cloud@gmail.com
AWS Candidate ID: AWS1190427
Inquiry type: Certification
Additional details: Account Merge
How can we help you?: Use case: I am leaving my employer (Shiosai Systems) at the end of June and would like to keep my certifications in my personal account. Please merge my old account (m-kobayashi@shiosai-sys.co.jp, candidate ID AWS03318562) into my new account. All emails I have used: m-kobayashi@shiosai-sys.co.jp, mariana.kby.cloud@gmail.com. Email to keep: mariana.kby.cloud@gmail.com.

Sincerely,
AWS Training and Certification
"""
add(t, lab("acknowledgement", False, CASE_A, [OLD],
           note="Form acknowledgement; echoed form holds a mistyped 7-digit ID (not a candidate ID) and an invitation to add details"),
    aws_in(t, "A-ack") + [
        ("From", addr("Amazon Web Services", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_A % CASE_A), ("Message-ID", mid("A-ack"))],
    alt(txt))

# 25 Case B acknowledgement (company address) ----------------------------------------
t = d(2025, 6, 4, 19, 11, 49)
txt = txt.replace(CASE_A, CASE_B).replace(
    "Email: mariana.kby.cloud@gmail.com\nAWS Candidate ID: AWS1190427",
    "Email: m-kobayashi@shiosai-sys.co.jp\nAWS Candidate ID:").split("How can we help you?:")[0] + \
    """How can we help you?: I am leaving the company, please move my AWS certifications to my private email mariana.kby.cloud@gmail.com. (I did not receive any mail after submitting this form earlier today, so I am sending it again.)

Sincerely,
AWS Training and Certification
"""
add(t, lab("acknowledgement", False, CASE_B,
           note="Second (duplicate) form from the company address; same template, different case number"),
    fwd_in(t, "B-ack", "amazon.com", ses_from("B-ack")) + [
        ("From", addr("Amazon Web Services", TC_FORM)), ("To", ME_C),
        ("Subject", SUBJ_A % CASE_B), ("Message-ID", mid("B-ack"))],
    alt(txt), crlf=True)

# 26 Case B confirmation request (wrong direction) -----------------------------------
t = d(2025, 6, 5, 2, 31, 20)
txtB = """Hello Mariana,

Thank you for contacting AWS Training and Certification.

I located two certification accounts that appear to belong to you:

Account #1
Candidate ID: AWS03318562
Login email: m-kobayashi@shiosai-sys.co.jp
Training notification email: m-kobayashi@shiosai-sys.co.jp
Certification notification email: m-kobayashi@shiosai-sys.co.jp

Account #2
Candidate ID: AWS11904275
Login email: mariana.kby.cloud@gmail.com
Training notification email: mariana.kby.cloud@gmail.com
Certification notification email: mariana.kby.cloud@gmail.com

Please confirm that both accounts are yours and that you want Account #2 merged into Account #1. After the merge, the login of the secondary account will no longer work.

Regards,
Jordan K.
AWS Training and Certification
"""
add(t, lab("confirmation_request", True, CASE_B, [OLD, NEW],
           note="Confirmation request on the duplicate case, proposing the wrong direction; sent to the company address"),
    fwd_in(t, "B-conf", "amazon.com", ses_from("B-conf")) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
        ("Subject", SUBJ_A % CASE_B), ("Message-ID", mid("B-conf")),
        ("In-Reply-To", mid("B-ack")), ("References", mid("B-ack"))],
    leaf("text/plain", txtB, "utf-8", "7bit"))

# 27 Case A info request: candidate ID incomplete -----------------------------------
t = d(2025, 6, 5, 3, 12, 2)
txtA27 = """Hi Mariana,

I'm looking into your merge request. The candidate ID you entered for your new account, AWS1190427, is one digit short, and I'd rather not guess which account you mean.

Please sign in at https://www.aws.training/certification with the Builder ID you created for your personal address and send me the ID shown in the top right corner of the page (AWS followed by eight digits). Once I have it, I'll continue with the next step.

Thanks,
Rafael M.
AWS Training and Certification
"""
add(t, lab("info_request", True, CASE_A, [],
           note="Asks for the full candidate ID; quotes the truncated 7-digit one"),
    aws_in(t, "A-info") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_A % CASE_A), ("Message-ID", mid("A-info")),
        ("In-Reply-To", mid("A-ack")), ("References", mid("A-ack"))],
    alt(txtA27))

# 28 owner's reply to A with the ID ---------------------------------------------------
t = d(2025, 6, 5, 8, 4, 51)
me28 = """Hi Rafael,

Sorry about the typo. The correct ID of my new account is AWS11904275.

I also sent the form a second time yesterday from my work address by
mistake (case 174903187640935) - please treat that one as a duplicate.
The account I want to keep is the Gmail one.

Best regards,
Mariana Kobayashi
"""
add(t, lab("user_reply", False, CASE_A, [NEW], note="Owner's Gmail reply giving the ID; also names the duplicate case number"),
    [("From", addr(ME_NAME, ME_P)), ("To", TC_FORM), ("Subject", SUBJ_A % CASE_A),
     ("Message-ID", mid("A-user1", style="gmail")), ("In-Reply-To", mid("A-info")),
     ("References", mid("A-ack") + " " + mid("A-info"))],
    alt(me28 + "\nOn Thu, Jun 5, 2025 at 3:12 AM AWS Training and Certification <%s> wrote:\n" % TC_FORM + quote(txtA27)))

# 29 AWS Summit marketing (Japanese, HTML only) ----------------------------------------
t = d(2025, 6, 5, 10, 0, 5)
html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0f1b2a;color:#fff;padding:24px">
<h1 style="margin:0;font-size:22px">AWS Summit Japan 2025</h1><p>6月25日(水)・26日(木) 幕張メッセ</p></td></tr>
<tr><td style="padding:20px">
<p>小林 様</p>
<p>セッションの事前登録はお済みですか?人気セッションは満席になる前にご登録ください。</p>
<ul><li>基調講演: 生成 AI 時代のクラウド活用</li><li>AWS 認定者ラウンジ(認定保有者限定)</li><li>Builders' Fair</li></ul>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_0605" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none">セッションを登録する</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから配信されています。配信停止は<a href="https://pages.awscloud.com/unsub">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table>""", "ja")
add(t, lab("unrelated", note="AWS marketing in Japanese, HTML only, question in the subject"),
    aws_in(t, "summit", ip="54.240.27.21", host="a27-21.smtp-out.us-west-2.amazonses.com") + [
        ("From", addr("AWS Japan", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
        ("Subject", hdr("【AWS Summit Japan】セッションの事前登録はお済みですか?")),
        ("Message-ID", mid("summit")), ("List-Unsubscribe", "<https://pages.awscloud.com/unsub?x=Mk2Q>")],
    leaf("text/html", html, "utf-8", "base64"))

# 30 Case B closed as duplicate (quotes its own confirmation request) -------------------
t = d(2025, 6, 5, 15, 44, 10)
txt = """Hello Mariana,

This case is a duplicate of case 174902431852716, which already covers the same merge request and is being handled there. I have closed this case. Please disregard the earlier message on this case asking you to confirm a merge - it was sent before the duplicate was noticed, and no merge has been made.

There is no need to reply here; any further correspondence will continue on 174902431852716.

Regards,
Mei L.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wed, 4 Jun 2025 17:31:20 +0000
To: m-kobayashi@shiosai-sys.co.jp
Subject: RE:[CASE 174903187640935] [AWS Training and Certification Form Submission] - account-assistance

""" + txtB
add(t, lab("case_update", False, CASE_B,
           note="Duplicate case closed and pointed to the main case; quotes the old confirmation request (with IDs) below"),
    fwd_in(t, "B-dup", "amazon.com", ses_from("B-dup")) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
        ("Subject", SUBJ_A % CASE_B), ("Message-ID", mid("B-dup")),
        ("In-Reply-To", mid("B-conf")), ("References", mid("B-ack") + " " + mid("B-conf"))],
    leaf("text/plain", txt, "utf-8", "quoted-printable"))
