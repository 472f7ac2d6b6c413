"""Messages: C5 to the end (late March - April 2025)."""
from part1 import *


def run():
    # C5 owner reply (ja) ----------------------------------------------------
    d = when("2025-03-25 21:03", JST)
    add("c5-rep", "user_reply", False, C5, [CID_OLD],
        "Owner's Japanese reply with the 9-digit registration number (not a case ID) and candidate ID",
        ME_FROM_P, TC_FORM, subj("Re: RE:" + C5_SUBJ), d,
        text("""佐藤様

ご連絡ありがとうございます。

Pearson VUE 登録番号: 384019276
受験日時: 2025年3月21日 14:00（日本時間）、オンライン受験
予約時の候補ID: AWS03817265

よろしくお願いいたします。
森岡

2025年3月25日(火) 10:22 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 森岡 健太 様
>
> 該当の受験記録を特定するため、Pearson VUE の登録番号（9 桁）と、受験日時をお知らせいただけますでしょうか。
""", "utf-8", "base64"),
        idd="gmail", parent="c5-ask", extra=[("User-Agent", "Hoshizora Webmail 5.2")])

    # C5 on hold (ja, Shift_JIS) -------------------------------------------
    d = when("2025-03-26 11:45", JST)
    add("c5-hold", "on_hold", False, C5, [CID_OLD],
        "C5 on hold (Shift_JIS QP): the exam delivery vendor must re-point the record; '現時点でお客様にご対応いただくことはございません'",
        TC_FROM, ME_P, "RE:" + C5_SUBJ, d,
        text("""森岡 健太 様

佐藤でございます。ご回答いただきありがとうございました。

確認いたしましたところ、ご予約が統合前の候補 ID（AWS03817265）に紐付いていたため、試験結果が統合元のアカウントに記録されておりました。
記録の付け替えは試験配信パートナー側での作業となるため、現在パートナーに依頼しており、先方からの回答をお待ちしている状況です。

恐れ入りますが、現時点でお客様にご対応いただくことはございません。進展がございましたら、本ケースにてご連絡いたします。

佐藤 めぐみ
AWS トレーニングと認定 カスタマーサービス
""", "shift_jis", "quoted-printable"),
        parent="c5-rep", **aws_in("c5-hold", d))

    # C5 hold lifted, check yourself ----------------------------------------
    d = when("2025-03-28 14:10", JST)
    add("c5-upd", "case_update", False, C5, [CID_NEW],
        "C5 (ja): vendor fixed the record, sync pending; '反映後、試験履歴をご確認いただけますと幸いです' asks the owner to LOOK, not to report back",
        TC_FROM, ME_P, "RE:" + C5_SUBJ, d,
        text("""森岡 健太 様

佐藤でございます。
試験配信パートナーより、受験記録を候補 ID AWS11940283 へ付け替えたとの連絡がございました。

現在、スコアと認定の反映処理を進めております。反映までには最大 5 営業日ほどかかる場合がございます。
反映後、お手すきの際に試験履歴をご確認いただけますと幸いです。

引き続きよろしくお願いいたします。

佐藤 めぐみ
AWS トレーニングと認定 カスタマーサービス
""", "utf-8", "base64"),
        parent="c5-hold", **aws_in("c5-upd", d))

    # new employer colleague ------------------------------------------------
    d = when("2025-04-01 13:30", JST)
    add("kd-admin", "unrelated", False, None, [],
        "New employer's partner admin asks the owner to link his certification account to the new partner (the 'partner side' task, not support)",
        addr("Aoi Fujimura", "fujimura.aoi@kirameki-data.co.jp"), ME_P, "Re: Fwd: RE:" + C1_SUBJ, d,
        text("""Morioka-san,

Welcome aboard! Thanks for forwarding this. To link your certifications to our partner profile, please sign in to your AWS Certification Account and share your certifications with Kirameki Data Labs using your new company address morioka.k@kirameki-data.co.jp. Could you do that by Friday?

Aoi Fujimura
Alliance team, Kirameki Data Labs
""", "utf-8", "7bit"),
        idd="kirameki-data.co.jp", parent="fwd-newjob",
        **inbound(True, "kirameki-data.co.jp", "fujimura.aoi@kirameki-data.co.jp", "mail.kirameki-data.co.jp", "198.51.100.23", d))

    # C5 status-line request --------------------------------------------------
    d = when("2025-04-02 02:48")
    add("c5-status", "info_request", True, C5, [CID_NEW],
        "C5 English agent: the ask lives in a status line at the top; the body is only progress",
        TC_FROM, ME_P, "RE:" + C5_SUBJ, d,
        text("""Case status: Waiting on you - please confirm the SAP-C02 result now shows under Exam History

Hi Kenta,

I'm Lucas, covering for my colleague Megumi this week. Our score sync finished overnight, and on our side your account AWS11940283 now shows the SAP-C02 attempt of 21 March with a pass and the new certification.

Lucas T.
AWS Training and Certification Customer Service
""" + TC_SIG, "utf-8", "7bit"),
        parent="c5-upd", **aws_in("c5-status", d))

    # C5 closing notice (ja) -------------------------------------------------
    d = when("2025-04-07 10:00", JST)
    add("c5-close", "closing_notice", True, C5, [],
        "C5 Japanese closing notice (ISO-2022-JP): will close on 10 April unless answered; reply keeps it open",
        TC_FROM, ME_P, "RE:" + C5_SUBJ, d,
        text("""森岡 健太 様

佐藤でございます。
4 月 2 日にお送りした、試験履歴へのスコア反映のご確認について、まだご返信をいただけていないようでございます。

4 月 10 日までにご返信がない場合、誠に勝手ながら本ケースはクローズとさせていただきます。
ご返信をいただけましたら、引き続き対応いたします。

佐藤 めぐみ
AWS トレーニングと認定 カスタマーサービス
""", "iso-2022-jp", "7bit"),
        parent="c5-status", **aws_in("c5-close", d))

    # owner confirms --------------------------------------------------------
    d = when("2025-04-07 20:15", JST)
    add("c5-rep2", "user_reply", False, C5, [],
        "Owner confirms the result shows (English, Gmail quoting of the Japanese notice)",
        ME_FROM_P, TC_FORM, "Re: RE:" + C5_SUBJ, d,
        text("""Sato-san, Lucas,

Sorry for the slow reply - new job. Yes, SAP-C02 shows under Exam History now, and the certification is listed. Thank you both!

Kenta

2025年4月7日(月) 10:00 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 森岡 健太 様
>
> 4 月 10 日までにご返信がない場合、誠に勝手ながら本ケースはクローズとさせていただきます。
""", "utf-8", "quoted-printable"),
        idd="gmail", parent="c5-close", extra=[("User-Agent", "Hoshizora Webmail 5.2")])

    # C5 resolved -----------------------------------------------------------
    d = when("2025-04-08 01:30")
    add("c5-done", "resolved", False, C5, [],
        "C5 resolved; quotes the Japanese closing notice below; 'feel free to reply within 14 days' is conditional",
        TC_FROM, ME_P, "RE:" + C5_SUBJ, d,
        text("""Hi Kenta,

Thanks for confirming, and congratulations on the Professional certification! Everything is in place, so I'm closing this case as resolved. Your badge should reach you from Credly shortly.

If anything else comes up about this exam, feel free to reply within 14 days and the case will reopen.

Lucas T.
AWS Training and Certification Customer Service
""" + TC_SIG + "\n\n" + orig_hdr("Kenta Morioka [" + ME_P + "]", "4/7/2025 11:15 AM", TC_FORM, "Re: RE:" + C5_SUBJ) + """
Yes, SAP-C02 shows under Exam History now, and the certification is listed. Thank you both!

""" + orig_hdr(TC_NAME + " [" + TC_FORM + "]", "4/7/2025 1:00 AM", ME_P, "RE:" + C5_SUBJ) + """
4 月 2 日にお送りした、試験履歴へのスコア反映のご確認について、まだご返信をいただけていないようでございます。
4 月 10 日までにご返信がない場合、誠に勝手ながら本ケースはクローズとさせていただきます。
ご返信をいただけましたら、引き続き対応いたします。
""", "utf-8", "quoted-printable"),
        parent="c5-rep2", **aws_in("c5-done", d))

    # Credly SA Pro ---------------------------------------------------------
    d = when("2025-04-08 04:02")
    add("credly-pro", "badge", False, None, [],
        "Credly badge for the new Professional certification",
        addr("Credly", CREDLY), ME_P, "You've earned a badge: AWS Certified Solutions Architect - Professional", d,
        alt(text("""Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Professional badge.

Accept it here: https://www.credly.com/badges/d41c8e2b-77a0-4f39-9c15-5be0a6f3e902
""", "utf-8", "7bit"),
            html("""<div style="font-family:Helvetica"><h2>Congratulations, Kenta!</h2><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p><p><a href="https://www.credly.com/badges/d41c8e2b-77a0-4f39-9c15-5be0a6f3e902">Accept badge</a></p></div>""", "utf-8", "7bit")),
        idd="credly.com",
        **inbound(True, "credly.com", "bounces+2281@em.credly.com", "o1.em.credly.com", "149.72.140.18", d))

    # C5 survey (ja) ---------------------------------------------------------
    d = when("2025-04-08 20:00")
    add("c5-survey", "survey", False, C5, [],
        "Japanese satisfaction survey for C5 ('ご協力をお願いいたします' is a survey plea, not a case request)",
        addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P, subj("サポート対応に関するアンケートのお願い（ケース %s）" % C5), d,
        html("""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>森岡 健太 様</p>
<p>先日はケース %s にて AWS トレーニングと認定をご利用いただき、ありがとうございました。</p>
<p>今後のサービス向上のため、1 分ほどで終わるアンケートへのご協力をお願いいたします。</p>
<p><a href="https://feedback.aws.training/s/tc?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#687078">本メールは送信専用アドレスから配信しています。</p>
</body></html>""" % (C5, C5), "utf-8", "base64"),
        **aws_in("c5-survey", d))

    # certification welcome + benefits -------------------------------------
    d = when("2025-04-09 15:45")
    add("cert-pro", "certification", False, None, [CID_NEW],
        "CertMetrics congratulations with benefits (50% voucher) and candidate ID; no case",
        addr("AWS Certification", CERTM), ME_P, "Congratulations! You are now AWS Certified", d,
        html("""<html><body style="font-family:Arial">
<table width="600"><tr><td style="background:#232f3e;color:#fff;padding:12px">AWS Certification</td></tr><tr><td style="padding:16px">
<p>Congratulations, Kenta!</p>
<p>You are now <b>AWS Certified Solutions Architect &ndash; Professional</b>. Your certification is valid through April 2028, and it also renews your Solutions Architect &ndash; Associate certification.</p>
<p>Your new benefits, including a 50% discount on your next exam, are in the Benefits section of your account.</p>
<p>Candidate ID: AWS11940283</p>
<p><a href="https://www.aws.training/Certification">View your certification</a></p>
</td></tr></table></body></html>""", "utf-8", "quoted-printable"),
        **inbound(True, "certmetrics.com", "bounce-7731@em.certmetrics.com", "o12.em.certmetrics.com", "167.89.21.14", d))

    # C6 ack ---------------------------------------------------------------
    d = when("2025-04-03 01:21")
    add("c6-ack", "acknowledgement", False, C6, [CID_KD, CID_NEW],
        "C6 acknowledgement for a new merge request (stray account made with the new employer's address); the promise to 'ask you to confirm' is future",
        TC_FROM, ME_P, C6_SUBJ, d,
        text("""Hello Kenta Morioka,

Thank you for contacting AWS Training and Certification. We have opened case %s for your request.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
  While sharing my certifications with my new employer I signed in with
  morioka.k@kirameki-data.co.jp and a new, empty certification account was created
  (AWS12207754). Please merge it into my existing account AWS11940283
  (kenta.morioka@hoshizora-mail.jp). I already had a merge done in case %s.

A member of our team normally replies within 24 hours. Before merging we will ask you to confirm the accounts involved.

To avoid delays, please don't open another case for this same request.

Sincerely,
AWS Training and Certification Customer Service
""" % (C6, C6, C1) + TC_SIG, "utf-8", "quoted-printable"),
        **aws_in("c6-ack", d))

    # C6 confirmation request (ja, HTML + text) ------------------------------
    d = when("2025-04-04 11:37", JST)
    intro = """森岡 健太 様

お世話になっております。AWS トレーニングと認定の小林でございます。
お問い合わせの件、以下の 2 つのアカウントを確認いたしました。"""
    ask = """統合後はアカウント #1 を残し、アカウント #2 の試験履歴・認定・特典をアカウント #1 へ移す形となります。
こちらの内容でお間違いなければ、その旨ご返信いただけますと幸いです。

なお、新しい勤務先のパートナーとの認定情報の共有は、統合完了後にアカウント #1 のプロフィールから改めてお手続きいただけます（こちらは本ケースへのご返信は不要です）。

小林 翔
AWS トレーニングと認定 カスタマーサービス"""
    accts = ((u"#1", CID_NEW, ME_P), (u"#2", CID_KD, "morioka.k@kirameki-data.co.jp"))
    ttxt = "\n".join("アカウント %s\n  候補 ID: %s\n  ログイン E メール: %s\n  トレーニング通知用 E メール: %s\n  認定通知用 E メール: %s\n" % (n, c, e, e, e) for n, c, e in accts)
    thtml = "".join('<tr><th colspan="2" style="background:#f2f3f3;text-align:left;padding:6px">アカウント %s</th></tr><tr><td style="padding:4px 8px">候補 ID</td><td>%s</td></tr><tr><td style="padding:4px 8px">ログイン E メール</td><td>%s</td></tr><tr><td style="padding:4px 8px">トレーニング通知用 E メール</td><td>%s</td></tr><tr><td style="padding:4px 8px">認定通知用 E メール</td><td>%s</td></tr>' % (n, c, e, e, e) for n, c, e in accts)
    add("c6-conf", "confirmation_request", True, C6, [CID_NEW, CID_KD],
        "C6 Japanese confirmation request (multipart, table in HTML); soft keigo ask (ご返信いただけますと幸いです) followed by a partner-sharing to-do that explicitly needs no reply; last message in the mailbox, still open",
        TC_FROM, ME_P, "RE:" + C6_SUBJ, d,
        alt(text(intro + "\n\n" + ttxt + "\n" + ask + "\n", "utf-8", "base64"),
            html('<html><body style="font-family:Meiryo,sans-serif;font-size:14px">' + h2t(intro) +
                 '<table style="border-collapse:collapse;border:1px solid #d5dbdb">' + thtml + '</table>' + h2t(ask) + '</body></html>',
                 "utf-8", "base64")),
        parent="c6-ack", **aws_in("c6-conf", d))
