from common import *
from part1 import T009

SATO = addr("佐藤 健一", "k-sato@kitamura-lg.co.jp", "iso-2022-jp")
# 011 owner replies from the COMPANY address (wrong one), Outlook style, manager in Cc
T011 = """Dear Mei-san,

Thank you very much for your kind reply. I was so worried since last week that I could not
sleep well, so your words "they are not lost" made me feel much better.

Yes, I am leaving Kitamura Logistics. My last working day is March 31, 2025. After that day
this email address will be stopped by our company, so I am a little scared that I will miss
your emails. My old account number is AWS04417263.

I put my manager Mr. Sato in CC so he also knows about the partner thing. I am sorry, I do not
understand what is the "partner operations team". Do I have to ask somebody in my company to
do something? Or do I only wait? I am not an engineer (I work in the accounting team) so
please tell me in easy words if I have to do something.

I am writing from my company email because I thought it is more official. I hope that is OK.

Thank you again for your help.

Best regards,
Noriko Hasegawa
Accounting Dept., Kitamura Logistics Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 5, 2025 10:20 AM
To: noriko.hasegawa.79@gmail.com
Subject: RE:%s

""" % SUBJ_A + T009
add("011", ("user_reply", False, CA, [ID_OLD]), MEC, TCA, "RE: " + SUBJ_A,
    when("2025-03-05 13:48:30"), MID["a_rep1"],
    alt(T011, html_page(paras(T011), "font-family:Calibri,sans-serif;font-size:11pt"), "_000_TYCPR01MB7781A_", cte="quoted-printable"),
    cc=SATO, irt=MID["a_hold1"], refs=MID["a_hold1"],
    post=[("Thread-Topic", SUBJ_A), ("Thread-Index", "AduNq0xkR2v1b0e8TbCkqQ5mZ3sV9w=="), ("Content-Language", "en-US"),
          ("X-MS-Exchange-Organization-AuthAs", "Internal")], crlf=True)

# 012 manager's out-of-office auto-reply
T012 = """本メールは自動応答です。

3月5日（水）〜3月7日（金）は出張のため不在にしております。
いただいたメールは3月10日（月）以降に順次確認いたします。
お急ぎの場合は経理部代表（keiri@kitamura-lg.co.jp）までご連絡ください。

北村ロジスティクス株式会社　経理部　佐藤 健一
"""
add("012", ("unrelated", False, CA, []), SATO, MEC, "自動応答: RE: " + SUBJ_A,
    when("2025-03-05 13:48:41"), mid("m012", "kitamura-lg.co.jp"), leaf(T012, charset="iso-2022-jp", cte="7bit"),
    subj_cs="iso-2022-jp", irt=MID["a_rep1"], refs=MID["a_rep1"],
    post=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "k-sato@kitamura-lg.co.jp")])

# 013 info request: write from the destination address (plain text, CRLF)
T013 = """Hello Noriko,

Thank you for the update, and for letting us know your last day. Having Mr. Sato copied is
perfectly fine, and there is nothing you need to arrange inside your company: our partner
operations team handles the partner side directly.

There is one small thing before we can go on. Your message came from
n-hasegawa@kitamura-lg.co.jp, which is the address of the account that will be closed once the
merge is done. To protect your records, we can only accept merge instructions from the address
of the account you are keeping.

Would you reply to this email from noriko.hasegawa.79@gmail.com and confirm from there that your
employment ends on March 31, 2025? I've added that address in copy so you can answer straight
from your personal mailbox.

Warm regards,
Daniel R.
AWS Training and Certification Customer Support

> Yes, I am leaving Kitamura Logistics. My last working day is March 31, 2025. After that day
> this email address will be stopped by our company, so I am a little scared that I will miss
> your emails. My old account number is AWS04417263.
"""
add("013", ("info_request", True, CA, []), TCA, MEC, "RE:" + SUBJ_A,
    when("2025-03-05 17:30:05", UTC), MID["a_info"], leaf(T013, cte="7bit", charset="us-ascii"),
    cc=ME, irt=MID["a_rep1"], refs=MID["a_hold1"] + " " + MID["a_rep1"], crlf=True,
    pre=[("Authentication-Results", ms_auth("amazon.com"))])

# 014 CertMetrics expiry reminder (company address)
H014 = html_page("""<p>Hello Noriko Hasegawa,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> certification expires on <b>June 10, 2025</b>.</p>
<p>To keep your certification active, pass the current version of the exam or a qualifying
higher-level exam before that date. Candidate ID: AWS04417263</p>
<p><a href="https://www.aws.training/certification">Visit your AWS Certification Account</a> to review recertification options
and your available benefits.</p>
<p>Thank you,<br>AWS Certification</p>""")
add("014", ("certification", False, None, [ID_OLD]), CERTM, ME_C,
    "Reminder: your AWS Certification expires in 96 days", when("2025-03-06 07:45:10"), mid("m014", "certmetrics.com"),
    leaf(H014, "html", cte="quoted-printable"), pre=[("Authentication-Results", ms_auth("certmetrics.com", ip="168.245.12.7"))])

# 015 owner answers from personal address, Gmail quoting
T015 = """Hello Daniel-san,

I am sorry, I did not know that I must write from my personal address. Now I am writing from
noriko.hasegawa.79@gmail.com.

I confirm that my employment at Kitamura Logistics ends on March 31, 2025. After that I will
use only this Gmail address.

May I ask one more thing? The 50%% voucher is very important to me because I want to take the
next exam by myself after I leave the company. It will not disappear while the case is on hold,
right? I am sorry to ask again and again, I just want to be sure.

Thank you so much for your patience with me.

Noriko Hasegawa

On Thu, Mar 6, 2025 at 2:30 AM AWS Training and Certification <%s> wrote:
""" % TC + quote(T013)
add("015", ("user_reply", False, CA, []), ME, TCA, "Re: RE:" + SUBJ_A, when("2025-03-06 08:30:52"), MID["a_rep2"],
    alt(T015, html_page(paras(T015)), "000000000000b3c10a062fa1d2e4"),
    irt=MID["a_info"], refs=" ".join([MID["a_hold1"], MID["a_rep1"], MID["a_info"]]))

# 016 on hold, HTML only, nothing asked
T016 = """Hello Noriko,

Thank you for confirming from your personal address. That is everything we need from you for now.

About your voucher: it will not expire or disappear while your case is waiting. It stays on your current account and moves together with your certifications when the merge takes place.

I've passed your case to our partner operations team. They will remove the connection between your old certification account and the Kitamura Logistics partner profile after your employment ends on March 31. Until then, the merge remains on hold. This is the normal order of things and nothing has gone wrong.

We'll write to you at this address as soon as the hold is lifted. There's no need to contact us in the meantime.

With best wishes,
Mei L.
AWS Training and Certification Customer Support"""
add("016", ("on_hold", False, CA, []), TCA, ME_P, "RE:" + SUBJ_A, when("2025-03-06 10:00:31", UTC), MID["a_hold2"],
    leaf(html_page(paras(T016)), "html", cte="base64"), irt=MID["a_rep2"], refs=MID["a_rep2"],
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="01000195681c@email.amazonses.com"))])

# 017 newsletter in Shift_JIS
T017 = """━━━━━━━━━━━━━━━━━━━━━━
　家計のミカタ通信　2025年3月号
━━━━━━━━━━━━━━━━━━━━━━
■今月の特集：新生活シーズンの固定費見直し
スマホ料金、保険、サブスク。年度替わりは見直しのチャンスです。
会員ページから「固定費チェックシート」をダウンロードできます。

■転職・退職したら確認したいお金の手続き
健康保険の切り替え、年金、住民税の支払い方法など、
忘れがちな手続きを一覧にしました。

配信停止はマイページの「メール設定」から行えます。
発行：株式会社カケイノミカタ
"""
add("017", ("unrelated", False, None, []), addr("家計のミカタ通信", "news@kakei-mikata.jp", "shift_jis"), ME_P,
    "【家計のミカタ通信】3月号：新生活の固定費見直し", when("2025-03-07 09:00:00"), mid("m017", "kakei-mikata.jp"),
    leaf(T017, charset="shift_jis", cte="base64"), subj_cs="shift_jis",
    pre=[("Authentication-Results", gm_auth("kakei-mikata.jp", ip="202.218.44.10"))],
    post=[("List-Unsubscribe", "<mailto:unsubscribe@kakei-mikata.jp>")])

# 018 phishing from a lookalike domain
H018 = html_page("""<p><img src="https://aws-certification-helpdesk.com/img/aws_logo.png" alt="aws"></p>
<p>Dear Certified Professional,</p>
<p>We were unable to complete the <b>account merge</b> requested for your AWS Certification profile.
To prevent permanent loss of your certifications and exam benefits, you must verify your identity within <b>24 hours</b>.</p>
<p style="text-align:center"><a href="http://aws-certification-helpdesk.com/verify?u=noriko.hasegawa.79" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Verify my account</a></p>
<p>If the button does not work, reply to this message with your AWS Builder ID email and password and our team will complete the merge for you.</p>
<p>AWS Certification Support Team</p>""")
add("018", ("suspicious", False, None, []), addr("AWS Certification Support", "support@aws-certification-helpdesk.com"), ME_P,
    "Action Required: your AWS Certification account merge is pending verification", when("2025-03-08 10:14:55"),
    mid("m018", "aws-certification-helpdesk.com"), leaf(H018, "html", cte="quoted-printable"),
    pre=[("Authentication-Results", gm_auth("aws-certification-helpdesk.com", ip="91.215.85.40"))])

# 019 AWS Free Tier alert
T019 = """Hello,

Your AWS account 390411872253 has used more than 85 percent of the AWS Free Tier limit for one or
more services this month.

  Product: AmazonS3   Usage limit: 2,000 Put, Copy, Post or List Requests   Current usage: 1,742

To see your usage, visit the Billing and Cost Management console. If your usage goes beyond the
Free Tier, standard pay-as-you-go rates apply.

Sincerely,
The Amazon Web Services Team
"""
add("019", ("unrelated", False, None, []), addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P,
    "AWS Free Tier limit alert", when("2025-03-09 02:07:44", UTC), ses_mid("m019"), leaf(T019, cte="7bit", charset="us-ascii"),
    pre=[("Authentication-Results", gm_auth("costalerts.amazonaws.com"))])

# 020 owner forwards the hold notice to her husband
T020 = """たけしさんへ

AWSからまた英語のメールが来ました。「on hold」って保留ってことだよね？
私なにか間違えたのかな。会社のアドレスから返信しちゃったのがいけなかった？
31日を過ぎたら資格が消えちゃうんじゃないかと思って、昨日からずっと落ち着きません。
お手数だけど、時間があるときに読んでみてもらえる？

典子

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Thu, Mar 6, 2025 at 7:00 PM
Subject: RE:%s
To: <%s>


""" % (TC, SUBJ_A, ME_P) + T016 + "\n"
add("020", ("user_reply", False, CA, []), ME, addr("長谷川 武", "takeshi.h.1976@gmail.com"), "Fwd: RE:" + SUBJ_A,
    when("2025-03-11 21:05:13"), MID["a_fwd"], alt(T020, html_page(paras(T020)), "000000000000f1e22b063011a7c9", cte="base64"))

# 021 husband's answer (quotes the forward)
T021 = """読んだよ。間違いは何もしてないって。

会社がAWSのパートナーになっているから、その紐付けを外す作業が先に必要で、
それは向こう（AWS側）のチームがやるらしい。君がやることは今は何もなくて、
31日が過ぎて保留が解けたら向こうから連絡するって書いてある。
バウチャーも消えないってさ。心配しすぎないでね。

武

2025年3月11日(火) 21:05 Noriko Hasegawa <%s>:
""" % ME_P + quote(T020.split("---------- Forwarded")[0].rstrip(), ">")
add("021", ("unrelated", False, CA, []), addr("長谷川 武", "takeshi.h.1976@gmail.com"), ME, "Re: Fwd: RE:" + SUBJ_A,
    when("2025-03-11 22:31:40"), gmid("m021"), leaf(T021, cte="base64"), irt=MID["a_fwd"], refs=MID["a_fwd"],
    pre=[("Authentication-Results", gm_auth("gmail.com", ip="209.85.220.41", mailfrom="takeshi.h.1976@gmail.com"))])
