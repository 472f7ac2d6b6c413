from common import *

# 001 colleague (HR) - ISO-2022-JP, internal
T001 = """長谷川さん

お疲れさまです。総務部の田中です。
3月31日付でのご退職に伴うお手続きについて、ご案内いたします。

・社用メールアカウント（n-hasegawa@kitamura-lg.co.jp）は3月31日18時に停止します。
・停止後は転送設定もできませんので、私的な連絡先の変更はお早めにお済ませください。
・会社のアドレスで登録している外部サービス（研修サイト、資格の管理サイト等）は、
　必要に応じてご自身で登録先の変更をお願いします。
・健康保険証・社員証は最終出社日にご返却ください。

ご不明点は内線 2214 までどうぞ。

総務部　田中 美保
"""
add("001", ("unrelated", False, None, []), addr("田中 美保", "m-tanaka@kitamura-lg.co.jp", "iso-2022-jp"), MEC,
    "【総務】ご退職に伴うお手続きのご案内", when("2025-03-03 09:12:40"), mid("m001", "kitamura-lg.co.jp"),
    leaf(T001, charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp",
    post=[("X-Mailer", "Microsoft Outlook 16.0")])

# 002 owner's note to self, company -> personal
T002 = """自分用メモ（なくさないように個人のGmailに送っておく）

■AWSの資格のアカウント（会社のメールで作ったもの）
　候補ID：AWS04417263
　ログイン：n-hasegawa@kitamura-lg.co.jp
■持っている資格
　AWS Certified Cloud Practitioner（2022年6月10日合格、2025年6月10日まで有効）
　→ 証明書のPDFはダウンロードしてUSBとGoogleドライブに保存した
■特典
　次の試験50%割引のバウチャー（まだ使っていない！）
■3月15日にAI Practitionerを受ける予定（会社のお金で申し込み済み）

心配なこと：
・会社がAWSのパートナー（APN？）らしく、パートナーの方にも資格が登録されているみたい。
　これが関係あるのかわからない。
・3/31でこのメールが使えなくなるので、それまでに個人のアカウントに移さないといけない。
・ブログを見ると「アカウントの統合」を申し込むらしい。英語でやりとり…できるかな。
"""
H002 = html_page("<div>" + T002.replace("\n", "<br>\n") + "</div>", "font-family:'Yu Gothic',sans-serif;font-size:11pt")
add("002", ("user_reply", False, None, [ID_OLD]), MEC, ME, "自分用メモ：AWSの資格のこと",
    when("2025-03-03 12:40:11"), omid("m002"), alt(T002, H002, "_000_TYCPR01MB0002memo_", cte="base64"),
    pre=[("Authentication-Results", gm_auth("kitamura-lg.co.jp", ip="40.107.74.61", mailfrom=ME_C))],
    post=[("Thread-Topic", h("自分用メモ：AWSの資格のこと")), ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")])

# 003 Builder ID verification code
T003 = """Verify your AWS Builder ID email address

Hello,

Use the following verification code to finish creating your AWS Builder ID:

    583019

This code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
H003 = html_page('<h2>Verify your AWS Builder ID email address</h2><p>Use the following verification code to finish creating your AWS Builder ID:</p>'
                 '<p style="font-size:28px;font-weight:bold;letter-spacing:4px">583019</p><p>This code expires in 10 minutes.</p>')
add("003", ("unrelated", False, None, []), addr("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", when("2025-03-04 05:31:02"), ses_mid("m003"),
    alt(T003, H003, "----=_Part_44210_1399876.1741033862"),
    pre=[("Authentication-Results", gm_auth("signin.aws"))])

# 004 CertMetrics: new certification account
T004 = """Welcome to your AWS Certification Account

Hi Noriko,

Your AWS Certification Account has been created. Your candidate ID is AWS11290584.
Keep this ID handy; you'll need it when you schedule exams or contact us.

Sign in any time at https://www.aws.training/certification to schedule an exam, view your
exam history and download certificates.

AWS Training and Certification
"""
add("004", ("certification", False, None, [ID_NEW]), CERTM, ME_P, "Welcome to your AWS Certification Account",
    when("2025-03-04 05:44:37"), mid("m004", "certmetrics.com"), leaf(T004, cte="7bit", charset="us-ascii"),
    pre=[("Authentication-Results", gm_auth("certmetrics.com", ip="168.245.12.7"))])

# 005 acknowledgement, case A
T005 = """Hello,

We've received your message and created case %s for it.

A member of our team normally replies within one business day. Some requests take longer
because we need to look into them further, and we appreciate your patience.

To avoid delays, please do not send the same request again through the contact form. If you
want to add something, reply to this email and it will be attached to the case.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Name: Noriko Hasegawa
Email: noriko.hasegawa.79@gmail.com
AWS candidate ID: AWS04417263

How can we help you?
Hello. I am leaving my company (Kitamura Logistics) at the end of March and I am very worried
that I will lose my AWS certification. My old account was made with my company email
n-hasegawa@kitamura-lg.co.jp. Today I made a new account with my personal email
noriko.hasegawa.79@gmail.com, I think the new number is AWS11290584. Please move everything
(Cloud Practitioner, my exam history and the 50%% voucher) to my personal account. Please keep
noriko.hasegawa.79@gmail.com. Thank you very much.

Sincerely,
Amazon Web Services
""" % CA
add("005", ("acknowledgement", False, CA, [ID_OLD, ID_NEW]), TCA, ME_P, SUBJ_A,
    when("2025-03-03 20:54:09", UTC), MID["a_ack"],
    alt(T005, html_page(paras(T005)), "----=_Part_1180_7721.1741035249"),
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="0100019560a1@email.amazonses.com"))])

# 006 acknowledgement, duplicate case B (Japanese template)
T006 = """AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせをケース %s として受け付けました。
担当者より通常1営業日以内にご連絡いたしますが、内容により調査にお時間をいただく場合がございます。

同じ内容のお問い合わせで既にケースをお持ちの場合は、新しいケースを作成せず、
お手元のケースのメールにご返信ください。ケースが重複すると、ご回答が遅れる原因となります。

■お問い合わせ内容
お問い合わせタイプ：AWS トレーニングと認定
その他の詳細：アカウントの統合
AWS 候補 ID：AWS04417263

昨日も同じフォームから送りましたが、返事のメールが見当たらず心配になったのでもう一度送ります。
会社のメールアドレスのアカウントを、個人のGmail（noriko.hasegawa.79@gmail.com）のアカウントに
まとめたいです。3月末で退職するので、それまでにお願いしたいです。よろしくお願いいたします。

Amazon Web Services
""" % CB
add("006", ("acknowledgement", False, CB, [ID_OLD]), TCA, ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB,
    when("2025-03-04 03:36:50", UTC), MID["b_ack"], leaf(T006, cte="base64"),
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="0100019561b7@email.amazonses.com"))])

# 007 AWS marketing, HTML only, to company
H007 = html_page("""<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#232f3e;color:#fff;padding:18px">
<b>AWS Summit Japan 2025</b></td></tr><tr><td style="padding:18px">
<p>AWS Summit Japan 2025 の参加登録を受け付けています。基調講演、150 以上のセッション、展示エリアを
2 日間にわたってお届けします。</p>
<p>今なら早期登録特典として、限定ノベルティをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/events/summits/japan/?trk=em_0304">今すぐ登録する &raquo;</a></p>
<p style="font-size:11px;color:#687078">このメールの配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p></td></tr></table>""")
add("007", ("unrelated", False, None, []), addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_C,
    "AWS Summit Japan 2025 参加登録受付中 ― 早期登録特典あり", when("2025-03-04 15:02:00"), ses_mid("m007"),
    leaf(H007, "html", cte="quoted-printable"),
    pre=[("Authentication-Results", ms_auth("amazon.com"))],
    post=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=8812>")])

# 008 case update B: duplicate closed and linked
T008 = """Hello Noriko,

Thank you for writing to us, and I'm sorry the first confirmation email was hard to find; it
sometimes lands in a spam or promotions folder.

This request is the same one you sent a few hours earlier, which is already open as case
%s. To keep everything in one place for the specialist who will handle it, I have
linked the two requests and closed this one. Your first case stays open and keeps its place in
the queue, so nothing has been lost and you do not need to send the form again.

If you would like to add anything later, you're welcome to reply to the emails for case
%s.

Kind regards,
Sofia M.
AWS Training and Certification Customer Support
""" % (CA, CA)
add("008", ("case_update", False, CB, []), TCA, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB,
    when("2025-03-04 13:15:27", UTC), ses_mid("m008"), leaf(T008, cte="7bit", charset="us-ascii"),
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="0100019562c0@email.amazonses.com"))])

# 009 on hold (APN) with a buried question, case A
T009 = """Hello Noriko,

Thank you for reaching out, and for explaining everything so clearly. First of all, please
don't worry: the certifications you have earned belong to you, and they are not lost when you
leave an employer.

I looked at the certification account registered to n-hasegawa@kitamura-lg.co.jp. It is
currently associated with an AWS Partner Network organization (Kitamura Logistics Co., Ltd.).
Accounts connected to a partner organization are handled a little differently: while that
connection is active, the partner counts these certifications toward its own standing, so we
aren't able to move the records to another account on our own.

For that reason I have put the merge on hold for the moment. This is a routine step and
nothing is wrong with your request. Your Cloud Practitioner certification, your exam history
and your exam voucher all stay safe on the current account in the meantime.

To take the next step, we will need to know whether your employment with Kitamura Logistics is
ending, and the date of your last working day. With that, we can ask our partner operations
team to release the connection once that date has passed.

Thank you again for your patience, and have a lovely day.

Best regards,
Mei L.
AWS Training and Certification Customer Support
"""
add("009", ("on_hold", True, CA, []), TCA, ME_P, "RE:" + SUBJ_A,
    when("2025-03-05 01:20:44", UTC), MID["a_hold1"],
    alt(T009, html_page(paras(T009)), "----=_Part_90211_5520.1741137644"),
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="0100019565aa@email.amazonses.com"))])

# 010 GitHub merged PR, company mailbox
T010 = """Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitamura-lg/ops-handbook/pull/87#event-16533021
You are receiving this because you were mentioned.
"""
add("010", ("unrelated", False, None, []), addr("Kenji Ota", "notifications@github.com"), addr("kitamura-lg/ops-handbook", "ops-handbook@noreply.github.com"),
    "Re: [kitamura-lg/ops-handbook] Update month-end closing checklist (PR #87)", when("2025-03-05 11:02:19"),
    "<kitamura-lg/ops-handbook/pull/87/issue_event/16533021@github.com>",
    alt(T010, html_page("<p><b>Merged</b> #87 into main.</p><p><a href=\"https://github.com/kitamura-lg/ops-handbook/pull/87\">View it on GitHub</a></p>"), "--==_mimepart_67c7b1_3f"),
    cc=addr("Mention", "mention@noreply.github.com"),
    irt="<kitamura-lg/ops-handbook/pull/87@github.com>", refs="<kitamura-lg/ops-handbook/pull/87@github.com>",
    pre=[("Authentication-Results", ms_auth("github.com", ip="192.30.252.201"))],
    post=[("X-GitHub-Reason", "mention"), ("List-ID", "kitamura-lg/ops-handbook <ops-handbook.kitamura-lg.github.com>")])
