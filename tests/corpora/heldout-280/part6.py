"""Late June 2025: Japanese-language case about a missing exam result, recertification mail."""
from mk import *  # noqa: F401,F403
from part2 import AUTH_G

SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_E

# 058 ack in Shift_JIS
w = d(2025, 6, 16, 12, 5, 55, tz=JST)
IDS["E_ack"] = mid_ses(w)
txt = """お問い合わせありがとうございます。

ケース番号: %s

ご依頼を受け付けました。担当者が内容を確認のうえ、通常24時間以内に
ご連絡いたします。

--- 送信内容 ---
メールアドレス: %s
AWS 候補 ID: %s
お問い合わせタイプ: 認定
その他の詳細: 試験結果
内容: 6月10日に OnVUE で受験した SAA-C03 の結果が、5営業日を過ぎても
認定アカウントに表示されません。確認をお願いできますか。
----------------

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_E, ME_P, CAND_NEW)
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_E, date=w, text=txt,
            charset="shift_jis", enc="b64", mid=IDS["E_ack"], auth=AUTH_G())
add(w, raw, "acknowledgement", False, CASE_E, [CAND_NEW],
    "short Japanese ack in Shift_JIS; the owner's echoed text ends with a question")

# 059 Japanese keigo info request, ISO-2022-JP
w = d(2025, 6, 17, 10, 30, tz=JST)
IDS["E_req"] = mid_ses(w)
TXT_E_REQ = """市村 直子 様

AWS トレーニングと認定 カスタマーサービスの鈴木でございます。
このたびはご不便をおかけしており、申し訳ございません。

試験結果の反映状況を試験運営チームへ確認するにあたり、恐れ入りますが
以下の 2 点をお知らせいただけますでしょうか。

1. 試験終了時に画面へ表示されたメッセージ(合否の表示があったかどうか)
2. Pearson VUE から受験完了のメールが届いた日時

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

鈴木
AWS トレーニングと認定 カスタマーサービス
"""
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE: " + SUBJ_E, date=w,
            text=TXT_E_REQ, charset="iso-2022-jp", enc="7bit", mid=IDS["E_req"], irt=IDS["E_ack"],
            refs=IDS["E_ack"], auth=AUTH_G())
add(w, raw, "info_request", True, CASE_E, [],
    "Japanese keigo request (いただけますでしょうか / ご確認のほどよろしくお願いいたします) in ISO-2022-JP")

# 060 AWS Summit Japan attendee questionnaire (marketing)
w = d(2025, 6, 18, 17, 0, tz=JST)
html = html_wrap("""<p>市村 直子 様</p><p>AWS Summit Japan にご来場いただき、誠にありがとうございました。</p>
<p>今後のイベント改善のため、アンケートへのご協力をお願いいたします(所要時間 約3分)。</p>
<p><a href="https://pages.awscloud.com/summit-japan-2025-survey.html">アンケートに回答する</a></p>
<p style="font-size:11px;color:#879596">アマゾン ウェブ サービス ジャパン合同会社 / 配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a></p>""",
                 font="Meiryo, sans-serif")
raw = build(frm=addr("AWS Summit Japan", "aws-marketing-email-replies@amazon.com"), to=ME_P,
            subject="【AWS Summit Japan】ご来場者アンケートのお願い", date=w, html=html, enc="b64",
            mid=mid_generic("marketo.org"), auth=AUTH_G())
add(w, raw, "unrelated", False, None, [], "Japanese event questionnaire from AWS marketing - a survey, but not about a case")

# 061 Japanese closing notice, plain style, HTML only
w = d(2025, 6, 20, 9, 0, tz=JST)
IDS["E_close"] = mid_ses(w)
html = html_wrap("""<p>市村様</p>
<p>6月17日にお送りしたご質問について、まだご返信をいただいていないようです。</p>
<p>6月24日までにご連絡がない場合は、いったん本ケースをクローズします。クローズ後でも、このメールに返信して
いただければケースは再開されますので、お手すきの際にご返信ください。</p>
<p>鈴木<br>AWS トレーニングと認定</p>""", font="Meiryo, sans-serif")
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE: " + SUBJ_E, date=w,
            html=html, enc="qp", mid=IDS["E_close"], irt=IDS["E_req"], refs=IDS["E_ack"] + " " + IDS["E_req"],
            auth=AUTH_G())
add(w, raw, "closing_notice", True, CASE_E, [], "Japanese closing notice, HTML-only, plain 〜ください")

# 062 owner's Japanese reply, ISO-2022-JP, quoting style 「…より:」
w = d(2025, 6, 20, 21, 15, tz=JST)
IDS["E_rep"] = mid_gmail()
txt = """鈴木様

ご連絡が遅くなり申し訳ありません。

1. 終了画面には合否は表示されず、「結果は後日通知されます」との
   メッセージのみでした。
2. Pearson VUE の受験完了メールは 6月10日 12:40 に届いています。

候補 ID は %s です(5月に統合したアカウントです)。
よろしくお願いいたします。

市村

--- AWS Training and Certification <%s> より:
%s
""" % (CAND_NEW, TC, quote_gt(TXT_E_REQ))
raw = build(frm=addr("市村 直子", ME_P, "iso-2022-jp"), to=TC, subject="Re: RE: " + SUBJ_E, date=w, text=txt,
            charset="iso-2022-jp", enc="7bit", mid=IDS["E_rep"], irt=IDS["E_close"],
            refs=" ".join([IDS["E_ack"], IDS["E_req"], IDS["E_close"]]))
add(w, raw, "user_reply", False, CASE_E, [CAND_NEW], "owner's Japanese answer with candidate ID; quotes the keigo request")

# 063 still working, conditional invitation
w = d(2025, 6, 21, 14, 10, tz=JST)
IDS["E_upd"] = mid_ses(w)
txt = """市村様

ご回答いただき、ありがとうございます。
いただいた情報を添えて試験運営チームに照会しております。回答が届き
しだい、改めてご連絡いたします。

そのほか追加でお伝えいただきたい点がございましたら、本メールに
ご返信ください。

鈴木
AWS トレーニングと認定 カスタマーサービス
"""
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE: " + SUBJ_E, date=w,
            text=txt, enc="qp", mid=IDS["E_upd"], irt=IDS["E_rep"],
            refs=" ".join([IDS["E_ack"], IDS["E_req"], IDS["E_rep"]]), auth=AUTH_G())
add(w, raw, "case_update", False, CASE_E, [], "Japanese 'still checking' with 〜がございましたら conditional")

# 064 resolved, Japanese HTML-only quoting the owner's reply
w = d(2025, 6, 23, 11, 2, tz=JST)
quoted = esc(txt_q := "1. 終了画面には合否は表示されず、「結果は後日通知されます」とのメッセージのみでした。\n"
             "2. Pearson VUE の受験完了メールは 6月10日 12:40 に届いています。\n候補 ID は %s です。" % CAND_NEW).replace("\n", "<br>")
html = html_wrap("""<p>市村 直子 様</p>
<p>お待たせいたしました。試験運営チームにて採点処理が完了し、6月10日受験分のスコアレポートが
認定アカウントに反映されたことを確認いたしました。認定の有効期限も更新されております。</p>
<p>本件はこれにて完了とさせていただきます。ご不明な点がございましたら、お気軽にお問い合わせください。</p>
<p>鈴木<br>AWS トレーニングと認定 カスタマーサービス</p>
<blockquote style="border-left:2px solid #999;margin-left:4px;padding-left:8px">
<p>2025年6月20日 21:15 市村 直子 &lt;%s&gt;:</p><p>%s</p></blockquote>""" % (ME_P, quoted), font="Meiryo, sans-serif")
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject="RE: " + SUBJ_E, date=w,
            html=html, enc="b64", mid=mid_ses(w), irt=IDS["E_upd"],
            refs=" ".join([IDS["E_ack"], IDS["E_req"], IDS["E_rep"], IDS["E_upd"]]), auth=AUTH_G())
add(w, raw, "resolved", False, CASE_E, [],
    "Japanese resolution (HTML-only, base64); candidate ID only in the quoted reply; 〜ございましたら conditional")

# 065 CertMetrics recertification congratulations
w = d(2025, 6, 23, 11, 20, tz=JST)
txt = """Congratulations, Naoko!

You have successfully recertified your AWS Certified Solutions Architect -
Associate certification. Your new expiration date is June 10, 2028.

Candidate ID: %s

Your updated certificate and digital badge are on their way.

AWS Certification
""" % CAND_NEW
raw = build(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
            subject="Congratulations on recertifying your AWS Certification!", date=w, text=txt,
            charset="us-ascii", enc="7bit", mid=mid_generic("certmetrics.com"),
            auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", ip="198.2.180.51"))
add(w, raw, "certification", False, None, [CAND_NEW], "recertification notice right after the case resolution")

# 066 Credly badge update
w = d(2025, 6, 23, 11, 48, tz=JST)
html = html_wrap("""<p>Hi Naoko,</p><p>Amazon Web Services Training and Certification updated your badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>. The new expiration date is June 10, 2028.</p>
<p><a href="https://www.credly.com/badges/8b1e44d0-57c3-4f6a-9d2e-0c61fa3e7a19">See your badge</a></p>""")
raw = build(frm=addr("Credly", "admin@credly.com"), to=ME_P, subject="Your badge has been updated",
            date=w, html=html, enc="qp", mid=mid_generic("credly.com"),
            auth=auth_gmail("credly.com", "bounces@credly.com", ip="198.21.5.40"))
add(w, raw, "badge", False, None, [], "Credly badge renewal")

# 067 Japanese survey for case E
w = d(2025, 6, 25, 10, 0, tz=JST)
txt = """市村 直子 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、
ありがとうございました(ケース番号: %s)。

サービス向上のため、対応についての簡単なアンケートにご協力いただけますと
幸いです。回答は 1 分ほどで終わります。

https://survey.aws.training/s/tc-cs?case=%s&lang=ja

※本メールへの返信は受け付けておりません。
""" % (CASE_E, CASE_E)
raw = build(frm=addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
            subject="サポート対応に関するアンケートのお願い", date=w, text=txt, enc="b64",
            mid=mid_ses(w), auth=AUTH_G())
add(w, raw, "survey", False, CASE_E, [], "Japanese survey with a polite request (ご協力いただけますと幸いです)")

# 068 CertMetrics program feedback request
w = d(2025, 6, 26, 8, 0, tz=JST)
html = html_wrap("""<p>Hello Naoko,</p>
<p>As an AWS Certified individual, your opinion shapes the future of our exams. Would you help us by answering a
short survey about the skills you use in your job? It takes about 10 minutes.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/job-task-analysis">Start the survey</a></p>
<p>Thank you,<br>AWS Certification</p>""")
raw = build(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
            subject="AWS Certification wants to hear from you", date=w, html=html, enc="qp",
            mid=mid_generic("certmetrics.com"), auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", ip="198.2.180.51"))
add(w, raw, "certification", False, None, [], "certification-program survey (not about a support case)")
