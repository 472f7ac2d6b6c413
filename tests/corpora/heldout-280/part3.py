"""May 2025: forward to the partner admin, hold lifted, confirmation request, closing notice."""
from mk import *  # noqa: F401,F403
from part2 import SUBJ_A, AUTH_G

# 023 owner forwards the hold to the company's APN admin (Japanese, ISO-2022-JP)
w = d(2025, 5, 1, 13, 15, tz=JST)
IDS["A_fwd"] = mid_outlook()
txt = """小野寺さん

お疲れさまです、市村です。
退職に伴い AWS 認定アカウントを個人アドレスへ統合しようとしたところ、
下記のとおり APN(Partner Central)側で当社との紐づけを外してもらう必要が
あるとのことでした。お手すきの際に解除をお願いできますでしょうか。

市村

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Thursday, May 1, 2025 11:00 AM
To: %s
Subject: RE: %s

Hello Naoko,

I'm with the partner operations side and have picked up your case.

I've written to the Partner Central alliance lead at Hoshizora System
Integration and asked them to release your certification record from their
organization. Until they do, the merge can't go ahead, so your case stays
paused for now. We don't need anything further from you at this stage.

Best regards,
Lukas
""" % (TC, ME_P, SUBJ_A)
raw = build(frm=addr("市村 直子", ME_C, "iso-2022-jp"), to=addr("小野寺 健", "k.onodera@hoshizora-si.co.jp", "iso-2022-jp"),
            subject="FW: RE: " + SUBJ_A, date=w, text=txt, charset="iso-2022-jp", enc="7bit",
            mid=IDS["A_fwd"], extra=[("Thread-Topic", SUBJ_A)])
add(w, raw, "user_reply", False, CASE_A, [],
    "owner's Japanese forward to a colleague (ISO-2022-JP); the forward itself asks the colleague for something")

# 024 Pearson VUE appointment confirmation
w = d(2025, 5, 2, 19, 48, tz=JST)
txt = """Dear Naoko Ichimura,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Tuesday, June 10, 2025
Time: 10:00 AM JST
Delivery: OnVUE online proctored
Registration ID: 418275936

Check in up to 30 minutes before your appointment. To reschedule or cancel,
sign in to your AWS Certification Account at least 24 hours in advance.

Pearson VUE
"""
raw = build(frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_C,
            subject="Pearson VUE Confirmation of Booking", date=w, text=txt, charset="us-ascii", enc="7bit",
            mid=mid_generic("pearson.com"), auth=auth_m365("pearson.com", "pearson.com"))
add(w, raw, "unrelated", False, None, [], "exam vendor booking with a 9-digit registration ID")

# 025 AWS Educate form case (other program) asks a question
w = d(2025, 5, 6, 16, 45, tz=JST)
txt = """Hello Naoko,

Thank you for your interest in becoming an AWS Educate educator.

To finish verifying your application we need an address at the
institution where you teach; the Gmail address on the application cannot
be used for educator verification. Could you reply with your university
e-mail address, or add it to your AWS Educate profile?

Kind regards,
Ravi
AWS Educate Support
"""
raw = build(frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
            subject="RE:[CASE %s] [AWS Educate Form Submission] - educator-verification" % CASE_EDU,
            date=w, text=txt, enc="qp", mid=mid_ses(w), auth=AUTH_G())
add(w, raw, "unrelated", False, None, [],
    "same sender family and subject shape, but an AWS Educate case: asks a question yet is not a T&C case")

# 026 colleague answers the forward (Japanese, thread carries the case token)
w = d(2025, 5, 7, 9, 52, tz=JST)
txt = """市村さん

小野寺です。Partner Central で市村さんの認定の紐づけを解除しました。
AWS 側に反映されるまで数日かかるかもしれません。

最終日まであと少しですね。お疲れさまでした!

小野寺
"""
raw = build(frm=addr("小野寺 健", "k.onodera@hoshizora-si.co.jp", "iso-2022-jp"), to=addr("市村 直子", ME_C, "iso-2022-jp"),
            subject="RE: FW: RE: " + SUBJ_A, date=w, text=txt, charset="iso-2022-jp", enc="7bit",
            mid=mid_outlook(), irt=IDS["A_fwd"], refs=IDS["A_fwd"])
add(w, raw, "unrelated", False, CASE_A, [],
    "colleague's Japanese reply in the case thread (subject has the token) - not support; case kept for threading")

# 027 hold lifted
w = d(2025, 5, 9, 10, 40, tz=JST)
IDS["A_lift"] = mid_ses(w)
html = html_wrap("""<p>Hi Naoko,</p>
<p>Good news: Hoshizora System Integration has released your certification record from their partner organization,
so the hold on your case is lifted. I've sent the request back to the merge team, and they will get in touch
when the two accounts are ready for your final check.</p>
<p>Cheers,<br>Marco R.<br>AWS Training and Certification Customer Service</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 2025-04-29 04:20 UTC</p>
<p>One thing on your side would speed this up: are you leaving Hoshizora, and if so, on what date does your
employment end?</p></div>""")
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE:" + SUBJ_A, date=w,
            html=html, enc="b64", mid=IDS["A_lift"], irt=IDS["A_hold2"], refs=IDS["A_ack"] + " " + IDS["A_hold2"],
            auth=AUTH_G())
add(w, raw, "case_update", False, CASE_A,
    [], "hold lifted, HTML-only base64; an old question is quoted below in a bordered div")

# 028 external out-of-office
w = d(2025, 5, 9, 15, 2, tz=JST)
txt = """ご連絡ありがとうございます。
5月12日(月)まで休暇のため不在にしております。期間中はメールを確認できません。
お急ぎの場合は support@kumo-partners.jp までご連絡ください。

Thank you for your message. I am out of the office until Monday 12 May
with no access to e-mail. For urgent matters please write to
support@kumo-partners.jp.
"""
raw = build(frm=addr("Takeda Yui", "y.takeda@kumo-partners.jp"), to=ME_C,
            subject="自動応答: Re: 来期の見積もりについて", date=w, text=txt, enc="b64",
            mid=mid_outlook(), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
add(w, raw, "unrelated", False, None, [], "bilingual out-of-office auto-reply")

# 029 confirmation request with account table (multipart)
w = d(2025, 5, 12, 14, 5, tz=JST)
IDS["A_conf"] = mid_ses(w)
TXT_CONF = """Hello Naoko,

I'm Bianca from the certification accounts team, and I'll be doing your
merge. I found these two profiles:

Account 1
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
  Certifications: AWS Certified Solutions Architect - Associate

Account 2
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
  Certifications: none

When two profiles are combined, one of them becomes the surviving record
and the other is retired. Going by your request, Account 2 would be the one
we keep. Can you confirm that both profiles are yours and that Account 2
is the right one to keep?

Thank you,
Bianca
AWS Training and Certification
""" % (CAND_OLD, ME_C, ME_C, ME_C, CAND_NEW, ME_P, ME_P, ME_P)
row = "<tr><td style='border:1px solid #aab7b8;padding:4px'>%s</td><td style='border:1px solid #aab7b8;padding:4px'>%s</td><td style='border:1px solid #aab7b8;padding:4px'>%s</td></tr>"
html = html_wrap("<p>Hello Naoko,</p><p>I'm Bianca from the certification accounts team, and I'll be doing your merge. I found these two profiles:</p>"
                 "<table style='border-collapse:collapse'>" + row % ("", "<b>Account 1</b>", "<b>Account 2</b>")
                 + row % ("Candidate ID", CAND_OLD, CAND_NEW) + row % ("Login email", ME_C, ME_P)
                 + row % ("Training notification email", ME_C, ME_P) + row % ("Certification notification email", ME_C, ME_P)
                 + row % ("Certifications", "AWS Certified Solutions Architect - Associate", "none") + "</table>"
                 "<p>When two profiles are combined, one of them becomes the surviving record and the other is retired. Going by your request, Account 2 would be the one we keep. Can you confirm that both profiles are yours and that Account 2 is the right one to keep?</p>"
                 "<p>Thank you,<br>Bianca<br>AWS Training and Certification</p>")
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE: " + SUBJ_A, date=w,
            text=TXT_CONF, html=html, enc="qp", mid=IDS["A_conf"], irt=IDS["A_lift"],
            refs=IDS["A_ack"] + " " + IDS["A_lift"], auth=AUTH_G())
add(w, raw, "confirmation_request", True, CASE_A, [CAND_OLD, CAND_NEW],
    "merge confirmation with a side-by-side table; the ask is one question at the end")

# 030 lookalike-domain phishing
w = d(2025, 5, 13, 3, 17, tz=JST)
html = html_wrap("""<p><img src="https://aws-certification-support.com/static/aws-logo.png" alt="aws"></p>
<p>Dear Certified Professional,</p>
<p>Your request to merge AWS Certification accounts is pending final verification. To avoid losing your
certifications, exam history and vouchers, sign in and confirm ownership within <b>24 hours</b>.</p>
<p><a href="https://aws-certification-support.com/merge/verify?c=AWS0" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Verify and complete merge</a></p>
<p>Alternatively, reply to this message with your Builder ID email and password so our team can complete the merge for you.</p>
<p>AWS Training &amp; Certification Support<br>Case ID: 1746991203</p>""")
raw = build(frm=addr("AWS Training & Certification", "support@aws-certification-support.com"), to=ME_P,
            subject="RE:[CASE 1746991203] Action required: confirm your certification account merge", date=w,
            html=html, enc="qp", mid=mid_generic("aws-certification-support.com"),
            auth=auth_gmail("aws-certification-support.com", "bounce@aws-certification-support.com", ip="185.244.25.61", p="NONE"))
add(w, raw, "suspicious", False, None, [],
    "lookalike domain copying the case subject style and asking for a reply with the password; fake case id")

# 031 Skill Builder receipt
w = d(2025, 5, 14, 8, 30, tz=JST)
txt = """Thanks for your purchase!

AWS Skill Builder Individual subscription - monthly
Order number: SB-2025-0514-77310
Amount charged: USD 29.00
Next renewal: June 14, 2025

Manage your subscription at https://skillbuilder.aws/subscription

AWS Training and Certification
"""
raw = build(frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
            subject="Your AWS Skill Builder receipt", date=w, text=txt, charset="us-ascii", enc="7bit",
            mid=mid_ses(w), auth=auth_gmail("aws.training", "bounces@aws.training", dkim_dom="aws.training"))
add(w, raw, "unrelated", False, None, [], "Skill Builder receipt signed 'AWS Training and Certification'")

# 032 HR notice in Shift_JIS
w = d(2025, 5, 15, 10, 0, tz=JST)
txt = """市村 直子 さん

人事部の川口です。退職手続きについてご案内します。

・最終出社日: 2025年5月16日(金)
・社用メールアカウントは5月16日 18:00 に停止します。
  外部サービスに登録している社用アドレスは、それまでに変更してください。
・PC とセキュリティカードは当日中に総務へ返却をお願いします。

ご不明点があれば内線 2203 までお問い合わせください。

人事部 川口
"""
raw = build(frm=addr("人事部 川口", "hr@hoshizora-si.co.jp", "shift_jis"), to=addr("市村 直子", ME_C, "shift_jis"),
            subject="【人事】退職手続きのご案内", date=w, text=txt, charset="shift_jis", enc="b64",
            mid=mid_outlook())
add(w, raw, "unrelated", False, None, [], "HR notice in Shift_JIS: company mailbox closes May 16")

# 033 closing notice
w = d(2025, 5, 19, 9, 12, tz=JST)
IDS["A_close"] = mid_ses(w)
txt = """Hi Naoko,

Just checking in on the merge. I haven't heard back since my note on
May 12 asking you to confirm the two profiles. If nothing reaches me by
Thursday, May 22, I'll close the case for now; a reply at any point,
even after that, picks it straight back up.

Bianca
AWS Training and Certification

> Can you confirm that both profiles are yours and that Account 2
> is the right one to keep?
"""
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE: " + SUBJ_A, date=w,
            text=txt, enc="7bit", charset="us-ascii", mid=IDS["A_close"], irt=IDS["A_conf"],
            refs=IDS["A_ack"] + " " + IDS["A_conf"], auth=AUTH_G())
add(w, raw, "closing_notice", True, CASE_A, [],
    "short, casual closing notice ('If nothing reaches me...') with the old question quoted")

# 034 other vendor: case about to close
w = d(2025, 5, 19, 23, 40, tz=JST)
txt = """Hi Naoko,

We haven't heard from you in a while about request SUP-88213
("Jira Cloud: merge duplicate user accounts"). If we don't hear back
within 3 business days, this request will be closed automatically.
Reply to this email to keep it open.

Atlassian Support
"""
raw = build(frm=addr("Atlassian Support", "support@atlassian.com"), to=ME_P,
            subject="[JIRA] (SUP-88213) Merge duplicate user accounts - waiting for customer", date=w,
            text=txt, charset="us-ascii", enc="7bit", mid=mid_generic("atlassian.net"),
            auth=auth_gmail("atlassian.com", "bounce@atlassian.net", dkim_dom="atlassian.com", ip="185.166.143.232"))
add(w, raw, "unrelated", False, None, [], "another vendor's closing notice about merging accounts")

# 035 owner confirms
w = d(2025, 5, 20, 8, 12, tz=JST)
IDS["A_ok"] = mid_gmail()
txt = """Hi Bianca,

Sorry for the slow reply, the last week at work was hectic.

Confirmed: both profiles are mine. Please keep Account 2 (%s,
the gmail one) and merge Account 1 into it.

Thanks,
Naoko

On Mon, May 19, 2025 at 9:12 AM AWS Training and Certification <%s> wrote:
> Hi Naoko,
>
> Just checking in on the merge. I haven't heard back since my note on
> May 12 asking you to confirm the two profiles.
""" % (CAND_NEW, TC)
raw = build(frm=addr(ME_NAME, ME_P), to=TC, subject="Re: RE: " + SUBJ_A, date=w, text=txt, enc="qp",
            mid=IDS["A_ok"], irt=IDS["A_close"], refs=" ".join([IDS["A_ack"], IDS["A_conf"], IDS["A_close"]]))
add(w, raw, "user_reply", False, CASE_A, [CAND_NEW], "owner's confirmation naming the surviving candidate ID")

# 036 automatic receipt of the reply
w = d(2025, 5, 20, 8, 12, 51, tz=JST)
txt = """We have received your reply to case %s.

Your message has been added to the case and the team working on it has been
notified. You do not need to send it again.

AWS Training and Certification
""" % CASE_A
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE: " + SUBJ_A, date=w,
            text=txt, charset="us-ascii", enc="7bit", mid=mid_ses(w), irt=IDS["A_ok"], auth=AUTH_G(),
            extra=[("Auto-Submitted", "auto-generated")])
add(w, raw, "acknowledgement", False, CASE_A, [], "automatic receipt of the owner's reply, mid-thread")
