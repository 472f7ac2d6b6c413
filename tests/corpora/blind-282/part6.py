from common import *
from part2 import quote


def build():
    out = []
    # 47 AWS Innovate marketing, Japanese HTML only
    h = ("<html><body><table width=\"600\"><tr><td><h2>AWS Innovate - Generative AI Edition</h2><p>金本 涼 様</p>"
         "<p>オンラインで無料参加できる AWS Innovate の登録を受け付けています。セッション視聴後のアンケートにご回答いただいた方には、"
         "参加証明書をお送りします。</p><p><a href=\"https://aws.amazon.com/jp/events/aws-innovate/\">詳細と登録</a></p>"
         "<p style=\"font-size:10px\">本メールは送信専用です。ご返信いただいてもお答えできません。</p></td></tr></table></body></html>")
    out.append(msg(html(h, cte="qp"), d("2025-05-24 01:00", UTC),
                   addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), PERSONAL,
                   "【AWS Innovate】オンラインカンファレンス参加登録のご案内", L("unrelated"),
                   msgid=mid("mkto-innovate", "amazon.com"),
                   pre=gmail_in("amazon.com", ip="199.15.214.104", mailfrom="mktomail.com")))

    # 48 owner resends with the tag
    own = ("Keiko 様\n\n件名にケース番号が入っていなかったため、改めてお送りします。\n\n1. 旧アカウントの候補ID: %s\n"
           "2. 有効期限: 2025年9月30日\n\nよろしくお願いいたします。\n金本 涼\n" % OLD_ID)
    out.append(msg(alt(text(own, cte="b64"), html("<div dir=\"ltr\">" + own.replace("\n", "<br>") + "</div>", cte="b64")),
                   d("2025-05-24 11:05"), addr(ME_NAME, PERSONAL), FORM, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
                   L("user_reply", False, CASE_D, [OLD_ID]), msgid=D_RESEND, irt=D_ASK, refs="%s %s" % (D_ACK, D_ASK)))

    # 49 case D update in Japanese (HTML only)
    h = ("<html><body style=\"font-family:Meiryo\"><p>金本様</p><p>ご返信いただきありがとうございます。"
         "いただいた候補IDと有効期限をもとに、特典を管理する担当チームへ確認を依頼いたしました。</p>"
         "<p>チームからの回答までに数日お時間をいただく場合がございます。進展があり次第、こちらからご連絡いたしますので、"
         "今しばらくお待ちください。</p><p>Keiko T.<br>AWS トレーニングと認定</p></body></html>")
    out.append(msg(html(h), d("2025-05-26 02:30", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), L("case_update", False, CASE_D),
                   msgid=sesmid("D-update"), irt=D_RESEND, refs="%s %s %s" % (D_ACK, D_ASK, D_RESEND),
                   pre=gmail_in("amazon.com")))

    # 50 spoofed From on the real form address, DMARC fails
    t = ("Hello,\n\nYour last reply on this case was rejected because it came from an unrecognised device. To make sure "
         "your certification benefits are not forfeited, resend your reply through our secure reply page and confirm your "
         "sign-in details:\n\nhttps://aws-training-support.help/secure-reply?case=174788310200457\n\n"
         "Replies that are not confirmed within 48 hours are discarded.\n\nAWS Training and Certification\n")
    out.append(msg(text(t, cte="7bit"), d("2025-05-26 14:18", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE 174788310200457] %s" % SUBJ_FORM, L("suspicious"),
                   msgid="<20250526141802.7F2A1C0391@vps-58213.hostkey.example>",
                   pre=gmail_in("amazon.com", ok=False, ip="45.133.193.21", mailfrom="vps-58213.hostkey.example",
                                host="vps-58213.hostkey.example")))

    # 51 colleague handover (company)
    t = ("金本さん\n\n森です。引き継ぎ資料ありがとうございました。\n本番アカウント(381204557613 以外の3つ)の IAM ユーザー棚卸しは、"
         "来週こちらで実施します。\n不明点があれば金曜までに聞きますね。\n\n森 浩\n")
    out.append(msg(text(t, cte="qp"), d("2025-05-27 16:42"), addr("森 浩", "h-mori@hoshizora-tech.co.jp"), addr("金本 涼", COMPANY),
                   "RE: 引き継ぎ資料", L("unrelated"),
                   msgid="<TY3P286MB36651B9C0F2E4D7A8C3E2F0A1D9A52@TY3P286MB3665.JPNP286.PROD.OUTLOOK.COM>",
                   post=[("X-MS-Exchange-Organization-AuthAs", "Internal")], crlf=True))

    # 52 CertMetrics: a benefit is available (program mail)
    t = ("Hello Ryo Kanemoto,\n\nA new benefit is available in your AWS Certification Account (candidate ID %s):\n\n"
         "50%% discount on your next AWS Certification exam\nValid until: September 30, 2025\n\nSign in and open Benefits to "
         "see the code.\n\nAWS Training and Certification\nThis mailbox does not accept replies.\n" % NEW_ID)
    out.append(msg(text(t), d("2025-05-28 03:02", UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), PERSONAL,
                   "A new AWS Certification benefit is available", L("certification", ids=[NEW_ID]),
                   msgid=mid("cm-benefit-0528", "certmetrics.com"), pre=gmail_in("certmetrics.com", ip="13.111.64.20",
                                                                                  host="mta.certmetrics.com")))

    # 53 case D resolved, Japanese HTML only, conditional invitation
    h = ("<html><body style=\"font-family:Meiryo\"><p>金本様</p><p>お待たせいたしました。担当チームの確認が完了し、"
         "旧アカウントに付与されていた50%割引バウチャーを、統合後のアカウント(候補ID " + NEW_ID + ")に再発行いたしました。"
         "有効期限は従来どおり2025年9月30日です。</p><p>本件はこれにて解決とさせていただきます。ご不明な点がございましたら、"
         "本メールにご返信いただけましたら幸いです。</p><p>Keiko T.<br>AWS トレーニングと認定</p>"
         "<hr><p style=\"color:#666\">2025年5月23日 10:15 に送信されたメッセージ:<br>統合前のアカウントに付与されていた特典を確認するため、"
         "以下の2点をお知らせいただけますでしょうか。<br>1. バウチャーが表示されていた旧アカウントの候補ID<br>2. バウチャーの有効期限</p>"
         "</body></html>")
    out.append(msg(html(h, cte="b64"), d("2025-05-29 05:40", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), L("resolved", False, CASE_D, [NEW_ID]),
                   msgid=sesmid("D-resolved"), irt=sesmid("D-update"), refs="%s %s" % (D_ASK, D_RESEND),
                   pre=gmail_in("amazon.com")))

    # 54 survey for case D (Japanese)
    t = ("金本 涼 様\n\nこのたびは AWS トレーニングと認定をご利用いただきありがとうございました。\n"
         "ケース %s のサポートについて、1分ほどのアンケートにご協力ください。\n\n"
         "https://survey.aws.training/s/cx?case=%s&lang=ja\n\nいただいたご意見は今後のサービス改善に活用いたします。\n" % (CASE_D, CASE_D))
    out.append(msg(text(t, charset="iso-2022-jp", cte="7bit"), d("2025-05-30 05:40", UTC),
                   addr("AWS Customer Experience", "cx-survey@amazon.com"), PERSONAL,
                   "サポートに関するアンケートのお願い(ケース %s)" % CASE_D, L("survey", False, CASE_D),
                   msgid=mid("survey-D", "amazon.com"), pre=gmail_in("amazon.com"), subj_charset="iso-2022-jp"))

    # 55 out-of-office from a friend (personal)
    t = ("I'm travelling until June 9 with limited access to email. For anything urgent about the meetup, please contact "
         "Aya at aya.k@jawsug-volunteers.example.\n\nTakeshi\n")
    out.append(msg(text(t, cte="7bit"), d("2025-05-30 18:02"), addr("Takeshi Noda", "t.noda.cloud@gmail.com"), PERSONAL,
                   "Automatic reply: LT slides for May 22", L("unrelated"),
                   msgid="<CAPd1t3Vv6_auto0530@mail.gmail.com>", irt="<CAH7Kq2zLT0522slides@mail.gmail.com>",
                   pre=gmail_in("gmail.com", ip="209.85.220.41", host="mail-sor-f41.google.com"),
                   post=[("Auto-Submitted", "auto-replied")]))

    # 56 Builder ID one-time code
    t = ("Verify your AWS Builder ID\n\nYour verification code is: 582037\n\nThis code expires in 10 minutes. If you "
         "didn't try to sign in, you can ignore this email.\n")
    out.append(msg(text(t, cte="7bit"), d("2025-06-01 00:12", UTC), addr("AWS Builder ID", "no-reply@signin.aws"), PERSONAL,
                   "Verify your AWS Builder ID email address", L("unrelated"), msgid=mid("bid-otp-0601", "signin.aws"),
                   pre=gmail_in("signin.aws", ip="54.240.27.55")))
    return out
