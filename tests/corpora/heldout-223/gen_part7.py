# Messages 067-079 (late April 2025: case E, wrap-up)
from gen_lib import *  # noqa: F401,F403

SUBJ_E = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E

# ---------------------------------------------------------------- 067 other vendor merged accounts
d = dt("2025-04-18 06:02:31", UTC)
body_h = """<html><body style="font-family:Arial"><p>Hi Rina,</p>
<p>Good news &mdash; we have <b>successfully merged</b> your two Tandem Desk accounts. Everything from rina.okabe@tsubame-sys.co.jp now lives under r.okabe.works@gmail.com, and the old login has been deactivated.</p>
<p>This ticket (#TD-40712) is now closed. No further action is needed.</p>
<p>Cheers,<br>Marco<br>Tandem Desk Customer Success</p></body></html>
"""
add("unrelated", False, None, [],
    "Another vendor says it 'successfully merged' the same two addresses' accounts - looks like the AWS completion but is not AWS.",
    build(gmail_in("tandemdesk.io", "198.2.179.12", mailfrom="bounce@mail.tandemdesk.io", selector="k1", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("Tandem Desk Support", "help@tandemdesk.io")), ("To", ME_PERSONAL),
             ("Subject", "Your accounts have been merged [#TD-40712]"), ("Date", d),
             ("Message-ID", mid("067", "mail.tandemdesk.io", "plain"))],
          H(body_h, cte="quoted-printable")))

# ---------------------------------------------------------------- 068 survey D (Japanese)
d = dt("2025-04-19 00:30:00", UTC)
body = """AWS トレーニングと認定 サポートをご利用いただき、ありがとうございました。

先日解決したお問い合わせ(ケース番号：%s)について、サポートの品質向上のため簡単なアンケートへのご協力をお願いしております。所要時間は1分ほどです。

アンケートに回答する：https://survey.aws-tc.example.amazon.com/ja/r?c=%s

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
""" % (CASE_D, CASE_D)
add("survey", False, CASE_D, [],
    "Japanese satisfaction survey for case D ('お願いしております' is a survey ask, not a case request).",
    build(gmail_in("amazon.com", "54.240.8.55", mailfrom="0100019675@amazonses.com", date=d)
          + [("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")), ("To", ME_PERSONAL),
             ("Subject", enc_h("サポートに関するアンケートのお願い")), ("Date", d),
             ("Message-ID", mid("068"))],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 069 ack E
d = dt("2025-04-19 01:16:36", UTC)
E_ACK_MID = mid("E-ack")
body_t = """Hello,

We've received your message and created case %s. Our team will review it and reply to this address, usually within one business day.

Please reply to this email if you need to add anything; opening a new request for the same issue can slow things down.

Request details
Inquiry type: Certification / Account Merge
Description: After my accounts were merged last month I found another certification account on the same e-mail address (AWS05512098). It seems to have been created in 2021 when I signed in through Partner Central. Please merge it into AWS07731954 as well.

AWS Training and Certification Customer Service
""" % CASE_E
add("acknowledgement", False, CASE_E, [CAND_THIRD, CAND_PERSONAL],
    "Case E opened: a third account on the same personal address. Echoed form text carries two candidate IDs; 'reply if you need to add anything' is conditional.",
    build(gmail_in("amazon.com", "54.240.8.30", mailfrom="0100019676@amazonses.com", date=d)
          + [("From", TC_FORM), ("To", ME_PERSONAL), ("Subject", SUBJ_E), ("Date", d),
             ("Message-ID", E_ACK_MID)],
          alt(T(body_t), H("<html><body>" + body_t.replace("\n", "<br>\n") + "</body></html>"))))

# ---------------------------------------------------------------- 070 certification expiry JP
d = dt("2025-04-21 00:00:00", UTC)
body = """岡部 里奈 様

お持ちの AWS 認定の有効期限が近づいています。

認定：AWS Certified Cloud Practitioner
有効期限：2025年7月20日
候補 ID：AWS07731954

有効期限までに再認定を行うと、認定と特典が引き続きご利用いただけます。上位の認定を取得している場合は、自動的に延長されることがあります。

AWS 認定アカウント：https://www.aws.training/certification

※このメールは送信専用です。
"""
add("certification", False, None, [CAND_PERSONAL],
    "Japanese certification expiry notice (UTF-8 QP).",
    build(gmail_in("certmetrics.com", "168.245.22.8", mailfrom="bounce@em123.certmetrics.com", selector="s1", policy="p=NONE sp=NONE dis=NONE", date=d)
          + [("From", addr("AWS 認定", "do-not-reply@certmetrics.com")), ("To", ME_PERSONAL),
             ("Subject", enc_h("AWS 認定の有効期限が近づいています")), ("Date", d),
             ("Message-ID", mid("070", "certmetrics.com", "plain"))],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 071 card statement
d = dt("2025-04-21 10:00:00", JST)
body = """岡部 里奈 様

4月分のご利用代金明細が確定しました。

お支払い金額：48,211円
お支払い日：2025年5月7日

明細の確認はアプリまたは会員サイトから行えます。
このメールへの返信はできません。

ひかりカード
"""
add("unrelated", False, None, [],
    "Credit-card statement (Japanese, Shift_JIS base64).",
    build(gmail_in("hikari-card.co.jp", "210.150.70.8", mailfrom="info@mail.hikari-card.co.jp", selector="hc", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("ひかりカード", "info@mail.hikari-card.co.jp", "shift_jis")), ("To", ME_PERSONAL),
             ("Subject", enc_h("【ひかりカード】ご利用代金明細確定のお知らせ", "shift_jis")), ("Date", d),
             ("Message-ID", mid("071", "mail.hikari-card.co.jp", "plain"))],
          T(body, charset="shift_jis", cte="base64")))

# ---------------------------------------------------------------- 072 confirmation request E (Japanese, plain ください)
d = dt("2025-04-21 05:44:10", UTC)
E_CONF_MID = mid("E-conf")
E_CONF_TEXT = """岡部 様

AWS トレーニングと認定 カスタマーサービスの Nomvula です。

同じメールアドレス r.okabe.works@gmail.com に、次の2つの認定アカウントが登録されていることを確認しました。

  アカウントA  候補ID: AWS07731954  作成日: 2025-03-06  (統合済みの履歴・認定あり)
  アカウントB  候補ID: AWS05512098  作成日: 2021-11-02  (Partner Central 経由のサインイン)

統合後はアカウントAのみが残り、アカウントBの内容はAに移されます。
両方のアカウントがご本人のものであること、そしてアカウントAを残してよいことを、このメールへの返信でお知らせください。

Nomvula K.
AWS Training and Certification Customer Service"""
add("confirmation_request", True, CASE_E, [CAND_PERSONAL, CAND_THIRD],
    "Case E merge confirmation in plain Japanese (〜お知らせください), listing both accounts on the same address in a compact layout.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="0100019680@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_E), ("Date", d), ("Message-ID", E_CONF_MID),
             ("In-Reply-To", E_ACK_MID), ("References", E_ACK_MID)],
          T(E_CONF_TEXT + "\n", cte="8bit")))

# ---------------------------------------------------------------- 073 Credly non-AWS badge
d = dt("2025-04-22 13:05:55", UTC)
body_t = """Rina, you've earned a badge from The Linux Foundation!

CKA: Certified Kubernetes Administrator

Accept your badge: https://www.credly.com/earner/earned/badge/3a6f0c21-8d44-4a1e-b3f9-5e2c7d0a9b18

Credly
"""
add("badge", False, None, [],
    "Credly badge from a non-AWS issuer (still badge mail).",
    build(gmail_in("credly.com", "167.89.10.2", mailfrom="bounces+1181@em.credly.com", selector="s1", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("Credly", "admin@credly.com")), ("To", ME_PERSONAL),
             ("Subject", "Rina, you've earned a badge from The Linux Foundation"), ("Date", d),
             ("Message-ID", mid("073", "credly.com", "plain"))],
          alt(T(body_t), H("<html><body>" + body_t.replace("\n", "<br>") + "</body></html>"))))

# ---------------------------------------------------------------- 074 GitHub issue closed
d = dt("2025-04-23 02:40:12", UTC)
body = """Closed #52 as completed via #53.

--
Reply to this email directly, view it on GitHub:
https://github.com/okabe-lab/cert-tracker/issues/52#event-17290011245
You are receiving this because you were assigned.
"""
add("unrelated", False, None, [],
    "GitHub issue 'Closed ... as completed' on her cert-tracker repo.",
    build(gmail_in("github.com", "192.30.252.207", mailfrom="noreply@github.com", selector="pf2023", date=d)
          + [("From", addr("kaito-dev", "notifications@github.com")), ("To", "okabe-lab/cert-tracker <cert-tracker@noreply.github.com>"),
             ("Cc", "Assign <assign@noreply.github.com>"),
             ("Subject", "Re: [okabe-lab/cert-tracker] Track case status for support cases (Issue #52)"), ("Date", d),
             ("Message-ID", "<okabe-lab/cert-tracker/issue/52/issue_event/17290011245@github.com>"),
             ("In-Reply-To", "<okabe-lab/cert-tracker/issues/52@github.com>")],
          T(body)))

# ---------------------------------------------------------------- 075 closing notice E (Japanese)
d = dt("2025-04-24 06:00:41", UTC)
E_CLOSE_MID = mid("E-close")
body = """岡部 様

4月21日にお送りした確認のご連絡について、まだご返信を確認できておりません。

4月28日までにご返信がない場合、本ケースはいったんクローズさせていただきます。クローズ後であっても、このメールにご返信いただければケースは再開され、引き続き対応いたします。

Nomvula K.
AWS Training and Certification Customer Service

---- 4月21日のメッセージ ----
%s
""" % E_CONF_TEXT
add("closing_notice", True, CASE_E, [],
    "Case E closing notice in Japanese; the earlier confirmation (with candidate IDs) follows a separator and is not counted.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="0100019688@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_E), ("Date", d), ("Message-ID", E_CLOSE_MID),
             ("In-Reply-To", E_CONF_MID), ("References", "%s %s" % (E_ACK_MID, E_CONF_MID))],
          T(body, cte="base64"), crlf=True))

# ---------------------------------------------------------------- 076 owner confirms E
d = dt("2025-04-24 19:12:03", JST)
E_U_MID = mid("E-u", style="gmail")
body = """Nomvula 様

返信が遅くなり失礼しました。
2つとも私のアカウントです。アカウントA (AWS07731954) を残して、Bを統合してください。

Both accounts are mine - please keep Account A.

岡部 里奈

2025年4月24日(木) 15:00 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 岡部 様
>
> 4月21日にお送りした確認のご連絡について、まだご返信を確認できておりません。
> [...]
"""
add("user_reply", False, CASE_E, [CAND_PERSONAL],
    "Owner's bilingual confirmation on case E, short quote.",
    build([("From", addr("岡部 里奈", ME_PERSONAL)), ("To", TC_FORM), ("Subject", SUBJ_E), ("Date", d),
           ("Message-ID", E_U_MID), ("In-Reply-To", E_CLOSE_MID),
           ("References", "%s %s %s" % (E_ACK_MID, E_CONF_MID, E_CLOSE_MID))],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 077 resolved E
d = dt("2025-04-25 03:31:50", UTC)
body = """Hello Rina,

All set. AWS05512098 has been merged into AWS07731954; the Cloud Practitioner attempt from 2021 now shows in your exam history, and the 2021 account can no longer be used to sign in. No further action is required on your side.

Should you ever find another stray account, you're welcome to reply to this thread.

Kind regards,
Nomvula K.
AWS Training and Certification Customer Service

> 2つとも私のアカウントです。アカウントA (AWS07731954) を残して、Bを統合してください。
"""
add("resolved", False, CASE_E, [CAND_THIRD, CAND_PERSONAL],
    "Case E merged; 'No further action is required'; an open-ended 'you're welcome to reply' invitation.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="0100019690@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_E), ("Date", d), ("Message-ID", mid("E-done")),
             ("In-Reply-To", E_U_MID), ("References", "%s %s %s" % (E_ACK_MID, E_CLOSE_MID, E_U_MID))],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 078 owner replies to new employer
d = dt("2025-04-25 20:40:18", JST)
body = """西田様

お世話になっております。岡部です。
ご返信が遅くなり申し訳ございません。認定アカウントの統合がすべて完了しましたので、ご依頼の情報をお送りします。

1. 保有認定と検証番号
   - AWS Certified Solutions Architect - Professional
   - AWS Certified Security - Specialty (検証番号 L9W3DPMKB2E1Q8VX)
   - AWS Certified Developer - Associate
   - AWS Certified Cloud Practitioner
2. Credly: https://www.credly.com/users/rina-okabe
3. AWS 候補ID: AWS07731954

よろしくお願いいたします。
岡部 里奈

2025年3月27日(木) 15:45 西田 彩 <nishida@hoshizora-cloud.jp>:
> 岡部 里奈 様
>
> ほしぞらクラウド株式会社 人事の西田です。4月1日の入社に向けて、以下をご返信いただけますでしょうか。
> [...]
"""
add("user_reply", False, None, [CAND_PERSONAL],
    "Owner answers the new employer (not support): user_reply with a candidate ID and no case.",
    build([("From", addr("岡部 里奈", ME_PERSONAL)), ("To", addr("西田 彩", "nishida@hoshizora-cloud.jp")),
           ("Subject", enc_h("Re: 【ご入社前のお願い】資格情報のご提出について")), ("Date", d),
           ("Message-ID", mid("078", style="gmail")), ("In-Reply-To", mid("039", style="gmail")),
           ("References", mid("039", style="gmail"))],
          T(body, cte="base64")))

# ---------------------------------------------------------------- 079 Skill Builder receipt
d = dt("2025-04-26 02:18:44", UTC)
body_t = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-2025-0426-771403
Item: AWS Skill Builder Individual subscription (annual)
Amount: USD 337.50 (25% promotion applied)
Billed to: Rina Okabe

Manage your subscription: https://skillbuilder.aws/account/subscription

This receipt was sent to r.okabe.works@gmail.com. Please do not reply to this email.
"""
add("unrelated", False, None, [],
    "Skill Builder subscription receipt from no-reply@aws.training - AWS training mail that is not a support case.",
    build(gmail_in("aws.training", "54.240.48.110", mailfrom="0100019699@amazonses.com", policy="p=QUARANTINE sp=QUARANTINE dis=NONE", date=d)
          + [("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_PERSONAL),
             ("Subject", "Your AWS Skill Builder receipt"), ("Date", d),
             ("Message-ID", mid("079"))],
          alt(T(body_t), H("<html><body>" + body_t.replace("\n", "<br>") + "</body></html>"))))
