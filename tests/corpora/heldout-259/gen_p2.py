"""Late May - mid June 2025: certification mail, preparing the move, case A opened, duplicate B."""
from gen_lib import *  # noqa


def msgs():
    out = []
    # 011 marketing ------------------------------------------------------
    d = T("2025-05-22 01:00:07", UTC)
    out.append(M(("unrelated", False, None, []),
        "AWS marketing (AWS Summit Japan), HTML-only in Japanese from aws-marketing-email-replies@amazon.com; passes DKIM; 'ご登録ください' is marketing.",
        received=[rcv_gmail("a27-19.smtp-out.us-west-2.amazonses.com", "54.240.27.19", d)],
        auth=auth_gmail(ip="54.240.27.19"),
        **{"from": addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")},
        to=ME_PERSONAL, subject="【AWS Summit Japan 2025】基調講演の見どころとセッション登録のご案内",
        date=d, msgid=mid("011", "<1016829403.88712.1747875607113@mkto-sj310089.marketo.com>"),
        headers=[("List-Unsubscribe", "<https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1>")],
        body=html("""<html><head><meta charset="utf-8"></head><body>
<table width="640" align="center"><tr><td style="background:#232f3e;color:#fff;padding:20px">
<h1 style="font-size:22px">AWS Summit Japan 2025</h1></td></tr>
<tr><td style="padding:20px;font-size:14px">
<p>辻本 様</p>
<p>6 月 25 日(水)・26 日(木)に幕張メッセで開催される AWS Summit Japan まで残り 1 か月となりました。
基調講演では生成 AI の最新事例を多数ご紹介します。AWS 認定者ラウンジもご用意しています。</p>
<p>人気セッションは満席が予想されます。お早めにご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">セッションを登録する</a></p>
<p style="font-size:11px;color:#888">このメールは配信専用です。配信停止は<a href="https://pages.awscloud.com/UnsubscribePage.html">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p>
</td></tr></table></body></html>""", cte="base64")))

    # 012 recertification -----------------------------------------------
    d = T("2025-05-27 14:22:40", UTC)
    out.append(M(("certification", False, None, []),
        "CertMetrics recertification congratulations (program mail, not a case); mentions a new 50% benefit.",
        received=[rcv_m365("mail113.certmetrics.com", "198.2.133.113", d)],
        auth=auth_m365("certmetrics.com", ip="198.2.133.113"),
        **{"from": addr("AWS Certification", "do-not-reply@certmetrics.com")},
        to=ME_COMPANY, subject="Congratulations on recertifying your AWS Certification!",
        date=d, msgid=mid("012", "<20250527142240.1c9d0e77aa@certmetrics.com>"),
        body=text("""Dear Haruka Tsujimoto,

Congratulations! You have successfully recertified:

  AWS Certified Solutions Architect - Professional
  Validation number: 7QKX2LD1B2E4Q9S1
  Valid through: May 26, 2028

Your digital certificate is available in your AWS Certification Account under Certifications. A 50% discount voucher for your next exam has been added to Benefits.

Keep building,
AWS Training and Certification
""", cte="quoted-printable")))

    # 013 Credly badge -----------------------------------------------------
    d = T("2025-05-27 14:40:12", UTC)
    out.append(M(("badge", False, None, []),
        "Credly badge issued, multipart with HTML; 'accept your badge' call to action is not a support request.",
        received=[rcv_m365("o1.email.credly.com", "167.89.71.12", d)],
        auth=auth_m365("credly.com", ip="167.89.71.12"),
        **{"from": addr("Credly", "admin@credly.com")},
        to=ME_COMPANY,
        subject="Haruka, you earned a badge from Amazon Web Services Training and Certification",
        date=d, msgid=mid("013", "<zvqJ8d0eT2m6pYcQn1WkHg@geopod-ismtpd-12>"),
        body=multi("alternative",
            text("""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Professional

Accept your badge to share it on LinkedIn and add it to your email signature:
https://www.credly.com/badges/4b2e6f0a-91c3-4d7a-8e55-2a1f0c93b6d7/accept

Credly, a Pearson company
"""),
            html("""<html><body><div style="text-align:center;font-family:Helvetica">
<p style="font-size:20px">Congratulations, Haruka!</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><img src="https://images.credly.com/size/220x220/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" alt="badge"><br><b>AWS Certified Solutions Architect - Professional</b></p>
<p><a href="https://www.credly.com/badges/4b2e6f0a-91c3-4d7a-8e55-2a1f0c93b6d7/accept" style="background:#ff6b00;color:#fff;padding:10px 20px">Accept your badge</a></p>
</div></body></html>"""))))

    # 014 HR notice ----------------------------------------------------------
    d = T("2025-06-10 17:05:33", JST)
    out.append(M(("unrelated", False, None, []),
        "Company HR: last working day and that the company mailbox closes — context for the case, but internal mail.",
        **{"from": addr("人事部", "jinji@kitamura-dp.co.jp")},
        to=ME_COMPANY, subject="【ご案内】退職に伴う各種手続きについて",
        date=d, msgid=mid("014", "<TYCP286MB19440B2C8E1D7A4F5E2C1B7FA92A0@TYCP286MB1944.JPNP286.PROD.OUTLOOK.COM>"),
        crlf=True,
        body=text("""辻本さん

お疲れさまです。人事部の三浦です。
最終出社日(6月30日)に向けた手続きについてご案内します。

1. PC・入館証の返却:6月30日 17時まで
2. 社用メールアカウント(h.tsujimoto@kitamura-dp.co.jp)は6月30日 23:59 に停止します。
   外部サービスに登録しているアドレスは事前に変更してください。
3. 資格・APN関連:AWS パートナーセントラルの社員紐付けは情報システム部で解除します。

不明点があれば人事部までご連絡ください。

三浦
""", charset="iso-2022-jp", cte="7bit")))

    # 015 note to self -----------------------------------------------------
    d = T("2025-06-14 23:18:02", JST)
    out.append(M(("user_reply", False, None, [CAND_OLD, CAND_NEW]),
        "Owner's note to self (personal to personal) listing both candidate IDs and the plan; written by the owner, no case yet.",
        **{"from": addr(ME_NAME, ME_PERSONAL)}, to=ME_PERSONAL,
        subject="memo: AWS認定アカウント移行", date=d,
        msgid=mid("015", "<CAJx7pQn2V0sT8ZkB3m9YwE4rLd1uHc6Gf0a-memo1@mail.gmail.com>"),
        body=multi("alternative",
            text("""旧(会社) AWS02718834  h.tsujimoto@kitamura-dp.co.jp  APN紐付けあり
新(個人) AWS09341275  haruka.tsujimoto.0417@gmail.com  作成済み

- 試験履歴・認定証DL済み
- 特典:50%割引バウチャー 1枚 (SAP再認定分)
- 7/12 SCS-C02 予約は旧アカウント側 → 統合後に確認
- フォーム: 認定 / Account Merge、保持するのは個人アドレス
"""),
            html("""<div dir="ltr">旧(会社) AWS02718834  h.tsujimoto@kitamura-dp.co.jp  APN紐付けあり<br>新(個人) AWS09341275  haruka.tsujimoto.0417@gmail.com  作成済み<br><br>- 試験履歴・認定証DL済み<br>- 特典:50%割引バウチャー 1枚 (SAP再認定分)<br>- 7/12 SCS-C02 予約は旧アカウント側 → 統合後に確認<br>- フォーム: 認定 / Account Merge、保持するのは個人アドレス</div>"""))))

    # 016 Builder ID code ------------------------------------------------------
    d = T("2025-06-15 13:40:19", UTC)
    out.append(M(("unrelated", False, None, []),
        "AWS Builder ID one-time verification code (6 digits) from no-reply@signin.aws — AWS, but not case mail.",
        received=[rcv_gmail("a48-112.smtp-out.amazonses.com", "54.240.48.112", d)],
        auth=auth_gmail("signin.aws", mfrom="us-east-1.amazonses.com", ip="54.240.48.112"),
        **{"from": addr("AWS", "no-reply@signin.aws")}, to=ME_PERSONAL,
        subject="Verify your AWS Builder ID email address", date=d,
        msgid=mid("016", "<010001977463bb10-5a3e90d1-7c2e-4fb8-a0d9-33e1f6c8b2a0-000000@email.amazonses.com>"),
        body=multi("alternative",
            text("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

  604218

This code expires in 30 minutes. If you did not request it, you can ignore this email.

Amazon Web Services
"""),
            html("""<html><body><p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p><p style="font-size:28px;letter-spacing:4px"><b>604218</b></p><p>This code expires in 30 minutes. If you did not request it, you can ignore this email.</p><p>Amazon Web Services</p></body></html>"""))))

    # 017 ack A ----------------------------------------------------------------
    d = T("2025-06-16 01:12:09", UTC)
    ack_a = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 175003632500418 to address your request. A member of our team will respond, usually within 24 hours, though some requests take longer while we find the best solution.

If you have already opened a case about this, please do not open another one for the same request; duplicate cases slow down our response.

The details of your case are as follows:

Case ID: 175003632500418
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS02718834
Content: Use case: I am leaving Kitamura Data Partners at the end of June and would like to move my certifications to my personal account.
Email addresses I have used: h.tsujimoto@kitamura-dp.co.jp (old, company), haruka.tsujimoto.0417@gmail.com (new, personal, candidate ID AWS09341275)
Email address to keep: haruka.tsujimoto.0417@gmail.com

Sincerely,
Amazon Web Services
"""
    out.append(M(("acknowledgement", False, CASE_A, [CAND_OLD, CAND_NEW]),
        "Acknowledgement of the merge case with a 15-digit case ID; echoes the form text (two candidate IDs, counted in order) and a 'please do not open another case' line that is not a request.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL,
        subject="RE:[CASE 175003632500418] " + FORM_SUBJ, date=d,
        msgid=mid("017", "<01000197767a9c3e-0e8b42f7-3b1d-4a0a-9c26-71d4e5f80b12-000000@email.amazonses.com>"),
        body=multi("alternative", text(ack_a, cte="quoted-printable"),
            html("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ack_a.strip().split("\n\n")) + "</body></html>"))))

    # 018 other vendor solved -------------------------------------------------
    d = T("2025-06-16 06:31:50", UTC)
    out.append(M(("unrelated", False, None, []),
        "Other vendor's helpdesk (Datadog): 'request has been solved', reply-to-reopen wording — looks like resolved/closing notice but not AWS.",
        received=[rcv_m365("mail.zendesk.com", "192.161.156.18", d)],
        auth=auth_m365("datadoghq.com", ip="192.161.156.18"),
        **{"from": addr("Datadog Support", "support@datadoghq.com")}, to=ME_COMPANY,
        subject="[Datadog Support] Re: Usage attribution by team tag — Request #1842217 solved",
        date=d, msgid=mid("018", "<ZX93KQ1W7E_6840f8b6e2a71_1c2f9_sprut@zendesk.com>"),
        body=text("""##- Please type your reply above this line -##

Your request (1842217) has been solved. To reopen this request, simply reply to this email.

Kenji (Datadog)
Jun 16, 2025, 15:31 JST

Hi Haruka,
The team tag now appears in Usage Attribution for your org. I'm marking this request as solved.
Best,
Kenji

This email is a service from Datadog. Delivered by Zendesk
""")))

    # 019 ack B (duplicate from company address) --------------------------------
    d = T("2025-06-17 00:03:45", UTC)
    out.append(M(("acknowledgement", False, CASE_B, [CAND_OLD]),
        "Second acknowledgement: the owner re-submitted the form from the company address (duplicate case). Plain text, CRLF, M365 headers.",
        received=[rcv_m365(when=d)], auth=auth_m365(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_COMPANY,
        subject="RE: [CASE 175011862100093] " + FORM_SUBJ, date=d,
        msgid=mid("019", "<010001977b8e01a4-f4c2d0e9-1a77-4e35-8b90-2c6a1f3e9d05-000000@email.amazonses.com>"),
        crlf=True,
        body=text("""Hello,

Thank you for contacting Amazon Web Services. We have opened case 175011862100093 to address your request. A member of our team will respond, usually within 24 hours.

If you have already opened a case about this, please do not open another one for the same request; duplicate cases slow down our response.

The details of your case are as follows:

Case ID: 175011862100093
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS02718834
Content: Please merge my company certification account into my personal one (haruka.tsujimoto.0417@gmail.com). I sent this yesterday too but wanted to make sure it arrived.

Sincerely,
Amazon Web Services
""")))
    return out
