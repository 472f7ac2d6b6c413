# Part 3: spring 2025 - case F (ESL +30, Japanese), pre-departure mail, start of case A/B.
from gen_base import *

P = (ME_NAME, ME_PERSONAL)
W = (ME_NAME, ME_WORK)
CM = ("AWS Certification", "do-not-reply@certmetrics.com")
TCJ = ("AWS トレーニングと認定", TC)
CASE_F = "174400215300731"
SUBJ_F = "[AWS Training and Certification Form Submission] - exam-accommodations"

# 031 dependabot
t = dd("""
    Dependabot found 1 vulnerability in kaede-sys/cdk-platform.

    High severity: fast-xml-parser - Prototype pollution
    Upgrade to 4.4.1 or later.

    Review: https://github.com/kaede-sys/cdk-platform/security/dependabot/57
    """)
add("gh2", ("unrelated", False, None, []),
    "GitHub Dependabot alert",
    frm=("GitHub", "noreply@github.com"), to=W, subject="[kaede-sys/cdk-platform] Dependabot alert: fast-xml-parser",
    date="2025-02-03 06:11:00 +0000", body=leaf("text/plain", t, cte="7bit"))

# 032 ack F (Japanese, HTML+text, base64)
ack_f = dd("""
    AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。

    ケース %s としてお問い合わせを受け付けました。担当者より通常 24 時間以内に
    ご連絡いたします。内容によってはお時間をいただく場合がございます。

    同じ内容で新しいケースを作成されますと対応が遅れる原因となりますので、
    追加の情報はこのメールへのご返信でお送りください。

    お問い合わせ内容：
      お問い合わせタイプ：認定
      その他の詳細：試験の配慮（ESL +30）
      本文：英語が母語ではないため、英語で受験する試験に ESL +30 を適用したいです。

    AWS トレーニングと認定 カスタマーサポート
    """) % CASE_F
hf = html_wrap("<p>" + ack_f.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")
add("f_ack", ("acknowledgement", False, CASE_F, []),
    "Japanese acknowledgement (multipart, base64); asks not to open duplicates but needs no reply",
    frm=TCJ, to=W, subject="[CASE %s] %s" % (CASE_F, SUBJ_F), date="2025-04-07 05:03:02 +0000",
    body=multipart("alternative", [leaf("text/plain", ack_f, cte="base64"), leaf("text/html", hf, cte="base64")], "fack"))

# 033 info request F (Shift_JIS, keigo)
req_f = dd("""
    ヴィエジビツキ 様

    お問い合わせいただきありがとうございます。AWS トレーニングと認定の山口でございます。

    ESL +30 は、英語を母語としない方が英語で試験を受験される際に、試験時間を
    30 分延長する配慮でございます。一度承認されますと、認定アカウントに登録され、
    以降ご予約いただく英語の試験すべてに適用されます。

    お手続きを進めるにあたり、認定アカウント右上に表示されている AWS 候補 ID と、
    受験をご予定の試験名をお知らせいただけますでしょうか。
    また、すでに試験をご予約済みの場合は、予約日時もあわせてご教示くださいますよう
    お願い申し上げます。

    何卒よろしくお願いいたします。

    山口 綾香
    AWS トレーニングと認定 カスタマーサポート
    """)
add("f_req", ("info_request", True, CASE_F, []),
    "Japanese keigo request (いただけますでしょうか / ご教示くださいますよう) after an explanation; Shift_JIS base64",
    frm=TCJ, to=W, subject="RE:[CASE %s] %s" % (CASE_F, SUBJ_F), date="2025-04-08 02:20:44 +0000",
    reply="f_ack", hdr_charset="shift_jis", body=leaf("text/plain", req_f, charset="shift_jis", cte="base64"))

# 034 user reply F (ISO-2022-JP, Gmail-style Japanese attribution)
ur_f = dd("""
    山口様

    ご連絡ありがとうございます。ヴィエジビツキです。

    AWS 候補 ID：AWS02871964
    受験予定の試験：AWS Certified Security Specialty（SCS-C02）
    予約：まだしておりません。承認後に予約する予定です。

    よろしくお願いいたします。
    """)
t = ur_f + "\n" + "2025年4月8日(火) 11:20 AWS トレーニングと認定 <%s>:\n" % TC + quote(req_f)
add("f_ur", ("user_reply", False, CASE_F, ["AWS02871964"]),
    "Owner's Japanese reply (ISO-2022-JP, CRLF) with the candidate ID; Japanese attribution line",
    frm=W, to=[TCJ], subject="Re: RE:[CASE %s] %s" % (CASE_F, SUBJ_F), date="2025-04-08 13:02:10 +0900",
    reply="f_req", auth=None, crlf=True, hdr_charset="iso-2022-jp",
    body=leaf("text/plain", t, charset="iso-2022-jp", cte="7bit"))

# 035 resolved F (Japanese, UTF-8 QP)
t = dd("""
    ヴィエジビツキ 様

    ご返信ありがとうございます。

    AWS 候補 ID AWS02871964 の認定アカウントに ESL +30 の配慮を登録いたしました。
    今後ご予約いただく英語の試験には、自動的に 30 分が加算されます。
    SCS-C02 をご予約の際に特別なお手続きは必要ございません。

    ご不明な点がございましたら、本メールにご返信ください。

    山口 綾香
    AWS トレーニングと認定 カスタマーサポート

    ----- 元のメッセージ -----
    差出人: Tomasz Wierzbicki <%s>
    送信日時: 2025年4月8日 13:02
    """) % ME_WORK + quote(ur_f, "| ")
add("f_res", ("resolved", False, CASE_F, ["AWS02871964"]),
    "Japanese completion with ご不明な点がございましたら conditional invitation; candidate ID in support's own text",
    frm=TCJ, to=W, subject="RE:[CASE %s] %s" % (CASE_F, SUBJ_F), date="2025-04-09 00:55:19 +0000",
    reply="f_ur", body=leaf("text/plain", t, cte="quoted-printable"))

# 036 phishing lookalike
h = html_wrap(
    "<div style='background:#232f3e;padding:12px'><span style='color:#ff9900;font-size:20px'>aws</span> "
    "<span style='color:#fff'>Training and Certification</span></div>"
    "<p>Dear Candidate,</p><p>Our records show that your AWS Certification account has not been verified "
    "after the latest policy update. Unverified accounts will be <b>suspended within 24 hours</b> and all "
    "certifications revoked.</p><p>Reply to this email with your candidate ID and date of birth, or verify "
    "now:</p><p><a href='https://aws-certmetrics-verify.com/login'>Verify my certification account</a></p>"
    "<p>AWS Certification Support Team</p>")
add("phish1", ("suspicious", False, None, []),
    "Lookalike domain (aws-certmetrics-verify.com) demanding a reply within 24 h; passes its own DKIM",
    frm=("AWS Certification", "support@aws-certmetrics-verify.com"), to=W,
    subject="Action required: verify your AWS Certification account", date="2025-04-10 21:17:09 +0000",
    body=leaf("text/html", h, cte="quoted-printable"))

# 037 HR leaving (ISO-2022-JP)
t = dd("""
    ヴィエジビツキ さん

    人事部の中村です。退職に伴うお手続きについてご案内します。

    ・最終出社日：2025年6月30日（月）
    ・社用メールアドレス（t.wierzbicki@kaede-sys.co.jp）は最終日 18:00 に停止します
    ・業務で登録した外部サービスのアカウントは、最終日までに個人アドレスへの
      切り替えまたは削除をお願いします（AWS 認定、各種 SaaS など）

    退職届の提出がまだの場合は、5月末までにご提出ください。

    人事部 中村
    """)
add("hr2", ("unrelated", False, None, []),
    "HR departure instructions (Japanese ISO-2022-JP) that mention AWS certification and ask for action - colleague, not support",
    frm=("中村 真由美", "m.nakamura@kaede-sys.co.jp"), to=W, subject="【人事】退職手続きのご案内",
    date="2025-04-14 09:30:00 +0900", crlf=True, hdr_charset="iso-2022-jp", x_mailer="Microsoft Outlook 16.0",
    body=leaf("text/plain", t, charset="iso-2022-jp", cte="7bit"))

# 038 recertification
t = dd("""
    Congratulations on recertifying your AWS Certification!

    Hello Tomasz Jan,

    You have recertified AWS Certified Solutions Architect - Associate. Your new
    expiration date is 12 May 2028.

    Candidate ID: AWS02871964

    Benefits of your active certification, including a 50% discount voucher for your
    next exam, are available under Benefits in your AWS Certification Account.

    AWS Certification
    """)
add("cert4", ("certification", False, None, ["AWS02871964"]),
    "Recertification notice mentioning the 50% voucher (benefit that later goes missing in case A)",
    frm=CM, to=W, subject="Congratulations on recertifying your AWS Certification!", date="2025-05-12 23:01:12 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 039 other vendor case closed
t = dd("""
    ##- Please type your reply above this line -##

    Your request (#48192) has been solved. If you believe the issue is not resolved,
    you can reopen it by replying to this email within 7 days.

    Maya (Nimbusly Support)
    May 20, 2025, 14:02 GMT+9

    We have reset the API key as requested. Could you confirm the new key works on
    your side?

    --------------------------------
    This email is a service from Nimbusly Support.
    [QX7M2R-9K4P]
    """)
add("vendor1", ("unrelated", False, None, []),
    "Other vendor's Zendesk ticket solved, with a question and reopen-by-reply - not AWS, no reply owed",
    frm=("Nimbusly Support", "support@nimbusly.io"), to=W, subject="[Nimbusly] Re: API key rotation for kaede-prod",
    date="2025-05-20 05:02:33 +0000", body=leaf("text/plain", t, cte="7bit"))

# 040 Builder ID verification code
t = dd("""
    Verify your AWS Builder ID email address

    Hello,

    Use the verification code below to finish creating your AWS Builder ID.

    Verification code: 583019

    This code expires in 30 minutes. If you did not request this, you can ignore this email.

    Amazon Web Services
    """)
add("signin1", ("unrelated", False, None, []),
    "Builder ID one-time code (6 digits) for the personal address",
    frm=("AWS Builder ID", "no-reply@signin.aws"), to=P, subject="Verify your AWS Builder ID email address",
    date="2025-06-02 12:44:50 +0000", body=leaf("text/plain", t, cte="7bit"))

# 041 aws.training welcome
t = dd("""
    Welcome to AWS Training and Certification, Tomasz!

    Your new certification account has been created. Your candidate ID is AWS11503342.

    Get started with free digital training on AWS Skill Builder, or schedule your
    next exam.

    https://www.aws.training

    AWS Training and Certification
    """)
add("welcome1", ("certification", False, None, ["AWS11503342"]),
    "New certification account created (personal), programme mail not case mail",
    frm=("AWS Training and Certification", "no-reply@aws.training"), to=P,
    subject="Welcome to AWS Training and Certification", date="2025-06-02 12:51:07 +0000",
    body=leaf("text/plain", t, cte="7bit"))
