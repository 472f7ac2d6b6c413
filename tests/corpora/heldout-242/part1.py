from mailkit import *

U = "unrelated"


def build():
    # 001 ------------------------------------------------------------------
    d = "2025-03-03 09:12:40 +0900"
    M("bill-feb", (U, False, None, []), d,
      "Amazon Web Services <aws-billing@amazon.com>", ME_P,
      "Amazon Web Services Billing Statement Available [Account: 402917735518]",
      multi("alternative",
            leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 3.84

Account ID: 402917735518
Billing period: February 1 - February 28, 2025

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
"""),
            leaf("""<html><body style="font-family:Arial,sans-serif"><p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement is available on the AWS web site.</p>
<table><tr><td>Total</td><td><b>USD 3.84</b></td></tr><tr><td>Account ID</td><td>402917735518</td></tr>
<tr><td>Billing period</td><td>February 1 - February 28, 2025</td></tr></table>
<p><a href="https://console.aws.amazon.com/billing/home#/bills">View your bill</a></p>
<p>Sincerely,<br>Amazon Web Services</p></body></html>""", "html"),
            key="bill-feb"),
      top=inbound(when(d), MX_P, "amazon.com", "a8-31.smtp-out.amazonses.com", "54.240.8.31",
                  mailfrom="202503030012.billing@amazonses.com", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
      note="AWS billing statement; 12-digit account ID in subject, not a case number.")

    # 002 ------------------------------------------------------------------
    d = "2025-03-03 17:45:02 +0900"
    M("hr-exit", (U, False, None, []), d,
      addr("人事部 西岡", "jinji-nishioka@yuzuriha-dw.co.jp", "iso-2022-jp"), ME_C,
      "【ご確認】退職手続きについて", leaf("""花村さん

お疲れさまです。人事部の西岡です。

退職日（3月31日）に向けた手続きについてご連絡します。
以下の書類を3月14日（金）までに提出をお願いします。

・退職届（原本）
・健康保険証の返却
・貸与PC・入館証の返却日のご連絡

なお、社用メールアドレスは最終出社日の18時に停止されます。
各種サービスの登録アドレス変更はお早めにお済ませください。

ご不明な点があれば人事部までお気軽にどうぞ。

--
ゆずりはデジタルワークス株式会社　人事部
西岡 麻衣
""", cs="iso-2022-jp", cte="7bit"),
      subj_cs="iso-2022-jp", mid="ol",
      top=[rcvd(MX_C, "exch02.yzr.local", "10.20.1.12", when(d))],
      extra=["X-Mailer: Microsoft Outlook 16.0"],
      note="HR at the old employer (ISO-2022-JP); contains requests, but from a colleague, not support.")

    # 003 ------------------------------------------------------------------
    d = "2025-03-04 23:02:11 +0000"
    M("cm-expiry", ("certification", False, None, ["AWS03318472"]), d,
      "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
      "Your AWS Certified Developer - Associate certification expires in 60 days",
      leaf("""Hello Daisuke,

Your AWS Certified Developer - Associate certification will expire on May 6, 2025.

Candidate ID: AWS03318472
Validation number: 7QXK2LB1PJE41M5T

To keep your certification active, pass the current version of the exam (or a higher-level
exam that recertifies it) before the expiration date. Visit your AWS Certification Account
to review options and schedule an exam.

If you have already recertified, please disregard this message.

Regards,
AWS Certification
https://www.aws.training/certification

You are receiving this e-mail because you hold an AWS Certification. This mailbox is not
monitored.
""", q=False),
      top=inbound(when(d), MX_C, "certmetrics.com", "mta-04.certmetrics.com", "198.51.100.44"),
      note="Certification expiry notice to the company address; candidate ID in its own text.")

    # 004 ------------------------------------------------------------------
    d = "2025-03-05 08:30:00 +0900"
    M("nl-cnw212", (U, False, None, []), d,
      "Cloud Native Weekly Tokyo <digest@cnweekly-tokyo.dev>", ME_P,
      "Cloud Native Weekly Tokyo #212 - eBPF, Karpenter 1.3, and a merged proposal",
      leaf("""<html><body><h2>Cloud Native Weekly Tokyo #212</h2>
<ul><li><a href="https://cnweekly-tokyo.dev/r/1">Karpenter 1.3: what changed for spot consolidation</a></li>
<li><a href="https://cnweekly-tokyo.dev/r/2">KEP-4639 proposal merged: OCI volume sources</a></li>
<li><a href="https://cnweekly-tokyo.dev/r/3">Passing the AWS Certified Solutions Architect - Professional in 3 weeks</a></li>
<li><a href="https://cnweekly-tokyo.dev/r/4">eBPF tracing for noisy neighbours</a></li></ul>
<p>Reply to this e-mail to suggest a link. <a href="https://cnweekly-tokyo.dev/unsub">Unsubscribe</a></p>
</body></html>""", "html"),
      mid="@mail.cnweekly-tokyo.dev",
      top=inbound(when(d), MX_P, "cnweekly-tokyo.dev", "o12.sendlane-mx.net", "203.0.113.12"),
      note="HTML-only newsletter mentioning certification and 'merged'.")

    # 005 ------------------------------------------------------------------
    d = "2025-03-06 11:03:27 +0900"
    M("gh-482", (U, False, None, []), d,
      "Ren Kitagawa <notifications@github.com>", "yuzuriha/infra-modules <infra-modules@noreply.github.com>",
      "Re: [yuzuriha/infra-modules] Account baseline: add SCP for region deny (PR #482)",
      multi("alternative",
            leaf("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/yuzuriha/infra-modules/pull/482#event-16619403321
You are receiving this because you were mentioned.
""", cs="utf-8", cte="7bit", q=False),
            leaf("""<p>Merged <a href="https://github.com/yuzuriha/infra-modules/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">Reply to this email directly, view it on GitHub.</p>""", "html", cte="7bit", q=False),
            key="gh-482"),
      cc=["Daisuke Hanamura <daisuke.hanamura@yuzuriha-dw.co.jp>", "Mention <mention@noreply.github.com>"],
      mid="@github.com", refs=["<yuzuriha/infra-modules/pull/482@github.com>"],
      top=inbound(when(d), MX_C, "github.com", "out-21.smtp.github.com", "192.30.252.204"),
      extra=["List-ID: yuzuriha/infra-modules <infra-modules.yuzuriha.github.com>",
             "X-GitHub-Reason: mention"],
      note="GitHub 'Merged #482' notification: the word merged, nothing to do with accounts.")

    # 006 ------------------------------------------------------------------
    d = "2025-03-10 05:41:09 +0000"
    M("bid-code", (U, False, None, []), d,
      "AWS Builder ID <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
      leaf("""Verify your email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

    482913

The code expires in 30 minutes. If you didn't try to create an AWS Builder ID, you can
ignore this message.

Amazon Web Services
""", cte="7bit", q=False),
      top=inbound(when(d), MX_P, "signin.aws", "a27-14.smtp-out.us-west-2.amazonses.com", "54.240.27.14"),
      note="Builder ID one-time code (6 digits).")

    # 007 ------------------------------------------------------------------
    d = "2025-03-10 06:02:51 +0000"
    M("cm-welcome", ("certification", False, None, ["AWS05920116"]), d,
      "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
      "Welcome to your AWS Certification Account",
      leaf("""Hi Daisuke,

Your AWS Certification Account is ready. Your candidate ID is AWS05920116 - keep it handy,
you will need it when you contact us or schedule an exam.

From your account you can:
 - schedule and manage exam appointments
 - download certificates and view your transcript
 - claim digital badges and see your certification benefits

Go to https://www.aws.training/certification to get started.

AWS Certification
(Please do not reply to this automated message.)
"""),
      top=inbound(when(d), MX_P, "certmetrics.com", "mta-02.certmetrics.com", "198.51.100.42"),
      note="New (empty) personal certification account created; program mail, not a case.")

    # 008 ------------------------------------------------------------------
    d = "2025-03-10 06:16:04 +0000"
    M("a-ack", ("acknowledgement", False, A, []), d, TC_FROM, ME_P,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
      leaf("""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we
have opened case %s for your request.

Our team generally answers within 24 hours, although some requests take longer to
investigate. To help us help you faster, please keep all correspondence about this request on
this case; opening a second case for the same question will delay the answer.

Here is what you submitted:

Name: Daisuke Hanamura
Email: %s
Inquiry type: Certification
Additional details: Account Merge
How can we help you?:
I am leaving my employer at the end of March and would like to merge my certification
accounts. Addresses I have used: %s (company) and %s (personal).
Please keep %s.

Kind regards,
AWS Training and Certification Customer Support
""" % (A, ME_P, ME_C, ME_P, ME_P), q=False),
      crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a48-112.smtp-out.amazonses.com", "54.240.48.112",
                  mailfrom="0106019580c0@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3"),
      note="Case A opened: ack with echoed form text; the echoed text holds no candidate ID.")

    # 009 ------------------------------------------------------------------
    d = "2025-03-10 06:19:12 +0000"
    M("b-ack", ("acknowledgement", False, B, ["AWS03318472", "AWS05920116"]), d,
      addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
      "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B,
      leaf("""花村 大輔 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。

通常、24 時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。
同じご依頼について既にケースをお持ちの場合は、新しいケースを作成しないようお願いいたします。

お問い合わせ内容：
お問い合わせタイプ：AWS トレーニングと認定
その他の詳細：アカウントの統合
内容：
退職に伴い、会社のアドレスの認定アカウントを個人アドレスのアカウントへ統合してください。
旧アカウント AWS 候補 ID: AWS03318472
新アカウント AWS 候補 ID: AWS05920116

AWS トレーニングと認定 カスタマーサポート
""" % B, cs="iso-2022-jp", cte="7bit"),
      subj_cs="iso-2022-jp",
      top=inbound(when(d), MX_P, "amazon.com", "a48-118.smtp-out.amazonses.com", "54.240.48.118",
                  mailfrom="0106019580c3@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3"),
      note="Duplicate form 3 minutes later, Japanese ack in ISO-2022-JP; echoed form lists both candidate IDs "
           "(counted: the echo is the ack's own body, not quoted reply history). A second case for one request.")

    # 010 ------------------------------------------------------------------
    d = "2025-03-10 15:41:30 +0900"
    M("b-user", ("user_reply", False, B, []), d, addr(ME_NAME, ME_P), TC,
      "Re: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B,
      leaf("""Hello,

Sorry - the form seemed to hang, so I sent it a second time. This case is a duplicate of
case %s. Please close this one and handle everything on %s.

Thanks,
Daisuke Hanamura

On 2025/03/10 15:19, AWS トレーニングと認定 wrote:
> 花村 大輔 様
>
> AWS トレーニングと認定にお問い合わせいただきありがとうございます。
> ケース %s を作成いたしました。
""" % (A, A, B), cte="8bit", q=False),
      irt="b-ack", mid="tb",
      extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1",
             "Content-Language: en-US"],
      note="Owner asks support to close the duplicate; mentions both case numbers, belongs to B's thread.")

    # 011 ------------------------------------------------------------------
    d = "2025-03-11 01:27:45 +0000"
    M("b-dup", ("case_update", False, B, []), d, TC_FROM, ME_P,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B,
      leaf("""Hi Daisuke,

Thanks for letting us know. I have closed case %s as a duplicate and linked it to case %s,
which a colleague is already reviewing. Any further updates about your merge will come from
that case, so there is nothing more to do on this one.

Best,
Lerato M.
AWS Training and Certification Customer Support

-----Original Message-----
From: Daisuke Hanamura <%s>
Sent: 3/10/2025 6:41 AM
Subject: Re: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Sorry - the form seemed to hang, so I sent it a second time. This case is a duplicate of
case %s. Please close this one and handle everything on %s.
""" % (B, A, ME_P, B, A, A)),
      irt="b-user",
      top=inbound(when(d), MX_P, "amazon.com", "a48-201.smtp-out.amazonses.com", "54.240.48.201",
                  mailfrom="0106019584a1@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3"),
      note="Duplicate closed and linked to A; 'closed' wording but not a resolution of the request.")

    # 012 ------------------------------------------------------------------
    d = "2025-03-11 12:20:14 +0900"
    M("farewell-plan", (U, False, None, []), d,
      addr("佐伯 拓海", "t-saeki@yuzuriha-dw.co.jp"), ME_C, "送別会の日程について",
      leaf("""花村さん

佐伯です。送別会の件、候補日を3つ挙げました。
都合の良い日を明日中に返信してもらえますか？

 1) 3/25（火）19:00〜
 2) 3/26（水）19:00〜
 3) 3/28（金）18:30〜

場所は前回と同じ神田の店で考えています。
よろしくお願いします。

佐伯
""", cte="base64"),
      mid="ol", top=[rcvd(MX_C, "exch01.yzr.local", "10.20.1.11", when(d))],
      extra=["X-Mailer: Microsoft Outlook 16.0"],
      note="Colleague asks for a reply (UTF-8 base64) - a real request, but not from support.")

    # 013 ------------------------------------------------------------------
    d = "2025-03-11 09:58:37 +0000"
    M("a-hold1", ("on_hold", True, A, []), d, TC_FROM, ME_P,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
      leaf("""Hello Daisuke,

I'm Tomasz and I'll be looking after your merge request.

While reviewing the two profiles I found that the certification account registered under
%s is connected to an AWS Partner Network organization (Yuzuriha Digital
Works). Certifications held by partner-linked profiles count toward that organization's
partner tier, so we don't merge such an account away from the partner while the person is
still working there. For that reason I have put the merge on hold for now.

Holds like this are usually lifted in one of two ways: the partner's Partner Central
administrator removes the link, or the employment ends and we release it on our side.

Is your employment with Yuzuriha Digital Works ending, and if so, on which date?

Once I have that I can decide how to proceed.

Regards,
Tomasz W.
AWS Training and Certification Customer Support
""" % ME_C),
      crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a48-77.smtp-out.amazonses.com", "54.240.48.77",
                  mailfrom="0106019584f2@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3"),
      note="APN partner hold with a single question buried mid-text and no 'please': on_hold, reply needed.")

    # 014 ------------------------------------------------------------------
    d = "2025-03-12 09:31:48 +0900"
    M("a-user-wrong", ("user_reply", False, A, []), d, addr(ME_NAME, ME_C), TC,
      "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
      leaf("""Hi Tomasz,

Yes, my last working day at Yuzuriha Digital Works is 31 March 2025. This company mailbox
will be shut down that evening, so I would like the merge done before then if possible.

Best regards,
Daisuke Hanamura

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, March 11, 2025 6:58 PM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Daisuke,

I'm Tomasz and I'll be looking after your merge request.
[...]
Is your employment with Yuzuriha Digital Works ending, and if so, on which date?
""" % (TC, ME_P, A), cs="utf-8", cte="quoted-printable"),
      irt="a-hold1", mid="ol",
      extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: [CASE %s] account-assistance" % A],
      note="Owner answers the hold, but from the company identity (the account being merged away).")

    # 015 ------------------------------------------------------------------
    d = "2025-03-12 06:44:02 +0000"
    M("a-wrongaddr", ("info_request", True, A, []), d, TC_FROM, ME_C,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
      leaf("""Hello Daisuke,

Thank you for the quick answer.

Your message reached us from %s, which belongs to the account that would be
merged away. To protect your certification records we only act on merge instructions that come
from the address of the account being kept, which on this case is the personal address you
entered on the form.

Kindly send the same answer (your last day at Yuzuriha Digital Works) again from
%s by replying to this case. As soon as it arrives I'll continue.

Regards,
Tomasz W.
AWS Training and Certification Customer Support

> Yes, my last working day at Yuzuriha Digital Works is 31 March 2025.
""" % (ME_C, ME_P)),
      irt="a-user-wrong",
      top=inbound(when(d), MX_C, "amazon.com", "a48-90.smtp-out.amazonses.com", "54.240.48.90",
                  mailfrom="0106019589c4@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3"),
      note="Wrong-address reply: support asks (with 'Kindly') to write again from the personal address; "
           "arrives in the company mailbox.")

    # 016 ------------------------------------------------------------------
    d = "2025-03-12 20:05:19 +0900"
    M("a-user-right", ("user_reply", False, A, []), d, addr(ME_NAME, ME_P), TC,
      "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
      leaf("""Hello Tomasz,

Writing from my personal address as you asked.

I confirm that my employment with Yuzuriha Digital Works ends on 31 March 2025. Please go
ahead and merge the company account into the account under %s.

Thank you,
Daisuke Hanamura

On 2025/03/12 15:44, AWS Training and Certification wrote:
> Hello Daisuke,
>
> Thank you for the quick answer.
>
> Your message reached us from %s, which belongs to the account that would be
> merged away.
""" % (ME_P, ME_C), cte="8bit", q=False),
      irt="a-wrongaddr", mid="tb",
      extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"],
      note="Owner resends the answer from the personal address.")

    # 017 ------------------------------------------------------------------
    d = "2025-03-13 08:00:00 +0900"
    M("meetsu-remind", (U, False, None, []), d, "Meetsu <noreply@meetsu.jp>", ME_P,
      "【リマインド】3/15(土) クラウド資格 もくもく会 #41",
      leaf("""花村 大輔 さん

参加予定のイベントが近づいてきました。

イベント名：クラウド資格 もくもく会 #41
日時：2025/03/15（土）13:00〜17:00
会場：オンライン（URLは当日メールでお送りします）

キャンセルする場合はイベントページから手続きしてください。
参加可否の確認にご返信いただく必要はありません。

Meetsu 事務局
""", cte="base64"),
      mid="@meetsu.jp",
      top=inbound(when(d), MX_P, "meetsu.jp", "mail3.meetsu.jp", "203.0.113.77"),
      note="Study-group event reminder in Japanese.")

    # 018 ------------------------------------------------------------------
    d = "2025-03-13 03:12:55 +0000"
    M("a-hold2", ("on_hold", False, A, []), d, TC_FROM, ME_P,
      "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
      leaf("""Hello Daisuke,

Thanks for confirming from your personal address - that is all I needed from you.

I have sent a release request to the Partner Central administrator of Yuzuriha Digital Works.
Until the partner removes the link, the merge stays on hold; partners usually respond within
two to five business days. If they don't, we will release it ourselves after 31 March.

You don't need to do anything in the meantime. I'll write again as soon as the hold is lifted.

Regards,
Tomasz W.
AWS Training and Certification Customer Support
"""),
      irt="a-user-right", crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a48-91.smtp-out.amazonses.com", "54.240.48.91",
                  mailfrom="010601958e11@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3"),
      note="Pure partner hold: waiting on the partner, explicitly nothing to do.")
