"""Messages 041-053: 1-10 April 2025 (Japanese case D)."""
from common import *

D_SUBJ = "RE:[CASE %s] %s" % (CASE_D, TC_SUBJ)
ID_D_ACK = mid("d-ack")
ID_D_ASK = mid("d-ask")
ID_D_R1 = mid("d-user-r1", "kumori-mail.jp")
ID_D_WAIT = mid("d-wait")
ID_D_CONF = mid("d-conf")
ID_D_R2 = mid("d-user-r2", "kumori-mail.jp")

JA_SIG = """
何卒よろしくお願い申し上げます。

{agent}
AWS トレーニングと認定 カスタマーサポート
"""

ASK_D = """辻本 遥 様

お問い合わせいただきありがとうございます。担当の佐伯でございます。

お知らせいただいたメールアドレスで調査いたしましたところ、同一のアドレス
(haruka.tsujimoto@kumori-mail.jp)に紐づく AWS 認定アカウントが 2 件見つかりました。
このうち 1 件は候補 ID を確認できておりますが、もう 1 件については、ご本人様の
アカウントであることを確認する必要がございます。

お手数ではございますが、もう一方のアカウントにサインインし、画面右上に表示される
AWS 候補 ID(AWS から始まる 11 文字)をお知らせいただけますでしょうか。
"""

CONF_D_HTML = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>辻本 遥 様</p>
<p>候補 ID のご連絡ありがとうございました。担当チームでの確認が完了しましたので、
統合の内容をご案内いたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>Account #1(統合先・残すアカウント)</th><th>Account #2(統合元)</th></tr>
<tr><td>AWS 候補 ID</td><td>%s</td><td>%s</td></tr>
<tr><td>ログインメール</td><td>haruka.tsujimoto@kumori-mail.jp</td><td>haruka.tsujimoto@kumori-mail.jp</td></tr>
<tr><td>認定通知メール</td><td>haruka.tsujimoto@kumori-mail.jp</td><td>haruka.tsujimoto@kumori-mail.jp</td></tr>
<tr><td>作成日</td><td>2025-02-27</td><td>2025-03-19</td></tr>
</table>
<p>Account #2 の試験履歴および認定を Account #1 へ移し、Account #2 は閉鎖いたします。
上記の内容で統合を進めてよろしいか、ご確認のうえご返信くださいますようお願いいたします。</p>
<p>何卒よろしくお願い申し上げます。</p>
<p>Kim<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
""" % (CID_NEW, CID_DUP)


def msgs():
    out = []

    # 041 Japanese acknowledgement (UTF-8, quoted-printable)
    ack = """お客様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース %s を作成しました。内容は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
お問い合わせ内容:
Credly に 3 月に更新した認定のバッジが表示されません。同じメールアドレスで
認定アカウントがもう一つできてしまっているようなので、統合をお願いします。

回答は通常24時間以内にお送りしておりますが、状況により時間を要する場合がございます。
同じ内容のケースを重ねて作成されますと対応が遅れる原因となりますので、ご遠慮ください。
補足の情報がございましたら、件名を変えずにこのメールへご返信ください。
""" % (CASE_D, CASE_D, CID_NEW)
    out.append(M("acknowledgement", False, CASE_D, [CID_NEW],
                 "Japanese acknowledgement (UTF-8 QP); ends with a conditional 'if you have more, reply' line; echoes one candidate ID.",
                 aws_in("Tue, 01 Apr 2025 02:14:37 +0000", "d-ack", TC, P, D_SUBJ,
                        text(ack + "\nAmazon Web Services\n"))))

    # 042 Japanese info request (Shift_JIS, 8bit)
    out.append(M("info_request", True, CASE_D, [],
                 "Keigo request (〜お知らせいただけますでしょうか) for the second candidate ID, after two paragraphs of explanation; Shift_JIS 8bit.",
                 aws_in("Wed, 02 Apr 2025 06:20:51 +0000", "d-ask", TC, P, D_SUBJ,
                        text(ASK_D + JA_SIG.format(agent="佐伯"), charset="shift_jis", cte="8bit"),
                        irt=ID_D_ACK)))

    # 043 exam vendor appointment confirmation
    pv = """Dear Haruka Tsujimoto,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 482205917
Appointment: Saturday, 26 April 2025, 10:00 JST
Delivery: OnVUE online proctored

Please check in 30 minutes early. To reschedule or cancel, sign in to your
AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
"""
    out.append(M("unrelated", False, None, [],
                 "Exam vendor appointment confirmation with a 9-digit registration ID; AWS exam but not a support case.",
                 plain_in("Wed, 02 Apr 2025 09:33:02 +0000", "pv-appt",
                          "Pearson VUE <pearsonvueconfirmation@pearson.com>", P,
                          "Pearson VUE Confirmation of Appointment", text(pv), domain="pearson.com")))

    # 044 owner's Japanese reply with the candidate ID (UTF-8 base64)
    r1 = """佐伯様

ご連絡ありがとうございます。
もう一方のアカウントの候補 ID は %s でした。
残したいのは、これまで使っていた %s のほうです。

よろしくお願いいたします。
辻本 遥

2025年4月2日(水) 15:20 <%s>:
%s
""" % (CID_DUP, CID_NEW, TC, quote(ASK_D))
    out.append(M("user_reply", False, CASE_D, [CID_DUP, CID_NEW],
                 "Owner's Japanese reply with two candidate IDs; Gmail-JP quote header ends with a colon only.",
                 mine("Thu, 03 Apr 2025 08:45:19 +0900", "d-user-r1", who(ME_NAME_JA, P), TC, D_SUBJ,
                      text(r1, cte="base64"), irt=ID_D_ASK, refs=ID_D_ACK + " " + ID_D_ASK,
                      agent="Kumori Webmail 4.2")))

    # 045 Japanese 'still checking' update (ISO-2022-JP)
    wait = """辻本 遥 様

候補 ID をお知らせいただき、ありがとうございます。
現在、担当チームにて両アカウントの試験履歴を照合しております。
確認が取れ次第、改めてご連絡いたしますので、今しばらくお待ちください。
"""
    out.append(M("case_update", False, CASE_D, [],
                 "Japanese 'we are checking, please wait' update in ISO-2022-JP; お待ちください is not a request to write.",
                 aws_in("Fri, 04 Apr 2025 01:02:44 +0000", "d-wait", TC, P,
                        D_SUBJ, text(wait + JA_SIG.format(agent="佐伯"), charset="iso-2022-jp", cte="7bit"),
                        irt=ID_D_R1, refs=" ".join([ID_D_ACK, ID_D_ASK, ID_D_R1]))))

    # 046 new employer onboarding mail
    hr = """辻本さん

サギリラボ人事の藤沢です。入社手続きの件でご連絡です。
4月7日(月)の初日までに、以下をご確認ください。

・社用アカウントの初期パスワードは当日お渡しします
・保有資格の一覧(AWS 認定を含む)を入社フォームにご記入ください
・不明点があればこのメールにご返信ください

藤沢 奈緒
"""
    out.append(M("unrelated", False, None, [],
                 "New employer's HR mail in Japanese: asks for a reply about AWS certifications, but it is not support.",
                 plain_in("Fri, 04 Apr 2025 11:30:27 +0900", "sagiri-hr",
                          who("藤沢 奈緒", "n.fujisawa@sagiri-labs.jp"), P,
                          subj("【サギリラボ】入社手続きのご案内"), text(hr, cte="base64"),
                          domain="sagiri-labs.jp")))

    # 047 forged AWS sender: dmarc=fail
    fk = """Hello,

This is a follow-up on your AWS Training and Certification case. To finish
merging your certification accounts we must verify your identity. Please sign
in with your AWS Builder ID and password on the secure page below within
48 hours, otherwise the merge will be cancelled:

https://aws.training-accounts.help/merge/verify?case=9514470921

Kind regards,
AWS Training and Certification Customer Support
"""
    out.append(M("suspicious", False, None, [],
                 "Looks exactly like the real form sender (From amazon.com, [CASE] subject) but DKIM and DMARC fail; asks for Builder ID password.",
                 plain_in("Sat, 05 Apr 2025 13:07:55 +0000", "fake-tc", TC, P,
                          "RE:[CASE 9514470921] %s" % TC_SUBJ, text(fk, cte="7bit", charset="us-ascii"),
                          domain="amazon.com", ok=False, crlf=True,
                          relay="smtp-relay.mailforge-bulk.example (198.51.100.23)")))

    # 048 Japanese confirmation request (HTML only, base64)
    out.append(M("confirmation_request", True, CASE_D, [CID_NEW, CID_DUP],
                 "Japanese HTML-only (base64) table of Account #1/#2 with the same login address; asks for a go-ahead with keigo.",
                 aws_in("Mon, 07 Apr 2025 03:26:13 +0000", "d-conf", TC, P, D_SUBJ,
                        html(CONF_D_HTML, cte="base64"), irt=ID_D_WAIT,
                        refs=" ".join([ID_D_ACK, ID_D_ASK, ID_D_R1, ID_D_WAIT]))))

    # 049 owner confirms in Japanese
    r2 = """Kim 様

確認しました。内容に相違ありません。
Account #2 を Account #1(%s)へ統合してください。

辻本

> 上記の内容で統合を進めてよろしいか、ご確認のうえご返信くださいますようお願いいたします。
""" % CID_NEW
    out.append(M("user_reply", False, CASE_D, [CID_NEW],
                 "Owner's short Japanese go-ahead; quotes support's request sentence with '>'.",
                 mine("Mon, 07 Apr 2025 22:03:48 +0900", "d-user-r2", who(ME_NAME_JA, P), TC, D_SUBJ,
                      text(r2), irt=ID_D_CONF,
                      refs=" ".join([ID_D_ACK, ID_D_ASK, ID_D_R1, ID_D_WAIT, ID_D_CONF]),
                      agent="Kumori Webmail 4.2")))

    # 050 Builder ID sign-in alert
    al = """We noticed a new sign-in to your AWS Builder ID.

When: April 8, 2025, 09:12 (UTC+09:00)
Browser: Firefox on macOS
Location: Tokyo, JP

If this was you, no action is needed. If not, reset your password right away.
"""
    out.append(M("unrelated", False, None, [],
                 "Builder ID sign-in alert with 'if not you' wording; not case mail.",
                 plain_in("Tue, 08 Apr 2025 00:12:40 +0000", "bid-alert",
                          "AWS Builder ID <no-reply@signin.aws>", P,
                          "New sign-in to your AWS Builder ID", text(al, charset="us-ascii", cte="7bit"),
                          domain="signin.aws")))

    # 051 Japanese resolution (Shift_JIS, QP) quoting the request
    res = """辻本 遥 様

ご返信ありがとうございます。
Account #2 の試験履歴と認定を Account #1 へ移し、統合作業が完了いたしました。
Credly のバッジは数時間以内に反映される見込みです。

ほかにご不明な点がございましたら、本メールへご返信ください。
何卒よろしくお願い申し上げます。

Kim
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
> Account #2 の試験履歴および認定を Account #1 へ移し、Account #2 は閉鎖いたします。
> 上記の内容で統合を進めてよろしいか、ご確認のうえご返信くださいますようお願いいたします。
"""
    out.append(M("resolved", False, CASE_D, [],
                 "Japanese completion in Shift_JIS QP; conditional invitation (〜がございましたら) plus the old confirmation request in the quote.",
                 aws_in("Wed, 09 Apr 2025 01:55:06 +0000", "d-res", TC, P, D_SUBJ,
                        text(res, charset="shift_jis", cte="quoted-printable"), irt=ID_D_R2,
                        refs=" ".join([ID_D_ACK, ID_D_ASK, ID_D_R1, ID_D_WAIT, ID_D_CONF, ID_D_R2]))))

    # 052 Credly reminder
    cr = """Hi Haruka,

You have a badge waiting for you from Amazon Web Services Training and
Certification: AWS Certified Solutions Architect - Associate.

Accept it here:
https://www.credly.com/badges/0b7d55e1-2c4a-4f0e-9d6e-71a3e8c2f4aa/accept

If you have already accepted this badge, you can ignore this reminder.

The Credly Team
"""
    out.append(M("badge", False, None, [],
                 "Credly reminder to accept a badge after the second merge; 'accept it here' is not a support request.",
                 plain_in("Wed, 09 Apr 2025 06:41:27 +0000", "credly2",
                          "Credly <admin@credly.com>", P,
                          "Reminder: accept your badge from Amazon Web Services Training and Certification",
                          text(cr, charset="us-ascii", cte="7bit"), domain="credly.com")))

    # 053 Japanese survey
    sv = """お客様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートにご協力いただけますと幸いです。

https://survey.aws-cs.amazon.com/r?c=%s&lang=ja

所要時間は 1 分ほどです。本メールは送信専用です。
""" % (CASE_D, CASE_D)
    out.append(M("survey", False, CASE_D, [],
                 "Japanese satisfaction survey (〜いただけますと幸いです) for case D.",
                 aws_in("Thu, 10 Apr 2025 02:00:00 +0000", "d-survey",
                        "AWS Customer Service <aws-cs-survey@amazon.com>", P,
                        subj("アンケートのお願い: ケース %s" % CASE_D), text(sv, cte="base64"))))
    return out
