"""2025-11-02 .. 11-14: Credly badge case that turns into a second merge."""
from common import *

SUB5 = "[AWS Training and Certification Form Submission] - digital-badge"
S5 = "RE: [CASE %s] %s" % (C5, SUB5)
M5_ACK = mid_ses("c5-ack")
M5_UPD = mid_ses("c5-upd")
M5_REQ = mid_ses("c5-req")
M5_USR = mid_kumo("c5-usr")
M5_CONF = mid_ses("c5-conf")
M5_OK = mid_kumo("c5-ok")
M5_DONE = mid_ses("c5-done")

REQ5_TXT = """岡林 亮 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの坂口でございます。

Credly のデジタルバッジがすべて「期限切れ」と表示される件につきまして、
担当チームより回答がございましたので、ご案内いたします。

Credly のアカウントは AWS 認定アカウントとは別に管理されており、バッジは
認定アカウントに登録された通知用メールアドレスと、Credly に登録されたメールアドレスの
組み合わせによって発行先が決まります。統合の前後で通知用メールアドレスが変わった場合、
以前のバッジが更新されず、期限切れのまま残ることがございます。

つきましては、Credly にサインインする際にお使いのメールアドレスを、
本ケースへのご返信にてお知らせいただけますでしょうか。
あわせて、Credly のプロフィールに表示されているバッジの件数もお知らせいただければ幸いです。

ご確認のほど、よろしくお願いいたします。

坂口 亜紀
AWS Training and Certification Customer Support
"""

CONF5_TXT = """岡林 亮 様

お世話になっております。坂口でございます。
ご回答いただき、ありがとうございました。

調査の結果、ryo.okabayashi@kumomail.jp に紐づく認定アカウントが 2 件存在することが
分かりました。Credly は、このうち認定を保有していないアカウントと連携しているため、
バッジが正しく表示されていないものと考えられます。

アカウント #1
　候補 ID：%s
　ログイン用メールアドレス：ryo.okabayashi@kumomail.jp
　認定通知用メールアドレス：ryo.okabayashi@kumomail.jp
　保有認定：3 件

アカウント #2
　候補 ID：%s
　ログイン用メールアドレス：ryo.okabayashi@kumomail.jp
　認定通知用メールアドレス：ryo.okabayashi@kumomail.jp
　保有認定：なし

2 件のアカウントを、アカウント #1 に統合してよろしいでしょうか。
お手数ですが、いずれもご本人様のアカウントであること、および統合先をアカウント #1 と
することについてご確認のうえ、ご返信くださいますようお願いいたします。

ご返信をいただき次第、統合の作業を進めます。

坂口 亜紀
AWS Training and Certification Customer Support
""" % (CAND_P, CAND_DUP)


def _aws(d, tag, rcpt=ME_P):
    return inbound(rcpt, d, tag)


def messages():
    out = []

    # 60 Credly lookalike phishing
    d = dt("2025-11-02 10:44:09", UTC)
    html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Ryo,</p>
<p>We detected that your <b>Amazon Web Services</b> badges are linked to an email address that was recently changed.
To keep them active, verify your identity with your AWS Builder ID within <b>72 hours</b>, otherwise the badges will be revoked.</p>
<p><a href="https://credly-badgecenter.com/verify?u=ryo-okabayashi" style="background:#ff6b00;color:#fff;padding:8px 14px">Verify my badges</a></p>
<p>Credly Trust &amp; Safety</p></body></html>"""
    ib = inbound(ME_P, d, "m60", host="mx.credly-badgecenter.com", ip="198.51.100.190",
                 mailfrom="credly-badgecenter.com", dkim_d="credly-badgecenter.com")
    out.append(mail(L("suspicious", False, None),
                    "Credly lookalike: badges will be revoked, sign in with Builder ID",
                    "topical (follows the real badge move); lookalike domain passes its own DKIM",
                    date=d, frm=("Credly", "notifications@credly-badgecenter.com"), to=ME_P,
                    subject="Action needed: your AWS badges will be revoked",
                    body=H(html, "utf-8", "quoted-printable"), mid=mid_gen("m60", "credly-badgecenter.com"), **ib))

    # 61 AWS billing JA
    d = dt("2025-11-03 09:12:00", UTC)
    txt = """Amazon Web Services をご利用いただき、ありがとうございます。

2025年10月分の請求書を発行しました。

AWS アカウント ID：482913067154
請求期間：2025年10月1日〜2025年10月31日
請求金額：USD 4.72

請求の詳細は、請求ダッシュボードからご確認ください。
https://console.aws.amazon.com/billing/home#/bills

本メールは送信専用のアドレスから送信されています。
"""
    out.append(mail(L("unrelated", False, None),
                    "AWS invoice (JA) for the personal AWS account",
                    "AWS no-reply sender, ご確認ください, 12-digit account ID",
                    date=d, frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
                    subject="Amazon Web Services 請求書のお知らせ [AWS ID 482913067154]",
                    body=T(txt, "utf-8", "base64"), mid=mid_ses("m61", "us-east-1"), **_aws(d, "m61")))

    # 62 ack C5 (ISO-2022-JP, JA + EN)
    d = dt("2025-11-05 11:16:02", UTC)
    txt = """岡林 亮 様

AWS トレーニングと認定へのお問い合わせを受け付けました。

　ケース ID：%s
　お問い合わせタイプ：認定
　その他の詳細：デジタルバッジ

担当者より、通常 24 時間以内にご連絡いたします。ご連絡まで今しばらくお待ちください。
同じ内容で新たにケースを作成されますと、回答が遅れる場合がございます。
あらかじめご了承ください。

ご不明な点がございましたら、本メールにご返信ください。

AWS Training and Certification Customer Support
------------------------------------------------------------
We have received your inquiry (Case ID: %s). An agent will get back to
you, usually within 24 hours. Please do not open a new case for the same
question.
""" % (C5, C5)
    out.append(mail(L("acknowledgement", False, C5),
                    "ack of the badge case, JA + EN, ISO-2022-JP",
                    "お待ちください / ご返信ください(conditional) / ご了承ください: all courtesy",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject="[CASE %s] %s" % (C5, SUB5),
                    body=T(txt, "iso-2022-jp", "7bit"), mid=M5_ACK, hcs="iso-2022-jp", **_aws(d, "m62")))

    # 63 case_update C5 (UTF-8 8bit)
    d = dt("2025-11-06 02:40:00", UTC)
    txt = """岡林 亮 様

お世話になっております。坂口でございます。

デジタルバッジの件につきまして、Credly との連携を担当するチームへ確認を依頼いたしました。
回答がありしだいご連絡いたしますので、恐れ入りますが、今しばらくお待ちください。

追加の情報が必要となった場合には、こちらから改めてご連絡いたします。

坂口 亜紀
AWS Training and Certification Customer Support
"""
    out.append(mail(L("case_update", False, C5),
                    "escalated to the Credly team, wait (UTF-8 8bit)",
                    "恐れ入りますが…お待ちください has the shape of a request",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S5,
                    body=T(txt, "utf-8", "8bit"), mid=M5_UPD, irt=M5_ACK, refs=[M5_ACK],
                    **_aws(d, "m63")))

    # 64 info_request C5 (buried ask, QP multipart)
    d = dt("2025-11-07 01:55:30", UTC)
    html = "<html><body style=\"font-family:Meiryo,sans-serif\">" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in REQ5_TXT.split("\n\n")) + "</body></html>"
    out.append(mail(L("info_request", True, C5),
                    "long explanation, then asks for the Credly sign-in address and badge count",
                    "the ask is in the 5th paragraph; second ask is 〜いただければ幸いです; ends ご確認のほど",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S5,
                    body=MP("alternative", T(REQ5_TXT, "utf-8", "quoted-printable"),
                            H(html, "utf-8", "quoted-printable")),
                    mid=M5_REQ, irt=M5_UPD, refs=[M5_ACK, M5_UPD], **_aws(d, "m64")))

    # 65 coworking invoice (Shift_JIS, PDF, ご査収ください)
    d = dt("2025-11-07 11:30:00")
    txt = """岡林 亮 様

いつもコワーキングスペース灯をご利用いただき、ありがとうございます。
2025年11月分のご利用料金の請求書を添付いたしましたので、ご査収ください。

お支払い期限：2025年11月30日
ご不明な点がございましたら、お気軽にお問い合わせください。

コワーキングスペース灯（あかり）運営事務局
"""
    ib = inbound(ME_P, d, "m65", host="smtp.akari-cowork.jp", ip="203.0.113.101",
                 mailfrom="akari-cowork.jp", dkim_d="akari-cowork.jp")
    out.append(mail(L("unrelated", False, None),
                    "coworking invoice with PDF (Shift_JIS)",
                    "ご査収ください + ご不明な点がございましたら outside AWS",
                    date=d, frm=("コワーキングスペース灯", "billing@akari-cowork.jp"), to=ME_P,
                    subject="【請求書送付のご案内】2025年11月分", hcs="iso-2022-jp",
                    body=MP("mixed", T(txt, "shift_jis", "base64"),
                            ATT("invoice_202511.pdf", "application/pdf", fake_pdf("Invoice 2025-11"))),
                    mid=mid_gen("m65", "akari-cowork.jp"), **ib))

    # 66 owner answers
    d = dt("2025-11-07 12:20:15")
    txt = """坂口様

ご案内ありがとうございます。

・Credly のサインイン用メールアドレス：ryo.okabayashi@kumomail.jp
・プロフィールに表示されているバッジ：3 件（すべて「期限切れ」表示）

よろしくお願いいたします。
岡林 亮

2025年11月7日(金) 10:55 AWS Training and Certification <%s>:
%s
""" % (TC, quote(REQ5_TXT))
    out.append(mail(L("user_reply", False, C5),
                    "owner answers the Credly questions",
                    "reply over the quoted request",
                    date=d, frm=("岡林 亮", ME_P), to=(TC_NAME, TC), subject="Re: " + S5,
                    body=T(txt, "utf-8", "base64"), mid=M5_USR, irt=M5_REQ,
                    refs=[M5_ACK, M5_UPD, M5_REQ], mailer="KumoMail Web 5.2"))

    # 67 confirmation_request C5 (Shift_JIS, subject without [CASE])
    d = dt("2025-11-10 02:30:00", UTC)
    html = "<html><body><pre style=\"font-family:'MS Gothic',monospace\">%s</pre></body></html>" % CONF5_TXT
    out.append(mail(L("confirmation_request", True, C5, [CAND_P, CAND_DUP]),
                    "two accounts on the same address; asks to confirm merging into #1 (Shift_JIS)",
                    "subject lost the [CASE] token (threading by In-Reply-To); ご確認のうえ、ご返信くださいますよう",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P),
                    subject="Re: デジタルバッジの表示について（アカウント統合のご確認）",
                    body=MP("alternative", T(CONF5_TXT, "shift_jis", "base64"), H(html, "shift_jis", "base64")),
                    mid=M5_CONF, irt=M5_USR, refs=[M5_ACK, M5_UPD, M5_REQ, M5_USR], hcs="iso-2022-jp",
                    **_aws(d, "m67")))

    # 68 owner confirms (EN, Outlook.com-ish quote header)
    d = dt("2025-11-10 19:45:00")
    txt = """Hello Sakaguchi-san,

Yes, both accounts are mine. %s was created by mistake when I first
signed in with my Builder ID. Please merge it into Account #1 (%s).

Thank you,
Ryo Okabayashi

-------- Original Message --------
Subject: Re: デジタルバッジの表示について（アカウント統合のご確認）
Date: 2025-11-10 11:30
From: AWS Training and Certification <%s>
To: 岡林 亮 <%s>

%s
""" % (CAND_DUP, CAND_P, TC, ME_P, CONF5_TXT)
    out.append(mail(L("user_reply", False, C5, [CAND_DUP, CAND_P]),
                    "owner confirms the second merge",
                    "quoted Japanese confirmation request without '>' markers",
                    date=d, frm=(ME_NAME_EN, ME_P), to=(TC_NAME, TC),
                    subject="Re: デジタルバッジの表示について（アカウント統合のご確認）",
                    body=T(txt, "utf-8", "quoted-printable"), mid=M5_OK, irt=M5_CONF,
                    refs=[M5_ACK, M5_REQ, M5_USR, M5_CONF], mailer="KumoMail Web 5.2"))

    # 69 resolved C5 (UTF-8, EN rating footer)
    d = dt("2025-11-11 03:10:00", UTC)
    txt = """岡林 亮 様

お世話になっております。坂口でございます。

アカウント #2（%s）をアカウント #1（%s）へ統合いたしました。
Credly のバッジは、24〜48 時間以内に統合後のアカウントに基づいて再発行されます。
Credly からの通知メールが届きましたら、内容をご確認ください。

本件は以上で完了となります。ご不明な点がございましたら、本メールにご返信ください。

坂口 亜紀
AWS Training and Certification Customer Support

--
Please rate this response: https://tc-support-feedback.aws/rate?c=%s
""" % (CAND_DUP, CAND_P, C5)
    out.append(mail(L("resolved", False, C5, [CAND_DUP, CAND_P]),
                    "second merge done; badges will be reissued",
                    "ご確認ください about a future Credly mail; conditional ご返信ください; rating link",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S5,
                    body=T(txt, "utf-8", "base64"), mid=M5_DONE, irt=M5_OK,
                    refs=[M5_ACK, M5_REQ, M5_CONF, M5_OK], **_aws(d, "m69")))

    # 70 Credly badges reissued
    d = dt("2025-11-12 05:33:00", UTC)
    txt = """Hi Ryo,

Amazon Web Services Training and Certification has issued you 3 badges:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Developer - Associate
  - AWS Certified Cloud Practitioner

Accept them here: https://www.credly.com/earner/earned

Credly
"""
    out.append(mail(L("badge", False, None),
                    "Credly issues three badges after the second merge",
                    "badge mail",
                    date=d, frm=("Credly", "admin@credly.com"), to=ME_P,
                    subject="You have 3 new badges from Amazon Web Services Training and Certification",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_gen("m70", "credly.com"),
                    **inbound(ME_P, d, "m70", host="o12.em.credly.com", ip="167.89.44.12",
                              mailfrom="em.credly.com", dkim_d="credly.com")))

    # 71 survey C5 (mixed JA/EN)
    d = dt("2025-11-13 02:00:00", UTC)
    txt = """Customer satisfaction survey / お客様満足度アンケート

Case %s has been resolved. Please tell us how we did.
ケース %s の対応について、ご意見をお聞かせください。

https://survey.tc-feedback.aws.amazon.com/s?c=%s&lang=ja

This message was sent from a send-only address.
このメールは送信専用です。
""" % (C5, C5, C5)
    out.append(mail(L("survey", False, C5),
                    "bilingual survey for the badge case",
                    "ご意見をお聞かせください looks like a request",
                    date=d, frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
                    subject="[Survey] AWS Training and Certification case %s" % C5,
                    body=T(txt, "utf-8", "quoted-printable"), mid=mid_ses("m71"), **_aws(d, "m71")))

    # 72 AWS marketing EN
    d = dt("2025-11-14 17:00:00", UTC)
    html = """<html><body><h1>re:Invent 2025 is almost here</h1>
<p>Hi Ryo, join keynotes and hundreds of sessions online. Register for free virtual access today.</p>
<p><a href="https://reinvent.awsevents.com/register">Register now</a></p>
<p style="font-size:10px">Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109. <a href="https://pages.awscloud.com/unsub">Unsubscribe</a></p>
</body></html>"""
    out.append(mail(L("unrelated", False, None),
                    "AWS marketing: re:Invent virtual registration",
                    "AWS sender, imperative 'Register now'",
                    date=d, frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME_P,
                    subject="Ryo, get ready for re:Invent 2025", body=H(html, "us-ascii", "7bit"),
                    mid=mid_ses("m72"), **_aws(d, "m72")))
    return out
