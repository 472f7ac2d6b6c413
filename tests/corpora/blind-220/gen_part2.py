# Part 2: May 2025 -- case A opens, duplicate case C, partner hold, hold lifted.
from gen_lib import *

CO = ME_COMPANY
P = ME_PERSONAL
TCF = addr("AWS Training and Certification", TC_FORM)
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)
SUBJ_C = "RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ)

# ---------------------------------------------------------------- 05-09 HR leaving procedures (Shift_JIS 8bit, CRLF)
dt = T("2025-05-09 17:32:05", 9)
txt = """荒川さん

人事部の森です。退職に伴う手続きのご案内です。

1. 退職届 (押印済み) の原本を 5/23 (金) までに人事部へご提出ください。
2. 健康保険証・社員証・入館カードは最終出社日 (5/30) に返却をお願いします。
3. 貸与 PC は情報システム部が 5/30 17:00 に回収します。

また、会社アドレスで取得した資格 (AWS 認定など) を個人アドレスへ移す場合は、
最終出社日より前に済ませておくことをおすすめします。当社は AWS パートナーのため、
AWS 側から情シスに確認が来ることがあります。

ご不明点があれば人事部までご連絡ください。

人事部 森 早苗
株式会社ホシゾラテクノロジーズ
"""
add(dt=dt, frm=addr("森 早苗", "s.mori@hoshizora-tech.co.jp"), to=CO, subject="【人事】退職手続きのご案内 (荒川さん)",
    body=plain(txt, "shift_jis", "8bit", cs_param=False), kind="unrelated", reply=False, key="hr-leaving",
    mid_domain="TYCPR01MB7702.jpnprd01.prod.outlook.com", mid_style="outlook", subj_charset="iso-2022-jp", crlf=True,
    received=rcv_m365("TYCPR01MB7702.jpnprd01.prod.outlook.com", "2603:1096:400:3a1::9", dt),
    what="HR: leaving procedures, mentions moving AWS certifications", hard="Shift_JIS 8bit, CRLF; numbered list of requests from HR (not support); mentions AWS partner checks")

# ---------------------------------------------------------------- 05-10 Builder ID code
dt = T("2025-05-10 13:05:51", 0)
txt = """AWS Builder ID

Verify your email address

Hello,

Use the following code to finish creating your AWS Builder ID:

    Verification code: 582913

The code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can
ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
add(dt=dt, frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=P, subject="Verify your AWS Builder ID email address",
    body=plain(txt, "us-ascii", "7bit"), kind="unrelated", reply=False, key="builderid-code", mid_domain="signin.aws",
    **other_in(P, dt, "e226-54.smtp-out.us-west-2.amazonses.com", "23.251.226.54", "signin.aws"),
    what="Builder ID one-time code", hard="AWS sender; 6-digit code is not a case number; 'verify' wording")

# ---------------------------------------------------------------- A1 ack (long, echoes form)
dtA1 = T("2025-05-12 01:14:13", 0)
txt = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged
as case %s and has been placed in the queue for our Certification team.

What happens now
  - A member of the team normally responds within one business day. Requests that need
    checks with other teams can take longer.
  - Replies come to this address. Keep the case number in the subject line when you write
    to us so that your message lands on the same case.
  - Submitting the form again for the same request creates a separate case and tends to
    slow things down rather than speed them up.

Your submission
---------------------------------------------------------------
Name: Mizuki Arakawa
Contact email: %s
Inquiry type: Certification
Additional detail: Account Merge
Candidate ID: %s

Description:
I am leaving Hoshizora Technologies at the end of this month and would like all of my
certifications to live on my personal account. Addresses I have used:
  - %s (old, company; candidate ID %s)
  - %s (new, personal)
Please keep %s.
In 2021 I had a similar issue (case %s) which was solved by merging a duplicate
account, in case that history is useful.
---------------------------------------------------------------

Sincerely,
AWS Training and Certification Customer Service
This message was generated automatically on behalf of the team.
""" % (CASE_A, P, CAND_NEW, CO, CAND_OLD, P, P, OLD_CASE_MENTION)
add(dt=dtA1, frm=TCF, to=P, subject=SUBJ_A, body=plain(txt, "us-ascii", "7bit"),
    kind="acknowledgement", reply=False, case=CASE_A, cands=[CAND_NEW, CAND_OLD], key="A1",
    mid_domain="email.amazonses.com", mid_style="ses", extra=ses_extra(), **amazon_in(P, dtA1),
    what="Case A opened: merge company account into personal", hard="long ack with the echoed form; form text names a 2021 case number ('case %s') that is not this case" % OLD_CASE_MENTION)

# ---------------------------------------------------------------- 05-12 colleague handover
dt = T("2025-05-12 18:20:40", 9)
txt = """荒川さん

お疲れさまです、綿貫です。引き継ぎの件で3点だけ確認させてください。

1) 検証用アカウント (cert-lab) の Organizations 管理者は、荒川さん→私で変更済みで合っていますか?
2) CDK のデプロイ用 IAM ロールの MFA デバイス、返却前に解除してもらえますか?
3) Partner Central 上の認定者数は荒川さんの分が減るので、営業の田辺さんに一言伝えておきます。

AWS 認定アカウントを個人に移すなら、Partner Central の管理者 (私) に AWS から連絡が来るかも
しれないので、その時は対応しておきます。

綿貫
"""
add(dt=dt, frm=addr("綿貫 健二", "k.watanuki@hoshizora-tech.co.jp"), to=CO, subject="引き継ぎ確認 (cert-lab / IAM / Partner Central)",
    body=plain(txt, "utf-8", "base64"), kind="unrelated", reply=False, key="handover",
    mid_domain="TYCPR01MB5521.jpnprd01.prod.outlook.com", mid_style="outlook",
    received=rcv_m365("TYCPR01MB5521.jpnprd01.prod.outlook.com", "2603:1096:400:12::4", dt),
    what="Colleague: handover questions", hard="numbered questions that do need an answer, but from a colleague; talks about AWS partner contact")

# ---------------------------------------------------------------- C1 duplicate ack from the company address
dtC1 = T("2025-05-13 00:02:58", 0)
txt = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged
as case %s and has been placed in the queue for our Certification team.

What happens now
  - A member of the team normally responds within one business day.
  - Keep the case number in the subject line when you write to us.
  - Submitting the form again for the same request creates a separate case.

Your submission
---------------------------------------------------------------
Name: Mizuki Arakawa
Contact email: %s
Inquiry type: Certification
Additional detail: Account Merge

Description:
Sent yesterday from my personal address but have not heard back, so trying from my work
address. Please merge this account into %s. I leave the company on 30 May.
---------------------------------------------------------------

Sincerely,
AWS Training and Certification Customer Service
""" % (CASE_C, CO, P)
add(dt=dtC1, frm=TCF, to=CO, subject=SUBJ_C, body=plain(txt, "us-ascii", "7bit", cs_param=False),
    kind="acknowledgement", reply=False, case=CASE_C, key="C1", mid_domain="email.amazonses.com", mid_style="ses",
    extra=ses_extra(), **amazon_in(CO, dtC1), crlf=True,
    what="Case C opened: duplicate merge request from the company address", hard="same template as A1 but a second case for the same request (duplicate); CRLF")

# ---------------------------------------------------------------- A2 partner hold, question in a P.S.
dtA2 = T("2025-05-13 06:31:22", 0)
txt = """Hi Mizuki,

My name is Priyanka and I'm looking after your merge request.

Before merging anything I checked both certification accounts. The one registered under
%s is linked to an AWS Partner Network organization (Hoshizora Technologies).
Certifications held in a partner-linked account count toward that organization's partner
tier, so we cannot move them out on the employee's request alone while the link is active.

Here is where things stand:

  * I have written to the partner administrator registered for Hoshizora Technologies and
    asked them to release the link for your profile.
  * Your case is on hold until they answer. Partners usually respond within 3-5 business
    days; I will follow up with them if I have not heard back by Monday.
  * Nothing has been changed on either account. Your exam history, active certifications
    and the 50%% voucher all stay where they are in the meantime.

I will update this case as soon as the partner administrator responds.

Best,
Priyanka R.
AWS Training and Certification

P.S. The partner team will ask me when your employment ends. What is your last working day
at Hoshizora? A one-line answer to this e-mail is all I need.
""" % CO
htm = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Mizuki,</p>
<p>My name is Priyanka and I'm looking after your merge request.</p>
<p>Before merging anything I checked both certification accounts. The one registered under
<a href="mailto:%s">%s</a> is linked to an AWS Partner Network organization (Hoshizora Technologies).
Certifications held in a partner-linked account count toward that organization's partner tier, so we cannot
move them out on the employee's request alone while the link is active.</p>
<p>Here is where things stand:</p>
<ul>
<li>I have written to the partner administrator registered for Hoshizora Technologies and asked them to release the link for your profile.</li>
<li>Your case is <b>on hold</b> until they answer. Partners usually respond within 3-5 business days; I will follow up with them if I have not heard back by Monday.</li>
<li>Nothing has been changed on either account. Your exam history, active certifications and the 50%% voucher all stay where they are in the meantime.</li>
</ul>
<p>I will update this case as soon as the partner administrator responds.</p>
<p>Best,<br>Priyanka R.<br>AWS Training and Certification</p>
<p style="font-size:12px;color:#5f6b7a">P.S. The partner team will ask me when your employment ends. What is your last working day at Hoshizora? A one-line answer to this e-mail is all I need.</p>
</body></html>""" % (CO, CO)
add(dt=dtA2, frm=TCF, to=P, subject=SUBJ_A, body=alt(txt, htm, "----=_Part_41871_2009714322.1747117882"),
    kind="on_hold", reply=True, case=CASE_A, key="A2", mid_domain="email.amazonses.com", mid_style="ses",
    irt="A1", refs=["A1"], extra=ses_extra(), **amazon_in(P, dtA2),
    what="Case A on hold: company account is partner-linked", hard="long hold explanation; the only question is in a small-print P.S.")

# ---------------------------------------------------------------- C2 duplicate closed (company address)
dtC2 = T("2025-05-13 08:12:09", 0)
txt = """Hello Mizuki,

Thanks for getting in touch again. I can see that you submitted the same merge request
yesterday from your personal address, and that case (%s) is already with a colleague
who has started on it.

To keep everything in one place I have closed this case, %s, as a duplicate and added a
note to the original so the team knows you also wrote from your work address. There is
nothing for you to do on this one; all updates will come on %s, to your personal address.

Thank you for your patience,
Marcus T.
AWS Training and Certification
""" % (CASE_A, CASE_C, CASE_A)
add(dt=dtC2, frm=TCF, to=CO, subject=SUBJ_C, body=plain(txt, "utf-8", "quoted-printable"),
    kind="case_update", reply=False, case=CASE_C, key="C2", mid_domain="email.amazonses.com", mid_style="ses",
    irt="C1", refs=["C1"], extra=ses_extra(), **amazon_in(CO, dtC2),
    what="Case C closed as duplicate of A", hard="'closed' but not resolved or a closing notice; body names case A three times while it belongs to C")

# ---------------------------------------------------------------- A3 my reply (Gmail, top-posted)
dtA3 = T("2025-05-13 21:44:37", 9)
quoted = quote_gt("""Hi Mizuki,

My name is Priyanka and I'm looking after your merge request.

Before merging anything I checked both certification accounts. The one registered under
%s is linked to an AWS Partner Network organization (Hoshizora Technologies).
[...]

P.S. The partner team will ask me when your employment ends. What is your last working day
at Hoshizora? A one-line answer to this e-mail is all I need.""" % CO)
txt = """Hi Priyanka,

My last working day at Hoshizora Technologies is Friday, 30 May 2025. The partner admin there
is my colleague Kenji Watanuki (k.watanuki@hoshizora-tech.co.jp) and he knows I am moving my
certifications, so he should not be surprised by your message.

Thanks,
Mizuki

On Tue, May 13, 2025 at 3:31 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC_FORM, quoted)
htm = """<div dir="ltr">Hi Priyanka,<div><br></div><div>My last working day at Hoshizora Technologies is Friday, 30 May 2025. The partner admin there is my colleague Kenji Watanuki (<a href="mailto:k.watanuki@hoshizora-tech.co.jp">k.watanuki@hoshizora-tech.co.jp</a>) and he knows I am moving my certifications, so he should not be surprised by your message.</div><div><br></div><div>Thanks,</div><div>Mizuki</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, May 13, 2025 at 3:31 PM AWS Training and Certification &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Mizuki,<br><br>My name is Priyanka and I'm looking after your merge request.<br>[...]<br><br>P.S. The partner team will ask me when your employment ends. What is your last working day at Hoshizora? A one-line answer to this e-mail is all I need.</blockquote></div>""" % (TC_FORM, TC_FORM)
add(dt=dtA3, frm=addr(ME_NAME, P), to=TCF, subject="Re: " + SUBJ_A, body=alt(txt, htm, "000000000000a41c7e0634fd21b9"),
    kind="user_reply", reply=False, case=CASE_A, key="A3", mid_domain="mail.gmail.com", mid_style="gmail",
    irt="A2", refs=["A1", "A2"],
    what="My answer to the P.S. (last working day)", hard="Gmail top-post quoting the question; 'Re: RE:[CASE' subject")

# ---------------------------------------------------------------- 05-14 colleague out of office
dt = T("2025-05-14 09:00:31", 9)
txt = """綿貫は 5/14(水)〜5/16(金) まで休暇のため不在にしております。
5/19(月) 以降に順次対応いたします。お急ぎの場合は cloud-team@hoshizora-tech.co.jp までご連絡ください。

I am out of the office until Monday 19 May with limited access to e-mail.
For urgent matters please contact cloud-team@hoshizora-tech.co.jp.
"""
add(dt=dt, frm=addr("綿貫 健二", "k.watanuki@hoshizora-tech.co.jp"), to=CO,
    subject="自動応答: AWS から連絡が行くかもしれません", body=plain(txt, "utf-8", "base64"),
    kind="unrelated", reply=False, key="ooo-kenji", mid_domain="TYCPR01MB5521.jpnprd01.prod.outlook.com", mid_style="outlook",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    received=rcv_m365("TYCPR01MB5521.jpnprd01.prod.outlook.com", "2603:1096:400:12::4", dt),
    what="Colleague's out-of-office reply", hard="auto-reply whose subject mentions AWS contact; bilingual")

# ---------------------------------------------------------------- 05-14 amazon.co.jp shipping
dt = T("2025-05-14 11:47:02", 9)
txt = """Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-7719043-5528412
お届け予定: 5月15日(木)
商品: AWS認定ソリューションアーキテクト-アソシエイト 教科書 第3版

配送状況は「注文履歴」からご確認いただけます。
このメールアドレスは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。
"""
add(dt=dt, frm=addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=P, subject="Amazon.co.jp ご注文の商品を発送しました",
    body=plain(txt, "iso-2022-jp", "7bit"), kind="unrelated", reply=False, key="amazon-jp-ship",
    mid_domain="amazon.co.jp", subj_charset="iso-2022-jp",
    **other_in(P, dt, "a27-14.smtp-out.us-west-2.amazonses.com", "54.240.27.14", "amazon.co.jp"),
    what="Amazon.co.jp shipping notice (an AWS cert textbook)", hard="Amazon sender, AWS certification words, order number with dashes")

# ---------------------------------------------------------------- A4 hold lifted, long, asks nothing
dtA4 = T("2025-05-15 04:07:45", 0)
txt = """Hello Mizuki,

Good news on your case. Hoshizora Technologies' partner team answered this morning
and confirmed that your employment ends on 30 May. They have released the partner link on
the certification account registered to %s, so the hold on this case is lifted.

I want to set out what happens from here, because there are a few moving parts:

  1. Our records team prepares both accounts for the merge. This is an internal check of
     exam history, active certifications, benefits and any open exam registrations.
  2. Once that check is done, the agent handling the merge sends you a summary of both
     accounts and which one will be kept.
  3. After the merge, Credly re-issues your badges against the kept account. This can take
     up to 48 hours, and you may see "badge transferred" messages.
  4. The partner link can be re-created later by your next employer, if they are a
     partner, from their side. You do not need to do anything about that now.

You do not need to reply to this message; I have moved the case back to the merge queue
and the next message you get on it will be the summary described in step 2.

Thank you for your patience while we waited on the partner,
Priyanka R.
AWS Training and Certification
""" % CO
htm = "<html><body><div style=\"font-family:Arial;font-size:14px\">" + txt.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</div></body></html>"
add(dt=dtA4, frm=TCF, to=P, subject=SUBJ_A, body=alt(txt, htm, "----=_Part_51102_1230455.1747282065"),
    kind="case_update", reply=False, case=CASE_A, key="A4", mid_domain="email.amazonses.com", mid_style="ses",
    irt="A3", refs=["A1", "A2", "A3"], extra=ses_extra(), **amazon_in(P, dtA4),
    what="Case A: hold lifted, back in the merge queue", hard="long numbered 'what happens next' list announcing a future confirmation; explicitly no reply needed")
