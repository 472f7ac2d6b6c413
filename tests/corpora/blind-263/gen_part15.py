from gen_lib import *
from gen_part1 import SUBJ_A, MID_A1
from gen_part14 import A63, MID_A21, MID_A20

UNI = "y-sakuraba@st.hokuto-u.ac.jp"
CID_UNI = "AWS07725109"

# 064 owner answers the one question inline
d = dt("2025-06-20 21:02:55", JST)
u64_new = """Hi Mateo,

> Which email address did you use when you booked that exam in 2021?

I was still at university then, so it was probably my student address: %s. I can no longer receive mail there.

Yuki
""" % UNI
u64 = u64_new + "\n2025年6月20日(金) 14:10 Amazon Web Services <%s>:\n\n" % TC + quote(A63) + "\n"
MID_A22 = "<CAJx7Qm6yF3bTr-Nw8Pa1cKe5zHd@mail.gmail.com>"
h = std(addr("Yuki Sakuraba", ME_P), TC, "Re: RE:" + SUBJ_A, d, MID_A22, irt=MID_A21, refs="%s %s %s" % (MID_A1, MID_A20, MID_A21))
emit(("user_reply", False, CASE_A), "Owner's short inline answer naming a third (dead) address.", h, plain(u64, cte="7bit"))

# 065 confirmation_request A: a third account found; go-ahead needed (indirect wording)
d = dt("2025-06-21 02:04:17")
c65 = """Hi Yuki,

That was it. There is a third certification account under your student address:

Account #3
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s
Certifications: AWS Certified Cloud Practitioner (expired September 17, 2024)

If this account is yours, I can merge it into Account #1 (%s, %s) the same way as before; I just need your go-ahead in a reply. Because you can no longer receive mail at the student address, your answer from this address is enough.

Mateo R.
AWS Training and Certification - Account Operations
""" % (UNI, UNI, UNI, CID_UNI, ME_P, CID_NEW)
MID_A23 = mid("caseA-confirm3", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_A, d, MID_A23, irt=MID_A22, refs="%s %s %s" % (MID_A1, MID_A21, MID_A22),
        pre=auth_gmail("amazon.com"))
emit(("confirmation_request", True, CASE_A, [CID_UNI, CID_NEW]),
     "Merge confirmation for a third account, phrased conditionally ('If this account is yours, I can merge it... I just need your go-ahead') - a real request despite the 'if'.",
     h, alt(plain(c65, cte="quoted-printable"), html("<html><body><div style=\"font-family:Arial\">" + c65.replace("\n", "<br>\n") + "</div></body></html>\n", cte="quoted-printable"), "c65"))

# 066 owner gives the go-ahead
d = dt("2025-06-21 12:15:40", JST)
u66_new = "Hi Mateo,\n\nYes, Account #3 is mine. Please go ahead and merge it into Account #1.\n\nThank you!\nYuki\n"
u66 = u66_new + "\n2025年6月21日(土) 11:04 Amazon Web Services <%s>:\n\n" % TC + quote(c65) + "\n"
MID_A24 = "<CAJx7Qm0pV4nKe-Bs7Wd2hTq9xJf@mail.gmail.com>"
h = std(addr("Yuki Sakuraba", ME_P), TC, "Re: RE:" + SUBJ_A, d, MID_A24, irt=MID_A23, refs="%s %s %s" % (MID_A1, MID_A22, MID_A23))
emit(("user_reply", False, CASE_A), "Owner's one-line go-ahead above the quoted Account #3 listing.", h, plain(u66, cte="7bit"))

# 067 resolved A: Outlook quoting of the owner's mail which carries the old confirmation request
d = dt("2025-06-23 04:20:05")
r67 = """Hi Yuki,

Done: Account #3 has been merged into Account #1. Your Cloud Practitioner certification (expired) and the 2021 exam now appear in the exam history of your current account. No further action is required on your side, and this case is now resolved.

Good luck with the Developer Associate exam.

Mateo R.
AWS Training and Certification - Account Operations

From: Yuki Sakuraba <%s>
Sent: Saturday, June 21, 2025 3:15 AM
To: %s
Subject: Re: RE:%s

""" % (ME_P, TC, SUBJ_A) + u66
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_A, d, mid("caseA-merged3", "c2-cs.amazon.com"), irt=MID_A24,
        refs="%s %s %s" % (MID_A1, MID_A23, MID_A24), pre=auth_gmail("amazon.com"))
emit(("resolved", False, CASE_A),
     "Second resolution of the reopened case; Outlook header block over the owner's reply, which still quotes the 'I just need your go-ahead' request and two candidate IDs.",
     h, alt(plain(r67, cte="quoted-printable"), html("<html><body><pre style=\"font-family:Calibri;white-space:pre-wrap\">" + r67.replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>\n", cte="quoted-printable"), "r67"))

# 068 a former colleague asks the owner how the merge works
d = dt("2025-06-25 20:41:13", JST)
fr = """桜庭さん

ご無沙汰してます、高橋です（個人アドレスから失礼します）。
私も来月で退職することになって、AWS認定のアカウント統合を申請しました。

サポートから「Account #1 / Account #2」と並んだメールが来て、
どちらを残すか確認してほしいと書いてあるんですが、
個人アドレスの方を Account #1 として返信すればいいんでしょうか？
あと、返信は英語じゃないとダメですか？

お時間あるときに教えてください！

高橋 美咲
"""
h = std(addr("高橋 美咲", "misaki.takahashi.0412@gmail.com"), ME_P, "AWS認定のアカウント統合について教えてください", d,
        "<CAHm2Lp8kT4vQx-Ra7Yn3sWd0eGz@mail.gmail.com>", pre=auth_gmail("gmail.com", sel="20230601", ip="209.85.220.41"))
emit(("unrelated", False, None),
     "Former colleague asks the owner about her own merge, quoting the 'Account #1 / Account #2' wording and asking questions - a request, but from a friend, not support.",
     h, plain(fr, cte="base64"))
