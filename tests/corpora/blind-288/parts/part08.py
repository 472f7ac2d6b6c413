# Message definitions, part 8: run by ../gen.py in its own namespace, in file order.

# ============================================================ 062 C5 ack (Japanese, HTML only)
d = dt("2025-11-18T03:06:02")
form_c5 = "<form.%s@support.aws.amazon.com>" % _hex(20)
html = """<html><head><meta charset="UTF-8"></head><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;line-height:1.6">
<p>森下 健太 様</p>
<p>AWS トレーニングと認定へのお問い合わせを承りました。</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="background:#f2f3f3">ケース番号</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3">お問い合わせタイプ</td><td>認定</td></tr>
<tr><td style="background:#f2f3f3">その他の詳細</td><td>アカウントの統合</td></tr>
</table>
<p>担当者より順次ご連絡いたします。お問い合わせの内容によっては、ご回答までにお時間を頂戴する場合がございます。</p>
<p>同一のご用件で重ねてお問い合わせをいただきますと、ご案内が遅れる場合がございますので、ご遠慮くださいますようお願いいたします。</p>
<p>お問い合わせ内容(抜粋):<br>
<span style="color:#555">DevOps Engineer - Professional のバッジが Credly に表示されません。個人のメールアドレスで認定アカウントが 2 つできてしまっているようです。統合をお願いします。</span></p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>""" % C5
add("c5_ack", "acknowledgement", False, C5, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "[CASE %s] %s" % (C5, FORM_SUBJ)),
        ("In-Reply-To", form_c5), ("References", form_c5),
    ],
    Leaf(html, "html", "UTF-8", "base64"),
    "Japanese acknowledgement, HTML-only base64 with a table; 'ご遠慮くださいますようお願いいたします' is a polite request not to file duplicates, not a question.")

# ============================================================ 063 C5 confirmation request (Japanese keigo, ISO-2022-JP)
d = dt("2025-11-19T05:00:40")
c5_conf_text = """森下 健太 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

ご登録のメールアドレス %s にて、以下 2 件の認定アカウントを確認いたしました。

  アカウント 1: %s (認定 5 件、試験履歴あり、2025 年 10 月に統合済み)
  アカウント 2: %s (認定・試験履歴なし、2025 年 10 月 5 日作成)

Credly のバッジは Credly と連携しているアカウントに対して発行されるため、
同じアドレスでアカウントが複数存在すると、正しく反映されないことがございます。

つきましては、アカウント 2 をアカウント 1 に統合し、アカウント 1 を残す形で
よろしいか、ご確認いただけますでしょうか。
統合後は元に戻すことができませんので、ご了承のうえご返信くださいますよう
お願い申し上げます。

何卒よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート""" % (P, A_NEW, A_DUP)
add("c5_conf", "confirmation_request", True, C5, [A_NEW, A_DUP],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C5, FORM_SUBJ)),
    ] + refs("c5_ack", extra=[form_c5]),
    Leaf(c5_conf_text + "\n", "plain", "ISO-2022-JP", "7bit", quote_cs=False),
    "Japanese keigo confirmation request (〜ご確認いただけますでしょうか) in ISO-2022-JP; two accounts on the SAME address.",
    crlf=True)

# ============================================================ 064 owner confirms (Japanese, Thunderbird)
d = dt("2025-11-19T15:30:12", JST)
new = """山本様

ご確認ありがとうございます。
はい、どちらも私のアカウントです。アカウント 1 (%s) を残して、
アカウント 2 を統合してください。

よろしくお願いいたします。
森下""" % A_NEW
text = new + "\n\n2025/11/19 14:00 に AWS Training and Certification さんは書きました:\n" + gt(c5_conf_text) + "\n"
add("c5_u1", "user_reply", False, C5, [A_NEW],
    [
        ("Date", rdate(d)),
        ("From", addr("森下 健太", P, "ISO-2022-JP")),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C5, FORM_SUBJ)),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "ja"),
    ] + refs("c5_ack", "c5_conf", extra=[form_c5]),
    Leaf(text, "plain", "ISO-2022-JP", "7bit", quote_cs=False),
    "Owner's Japanese confirmation from Thunderbird (ISO-2022-JP, Japanese attribution line).",
    mid="<%s-%s@gmail.com>" % (_hex(8), _hex(4)))

# ============================================================ 065 C5 thanks, passed on (Japanese)
d = dt("2025-11-20T02:10:15")
text = """森下 健太 様

ご返信いただきありがとうございます。山本でございます。

ご確認いただいた内容で、アカウント統合の作業を担当部署へ依頼いたしました。
作業の完了までに数営業日を要する見込みです。完了いたしましたら、改めてご連絡いたします。

現時点で、お客様にご対応いただくことはございません。

引き続きよろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート
"""
add("c5_sent", "case_update", False, C5, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C5, FORM_SUBJ)),
    ] + refs("c5_conf", "c5_u1", extra=[form_c5]),
    Leaf(text, "plain", "UTF-8", "quoted-printable"),
    "Japanese 'thank you, handed to the team, nothing for you to do'; ends with よろしくお願いいたします (a formula, not a request).")

# ============================================================ 066 owner's Japanese chaser quoting the old ask
d = dt("2025-11-25T09:10:33", JST)
sent_q = text
chaser = """山本様

お世話になっております。森下です。
統合の進捗はいかがでしょうか。
Credly のバッジがまだ表示されておらず、来週の社内提出に間に合うか気にしております。
お手数ですが、状況をお知らせいただけますと幸いです。

森下

2025年11月20日(木) 11:10 AWS Training and Certification <%s>:

%s
>
> 2025年11月19日(水) 14:00 AWS Training and Certification <%s>:
>> つきましては、アカウント 2 をアカウント 1 に統合し、アカウント 1 を残す形で
>> よろしいか、ご確認いただけますでしょうか。
""" % (TC, gt(sent_q), TC)
add("c5_u2", "user_reply", False, C5, [],
    [
        ("Date", rdate(d)),
        ("From", addr("森下 健太", P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C5, FORM_SUBJ)),
    ] + refs("c5_conf", "c5_u1", "c5_sent", extra=[form_c5]),
    Leaf(chaser, "plain", "UTF-8", "base64"),
    "Owner's Japanese chaser (base64) asking support for status; the nested quote still carries support's old question (ご確認いただけますでしょうか).",
    mid=mid_gmail())

# ============================================================ 067 C5 new question from another agent
d = dt("2025-11-26T01:40:58")
c5_ask_text = """森下 様

いつもお世話になっております。
担当の山本に代わり、陳よりご連絡いたします。

お待たせしており申し訳ございません。担当部署より、統合の最終処理の前に
1 点確認したい事項があるとの連絡がございました。

Credly アカウントに登録されているメールアドレスは %s で
お間違いないでしょうか。異なる場合は、Credly に登録されているメールアドレスを
お知らせください。

お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。

陳
AWS トレーニングと認定 カスタマーサポート""" % P
add("c5_ask", "info_request", True, C5, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C5, FORM_SUBJ)),
    ] + refs("c5_u1", "c5_sent", "c5_u2", extra=[form_c5]),
    alt(c5_ask_text + "\n", t2h(c5_ask_text), html_cte="base64"),
    "Answer to the chaser that is NOT just 'still working': a new agent asks a new question (〜でお間違いないでしょうか / ご返信のほどよろしくお願いいたします) before finishing.")

# ============================================================ 068 owner answers
d = dt("2025-11-26T12:05:20", JST)
new = """陳様

ご連絡ありがとうございます。
Credly は %s で登録しています。

よろしくお願いいたします。
森下""" % P
attr = "2025年11月26日(水) 10:40 AWS Training and Certification <%s>:" % TC
add("c5_u3", "user_reply", False, C5, [],
    [
        ("Date", rdate(d)),
        ("From", addr("森下 健太", P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C5, FORM_SUBJ)),
    ] + refs("c5_sent", "c5_u2", "c5_ask", extra=[form_c5]),
    alt(new + "\n\n" + attr + "\n" + gt(c5_ask_text) + "\n", gmail_html(new, attr, c5_ask_text), html_cte="base64"),
    "Owner's short Japanese answer over the quoted question.",
    mid=mid_gmail())

# ============================================================ 069 C5 resolved (Japanese) quoting the ask
d = dt("2025-11-28T04:20:07")
text = """森下 様

ご回答いただきありがとうございました。陳でございます。

アカウント %s を %s に統合いたしました。
Credly へのバッジの発行は、24 時間程度で反映される見込みです。

本件はこれにてクローズとさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

陳
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: 2025/11/26 1:40
Subject: RE:[CASE %s] %s

%s
""" % (A_DUP, A_NEW, TC, C5, FORM_SUBJ, c5_ask_text)
add("c5_done", "resolved", False, C5, [A_DUP, A_NEW],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C5, FORM_SUBJ)),
    ] + refs("c5_ask", "c5_u3", extra=[form_c5]),
    Leaf(text, "plain", "UTF-8", "quoted-printable"),
    "Japanese resolution; 'ご不明な点がございましたら…ご返信ください' is conditional; the quoted original still holds the Credly-address question.")

# ============================================================ 070 Credly badge
d = dt("2025-11-28T05:02:33")
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 16px"><img src="https://www.credly.com/assets/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 16px">
<h2 style="font-weight:normal">Congratulations, Kenta!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified DevOps Engineer &ndash; Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/a81d0e53-6c2f-4e8b-9f77-20b4c5d1e3aa" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Accept badge</a></p>
<p style="font-size:12px;color:#888">You are receiving this email because a badge was issued to %s. Credly, Inc., 2 Park Ave, New York, NY.</p>
</td></tr></table></body></html>""" % P
add("credly2", "badge", False, None, [],
    gmail_in(d, "bounces+%s@em.credly.com" % _hex(6), "167.89.12.3", "o1.em.credly.com", dkim="credly.com", fromdom="credly.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", P),
        ("Subject", "Congratulations, you've earned a badge from Amazon Web Services Training and Certification"),
    ],
    Leaf(html, "html", "UTF-8", "quoted-printable"),
    "HTML-only Credly badge after the Japanese case closed.",
    mid=mid_at("credly.com"))
