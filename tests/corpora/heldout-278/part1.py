"""Messages 001-010: before the case, the form acknowledgements, the duplicate, the APN hold."""
from lib import *

CERTM = "AWS Certification <do-not-reply@certmetrics.com>"


def msgs():
    out = []

    # 001 certification expiry reminder to the company address
    t = """Hello Haruka,

This is a reminder that the following AWS Certification will expire on 30 November 2025:

  AWS Certified Solutions Architect - Associate
  Validation number: 7QXR2M1KJB4E1SGS

Candidate ID: %s

You can keep this certification active by passing the current version of the
exam, or by earning the AWS Certified Solutions Architect - Professional. Any
recertification benefits (such as the 50%% discount voucher) are listed on the
Benefits page of your AWS Certification Account.

Regards,
AWS Certification

You are receiving this e-mail because you hold an AWS Certification. Please do
not reply to this message; this mailbox is not monitored.
""" % OLD_ID
    out.append((build(dt(9, 1, 8, 12), CERTM, ME_C, "Your AWS Certification expires in 90 days",
                      alt(t, p2html(t)), "c001", style="certmetrics.com",
                      authres=auth("certmetrics.com", spf_ip="198.2.180.44")),
                lab("certification", False, None, [OLD_ID])))

    # 002 GitHub merged notification
    t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-works/infra-modules/pull/412#event-19283746650
You are receiving this because you were assigned.

Message ID: <tsubame-works/infra-modules/pull/412/issue_event/19283746650@github.com>
"""
    h = ('<p>Merged <a href="https://github.com/tsubame-works/infra-modules/pull/412">#412</a> into main.</p>'
         '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, view it on GitHub.'
         '<br>You are receiving this because you were assigned.</p>')
    out.append((build(dt(9, 1, 10, 3, 51), "Kenji Oda <notifications@github.com>", ME_C,
                      "Re: [tsubame-works/infra-modules] Add S3 lifecycle rule for audit logs (PR #412)",
                      alt(t, h, cte="7bit"), "c002", style="github.com", irt=None,
                      authres=auth("github.com", spf_ip="192.30.252.201"),
                      extra=[("List-ID", "tsubame-works/infra-modules <infra-modules.tsubame-works.github.com>"),
                             ("X-GitHub-Reason", "assign")]),
                lab("unrelated", False, None)))

    # 003 owner's note to self (company -> personal), Japanese
    t = """自分用メモ（退職前に控えておくもの）

旧 認定アカウント（会社アドレス）
  候補ID: %s
  SAA-C03 合格 2022/11/30
  DVA は学生時代に受けた気がする → 要確認
  特典: 50%%割引バウチャー 1枚（未使用）

やること
- Builder ID を個人アドレスで作る
- 新しい認定アカウントを作成
- Contact AWS Training and Certification フォームから「アカウントの統合」で申請
- 最終出社 9/19 までに終わらせる

証明書PDFは Google Drive の cert フォルダに保存済み。
""" % OLD_ID
    out.append((build(dt(9, 2, 7, 40, 12, JST), me_c(), me_p(), "メモ: AWS認定アカウントの情報",
                      alt(t, p2html(t), cte="base64"), "c003", style="outlook"),
                lab("user_reply", False, None, [OLD_ID])))

    # 004 Builder ID verification code
    t = """AWS Builder ID

Verify your email address

To finish creating your AWS Builder ID, enter this verification code:

604193

This code expires 10 minutes after it was sent. If you did not ask for a code,
you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue
North, Seattle, WA 98109-5210.
"""
    out.append((build(dt(9, 2, 8, 31, 7), "AWS Builder ID <no-reply@signin.aws>", ME_P,
                      "Verify your AWS Builder ID email address", alt(t, p2html(t)), "c004",
                      authres=auth("signin.aws", spf_ip="54.240.8.90")),
                lab("unrelated", False, None)))

    # 005 certmetrics: new certification account created (HTML only)
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:16px">
<img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certification" height="32"></td></tr>
<tr><td style="padding:20px">
<p>Hi Haruka,</p>
<p>Your AWS Certification Account has been set up. Keep your candidate ID handy; you will
need it when you schedule an exam or talk to us.</p>
<table cellpadding="6" style="border:1px solid #ddd"><tr><td><b>Candidate ID</b></td><td>%s</td></tr>
<tr><td><b>Email</b></td><td>%s</td></tr></table>
<p>Exam history and earned certifications from another account do not appear here automatically.</p>
<p>Thank you,<br>AWS Certification</p>
</td></tr></table></body></html>""" % (NEW_ID, ME_P)
    out.append((build(dt(9, 2, 8, 44, 30), CERTM, ME_P, "Welcome to your AWS Certification Account",
                      html(h), "c005", style="certmetrics.com",
                      authres=auth("certmetrics.com", spf_ip="198.2.180.44")),
                lab("certification", False, None, [NEW_ID])))

    # 006 acknowledgement A (plain, CRLF)
    t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your request. The details of your case are as follows:

Case ID: %s
Subject: Account Assistance
Severity: Normal
Correspondence: Use case: I am leaving my employer at the end of this month
and would like my certification history moved to my personal account.
Addresses I have used: %s, %s
Address to keep: %s

A member of the AWS Training and Certification team will get back to you,
normally within one business day. More complex requests can take longer.

Opening another case for the same request will not speed things up and may
delay the answer, so please reply to this thread instead.

Best regards,
AWS Training and Certification
""" % (CA, CA, ME_C, ME_P, ME_P)
    out.append((build(dt(9, 2, 9, 8, 47), "Amazon Web Services <%s>" % TC, ME_P,
                      "[CASE %s] %s" % (CA, SUBJ_MERGE), part(t), "A-ack", crlf=True,
                      authres=auth("amazon.com")),
                lab("acknowledgement", False, CA)))

    # 007 acknowledgement B, Japanese ISO-2022-JP, to the company address
    t = """石崎 春香 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。

ケース ID: %s
件名: アカウントの統合
ご依頼内容: 退職に伴い、会社アドレスの認定アカウントを個人アドレスのアカウントへまとめたいです。

担当者より、原則として 24 時間以内にご連絡いたします。内容によっては
調査にお時間をいただく場合がございます。

同じご依頼で複数のケースをお作りいただくと、対応が遅れる原因となります。
追加の情報は本メールへの返信でお送りください。

AWS トレーニングと認定
""" % (CB, CB)
    out.append((build(dt(9, 2, 9, 29, 6), hdr("AWS トレーニングと認定", "iso-2022-jp") + " <%s>" % TC, ME_C,
                      "[CASE %s] AWS トレーニングと認定 お問い合わせ - アカウントの統合" % CB,
                      part(t, charset="iso-2022-jp", cte="7bit"), "B-ack",
                      subj_charset="iso-2022-jp", authres=auth("amazon.com")),
                lab("acknowledgement", False, CB)))

    # 008 colleague about the handover (Shift_JIS, base64)
    t = """石崎さん

お疲れさまです。小田です。
引き継ぎの件、Terraform のモジュール一覧と各環境のアカウントIDをまとめた
シートを共有フォルダに置きました。

本番: 381920475563
検証: 902231847710

来週水曜の 14:00 から 1 時間、引き継ぎ会の枠を押さえています。
都合が悪ければ教えてください。

小田
"""
    out.append((build(dt(9, 2, 18, 12, 40, JST), formataddr(("小田 健二", "k.oda@tsubame-works.co.jp"), charset="utf-8"),
                      me_c(), "引き継ぎ資料の置き場所", part(t, charset="shift_jis", cte="base64"),
                      "c008", style="outlook"),
                lab("unrelated", False, None)))

    # 009 B closed as duplicate of A
    t = """Hello Haruka,

We noticed that this request is the same as case %s, which was opened a few
minutes earlier from your personal address. To keep everything in one place,
I have linked the two and closed this case (%s). The work continues in
%s, and the reply will come from that thread.

Regards,
Tomasz
AWS Training and Certification
""" % (CA, CB, CA)
    out.append((build(dt(9, 3, 1, 55, 2), "Amazon Web Services <%s>" % TC, ME_C,
                      "RE:[CASE %s] AWS トレーニングと認定 お問い合わせ - アカウントの統合" % CB,
                      part(t, charset="us-ascii", cte="7bit"), "B-dup", refs=["B-ack"],
                      authres=auth("amazon.com")),
                lab("case_update", False, CB)))

    # 010 on hold for APN partner, with a question buried in the middle
    t = """Hello Haruka,

Thank you for your patience while I looked into case %s.

The certification account registered to %s is connected to an AWS
Partner Network (APN) organization, Tsubame Works K.K. Profiles that are
connected to a partner organization cannot be moved while that link is in
place, because the certifications count toward the partner's tier. I have
asked our partner team to contact the organization's alliance lead, and the
merge is paused until the partner removes the link on their side.

One thing that would help when I follow up with them: what is your last
working day at Tsubame Works? Partners usually release a profile once the
employee has left.

There is nothing to change in your accounts in the meantime. I will write
again as soon as I hear from the partner team.

Kind regards,
Marisol R.
AWS Training and Certification
""" % (CA, ME_C)
    out.append((build(dt(9, 3, 4, 17, 33), "Amazon Web Services <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CA, SUBJ_MERGE), alt(t, p2html(t)), "A-hold",
                      refs=["A-ack"], cc=ME_C, authres=auth("amazon.com")),
                lab("on_hold", True, CA)))
    TXT["A-hold"] = t
    return out
