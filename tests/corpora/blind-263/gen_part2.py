from gen_lib import *

# 006 acknowledgement, duplicate case D (Japanese, ISO-2022-JP, company address)
SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D
d = dt("2025-05-13 10:23:30")
ackd = """お客様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

お問い合わせを受け付け、ケース番号 %s を作成いたしました。
担当者より通常24時間以内にご連絡いたします。内容によっては、最適な解決策を
ご案内するためにお時間を頂戴する場合がございます。

なお、同じ内容でケースを複数作成されますと、ご回答までにかえってお時間が
かかることがございます。すでにケースを作成済みの場合は、新たなお問い合わせを
お送りいただく必要はございません。

■ お問い合わせ内容
お問い合わせタイプ：AWS トレーニングと認定
問題タイプ：認定
その他の詳細：アカウントの統合
メールアドレス：%s

本文：
退職のため、会社のメールアドレスで作成したAWS認定アカウントを
個人のメールアドレスのアカウントへ統合したいです。
使用したメールアドレス：%s / %s
残したいメールアドレス：%s

今後ともよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, ME_C, ME_C, ME_P, ME_P)
MID_D1 = mid("caseD-ack", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_C, SUBJ_D, d, MID_D1,
        pre=auth_m365("amazon.com"), extra=["Content-Language: ja"])
emit(("acknowledgement", False, CASE_D),
     "Second (duplicate) form submission, acknowledged in Japanese in ISO-2022-JP to the company address. Japanese 'do not open another case' wording; asks nothing.",
     h, plain(ackd, charset="iso-2022-jp", cte="7bit"))

# 007 owner forwards the duplicate ack from company to personal address with a note
d = dt("2025-05-13 19:31:05", JST)
fw = """あっ、フォームを二重送信してしまったっぽい。
本命はGmailから出した方なので、こっちはとりあえず様子見。

________________________________
差出人: Amazon Web Services <%s>
送信日時: 2025年5月13日 19:23
宛先: 桜庭 由希 <%s>
件名: %s

""" % (TC, ME_C, SUBJ_D) + ackd
h = std(addr("桜庭 由希", ME_C), ME_P, "FW: " + SUBJ_D, d,
        mid("caseD-fw", "TYCPR01MB7702.jpnprd01.prod.outlook.com"),
        irt=MID_D1, refs=MID_D1,
        pre=auth_gmail("tsubame-sol.co.jp", sel="selector1", ip="40.107.74.53"),
        extra=["Thread-Topic: " + SUBJ_D, "Content-Language: ja-JP"])
emit(("user_reply", False, CASE_D),
     "Owner forwards the duplicate-case acknowledgement from the company to the personal address with a one-line Japanese note on top (Outlook Japanese forward header).",
     h, alt(plain(fw, cte="base64"),
            html("<html><head><meta charset=\"utf-8\"></head><body><div>あっ、フォームを二重送信してしまったっぽい。<br>本命はGmailから出した方なので、こっちはとりあえず様子見。</div><hr><div><b>差出人:</b> Amazon Web Services &lt;%s&gt;<br><b>送信日時:</b> 2025年5月13日 19:23<br><b>宛先:</b> 桜庭 由希 &lt;%s&gt;<br><b>件名:</b> %s</div><pre>%s</pre></body></html>\n" % (TC, ME_C, SUBJ_D, ackd), cte="base64"), "fwd"))

# 008 duplicate case closed and linked (case_update, case D)
d = dt("2025-05-13 21:48:12")
dup = """Hello Yuki,

It looks like the contact form reached us twice. The same request is already open as case %s, which was created about twenty minutes before this one, so I have closed this case (%s) as a duplicate and attached a note to the original one.

You don't have to do anything with this case. The merge request will be handled on %s and our team will write to the contact address given on that form.

Best regards,
Hannah
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_D, CASE_A)
h = std('"Amazon Web Services" <%s>' % TC, ME_C, "RE:" + SUBJ_D, d, mid("caseD-dup", "c2-cs.amazon.com"),
        irt=MID_D1, refs=MID_D1, pre=auth_m365("amazon.com"))
emit(("case_update", False, CASE_D),
     "Duplicate case closed and linked to case A. Says 'closed' but is not a closing notice for lack of reply and not a resolution; it names both case numbers (label: case D from the subject).",
     h, plain(dup, cte="7bit"), crlf=True)
