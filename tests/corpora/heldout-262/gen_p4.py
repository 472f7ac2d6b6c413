from gen_lib import *
from gen_p1 import M

CA = "174521234507731"
CC = "174521610208842"
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA

# program mail in Japanese
dt = d(2025, 3, 20, 1, 0)
txt = """森岡 健太 様

AWS 認定をお持ちの皆さまへ、特典のご案内です。

AWS Summit Japan 2025 の会場に「AWS 認定者ラウンジ」をご用意します。
ご入場の際は、AWS 認定アカウントの「特典」ページに表示されるデジタル
認定証をご提示ください。

なお、本メールは送信専用アドレスから配信しております。

AWS 認定チーム
"""
add("certification", False, None, [], "Japanese certification-benefit mail (UTF-8, base64).",
    mail(ad("AWS 認定", "do-not-reply@certmetrics.com"), ME_COMPANY, "【AWS 認定】認定者ラウンジのご案内", dt,
         "<%s.JavaMail.certmetrics@prod-mail-02>" % hx("029", 20), text(txt, cte="base64"),
         pre=auth_ms("certmetrics.com", "em.certmetrics.com", ip="167.89.12.4")))

# HR colleague
dt = d(2025, 4, 14, 17, 40, JST)
txt = """森岡さん

人事の高橋です。退職手続きについてのご連絡です。

・最終出社日：4/25（金）
・退職日：4/30（水）。会社のメールアドレスは 4/30 23:59 に停止します。
・APN の Partner Central に登録されている認定情報は、退職前に佐々木さん
　（アライアンス担当）へ紐づけ解除を依頼してください。
・AWS 認定アカウントを個人アドレスへ移す場合は、会社アドレスが使えるうちに
　済ませておくことをおすすめします。

不明点があればこのメールに返信してください。

高橋
"""
add("unrelated", False, None, [], "HR colleague about leaving; mentions the certification move and 'reply if unclear' but is not support.",
    mail(ad("高橋 恵", "m-takahashi@hoshizora-sys.co.jp"), ME_COMPANY, "退職手続きのご案内", dt, outlook_mid("030"),
         text(txt, cs="iso-2022-jp", cte="7bit"), scs="iso-2022-jp", mua="X-Mailer: Microsoft Outlook 16.0"))

# Builder ID code
dt = d(2025, 4, 21, 4, 58)
txt = """Verify your AWS Builder ID email address

Verification code: 482913

This code expires 30 minutes after it was sent. If you did not try to create an
AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
add("unrelated", False, None, [], "Builder ID one-time code (6 digits).",
    mail(ad("AWS", "no-reply@signin.aws"), ME_PERSONAL, "Verify your AWS Builder ID email address", dt, ses_mid("031"),
         text(txt, cte="7bit"), crlf=False, pre=auth_google("signin.aws", "bounce@signin.aws")))

# ack case A (multipart HTML)
dt = d(2025, 4, 21, 5, 12, s=31)
M["A_ack"] = ses_mid("032")
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your request. The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Contact email: kenta.morioka.dev@gmail.com

How can we help you?
Use Case: I am leaving Hoshizora Systems at the end of April and would like to
merge my accounts.
All email addresses you may have used in our system:
k-morioka@hoshizora-sys.co.jp, kenta.morioka.dev@gmail.com
The email address you would like to keep on file: kenta.morioka.dev@gmail.com
AWS candidate IDs: AWS04418265 (company), AWS11620385 (new personal)

We usually reply within 24 hours. Opening another case for the same request
can delay our reply.

Sincerely,
AWS Training and Certification Customer Service
""" % (CA, CA)
hb = "<html><body><div style=\"font-family:Amazon Ember,Arial\"><p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></div></body></html>"
add("acknowledgement", False, CA, ["AWS04418265", "AWS11620385"],
    "15-digit case ack; the echoed form text holds the candidate IDs and the merge wish (counted: it is the ack's own text, not a quote).",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, M["A_ack"],
         multi("alternative", [text(txt), html(hb)]), pre=auth_google("amazon.com", "010001965b@amazonses.com")))

# ack case C (Japanese, ISO-2022-JP) - duplicate form from company address
dt = d(2025, 4, 21, 6, 15, s=2)
M["C_ack"] = ses_mid("033")
txt = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のリクエストに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

通常 24 時間以内にご回答いたしますが、最適な解決策をご提案するため、
お時間をいただく場合がございます。
すでに同じ内容でケースを提起されている場合は、別のケースを作成されないよう
お願いいたします。

AWS トレーニングと認定 カスタマーサービス
""" % (CC, CC)
add("acknowledgement", False, CC, [], "Japanese ack (ISO-2022-JP) for a second, duplicate form; its 'do not open another case' line is boilerplate.",
    mail(ad("AWS Training and Certification", TC), ME_COMPANY,
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CC, dt, M["C_ack"],
         text(txt, cs="iso-2022-jp", cte="7bit"), pre=auth_ms("amazon.com", "amazonses.com")))

# duplicate closed -> case_update (case C)
dt = d(2025, 4, 21, 22, 9)
txt = """Hello Kenta,

This request is the same as case %s, which you opened from
kenta.morioka.dev@gmail.com about an hour earlier. To keep everything in one
place I have closed this case (%s) and linked it to that one. Work on the
merge continues there, so there is nothing you need to do on this thread.

Regards,
Tomás
AWS Training and Certification
""" % (CA, CC)
add("case_update", False, CC, [], "Duplicate case closed and linked; mentions both case numbers, says nothing to do.",
    mail(ad("AWS Training and Certification", TC), ME_COMPANY,
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CC, dt, ses_mid("034"),
         text(txt), irt=M["C_ack"], refs=[M["C_ack"]], pre=auth_ms("amazon.com", "amazonses.com")))

# on_hold with buried question
dt = d(2025, 4, 22, 2, 37)
M["A_hold1"] = ses_mid("035")
hold1 = """Hello Kenta,

Thank you for your patience. While reviewing the accounts I found that the
certification account on k-morioka@hoshizora-sys.co.jp is associated with an
AWS Partner Network organization (Hoshizora Systems Co., Ltd.). Certifications
held through a partner are counted toward that partner's tier, so we do not
merge such an account while the holder is still employed there, and the
partner's administrator has to release the association first.

I am placing the case on hold on our side for now. In the meantime, are you
leaving Hoshizora Systems, and if so, what is your last day? That lets me tell
the partner team when the association can be released.

Best,
Priya S.
AWS Training and Certification
"""
add("on_hold", True, CA, [], "Partner (APN) hold; the actual question is in the last paragraph after the hold explanation.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, M["A_hold1"], text(hold1),
         irt=M["A_ack"], refs=[M["A_ack"]], pre=auth_google("amazon.com", "010001965f@amazonses.com")))

# user reply
dt = d(2025, 4, 22, 12, 3, JST)
M["A_rep1"] = gmail_mid("036")
txt = """Hi Priya,

Yes, I am leaving. My last day at Hoshizora Systems is April 30, 2025, and the
company mailbox will be closed that evening. I have also asked our alliance
manager to remove me from Partner Central.

Thank you,
Kenta

On Tue, Apr 22, 2025 at 11:37 AM AWS Training and Certification <%s> wrote:

%s
""" % (TC, quote(hold1))
add("user_reply", False, CA, [], "Owner answers the buried question; quoted hold text below contains the question.",
    mail(ad(ME_NAME, ME_PERSONAL), ad("AWS Training and Certification", TC), "Re: " + SUBJ_A, dt, M["A_rep1"],
         multi("alternative", [text(txt), html("<div dir=\"ltr\">" + txt.replace("\n", "<br>") + "</div>")]),
         irt=M["A_hold1"], refs=[M["A_ack"], M["A_hold1"]], crlf=False))

# on_hold, nothing asked
dt = d(2025, 4, 23, 1, 15)
M["A_hold2"] = ses_mid("037")
txt = """Hi Kenta,

Thanks for letting me know. I have asked the AWS Partner team to contact the
Hoshizora Systems partner administrator so the association can be released.
Until they do, the merge stays on hold; this is on their side, not yours.
I will write again as soon as the partner team confirms.

Best,
Priya S.
AWS Training and Certification
"""
add("on_hold", False, CA, [], "Hold with nothing asked: waiting for the partner, says explicitly it is not on the owner.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, M["A_hold2"], text(txt, cte="7bit"),
         irt=M["A_rep1"], refs=[M["A_ack"], M["A_hold1"], M["A_rep1"]], pre=auth_google("amazon.com", "0100019664@amazonses.com")))

# APN admin colleague
dt = d(2025, 4, 23, 16, 20, JST)
txt = """森岡さん

佐々木です。AWS Partner Central 上の森岡さんの認定情報の紐づけを解除しました。
AWS のパートナーチームからも問い合わせが来ていたので、同じ内容を回答済みです。
これで認定アカウントの統合を進めてもらって大丈夫なはずです。

短い間でしたがお疲れさまでした！
佐々木
"""
add("unrelated", False, None, [], "Company partner admin confirms the release; about the case but from a colleague, not support.",
    mail(ad("佐々木 拓也", "t-sasaki@hoshizora-sys.co.jp"), ME_COMPANY, "Partner Central の紐づけ解除しました", dt, outlook_mid("038"),
         text(txt, cte="base64"), mua="X-Mailer: Microsoft Outlook 16.0"))
