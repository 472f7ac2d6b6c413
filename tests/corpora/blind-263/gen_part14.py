from gen_lib import *
from gen_part1 import SUBJ_A, MID_A1
from gen_part8 import r31

# 060 survey B (Japanese)
d = dt("2025-06-19 00:30:00")
sv = """桜庭 由希 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、よろしければ簡単なアンケートにご協力ください（所要時間：約1分）。

今回のサポートの満足度を5段階でお選びください。
https://survey.aws.training/s/ja/8f2c?case=%s

いただいたご意見は、サービス向上のために活用させていただきます。
※本メールは送信専用です。ご返信いただいてもお答えできません。

AWS トレーニングと認定
""" % (CASE_B, CASE_B)
h = std(addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P, "アンケートのお願い：ケース %s のサポートについて" % CASE_B, d,
        mid("caseB-survey", "email.amazonses.com"), pre=auth_gmail("amazon.com"))
emit(("survey", False, CASE_B), "Japanese satisfaction survey for case B (〜ください phrasing, but a survey).", h, plain(sv, cte="base64"))

# 061 another cloud vendor's support case asking for information (Japanese)
d = dt("2025-06-19 06:48:30")
mv = """桜庭 由希 様

ミナトクラウド サポートセンターです。
お問い合わせ（受付番号 #2506190042）について、調査のため追加の情報をお願いいたします。

・対象サーバーのホスト名
・事象が発生した日時（おおよそで構いません）

お手数ですが、本メールにご返信のうえお知らせいただけますでしょうか。
3日以内にご返信がない場合、本お問い合わせはクローズとさせていただきます。

ミナトクラウド サポートセンター
"""
h = std(addr("ミナトクラウド サポート", "support@minato-cloud.jp"), ME_P, "[#2506190042] 追加情報のお願い", d, mid("minato", "minato-cloud.jp"),
        pre=auth_gmail("minato-cloud.jp", ip="133.242.10.5"))
emit(("unrelated", False, None),
     "Other vendor's Japanese support case: keigo request plus a 3-day closing threat - identical shape to AWS mail, but not AWS, so no reply flag.",
     h, plain(mv, cte="quoted-printable"))

# 062 owner reopens case A by replying to the resolution
d = dt("2025-06-20 09:30:12", JST)
u62 = """Hi Mateo,

I'm reopening this because something is still missing. My AWS Certified Cloud Practitioner (CLF-C01, passed in September 2021) does not appear in the exam history of %s, and as far as I remember it was not on Account #2 either.

Two questions:
- Can you find the 2021 Cloud Practitioner record?
- Does the merge change anything on the Tsubame Solutions partner side that I should tell them about?

Thanks,
Yuki

2025年5月27日(火) 13:40 Amazon Web Services <%s>:

""" % (CID_NEW, TC) + quote(r31) + "\n"
MID_A20 = "<CAJx7Qm1sD9vHq-Mz4Tf6wRb2kLc@mail.gmail.com>"
MID_A_MERGED = mid("caseA-merged", "c2-cs.amazon.com")
h = std(addr("Yuki Sakuraba", ME_P), TC, "Re: RE:" + SUBJ_A, d, MID_A20, irt=MID_A_MERGED, refs="%s %s" % (MID_A1, MID_A_MERGED))
emit(("user_reply", False, CASE_A, [CID_NEW]),
     "Owner reopens case A by replying to the resolution mail; own questions; quoted history nests three levels with the old confirmation request.",
     h, plain(u62, cte="quoted-printable"))

# 063 info_request A (reopened): '>' inline answers, exactly one new question
d = dt("2025-06-20 05:10:44")
A63 = """Hi Yuki,

Thanks for writing back - I've reopened the case. My answers are below.

> - Can you find the 2021 Cloud Practitioner record?

It isn't on either of the two accounts we merged, so it is most likely on a third certification account. Which email address did you use when you booked that exam in 2021?

> - Does the merge change anything on the Tsubame Solutions partner side that I should tell them about?

No. The partner link was removed before the merge, so there is nothing for them to update.

Mateo R.
AWS Training and Certification - Account Operations

-----Original Message-----
From: Yuki Sakuraba <%s>
Sent: Friday, June 20, 2025 12:30 AM
To: %s
Subject: Re: RE:%s

""" % (ME_P, TC, SUBJ_A) + u62
MID_A21 = mid("caseA-reopen", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_A, d, MID_A21, irt=MID_A20, refs="%s %s %s" % (MID_A1, MID_A_MERGED, MID_A20),
        pre=auth_gmail("amazon.com"))
emit(("info_request", True, CASE_A),
     "Reopened case: support answers under each '>'-quoted question of the owner; one of the two answers ends in a new question (which address was used in 2021). The second answer needs nothing.",
     h, plain(A63, cte="quoted-printable"), crlf=True)
