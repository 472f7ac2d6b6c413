from gen_lib import *
from gen_part10 import SUBJ_B, MID_B1
from gen_part11 import MID_B4
from gen_part11 import CSUBJ, FOOT_C, MID_C1, MID_C2
from gen_part12 import B50, MID_B5, MID_C3

# 055 on_hold C: waiting on the testing partner
d = dt("2025-06-16 03:10:48")
c55 = """Hello Yuki,

Thank you for adding the registration number and candidate IDs to the case.

I found the appointment: it is still attached to the candidate record of your old account. Moving it is something only our testing partner can do, so I have asked Pearson VUE to re-link it to your current account. I've set the case to pending while we wait for them, and I'll write again as soon as they confirm. There is nothing you need to do in the meantime, and your appointment on June 21 remains valid.

Best regards,
Arjun P.
Amazon Web Services
""" + FOOT_C
h = std('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_P, "RE:[CASE %s] %s" % (CASE_C, CSUBJ), d, mid("caseC-hold", "email.amazonses.com"),
        pre=auth_gmail("amazon.com"))
emit(("on_hold", False, CASE_C),
     "Console case paused for the testing partner (outside the owner); explicitly nothing to do. Contrast with the APN hold (009) that hid a question.",
     h, plain(c55, cte="quoted-printable"))

# 056 owner answers case B, top-posted over the long Japanese history
d = dt("2025-06-16 21:05:27", JST)
B56_NEW = """山本様

ご連絡が遅くなり申し訳ありません。
3月20日の予約とキャンセルは、私本人が行ったものです（日程が合わず取り消しました）。
再付与の手続きをお願いいたします。

桜庭
"""
B56 = B56_NEW + "\n2025年6月12日(木) 13:30 Amazon Web Services <%s>:\n\n" % TC + quote(B50) + "\n"
MID_B6 = "<CAJx7Qm7tG5dLs-Xw2Rk9nPb4yHa@mail.gmail.com>"
h = std(addr("Yuki Sakuraba", ME_P), TC, "Re: RE:" + SUBJ_B, d, MID_B6, irt=MID_B5, refs="%s %s %s" % (MID_B1, MID_B4, MID_B5))
emit(("user_reply", False, CASE_B), "Owner's Japanese top-post over three levels of quoted history (replies to the request, not to the closing notice).",
     h, plain(B56, cte="base64"))

# 057 resolved C with the console feedback footer
d = dt("2025-06-17 06:44:02")
c57 = """Hello Yuki,

Good news: Pearson VUE has re-linked your DVA-C02 appointment (June 21, 10:00 Asia/Tokyo) to your current certification account. You can now see it under Upcoming exams, and the confirmation emails will go to your personal address from now on.

Since the appointment is back where it belongs, I'll mark this case as resolved. If something still looks off, you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Arjun P.
Amazon Web Services
""" + FOOT_C
h = std('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_P, "RE:[CASE %s] %s" % (CASE_C, CSUBJ), d, mid("caseC-done", "email.amazonses.com"),
        pre=auth_gmail("amazon.com"))
emit(("resolved", False, CASE_C), "Console case resolved; rating request footer and 'reopen within 14 days' are not asks.",
     h, alt(plain(c57, cte="quoted-printable"), html("<html><body>" + c57.replace("&", "&amp;").replace("\n", "<br>\n") + "</body></html>\n", cte="quoted-printable"), "c57"))

# 058 resolved B (Japanese) quoting the whole history, old requests included
d = dt("2025-06-18 01:15:39")
b58 = """桜庭 由希 様

ご確認いただき、ありがとうございました。

50%%割引特典を新アカウント（%s）へ再付与いたしました。認定アカウントの
「特典」ページにてご確認いただけます。有効期限は付与時と同じく2026年3月8日です。
6月21日のご受験にもご利用いただけます。

以上をもちまして、本ケースは解決済みとさせていただきます。
このたびはご不便をおかけし、誠に申し訳ございませんでした。

山本
AWS トレーニングと認定 カスタマーサポート

2025年6月16日 21:05、Yuki Sakuraba <%s> のメッセージ:

""" % (CID_NEW, ME_P) + quote(B56) + "\n"
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_B, d, mid("caseB-done", "c2-cs.amazon.com"), irt=MID_B6,
        refs="%s %s %s %s" % (MID_B1, MID_B4, MID_B5, MID_B6), pre=auth_gmail("amazon.com"))
emit(("resolved", False, CASE_B, [CID_NEW]),
     "Japanese resolution on top of the full quoted thread, which still contains every earlier request (numbered questions, the yes/no check) and the old candidate ID; only the new ID is in new text.",
     h, plain(b58, cte="base64"))

# 059 certification benefit notice (Japanese)
d = dt("2025-06-18 02:02:10")
bn = """桜庭 由希 様

AWS 認定アカウントに新しい特典が追加されました。

特典：次回の認定試験 50% 割引
有効期限：2026年3月8日

特典は、試験の予約時に認定アカウントの「特典」ページから適用できます。

AWS 認定
"""
h = std(addr("AWS 認定", "do-not-reply@certmetrics.com"), ME_P, "AWS 認定の特典をご利用いただけます", d, mid("benefit-jp", "certmetrics.com"),
        pre=auth_gmail("certmetrics.com", ip="198.2.180.64"))
emit(("certification", False, None), "Program notice that a benefit is available (caused by case B's fix, but it is certification-program mail, not the case).",
     h, plain(bn, charset="iso-2022-jp", cte="7bit"))
