# Part 4: 2025 merge case (15-digit) - ack, duplicate case, APN hold, wrong address
from gen_lib import *

TC = "aws-cs-trainingcertification-form@amazon.com"
C1 = "174803962100218"
C2 = "174804410700561"
S1 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C1
S2 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2
GA = AUTH_G("amazon.com", mailfrom="0101019700aa-b1@us-west-2.amazonses.com")

def run():
    # 021 Japanese marketing, UTF-8 base64
    msg("unrelated", False, None, [], "2025-05-20 01:00:12", A("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"),
        ME_P, "【ご招待】AWS Summit Japan 2025 登録受付中", P("""<html><body>
<p>石崎 健太 様</p>
<p>AWS Summit Japan 2025 は 6 月 25 日・26 日に幕張メッセで開催されます。150 を超えるセッションと、認定者限定ラウンジをご用意しております。</p>
<p>AWS 認定をお持ちの方は、ラウンジのご利用にあたり認定アカウントのメールアドレスをご確認ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:10px">本メールは配信専用です。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。</p>
</body></html>""", sub="html", cte="base64"), auth=GA, received=ME_P,
        subj_cs="utf-8", what="AWS Summit Japan marketing (Japanese)", note="Japanese AWS marketing mentioning certification account and 'ご確認ください'")

    # 022 Builder ID one-time code
    msg("unrelated", False, None, [], "2025-05-23 21:58:40", A("AWS Builder ID", "no-reply@signin.aws"),
        ME_P, "Verify your AWS Builder ID email address", P("""Hello,

To finish creating your AWS Builder ID, enter the following verification
code:

583027

This code expires in 30 minutes. If you did not request it, you can
ignore this message.

Amazon Web Services
""", charset="us-ascii", cte="7bit"), auth=AUTH_G("signin.aws", mailfrom="bounce@signin.aws"), received=ME_P,
        what="Builder ID one-time code", note="6-digit code is not a case id")

    # 023 acknowledgement with form echo
    msg("acknowledgement", False, C1, ["AWS01738264", "AWS05520913"], "2025-05-23 22:33:51", A("Amazon Web Services", TC),
        ME_P, S1, P("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your request. The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS01738264
Description:
Use case: I am leaving Tsubame Systems at the end of May and would like to
merge my company certification account into my personal one.
All email addresses used: k-ishizaki@tsubame-sys.co.jp, kenta.ishizaki.jp@gmail.com
Email address to keep: kenta.ishizaki.jp@gmail.com (candidate ID AWS05520913)

We will get back to you shortly, usually within 24 hours, but it may take
longer to find the best resolution. If you have already raised a case,
please do not raise a new one for the same request.

Best regards,
Amazon Web Services
""" % (C1, C1), charset="us-ascii", cte="7bit"), tag="c1_ack", auth=GA, received=ME_P,
        what="ack of the 2025 merge case", note="form echo with two candidate ids (counted)")

    # 024 duplicate case from company address, Japanese Shift_JIS base64
    msg("acknowledgement", False, C2, [], "2025-05-23 23:48:33", A("Amazon Web Services", TC),
        ME_C, S2, P("""石崎 健太 様

Amazon Web Services にお問い合わせいただき、誠にありがとうございます。
ケース %s を作成いたしました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
内容: 退職に伴い、会社のメールアドレスの認定アカウントを個人アカウントへ統合したいです。

通常24時間以内に担当者よりご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

Amazon Web Services
""" % (C2, C2), charset="shift_jis", cte="base64"), tag="c2_ack", auth=AUTH_M("amazon.com"),
        what="ack of an accidental duplicate case (Japanese, Shift_JIS, base64)", note="second case for the same request: a duplicate")

    # 025 duplicate closed
    msg("case_update", False, C2, [], "2025-05-24 02:10:27", A("Amazon Web Services", TC),
        ME_C, S2, P("""Hello Kenta,

This request is the same as case %s, which you opened about an hour
earlier from your personal address. To keep things in one place I've
closed this case and linked it to %s; we will carry on there.

There is nothing you need to do on this one.

Thanks,
Siddharth P.
AWS Training and Certification Customer Service
""" % (C1, C1), charset="us-ascii", cte="7bit"), tag="c2_dup", irt="c2_ack", auth=AUTH_M("amazon.com"),
        what="duplicate case closed and linked", note="belongs to the duplicate case but names the other case twice")

    # 026 APN hold with a buried question
    t = """Hello Kenta,

Thank you for your patience while I looked into this.

Your certification account k-ishizaki@tsubame-sys.co.jp (AWS01738264) is
associated with an AWS Partner Network organization, Tsubame Systems Co.,
Ltd. Certifications held in partner-linked accounts count toward that
partner's standing, so we are not able to move them out while the holder
is still employed by the partner. For that reason I have placed this case
on hold.

This is standard for partner-linked accounts and does not mean anything is
wrong with your request. When is your last working day at Tsubame Systems,
or have you already left the company?

Best regards,
Siddharth P.
AWS Training and Certification Customer Service
"""
    msg("on_hold", True, C1, ["AWS01738264"], "2025-05-24 09:40:02", A("Amazon Web Services", TC),
        ME_P, S1, MP("alternative", [P(t, cte="quoted-printable"),
        P("<html><body>" + "".join("<p>%s</p>" % x.replace("\n", " ") for x in t.strip().split("\n\n")) + "</body></html>", sub="html", cte="quoted-printable")],
        "----=_Part_881273_55510294.1748079602"), tag="c1_hold", irt="c1_ack", auth=GA, received=ME_P,
        what="APN partner hold with a question", note="hold notice; the only ask is a question near the end")

    # 027 farewell party (colleague, asks reply)
    msg("unrelated", False, None, [], "2025-05-24 12:03:00", A("総務部 山田", "yamada-s@tsubame-sys.co.jp"),
        ME_C, "石崎さん送別会のご案内", P("""各位

石崎さんが5月30日をもって退職されることになりました。
つきましては送別会を下記のとおり開催いたします。

日時:5月29日(木)19:00〜
場所:新橋 炉端 こまち

ご出欠を5月27日までにご返信ください。

総務部 山田
""", charset="iso-2022-jp", cte="7bit"), auth=AUTH_M("tsubame-sys.co.jp"), tz="+0000",
        what="farewell party invitation", note="colleague asks for a reply (not support)")

    # 028 user reply from company address (Outlook)
    msg("user_reply", False, C1, [], "2025-05-26 08:15:44", A(ME_NAME, ME_C), A("Amazon Web Services", TC),
        S1, P("""Hello Siddharth,

My last working day at Tsubame Systems is May 30, 2025. After that this
mailbox will be closed, so please use kenta.ishizaki.jp@gmail.com.

Regards,
Kenta Ishizaki

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Saturday, May 24, 2025 6:40 PM
To: %s
Subject: %s

Hello Kenta,
... When is your last working day at Tsubame Systems, or have you already
left the company?
""" % (TC, ME_P, S1), charset="us-ascii", cte="7bit"), tag="c1_u1", irt="c1_hold", tz="+0900",
        mid_domain="TYWPR01MB9934.jpnprd01.prod.outlook.com", extra=["X-Mailer: Microsoft Outlook 16.0"],
        what="owner answers from the company address", note="owner's reply from the old (company) address")

    # 029 write from the address on the case
    msg("info_request", True, C1, [], "2025-05-26 03:05:19", A("Amazon Web Services", TC),
        ME_P, S1, P("""Hi Kenta,

Thanks for the quick answer. I noticed it came from
k-ishizaki@tsubame-sys.co.jp, while this case was opened with
kenta.ishizaki.jp@gmail.com. To protect your account we can only act on
instructions that come from the address on the case.

Please send the same confirmation of your leaving date again from
kenta.ishizaki.jp@gmail.com, replying to this email.

Thanks,
Siddharth P.
""", charset="us-ascii", cte="quoted-printable"), tag="c1_addr", irt="c1_u1", refs=["c1_ack", "c1_hold", "c1_u1"], auth=GA, received=ME_P,
        what="asks to write again from the personal address", note="wrong-address reply; request is to resend from another address")
