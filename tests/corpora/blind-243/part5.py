"""Messages: mid-March to the start of the exam-result case (C5)."""
from part1 import *


def run():
    # IT notice -------------------------------------------------------------
    d = when("2025-03-13 09:00", JST)
    add("it-notice", "unrelated", False, None, [],
        "Company IT notice: mailbox disabled on the last day; tells the owner to save mail (an instruction, but not support)",
        addr("情報システム部", "it-helpdesk@tanuki-sysworks.co.jp"), addr("森岡 健太", ME_C),
        subj("【情報システム部】退職に伴うメールボックス停止のお知らせ", "iso-2022-jp"), d,
        text("""森岡 健太 様

情報システム部です。
ご退職に伴い、3月14日(金) 18:00 をもってメールボックスおよび社内システムのアカウントを停止いたします。
必要な個人的なメールは停止前に各自で退避をお願いします（業務メールの持ち出しは禁止です）。
外部サービスに会社アドレスを登録している場合は、登録先の変更もお忘れなく。

本メールへの返信は不要です。
""", "iso-2022-jp", "7bit"),
        idd="tanuki-sysworks.co.jp",
        **inbound(False, "tanuki-sysworks.co.jp", "it-helpdesk@tanuki-sysworks.co.jp", "mail-internal.tanuki-sysworks.co.jp", "10.20.4.11", d))

    # C1 resolved again -----------------------------------------------------
    d = when("2025-03-13 02:58")
    add("c1-done2", "resolved", False, C1, [],
        "C1 resolved after reopening: badges moved; gives a to-do in Credly (accept badges, 'no need to reply to me') and a conditional invitation to write back",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        alt(text("""Hi Kenta,

Good timing: the badging team has moved your Developer - Associate and Cloud Practitioner badges to the Credly profile registered under kenta.morioka@hoshizora-mail.jp, well before your company address closes.

Credly will send you a separate e-mail for each badge. You'll need to accept them there; there's no need to reply to me for that. Your case is now resolved.

If anything is still missing after 24 hours, you're welcome to write back on this thread.

Kind regards,
Farah N.
AWS Training and Certification Customer Service
""" + TC_SIG, "utf-8", "quoted-printable"),
            html("""<html><body style="font-family:Arial;font-size:14px"><p>Hi Kenta,</p>
<p>Good timing: the badging team has moved your Developer - Associate and Cloud Practitioner badges to the Credly profile registered under kenta.morioka@hoshizora-mail.jp, well before your company address closes.</p>
<p>Credly will send you a separate e-mail for each badge. You'll need to accept them there; there's no need to reply to me for that. Your case is now resolved.</p>
<p>If anything is still missing after 24 hours, you're welcome to write back on this thread.</p>
<p>Kind regards,<br>Farah N.<br>AWS Training and Certification Customer Service</p></body></html>""", "utf-8", "quoted-printable")),
        parent="c1-rep-credly", **aws_in("c1-done2", d))

    # Credly x2 -------------------------------------------------------------
    for i, (badge, uuid, t) in enumerate((
            ("AWS Certified Developer - Associate", "0b7e44d2-1c5f-4a8e-9f6d-3e2a9c7b8d11", "2025-03-13 03:40"),
            ("AWS Certified Cloud Practitioner", "a3c95e17-6d2b-48f0-b1e4-7f0c2d9a5e63", "2025-03-13 03:41"))):
        d = when(t)
        add("credly-m%d" % i, "badge", False, None, [],
            "Credly badge transferred/issued (%s)%s" % (badge, "; HTML only" if i else ""),
            addr("Credly", CREDLY), ME_P, "You have a new badge from Amazon Web Services Training and Certification", d,
            html("""<html><body style="font-family:Helvetica,Arial"><h2>Your badge is waiting</h2>
<p>Hi Kenta, Amazon Web Services Training and Certification has issued you <b>%s</b>.</p>
<p><a href="https://www.credly.com/badges/%s">Accept your badge</a> to start sharing it.</p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; <a href="https://www.credly.com/notifications">Notification settings</a></p></body></html>""" % (badge, uuid),
                 "utf-8", "base64" if i else "quoted-printable"),
            idd="credly.com",
            **inbound(True, "credly.com", "bounces+2281@em.credly.com", "o1.em.credly.com", "149.72.140.18", d))

    # farewell (owner) ------------------------------------------------------
    d = when("2025-03-14 16:30", JST)
    add("farewell", "user_reply", False, None, [],
        "Owner's own farewell mail to the company (written by the owner, no case)",
        ME_FROM_C, addr("クラウド基盤部 全員", "cloud-infra-all@tanuki-sysworks.co.jp"),
        subj("退職のご挨拶（森岡）"), d,
        text("""クラウド基盤部の皆さま

本日をもって退職いたします。約6年間、大変お世話になりました。
今後の連絡先は個人アドレス kenta.morioka@hoshizora-mail.jp までお願いします。

皆さまのご活躍をお祈りしています。

森岡 健太
""", "utf-8", "base64"),
        idd="outlook", crlf=True, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # C3 resolved (console) -------------------------------------------------
    d = when("2025-03-14 05:25")
    add("c3-done", "resolved", False, C3, [],
        "Console C3 resolved: voucher reissued; reopen-within-14-days line and rating footer are not requests",
        CON_FROM, ME_P, "RE:[CASE %s] %s" % (C3, C3_TOPIC), d,
        text("""Hello Kenta,

The Certification Benefits team has reissued your 50% exam discount to your merged account. You'll find it under Benefits, valid until 31 December 2025, and it can be applied when you schedule DOP-C02.

We've marked this case as resolved. If you have a follow-up question, you can reopen it from the Support Center within 14 days.

Best regards,
Daniel K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CON_FOOT % C3, "utf-8", "quoted-printable"),
        parent="c3-upd", **aws_in("c3-done", d))

    # C3 survey ------------------------------------------------------------
    d = when("2025-03-15 14:00")
    add("c3-survey", "survey", False, C3, [],
        "Console survey mail for C3",
        CON_FROM, ME_P, "Amazon Web Services: How was your support experience? (Case %s)" % C3, d,
        html("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p><p>Your support case <b>%s</b> (%s) was recently resolved. Please take a moment to rate your experience.</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;survey=1">Rate this case</a></p>
<p style="font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""" % (C3, C3_TOPIC, C3), "utf-8", "7bit"),
        **aws_in("c3-survey", d))

    # owner forwards C1 resolution ------------------------------------------
    d = when("2025-03-17 10:05", JST)
    add("fwd-newjob", "user_reply", False, C1, [CID_NEW],
        "Owner forwards C1's resolution to the new employer's partner admin; the forwarded support text is quoted history",
        ME_FROM_P, addr("Aoi Fujimura", "fujimura.aoi@kirameki-data.co.jp"), "Fwd: RE:" + C1_SUBJ, d,
        text("""Fujimura-san,

FYI: my certifications now live on my personal address (candidate ID AWS11940283). Please go ahead and link them to our partner profile when you have time.

Kenta

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Thu, 13 Mar 2025 at 11:58
Subject: RE:%s
To: <kenta.morioka@hoshizora-mail.jp>

Hi Kenta,

Good timing: the badging team has moved your Developer - Associate and Cloud Practitioner badges to the Credly profile registered under kenta.morioka@hoshizora-mail.jp, well before your company address closes.

Credly will send you a separate e-mail for each badge. You'll need to accept them there; there's no need to reply to me for that. Your case is now resolved.

If anything is still missing after 24 hours, you're welcome to write back on this thread.
""" % C1_SUBJ, "utf-8", "quoted-printable"),
        idd="gmail", parent="c1-done2", extra=[("User-Agent", "Hoshizora Webmail 5.2")])

    # certification program survey -------------------------------------------
    d = when("2025-03-17 16:20")
    add("cert-voice", "certification", False, None, [],
        "Certification-program feedback invitation from CertMetrics (not about a support case, so certification rather than survey)",
        addr("AWS Certification", CERTM), ME_P, "AWS Certification wants to hear from you", d,
        html("""<html><body style="font-family:Arial">
<p>Hi Kenta,</p>
<p>As an AWS Certified individual, your perspective helps shape future exams. We're inviting a small group of certification holders to a 10-minute questionnaire about how you prepare and which skills you use on the job.</p>
<p><a href="https://survey.certmetrics.com/aws/q/2025-sme">Take the questionnaire</a> (open until April 4)</p>
<p style="font-size:11px">You opted in to "Lend Your Voice to AWS Certification". To opt out, update your profile.</p>
</body></html>""", "utf-8", "quoted-printable"),
        **inbound(True, "certmetrics.com", "bounce-7731@em.certmetrics.com", "o12.em.certmetrics.com", "167.89.21.14", d))

    # new employer welcome -------------------------------------------------
    d = when("2025-03-17 18:40", JST)
    add("newjob", "unrelated", False, None, [],
        "New employer's onboarding mail, asks for documents (a request, not support)",
        addr("Kirameki Data Labs 人事", "hr@kirameki-data.co.jp"), ME_P, subj("入社手続きのご案内（4月1日入社）"), d,
        text("""森岡 健太 様

キラメキデータラボ人事部です。4月1日のご入社を心よりお待ちしております。
入社手続きのため、3月25日までに以下の書類をご提出ください。
・年金手帳（基礎年金番号通知書）の写し
・給与振込口座のご案内
・保有資格一覧（AWS認定など）

よろしくお願いいたします。
""", "utf-8", "base64"),
        idd="kirameki-data.co.jp",
        **inbound(True, "kirameki-data.co.jp", "hr@kirameki-data.co.jp", "mail.kirameki-data.co.jp", "198.51.100.23", d))

    # Credly lookalike -----------------------------------------------------
    d = when("2025-03-18 07:12")
    add("phish-credly", "suspicious", False, None, [],
        "Credly lookalike (credly-badges.net, auth passes for the lookalike domain): 'claim before it expires', login link",
        addr("Credly", "notifications@credly-badges.net"), ME_P, "Action needed: 2 badges pending - claim before they expire", d,
        html("""<html><body style="font-family:Helvetica"><p>Hi,</p>
<p>You have <b>2 pending badges</b> from Amazon Web Services Training and Certification. Unclaimed badges are removed after 72 hours.</p>
<p><a href="https://credly-badges.net/login?next=claim">Sign in to claim</a></p></body></html>""", "utf-8", "7bit"),
        idd="credly-badges.net",
        **inbound(True, "credly-badges.net", "mail@credly-badges.net", "srv2.bulk-sender.example.org", "91.219.236.4", d))

    # billing console case (not T&C) ----------------------------------------
    d = when("2025-03-19 04:47")
    add("bill-case", "unrelated", False, None, [],
        "AWS Support Center case about BILLING (no-reply-aws, console footer, real question to the owner) - not a Training and Certification case, so unrelated/no reply/no case",
        CON_FROM, ME_P, "RE:[CASE 18197730462] Unexpected NAT Gateway charges on my account", d,
        text("""Hello,

Thank you for contacting AWS Billing and Accounts. I reviewed the charges on account 440211873390 for February.

The NAT Gateway hours come from a gateway in ap-northeast-1 that is still running. Could you confirm whether you created it intentionally? If it was left over from a test, delete it and let me know, and I can review the account for a one-time courtesy credit.

Best regards,
Sofia M.
AWS Billing and Accounts
""" + CON_FOOT % "18197730462", "utf-8", "7bit"),
        **aws_in("bill-case", d))

    # Japanese phishing ------------------------------------------------------
    d = when("2025-03-20 22:31", JST)
    add("phish-ja", "suspicious", False, None, [],
        "Japanese phishing from aws-training-jp.com posing as T&C ('final confirmation of merge', keigo request to sign in)",
        addr("AWS トレーニングと認定", "support@aws-training-jp.com", "iso-2022-jp"), ME_P,
        subj("【AWS認定】アカウント統合の最終確認のお願い", "iso-2022-jp"), d,
        text("""お客様

AWS 認定アカウントの統合手続きが最終段階にあります。
下記リンクよりサインインのうえ、本人確認を完了していただけますでしょうか。
48 時間以内にご対応いただけない場合、統合は取り消され、認定資格が失効いたします。

https://aws-training-jp.com/certification/verify

AWS トレーニングと認定 サポート
""", "iso-2022-jp", "7bit"),
        idd="aws-training-jp.com",
        **inbound(True, "aws-training-jp.com", "info@aws-training-jp.com", "vm3.cheapvps.example.com", "103.75.190.8", d,
                  dkim="none", spf="softfail", dmarc="none", policy="NONE"))

    # exam result ---------------------------------------------------------
    d = when("2025-03-22 01:15")
    add("cert-result", "certification", False, None, [],
        "Exam result notification from CertMetrics ('sign in to view') - certification program mail",
        addr("AWS Certification", CERTM), ME_P, "Your AWS Certification exam results are available", d,
        text("""Hello Kenta,

Your results for AWS Certified Solutions Architect - Professional (SAP-C02), taken on March 21, 2025, are now available.

Congratulations! You passed.

Sign in to your AWS Certification Account and open Exam History to view your score report. Your certificate and digital badge will follow within 5 business days.

AWS Certification
""", "utf-8", "7bit"),
        **inbound(True, "certmetrics.com", "bounce-7731@em.certmetrics.com", "o12.em.certmetrics.com", "167.89.21.14", d))

    # C5 ack ---------------------------------------------------------------
    d = when("2025-03-24 03:06")
    add("c5-ack", "acknowledgement", False, C5, [CID_NEW, CID_OLD],
        "C5 acknowledgement; mentions a registration number support MAY need later ('we'll ask if so')",
        TC_FROM, ME_P, C5_SUBJ, d,
        text("""Hello Kenta Morioka,

Thank you for contacting AWS Training and Certification. We have opened case %s.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Exam results
Description:
  I passed SAP-C02 on 21 March and received the result e-mail, but Exam History on my
  account (AWS11940283) shows nothing and the certification is not listed. I booked the
  exam before my accounts were merged, so it may be registered under AWS03817265.

Our team normally replies within 24 hours. Depending on what we find, we may need your Pearson VUE registration number later on; if so, we'll ask you for it.

Please do not open a new case for the same question.

Sincerely,
AWS Training and Certification Customer Service
""" % (C5, C5) + TC_SIG, "utf-8", "quoted-printable"),
        **aws_in("c5-ack", d))

    # C5 info request (ja) ---------------------------------------------------
    d = when("2025-03-25 10:22", JST)
    add("c5-ask", "info_request", True, C5, [],
        "C5: Japanese agent (ISO-2022-JP) asks for the 9-digit registration number and exam time (～いただけますでしょうか), after explaining",
        TC_FROM, ME_P, "RE:" + C5_SUBJ, d,
        text("""森岡 健太 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の佐藤でございます。

受験のご予約がアカウント統合前に行われた場合、試験結果が統合元のアカウントに記録されることがございます。
該当の受験記録を特定するため、Pearson VUE の登録番号（9 桁）と、受験日時をお知らせいただけますでしょうか。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

佐藤 めぐみ
AWS トレーニングと認定 カスタマーサービス
""", "iso-2022-jp", "7bit"),
        parent="c5-ack", **aws_in("c5-ask", d))
