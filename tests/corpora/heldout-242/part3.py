from mailkit import *

U = "unrelated"
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A
SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % C
SES = dict(mailfrom="0106019597bb@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3")
CON = dict(mailfrom="01000195e2@amazonses.com", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug")
CONSOLE_FOOT = """
To contact us again about this case, please return to the AWS Support Center using the
following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support
Center.
"""


def credly(key, d, badge, note):
    import hashlib
    h = hashlib.sha1(("badge:" + key).encode()).hexdigest()
    uid = "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[12:15], h[15:18], h[18:30])
    txt = """Congratulations, Daisuke!

Amazon Web Services Training and Certification has issued you a badge:

    %s

Accept your badge to share it on LinkedIn, add it to your e-mail signature or
download a verified image:
https://www.credly.com/badges/%s/accept

Your badge is issued to %s. Manage notification settings in your Credly account.

Credly, Inc. | 13 W 36th Street, New York, NY
""" % (badge, uid, ME_P)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="text-align:center">
<h2>Congratulations, Daisuke!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px"><b>%s</b></p>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 13 W 36th Street, New York, NY</p>
</td></tr></table></body></html>""" % (badge, uid)
    M(key, ("badge", False, None, []), d, "Credly <admin@credly.com>", ME_P,
      "Daisuke, you earned a new badge: %s" % badge,
      multi("alternative", leaf(txt), leaf(html, "html"), key=key), mid="credly",
      top=inbound(when(d), MX_P, "credly.com", "o7.ptr4411.credly.com", "167.89.20.41",
                  mailfrom="bounces+1181@em.credly.com", sel="s1"),
      note=note)


def build():
    # 034 ------------------------------------------------------------------
    d = "2025-03-23 00:41:26 +0000"
    txt = """Hello Daisuke,

I have merged all of your certification accounts. The exam history, your two active
certifications (SAA-C03 and DVA-C02) and the benefits from AWS03318472 now sit under your
remaining account AWS05920116 (%s). Sign in with your Builder ID to check them.

Credly will re-issue your digital badges to the new address, normally within 24 hours;
you may have to accept them again.

If something looks wrong after you've checked, simply reply to this e-mail and we'll take
another look. Otherwise there is nothing else you need to do.

Thanks for your patience,
Andres P.
AWS Training and Certification Customer Support

On Sun, Mar 23, 2025 at 12:02 AM, Daisuke Hanamura <%s> wrote:
> Go ahead, please. Thanks for checking.
>
> On 2025/03/23 8:51, AWS Training and Certification wrote:
>> If that's fine with you, just reply "go ahead" and I'll complete it right away.
>>
>>> Please review the list and confirm that both accounts are yours and that
>>> Account #1 is the one to keep.
>>> Account #1  AWS05920116  %s
>>> Account #2  AWS03318472  %s
""" % (ME_P, ME_P, ME_P, ME_C)
    html = "<html><body>" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")[:6]) + \
        "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">Go ahead, please." \
        "<blockquote>If that's fine with you, just reply \"go ahead\"...<blockquote>Please review " \
        "the list and confirm that both accounts are yours and that Account #1 is the one to keep." \
        "</blockquote></blockquote></blockquote></body></html>"
    M("a-done", ("resolved", False, A, ["AWS03318472", "AWS05920116"]), d, TC_FROM, ME_P, SUBJ_A,
      multi("alternative", leaf(txt), leaf(html, "html"), key="a-done"),
      irt="a-user-go", crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a48-14.smtp-out.amazonses.com", "54.240.48.14", **SES),
      note="Merge done; conditional 'if something looks wrong, reply'; both earlier requests quoted below.")

    # 035, 036 -------------------------------------------------------------
    credly("badge-saa", "2025-03-23 01:10:04 +0000", "AWS Certified Solutions Architect - Associate",
           "Credly badge re-issued after the merge.")
    credly("badge-dva", "2025-03-23 01:10:39 +0000", "AWS Certified Developer - Associate",
           "Second Credly badge, same template.")

    # 037 ------------------------------------------------------------------
    d = "2025-03-24 02:15:00 +0000"
    M("a-survey", ("survey", False, A, []), d,
      "AWS Customer Service Survey <aws-cx-surveys@amazon.com>", ME_P,
      "How did we do? Your case %s" % A,
      multi("alternative",
            leaf("""Hello,

Your recent case %s with AWS Training and Certification Customer Support was
resolved. Would you spend two minutes telling us how it went?

How satisfied were you with the support you received?
  Very satisfied:    https://survey.aws-cx.amazon.com/s/9c1f?r=5
  Satisfied:         https://survey.aws-cx.amazon.com/s/9c1f?r=4
  Neutral:           https://survey.aws-cx.amazon.com/s/9c1f?r=3
  Dissatisfied:      https://survey.aws-cx.amazon.com/s/9c1f?r=2
  Very dissatisfied: https://survey.aws-cx.amazon.com/s/9c1f?r=1

Your feedback helps us improve. Thank you!
""" % A),
            leaf("""<html><body><p>Your recent case <b>%s</b> with AWS Training and Certification
Customer Support was resolved. Would you spend two minutes telling us how it went?</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws-cx.amazon.com/s/9c1f?r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
 ... <a href="https://survey.aws-cx.amazon.com/s/9c1f?r=1">&#9733;</a></p></body></html>""" % A, "html"),
            key="a-survey"),
      top=inbound(when(d), MX_P, "amazon.com", "a48-150.smtp-out.amazonses.com", "54.240.48.150", **SES),
      note="Case satisfaction survey written as questions.")

    # 038 ------------------------------------------------------------------
    d = "2025-03-24 06:03:12 +0000"
    M("norrsken", (U, False, None, []), d, "Norrsken Support <support@norrsken-observability.io>", ME_C,
      "[Norrsken Support] Case #00482917 has been resolved",
      leaf("""Hi Daisuke,

We've marked your case #00482917 ("Log ingestion delayed for ap-northeast-1 agents") as
resolved after the agent update to 7.44.2.

If the problem comes back, reply to this e-mail within 7 days and the case will reopen
automatically. After that, please open a new case.

Norrsken Observability Support
ref:_00Dj0cZ1x._500Qk2Mh8W:ref
"""),
      mid="@norrsken-observability.io",
      top=inbound(when(d), MX_C, "norrsken-observability.io", "mail-out2.norrsken-observability.io",
                  "203.0.113.140"),
      note="Another vendor's resolved case with a reopen-by-reply line.")

    # 039 ------------------------------------------------------------------
    d = "2025-03-25 17:48:20 +0900"
    M("a-fwd", ("user_reply", False, A, []), d, addr(ME_NAME, ME_C), ME_P, "FW: " + SUBJ_A,
      leaf("""Saving a copy before the company mailbox is shut down.

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, March 12, 2025 3:44 PM
To: Daisuke Hanamura <%s>
Subject: %s

Hello Daisuke,

Thank you for the quick answer.

Your message reached us from %s, which belongs to the account that would be
merged away. [...]

Kindly send the same answer (your last day at Yuzuriha Digital Works) again from
%s by replying to this case. As soon as it arrives I'll continue.

Regards,
Tomasz W.
""" % (TC, ME_C, SUBJ_A, ME_C, ME_P)),
      mid="ol", top=[rcvd(MX_P, "mgw01.yuzuriha-dw.co.jp", "203.0.113.60", when(d))],
      extra=["X-Mailer: Microsoft Outlook 16.0"],
      note="Owner forwards an old, already-answered request to himself: the request sits in forwarded text.")

    # 040 ------------------------------------------------------------------
    d = "2025-03-25 11:20:44 +0000"
    M("pvue-book", (U, False, None, ["AWS05920116"]), d,
      "Pearson VUE <PearsonVUEConfirmation@pearson.com>", ME_P,
      "Pearson VUE Confirmation of Booking",
      leaf("""Dear Daisuke Hanamura,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date and time: Tuesday, April 8, 2025 10:00 JST
Test center: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 418205537
Candidate ID: AWS05920116

Bring one valid, unexpired government-issued ID that matches the name on your
registration. Arrive 15 minutes early.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours
before the appointment.

Pearson VUE
"""),
      mid="@pearson.com",
      top=inbound(when(d), MX_P, "pearson.com", "mx-out.pearsonvue.com", "159.182.1.25"),
      note="Exam vendor booking: 9-digit registration ID and a candidate ID in its own text.")

    # 041 ------------------------------------------------------------------
    d = "2025-03-26 15:00:09 +0000"
    M("cm-hear", ("certification", False, None, []), d,
      "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
      "AWS Certification wants to hear from you",
      leaf("""Hello,

As an AWS Certified individual, your opinion shapes our exams. Please take our
10-minute survey about your certification journey and the value of your credential.

Take the survey: https://aws-certification.qualtrics.example.com/jfe/form/SV_8dK

The survey closes on April 15, 2025.

Thank you,
AWS Certification
"""),
      top=inbound(when(d), MX_P, "certmetrics.com", "mta-01.certmetrics.com", "198.51.100.41"),
      note="Certification program survey - not a support-case survey.")

    # 042 ------------------------------------------------------------------
    d = "2025-03-27 05:10:31 +0000"
    M("c-ack", ("acknowledgement", False, C, ["AWS03318472", "AWS05920116"]), d, TC_FROM, ME_P, SUBJ_C,
      leaf("""Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s.

We aim to reply within 24 hours; some requests need more time to find the best answer.
If you already have a case open for this request, please do not open another one.

The details of your case are as follows:
---
Inquiry type: Certification
Additional details: Benefits
Description: My accounts were merged on March 23 (case %s). The 50%% exam
discount that was on my old account AWS03318472 does not show on AWS05920116. Could you
check what happened to it?
---

AWS Training and Certification Customer Support
""" % (C, A)),
      crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a48-41.smtp-out.amazonses.com", "54.240.48.41", **SES),
      note="Case C opened; the echoed form text cites case A and two candidate IDs (counted).")

    # 043 ------------------------------------------------------------------
    d = "2025-03-27 18:02:40 +0900"
    M("morimoto-bye", (U, False, None, []), d, addr("森本 健", "k-morimoto@yuzuriha-dw.co.jp"),
      "all-staff@yuzuriha-dw.co.jp", "最終出社日のご挨拶（森本）",
      leaf("""各位

お疲れさまです。開発部の森本です。
本日をもって最終出社となりました。在職中は大変お世話になりました。

今後の連絡先は個人アドレス（ken.morimoto.k@example-mail.jp）までお願いします。
皆さまのご活躍をお祈りしております。

森本
""", cte="quoted-printable"),
      mid="ol", top=[rcvd(MX_C, "exch01.yzr.local", "10.20.1.11", when(d))],
      note="Another employee's goodbye to all staff.")

    # 044 ------------------------------------------------------------------
    d = "2025-03-28 02:02:06 +0000"
    M("c-info", ("info_request", True, C, []), d, addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P, SUBJ_C,
      leaf("""花村 大輔 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの水野でございます。

このたびはご不便をおかけしており、誠に申し訳ございません。

特典の移行状況を確認いたしましたところ、統合の際に旧アカウント側の割引特典について
有効期限の再判定が行われ、一部が新しいアカウントへ引き継がれない場合があることが
分かりました。

調査を進めるにあたり、恐れ入りますが、以下の 2 点をご教示いただけますでしょうか。

  1. 旧アカウントで割引特典を最後にご確認された日付（おおよそで結構です）
  2. 特典画面に表示されていたバウチャーコードの末尾 4 桁（お控えがございましたら）

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

水野 春香
AWS トレーニングと認定 カスタマーサポート
""", cs="shift_jis", cte="base64"),
      subj_cs="utf-8", irt="c-ack",
      top=inbound(when(d), MX_P, "amazon.com", "a48-44.smtp-out.amazonses.com", "54.240.48.44", **SES),
      note="Japanese keigo request (〜いただけますでしょうか) in Shift_JIS/base64 after an apology and explanation.")

    # 045 ------------------------------------------------------------------
    d = "2025-03-28 09:31:50 +0000"
    M("bid-signin", (U, False, None, []), d, "AWS Builder ID <no-reply@signin.aws>", ME_P,
      "New sign-in to your AWS Builder ID",
      leaf("""Hello,

We noticed a new sign-in to your AWS Builder ID.

When: March 28, 2025, 09:31 UTC
Browser: Firefox on macOS
Location: Tokyo, Japan (approximate)

If this was you, you don't need to do anything. If you don't recognise this activity,
reset your password right away at https://profile.aws.amazon.com.

Amazon Web Services
""", cte="7bit", q=False),
      top=inbound(when(d), MX_P, "signin.aws", "a27-20.smtp-out.us-west-2.amazonses.com", "54.240.27.20"),
      note="Security notice with a conditional action.")

    # 046 ------------------------------------------------------------------
    d = "2025-03-29 10:14:03 +0900"
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    M("c-user", ("user_reply", False, C, ["AWS03318472"]), d, addr("花村 大輔", ME_P), TC, "Re: " + SUBJ_C,
      multi("mixed", leaf("""水野様

ご連絡ありがとうございます。花村です。

1. 3月20日ごろ、旧アカウント（AWS03318472）の特典画面で確認しました。
2. 末尾4桁は「K7Q2」です。当時のスクリーンショットを添付します。

よろしくお願いいたします。

花村 大輔

2025年3月28日(金) 11:02 AWS トレーニングと認定 <%s>:
> 花村 大輔 様
>
> 調査を進めるにあたり、恐れ入りますが、以下の 2 点をご教示いただけますでしょうか。
""" % TC, cte="8bit", q=False), attach("benefits-0320.png", png, "image/png"), key="c-user"),
      irt="c-info", mid="@webmail.sorahako.jp", extra=["X-Mailer: Sorahako Webmail 4.2"],
      note="Owner's Japanese answer with a candidate ID and a PNG attachment.")

    # 047 ------------------------------------------------------------------
    d = "2025-03-31 09:00:00 +0900"
    M("it-close", (U, False, None, []), d, addr("情報システム部", "it-helpdesk@yuzuriha-dw.co.jp", "iso-2022-jp"),
      ME_C, "【情報システム部】メールアカウント停止のお知らせ",
      leaf("""花村 大輔 様

本日 18:00 をもって、下記のアカウントを停止いたします。

  メールアドレス：daisuke.hanamura@yuzuriha-dw.co.jp
  停止後の受信メール：送信者へエラーとして返送されます

必要なメールは停止前に各自で保存してください。
本メールへの返信は不要です。

情報システム部
""", cs="iso-2022-jp", cte="7bit"),
      subj_cs="iso-2022-jp", mid="ol", top=[rcvd(MX_C, "exch02.yzr.local", "10.20.1.12", when(d))],
      note="Company mailbox closes today (ISO-2022-JP).")

    # 048 ------------------------------------------------------------------
    d = "2025-03-31 04:37:15 +0000"
    M("c-escal", ("case_update", False, C, []), d, addr("AWS トレーニングと認定", TC), ME_P, SUBJ_C,
      leaf("""花村 大輔 様

水野でございます。ご回答とスクリーンショットのご提供、誠にありがとうございます。

いただいた情報をもとに、特典を管理する担当チームへ調査を依頼いたしました。
結果が分かり次第、あらためてご連絡いたします。回答までに 3〜5 営業日ほど
お時間を頂戴する見込みです。

現時点で花村様にご対応いただくことはございません。
引き続きどうぞよろしくお願いいたします。

水野 春香
AWS トレーニングと認定 カスタマーサポート
""", cte="base64"),
      irt="c-user",
      top=inbound(when(d), MX_P, "amazon.com", "a48-45.smtp-out.amazonses.com", "54.240.48.45", **SES),
      note="Japanese escalation notice (UTF-8 base64), explicitly nothing to do.")
