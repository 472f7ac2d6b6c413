# Part 5: June 2025 -- console case D (voucher) and Japanese form case F (training transcript).
from gen_lib import *

P = ME_PERSONAL
CO = ME_COMPANY
TCF = addr("AWS Training and Certification", TC_FORM)
AWSNR = addr("Amazon Web Services", "no-reply-aws@amazon.com")
D_SUBJ = "Exam voucher missing after certification account merge"
LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_D
FOOT = """
To see the case or add a reply, sign in to the Support Center:
%s

Note: this e-mail was sent from an address that cannot accept incoming e-mails. Replies
must be added in the Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % LINK

# ---------------------------------------------------------------- D1 console ack
dtD1 = T("2025-06-02 05:40:26", 0)
txt = """Hello,

Thank you for contacting AWS Support. We have created case %s for your request.
Here is a summary of your case:

Case ID: %s
Subject: %s
Service: AWS Training and Certification
Category: Certification benefits
Severity: General guidance
Correspondence:
My two certification accounts were merged on 22 May (form case %s). The merge
message said the 50%% exam voucher was moved to my kept account (candidate ID %s),
but Benefits is empty there. I want to book SAA-C03 before my certification expires.
""" % (CASE_D, CASE_D, D_SUBJ, CASE_A, CAND_NEW) + FOOT
add(dt=dtD1, frm=AWSNR, to=P, subject="Amazon Web Services: New Support case: %s" % CASE_D,
    body=plain(txt, "utf-8", "quoted-printable"), kind="acknowledgement", reply=False, case=CASE_D, cands=[CAND_NEW],
    key="D1", mid_domain="email.amazonses.com", mid_style="ses", extra=ses_extra(), **amazon_in(P, dtD1),
    what="Case D opened in the Support Center (voucher missing)", hard="console template; my text names the earlier form case %s" % CASE_A)

# ---------------------------------------------------------------- D2 console: questions in a numbered list after an explanation
dtD2 = T("2025-06-03 01:12:44", 0)
txt = """Hello,

We have added a new reply to case %s, "%s".

Reply from AWS Support:
------------------------------------------------------------
Hi Mizuki,

I'm Lin from the AWS Training and Certification team and I've picked up this case.

Some background first, since benefit moves are not very visible from the outside. When two
certification accounts are merged, benefits are not moved by the agent doing the merge; a
nightly job copies them from the retired account to the kept one. For most people the
voucher simply turns up one night later. In your case the job ran on 23 May but reported
the voucher as "redeemed", so nothing was copied. That status normally means the voucher
was attached to a booking, and a cancelled booking does not always release it.

The things that let me trace a voucher in this state are:

  1. Did you apply the voucher to the 14 June SAA-C03 appointment that was cancelled
     during the merge, and if so, on what date did you book it?
  2. What is the Pearson VUE registration ID of that appointment (9 digits)?
  3. Does the Benefits page of the old account show anything under "Used", if you kept a
     screenshot before the merge?

With those I can ask our vendor team to release the voucher or issue a replacement.

Best regards,
Lin W.
AWS Training and Certification
------------------------------------------------------------
""" % (CASE_D, D_SUBJ) + FOOT
add(dt=dtD2, frm=AWSNR, to=P, subject="RE:[CASE %s] %s" % (CASE_D, D_SUBJ),
    body=plain(txt, "utf-8", "quoted-printable"), kind="info_request", reply=True, case=CASE_D, key="D2",
    mid_domain="email.amazonses.com", mid_style="ses", extra=ses_extra(), **amazon_in(P, dtD2),
    what="Case D: three questions about the voucher (console)", hard="questions in a numbered list introduced as 'the things that let me trace'; answer must go to the Support Center, not e-mail")

# ---------------------------------------------------------------- D3 my e-mail reply to the no-reply address
dtD3 = T("2025-06-03 19:34:02", 9)
txt = """Hi Lin,

1. Yes, I used the voucher for that booking, on 2 May.
2. 421907556
3. No screenshot, sorry.

Thanks,
Mizuki

On Tue, Jun 3, 2025 at 10:12 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> Hello,
>
> We have added a new reply to case %s, "%s".
> [...]
>   1. Did you apply the voucher to the 14 June SAA-C03 appointment that was cancelled
>      during the merge, and if so, on what date did you book it?
>   2. What is the Pearson VUE registration ID of that appointment (9 digits)?
""" % (CASE_D, D_SUBJ)
add(dt=dtD3, frm=addr(ME_NAME, P), to=AWSNR, subject="Re: RE:[CASE %s] %s" % (CASE_D, D_SUBJ),
    body=plain(txt, "utf-8", "7bit"), kind="user_reply", reply=False, case=CASE_D, key="D3",
    mid_domain="mail.gmail.com", mid_style="gmail", irt="D2", refs=["D2"],
    what="My answer, mistakenly sent by e-mail to the no-reply address", hard="a user reply that support will never see")

# ---------------------------------------------------------------- D4 bounce
dtD4 = T("2025-06-03 10:34:09", 0)
bounce_txt = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
dsn = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mizuki.arakawa.dev@gmail.com
Arrival-Date: Tue, 03 Jun 2025 03:34:02 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
orig_hdrs = """Message-ID: %s
Date: Tue, 3 Jun 2025 19:34:02 +0900
From: Mizuki Arakawa <%s>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE %s] %s
""" % (mid("D3"), P, CASE_D, D_SUBJ)
body = multi("report; report-type=delivery-status", [
    plain(bounce_txt, "utf-8", "7bit"),
    ([("Content-Type", "message/delivery-status")], dsn.encode()),
    ([("Content-Type", "text/rfc822-headers")], orig_hdrs.encode()),
], "000000000000d4a1f80636a0e2b7")
add(dt=dtD4, frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=P,
    subject="Delivery Status Notification (Failure)", body=body, kind="unrelated", reply=False, case=CASE_D,
    key="D4", mid_domain="mx.google.com", mid_style="hex", extra=[("Auto-Submitted", "auto-replied")],
    what="Bounce of my e-mail reply on case D", hard="multipart/report; case number only in the returned headers; no new request")

# ---------------------------------------------------------------- F1 Japanese form ack (training transcript not merged)
dtF1 = T("2025-06-04 03:22:47", 0)
txt = """荒川 瑞希 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

担当者が内容を確認のうえ、原則として 1 営業日以内にご連絡いたします。
同じご用件で重ねてフォームを送信されますと別のケースとなり、回答が遅れる場合がございます。

■ お問い合わせ内容
種別: トレーニング / 受講履歴
本文: 5 月に認定アカウントの統合を行いましたが、旧アカウントで受講したデジタルトレーニング
(Skill Builder) の修了履歴が新しいアカウントに表示されません。履歴の移行は可能でしょうか。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_F
add(dt=dtF1, frm=TCF, to=P, subject="RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), body=plain(txt, "shift_jis", "base64"),
    kind="acknowledgement", reply=False, case=CASE_F, key="F1", mid_domain="email.amazonses.com", mid_style="ses",
    extra=ses_extra(), **amazon_in(P, dtF1),
    what="Case F opened (training transcript), Japanese", hard="Shift_JIS base64; account-assistance subject for a training issue")

# ---------------------------------------------------------------- F2 keigo + English, request mid-paragraph
dtF2 = T("2025-06-05 06:58:13", 0)
txt = """荒川 瑞希 様

いつも AWS をご利用いただき、誠にありがとうございます。
AWS Training and Certification の高橋でございます。

お問い合わせいただいた受講履歴の件について、まず仕組みからご説明いたします。
認定アカウント (CertMetrics) とトレーニングアカウント (AWS Skill Builder) は別のシステムで
管理されており、5 月に実施した "certification account merge" では認定側の情報のみが
統合の対象となります。そのため、Skill Builder の修了履歴は旧アカウント側に残ったままと
なっております。It is a common situation after a merge, so there is no problem with your
certifications themselves.

トレーニング側の履歴移行は、旧アカウントへのサインイン方法によって手順が異なります。
旧アカウントにどの方法 (Amazon アカウント / AWS Builder ID / AWS Partner Network の SSO) で
サインインされていたか、あわせて修了証の画面のスクリーンショットを 1 枚ご共有いただけます
でしょうか。APN の SSO でサインインされていた場合は、パートナー企業様側での操作が必要となる
ことがございますが、その際は弊社よりご連絡いたしますので、荒川様からパートナー企業様へ
ご連絡いただく必要はございません。

なお、Skill Builder の有料サブスクリプションは個人に紐づくため、今回の移行の影響は
受けません。

引き続きどうぞよろしくお願いいたします。

Best regards,
高橋 (Takahashi)
AWS Training and Certification
"""
body = multi("alternative", [plain(txt, "utf-8", "base64"),
                             html("<html><body><div style=\"font-family:'Yu Gothic',sans-serif\">" +
                                  txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div></body></html>", "utf-8", "base64")],
             "----=_Part_117734_881922.1749106693")
add(dt=dtF2, frm=TCF, to=P, subject="RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), body=body,
    kind="info_request", reply=True, case=CASE_F, key="F2", mid_domain="email.amazonses.com", mid_style="ses",
    irt="F1", refs=["F1"], extra=ses_extra(), **amazon_in(P, dtF2),
    what="Case F: asks how I signed in to the old account + a screenshot", hard="keigo request (ご共有いただけますでしょうか) mid-paragraph between explanations; a 'no need to contact the partner' sentence right after")

# ---------------------------------------------------------------- F3 my reply (Japanese)
dtF3 = T("2025-06-05 21:10:45", 9)
txt = """高橋様

ご連絡ありがとうございます。荒川です。
旧アカウントには AWS Partner Network の SSO (前職のホシゾラテクノロジーズ) でサインインしていました。
修了証画面のスクリーンショットを添付いたします。

よろしくお願いいたします。
荒川 瑞希

2025年6月5日(木) 15:58 AWS Training and Certification <%s>:
> 荒川 瑞希 様
>
> いつも AWS をご利用いただき、誠にありがとうございます。
> AWS Training and Certification の高橋でございます。
> [...]
> 旧アカウントにどの方法 (Amazon アカウント / AWS Builder ID / AWS Partner Network の SSO) で
> サインインされていたか、あわせて修了証の画面のスクリーンショットを 1 枚ご共有いただけます
> でしょうか。
""" % TC_FORM
png = base64.encodebytes(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                       "1f15c4890000000d4944415478da6360000000000200015e21bc330000000049454e44ae426082"))
body = multi("mixed", [plain(txt, "utf-8", "base64"),
                       ([("Content-Type", 'image/png; name="skillbuilder_transcript.png"'),
                         ("Content-Disposition", 'attachment; filename="skillbuilder_transcript.png"'),
                         ("Content-Transfer-Encoding", "base64")], png)], "000000000000f3c2a90636c1a7e4")
add(dt=dtF3, frm=addr(ME_JA, P, "utf-8"), to=TCF, subject="Re: RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), body=body,
    kind="user_reply", reply=False, case=CASE_F, key="F3", mid_domain="mail.gmail.com", mid_style="gmail",
    irt="F2", refs=["F1", "F2"],
    what="My answer with a screenshot", hard="Japanese Gmail quote style (…<addr>:); attachment")

# ---------------------------------------------------------------- D5 console closing notice
dtD5 = T("2025-06-06 01:15:31", 0)
txt = """Hello,

We have added a new reply to case %s, "%s".

Reply from AWS Support:
------------------------------------------------------------
Hello,

We haven't heard back from you on this case since our last reply. If there is no response
in the Support Center within 3 days, the case will be resolved automatically. Resolved cases
can no longer be reopened 14 days after resolution.

AWS Support
------------------------------------------------------------
""" % (CASE_D, D_SUBJ) + FOOT
add(dt=dtD5, frm=AWSNR, to=P, subject="RE:[CASE %s] %s" % (CASE_D, D_SUBJ),
    body=plain(txt, "utf-8", "quoted-printable"), kind="closing_notice", reply=True, case=CASE_D, key="D5",
    mid_domain="email.amazonses.com", mid_style="ses", extra=ses_extra(), **amazon_in(P, dtD5),
    what="Case D: auto-resolve warning (my e-mail never arrived)", hard="no question; reply must go to the console; comes after my (bounced) e-mail answer")

# ---------------------------------------------------------------- F4 partner hold, nothing asked
dtF4 = T("2025-06-09 05:30:02", 0)
txt = """荒川 瑞希 様

AWS Training and Certification の高橋でございます。
スクリーンショットのご共有、誠にありがとうございました。

確認いたしましたところ、旧アカウントは AWS Partner Network (ホシゾラテクノロジーズ様) の SSO に
紐づいており、受講履歴の移行にはパートナー企業様の管理者による紐付け解除が必要でございます。
弊社より先方の管理者様へ本日ご依頼をお送りいたしました。

先方のご対応が完了するまで、本ケースは保留 (on hold) とさせていただきます。
パートナー企業様からのご回答には通常 3〜5 営業日ほどかかります。
We will resume the transcript transfer as soon as the partner responds; no action is needed
from you in the meantime.

荒川様にて追加でご対応いただくことはございません。
ご不明な点がございましたら、本メールにご返信ください。

何卒よろしくお願い申し上げます。
高橋 (Takahashi)
AWS Training and Certification
"""
add(dt=dtF4, frm=TCF, to=P, subject="RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), body=plain(txt, "iso-2022-jp", "7bit"),
    kind="on_hold", reply=False, case=CASE_F, key="F4", mid_domain="email.amazonses.com", mid_style="ses",
    irt="F3", refs=["F1", "F2", "F3"], extra=ses_extra(), **amazon_in(P, dtF4),
    what="Case F on hold: partner admin must release the SSO link", hard="long keigo hold; only a conditional 'ご不明な点がございましたら…ご返信ください'")

# ---------------------------------------------------------------- D6 console resolved with feedback footer
dtD6 = T("2025-06-09 08:02:50", 0)
txt = """Hello,

We have added a new reply to case %s, "%s".

Reply from AWS Support:
------------------------------------------------------------
Hi Mizuki,

Thank you for the answers you added in the Support Center on 6 June; they were exactly what
the vendor team needed. They confirmed that the voucher was still tied to the cancelled
14 June booking (registration 421907556) and released it. A fresh 50%% exam voucher has been
issued to candidate ID %s and is visible now under Benefits, valid until 31 December 2025.

Since that was the whole of the request, I am marking this case as resolved. If the voucher
does not apply at checkout, add a reply to this case and I will pick it up again.

Best regards,
Lin W.
AWS Training and Certification
------------------------------------------------------------

We value your feedback. Rate this reply in the Support Center:
%s
""" % (CASE_D, D_SUBJ, CAND_NEW, LINK) + FOOT
add(dt=dtD6, frm=AWSNR, to=P, subject="RE:[CASE %s] %s" % (CASE_D, D_SUBJ),
    body=plain(txt, "utf-8", "quoted-printable"), kind="resolved", reply=False, case=CASE_D, cands=[CAND_NEW], key="D6",
    mid_domain="email.amazonses.com", mid_style="ses", extra=ses_extra(), **amazon_in(P, dtD6),
    what="Case D resolved: new voucher issued", hard="console template with a rating footer and a conditional follow-up")

# ---------------------------------------------------------------- D7 console survey
dtD7 = T("2025-06-10 09:00:00", 0)
htm = """<html><body style="font-family:Arial"><p>Hello,</p>
<p>Your AWS Support case <b>%s</b> (%s) was recently resolved. Tell us how we did by answering one question:</p>
<p><b>How likely are you to recommend AWS Support to a colleague?</b></p>
<p>%s</p>
<p style="font-size:11px;color:#777">You received this message because you opened an AWS Support case. This address cannot accept incoming e-mails.</p>
</body></html>""" % (CASE_D, D_SUBJ, " ".join('<a href="https://survey.aws.amazon.com/s/%s?nps=%d">%d</a>' % (CASE_D, i, i) for i in range(11)))
add(dt=dtD7, frm=AWSNR, to=P, subject="How did AWS Support do on case %s?" % CASE_D, body=html(htm, "utf-8", "quoted-printable"),
    kind="survey", reply=False, case=CASE_D, key="D7", mid_domain="email.amazonses.com", mid_style="ses",
    extra=ses_extra(), **amazon_in(P, dtD7),
    what="Case D survey (0-10 scale)", hard="same no-reply sender as the case; a question")

# ---------------------------------------------------------------- F5 resolved, Japanese + English
dtF5 = T("2025-06-13 02:44:19", 0)
txt = """荒川 瑞希 様

AWS Training and Certification の高橋でございます。

パートナー企業様にて紐付けの解除が完了し、旧アカウントのデジタルトレーニング修了履歴
(計 23 コース) を現在のアカウントへ移行いたしました。Skill Builder の「マイトレーニング」>
「修了済み」よりご確認いただけます。

Your certification account was not changed by this transfer, and candidate ID %s stays as it is.

以上をもちまして本件は解決とさせていただきます。追加のご対応は不要です。
表示に不備がございましたら、14 日以内に本メールへご返信いただければケースを再開いたします。

このたびはご不便をおかけいたしましたことをお詫び申し上げます。
高橋 (Takahashi)
AWS Training and Certification
""" % CAND_NEW
add(dt=dtF5, frm=TCF, to=P, subject="RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), body=plain(txt, "utf-8", "quoted-printable"),
    kind="resolved", reply=False, case=CASE_F, cands=[CAND_NEW], key="F5", mid_domain="email.amazonses.com", mid_style="ses",
    irt="F4", refs=["F1", "F2", "F3", "F4"], extra=ses_extra(), **amazon_in(P, dtF5),
    what="Case F resolved: transcript moved", hard="Japanese with an English sentence; 'ご返信いただければ再開' is conditional")
