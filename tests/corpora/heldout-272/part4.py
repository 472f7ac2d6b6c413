"""2025 March 17-31: partner hold, reply from the wrong address, closing notice."""
from lib import *
from part1 import CAND_OLD
from part3 import CASE_M, CAND_NEW, M_ACK, AWSAUTH

M_HOLD = ses_mid("m-hold")
M_FWD = gmail_mid("m-fwd")
M_USR1 = outlook_mid("m-usr1")
M_WRONG = ses_mid("m-wrong")
M_CLOSE = ses_mid("m-close")
M_USR2 = gmail_mid("m-usr2")
M_HOLD2 = ses_mid("m-hold2")
MORI = ("森 武志", "t-mori@kitaura-sys.co.jp")
TANAKA = ("田中 美穂", "m-tanaka@kitaura-sys.co.jp")

HOLD_TXT = """Hello Haruka,

Thank you for your patience while we reviewed case 174195546700318.

The certification account registered to h-nishimura@kitaura-sys.co.jp is
associated with an AWS Partner Network organization (Kitaura Systems Co., Ltd.).
Certifications on a partner-linked account count toward that organization's
partner standing, so they cannot be moved while the association is active.
I have put your case on hold and contacted the partner's alliance team about
releasing the link.

  Candidate ID   Login email                      Partner link
  AWS02217845    h-nishimura@kitaura-sys.co.jp    Kitaura Systems Co., Ltd.
  AWS04503318    haruka.nishimura.kt@gmail.com    none

So we can tell the partner team how to proceed: what will your last working
day at Kitaura Systems be, or have you already left the company?

Nothing else is required from you at this point.

Best regards,
Marco R.
AWS Training and Certification Customer Service"""

HOLD_HTML = """<p>Hello Haruka,</p>
<p>Thank you for your patience while we reviewed case 174195546700318.</p>
<p>The certification account registered to h-nishimura@kitaura-sys.co.jp is associated with an
AWS Partner Network organization (Kitaura Systems Co., Ltd.). Certifications on a partner-linked
account count toward that organization's partner standing, so they cannot be moved while the
association is active. I have put your case on hold and contacted the partner's alliance team
about releasing the link.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#232f3e;color:#fff"><th>Candidate ID</th><th>Login email</th><th>Partner link</th></tr>
<tr><td>AWS02217845</td><td>h-nishimura@kitaura-sys.co.jp</td><td>Kitaura Systems Co., Ltd.</td></tr>
<tr><td>AWS04503318</td><td>haruka.nishimura.kt@gmail.com</td><td>none</td></tr>
</table>
<p>So we can tell the partner team how to proceed: what will your last working day at Kitaura
Systems be, or have you already left the company?</p>
<p>Nothing else is required from you at this point.</p>
<p>Best regards,<br>Marco R.<br>AWS Training and Certification Customer Service</p>"""

WRONG_TXT = """Hello Haruka,

Thank you for the update about 31 March.

This reply reached us from h-nishimura@kitaura-sys.co.jp, which is the login of
the account that would be merged away. Because that mailbox belongs to the
partner organization, we can only act on instructions sent from the address of
the destination account. Would you send the same confirmation again from
haruka.nishimura.kt@gmail.com, as a reply on this case with the case number
kept in the subject?

Best regards,
Marco R.
AWS Training and Certification Customer Service"""

CLOSE_TXT = """Hello,

This is a reminder about case 174195546700318. We wrote to you on 18 March 2025
and have not yet received a reply.

If we do not hear from you within 3 business days, the case will be closed
automatically. Replying to this email keeps it open; if it has already closed,
a reply will reopen it.

Regards,
AWS Training and Certification Customer Service"""


def messages():
    out = []
    t = when("2025-03-17 04:20:33", UTC)
    out.append(mail(t, (TC_NAME, TC), ME_P, subj_tc(CASE_M),
                    html(wrap_html(HOLD_HTML), cte="qp"),
                    label("on_hold", True, CASE_M, [CAND_OLD, CAND_NEW]),
                    msgid=M_HOLD, irt=M_ACK, refs=[M_ACK], rcv="gmail", auth=AWSAUTH))

    t = when("2025-03-17 14:02:18", JST)
    new = """森さん、田中さん

AWS認定アカウントの件で、AWS から下記の連絡が来ています。
会社がパートナー登録しているため、Partner Central 側で私の紐付けを外してもらう
必要があるようです。管理者の方にお伝えいただけますか。

(会社アドレスにも転送しておきます)

西村"""
    fwd = """---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Mon, Mar 17, 2025 at 1:20 PM
Subject: %s
To: <%s>

""" % (TC, subj_tc(CASE_M), ME_P) + HOLD_TXT
    body = multi("alternative", [
        text(new + "\n\n" + fwd, cte="b64"),
        html('<div dir="ltr">' + new.replace("\n", "<br>") + '<br><br><div class="gmail_quote">'
             + fwd.split("\n\n")[0].replace("\n", "<br>") + "<br><br>" + HOLD_HTML + "</div></div>", cte="b64"),
    ], preamble=False)
    out.append(mail(t, (ME_NAME, ME_P), ME_C, "Fwd: " + subj_tc(CASE_M), body,
                    label("user_reply", False, CASE_M), cc=[MORI, TANAKA], msgid=M_FWD,
                    rcv="o365", auth=("gmail.com", True, "gmail.com", "209.85.216.41")))

    t = when("2025-03-17 14:02:31", JST)
    ooo = """田中は 3 月 19 日(水)まで休暇のため不在にしております。
期間中はメールを確認できません。お急ぎの場合は森(t-mori@kitaura-sys.co.jp)まで
ご連絡ください。

I am out of the office until Wednesday, March 19, with no access to email.
For urgent matters please contact t-mori@kitaura-sys.co.jp."""
    out.append(mail(t, TANAKA, (ME_NAME, ME_P), "自動応答: Fwd: " + subj_tc(CASE_M),
                    text(ooo, cte="b64"), label("unrelated", False, CASE_M),
                    msgid=outlook_mid("tanaka-ooo"), irt=M_FWD, refs=[M_FWD], rcv="gmail",
                    auth=("kitaura-sys.co.jp", True, "kitaura-sys.co.jp", "52.101.229.10"),
                    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "m-tanaka@kitaura-sys.co.jp"),
                           ("Thread-Topic", "Fwd: " + subj_tc(CASE_M))]))

    t = when("2025-03-17 16:45:10", JST)
    mori = """西村さん

了解です。パートナーセンターの管理者は田中さんなので、依頼しておきました。
在籍中は外せないとのことで、3/31 付で解除してもらう段取りです。
解除されたら田中さんから連絡が行くと思います。

森"""
    out.append(mail(t, MORI, ME_C, "Partner Central の紐付け解除について",
                    text(mori, cs="iso-2022-jp", cte="7bit"), label("unrelated", False),
                    msgid=outlook_mid("mori-1"), rcv="o365", auth=("kitaura-sys.co.jp", True),
                    hcs="iso-2022-jp"))

    t = when("2025-03-18 10:02:37", JST)
    usr = """Hello Marco,

Thank you for the explanation. My last working day at Kitaura Systems is
31 March 2025. Our partner administrator has been told and will remove the
link on that date.

Please keep my personal account (AWS04503318, haruka.nishimura.kt@gmail.com)
as the destination.

Best regards,
Haruka Nishimura"""
    hist = """________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 17, 2025 13:20
To: haruka.nishimura.kt@gmail.com
Subject: %s

""" % subj_tc(CASE_M) + HOLD_TXT
    body = multi("alternative", [
        text(usr + "\n\n" + hist, cte="qp"),
        html('<html><body><div style="font-family:Aptos,sans-serif">' + usr.replace("\n", "<br>\n") +
             '</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> '
             'AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> '
             'Monday, March 17, 2025 13:20<br><b>Subject:</b> ' + subj_tc(CASE_M) + '</div>' + HOLD_HTML +
             '</body></html>', cte="qp"),
    ], preamble=False)
    out.append(mail(t, (ME_NAME, ME_C), (TC_NAME, TC), subj_tc(CASE_M), body,
                    label("user_reply", False, CASE_M, [CAND_NEW]), msgid=M_USR1,
                    irt=M_HOLD, refs=[M_ACK, M_HOLD],
                    extra=[("Thread-Topic", subj_tc(CASE_M)[3:]), ("Thread-Index", "AQHbl3zK0f8sYj1mQkq2XcT4vZ9uOw=="),
                           ("Content-Language", "en-US")]))

    t = when("2025-03-18 06:55:49", UTC)
    out.append(mail(t, (TC_NAME, TC), ME_C, subj_tc(CASE_M),
                    text(WRONG_TXT + "\n\n" + q(usr), cte="qp"),
                    label("info_request", True, CASE_M), msgid=M_WRONG, irt=M_USR1,
                    refs=[M_ACK, M_HOLD, M_USR1], rcv="o365", auth=AWSAUTH))

    t = when("2025-03-19 03:12:40", UTC)
    body = html(wrap_html("""<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px">aws</span>
<span style="color:#fff"> Certification</span></div>
<p>Dear Candidate,</p>
<p>Your request to merge AWS Certification accounts is <b>pending identity verification</b>.
To prevent loss of your certifications and badges, sign in and confirm your account
details within 24 hours.</p>
<p><a href="https://aws-certification-support.com/verify?id=haruka.nishimura.kt"
style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify now</a></p>
<p>If you do not verify, the merge will be cancelled and your certification records may be suspended.</p>
<p>AWS Certification Support Team</p>"""), cte="b64")
    out.append(mail(t, ("AWS Certification Support", "support@aws-certification-support.com"), ME_P,
                    "Action required: your AWS Certification account merge is pending", body,
                    label("suspicious", False), msgid=mid("phish-1", "aws-certification-support.com"),
                    rcv="gmail", auth=("aws-certification-support.com", True, "aws-certification-support.com", "185.212.44.19"),
                    reply_to="verify@aws-certification-support.com"))

    t = when("2025-03-21 01:00:00", UTC)
    mk = """AWS Summit Japan 2025 登録受付中

AWS 認定をお持ちの方は、会場内の「認定者ラウンジ」をご利用いただけます。
ラウンジでは限定ノベルティの配布や、認定に関するご相談を承ります。

登録はこちら: https://aws.amazon.com/jp/summits/japan/

本メールは送信専用です。配信停止をご希望の場合は、メール設定ページから
お手続きください。
アマゾン ウェブ サービス ジャパン合同会社"""
    body = multi("alternative", [text(mk, cte="qp"),
                                 html(wrap_html(mk.replace("\n", "<br>\n"), "ja"), cte="qp")])
    out.append(mail(t, ("AWS Summit Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
                    "AWS Summit Japan 2025 登録受付中 ― 認定者ラウンジのご案内", body,
                    label("unrelated", False), msgid=ses_mid("mkt-summit"), rcv="gmail", auth=AWSAUTH))

    t = when("2025-03-24 01:05:20", UTC)
    out.append(mail(t, (TC_NAME, TC), ME_P, subj_tc(CASE_M), text(CLOSE_TXT, cte="7bit"),
                    label("closing_notice", True, CASE_M), msgid=M_CLOSE, irt=M_WRONG,
                    refs=[M_ACK, M_HOLD, M_USR1, M_WRONG], rcv="gmail", auth=AWSAUTH, eol="\r\n"))

    t = when("2025-03-24 12:40:09", JST)
    usr2 = """Hello,

Sorry for the slow answer. I am now writing from my personal address, as Marco
asked. I confirm that my last day at Kitaura Systems is 31 March 2025, and I
would like the company account (AWS02217845) merged into my personal account
(AWS04503318), keeping haruka.nishimura.kt@gmail.com.

Best regards,
Haruka Nishimura"""
    attr = "On Mon, Mar 24, 2025 at 10:05 AM AWS Training and Certification <%s> wrote:" % TC
    body = multi("alternative", [
        text(usr2 + "\n\n" + attr + "\n" + q(CLOSE_TXT), cte="qp"),
        html('<div dir="ltr">' + usr2.replace("\n", "<br>") + '</div><br><div class="gmail_quote">'
             '<div dir="ltr" class="gmail_attr">' + attr.replace("<", "&lt;").replace(">", "&gt;") +
             '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             + CLOSE_TXT.replace("\n", "<br>") + '</blockquote></div>', cte="qp"),
    ], preamble=False)
    out.append(mail(t, (ME_NAME, ME_P), (TC_NAME, TC), subj_tc(CASE_M), body,
                    label("user_reply", False, CASE_M, [CAND_OLD, CAND_NEW]), msgid=M_USR2,
                    irt=M_CLOSE, refs=[M_ACK, M_HOLD, M_USR1, M_WRONG, M_CLOSE]))

    t = when("2025-03-25 08:31:57", UTC)
    h2 = """Hi Haruka,

Thanks, your confirmation from the personal address is now on the case.

The partner link on the old account is still active. The Kitaura Systems partner
administrators have been asked to remove it after 31 March, and the case stays on
hold until they do (or until the link lapses with your departure). We'll write as
soon as it is released; you don't need to do anything in the meantime.

Best,
Anjali M.
AWS Training and Certification"""
    out.append(mail(t, (TC_NAME, TC), ME_P, subj_tc(CASE_M), text(h2 + "\n\n" + q(usr2), cte="b64"),
                    label("on_hold", False, CASE_M), msgid=M_HOLD2, irt=M_USR2,
                    refs=[M_ACK, M_HOLD, M_USR1, M_WRONG, M_CLOSE, M_USR2], rcv="gmail", auth=AWSAUTH,
                    eol="\r\n"))

    t = when("2025-03-26 11:14:03", UTC)
    body = html(wrap_html("""<p><img src="https://credly-badges.net/assets/credly-logo.png" alt="Credly" width="110"></p>
<p>Hi Haruka,</p>
<p>We detected a duplicate issuer record on your profile. <b>3 of your AWS badges will be revoked</b>
in 48 hours unless you re-confirm your login.</p>
<p><a href="https://credly-badges.net/session/confirm">Keep my badges</a></p>
<p>Credly Trust &amp; Safety</p>"""), cte="qp")
    out.append(mail(t, ("Credly", "no-reply@credly-badges.net"), ME_P,
                    "Action needed: 3 of your badges will be revoked", body,
                    label("suspicious", False), msgid=mid("phish-credly", "credly-badges.net"),
                    rcv="gmail", auth=("credly-badges.net", True, "credly-badges.net", "91.215.85.120")))

    t = when("2025-03-28 18:22:41", JST)
    tn = """西村さん

パートナーセンターの管理者の田中です。
森さんから依頼のあった件、3/31 の 18 時以降に西村さんのユーザーを
パートナーセンターから削除し、認定アカウントとの紐付けも外します。
作業が終わったら Teams でお知らせします。

最終日まで、お疲れさまでした。
田中 美穂"""
    out.append(mail(t, ("田中 美穂", "m-tanaka@kitaura-sys.co.jp"), ME_C, "RE: Partner Central の紐付け解除について",
                    text(tn, cte="b64"), label("unrelated", False), cc=[MORI],
                    msgid=outlook_mid("tanaka-1"), rcv="o365", auth=("kitaura-sys.co.jp", True)))

    t = when("2025-03-31 17:05:00", JST)
    bye = """皆さま

本日をもちまして退職いたします。7年間、本当にお世話になりました。
このアドレスは本日で使えなくなりますので、今後は下記へご連絡ください。

  haruka.nishimura.kt@gmail.com

皆さまのご活躍をお祈りしております。

西村 遥"""
    out.append(mail(t, ("西村 遥", ME_C), [("キタウラシステムズ 全社", "all@kitaura-sys.co.jp")],
                    "退職のご挨拶(西村)", text(bye, cs="iso-2022-jp", cte="7bit"),
                    label("user_reply", False), msgid=outlook_mid("bye"), hcs="iso-2022-jp"))
    return out
