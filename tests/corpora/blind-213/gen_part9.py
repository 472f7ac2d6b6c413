# Part 9: April 2025, case E to resolution and the tail (messages 72-80)
from gen_common import *

SUBJ_E = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E
REFS_E = "%s %s %s" % (mid("e-ack"), mid("e-conf"), mid("e-close"))

# 72 owner confirms (top-posted, Japanese, UTF-8 8bit)
b = part("""山本様

ご返信が遅くなり失礼いたしました。
アカウント 2 は私のものです。アカウント 1 への統合に同意します。
また、Kondo は旧姓で間違いありません。

水野 遥

2025年4月11日(金) 11:10 AWS Training and Certification <%s>:
> 4 月 9 日にお送りした統合内容のご確認について、まだご返信をいただいておりません。
> 4 月 15 日 (火) までにご返信がない場合は、本ケースをクローズさせていただきます。
""" % TC, enc="8bit")
add(build(b, addr(ME_NAME_JA, ME_P), TC, SUBJ_E, dt("2025-04-11 19:48:31"), mid("e-u2", "gmail"),
          irt=mid("e-close"), refs=REFS_E),
    "user_reply", False, CASE_E, [], "Owner agrees to the merge and confirms her former name",
    "8bit UTF-8; owner mail with '同意します'")

# 73 Case E info request: a check to do and report back (plain ください)
b = part("""水野 遥 様

山本です。ご同意いただきありがとうございます。統合のご承認はこれで十分ですので、
改めてご確認いただく必要はございません。

ただ、統合処理の前に一点だけお願いがございます。アカウント 1 のプロフィールで「国/地域」
が未設定のため、このままではシステム上統合ができません。

AWS 認定アカウントにサインインし、[アカウント設定] > [住所] で国を設定してください。
設定が終わりましたら、本メールにその旨ご返信ください。

山本
AWS トレーニングと認定 カスタマーサービス
""", cs="iso-2022-jp", enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_E,
          dt("2025-04-14 00:52:16", UTC), mid("e-check", "ses"), irt=mid("e-u2"),
          refs=REFS_E + " " + mid("e-u2"), auth=auth_gmail("amazon.com")),
    "info_request", True, CASE_E, [], "Case E: set the country in the profile, then report back",
    "opens by saying the merge approval is complete and no confirmation is needed; the ask is a check reported back")

# 74 owner reports the check done
b = part("""山本様

国を「日本」に設定しました。ご確認をお願いいたします。

水野
""", cs="iso-2022-jp", enc="7bit")
add(build(b, addr(ME_NAME_JA, ME_P, "iso-2022-jp"), TC, SUBJ_E, dt("2025-04-14 12:30:08"), mid("e-u3", "gmail"),
          irt=mid("e-check"), refs=REFS_E + " " + mid("e-u2") + " " + mid("e-check")),
    "user_reply", False, CASE_E, [], "Owner: country set", "very short owner reply asking support to check")

# 75 Case E resolved (HTML only, base64), with a survey link and conditional invitation
b = part("""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>水野 遥 様</p>
<p>山本でございます。設定いただきありがとうございました。</p>
<p>アカウント 2 (%s) をアカウント 1 (%s) へ統合いたしました。2018 年の Cloud Practitioner の試験履歴もアカウント 1 に表示されます(認定自体は有効期限切れのため「失効」と表示されます)。</p>
<p>本件に関して追加でご対応いただくことはございません。ほかにご質問がございましたら、お気軽にお問い合わせください。</p>
<table style="border-top:1px solid #ccc;margin-top:16px"><tr><td style="font-size:12px;color:#666">
今回の対応はいかがでしたか?<a href="https://survey.aws-tc-support.amazon.com/s/%s">アンケートにご協力ください</a>(所要時間 1 分)
</td></tr></table>
<p>山本<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
""" % (ID_U, ID_P, h("sv-e", 12)), "html", enc="b64")
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_E,
          dt("2025-04-15 03:05:40", UTC), mid("e-res", "ses"), irt=mid("e-u3"),
          refs=REFS_E + " " + mid("e-check") + " " + mid("e-u3"), auth=auth_gmail("amazon.com")),
    "resolved", False, CASE_E, [ID_U, ID_P], "Case E: merge completed (Japanese, HTML only)",
    "survey link and 'ご質問がございましたら' inside a completion; '失効' (expired) is about the old cert")

# 76 Credly: old badge added
b = part("""Hi Haruka,

A badge was added to your Credly profile:

  AWS Certified Cloud Practitioner (expired)
  Issued by Amazon Web Services Training and Certification

Expired badges stay visible on your profile as part of your history. You can hide them in your
privacy settings.

The Credly Team
""", enc="7bit")
add(build(b, addr("Credly", "admin@credly.com"), ME_P, "A badge was added to your Credly profile",
          dt("2025-04-15 03:30:12", UTC), mid("credly3", "credly.com"), auth=auth_gmail("credly.com", mailfrom="bounces@credly.com", ip="198.2.180.12")),
    "badge", False, None, [], "Credly: expired badge from the old account added", "badge mail that says 'expired'")

# 77 Case E survey (Japanese)
b = part("""水野 遥 様

先日はケース %s についてお問い合わせいただきありがとうございました。
サービス向上のため、簡単なアンケートにご協力いただけますと幸いです。

https://survey.aws-tc-support.amazon.com/s/%s?lang=ja

アンケートへのご回答は任意です。このメールは送信専用のため、ご返信いただいてもお答えできません。

AWS トレーニングと認定
""" % (CASE_E, h("sv-e2", 12)), enc="b64")
add(build(b, addr("AWS Training and Certification", TC), ME_P, "ケース %s に関するアンケートのお願い" % CASE_E,
          dt("2025-04-16 01:20:00", UTC), mid("e-survey", "ses"), auth=auth_gmail("amazon.com")),
    "survey", False, CASE_E, [], "Case E satisfaction survey (Japanese)", "keigo 'ご協力いただけますと幸いです' in a survey")

# 78 Google Cloud certification renewal (other vendor)
b = part("""Hi Haruka,

Your Google Cloud Professional Cloud Architect certification expires on June 2, 2025. Renewal
eligibility opens 60 days before expiration. Register for the renewal exam through Webassessor.

Google Cloud Certification
""", enc="7bit")
add(build(b, addr("Google Cloud Certification", "cloud-certification-noreply@google.com"), ME_P,
          "Your Google Cloud certification is eligible for renewal", dt("2025-04-16 17:00:00", UTC), mid("gc1", "google.com"),
          auth=auth_gmail("google.com", mailfrom="bounce@google.com", ip="209.85.220.69")),
    "unrelated", False, None, [], "Google Cloud certification renewal", "certification mail from another vendor")

# 79 AWS marketing (English)
b = alt(part("""New on AWS Skill Builder this month: 12 courses on generative AI, updated exam prep for
Security - Specialty, and a free practice question set.

Explore now: https://skillbuilder.aws/

You are receiving this email because you opted in to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/unsubscribe
""", enc="7bit"),
part("""<html><body><h2>New on AWS Skill Builder</h2><p>12 courses on generative AI, updated exam prep for Security &ndash; Specialty, and a free practice question set.</p><p><a href="https://skillbuilder.aws/">Explore now</a></p><p style="font-size:10px">You are receiving this email because you opted in to AWS Training and Certification updates. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p></body></html>
""", "html", enc="qp"))
add(build(b, addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
          "What's new in AWS Training and Certification - April", dt("2025-04-17 16:00:00", UTC), mid("mkt2", "ses"),
          auth=auth_gmail("amazon.com")),
    "unrelated", False, None, [], "AWS T&C marketing newsletter", "display name 'AWS Training and Certification', passes DMARC")

# 80 owner forwards the case E resolution to a new employer's HR
b = part("""佐々木様

入社手続きの件でご依頼いただいていた AWS 認定の保有状況について、旧アカウントの統合が
完了しましたので共有します。私の AWS 候補 ID は %s です。認定の検証は
https://aws.amazon.com/verification から検証番号で行えます。

水野 遥

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年4月15日(火) 12:05
Subject: %s
To: <%s>

水野 遥 様

アカウント 2 (%s) をアカウント 1 (%s) へ統合いたしました。
本件に関して追加でご対応いただくことはございません。
""" % (ID_P, TC, SUBJ_E, ME_P, ID_U, ID_P), enc="qp")
add(build(b, addr(ME_NAME_JA, ME_P), addr("佐々木 亮", "r.sasaki@nimbus-works.jp"),
          "Fwd: " + SUBJ_E, dt("2025-04-18 09:12:44"), mid("e-fwd", "gmail")),
    "user_reply", False, CASE_E, [ID_P], "Owner forwards the case E completion to her new employer",
    "owner forward; the forwarded block holds other IDs that are not the owner's new text")
