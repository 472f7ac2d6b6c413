"""2025 Jan - mid March: the merge request is filed twice (15-digit case numbers)."""
from lib import *
from part1 import CAND_OLD

CASE_M = "174195546700318"
CASE_D = "174196367200752"
CAND_NEW = "AWS04503318"
M_ACK = ses_mid("m-ack")
D_ACK = ses_mid("d-ack")
D_USR = gmail_mid("d-usr")
D_UPD = ses_mid("d-upd")
AWSAUTH = ("amazon.com", True, "amazonses.com")

M_ACK_TXT = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174195546700318
for your request, and someone from AWS Training and Certification will get back
to you, in most cases within 24 hours. Complex requests can take longer.

The details of your case are as follows:

Case ID: 174195546700318
Inquiry type: Certification
Additional details: Account Merge
Description:
  I am leaving Kitaura Systems at the end of March and want my certifications
  moved to my personal account.
  Old account: h-nishimura@kitaura-sys.co.jp (candidate ID AWS02217845)
  New account: haruka.nishimura.kt@gmail.com (candidate ID AWS04503318)
  Address to keep: haruka.nishimura.kt@gmail.com

If you would like to add information, reply to this email and keep the case
number in the subject line. There is no need to submit the form again.

Sincerely,
AWS Training and Certification Customer Service"""


def messages():
    out = []
    t = when("2025-01-20 17:30:12", UTC)
    body = html(wrap_html("""<h2>Help shape AWS Certification exams</h2>
<p>Hello Haruka,</p>
<p>As an AWS Certified Solutions Architect &ndash; Professional, you are invited to join the
AWS Certification Subject Matter Expert (SME) program. SMEs write and review exam items
and take part in standard-setting workshops, and earn recognition in their
AWS Certification Account.</p>
<p><a href="https://aws.amazon.com/certification/sme/">Learn more and apply</a> before February 28.</p>
<p>AWS Training and Certification</p>"""), cte="qp")
    out.append(mail(t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
                    "Invitation: become an AWS Certification Subject Matter Expert", body,
                    label("certification", False), msgid=mid("cm-sme", "certmetrics.com"),
                    rcv="gmail", auth=("certmetrics.com", True)))

    t = when("2025-02-18 12:02:55", UTC)
    body = multi("alternative", [
        text("""Hi Haruka,

Congratulations on completing "Generative AI Essentials on AWS".
Your completion certificate is available in your transcript on AWS Skill Builder.

Keep learning,
AWS Training and Certification""", cte="7bit"),
        html(wrap_html("<p>Hi Haruka,</p><p>Congratulations on completing <b>Generative AI Essentials on AWS</b>. "
                       "Your completion certificate is in your transcript.</p><p>Keep learning,<br>"
                       "AWS Training and Certification</p>"), cte="7bit"),
    ])
    out.append(mail(t, ("AWS Training and Certification", "no-reply@aws.training"), ME_P,
                    "You completed Generative AI Essentials on AWS", body, label("unrelated", False),
                    msgid=ses_mid("sb-2502"), rcv="gmail", auth=("aws.training", True)))

    t = when("2025-03-03 09:15:00", JST)
    jp = """開発二部の皆さま

お疲れさまです。佐藤です。

3月末で退職される西村さんの送別会を下記のとおり開催します。

日時: 3月27日(木) 19:00 から
場所: 浜松町「炉端 かね吉」
会費: 4,000円(当日集金)

出欠を3月14日(金)までにこのメールへの返信でお知らせください。
西村さんご本人には会費不要です。

佐藤 由紀
株式会社キタウラシステムズ 開発二部"""
    out.append(mail(t, ("佐藤 由紀", "y-sato@kitaura-sys.co.jp"), [("開発二部", "dev2@kitaura-sys.co.jp")],
                    "【ご案内】西村さん送別会(3/27)", text(jp, cs="iso-2022-jp", cte="7bit"),
                    label("unrelated", False), msgid=outlook_mid("farewell-1"), rcv="o365",
                    auth=("kitaura-sys.co.jp", True), hcs="iso-2022-jp"))

    t = when("2025-03-14 21:22:40", JST)
    body = multi("alternative", [
        text("""Verify your AWS Builder ID email address

Verification code: 583014

This code expires 10 minutes after it was sent. If you did not request it,
you can ignore this email.

Amazon Web Services""", cte="7bit"),
        html(wrap_html("<h3>Verify your AWS Builder ID email address</h3><p>Verification code:</p>"
                       "<p style=\"font-size:28px;letter-spacing:4px\"><b>583014</b></p>"
                       "<p>This code expires 10 minutes after it was sent.</p>"), cte="7bit"),
    ])
    out.append(mail(t, ("AWS", "no-reply@signin.aws"), ME_P,
                    "Verify your AWS Builder ID email address", body, label("unrelated", False),
                    msgid=ses_mid("bid-otp"), rcv="gmail", auth=("signin.aws", True)))

    t = when("2025-03-14 12:31:41", UTC)
    out.append(mail(t, (TC_NAME, TC), ME_P, subj_tc(CASE_M),
                    multi("alternative", [text(M_ACK_TXT, cte="qp"),
                                          html(wrap_html("<pre style=\"font-family:inherit\">%s</pre>" % M_ACK_TXT), cte="qp")]),
                    label("acknowledgement", False, CASE_M, [CAND_OLD, CAND_NEW]),
                    msgid=M_ACK, rcv="gmail", auth=AWSAUTH))

    t = when("2025-03-14 14:48:20", UTC)
    dack = """西村 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース 174196367200752 を作成いたしました。

担当者より通常 24 時間以内にご連絡いたしますが、内容によってはさらにお時間を
頂戴する場合がございます。すでに同じ内容のケースをお持ちの場合、新たにケースを
作成されますと対応が遅れる原因となりますので、お控えください。
追加の情報がある場合は、件名のケース番号を残したまま本メールにご返信ください。

ケースの詳細:
ケース ID: 174196367200752
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容:
  退職のため、会社のメールアドレスで作成した認定アカウントを
  個人のメールアドレスのアカウントへ統合してください。
  保持するアドレス: haruka.nishimura.kt@gmail.com

AWS トレーニングと認定 カスタマーサービス"""
    out.append(mail(t, ("AWS トレーニングと認定", TC), ME_P, subj_tc(CASE_D, sp=" "),
                    text(dack, cte="b64"), label("acknowledgement", False, CASE_D),
                    msgid=D_ACK, rcv="gmail", auth=AWSAUTH))

    t = when("2025-03-15 08:05:13", JST)
    usr = """Hello,

I submitted the same merge request twice by mistake last night. Please close
this case and continue with case 174195546700318.

申し訳ありません、同じ内容で二重に申請してしまいました。こちらは閉じてください。

Haruka Nishimura"""
    quoted = "2025年3月14日(金) 23:48 AWS トレーニングと認定 <%s>:\n" % TC + q(dack)
    body = multi("alternative", [
        text(usr + "\n\n" + quoted, cte="b64"),
        html('<div dir="ltr">' + usr.replace("\n", "<br>") + '</div><br><div class="gmail_quote">'
             '<div dir="ltr" class="gmail_attr">2025年3月14日(金) 23:48 AWS トレーニングと認定 &lt;%s&gt;:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             % TC + dack.replace("\n", "<br>") + '</blockquote></div>', cte="b64"),
    ], preamble=False)
    out.append(mail(t, (ME_NAME, ME_P), (TC_NAME, TC), subj_tc(CASE_D, sp=" "), body,
                    label("user_reply", False, CASE_D), msgid=D_USR, irt=D_ACK, refs=[D_ACK]))

    t = when("2025-03-15 09:40:02", UTC)
    upd = """Hello Haruka,

Thanks for letting us know. I've closed case 174196367200752 as a duplicate and
linked it to 174195546700318, which a colleague is already reviewing. All further
updates on your merge will come on that case.

Regards,
Priya S.
AWS Training and Certification Customer Service"""
    out.append(mail(t, (TC_NAME, TC), ME_P, subj_tc(CASE_D, sp=" "),
                    text(upd + "\n\n" + q(usr, ">"), cte="qp"),
                    label("case_update", False, CASE_D), msgid=D_UPD, irt=D_USR,
                    refs=[D_ACK, D_USR], rcv="gmail", auth=AWSAUTH))

    t = when("2025-03-16 02:21:45", UTC)
    body = html(wrap_html("""<table width="640" style="border:1px solid #ddd"><tr><td style="padding:16px">
<p>Hello Haruka,</p>
<p>We're closing your support request <b>2503110040008812</b>
(<i>Azure Files share unreachable from on-premises network</i>) because the
recommended solution resolved the issue.</p>
<p>If the problem comes back, reply to this email within 14 days and your case will be reopened
with the same engineer. Otherwise, no action is needed.</p>
<p>Thank you,<br>Ryo Hasegawa<br>Microsoft Azure Support</p>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table>"""), cte="qp")
    out.append(mail(t, ("Microsoft Support", "support@mail.support.microsoft.com"), ME_C,
                    "Case 2503110040008812: your support request has been closed", body,
                    label("unrelated", False), msgid=mid("azure-close", "microsoft.com"),
                    rcv="o365", auth=("microsoft.com", True, "mail.support.microsoft.com", "40.107.22.70")))
    return out
