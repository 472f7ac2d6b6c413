"""September - early October 2025: lead-up to the merge, lots of look-alike noise."""
from common import *


def messages():
    out = []

    # 10 GitHub merged PR
    d = dt("2025-09-08 05:47:12", UTC)
    txt = """Merged #37 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/rokabayashi/ansible-roles/pull/37#event-19283746510
You are receiving this because you authored the thread.
"""
    html = """<p>Merged <a href="https://github.com/rokabayashi/ansible-roles/pull/37">#37</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/rokabayashi/ansible-roles/pull/37#event-19283746510">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
    ib = inbound(ME_P, d, "m10", host="out-21.smtp.github.com", ip="192.30.252.204",
                 mailfrom="github.com", dkim_d="github.com")
    out.append(mail(L("unrelated", False, None),
                    "GitHub: PR merged",
                    "'Merged' and 'Reply to this email directly' in a non-support notification",
                    date=d, frm=("Kaito Yamane", "notifications@github.com"),
                    to=("rokabayashi/ansible-roles", "ansible-roles@noreply.github.com"),
                    cc=[(ME_NAME_EN, ME_P), ("Author", "author@noreply.github.com")],
                    subject="Re: [rokabayashi/ansible-roles] Fix chrony role on Rocky 9 (PR #37)",
                    body=MP("alternative", T(txt, "utf-8", "7bit"), H(html, "utf-8", "7bit")),
                    mid="<rokabayashi/ansible-roles/pull/37/issue_event/19283746510@github.com>",
                    irt="<rokabayashi/ansible-roles/pull/37@github.com>",
                    refs=["<rokabayashi/ansible-roles/pull/37@github.com>"],
                    extra=[("List-ID", "rokabayashi/ansible-roles <ansible-roles.rokabayashi.github.com>")],
                    **ib))

    # 11 certification expiry notice
    d = dt("2025-09-10 16:02:31", UTC)
    txt = """Hi Ryo,

Your AWS Certified Developer - Associate certification expires on
December 8, 2025.

To keep it active, pass the current version of the exam (or a higher-level
exam that covers it) before that date. Your 50%% exam discount benefit can be
used toward a recertification exam.

  Candidate ID: %s
  Certification: AWS Certified Developer - Associate
  Expiration date: December 8, 2025

Sign in to your AWS Certification Account to schedule an exam.

Thank you,
AWS Certification

You are receiving this email because you hold an AWS Certification.
""" % CAND_CO
    ib = inbound(ME_C, d, "m11", host="mta12.certmetrics.com", ip="198.51.100.41",
                 mailfrom="certmetrics.com", dkim_d="certmetrics.com")
    out.append(mail(L("certification", False, None, [CAND_CO]),
                    "expiry reminder for Developer - Associate",
                    "imperative 'pass the exam before that date' is not a support request",
                    date=d, frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
                    subject="Your AWS Certification expires in 90 days",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_gen("m11", "certmetrics.com"), **ib))

    # 12 Skill Builder receipt (JA)
    d = dt("2025-09-12 00:15:40", UTC)
    txt = """岡林 亮 様

AWS Skill Builder 個人サブスクリプションをご利用いただき、ありがとうございます。
以下の内容でお支払いを受け付けました。

注文番号：SB-7F3K-22019
プラン：Individual（月額）
金額：USD 29.00
次回請求日：2025年10月12日

領収書は「アカウント設定 > お支払い履歴」からダウンロードいただけます。
ご不明な点がございましたら、ヘルプセンターをご覧ください。

AWS Skill Builder
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>")
                                    for p in txt.split("\n\n")) + "</body></html>"
    ib = inbound(ME_P, d, "m12")
    out.append(mail(L("unrelated", False, None),
                    "Skill Builder subscription receipt (JA)",
                    "AWS training-branded sender, ご不明な点がございましたら, order number",
                    date=d, frm=("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
                    subject="AWS Skill Builder お支払い完了のお知らせ",
                    body=MP("alternative", T(txt, "utf-8", "quoted-printable"), H(html)),
                    mid=mid_ses("m12"), **ib))

    # 13 other vendor support case, keigo request, Shift_JIS
    d = dt("2025-09-16 14:05:00")
    txt = """株式会社白鷺システムズ
岡林 亮 様

いつもハルニレ経費をご利用いただき、誠にありがとうございます。
ハルニレ経費 サポートセンターの石田でございます。

お問い合わせいただきました「承認ルート設定画面でエラーが表示される」件につきまして、
現在、開発部門と連携して調査を進めております。

原因の特定にあたり、恐縮ではございますが、以下の情報をご返信いただけますでしょうか。

　1. エラーが表示された際の画面キャプチャ
　2. 操作を行った日時（おおよそで構いません）
　3. ご利用のブラウザとバージョン

お手数をおかけいたしますが、何卒よろしくお願いいたします。

――――――――――――――――――――
ハルニレ経費 サポートセンター
株式会社ハルニレソフトウェア
受付時間：平日 9:30〜17:30
――――――――――――――――――――
"""
    ib = inbound(ME_C, d, "m13", host="smtp2.harunire-soft.co.jp", ip="203.0.113.140",
                 mailfrom="harunire-soft.co.jp", dkim_d="harunire-soft.co.jp")
    out.append(mail(L("unrelated", False, None),
                    "expense-SaaS vendor support asks for screenshots (JA, Shift_JIS)",
                    "textbook keigo request (ご返信いただけますでしょうか) but another vendor's case",
                    date=d, frm=("ハルニレ経費 サポートセンター", "support@harunire-soft.co.jp"), to=ME_C,
                    subject="【ハルニレ経費】お問い合わせ #HS-250916-0073 について",
                    body=T(txt, "shift_jis", "base64"), mid=mid_gen("m13", "harunire-soft.co.jp"),
                    hcs="iso-2022-jp", **ib))

    # 14 colleague handover, ISO-2022-JP
    d = dt("2025-09-18 17:42:10")
    txt = """岡林さん

お疲れさまです。宮下です。

10月末のご退職に向けた引き継ぎの件です。
担当している案件の一覧と、監視まわりの手順書を 10/10（金）までに
共有フォルダに置いていただけますでしょうか。

あと、会社で登録している AWS 認定のアカウントはパートナー登録と紐付いているはずなので、
個人のほうに移すなら、アライアンス担当の北条さんに先に一声かけておいてください。

よろしくお願いします。

宮下
"""
    out.append(mail(L("unrelated", False, None),
                    "manager asks for handover docs, mentions the APN link (ISO-2022-JP)",
                    "keigo request + AWS certification topic, but from a colleague",
                    date=d, frm=("宮下 圭介", "miyashita@shirasagi-sys.co.jp"), to=("岡林 亮", ME_C),
                    subject="退職に伴う引き継ぎについて", body=T(txt, "iso-2022-jp", "7bit"),
                    mid=mid_co("m14"), hcs="iso-2022-jp", mailer="Microsoft Outlook 16.0",
                    delivered=ME_C))

    # 15 AWS marketing (JA, HTML only, base64)
    d = dt("2025-09-22 01:00:00", UTC)
    html = """<html><body style="font-family:sans-serif">
<h2>生成 AI 実践ワークショップ（オンライン）のご案内</h2>
<p>岡林 亮 様</p>
<p>AWS では、生成 AI アプリケーションの設計から運用までを 3 時間で体験いただけるオンラインワークショップを開催いたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>日時</th><td>2025年10月16日（木）14:00〜17:00</td></tr>
<tr><th>対象</th><td>開発者、ソリューションアーキテクト</td></tr>
<tr><th>参加費</th><td>無料（事前登録制）</td></tr></table>
<p><a href="https://aws.amazon.com/jp/events/genai-workshop-1016/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">今後このようなメールの受信を希望されない場合は、<a href="https://pages.awscloud.com/unsub">こちら</a>から配信停止の手続きを行ってください。<br>
アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>"""
    ib = inbound(ME_P, d, "m15")
    out.append(mail(L("unrelated", False, None),
                    "AWS Japan marketing: workshop invitation, HTML only",
                    "AWS sender and Japanese calls to action (登録する, 手続きを行ってください)",
                    date=d, frm=("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=ME_P,
                    subject="【AWS】生成 AI 実践ワークショップ 10/16 開催のご案内",
                    body=H(html, "utf-8", "base64"), mid=mid_ses("m15"),
                    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsub?u=%s>" % h("m15"))],
                    **ib))

    # 16 Pearson VUE appointment (9-digit registration id, candidate id)
    d = dt("2025-09-25 03:30:12", UTC)
    txt = """Dear Ryo Okabayashi,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Registration ID: 481736205
Candidate ID: %s
Date and time: Wednesday, October 1, 2025, 14:00 JST
Location: Pearson Professional Centers - Tokyo Shinjuku

Please arrive 15 minutes early and bring two forms of ID.
If you need to reschedule or cancel, do so at least 24 hours before your
appointment through the AWS Certification Account.

Sincerely,
Pearson VUE
""" % CAND_CO
    ib = inbound(ME_C, d, "m16", host="mail12.pearsonvue.com", ip="198.51.100.73",
                 mailfrom="pearson.com", dkim_d="pearson.com")
    out.append(mail(L("unrelated", False, None, [CAND_CO]),
                    "Pearson VUE appointment confirmation",
                    "exam vendor; 9-digit registration ID; candidate ID present",
                    date=d, frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_C,
                    subject="Pearson VUE Confirmation of Booking", body=T(txt, "us-ascii", "7bit"),
                    mid=mid_gen("m16", "pearson.com"), **ib))

    # 17 recertification congratulations
    d = dt("2025-10-02 08:11:00", UTC)
    txt = """Hello Ryo,

Your AWS Certified Developer - Associate certification has been renewed.
The new expiration date is October 1, 2028.

Candidate ID: %s

Download the updated certificate from your AWS Certification Account.
Your recertification badge will be sent by Credly.

AWS Certification
""" % CAND_CO
    ib = inbound(ME_C, d, "m17", host="mta12.certmetrics.com", ip="198.51.100.41",
                 mailfrom="certmetrics.com", dkim_d="certmetrics.com")
    out.append(mail(L("certification", False, None, [CAND_CO]),
                    "recertification confirmed",
                    "plain program mail",
                    date=d, frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
                    subject="Your AWS Certification has been renewed",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_gen("m17", "certmetrics.com"),
                    nl="\n", **ib))

    # 18 Credly recert badge
    d = dt("2025-10-02 09:40:18", UTC)
    html = """<html><body><p>Hi Ryo,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:
<b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.credly.com/badges/c2b1a7e4-55d0-4f1e-a3f2-8e91b0d6c417">View and share your badge</a></p>
<p>Questions? Visit support.credly.com.</p></body></html>"""
    ib = inbound(ME_C, d, "m18", host="o12.em.credly.com", ip="167.89.44.12",
                 mailfrom="em.credly.com", dkim_d="credly.com")
    out.append(mail(L("badge", False, None),
                    "Credly: renewed Developer badge, HTML only",
                    "badge mail",
                    date=d, frm=("Credly", "admin@credly.com"), to=ME_C,
                    subject="Your new AWS Certified Developer - Associate badge is ready",
                    body=H(html, "utf-8", "quoted-printable"), mid=mid_gen("m18", "credly.com"), **ib))

    # 19 CertMetrics exam-experience survey (program, not a case)
    d = dt("2025-10-03 15:20:44", UTC)
    txt = """Hello Ryo,

You recently took an AWS Certification exam. Would you take five minutes to
tell us about your experience? Your answers help us improve our exams.

Start the survey: https://survey.certmetrics.com/aws/s/8KQ2W

We appreciate your time.
AWS Certification
"""
    ib = inbound(ME_C, d, "m19", host="mta12.certmetrics.com", ip="198.51.100.41",
                 mailfrom="certmetrics.com", dkim_d="certmetrics.com")
    out.append(mail(L("certification", False, None),
                    "CertMetrics exam-experience questionnaire",
                    "a question to the reader, and survey-like, but about the exam program, not a support case",
                    date=d, frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
                    subject="AWS Certification wants your feedback on your recent exam",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_gen("m19", "certmetrics.com"), **ib))

    # 20 Builder ID verification code
    d = dt("2025-10-05 23:40:03", UTC)
    txt = """Verify your AWS Builder ID email address

Hello,

Enter this verification code to finish creating your AWS Builder ID:

    408217

The code expires in 30 minutes. If you did not request it, you can ignore
this email.

Amazon Web Services
"""
    ib = inbound(ME_P, d, "m20", host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31",
                 mailfrom="amazonses.com", dkim_d="signin.aws")
    out.append(mail(L("unrelated", False, None),
                    "Builder ID one-time code",
                    "'Enter this verification code' and a 6-digit number",
                    date=d, frm=("AWS", "no-reply@signin.aws"), to=ME_P,
                    subject="Verify your AWS Builder ID email address",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_ses("m20", "us-east-1"), **ib))

    # 21 note to self with both candidate ids
    d = dt("2025-10-06 09:12:47")
    txt = """自分用メモ（退職前に個人へ移す認定アカウント情報）

■会社アカウント（統合元）
　ログイン：r-okabayashi@shirasagi-sys.co.jp
　候補 ID：%s
　保有：SAP（2026/05 まで）、DVA（2028/10 まで）
　特典：50%% 割引バウチャー 1 枚（未使用）

■個人アカウント（統合先・今朝作成）
　ログイン：ryo.okabayashi@kumomail.jp（Builder ID）
　候補 ID：%s

・フォームは個人アドレスから出す。使ったアドレスは両方書く。
・認定証 PDF は全部ダウンロード済み。
・APN の紐付けあり → 北条さんに連絡すること。
""" % (CAND_CO, CAND_P)
    out.append(mail(L("user_reply", False, None, [CAND_CO, CAND_P]),
                    "owner's note to self (company -> personal) with both candidate IDs",
                    "written by the owner, no case yet; two candidate IDs in own text",
                    date=d, frm=("岡林 亮", ME_C), to=("岡林 亮", ME_P),
                    subject="認定アカウント移行メモ", body=T(txt, "iso-2022-jp", "7bit"),
                    mid=mid_co("m21"), hcs="iso-2022-jp", mailer="Microsoft Outlook 16.0",
                    **inbound(ME_P, d, "m21", host="mx-out.shirasagi-sys.co.jp", ip="203.0.113.20",
                              mailfrom="shirasagi-sys.co.jp", dkim_d="shirasagi-sys.co.jp")))
    return out
