from gen_common import *
from gen_part4 import D_SUBJ

F_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F

OLD_D = """Hello Ryota,

Your legal name on your AWS Certification record has been updated to
"Ryota Kuwabara". New certificates generated from today will show the
corrected spelling.

This case is now resolved.

Chen L.
AWS Training and Certification"""

F_HOLD = """桑原 涼太 様

AWS トレーニングと認定 カスタマーサポートの西田でございます。
お問い合わせいただいた 50% 割引バウチャーの件についてご連絡いたします。

アカウント統合の際、旧アカウントの特典は新しいアカウントへ移行される
仕組みとなっておりますが、今回は移行が完了していないことを確認いたしました。
特典の再発行は特典管理を担当する別チームのみが行えるため、
現在、同チームに調査を依頼しており、本ケースは回答待ちの状態となっております。

なお、同チームでの照合のため、旧アカウントで表示されていたバウチャー
コードの末尾4桁、もしくは特典が付与された時期をお知らせいただけますでしょうか。
お手元に控えがない場合は、その旨をお知らせいただければ結構です。

担当チームより回答があり次第、改めてご連絡いたします。
恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

西田
AWS トレーニングと認定 カスタマーサポート"""


def run():
    # 038 owner replies to a 2023 thread to reopen it
    txt = """Hello,

I'm writing on this old case because the problem is back. After my
certification accounts were merged on April 2 (case %s), new
certificates again show my name as "Ryouta Kuwahara". The account I
use now is %s / %s.

Could you correct it again?

Ryota Kuwabara

On Thu, Sep 14, 2023 at 3:12 AM, %s wrote:
%s
""" % ("174219843700256", ME_P, CID_NEW, TC, quote(OLD_D))
    raw = build(addr(ME_NAME, ME_P), TC_FROM, D_SUBJ, d(2025, 4, 10, 21, 5, 0, JST), part(txt),
                M("u-d1", "mail.gmail.com"), irt=M("d-2023"), refs=M("d-2023-ack") + " " + M("d-2023"))
    add(raw, "user_reply", False, CASE_D, [CID_NEW], "Owner replies to a 2023 resolved thread (11-digit case) and mentions the other case number in his text; labelled with the thread's case.")

    # 039 receipt for the reopened case
    txt = """Hello,

Your reply has been added to case %s, which was previously resolved.
The case has been reopened and is back in our queue.

Case status: Reopened
Original subject: [AWS Training and Certification Form Submission] - certification

An agent will pick it up, typically within 24 hours. There's no need to
open a new case for this request.

AWS Training and Certification Customer Support
""" % CASE_D
    raw = build(TC_FROM, ME_P, "RE: [CASE %s] Case reopened" % CASE_D, d(2025, 4, 10, 12, 6, 30),
                part(txt, cte="7bit"), M("d-reopen"), irt=M("u-d1", "mail.gmail.com"), refs=M("d-2023") + " " + M("u-d1", "mail.gmail.com"),
                auth=auth_gmail("amazon.com"))
    add(raw, "acknowledgement", False, CASE_D, [], "Receipt for a reopened case (says 'previously resolved' and 'reopened'); not a resolution nor closing notice.")

    # 040 case D on hold for a system migration
    h = """<html><body><p>Hi Ryota,</p>
<p>Thanks for letting us know. I can see the misspelled name on the merged record.</p>
<p>We're currently moving certification records to a new platform. While the move is running, name changes are frozen for every candidate;
the freeze is planned to end on <b>April 21</b>. I've placed your case on hold and will make the correction as soon as edits are possible again.</p>
<p>You don't have to do anything for now. Certificates you download before the fix will still show the old spelling.</p>
<p>Chen L.<br>AWS Training and Certification</p></body></html>"""
    raw = build(TC_FROM, ME_P, D_SUBJ, d(2025, 4, 11, 6, 40, 0), html(h, cte="base64"), M("d-hold"),
                irt=M("d-reopen"), refs=M("d-2023") + " " + M("u-d1", "mail.gmail.com") + " " + M("d-reopen"),
                auth=auth_gmail("amazon.com"))
    add(raw, "on_hold", False, CASE_D, [], "HTML-only, base64; hold because of a system migration (freeze).")

    # 041 Credly lookalike phishing
    txt = """Hi Ryota,

Your AWS Certified Solutions Architect - Professional badge is pending and
will expire unless it is claimed within 72 hours.

Claim now: https://credly-badges-claim.com/login?u=ryota.kuwabara84

You will be asked to sign in with your AWS Builder ID to verify ownership.

The Credly Team
"""
    raw = build("Credly <admin@credly-badges-claim.com>", ME_P, "Action needed: claim your badge before it expires",
                d(2025, 4, 12, 19, 2, 0), part(txt), M("phish2", "credly-badges-claim.com"),
                auth="mx.google.com;\n       dkim=none;\n       spf=neutral smtp.mailfrom=admin@credly-badges-claim.com;\n       dmarc=none header.from=credly-badges-claim.com")
    add(raw, "suspicious", False, None, [], "Credly lookalike domain asking for Builder ID sign-in.")

    # 042 other vendor's support case solved
    txt = """##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email.

Yuki (JetBrains Sales Support)
Apr 14, 2025, 10:31 GMT+2
We've moved your IntelliJ IDEA licence to your personal JetBrains Account.
Let us know if anything else comes up.

This email is a service from JetBrains Sales Support.
"""
    raw = build("Yuki (JetBrains Sales Support) <sales@jetbrains.com>", ME_P, "[JetBrains] Re: Move licence to personal account",
                d(2025, 4, 14, 8, 31, 0), part(txt), M("jb1", "jetbrains.zendesk.com"), auth=auth_gmail("jetbrains.com"))
    add(raw, "unrelated", False, None, [], "Another vendor's solved ticket with 'reply to reopen' and an account-move topic.")

    # 043 case F acknowledgement in Japanese, Shift_JIS
    txt = """桑原 涼太 様

Amazon Web Services へのお問い合わせありがとうございます。
ケース %s にてご依頼を承りました。

■ ご依頼内容
お問い合わせタイプ: AWS トレーニングと認定 / 認定
その他の詳細: 特典・バウチャー
内容: 4月2日にアカウントを統合しましたが、旧アカウントにあった
50%%割引バウチャーが新しいアカウント (%s) に表示されません。

担当者より通常24時間以内にご連絡いたします。
同じご用件で別のケースを作成されますと対応が遅れる場合がございますので、
追加の情報は本メールへのご返信にてお寄せください。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_F, CID_NEW)
    raw = build(TC_FROM, ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F,
                d(2025, 4, 15, 5, 0, 31), part(txt, charset="shift_jis", cte="8bit"), M("f-ack"),
                subj_charset="shift_jis", auth=auth_gmail("amazon.com"))
    add(raw, "acknowledgement", False, CASE_F, [CID_NEW], "Japanese Shift_JIS (8bit) receipt; 'additional information by reply' is an offer, not a request.")

    # 044 case F on hold with buried keigo question
    raw = build(TC_FROM, ME_P, F_SUBJ, d(2025, 4, 16, 2, 14, 0), part(F_HOLD, cte="quoted-printable"), M("f-hold"),
                irt=M("f-ack"), refs=M("f-ack"), auth=auth_gmail("amazon.com"))
    add(raw, "on_hold", True, CASE_F, [], "Japanese hold for another internal team; keigo question (〜お知らせいただけますでしょうか) in the middle -> needs reply.")

    # 045 owner replies in Japanese, 「…より:」 quoting
    txt = """西田様

ご連絡ありがとうございます。桑原です。
バウチャーコードの控えは残っていませんが、特典が付与されたのは
2023年11月29日です（DVA-C02 合格時）。

よろしくお願いいたします。
桑原 涼太

2025年4月16日(水) 11:14 AWS Training and Certification <%s>:
%s
""" % (TC, quote(F_HOLD))
    raw = build(addr("桑原 涼太", ME_P), TC_FROM, F_SUBJ, d(2025, 4, 16, 12, 40, 0, JST), part(txt, cte="base64"),
                M("u-f1", "mail.gmail.com"), irt=M("f-hold"), refs=M("f-ack") + " " + M("f-hold"))
    add(raw, "user_reply", False, CASE_F, [], "Owner's Japanese answer.")

    # 046 Japanese receipt of the owner's reply
    txt = """お客様

ケース %s へのご返信を受け付けました。
内容は担当者に共有されております。

ステータス: 対応中 (Amazon 側での対応待ち)

担当者からの連絡をお待ちください。同じ内容を再送いただく必要はございません。

AWS トレーニングと認定
""" % CASE_F
    raw = build(TC_FROM, ME_P, "[CASE %s] ご返信を受け付けました" % CASE_F, d(2025, 4, 16, 3, 41, 5),
                part(txt, cte="base64"), M("f-rcpt"), irt=M("u-f1", "mail.gmail.com"), refs=M("f-ack") + " " + M("u-f1", "mail.gmail.com"),
                auth=auth_gmail("amazon.com"))
    add(raw, "acknowledgement", False, CASE_F, [], "Japanese receipt for the owner's reply, with a status line; acknowledgement like 016.")
