"""May 2025 (continued): name-fix case D answered and closed, survey, phishing."""
from gen_lib import *  # noqa


def msgs():
    out = []
    # 006 -------------------------------------------------------------
    d = T("2025-05-13 11:47:20", JST)
    out.append(M(("user_reply", False, CASE_D, [CAND_OLD]),
        "Owner's Outlook reply from the company address, Japanese, CRLF, Outlook header block (差出人/送信日時) above the quoted request.",
        **{"from": addr(ME_NAME_JA, ME_COMPANY)},
        to=addr("Amazon Web Services", FORM),
        subject="RE: RE:[CASE 13118802746] [AWS Training and Certification Form Submission] - certification",
        date=d, msgid=mid("006", "<TYCP286MB2311A7C0E4F1B9D22C3E8F41A95C2@TYCP286MB2311.JPNP286.PROD.OUTLOOK.COM>"),
        irt=MID["005"], refs=[MID["003"], MID["005"]],
        headers=[("Thread-Topic", "RE:[CASE 13118802746] [AWS Training and Certification Form Submission] - certification"),
                 ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
        crlf=True,
        body=text("""佐藤様

ご連絡ありがとうございます。辻本です。

パスポート記載のローマ字氏名：TSUJIMOTO HARUKA(姓 TSUJIMOTO / 名 HARUKA)
試験会場で提示した身分証明書：パスポート
候補ID：AWS02718834

お手数をおかけしますが、よろしくお願いいたします。

辻本 遥
株式会社北村データパートナーズ クラウド推進部

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月13日 10:09
宛先: 辻本 遥 <h.tsujimoto@kitamura-dp.co.jp>
件名: RE:[CASE 13118802746] [AWS Training and Certification Form Submission] - certification

辻本 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
(中略)
パスポートなど公的身分証明書に記載されているとおりのローマ字氏名
(姓・名の順序を含む)を、本メールへのご返信にてお知らせいただけますでしょうか。
""", cte="quoted-printable")))

    # 007 -------------------------------------------------------------
    d = T("2025-05-14 05:30:02", UTC)
    out.append(M(("unrelated", False, None, [CAND_OLD]),
        "Pearson VUE booking confirmation (exam vendor): 9-digit registration number, candidate ID, 'please bring ID' instructions — not a support case.",
        received=[rcv_m365("mta2.pearsonvue.com", "159.182.4.22", d)],
        auth=auth_m365("pearson.com", ip="159.182.4.22"),
        **{"from": addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")},
        to=ME_COMPANY, subject="Pearson VUE Confirmation of Booking", date=d,
        msgid=mid("007", "<1715664602.482019377.JavaMail.vue@pvmta02.pearsonvue.com>"),
        body=html("""<html><body><table width="600" style="font-family:Verdana;font-size:12px">
<tr><td><img src="https://home.pearsonvue.com/logo.png" alt="Pearson VUE"></td></tr>
<tr><td><p>Dear Haruka Tsujimoto,</p>
<p>Thank you for scheduling with Pearson VUE. This email confirms your appointment.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Registration number</td><td>482019377</td></tr>
<tr><td>Candidate ID</td><td>AWS02718834</td></tr>
<tr><td>Exam</td><td>SCS-C02: AWS Certified Security - Specialty</td></tr>
<tr><td>Date and time</td><td>Saturday, July 12, 2025 at 10:00 AM JST</td></tr>
<tr><td>Location</td><td>Online (OnVUE)</td></tr>
</table>
<p>Please run the system test before exam day and have a valid, unexpired government-issued ID ready. Reschedule or cancel at least 24 hours before your appointment.</p>
<p>Pearson VUE</p></td></tr></table></body></html>""")))

    # 008 -------------------------------------------------------------
    d = T("2025-05-15 06:18:55", UTC)
    out.append(M(("resolved", False, CASE_D, []),
        "Japanese completion in Shift_JIS (base64) that quotes the earlier request under 「…より:」; closes with ご不明な点がございましたら (conditional).",
        received=[rcv_m365("a8-97.smtp-out.amazonses.com", "54.240.8.97", d)],
        auth=auth_m365(),
        **{"from": addr("Amazon Web Services", FORM)},
        to=ME_COMPANY,
        subject="RE:[CASE 13118802746] [AWS Training and Certification Form Submission] - certification",
        date=d, msgid=mid("008", "<0100019713b2e4f0-62d1a8c3-9e04-4b77-a5c2-8f1e6d3b0c44-000000@email.amazonses.com>"),
        irt=MID["006"], refs=[MID["003"], MID["005"], MID["006"]],
        body=text("""辻本 様

ご返信ありがとうございます。佐藤でございます。

認定記録の氏名を「Haruka Tsujimoto」に修正いたしました。
反映まで最大で24時間ほどかかる場合がございます。反映後、AWS 認定アカウントの
「取得済み認定」から認定証を再度ダウンロードしていただくと、新しい表記でご確認いただけます。

本件の対応は以上となります。
その他ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス

2025/05/13 11:47 辻本 遥 <h.tsujimoto@kitamura-dp.co.jp> より:
> 佐藤様
>
> パスポート記載のローマ字氏名：TSUJIMOTO HARUKA
> 試験会場で提示した身分証明書：パスポート
> 候補ID：AWS02718834
>
>> お手数ではございますが、パスポートなど公的身分証明書に記載されているとおりのローマ字氏名
>> を、本メールへのご返信にてお知らせいただけますでしょうか。
""", charset="shift_jis", cte="base64")))

    # 009 -------------------------------------------------------------
    d = T("2025-05-16 03:00:41", UTC)
    out.append(M(("survey", False, CASE_D, []),
        "Bilingual satisfaction survey for the name-fix case; case number appears as 'ケース ID'. Has a question ('how satisfied…?') that must not count as a request.",
        received=[rcv_m365("a8-97.smtp-out.amazonses.com", "54.240.8.97", d)],
        auth=auth_m365(),
        **{"from": addr("AWS Customer Service", "aws-cs-survey@amazon.com")},
        to=ME_COMPANY, subject="ご意見をお聞かせください / Tell us about your recent support experience",
        date=d, msgid=mid("009", "<0100019718c0aa31-1b5e77d0-44f2-4c10-93a8-7d2f0e6b1c55-000000@email.amazonses.com>"),
        body=multi("alternative",
            text("""辻本 遥 様

先日はお問い合わせいただきありがとうございました。
ケース ID: 13118802746

今回のサポートにどの程度ご満足いただけましたか？ 1 問だけのアンケートにご協力ください。
https://survey.aws-cs.amazon.com/r/13118802746?lang=ja

Thank you for contacting AWS Training and Certification.
Case ID: 13118802746
How satisfied were you with the support you received? Answer one question:
https://survey.aws-cs.amazon.com/r/13118802746?lang=en

このメールは送信専用です。
"""),
            html("""<html><body><p>辻本 遥 様</p><p>先日はお問い合わせいただきありがとうございました。<br>ケース ID: 13118802746</p>
<p>今回のサポートにどの程度ご満足いただけましたか？</p>
<p><a href="https://survey.aws-cs.amazon.com/r/13118802746?lang=ja&amp;s=5">とても満足</a> | <a href="https://survey.aws-cs.amazon.com/r/13118802746?lang=ja&amp;s=1">不満</a></p>
<hr><p>How satisfied were you with the support you received?</p><p>このメールは送信専用です。</p></body></html>"""))))

    # 010 -------------------------------------------------------------
    d = T("2025-05-19 22:51:16", UTC)
    out.append(M(("suspicious", False, None, []),
        "Phishing from lookalike aws-certmetrics-verify.com (its own DKIM passes): threatens deactivation, asks to sign in and reply — demands a reply but is not AWS.",
        received=[rcv_m365("mail.aws-certmetrics-verify.com", "185.213.26.77", d)],
        auth=auth_m365("aws-certmetrics-verify.com", ip="185.213.26.77"),
        **{"from": addr("AWS Certification Support", "support@aws-certmetrics-verify.com")},
        to=ME_COMPANY, subject="Action required: your AWS Certification account will be deactivated in 48 hours",
        date=d, msgid=mid("010", "<a81fe0c2b7d94a3e@aws-certmetrics-verify.com>"),
        body=html("""<html><body style="font-family:Arial">
<p><img src="http://aws-certmetrics-verify.com/img/aws_logo.png"></p>
<p>Dear Certified Professional,</p>
<p>During a routine review we detected duplicate certification profiles linked to your e-mail. To avoid losing your certifications and badges, your profile must be verified within <b>48 hours</b>.</p>
<p><a href="http://aws-certmetrics-verify.com/login?ref=ca77">Verify my AWS Certification account</a></p>
<p>Alternatively reply to this e-mail with your Builder ID e-mail and password and our team will complete the verification for you.</p>
<p>AWS Training &amp; Certification Security Team</p>
</body></html>""", cte="7bit")))
    return out
