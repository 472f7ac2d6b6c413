from gen_lib import *
from gen_part6 import CONS_FOOT, CREQ, CACK
import html as _h

SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % CASE_D

# 045 Japanese acknowledgement of case D
t = """水野 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース番号 %s として受け付けました。担当者より、通常24時間以内にご連絡を差し上げます。
内容によっては、調査のためにお時間をいただく場合がございます。

同じ内容で新しいケースを作成されますと、かえって回答が遅れることがございます。
情報を追加される場合は、本メールにそのままご返信ください。

■ 受付内容
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
候補 ID: %s
内容: 認定証と Credly バッジの氏名が「HARKA MIZUNO」と表示されています。正しくは「HARUKA MIZUNO」です。修正をお願いします。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, NEW_ID)
ACK_D = ses_id(45)
add("acknowledgement", False, CASE_D, [NEW_ID],
    aws_in(ME, SUBJ_D, "2025-07-06 22:10:50", ACK_D),
    leaf(t + FORM_FOOTER, cte="base64"),
    "Japanese acknowledgement (base64 UTF-8) with a form echo that contains an ask addressed to support ('修正をお願いします')")

# 046 console case: reminder before auto-resolve
t = """Hello,

We haven't yet received a response to our last correspondence on case %s. If you still need help, please add your reply to the case in the Support Center.

If we don't hear from you within the next 3 days, the case will be resolved automatically.

Best regards,
Amazon Web Services
""" % CASE_C + "\n====================================================\n" + CONS_FOOT
add("closing_notice", True, CASE_C, [],
    aws_in(ME, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_C, "2025-07-06 17:00:03",
           mid("0100019804e1aa70-case-%s-r1" % CASE_C, "email.amazonses.com"), frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), tz=0),
    leaf(t, cte="7bit"),
    "Console auto-resolve warning: the reply must go through the Support Center, not email")

# 047 another vendor's case closed
t = """Hello Haruka,

Your support request has been closed.

Case number: 2507030040004512
Topic: Merge Microsoft Certification profiles

We merged your two certification profiles into the one associated with haruka.mizuno.k@gmail.com. If the issue is not resolved, you can reply to this email within 7 days to reopen the case.

Thank you,
Microsoft Learn Support
"""
add("unrelated", False, None, [],
    gen_in(addr("Microsoft Learn Support", "learnsupport@microsoft.com"), "microsoft.com", ME,
           "Case 2507030040004512 closed: Merge Microsoft Certification profiles", "2025-07-07 08:41:12",
           mid("MW4PR21MB1971B2D6A1", "MW4PR21MB1971.namprd21.prod.outlook.com"), ip="40.107.220.130",
           host="mail-bn8nam11on2130.outbound.protection.outlook.com"),
    alt(t, "<html><body><pre>" + _h.escape(t) + "</pre></body></html>"),
    "Other vendor: certification profile merge done and case closed, with a reply-to-reopen line")

# 048 Japanese information request (keigo)
REQ_D = ses_id(48)
SUP_D = """水野 遥 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
このたびは氏名表記の件でご不便をおかけしており、申し訳ございません。

記録の修正にあたり、ご本人確認のため、試験当日に提示される本人確認書類（パスポート等）に記載されている氏名のローマ字表記を、姓・名の順に本メールへご返信いただけますでしょうか。
なお、書類の画像をお送りいただく必要はございません。

また、近日中に受験のご予定がございましたら、受験予定日もあわせてお知らせいただけますと幸いです。試験会場での照合に影響するため、修正の順序を調整いたします。

何卒よろしくお願いいたします。

山本
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
add("info_request", True, CASE_D, [],
    aws_in(ME, SUBJ_D, "2025-07-07 11:20:37", REQ_D, irt=ACK_D, refs=ACK_D),
    alt(SUP_D, "<html><body>" + "".join("<p>%s</p>" % _h.escape(p).replace("\n", "<br>") for p in SUP_D.strip().split("\n\n")) + "</body></html>",
        cte="base64"),
    "Japanese keigo request (〜ご返信いただけますでしょうか) plus a second, softer ask")

# 049 console case resolved, with rating footer
t = """Hello Haruka,

Thanks for adding the details to the case. I found the voucher earned with your Security - Specialty certification and have reissued it to %s; it now shows under Benefits in your certification account, with the original expiry date.

Since the benefit is back, I'm marking this case as resolved. If anything else comes up, you can reopen the case from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Ravi K.
Amazon Web Services
""" % NEW_ID + "\n====================================================\n" + CONS_FOOT
add("resolved", False, CASE_C, [NEW_ID],
    aws_in(ME, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_C, "2025-07-08 04:18:55",
           mid("0100019805f3bb12-case-%s-c2" % CASE_C, "email.amazonses.com"), frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), tz=0),
    alt(t, "<html><body><pre style=\"font-family:Arial\">" + _h.escape(t) + "</pre></body></html>"),
    "Console case resolved (voucher reissued); reopen invitation and rating request are not asks")

# 050 AWS marketing (Japanese)
h = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>AWS Summit Japan 2025 にご登録いただいた皆さま</p>
<p>ご来場ありがとうございました。基調講演および 150 以上のセッションの見逃し配信を公開しました。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">オンデマンド配信を見る</a></p>
<p>アンケートにご協力いただいた方には、AWS 認定試験の割引クーポンをお送りします。</p>
<p style="font-size:11px;color:#777">配信停止をご希望の場合はこちらから。アマゾン ウェブ サービス ジャパン合同会社</p></body></html>"""
add("unrelated", False, None, [],
    aws_in(ME, "【AWS Summit Japan 2025】見逃し配信を公開しました", "2025-07-08 18:00:00", ses_id(50),
           frm=addr("AWS Japan", "aws-marketing-email-replies@amazon.com")),
    leaf(h, "html", cte="quoted-printable"),
    "AWS marketing in Japanese mentioning exam discounts and a questionnaire")
