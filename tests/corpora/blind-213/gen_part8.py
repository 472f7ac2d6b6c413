# Part 8: April 2025, case E (university-era account) and surrounding mail (messages 66-79)
from gen_common import *

SUBJ_E = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E
UNI = "mizuno.h.2016@alumni.hokuto-u.ac.jp"

# 66 Case E acknowledgement (Japanese template)
b = part("""AWS トレーニングと認定へのお問い合わせありがとうございます。

お問い合わせを受け付け、ケース %s を作成いたしました。

ケース ID: %s
件名: AWS Training and Certification Form Submission - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
  大学在学中 (2018 年) に %s で作成した認定アカウントがあります。
  このアドレスは現在使えません。現在のアカウント (%s) への統合を希望します。

通常 24 時間以内に担当者よりご連絡いたします。内容によってはお時間をいただく場合がございます。
すでにケースを作成されている場合は、同様のご依頼で別のケースを作成なさらないようお願いいたします。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_E, CASE_E, UNI, ME_P), enc="b64")
add(build(b, addr("AWS Training and Certification", TC), ME_P,
          "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E,
          dt("2025-04-07 12:05:58", UTC), mid("e-ack", "ses"), auth=auth_gmail("amazon.com")),
    "acknowledgement", False, CASE_E, [], "Case E opened: merge an old university-era account (Japanese)",
    "base64 UTF-8; echoes the owner's '統合を希望します'")

# 67 Case E info request (keigo), mentions the later confirmation
b = part("""水野 遥 様

AWS トレーニングと認定 カスタマーサービスの山本と申します。
お問い合わせいただき、誠にありがとうございます。

旧アカウントのメールアドレス (%s) が現在ご利用いただけないとのことですので、
ご本人様確認として、以下の情報をお知らせいただけますでしょうか。

  ・旧アカウントの AWS 候補 ID (お分かりになる場合のみ)
  ・旧アカウントで受験された試験の名称と、おおよその受験時期
  ・受験されたテストセンターの所在地 (市区町村)

確認が取れましたら、統合内容の最終確認のご連絡を改めて差し上げます。統合のご承認は
その際にいただければ結構です。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサービス
""" % UNI, enc="qp")
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_E,
          dt("2025-04-08 01:33:27", UTC), mid("e-info", "ses"), irt=mid("e-ack"), refs=mid("e-ack"),
          auth=auth_gmail("amazon.com")),
    "info_request", True, CASE_E, [], "Case E: ownership details (ID if known, exam, test-centre city)",
    "keigo list; says the merge approval comes later, not now")

# 68 owner answers (ISO-2022-JP, Gmail-style Japanese quote header)
b = part("""山本様

ご連絡ありがとうございます。水野です。

・候補 ID: %s (当時の認定証 PDF に記載がありました)
・試験: AWS Certified Cloud Practitioner (CLF-C01)、2018 年 11 月頃
・テストセンター: 茨城県つくば市

よろしくお願いいたします。

水野 遥

2025年4月8日(火) 10:33 AWS Training and Certification <%s>:
> 旧アカウントのメールアドレス (%s) が現在ご利用いただけないとのことですので、
> ご本人様確認として、以下の情報をお知らせいただけますでしょうか。
""" % (ID_U, TC, UNI), cs="iso-2022-jp", enc="7bit")
add(build(b, addr(ME_NAME_JA, ME_P, "iso-2022-jp"), TC, SUBJ_E, dt("2025-04-08 21:14:02"), mid("e-u1", "gmail"),
          irt=mid("e-info"), refs="%s %s" % (mid("e-ack"), mid("e-info"))),
    "user_reply", False, CASE_E, [ID_U], "Owner sends the old candidate ID and exam details",
    "ISO-2022-JP; Japanese Gmail quote header")

# 69 Case E confirmation request (mixed: go-ahead + former-name check)
txt = """水野 遥 様

山本でございます。ご回答ありがとうございました。お知らせいただいた内容で旧アカウントを
特定いたしました。

  アカウント 1 (統合先)
    候補 ID: %s
    ログイン / 通知メール: %s
    登録氏名: Haruka Mizuno

  アカウント 2 (統合元)
    候補 ID: %s
    ログイン / 通知メール: %s
    登録氏名: Haruka Kondo

アカウント 2 がお客様ご本人様のものであること、またアカウント 2 をアカウント 1 に統合する
ことについて、ご同意いただけますでしょうか。

あわせて、アカウント 2 の登録氏名が「Kondo」となっております。こちらは旧姓でお間違い
ないでしょうか。

ご確認のほど、よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサービス
""" % (ID_P, ME_P, ID_U, UNI)
html = "<html><body><pre style=\"font-family:'Meiryo',sans-serif\">%s</pre></body></html>\n" % txt
b = alt(part(txt, enc="qp"), part(html, "html", enc="qp"))
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_E,
          dt("2025-04-09 02:58:44", UTC), mid("e-conf", "ses"), irt=mid("e-u1"),
          refs="%s %s %s" % (mid("e-ack"), mid("e-info"), mid("e-u1")), auth=auth_gmail("amazon.com")),
    "confirmation_request", True, CASE_E, [ID_P, ID_U],
    "Case E: ownership and go-ahead, plus 'is Kondo your former name?'",
    "Japanese keigo without ください; two asks, the second uses 確認 about a name")

# 70 LinkedIn notification
b = part("""Haruka, you appeared in 14 searches this week.

Recruiters from 3 companies viewed your profile, including a search for
"AWS Certified Solutions Architect - Professional".

See who's looking: https://www.linkedin.com/me/search-appearances/

Unsubscribe: https://www.linkedin.com/e/v2?e=4k1p
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
""", enc="7bit")
add(build(b, addr("LinkedIn", "notifications-noreply@linkedin.com"), ME_P, "You appeared in 14 searches this week",
          dt("2025-04-10 15:02:33", UTC), mid("li1", "linkedin.com"), auth=auth_gmail("linkedin.com", mailfrom="s-1@bounce.linkedin.com", ip="108.174.0.215")),
    "unrelated", False, None, [], "LinkedIn weekly notification", "certification name in a social notice")

# 71 Case E closing notice (Japanese)
b = part("""水野 遥 様

山本でございます。

4 月 9 日にお送りした統合内容のご確認について、まだご返信をいただいておりません。
4 月 15 日 (火) までにご返信がない場合は、本ケースをクローズさせていただきます。
本メールにご返信いただければ、引き続き対応いたします。

山本
AWS トレーニングと認定 カスタマーサービス
""", enc="b64")
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_E,
          dt("2025-04-11 02:10:05", UTC), mid("e-close", "ses"), irt=mid("e-conf"),
          refs="%s %s %s" % (mid("e-ack"), mid("e-u1"), mid("e-conf")), auth=auth_gmail("amazon.com")),
    "closing_notice", True, CASE_E, [], "Case E: closes on April 15 without a reply (Japanese)",
    "names the pending merge confirmation but the new text is a closing notice")
