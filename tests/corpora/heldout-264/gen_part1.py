# Part 1: 2023 name-correction case (E, company mailbox, Japanese) and the start of June 2025.
from gen_lib import *

TCN = addr("AWS Training and Certification", TC)
MEC = addr("水野 遥", ME_C)
MEP = addr(ME_NAME, ME_P)
SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E

# 1 ------------------------------------------------------------------ E ack (ja)
t = """水野 遥 様

Amazon Web Services へお問い合わせいただきありがとうございます。
お客様のリクエストに対し、ケース %s を作成しました。

通常、24 時間以内に担当者よりご連絡いたします。内容によっては調査にお時間をいただく場合がございます。
同じ内容で別のケースを作成されますと対応が遅れる原因となりますので、新たなケースの作成はお控えください。

お問い合わせ内容:
------------------------------
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: %s
内容: 認定証に印字される氏名がローマ字で「MIZUNO HARUAK」となっています。正しくは「MIZUNO HARUKA」です。修正をお願いします。
------------------------------

Amazon Web Services
""" % (CASE_E, OLD_CAND)
add("E_ack", date_=date("2023-02-20 14:02:11"), frm=TCN, to=MEC, subject=SUBJ_E,
    body=plain(t, cte="base64"), auth_ms_=auth_ms("amazon.com"),
    label=L("acknowledgement", False, CASE_E, [OLD_CAND]))

# 2 ------------------------------------------------------------------ E info request (ISO-2022-JP, keigo)
t = """水野 遥 様

AWS トレーニングと認定カスタマーサービスの佐々木でございます。
このたびはご連絡いただき誠にありがとうございます。

お客様の認定アカウントを確認いたしましたところ、2021 年にも氏名の変更に関するケース
（ケース番号 8315520734）を頂戴しておりました。その際に入力された表記が現在も残っている状態です。

修正にあたり、試験当日にご提示いただく政府発行の身分証明書に記載されている通りの
氏名（ローマ字表記、姓・名の順）を、本メールへのご返信にてお知らせいただけますでしょうか。
あわせて、ミドルネームの有無についてもご教示いただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
add("E_req", date_=date("2023-02-21 10:47:30"), frm=TCN, to=MEC, subject="RE:" + SUBJ_E,
    body=plain(t, charset="iso-2022-jp"), irt="E_ack", auth_ms_=auth_ms("amazon.com"), subj_charset="iso-2022-jp",
    label=L("info_request", True, CASE_E))

# 3 ------------------------------------------------------------------ E user reply (Outlook, ja)
t = """佐々木様

ご連絡ありがとうございます。
身分証明書（運転免許証）の表記は以下の通りです。

  姓: MIZUNO
  名: HARUKA
  ミドルネーム: なし

候補 ID は %s です。
よろしくお願いいたします。

水野 遥
つばめテクノロジー株式会社 クラウド推進部

差出人: AWS Training and Certification <%s>
送信日時: 2023年2月21日 10:47
宛先: 水野 遥 <%s>
件名: RE:%s

水野 遥 様

AWS トレーニングと認定カスタマーサービスの佐々木でございます。
（以下省略）
""" % (OLD_CAND, TC, ME_C, SUBJ_E)
add("E_user", date_=date("2023-02-21 13:05:42"), frm=MEC, to=TCN, subject="RE: RE:" + SUBJ_E,
    body=plain(t, cte="base64"), mid_dom="outlook", irt="E_req", refs=["E_ack", "E_req"], crlf=True,
    extra=["X-MS-Has-Attach: ", "Thread-Topic: RE:" + SUBJ_E, "Content-Language: ja-JP"],
    label=L("user_reply", False, CASE_E, [OLD_CAND]))

# 4 ------------------------------------------------------------------ E resolved, quotes the request
t = """水野 遥 様

ご返信ありがとうございました。
認定アカウントのご登録氏名を「MIZUNO HARUKA」に更新いたしました。
今後発行される認定証およびデジタルバッジには新しい表記が反映されます。
既にダウンロード済みの認定証は、認定アカウントから再度ダウンロードしてご利用ください。

その他ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: 水野 遥
Sent: 2023-02-21 13:05
> 身分証明書（運転免許証）の表記は以下の通りです。
> 姓: MIZUNO / 名: HARUKA / ミドルネーム: なし
>
> -----Original Message-----
> 氏名（ローマ字表記、姓・名の順）を、本メールへのご返信にてお知らせいただけますでしょうか。
> あわせて、ミドルネームの有無についてもご教示いただけますと幸いです。
"""
add("E_res", date_=date("2023-02-23 09:12:03"), frm=TCN, to=MEC, subject="RE:" + SUBJ_E,
    body=plain(t, cte="quoted-printable"), irt="E_user", refs=["E_ack", "E_req", "E_user"],
    auth_ms_=auth_ms("amazon.com"), label=L("resolved", False, CASE_E))

# 5 ------------------------------------------------------------------ E survey (html only)
hh = """<html><body style="font-family:Meiryo,sans-serif">
<p>水野 遥 様</p>
<p>先日はケース <b>%s</b> にてお問い合わせいただきありがとうございました。</p>
<p>今後のサービス向上のため、担当者の対応について簡単なアンケートにご協力ください（所要時間 約1分）。</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws-tc.amazon.com/r?c=%s&amp;s=5">とても満足</a></td>
<td><a href="https://survey.aws-tc.amazon.com/r?c=%s&amp;s=3">普通</a></td>
<td><a href="https://survey.aws-tc.amazon.com/r?c=%s&amp;s=1">不満</a></td></tr></table>
<p style="color:#777;font-size:11px">このメールは送信専用です。アンケートへのご回答は任意です。</p>
</body></html>""" % ((CASE_E,) * 4)
add("E_survey", date_=date("2023-02-24 18:30:00"), frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"),
    to=MEC, subject="ご対応に関するアンケートのお願い（ケース %s）" % CASE_E, body=html(hh, cte="base64"),
    auth_ms_=auth_ms("amazon.com"), label=L("survey", False, CASE_E))

# 6 ------------------------------------------------------------------ certmetrics program survey (not a case)
t = """Hello Haruka,

AWS Certification is reviewing the Solutions Architect – Professional exam blueprint
and we would like your input as a certified professional.

The questionnaire takes about 15 minutes. Your answers are confidential and are used
only to shape future versions of the exam.

Start the questionnaire: https://www.certmetrics.com/amazon/public/survey.aspx?id=SAP-JTA-2023

Thank you for being part of the AWS Certification community.

AWS Certification
This message was sent to %s because you hold an active AWS Certification.
""" % ME_C
add("cm_survey23", date_=date("2023-03-02 02:15:44", "+0000"), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_C, subject="AWS Certification wants to hear from you", body=plain(t), mid_dom="certmetrics.com",
    auth_ms_=auth_ms("certmetrics.com"), label=L("certification"))

# 7 ------------------------------------------------------------------ colleague (ISO-2022-JP), talks about merge
t = """水野さん

お疲れさまです。田村です。
6月末で退職と聞きました。引き継ぎ資料ありがとうございます。

ひとつだけ。AWS認定のアカウントは会社アドレスのままだと、メールボックスが消えた後に
何もできなくなるので、早めに個人アドレスへの統合を申請しておいた方がいいですよ。
うちはAPNパートナーなので、サポートから「パートナー側の確認待ち」と言われて数日止まった人がいました。

あと、引き継ぎ一覧の「Route 53 の移管」の担当者だけ、明日までに返信もらえますか？

田村
"""
add("colleague1", date_=date("2025-05-28 17:42:10"), frm=addr("田村 翔太", "s-tamura@tsubame-tech.co.jp", "iso-2022-jp"),
    to=MEC, subject="引き継ぎの件とAWS認定アカウントについて", body=plain(t, charset="iso-2022-jp"),
    mid_dom="outlook", subj_charset="iso-2022-jp", crlf=True, label=L("unrelated"))

# 8 ------------------------------------------------------------------ Builder ID code
t = """Verify your AWS Builder ID email address

Hello,

Use this verification code to finish creating your AWS Builder ID:

    482913

The code expires 10 minutes after it was sent. If you did not try to create an
AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
hh = "<html><body><h2>Verify your AWS Builder ID email address</h2><p>Use this verification code to finish creating your AWS Builder ID:</p><p style='font-size:28px;letter-spacing:4px'><b>482913</b></p><p>The code expires 10 minutes after it was sent.</p></body></html>"
add("builder", date_=date("2025-06-02 21:03:51"), frm=addr("AWS", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", body=alt(t, hh, key="b1"),
    auth=auth_google("signin.aws"), label=L("unrelated"))

# 9 ------------------------------------------------------------------ note to self
t = """memo before merge (old acct = company)

old cert account: %s  (h-mizuno@tsubame-tech.co.jp)
new cert account: %s  (this gmail, Builder ID made today)

exam history: SAP-C02 2022-07 (expires 2025-07!), SOA-C02 2022-09, SAA-C03 2022-11, DVA-C02 2023-08
benefits: 50%% exam voucher (unused), SME program invite
certificates: downloaded 3 PDFs to Drive/certs

next: submit Contact AWS T&C form -> Certification / Account Merge, keep the gmail one
""" % (OLD_CAND, NEW_CAND)
add("note1", date_=date("2025-06-02 22:15:08"), frm=MEP, to=MEP, subject="aws cert merge memo", body=plain(t),
    mid_dom="gmail", label=L("user_reply", False, None, [OLD_CAND, NEW_CAND]))

# 10 ----------------------------------------------------------------- A ack (ja, multipart)
SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
form = """Inquiry type: Certification
Additional details: Account Merge
Use case: I am leaving my current employer at the end of June and would like to merge my certification accounts.
All email addresses used: h-mizuno@tsubame-tech.co.jp (candidate ID %s), haruka.mizuno.cloud@gmail.com (candidate ID %s)
Email address to keep: haruka.mizuno.cloud@gmail.com""" % (OLD_CAND, NEW_CAND)
t = """Haruka Mizuno 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。ケースの詳細は以下のとおりです。

%s

担当者より通常 24 時間以内にご連絡いたします。最適な解決策をご案内するため、さらにお時間をいただく場合がございます。
すでにケースを作成されている場合は、同じご依頼で別のケースを作成しないようお願いいたします。

Amazon Web Services
""" % (CASE_A, form)
hh = "<html><body><p>Haruka Mizuno 様</p><p>Amazon Web Services にお問い合わせいただき、ありがとうございます。<br>ケース <b>%s</b> を作成いたしました。ケースの詳細は以下のとおりです。</p><pre>%s</pre><p>担当者より通常 24 時間以内にご連絡いたします。最適な解決策をご案内するため、さらにお時間をいただく場合がございます。<br>すでにケースを作成されている場合は、同じご依頼で別のケースを作成しないようお願いいたします。</p><p>Amazon Web Services</p></body></html>" % (CASE_A, form)
add("A_ack", date_=date("2025-06-03 10:12:58"), frm=TCN, to=MEP, subject=SUBJ_A,
    body=alt(t, hh, cte_t="base64", cte_h="base64", key="aack"), auth=auth_google("amazon.com", spf_dom="amazonses.com"),
    label=L("acknowledgement", False, CASE_A, [OLD_CAND, NEW_CAND]))

# 11 ----------------------------------------------------------------- B ack (duplicate form, English)
SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
t = """Hello Haruka Mizuno,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Description: Please merge my company certification account into my personal one (%s). Thank you.

An associate will typically reply within 24 hours. To avoid delays, please do not open another case for the same request.

Sincerely,
Amazon Web Services
""" % (CASE_B, NEW_CAND)
add("B_ack", date_=date("2025-06-03 10:19:31"), frm=TCN, to=MEP, subject=SUBJ_B, body=plain(t, cte="quoted-printable"),
    auth=auth_google("amazon.com", spf_dom="amazonses.com"), label=L("acknowledgement", False, CASE_B, [NEW_CAND]))

# 12 ----------------------------------------------------------------- GitHub merged
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hmizuno/tf-aws-modules/pull/412#event-17730021944
You are receiving this because you authored the thread.
"""
hh = '<p>Merged <a href="https://github.com/hmizuno/tf-aws-modules/pull/412">#412</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hmizuno/tf-aws-modules/pull/412#event-17730021944">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>'
add("gh", date_=date("2025-06-03 11:40:02", "-0700"), frm=addr("Kenji Ota", "notifications@github.com"), to=addr("", "tf-aws-modules@noreply.github.com"),
    cc=addr(ME_NAME, ME_P) + ", " + addr("", "author@noreply.github.com"),
    subject="Re: [hmizuno/tf-aws-modules] Merge accounts module: support cross-account OIDC roles (PR #412)",
    body=alt(t, hh, cte_t="7bit", cte_h="7bit", key="gh"), mid_dom="github.com", auth=auth_google("github.com", ip="192.30.252.201"),
    extra=["List-ID: hmizuno/tf-aws-modules <tf-aws-modules.hmizuno.github.com>", "X-GitHub-Reason: author"],
    label=L("unrelated"))
