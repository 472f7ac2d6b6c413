from common import *
import part3

TCN = name("AWS Training and Certification", TC)
TCJ = name("AWS トレーニングと認定", TC)
SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)
SD = "RE:[CASE %s] %s" % (CASE_D, SUBJ_TC_CERT)
CURL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C

# 043 owner forwards the completion to a friend
add("a-fwd", frm=me_p(), to=name("Rina Hoshino", "rina.hoshino@outlook.jp"), date="2025-06-14 10:12:00 +0900",
    mid_dom="gmail", parent="a-done", subj="Fwd: " + SA, kind="user_reply", case=CASE_A, cands=[ID_PERS, ID_WORK],
    text="""Rina, this is what the end of it looked like - sharing since you're moving
too. From form to merge took ten days, mostly waiting for the partner
release. My candidate ID is now %s; the old %s is folded into it.
Tip: open the case from your personal address, not the work one.

Aya

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Thu, Jun 12, 2025 at 9:41 PM
Subject: %s
To: <%s>

%s""" % (ID_PERS, ID_WORK, TC, SA, ME_P, part3.done))

# 044 badge case closed for no reply, but support notes it's fixed
add("g-closed", frm=TCN, to=ME_P, date="2025-06-15 06:20:00 +0000", parent="g-close-warn",
    subj="RE:[CASE %s] %s" % (CASE_G, SUBJ_TC_CERT), auth_res=auth(), kind="closing_notice", reply=False,
    case=CASE_G, cte="7bit",
    text="""Hello Aya,

We haven't received a reply to our questions about your badges, so we are
closing case %s.

Before closing I checked your record: your certification profiles were
merged under case %s on June 12, and the badges have since been
issued to your Credly wallet. The problem you reported appears to be
resolved, and no further action is needed.

If you still see missing badges, reply within 14 days and the case will
reopen.

Hiroshi T.
AWS Training and Certification
""" % (CASE_G, CASE_A))

# 045 certification program feedback invitation
add("cm-voice", frm=name("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    date="2025-06-16 04:00:00 +0000", mid_dom="certmetrics.com", subj="AWS Certification wants to hear from you",
    auth_res=auth(dom="certmetrics.com", ip="168.245.12.77", mailfrom="bounce@certmetrics.com"),
    kind="certification",
    html=html_wrap("""<p>Hello Aya,</p>
<p>As an AWS Certified individual, your opinion helps shape future exams. Tell us which skills matter most in your
current role in a 10-minute questionnaire, open until June 30.</p>
<p><a href="https://aws-certification.qualtrics.com/jfe/form/SV_3xT">Share your opinion</a></p>
<p>Participation is voluntary and does not affect your certification status.</p>
<p>AWS Certification</p>"""))

# 046 console case resolved, auto-resolve timer, survey footer
add("c-done", frm=name("Amazon Web Services", CONSOLE), to=ME_P, date="2025-06-16 07:35:10 +0000",
    subj="RE:[CASE %s] Exam discount voucher not visible on personal certification account" % CASE_C,
    auth_res=auth(), kind="resolved", case=CASE_C, cands=[ID_PERS], cte="quoted-printable",
    text="""Hello,

Thank you for adding the postal code. The benefits team has reissued your
50%% discount voucher on %s. You'll find it under Benefits in the
certification portal; it is valid until December 31, 2025. The original
voucher on the old profile has been deactivated.

If we don't hear from you, this case will be resolved automatically in 3
days. No further action is required.

Best regards,
Felipe
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the
stars in top right corner of each correspondence within the AWS Support
Center.

To see the case or reply, go to: %s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (ID_PERS, CURL))

# 047 ack D (Japanese, utf-8 base64)
add("d-ack", frm=TCJ, to=ME_P, date="2025-06-17 00:41:09 +0000", subj=SD, auth_res=auth(),
    kind="acknowledgement", case=CASE_D, cands=[ID_PERS], cte="base64",
    text="""三輪 彩 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース %s を作成しました。通常24時間以内に担当者からご連絡いたします。
内容によっては、最適な解決策のご案内までにお時間をいただく場合がございます。

すでにケースが作成されている場合は、同様のリクエストについて別のケースを作成しないでください。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: 認定証
AWS 候補 ID: %s
内容: アカウント統合後に再ダウンロードした認定証の氏名が「Aya Miva」と誤って表示されています。修正をお願いします。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, ID_PERS))

# 048 GitHub merged PR
add("gh-merged", frm=name("Shun Ikeda", "notifications@github.com"), to=ME_P, date="2025-06-17 05:18:00 +0000",
    mid_dom="github.com", subj="Re: [ayamiwa/cfn-snippets] Add Lambda URL example (PR #31)",
    auth_res=auth(dom="github.com", ip="192.30.252.205", mailfrom="noreply@github.com"), kind="unrelated",
    extra=[("List-ID", "ayamiwa/cfn-snippets <cfn-snippets.ayamiwa.github.com>")], cte="7bit",
    text="""Merged #31 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/ayamiwa/cfn-snippets/pull/31#event-17728819
You are receiving this because you authored the thread.
""")

# 049 info request D (keigo, deadline, closing clause)
d_req = """三輪 彩 様

AWS トレーニングと認定の加藤でございます。
認定証の氏名表記の修正につきまして、承りました。

修正を進めるにあたり、以下の2点をご返信いただけますでしょうか。

1. ご希望の氏名表記(パスポート等の公的書類と同じローマ字表記)
2. 修正対象の候補 ID が %s で間違いないかどうか

恐れ入りますが、6月24日(火)までにご返信くださいますようお願いいたします。
期日までにご返信を確認できない場合、本ケースはクローズとなりますので、あらかじめご了承ください。

何卒よろしくお願いいたします。

加藤
AWS トレーニングと認定
""" % ID_PERS
add("d-req", frm=TCJ, to=ME_P, date="2025-06-18 02:03:30 +0000", parent="d-ack", subj=SD, auth_res=auth(),
    kind="info_request", reply=True, case=CASE_D, cands=[ID_PERS], cs="iso-2022-jp", cte="7bit",
    text=d_req)

# 050 marketing (Japanese) with deadline
add("mkt-webinar", frm=name("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    date="2025-06-19 01:00:00 +0000", mid_dom="marketing.aws.com", subj="【6月25日締切】AWS 認定 試験対策ウェビナーのご案内",
    auth_res=auth(), kind="unrelated", html_cte="base64",
    html=html_wrap("""<p>AWS 認定の取得を目指す皆さまへ</p>
<p>7月2日(水)開催の試験対策ウェビナーでは、Solutions Architect &ndash; Associate の出題範囲を90分で解説します。</p>
<p><b>お申し込みは6月25日まで</b>です。定員に達し次第、締め切らせていただきます。</p>
<p><a href="https://aws.amazon.com/jp/events/webinars/">今すぐ申し込む</a></p>
<p style="font-size:11px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。</p>""",
                   font="Meiryo, sans-serif"))

# 051 Credly auto-accept reminder
add("credly-2", frm=name("Credly", "admin@credly.com"), to=ME_P, date="2025-06-19 13:00:00 +0000",
    mid_dom="credly.com", subj="Reminder: your AWS badge will be accepted automatically on June 26",
    auth_res=auth(dom="credly.com", ip="167.89.22.140", mailfrom="bounces@credly.com"), kind="badge",
    html=html_wrap("""<p>Hi Aya,</p>
<p>You still have a pending badge from Amazon Web Services Training and Certification:
<b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>
<p>If you take no action, the badge will be accepted automatically on June 26 and shown on your public profile.
To keep it private, change your badge settings before then.</p>
<p><a href="https://www.credly.com/earner/earned">Manage badges</a></p>"""))

# 052 other vendor support (Japanese), auto-close
add("hayate", frm=name("ハヤテホスティング サポート", "support@hayate-hosting.jp"), to=ME_P,
    date="2025-06-20 14:22:00 +0900", mid_dom="hayate-hosting.jp", subj="[#5521] DNSレコード反映の件",
    auth_res=auth(dom="hayate-hosting.jp", ip="203.0.113.80", mailfrom="support@hayate-hosting.jp"),
    kind="unrelated", cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp",
    text="""三輪 様

ハヤテホスティング サポートデスクです。
ご指摘の TXT レコードは、本日 13:40 に反映を確認いたしました。

3営業日以内にご返信がない場合は、解決済みとしてお問い合わせをクローズいたします。
引き続き問題がある場合は、本メールにご返信ください。

ハヤテホスティング サポートデスク
""")

# 053 closing reminder D (Japanese)
add("d-warn", frm=TCJ, to=ME_P, date="2025-06-21 00:15:00 +0000", parent="d-req", subj=SD, auth_res=auth(),
    kind="closing_notice", reply=True, case=CASE_D, cte="base64",
    text="""三輪 様

6月18日にお願いした情報について、まだご返信を確認できておりません。
6月24日(火)までにご返信がない場合、本ケースはクローズさせていただきます。

引き続き修正をご希望の場合は、下記メールの2点についてご返信ください。

加藤
AWS トレーニングと認定

-----Original Message-----
""" + d_req)
