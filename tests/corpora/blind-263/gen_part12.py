from gen_lib import *
from gen_part10 import SUBJ_B, MID_B1, MID_B2, MID_B3
from gen_part11 import B47, MID_B4, CSUBJ, FOOT_C, MID_C1, MID_C2

# 050 info_request B: Outlook-style Japanese top-post, one question inside the explanation
d = dt("2025-06-12 04:30:41")
B50_NEW = """桜庭 由希 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。
前任の小林より本件を引き継ぎました。

認定チームにて調査いたしました結果、ご指摘の50%割引特典は、統合処理の際に旧アカウント側に
残ったままとなっていたことが判明いたしました。6月21日のご受験に間に合うよう、新アカウントへの
再付与の手続きを進めております。

再付与にあたり、一点だけ確認させてください。記録上、2025年3月20日にこの特典を適用した
試験予約が一度作成され、同日中にキャンセルされております。こちらはご本人様による
ご予約およびキャンセルでお間違いございませんでしょうか。

ご確認のほど、よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート
"""
B50 = B50_NEW + """
差出人: Amazon Web Services <%s>
送信日時: 2025年6月10日 16:20
宛先: Yuki Sakuraba <%s>
件名: RE:%s

""" % (TC, ME_P, SUBJ_B) + B47
MID_B5 = mid("caseB-info2", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_B, d, MID_B5, irt=MID_B4,
        refs="%s %s %s %s" % (MID_B1, MID_B2, MID_B3, MID_B4), pre=auth_gmail("amazon.com"))
emit(("info_request", True, CASE_B),
     "New agent takes over; mostly good news (benefit found, being reissued) with one yes/no question in the middle (〜でお間違いございませんでしょうか). Outlook Japanese header block (差出人/送信日時) over unprefixed history.",
     h, alt(plain(B50, cte="base64"), html("<html><body><div style=\"font-family:'Yu Gothic'\">" + B50.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>\n", cte="base64"), "b50"))

# 051 Japanese community event mail
d = dt("2025-06-13 03:00:00")
cp = """Yuki Sakuraba さん

参加登録ありがとうございます。以下のイベントの参加枠が確定しました。

JAWS-UG 城南 #42「資格と転職、どう付き合う？」
日時：2025/06/27（金）19:00〜21:00
会場：五反田 某会議室（詳細はイベントページ）

キャンセルする場合はイベントページから手続きしてください。

connpass
"""
h = std('"connpass" <no-reply@connpass.com>', ME_P, "【connpass】JAWS-UG 城南 #42 の参加枠が確定しました", d, mid("connpass42", "connpass.com"),
        pre=auth_gmail("connpass.com", ip="52.69.44.10"))
emit(("unrelated", False, None), "Community event registration (Japanese) about certifications and job changes.", h, plain(cp, cte="base64"))

# 052 closing_notice C (console): resolve automatically unless answered in the Support Center
d = dt("2025-06-14 01:00:33")
c52 = """Hello,

We haven't heard back from you about the details requested on June 11 (the Pearson VUE registration number and the candidate ID the exam was booked under).

If we don't receive a response, this case will be resolved automatically in 3 days. To keep it open, add the information to the case through the Support Center link below.

Best regards,
Amazon Web Services
""" + FOOT_C
MID_C3 = mid("caseC-closing", "email.amazonses.com")
h = std('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_P, "RE:[CASE %s] %s" % (CASE_C, CSUBJ), d, MID_C3,
        pre=auth_gmail("amazon.com"))
emit(("closing_notice", True, CASE_C), "Console auto-resolve warning; the answer must go to the Support Center.", h, plain(c52, cte="7bit"), crlf=True)
C52 = c52

# 053 owner replies to the no-reply address by email (wrong channel)
d = dt("2025-06-15 08:02:10", JST)
u53 = """Hi Arjun,

Sorry for the delay. The Pearson VUE registration number is 482031657, and the exam was booked under my old candidate ID %s. My current account is %s.

Yuki

2025年6月14日(土) 10:00 Amazon Web Services <no-reply-aws@amazon.com>:

""" % (CID_OLD, CID_NEW) + quote(C52) + "\n"
h = std(addr("Yuki Sakuraba", ME_P), "Amazon Web Services <no-reply-aws@amazon.com>", "Re: RE:[CASE %s] %s" % (CASE_C, CSUBJ), d,
        "<CAJx7Qm4wN6pZ1-hTy3gKd8sVq2a@mail.gmail.com>", irt=MID_C3, refs="%s %s %s" % (MID_C1, MID_C2, MID_C3))
emit(("user_reply", False, CASE_C, [CID_OLD, CID_NEW]),
     "Owner answers the console case by e-mail to no-reply-aws@amazon.com - the wrong channel (it does not reach support). Still just the owner's own mail.",
     h, plain(u53, cte="quoted-printable"))

# 054 closing_notice B (Japanese, Shift_JIS 8bit)
d = dt("2025-06-16 02:00:15")
b54 = """桜庭 由希 様

AWS トレーニングと認定 カスタマーサポートの山本です。

6月12日にお送りしたご確認事項（3月20日の試験予約およびキャンセルについて）への
ご返信を、まだいただけておりません。

本日より3営業日以内にご返信がない場合、本ケースはいったんクローズさせていただきます。
クローズ後であっても、本メールにご返信いただければケースは再開されますのでご安心ください。

山本
AWS トレーニングと認定 カスタマーサポート
"""
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_B, d, mid("caseB-closing", "c2-cs.amazon.com"), irt=MID_B5,
        refs="%s %s %s" % (MID_B1, MID_B4, MID_B5), pre=auth_gmail("amazon.com"))
emit(("closing_notice", True, CASE_B), "Japanese closing notice in Shift_JIS (8bit); no explicit request verb - the 'ask' is implied by 'no reply => close'.",
     h, plain(b54, charset="shift_jis", cte="8bit"))
