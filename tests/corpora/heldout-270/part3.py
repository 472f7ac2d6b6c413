"""2025 spring: leaving the company, the merge case (15 digits), a duplicate form."""
from common import *

SUBJ_M = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_M
SUBJ_D = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D
TC_NAME = "AWS Training and Certification"


def messages():
    out = []
    # 23 marketing, Japanese HTML
    h = html("""<div style="max-width:640px;margin:auto">
<h1 style="color:#232f3e">AWS Summit Japan 2025 参加登録受付中</h1>
<p>6 月 25 日・26 日、幕張メッセで開催します。基調講演、150 以上のセッション、
AWS 認定者向けラウンジをご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。
ぜひお早めにご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">無料で登録する</a></p>
<p style="font-size:11px;color:#687078">このメールは配信専用です。配信停止は
<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p></div>""")
    out.append((build(when=dt("2025-03-12 01:00:14"), key="m023",
        frm=addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), to=ME_P,
        subject="【AWS Summit Japan 2025】参加登録受付を開始しました",
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")],
        body=part(h, "html", cte="base64")), L("unrelated", False)))

    # 24 HR: leaving procedures (asks for a reply, but not support)
    t = """水野 遥 さん

人事部の森です。退職に伴うお手続きについてご案内します。

・最終出社日: 2025年5月30日（金）
・社用PC・入館証は最終出社日に情報システム部へ返却してください
・社用メールアドレス（%s）は最終出社日の18時に停止します

退職後の書類送付先として、個人のメールアドレスと住所を
4月18日までにこのメールへご返信ください。

森 直樹
株式会社カイトブリッジシステムズ 人事部
""" % ME_C
    out.append((build(when=dt("2025-04-10 15:32:00", JST), key="m024",
        frm=addr("森 直樹", "n-mori@kitebridge-sys.co.jp"), to=ME_C,
        subject="退職に伴うお手続きのご案内", msgid=mid("m024", "outlook"),
        body=part(t, charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp"),
        L("unrelated", False)))

    # 25 note to self before the merge
    t = """自分用メモ（会社PCから）

AWS認定アカウント（会社）
- login: %s
- candidate ID: %s
- SAA (recertified 2023-06, expires 2026-06-17)
- DVA (2021-07)
- Benefits: 50%% exam discount x1 (unused), practice exam voucher
- APN: Kitebridge Systems に紐づけ済み

TODO
1. 証明書PDFを全部ダウンロード -> done
2. 個人Gmailで Builder ID を作る
3. フォームから Account Merge を申請（残すのは個人の方）
""" % (ME_C, OLD_CID)
    out.append((build(when=dt("2025-04-28 19:12:44", JST), key="m025", incoming=False,
        frm=addr("Mizuno Haruka", ME_C), to=ME_P, subject="memo: 認定アカウント移行前の控え",
        msgid=mid("m025", "outlook"), body=part(t)),
        L("user_reply", False, None, [OLD_CID])))

    # 26 Builder ID code
    t = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up. Enter this code to confirm
this e-mail address:

Verification code: 482913

The code expires in 30 minutes. If you did not request it, you can ignore
this message.

Amazon Web Services
"""
    out.append((build(when=dt("2025-04-30 16:20:05"), key="m026",
        frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
        subject="Verify your AWS Builder ID email address",
        body=("alternative", [part(t, cte="7bit"), part(html(text_to_html(t)), "html")])),
        L("unrelated", False)))

    # 27 new certification account
    t = """Welcome to AWS Certification, Haruka.

Your AWS Certification Account has been created.

Candidate ID: %s
Sign-in: AWS Builder ID (%s)

Use this account to schedule exams, download certificates and manage your
benefits. Keep your candidate ID handy when you contact us.

AWS Certification
""" % (NEW_CID, ME_P)
    out.append((build(when=dt("2025-04-30 16:31:40"), key="m027",
        frm=addr("AWS Certification", CERTM), to=ME_P,
        subject="Welcome to your AWS Certification Account",
        body=part(t)), L("certification", False, None, [NEW_CID])))

    # 28 acknowledgement of the merge case, multipart QP, CRLF
    t = """Hello,

Thank you for contacting AWS Training and Certification.

We have opened case %s for your request. The details of the request
are below for your reference.

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description: I am leaving Kitebridge Systems at the end of May and would like my certification history moved to my personal account. [...]

We usually respond within 24 hours, although some requests take longer to
investigate. If you have already opened a case on this topic, there is no
need to open another one: duplicate cases can slow down our response.

Best regards,
AWS Training and Certification Customer Service
%s""" % (CASE_M, CASE_M, FORM_FOOTER)
    out.append((build(when=dt("2025-04-30 16:41:30"), key="m028", crlf=True,
        frm=addr(TC_NAME, TC_FORM), to=ME_P, subject=SUBJ_M,
        body=("alternative", [part(t), part(html(text_to_html(t)), "html")])),
        L("acknowledgement", False, CASE_M)))

    # 29 duplicate form from the company address, Japanese ack
    t = """AWS トレーニングと認定にお問い合わせいただきありがとうございます。

ケース %s を作成しました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

通常 24 時間以内にご回答いたします。すでに同じ内容でケースを作成されている
場合は、新しいケースを作成せずにお待ちください。重複したケースがあると、
回答までにお時間をいただくことがございます。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_D, CASE_D)
    out.append((build(when=dt("2025-04-30 17:10:21"), key="m029",
        frm=addr("AWS トレーニングと認定", TC_FORM), to=ME_C, subject=SUBJ_D,
        body=("alternative", [part(t, cte="base64"), part(html(text_to_html(t)), "html", cte="base64")])),
        L("acknowledgement", False, CASE_D)))

    # 30 duplicate closed and linked
    t = """Hello,

This request matches case %s, which you opened from %s about
half an hour earlier. To keep everything in one thread we have closed this
case (%s) and linked it to the original. Our team will continue on %s
and reply to the address on that case.

Regards,
Jonas
AWS Training and Certification Customer Service
""" % (CASE_M, ME_P, CASE_D, CASE_M)
    out.append((build(when=dt("2025-05-01 02:05:48"), key="m030",
        frm=addr(TC_NAME, TC_FORM), to=ME_C, subject=SUBJ_D,
        irt=mid("m029", "ses"), refs=[mid("m029", "ses")],
        body=part(t + FORM_FOOTER)), L("case_update", False, CASE_D)))

    # 31 partner hold with a buried question
    t = """Hello Haruka,

My name is Shreya and I'm handling your account merge.

When I reviewed the account registered to %s, I found that it
is associated with an AWS Partner Network organization (Kitebridge Systems
Co., Ltd.). Certifications held on a partner-linked account count toward
that partner's tier, so we cannot move them while the association is in
place; the partner's Alliance Lead has to release the account first, or
confirm that the person has left.

I have put the merge on hold until that happens. To approach the partner
correctly, I need to know where things stand on your side - are you still
employed at Kitebridge Systems, and if so, what is your last working day?

Once the association is released, I will prepare the merge and write to
you again with the account details to confirm.

Thank you for your patience,
Shreya
AWS Training and Certification Customer Service
""" % ME_C
    out.append((build(when=dt("2025-05-01 06:30:19"), key="m031",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, subject=SUBJ_M,
        irt=mid("m028", "ses"), refs=[mid("m028", "ses")],
        body=("alternative", [part(t + FORM_FOOTER), part(html(text_to_html(t + FORM_FOOTER)), "html")])),
        L("on_hold", True, CASE_M)))

    # 32 Skill Builder receipt
    t = """Thank you for your order.

AWS Skill Builder Individual subscription - monthly
Order number: SB-1123-8876-3321
Amount: USD 29.00
Next renewal: June 1, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
    out.append((build(when=dt("2025-05-01 08:02:10"), key="m032",
        frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
        subject="Your AWS Skill Builder receipt (SB-1123-8876-3321)",
        body=("alternative", [part(t), part(html(text_to_html(t)), "html")])),
        L("unrelated", False)))

    # 33 owner's reply from Gmail
    r = """Hi Shreya,

Yes, I'm still at Kitebridge Systems until May 30, 2025 - that is my last
working day, and my company mailbox will be shut down that evening. I've also
told my manager that the partner team may be contacted about this.

Best regards,
Haruka Mizuno

On Thu, May 1, 2025 at 3:30 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC_FORM, quote(t))
    out.append((build(when=dt("2025-05-02 08:10:27", JST), key="m033", incoming=False,
        frm=addr(ME_NAME, ME_P), to=addr(TC_NAME, TC_FORM), subject=SUBJ_M,
        msgid=mid("m033", "gmail"), irt=mid("m031", "ses"), refs=[mid("m028", "ses"), mid("m031", "ses")],
        body=("alternative", [part(r), part(html(text_to_html(r)), "html")])),
        L("user_reply", False, CASE_M)))

    # 34 still on hold, nothing needed
    t = """Hi Haruka,

Thanks, that helps. I have contacted the Alliance Lead at Kitebridge Systems
and asked them to release your certification account from the partner
organization. Partners usually answer within a few business days.

Your case stays on hold until they do. There is nothing you need to send us
right now; I'll update you as soon as I hear back.

Shreya
AWS Training and Certification Customer Service
"""
    out.append((build(when=dt("2025-05-02 03:15:02"), key="m034",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, subject=SUBJ_M,
        irt=mid("m033", "gmail"), refs=[mid("m028", "ses"), mid("m031", "ses"), mid("m033", "gmail")],
        body=part(t + FORM_FOOTER, cte="7bit")), L("on_hold", False, CASE_M)))
    return out
