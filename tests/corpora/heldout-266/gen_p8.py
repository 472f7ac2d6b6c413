# Part 8: 2025 Japanese-language case about a missing exam in the history
from gen_lib import *
from gen_p4 import TC, GA

C5 = "175021774400093"
S5 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-history" % C5

def run():
    # 054 ack, UTF-8 base64
    msg("acknowledgement", False, C5, ["AWS05520913"], "2025-06-18 03:36:02", A("Amazon Web Services", TC),
        ME_P, S5, P("""お客様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース %s を作成しました。以下がお問い合わせの内容です。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: 試験履歴
AWS 候補 ID: AWS05520913
内容: アカウント統合後、2022年11月に受験した DVA-C02 の試験履歴が表示されません。

通常24時間以内にご回答いたします。重複したケースを作成されますと対応が遅れる場合がございますので、
同じ内容で新たなケースを作成なさらないようお願いいたします。

Amazon Web Services
""" % (C5, C5), cte="base64"), tag="c5_ack", auth=GA, received=ME_P,
        what="ack of Japanese exam-history case", note="Japanese ack, UTF-8 base64; candidate id in form echo; 'お願いいたします' is not a request to reply")

    # 055 info request in keigo, Shift_JIS 8bit
    msg("info_request", True, C5, [], "2025-06-18 09:20:45", A("Amazon Web Services", TC),
        ME_P, S5, P("""石崎 健太 様

AWS トレーニングと認定カスタマーサポートの佐藤でございます。
お問い合わせいただきありがとうございます。

統合前の旧アカウントの試験記録を確認いたしましたが、該当する受験記録を特定するために
追加の情報が必要となります。

お手数ではございますが、以下の情報をお知らせいただけますでしょうか。
・受験日(おおよその日付で構いません)
・受験会場またはオンライン受験の別
・受験時にご使用のメールアドレス

ご返信をお待ちしております。何卒よろしくお願いいたします。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
""", charset="shift_jis", cte="8bit"), tag="c5_req", irt="c5_ack", auth=GA, received=ME_P, crlf=False,
        what="keigo request for exam details (Shift_JIS)", note="〜いただけますでしょうか request; 8-bit Shift_JIS with LF endings")

    # 056 owner reply in Japanese with 「…より:」 quote
    msg("user_reply", False, C5, ["AWS01738264"], "2025-06-18 21:02:11", A("石崎 健太", ME_P), A("Amazon Web Services", TC),
        S5, P("""佐藤様

ご連絡ありがとうございます。以下の通りです。
・受験日:2022年11月12日
・オンライン受験(OnVUE)
・メールアドレス:k-ishizaki@tsubame-sys.co.jp(旧アカウント AWS01738264)

よろしくお願いいたします。
石崎

2025年6月18日(水) 18:20 Amazon Web Services <%s>:
> 石崎 健太 様
>
> お手数ではございますが、以下の情報をお知らせいただけますでしょうか。
> ・受験日(おおよその日付で構いません)
> ・受験会場またはオンライン受験の別
> ・受験時にご使用のメールアドレス
""" % TC, cte="quoted-printable"), tag="c5_u1", irt="c5_req", refs=["c5_ack", "c5_req"], tz="+0900",
        mid_domain="mail.gmail.com", subj_cs="utf-8", what="owner answers in Japanese", note="owner's Japanese reply; quoted keigo request")

    # 057 escalated, ISO-2022-JP
    msg("case_update", False, C5, [], "2025-06-19 05:48:30", A("Amazon Web Services", TC),
        ME_P, S5, P("""石崎 健太 様

ご回答いただきありがとうございます。
いただいた情報をもとに、試験記録の修正を担当部署へ依頼いたしました。
担当部署での確認には数営業日を要する見込みです。

現時点でお客様に追加でご対応いただくことはございません。
進捗がございましたら、本ケースにてご連絡いたします。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
""", charset="iso-2022-jp", cte="7bit"), tag="c5_upd", irt="c5_u1", auth=GA, received=ME_P,
        what="escalated to records team (Japanese, JIS)", note="'追加でご対応いただくことはございません' - explicit no-action")

    # 058 Credly lookalike phishing
    msg("suspicious", False, None, [], "2025-06-20 11:14:09", A("Credly Badges", "no-reply@credly-badge-verify.com"),
        ME_P, "Your AWS badges will be revoked - verify your Credly account",
        P("""<html><body><p>Hello,</p>
<p>Because your AWS Certification accounts were recently merged, your Credly badges issued by Amazon Web Services Training and Certification must be re-verified.</p>
<p>Unverified badges will be <b>revoked in 48 hours</b>. Sign in to keep them:</p>
<p><a href="http://credly-badge-verify.com/login?u=kenta.ishizaki.jp">Verify badges</a></p>
<p>Credly Trust &amp; Safety</p></body></html>""", sub="html", cte="quoted-printable"),
        auth=AUTH_G("credly-badge-verify.com", mailfrom="no-reply@credly-badge-verify.com", dmarc_p="NONE"), received=ME_P,
        what="Credly lookalike phishing", note="knows about the merge; lookalike domain")

    # 059 check-and-report request (English)
    msg("info_request", True, C5, [], "2025-06-23 07:30:55", A("Amazon Web Services", TC),
        ME_P, S5, P("""Hello Kenta,

I'm following up for Misaki while she is out of the office.

The records team has re-attached the November 12, 2022 DVA-C02 attempt to
your current account. Sometimes the change needs a fresh sign-in before it
appears. When you get a moment, sign in, open Exam History and tell us
whether the exam is listed - if it still isn't, we'll reopen the request
with the team.

Thanks,
Daniel W.
AWS Training and Certification Customer Service
""", charset="us-ascii", cte="7bit"), tag="c5_chk", irt="c5_upd", auth=GA, received=ME_P,
        what="fix applied; asks owner to check and report", note="sounds like a resolution; the ask is an imperative 'tell us whether'")

    # 060 closing notice, Japanese
    msg("closing_notice", True, C5, [], "2025-06-27 02:05:40", A("Amazon Web Services", TC),
        ME_P, S5, P("""石崎 健太 様

6月23日にお送りした確認のご依頼について、まだご返信をいただいておりません。

5営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
ご返信をいただければケースはオープンのまま継続いたします(クローズ後でも、
ご返信により再開されます)。

AWS トレーニングと認定 カスタマーサポート
""", cte="quoted-printable"), tag="c5_close", irt="c5_chk", auth=GA, received=ME_P,
        what="Japanese closing notice", note="no explicit request verb; the reply keeps the case open")

    # 061 owner reports back
    msg("user_reply", False, C5, [], "2025-06-27 22:40:19", A("石崎 健太", ME_P), A("Amazon Web Services", TC),
        S5, P("""ご連絡が遅くなり申し訳ありません。
サインインし直したところ、Exam History に DVA-C02 (2022/11/12) が表示されました。
ありがとうございました。

石崎
""", cte="base64"), tag="c5_u2", irt="c5_close", refs=["c5_ack", "c5_chk", "c5_close"], tz="+0900",
        mid_domain="mail.gmail.com", what="owner reports the exam now shows", note="short base64 reply without quote")

    # 062 resolved, Japanese with conditional invitation
    msg("resolved", False, C5, [], "2025-06-28 01:15:02", A("Amazon Web Services", TC),
        ME_P, S5, P("""<html><body style="font-family:'Meiryo',sans-serif">
<p>石崎 健太 様</p>
<p>ご確認いただきありがとうございます。試験履歴が正しく表示されたとのこと、安心いたしました。</p>
<p>本件は解決済みとして、本ケースをクローズさせていただきます。</p>
<p>その他ご不明な点がございましたら、本メールにご返信いただくか、新しいお問い合わせをお送りください。</p>
<p>佐藤 美咲<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>""", sub="html", cte="base64"), tag="c5_res", irt="c5_u2", auth=GA, received=ME_P,
        what="Japanese resolution, HTML only", note="'〜がございましたら、ご返信' conditional; HTML base64")

    # 063 Japanese survey
    msg("survey", False, C5, [], "2025-06-29 03:00:00", A("Amazon Web Services", "aws-cs-survey@amazon.com"),
        ME_P, "サポートに関するアンケートのお願い(ケース %s)" % C5, P("""お客様

先日はケース %s にてお問い合わせいただき、ありがとうございました。
サービス向上のため、1分程度のアンケートへのご協力をお願いいたします。

アンケートに回答する: https://survey.aws-cs.amazon.com/s?c=%s&lang=ja

本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
""" % (C5, C5), charset="iso-2022-jp", cte="7bit"), auth=GA, received=ME_P, subj_cs="iso-2022-jp",
        what="Japanese survey", note="'ご協力をお願いいたします' survey; ISO-2022-JP subject")
