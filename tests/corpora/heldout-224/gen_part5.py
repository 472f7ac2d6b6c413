# Part 5: 18 Feb - 2 Mar 2025: Japanese case D (name on certificates), voucher restored
from gen_common import *  # noqa: F401,F403
import gen_common as G

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - 認定証の氏名表記" % CASE_D

# ------------------------------------------------------------------ D1 acknowledgement (JP)
w = t("2025-02-18 09:12:40")
body = """芦田 七海 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でケースを受け付けました。

ケース番号: %s
お問い合わせタイプ: 認定
その他の詳細: 認定証
件名: 認定証の氏名表記の修正

通常、1営業日以内に担当者よりご連絡いたします。内容によっては確認にお時間をいただく場合がございます。
追加でお伝えいただきたい情報がございましたら、このメールにご返信ください。
同じ内容で新しいケースを作成されますと、回答が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_D
mid = ses_mid(w)
G.MID["D1"] = mid
h = G.aws_tc_headers(w, ME_P, subj(SUBJ_D), mid)
add("D01", w, h, leaf(body, cte="quoted-printable"),
    ("acknowledgement", False, CASE_D, []),
    "case D opened (Japanese): correct the name printed on certificates; 11-digit case number",
    "Japanese acknowledgement with a conditional 〜がございましたら invitation; encoded subject")

# ------------------------------------------------------------------ N21 Microsoft certification support
w = t("2025-02-18 16:03:29")
body = """Hello Nanami,

Thank you for contacting Microsoft Learn Support.

Case number: 2502180040007314
Issue: Transcript sharing code not working

We have regenerated your transcript sharing code; it is now visible under Profile > Transcript. As the issue is fixed, we are marking this case resolved.

If you need more help with this issue, reply to this email within 7 days and the case will be reopened automatically. After that, please open a new request.

Kind regards,
Paulina K.
Microsoft Learn Support
"""
mid = "<%s@CY5PR03MB7714.namprd03.prod.outlook.com>" % alnum(30).upper()
h = inbound_personal(w, "microsoft.com", "learn-support@microsoft.com", helo="mail-dm6nam10on2070.outbound.protection.outlook.com",
                     ip="40.107.93.70") + [
    ("From", addr("Microsoft Learn Support", "learn-support@microsoft.com")), ("To", ME_P),
    ("Subject", "Case #2502180040007314 - Your support request has been resolved"),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N21", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []),
    "Microsoft Learn support case resolved (other certification vendor)",
    "resolved + reopen-by-reply wording and a 16-digit case number, but not AWS", eol="\r\n")

# ------------------------------------------------------------------ N27 AWS Educate form case (not T&C)
w = t("2025-02-19 10:31:02")
body = """Hello,

Thank you for contacting AWS Educate. Your request has been received as case %s.

Case ID: %s
Inquiry type: Account access
Description: Our student club at Kansai Tech College cannot see the new learning modules after the January update.

We usually reply within two business days. If you have more to add, reply to this email.

AWS Educate Support
""" % (CASE_EDU, CASE_EDU)
mid = ses_mid(w)
h = inbound_personal(w, "amazon.com", ses_mailfrom(w)) + [
    ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")), ("To", ME_P),
    ("Subject", "[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU),
    ("Date", date_hdr(w.astimezone(UTC))), ("Message-ID", mid)]
add("N27", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []),
    "AWS Educate form case acknowledgement (the owner mentors a student club)",
    "same [CASE n] [... Form Submission] shape from an aws-cs-*-form address, but another AWS program")

# ------------------------------------------------------------------ D2 info request (ISO-2022-JP keigo)
w = t("2025-02-19 15:40:17")
D2_BODY = """芦田 七海 様

お問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

候補ID %s の認定アカウントを確認いたしました。現在、認定証には「Nanami Asida」と表示されております。

氏名の表記を修正するにあたり、恐れ入りますが、以下の2点をお知らせいただけますでしょうか。

1. 公的な身分証明書(パスポート等)に記載されているとおりのローマ字表記の氏名
2. 修正を希望される認定資格の名称(すべての認定資格が対象の場合はその旨)

なお、身分証明書の画像をお送りいただく必要はございません。

お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
""" % CID_NEW
mid = ses_mid(w)
G.MID["D2"] = mid
h = G.aws_tc_headers(w, ME_P, subj("RE:" + SUBJ_D, "iso-2022-jp"), mid, irt=G.MID["D1"], refs=[G.MID["D1"]])
add("D02", w, h, leaf(D2_BODY, charset="iso-2022-jp", cte="7bit"),
    ("info_request", True, CASE_D, [CID_NEW]),
    "case D: asks (keigo) for the passport spelling and which certifications",
    "ISO-2022-JP, 〜いただけますでしょうか plus a 'no need to send' sentence; candidate ID in support's text")

# ------------------------------------------------------------------ N43 Japanese phishing (Shift_JIS 8bit)
w = t("2025-02-20 08:15:50")
body = """AWS認定 ご利用者様

いつもAWS認定をご利用いただきありがとうございます。

お客様の認定アカウントにおいて、氏名情報の変更申請が確認されました。
不正な変更を防止するため、24時間以内に以下のページから本人確認を完了してください。

https://aws-nintei-center.jp/verify/login

期限内に確認が完了しない場合、保有されているすべての認定資格が一時停止されます。
ページにアクセスできない場合は、本メールに返信のうえ、ビルダーIDのメールアドレスとパスワードをお知らせください。

AWS認定 事務局
"""
mid = "<%s@aws-nintei-center.jp>" % hexid(16)
h = inbound_personal(w, "aws-nintei-center.jp", "info@aws-nintei-center.jp", helo="mail.aws-nintei-center.jp",
                     ip="103.145.13.27", dkim="none", dmarc="none", policy="none") + [
    ("From", addr("AWS認定 事務局", "support@aws-nintei-center.jp", "shift_jis")), ("To", ME_P),
    ("Subject", subj("【重要】AWS認定アカウントの本人確認のお願い(期限:24時間)", "shift_jis")),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N43", w, h, leaf(body, charset="shift_jis", cte="8bit"),
    ("suspicious", False, None, []),
    "Japanese phishing about a 'name change request', asks for Builder ID password by reply",
    "Shift_JIS 8bit, matches the owner's real open case D topic, demands a reply")

# ------------------------------------------------------------------ A15 voucher restored (base64)
w = t("2025-02-21 14:02:26")
body = """Hello Nanami,

The Certification Benefits team has finished checking the records of your former profile. The unused 50% exam discount did not carry over during the merge; they have now re-created it on your current profile with the original expiry date (31 August 2025). You'll find it under Benefits next to the discount from your recent exam.

With that, everything on this case has been taken care of, and I'm marking it resolved.

Kind regards,
Keegan O.
AWS Training and Certification Customer Support
"""
mid = ses_mid(w)
h = G.aws_tc_headers(w, ME_P, "RE:" + SUBJ_A, mid, irt=G.MID["A14"], refs=[G.MID["A10"], G.MID["A13"], G.MID["A14"]])
add("A15", w, h, leaf(body, cte="base64"),
    ("resolved", False, CASE_A, []),
    "case A resolved again: old 50% voucher re-created",
    "second resolution of a reopened case; base64 body")

# ------------------------------------------------------------------ N42 AWS Summit Japan (HTML only, JP)
w = t("2025-02-21 01:00:00", UTC)
html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025 登録受付開始</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.7">
<p>芦田 七海 様</p>
<p>AWS Summit Japan 2025 の事前登録を開始しました。今年は 6月25日・26日の2日間、幕張メッセで開催します。</p>
<p>AWS 認定をお持ちの方は、会場内の「認定者ラウンジ」をご利用いただけます。ご登録の際に認定資格の情報をご入力ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#888">本メールは送信専用アドレスから送信されています。配信停止は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>"""
mid = "<%s.%s@pages.awscloud.com>" % (hexid(10), hexid(6))
h = inbound_personal(w, "awscloud.com", "bounce-%s@pages.awscloud.com" % hexid(6), helo="mkto-a0201.com", ip="192.28.146.21") + [
    ("From", addr("AWS Japan", "aws-apj-marketing@amazon.com")), ("To", ME_P),
    ("Subject", subj("【AWS Summit Japan 2025】事前登録を開始しました")),
    ("Date", date_hdr(w)), ("Message-ID", mid),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>" % alnum(30))]
add("N42", w, h, leaf(html, "html", cte="base64"),
    ("unrelated", False, None, []),
    "AWS Summit Japan registration (Japanese marketing, HTML only)",
    "AWS sender, mentions certification holders and asks to enter certification information")

# ------------------------------------------------------------------ N34 calendar invite (exit interview)
w = t("2025-02-24 11:20:00")
start = "20250226T050000Z"
ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=宮内 沙織:mailto:s.miyauchi@kuroshio-dx.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=芦田 七海:mailto:%s
DESCRIPTION;LANGUAGE=ja-JP:退職面談(オンライン)です。Teamsのリンクは当日お送りします。
UID:040000008200E00074C5B7101A82E008000000%s
SUMMARY;LANGUAGE=ja-JP:退職面談
DTSTART:%s
DTEND:20250226T053000Z
DTSTAMP:20250224T022000Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""" % (ME_C, hexid(32).upper(), start)
txt = "退職面談(オンライン)です。Teamsのリンクは当日お送りします。\n\n日時: 2025年2月26日(水) 14:00-14:30\n"
mid = outlook_mid()
h = [("From", addr("宮内 沙織", "s.miyauchi@kuroshio-dx.co.jp")), ("To", addr("芦田 七海", ME_C)),
     ("Subject", subj("退職面談")), ("Date", date_hdr(w)), ("Message-ID", mid),
     ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "ja-JP")]
cal = leaf(ics.replace("\n", "\r\n"), "calendar", cte="base64", ctparams='; method=REQUEST')
add("N34", w, h, multi("alternative", [leaf(txt, cte="base64"),
                                        leaf("<html><body>" + text_to_html(txt) + "</body></html>", "html", cte="base64"),
                                        cal]),
    ("unrelated", False, None, []),
    "HR calendar invitation for the exit interview (text/calendar)",
    "RSVP request from a colleague; calendar MIME part", eol="\r\n")

# ------------------------------------------------------------------ D3 closing notice (Shift_JIS HTML only)
w = t("2025-02-25 10:05:33")
D3_TEXT = """芦田 七海 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。

2月19日にお送りいたしましたご案内につきまして、現時点でご返信を確認できておりません。

2025年2月28日までにご返信をいただけない場合、本ケースはクローズとさせていただきます。本メールにご返信いただきましたら、引き続き対応いたします。クローズ後にご返信いただいた場合も、ケースを再開してご対応いたします。

木村
AWS トレーニングと認定 カスタマーサポート"""
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>'
        '<body><div style="font-family:\'MS PGothic\',sans-serif;font-size:10.5pt">'
        + text_to_html(D3_TEXT) + "</div></body></html>")
mid = ses_mid(w)
G.MID["D3"] = mid
h = G.aws_tc_headers(w, ME_P, subj("RE:" + SUBJ_D), mid, irt=G.MID["D2"], refs=[G.MID["D1"], G.MID["D2"]])
add("D03", w, h, leaf(html, "html", charset="shift_jis", cte="base64"),
    ("closing_notice", True, CASE_D, []),
    "case D: will be closed on 28 Feb without a reply (Japanese)",
    "Shift_JIS HTML-only base64; no question, only a deadline; mentions reopening")

# ------------------------------------------------------------------ D4 owner reply (JP)
w = t("2025-02-25 21:30:12")
body = """木村様

ご連絡ありがとうございます。返信が遅くなり失礼いたしました。

1. パスポートの表記: ASHIDA NANAMI
   (認定証は「Nanami Ashida」の順で問題ありません)
2. 対象: 保有しているすべての認定資格(SAA / DVA / SOA / MLA)

念のため、候補IDは %s です。
よろしくお願いいたします。

芦田 七海

2025年2月25日(火) 10:05 AWS Training and Certification <%s>:
%s
""" % (CID_NEW, TC, quote(D3_TEXT))
mid = fm_mid()
G.MID["D4"] = mid
h = [("From", addr("芦田 七海", ME_P)), ("To", addr(TC_NAME, TC)), ("Subject", subj("Re: RE:" + SUBJ_D)),
     ("Date", date_hdr(w)), ("Message-ID", mid), ("In-Reply-To", G.MID["D3"]),
     ("References", "%s\n %s\n %s" % (G.MID["D1"], G.MID["D2"], G.MID["D3"])),
     ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250106.001-g3a29173c")]
add("D04", w, h, leaf(body, cte="quoted-printable"),
    ("user_reply", False, CASE_D, [CID_NEW]),
    "owner answers case D in Japanese (passport spelling, all certifications)",
    "owner's Japanese reply, Gmail-style Japanese attribution line, quoted closing notice")

# ------------------------------------------------------------------ N39 Skill Builder news
w = t("2025-02-26 00:30:00", UTC)
txt = """New on AWS Skill Builder this month

- Exam Prep Plan: AWS Certified Machine Learning Engineer - Associate (updated)
- AWS Cloud Quest: Generative AI role
- 12 new labs for Amazon Bedrock

Start learning: https://skillbuilder.aws/

You are receiving this e-mail because you have an AWS Skill Builder account. Manage preferences: https://skillbuilder.aws/preferences
"""
mid = ses_mid(w)
h = inbound_personal(w, "aws.training", ses_mailfrom(w), dkim_d="aws.training") + [
    ("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_P),
    ("Subject", "New this month on AWS Skill Builder"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N39", w, h, multi("alternative", [leaf(txt), leaf("<html><body>" + text_to_html(txt) + "</body></html>", "html")]),
    ("unrelated", False, None, []),
    "Skill Builder monthly news",
    "AWS training sender, exam-prep wording")

# ------------------------------------------------------------------ D5 resolved (JP, base64, quoted reply)
w = t("2025-02-27 11:00:48")
D5_NEW = """芦田 七海 様

ご返信いただき、ありがとうございます。

お知らせいただいた内容に基づき、認定アカウントの氏名表記を「Nanami Ashida」に修正いたしました。保有されているすべての認定資格(4件)の認定証に反映済みです。認定アカウントの「認定」ページから、修正後の認定証をダウンロードしていただけます。

Credly のデジタルバッジへの反映には、最大で5営業日ほどかかる場合がございます。

本件はこれにて解決とさせていただきます。その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

木村
AWS トレーニングと認定 カスタマーサポート"""
d4_new = body.split("\n\n2025年2月25日")[0]
txt = D5_NEW + "\n\n-----Original Message-----\nFrom: %s\nSent: 2025-02-25 12:30 UTC\n\n%s\n" % (ME_P, d4_new)
html = ("<html><body>" + text_to_html(D5_NEW) + '<br><div style="border-left:2px solid #999;padding-left:8px">'
        + text_to_html(d4_new) + "</div></body></html>")
mid = ses_mid(w)
G.MID["D5"] = mid
h = G.aws_tc_headers(w, ME_P, subj("RE:" + SUBJ_D), mid, irt=G.MID["D4"], refs=[G.MID["D2"], G.MID["D3"], G.MID["D4"]])
add("D05", w, h, multi("alternative", [leaf(txt, cte="base64"), leaf(html, "html", cte="base64")]),
    ("resolved", False, CASE_D, []),
    "case D resolved: name corrected on all certificates (Japanese)",
    "〜がございましたら conditional; the owner's reply with the candidate ID is quoted below")
G.D5_NEW = D5_NEW

# ------------------------------------------------------------------ D6 survey (JP)
w = t("2025-02-28 09:00:05")
body = """芦田 七海 様

先日はAWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございました(ケース番号: %s)。

今後のサービス向上のため、対応に関するアンケートへのご協力をお願いしております。所要時間は1分程度です。

アンケートに回答する: https://survey.aws-tc.amazon.com/s/%s?lang=ja

本アンケートは14日間有効です。本メールへの返信にはお答えできませんのでご了承ください。

AWS トレーニングと認定
""" % (CASE_D, alnum(12))
mid = ses_mid(w)
h = inbound_personal(w, "amazon.com", ses_mailfrom(w)) + [
    ("From", addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com")), ("To", ME_P),
    ("Subject", subj("サポート対応に関するアンケートのお願い(ケース %s)" % CASE_D)),
    ("Date", date_hdr(w.astimezone(UTC))), ("Message-ID", mid)]
add("D06", w, h, leaf(body, cte="base64"),
    ("survey", False, CASE_D, []),
    "Japanese satisfaction survey for case D",
    "keigo 'お願い' in the subject and a request to answer the survey")
