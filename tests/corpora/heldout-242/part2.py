from mailkit import *

U = "unrelated"
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A
AWS_SES = dict(mailfrom="0106019590aa@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3")

CONFIRM_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Daisuke,</p>
<p>Good news: the partner link on your former employer's profile has been removed, so I can move
forward with the merge. I found the following two certification accounts for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05920116</td><td>AWS03318472</td></tr>
<tr><td>Login email</td><td>dhanamura.home@sorahako.jp</td><td>daisuke.hanamura@yuzuriha-dw.co.jp</td></tr>
<tr><td>Training notification email</td><td>dhanamura.home@sorahako.jp</td><td>daisuke.hanamura@yuzuriha-dw.co.jp</td></tr>
<tr><td>Certification notification email</td><td>dhanamura.home@sorahako.jp</td><td>daisuke.hanamura@yuzuriha-dw.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>SAA-C03, DVA-C02</td></tr>
</table>
<p>All history, certifications and benefits of the account that is merged away are moved to the
one that is kept. The one merged away can no longer be used to sign in.</p>
<p><b>Please review the list and confirm that both accounts are yours and that Account #1 is the
one to keep.</b> I will start the merge as soon as I have your reply.</p>
<p>Best regards,<br>Lerato M.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>"""


def build():
    # 019 ------------------------------------------------------------------
    d = "2025-03-14 10:12:33 +0900"
    M("oda-partner", (U, False, None, []), d, addr("小田 恵理", "e-oda@yuzuriha-dw.co.jp"), ME_C,
      "RE: AWS認定の連携解除について",
      leaf("""花村さん

小田です。パートナー担当として、AWS からの依頼を確認しました。

Partner Central 上で花村さんの認定プロファイルとの連携を解除しておきました。
AWS 側の反映には少し時間がかかるかもしれません。

当社の認定保有者数は花村さんの分が減りますが、気にしないでください。
新天地でもがんばってください！

小田

-----Original Message-----
From: 花村 大輔
Sent: Thursday, March 13, 2025 9:40 AM
To: 小田 恵理
Subject: AWS認定の連携解除について

小田さん、AWS サポートから連携解除の依頼がそちらに届くと思いますので、対応をお願いできますか。
""", cte="quoted-printable"),
      mid="ol", top=[rcvd(MX_C, "exch02.yzr.local", "10.20.1.12", when(d))],
      extra=["X-Mailer: Microsoft Outlook 16.0"],
      note="Colleague (partner admin) says she released the partner link - news about case A, "
           "but not from support and no case number: unrelated.")

    # 020 ------------------------------------------------------------------
    d = "2025-03-14 16:47:09 +0000"
    M("phish-helpdesk", ("suspicious", False, None, []), d,
      "AWS Certification Support <support@aws-certification-helpdesk.com>", ME_P,
      "Action required: verify your accounts before merge - Case 174160223300918",
      multi("alternative",
            leaf("""Dear Customer,

Your AWS Certification account merge (Case 174160223300918) is pending identity
verification. To avoid suspension of your certification records, sign in with your AWS Builder
ID within 24 hours:

https://aws-certification-helpdesk.com/merge/verify?c=174160223300918

If you do not verify, your certifications and exam history may be permanently removed.

AWS Training & Certification Team
"""),
            leaf("""<html><body><p>Dear Customer,</p><p>Your AWS Certification account merge
(Case 174160223300918) is pending identity verification.</p>
<p><a href="https://aws-certification-helpdesk.com/merge/verify?c=174160223300918"
style="background:#ff9900;color:#000;padding:8px 14px;text-decoration:none">Verify now</a></p>
<p>If you do not verify within 24 hours, your certifications may be permanently removed.</p>
<p>AWS Training &amp; Certification Team</p></body></html>""", "html"),
            key="phish-helpdesk"),
      top=inbound(when(d), MX_P, "aws-certification-helpdesk.com", "vps-3312.hostfast.example.net",
                  "198.18.44.201", mailfrom="support@aws-certification-helpdesk.com", sel="default"),
      note="Lookalike domain, credential phishing about a 'merge', arrives while a real merge is on hold.")

    # 021 ------------------------------------------------------------------
    d = "2025-03-15 02:03:18 +0000"
    M("apn-unlink", (U, False, None, []), d, "AWS Partner Network <apn-notifications@amazon.com>", ME_C,
      "Your AWS Partner Central user has been disassociated from Yuzuriha Digital Works",
      leaf("""Hello Daisuke Hanamura,

An alliance lead for Yuzuriha Digital Works has disassociated your AWS Partner Central user.
Your AWS Certification profile is no longer shared with this partner organization, and your
certifications will no longer count toward its partner programs.

If you think this was a mistake, contact the alliance lead of your organization.

AWS Partner Network
"""),
      top=inbound(when(d), MX_C, "amazon.com", "a9-14.smtp-out.amazonses.com", "54.240.9.14",
                  mailfrom="0100019592@amazonses.com", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
      note="AWS Partner Network notice (other AWS program) - related to the hold but not a case message.")

    # 022 ------------------------------------------------------------------
    d = "2025-03-17 05:20:41 +0000"
    M("a-unhold", ("case_update", False, A, []), d, TC_FROM, ME_P, SUBJ_A,
      leaf("""Hi Daisuke,

Lerato here - I'm taking over from Tomasz on your case.

The partner has removed the link on your former employer's profile, so the hold on case
%s has been lifted. I'm now pulling together the details of both profiles and will send them
to you shortly for a final check before the merge.

Best regards,
Lerato M.
AWS Training and Certification Customer Support
""" % A),
      crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a48-61.smtp-out.amazonses.com", "54.240.48.61", **AWS_SES),
      note="Hold lifted, announces a future request but asks nothing yet.")

    # 023 ------------------------------------------------------------------
    d = "2025-03-17 15:30:00 +0900"
    M("isp-maint", (U, False, None, []), d, "Sorahako サポート <info@support.sorahako.jp>", ME_P,
      "【Sorahako】メールサーバーメンテナンスのお知らせ（3/24）",
      leaf("""Sorahako をご利用いただきありがとうございます。

下記の日程でメールサーバーのメンテナンスを実施いたします。

日時：2025年3月24日（月）2:00〜5:00
影響：作業中、メールの送受信が最大10分程度遅延する場合があります。

お客さまによるご対応は必要ございません。
ご不便をおかけしますが、何卒よろしくお願いいたします。

Sorahako カスタマーセンター
""", cs="iso-2022-jp", cte="7bit"),
      subj_cs="iso-2022-jp", mid="@support.sorahako.jp",
      top=[rcvd(MX_P, "notice.sorahako.jp", "203.0.113.5", when(d))],
      note="ISP maintenance notice, ISO-2022-JP.")

    # 024 ------------------------------------------------------------------
    d = "2025-03-18 02:54:10 +0000"
    M("a-confirm", ("confirmation_request", True, A, ["AWS05920116", "AWS03318472"]), d,
      TC_FROM, ME_P, SUBJ_A, leaf(CONFIRM_HTML, "html"),
      top=inbound(when(d), MX_P, "amazon.com", "a48-64.smtp-out.amazonses.com", "54.240.48.64", **AWS_SES),
      note="HTML-only confirmation request with an Account #1 / #2 table, candidate IDs in cells; the ask "
           "is in bold near the end.")

    # 025 ------------------------------------------------------------------
    d = "2025-03-18 05:00:00 +0000"
    M("summit-mkt", (U, False, None, []), d,
      addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
      "AWS Summit Japan 2025 登録受付を開始しました",
      multi("alternative",
            leaf("""AWS Summit Japan 2025 の登録受付を開始しました。

日程：2025年6月25日（水）・26日（木）
会場：幕張メッセ

認定者ラウンジでは AWS 認定をお持ちの方限定の特典をご用意しています。
ご登録はこちら：https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の方はこちら：https://pages.awscloud.com/unsubscribe
""", cte="base64"),
            leaf("""<html><body><h1>AWS Summit Japan 2025</h1><p>登録受付を開始しました。</p>
<p>日程：2025年6月25日（水）・26日（木）<br>会場：幕張メッセ</p>
<p>認定者ラウンジでは AWS 認定をお持ちの方限定の特典をご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p></body></html>""", "html", cte="base64"),
            key="summit-mkt"),
      top=inbound(when(d), MX_P, "amazon.com", "mkt-mail-13.awscloud.com", "199.255.192.13",
                  mailfrom="bounce-mkt@pages.awscloud.com", sel="mkt1"),
      note="AWS marketing in Japanese, mentions certification benefits.")

    # 026 ------------------------------------------------------------------
    d = "2025-03-19 10:44:51 +0900"
    M("handover", (U, False, None, []), d, addr("Ren Kitagawa", "r-kitagawa@yuzuriha-dw.co.jp"), ME_C,
      "Handover doc for the account-baseline repo - could you review?",
      leaf("""Hi Daisuke,

I drafted the handover page for infra-modules (wiki: Infra/Handover-2025-03). Could you look
it over by Friday and tell me if I missed any of the manual steps, especially the SCP rollout
and the Control Tower account factory bits?

Also, can you confirm which of your personal access tokens should be revoked on the 31st?

Thanks!
Ren
"""),
      mid="ol", top=[rcvd(MX_C, "exch01.yzr.local", "10.20.1.11", when(d))],
      note="Colleague's request with 'confirm' and questions - not support.")

    # 027 ------------------------------------------------------------------
    d = "2025-03-20 08:15:39 +0000"
    M("sb-receipt", (U, False, None, []), d, "AWS Skill Builder <no-reply@aws.training>", ME_P,
      "Your AWS Skill Builder receipt",
      multi("alternative",
            leaf("""Thank you for your purchase.

Order number: SB-2025-0320-77164
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing date: March 20, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""),
            leaf("""<html><body><h3>Thank you for your purchase.</h3><table>
<tr><td>Order number</td><td>SB-2025-0320-77164</td></tr>
<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr></table>
<p>AWS Training and Certification</p></body></html>""", "html"),
            key="sb-receipt"),
      top=inbound(when(d), MX_P, "aws.training", "a11-3.smtp-out.amazonses.com", "54.240.11.3",
                  mailfrom="0100019593@amazonses.com", sel="trn1"),
      note="Skill Builder receipt signed 'AWS Training and Certification' - not a case.")

    # 028 ------------------------------------------------------------------
    d = "2025-03-21 09:08:30 +0000"
    M("ev-ack", (U, False, EV, []), d, "AWS Events <aws-cs-events-form@amazon.com>", ME_P,
      "RE:[CASE %s] [AWS Events Form Submission] - registration-change" % EV,
      leaf("""Hello,

Thank you for contacting AWS Events. We have opened case %s for your request about
changing the e-mail address on your AWS Summit Japan 2025 registration.

We usually reply within 2 business days. Please do not submit another form for the same
request.

AWS Events Customer Support
""" % EV),
      crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a48-33.smtp-out.amazonses.com", "54.240.48.33", **AWS_SES),
      note="Same-shaped AWS form case from AWS Events, not Training and Certification: unrelated, "
           "case kept (it does belong to an AWS support case).")

    # 029 ------------------------------------------------------------------
    d = "2025-03-22 03:02:17 +0000"
    M("a-closing", ("closing_notice", True, A, []), d, TC_FROM, ME_P, SUBJ_A,
      leaf("""Hello Daisuke,

We're following up on case %s. On March 18 we asked you to confirm the accounts to be
merged, and we haven't received an answer yet.

If we don't hear from you within three business days, this case will be closed automatically.
A reply to this e-mail keeps it open - and if it has already been closed by then, your reply
will reopen it.

Best regards,
AWS Training and Certification Customer Support

---------- Previous message ----------
Account #1  Candidate ID AWS05920116  Login email %s
Account #2  Candidate ID AWS03318472  Login email %s
Please review the list and confirm that both accounts are yours and that Account #1 is the one
to keep.
""" % (A, ME_P, ME_C)),
      irt="a-confirm",
      top=inbound(when(d), MX_P, "amazon.com", "a48-70.smtp-out.amazonses.com", "54.240.48.70", **AWS_SES),
      note="Closing notice; the candidate IDs appear only in the quoted previous message, so none listed.")

    # 030 ------------------------------------------------------------------
    d = "2025-03-22 13:26:02 +0900"
    M("a-user-confirm", ("user_reply", False, A, ["AWS05920116"]), d, addr(ME_NAME, ME_P), TC,
      "Re: " + SUBJ_A,
      leaf("""Hello,

Sorry for the slow reply. Confirmed: both accounts are mine. Please merge Account #2 into
Account #1 (AWS05920116, %s).

Daisuke Hanamura

On 2025/03/22 12:02, AWS Training and Certification wrote:
> Hello Daisuke,
>
> We're following up on case %s. On March 18 we asked you to confirm the accounts to be
> merged, and we haven't received an answer yet.
""" % (ME_P, A), cte="8bit", q=False),
      irt="a-closing", mid="tb",
      extra=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"],
      note="Owner confirms the merge; candidate ID in the owner's own text.")

    # 031 ------------------------------------------------------------------
    d = "2025-03-22 06:40:12 +0000"
    M("ev-info", (U, False, EV, []), d, "AWS Events <aws-cs-events-form@amazon.com>", ME_P,
      "RE:[CASE %s] [AWS Events Form Submission] - registration-change" % EV,
      leaf("""Hi Daisuke,

To move your Summit registration to the new address, could you reply with the registration
confirmation code (it starts with SJ25-) and the company name you entered when you
registered?

Thanks,
Priya N.
AWS Events Customer Support
"""),
      irt="ev-ack", crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a48-35.smtp-out.amazonses.com", "54.240.48.35", **AWS_SES),
      note="AWS Events form asks for a code - a real question, but not a Training and Certification case: "
           "needs_reply false.")

    # 032 ------------------------------------------------------------------
    d = "2025-03-22 23:51:44 +0000"
    M("a-goahead", ("confirmation_request", True, A, []), d, TC_FROM, ME_P, SUBJ_A,
      leaf("""Hello Daisuke,

Andres here, I'm picking up your case over the weekend. Thanks for confirming the accounts.

One thing before I run the merge, because it can't be undone: after the merge you will no
longer be able to sign in with %s, and the exam registrations, certificates and the
unused 50%% exam discount listed on that account will be shown only under %s. Some
benefit items may take a few days to appear there.

If that's fine with you, just reply "go ahead" and I'll complete it right away.

Cheers,
Andres P.
AWS Training and Certification Customer Support

On Sat, Mar 22, 2025 at 04:26 AM, Daisuke Hanamura <%s> wrote:
> Confirmed: both accounts are mine. Please merge Account #2 into
> Account #1 (AWS05920116, %s).
""" % (ME_C, ME_P, ME_P, ME_P)),
      irt="a-user-confirm",
      top=inbound(when(d), MX_P, "amazon.com", "a48-12.smtp-out.amazonses.com", "54.240.48.12", **AWS_SES),
      note="Second confirmation: go-ahead to an irreversible merge, asked with 'if that's fine ... reply' "
           "(looks conditional but is the actual ask). Candidate ID only in the quote.")

    # 033 ------------------------------------------------------------------
    d = "2025-03-23 09:02:55 +0900"
    M("a-user-go", ("user_reply", False, A, []), d, addr(ME_NAME, ME_P), TC, "Re: " + SUBJ_A,
      leaf("""Go ahead, please. Thanks for checking.

Daisuke

On 2025/03/23 8:51, AWS Training and Certification wrote:
> If that's fine with you, just reply "go ahead" and I'll complete it right away.
""", cte="7bit", q=False),
      irt="a-goahead", mid="tb",
      extra=["User-Agent: Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Thunderbird/128.7.0"],
      note="Two-line go-ahead from a phone.")
