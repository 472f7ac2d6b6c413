"""Early July 2025: a third certification profile turns up; short merge case in mixed languages."""
from mk import *  # noqa: F401,F403
from part2 import AUTH_G

SUBJ_F = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F

# 068 ack, third template
w = d(2025, 6, 27, 12, 6, 20, tz=JST)
IDS["F_ack"] = mid_ses(w)
txt = """Hello,

Your case %s has been created.

We are currently receiving a higher number of requests than usual, so a
first response may take a little longer than 24 hours. There is no need
to contact us again in the meantime.

What you sent us:
    I found a third certification profile, %s, created through Partner
    Central single sign-on with my former company address. Please fold it
    into my main profile %s as well.

AWS Training and Certification
""" % (CASE_F, CAND_SSO, CAND_NEW)
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_F, date=w, text=txt,
            charset="us-ascii", enc="7bit", mid=IDS["F_ack"], auth=AUTH_G())
add(w, raw, "acknowledgement", False, CASE_F, [CAND_SSO, CAND_NEW],
    "ack whose indented form echo holds both IDs (counted: the echo is this message's content, not earlier mail); 'no need to contact us again'")

# 069 Japanese confirmation request (multipart, utf-8 QP)
w = d(2025, 7, 1, 10, 15, tz=JST)
IDS["F_conf"] = mid_ses(w)
txt = """市村様

AWS トレーニングと認定の田中です。お待たせしました。
ご依頼の件について、次の 2 つのアカウントを確認しました。

【アカウント 1】
 候補 ID: %s
 ログイン用メールアドレス: %s
 取得済み認定: AWS Certified Solutions Architect - Associate

【アカウント 2】
 候補 ID: %s
 ログイン方法: AWS Partner Central (シングルサインオン)
 登録メールアドレス: %s
 取得済み認定: なし

アカウント 2 をアカウント 1 に統合し、アカウント 1 を残す形で進めて
よろしければ、このメールにその旨ご返信ください。どちらかのアカウントに
心当たりがない場合も、あわせてお知らせください。

田中
AWS トレーニングと認定
""" % (CAND_NEW, ME_P, CAND_SSO, ME_C)
html = html_wrap("<div style='white-space:pre-wrap'>%s</div>" % esc(txt), font="Meiryo, sans-serif")
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE:" + SUBJ_F, date=w,
            text=txt, html=html, enc="qp", mid=IDS["F_conf"], irt=IDS["F_ack"], refs=IDS["F_ack"], auth=AUTH_G())
add(w, raw, "confirmation_request", True, CASE_F, [CAND_NEW, CAND_SSO],
    "Japanese merge confirmation (〜ご返信ください), support writing Japanese")

# 070 owner's Japanese reply (Gmail Japanese quote header)
w = d(2025, 7, 1, 19, 40, tz=JST)
IDS["F_ok"] = mid_gmail()
txt = """田中様

ご確認ありがとうございます。2 つとも私のアカウントです。
アカウント 1 (%s) を残して統合してください。

市村

2025年7月1日(火) 10:15 AWS Training and Certification <%s>:
> 市村様
>
> AWS トレーニングと認定の田中です。お待たせしました。
> ご依頼の件について、次の 2 つのアカウントを確認しました。
> [...]
""" % (CAND_NEW, TC)
raw = build(frm=addr("市村 直子", ME_P), to=TC, subject="Re: RE:" + SUBJ_F, date=w, text=txt, enc="b64",
            mid=IDS["F_ok"], irt=IDS["F_conf"], refs=IDS["F_ack"] + " " + IDS["F_conf"])
add(w, raw, "user_reply", False, CASE_F, [CAND_NEW], "owner's Japanese go-ahead, base64 UTF-8")

# 071 English resolution after a Japanese exchange
w = d(2025, 7, 2, 8, 55, tz=JST)
txt = """Hi Naoko,

Done - profile %s has been folded into %s, so from
now on you will only ever see one certification account when you sign
in. Partner Central single sign-on will no longer create a separate
profile for you.

We're closing this case now. If anything turns up missing, just reply
within the next 14 days and it will reopen.

Regards,
Tanaka
AWS Training and Certification

-----Original Message-----
From: %s
Sent: Tuesday, July 1, 2025 10:40 AM
Subject: Re: RE:%s

アカウント 1 (%s) を残して統合してください。
""" % (CAND_SSO, CAND_NEW, ME_P, SUBJ_F, CAND_NEW)
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE:" + SUBJ_F, date=w,
            text=txt, enc="qp", mid=mid_ses(w), irt=IDS["F_ok"],
            refs=" ".join([IDS["F_ack"], IDS["F_conf"], IDS["F_ok"]]), auth=AUTH_G())
add(w, raw, "resolved", False, CASE_F, [CAND_SSO, CAND_NEW],
    "'Done - ... folded into' plus 'closing this case now' and a reply-to-reopen line: resolved, not a closing notice")
