"""Messages 061-075: case D closes, console case C times out and resumes, Japanese case E."""
from lib import (T, add, L, leaf, multi, addr, jst, utc, p2html, esc, crude, cellwise,
                 quote, ME_P, ME_C, ME_NAME, ME_JA)
from tpl import tc_html, console_text, TC_FROM, TC_NAME
from common import (A, C, D, E, NEW_ID, SUBJ_D, SUBJ_E, inbound, tc_in, outbound, me_to)

RE_D = "RE:[CASE %s] %s" % (D, SUBJ_D)
RE_E = "RE: [CASE %s] %s" % (E, SUBJ_E)
CON_SUBJ = "Exam record for CLF-C02 missing after account merge"
AWSC = "Amazon Web Services <no-reply-aws@amazon.com>"


def run():
    # 061 case D resolved, Outlook-style quoting in plain text
    dt = utc(2025, 4, 12, 2, 10, 5)
    txt = ("Great, thanks for checking, Tomoya.\n\nI've closed this case now. No further action is required on "
           "your side.\n\nBest regards,\nSven A.\nAWS Training and Certification\n\n"
           "-----Original Message-----\nFrom: %s <%s>\nSent: Friday, April 11, 2025 11:05 AM\nTo: %s\n"
           "Subject: Re: %s\n\n%s\n\n-----Original Message-----\nFrom: %s\nSent: Friday, April 11, 2025 "
           "3:00 AM\n\n%s\n\nCase ID: %s\nStatus: Resolved\n"
           % (ME_NAME, ME_P, TC_FROM, RE_D, T["060"], TC_FROM, T["059"], D))
    h = tc_in("m061", dt, RE_D, irt="m060", refs=["d2023b", "m046", "m059", "m060"])
    add(h, leaf(txt), L("resolved", False, D), "case D closed after the owner's check",
        "'-----Original Message-----' history ends with Sven's earlier request to check")

    # 062 console: will be resolved without a reply
    dt = utc(2025, 4, 12, 5, 41, 30)
    body = ("Hello,\n\nWe haven't received the information requested on April 9. If we don't hear from you "
            "through the Support Center in the next 3 days, this case will be resolved automatically.\n\n"
            "Best regards,\nAWS Support")
    txt = console_text(C, body, CON_SUBJ)
    h = inbound("m062", dt, AWSC, me_to(), "RE:[CASE %s] %s" % (C, CON_SUBJ), "amazon.com", style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("closing_notice", True, C),
        "console case C will auto-resolve in 3 days",
        "the owner did answer by e-mail (057), but it never reached the case; must answer in the console")

    # 063 case E acknowledgement, Japanese, ISO-2022-JP plain text
    dt = utc(2025, 4, 15, 1, 3, 28)
    txt = ("暮林 智也 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n"
           "ケース番号 %s にてお問い合わせを承りました。\n\n"
           "担当者より通常1営業日以内にご連絡いたします。内容によってはお時間をいただく場合がございます。\n"
           "同じ内容でフォームを再度送信されますと別のケースとして登録され、かえってご案内が遅れますので"
           "ご注意ください。\n\n"
           "■お問い合わせ内容\n"
           "認定証に印字されている氏名のローマ字が「Tomoya Kurebayasi」になっています。正しくは"
           "「Tomoya Kurebayashi」です。修正をお願いします。\n\n"
           "ケースID: %s\nステータス: 受付済み\n\nAWS トレーニングと認定 カスタマーサポート\n" % (E, E))
    h = tc_in("m063", dt, "[CASE %s] %s" % (E, SUBJ_E))
    add(h, leaf(txt.encode("iso-2022-jp"), charset="ISO-2022-JP", cte="7bit"),
        L("acknowledgement", False, E), "case E opened (name on certificate), Japanese, ISO-2022-JP",
        "echoed form text ends in the owner's own 修正をお願いします")

    # 064 console: resolved for lack of reply, can be reopened
    dt = utc(2025, 4, 15, 5, 41, 40)
    body = ("Hello,\n\nAs we did not receive a reply, this case has now been resolved. If you still need help, "
            "you can reopen it within the next 14 days by adding a reply in the Support Center. After that "
            "a new case would be needed.\n\nBest regards,\nAWS Support")
    txt = console_text(C, body, CON_SUBJ, reopen_note=False)
    h = inbound("m064", dt, AWSC, me_to(), "RE:[CASE %s] %s" % (C, CON_SUBJ), "amazon.com", style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("closing_notice", True, C),
        "console case C resolved for lack of reply; reopenable for 14 days",
        "says 'resolved' but nothing was fixed; an answer reopens it")

    # 065 console: reopened, on hold at the test vendor
    dt = utc(2025, 4, 15, 10, 2, 14)
    body = ("Hello Tomoya,\n\nThank you for reopening the case and for the registration number.\n\n"
            "I have asked Pearson VUE to resend the score report for that appointment to our certification "
            "system. The case is on hold until their answer arrives, which usually takes up to five business "
            "days. You don't need to do anything in the meantime.\n\nBest regards,\nAyodele O.\n"
            "AWS Training and Certification Support")
    txt = console_text(C, body, CON_SUBJ)
    h = inbound("m065", dt, AWSC, me_to(), "RE:[CASE %s] %s" % (C, CON_SUBJ), "amazon.com", style="ses")
    add(h, leaf(txt, cte="quoted-printable"), L("on_hold", False, C),
        "console case C reopened and on hold waiting for Pearson VUE",
        "hold caused by the exam vendor; nothing asked")

    # 066 case E info request, Japanese HTML with keigo
    dt = utc(2025, 4, 16, 2, 30, 51)
    new = ("暮林様\n\nAWS トレーニングと認定サポートの西岡でございます。認定証の氏名表記の件、承知いたしました。\n\n"
           "氏名の変更は、公的な身分証明書に記載されている表記と一致させる必要がございます。"
           "お手数ですが、以下の2点についてご返信いただけますでしょうか。\n\n"
           "1. 身分証明書に記載されているとおりの氏名(ローマ字、姓と名の順序を含む)\n"
           "2. 対象の認定アカウントの候補ID (%s でお間違いないか)\n\n"
           "なお、身分証明書の画像をお送りいただく必要はございません。\n\n"
           "どうぞよろしくお願いいたします。\n\n西岡\nAWS トレーニングと認定 カスタマーサポート" % NEW_ID)
    T["066"] = new
    hist = [("暮林 智也 (フォーム)", "2025/04/15 10:03 JST", "受付済み",
             p2html("認定証に印字されている氏名のローマ字が「Tomoya Kurebayasi」になっています。"
                    "正しくは「Tomoya Kurebayashi」です。修正をお願いします。"))]
    html = tc_html(E, SUBJ_E, "お客様の返信待ち", "ケース %s についてご確認のお願い" % E, p2html(new),
                   hist, updated="2025/04/16 11:30 JST", lang="ja")
    h = tc_in("m066", dt, RE_E, irt="m063", refs=["m063"], agent="AWS Training and Certification")
    add(h, multi("alternative", [leaf(new + "\n\nケースID: %s\n" % E, cte="base64"),
                                 leaf(html, "html", cte="base64")], "m066"),
        L("info_request", True, E, NEW_ID),
        "Japanese agent asks for the name as on the ID and to confirm the candidate ID",
        "keigo 〜いただけますでしょうか; 'no need to send an image' is a negative instruction")

    # 067 connpass event registration
    dt = utc(2025, 4, 16, 9, 0, 12)
    txt = ("暮林 智也 さん\n\nJAWS-UG 東京 #48 「認定とキャリア」 への参加登録が完了しました。\n\n"
           "日時: 2025/05/10(土) 13:00〜17:00\n会場: 渋谷区内 (詳細は参加者への案内をご確認ください)\n\n"
           "参加をキャンセルする場合は、イベントページからお手続きください。\n\n"
           "※このメールは送信専用です。ご返信いただいてもお答えできません。\n")
    h = inbound("m067", dt, addr("connpass", "no-reply@connpass.com"), me_to(),
                "【connpass】JAWS-UG 東京 #48 への参加登録が完了しました", "connpass.com", ip="52.196.10.5")
    add(h, leaf(txt, cte="base64"), L("unrelated", False, None), "community event registration (Japanese)",
        "Japanese 完了しました / お手続きください wording; not AWS support")

    # 068 Credly lookalike phishing
    dt = utc(2025, 4, 17, 13, 0, 40)
    html = ("<html><body style=\"font-family:Arial\"><div style=\"display:none\">Your badges will be removed in 48 "
            "hours</div><p>Hello,</p><p>Following the recent merge of your AWS Certification accounts, your "
            "Credly badges are <b>unverified</b>. Unverified badges are revoked after 48 hours.</p>"
            "<p><a href=\"https://credly-notify.net/login?r=aws\" style=\"background:#ff6b00;color:#fff;"
            "padding:10px 16px;text-decoration:none\">Verify my badges</a></p><p>The Credly Team</p>"
            "</body></html>")
    ar = ("Authentication-Results: mx.google.com;\n       spf=pass (google.com: domain of bounce@credly-notify.net "
          "designates 45.142.122.19 as permitted sender) smtp.mailfrom=bounce@credly-notify.net;\n"
          "       dmarc=none header.from=credly-notify.net")
    h = inbound("m068", dt, "Credly <badges@credly-notify.net>", me_to(),
                "Action needed: your AWS badges will be revoked", "credly-notify.net", ar=ar,
                ip="45.142.122.19", rp="bounce@credly-notify.net")
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m068"), L("suspicious", False, None),
        "Credly lookalike domain threatening badge revocation", "knows about the merge; lookalike domain")

    # 069 console case C resolved, with rating footer
    dt = utc(2025, 4, 18, 2, 0, 3)
    body = ("Hello Tomoya,\n\nPearson VUE has resent the score report, and the Cloud Practitioner exam of "
            "5 November 2022 now appears in the exam history of %s. I have marked this case as resolved.\n\n"
            "Thank you for your patience.\n\nAyodele O.\nAWS Training and Certification Support" % NEW_ID)
    txt = console_text(C, body, CON_SUBJ, survey=True)
    h = inbound("m069", dt, AWSC, me_to(), "RE:[CASE %s] %s" % (C, CON_SUBJ), "amazon.com", style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("resolved", False, C, NEW_ID),
        "console case C resolved: exam record restored",
        "rating link and 14-day reopen note in the footer; resolution, not survey")

    # 070 console survey
    dt = utc(2025, 4, 18, 8, 0, 0)
    txt = ("Hello,\n\nYour recent AWS Support case %s (%s) has been resolved.\n\nHow would you rate the support "
           "you received? Choose a score from 1 (poor) to 5 (excellent):\n"
           "https://console.aws.amazon.com/support/feedback?displayId=%s\n\nThe survey takes about two minutes. "
           "Thank you for helping us improve.\n\nAmazon Web Services\n\nThis message comes from an "
           "unmonitored address.\n" % (C, CON_SUBJ, C))
    h = inbound("m070", dt, AWSC, me_to(), "Tell us about your AWS Support experience (case %s)" % C,
                "amazon.com", style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("survey", False, C),
        "survey for console case C", "same no-reply sender as the case itself")

    # 071 case E closing notice, Japanese HTML in Shift_JIS
    dt = utc(2025, 4, 19, 3, 0, 20)
    new = ("暮林様\n\n4月16日にお送りしたご案内について、まだご返信を確認できておりません。\n\n"
           "4月23日(水)までにご返信がない場合、本ケースはクローズさせていただきます。"
           "クローズ後でも、このメールにご返信いただければケースを再開いたします。\n\n"
           "西岡\nAWS トレーニングと認定 カスタマーサポート")
    T["071"] = new
    hist = [("西岡", "2025/04/16 11:30 JST", "お客様の返信待ち", p2html(T["066"]))]
    html = tc_html(E, SUBJ_E, "お客様の返信待ち", "ケース %s: ご返信をお待ちしております" % E, p2html(new),
                   hist, updated="2025/04/19 12:00 JST", lang="ja")
    html = html.replace("charset=utf-8", "charset=Shift_JIS").replace("&middot;", "-")
    h = tc_in("m071", dt, RE_E, irt="m066", refs=["m063", "m066"])
    add(h, leaf(html.encode("shift_jis"), "html", charset="Shift_JIS", cte="base64"),
        L("closing_notice", True, E),
        "case E will be closed on 23 April without a reply (Japanese, Shift_JIS HTML)",
        "the actual questions are only in the history; reopen-by-reply wording")

    # 072 owner answers case E in Japanese (ISO-2022-JP)
    dt = jst(2025, 4, 19, 21, 30, 2)
    mine = ("西岡様\n\nご連絡ありがとうございます。返信が遅くなり申し訳ありません。\n\n"
            "1. 身分証明書の表記: KUREBAYASHI TOMOYA (姓 KUREBAYASHI / 名 TOMOYA)\n"
            "2. 候補ID: %s で間違いありません。\n\nよろしくお願いいたします。\n暮林 智也" % NEW_ID)
    T["072"] = mine
    txt = (mine + "\n\n2025年4月19日(土) 12:00 AWS Training and Certification <%s>:\n\n" % TC_FROM
           + quote(new) + "\n")
    h = outbound("m072", dt, addr(TC_NAME, TC_FROM), "Re: " + RE_E, irt="m071", refs=["m063", "m066", "m071"])
    add(h, leaf(txt.encode("iso-2022-jp"), charset="ISO-2022-JP", cte="7bit"),
        L("user_reply", False, E, NEW_ID), "owner answers case E in Japanese (ISO-2022-JP)",
        "Japanese 「…:」 attribution; candidate ID in own text")

    # 073 exam result
    dt = utc(2025, 4, 20, 5, 0, 41)
    txt = ("Congratulations, Tomoya!\n\nYou passed the AWS Certified Solutions Architect - Professional exam "
           "(SAP-C02) on April 19, 2025.\n\nScore: 812 (passing score 750)\nCandidate ID: %s\n\n"
           "Your digital badge will arrive from Credly within a few days, and your certificate can be "
           "downloaded from your AWS Certification Account.\n\nAWS Certification\n" % NEW_ID)
    h = inbound("m073", dt, "AWS Certification <do-not-reply@certmetrics.com>", me_to(),
                "Your AWS Certification exam results", "certmetrics.com")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("certification", False, None, NEW_ID),
        "exam result: SAP-C02 passed", "program mail with candidate ID")

    # 074 case E handed to another team (Japanese HTML)
    dt = utc(2025, 4, 21, 1, 30, 9)
    new = ("暮林様\n\nご回答いただきありがとうございます。\n\n認定証の氏名変更は登録情報の管理チームでの作業となるため、"
           "担当チームへ引き継ぎました。完了までは2-3営業日ほどを見込んでおります。\n\n"
           "現時点で追加でご対応いただくことはございません。完了しましたら本ケースにてご連絡いたします。\n\n西岡")
    T["074"] = new
    hist = [("暮林 智也", "2025/04/19 21:30 JST", "", p2html(mine)),
            ("西岡", "2025/04/19 12:00 JST", "お客様の返信待ち", p2html(T["071"])),
            ("西岡", "2025/04/16 11:30 JST", "お客様の返信待ち", p2html(T["066"]))]
    html = tc_html(E, SUBJ_E, "対応中", "ケース %s の進捗のお知らせ" % E, p2html(new), hist,
                   updated="2025/04/21 10:30 JST", lang="ja")
    h = tc_in("m074", dt, RE_E, irt="m072", refs=["m063", "m066", "m071", "m072"])
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m074"),
        L("case_update", False, E), "case E passed to the records team (Japanese)",
        "negated request (ご対応いただくことはございません) above two quoted requests")

    # 075 AWS Educate form case: other program
    dt = utc(2025, 4, 21, 9, 0, 33)
    txt = ("Hello Tomoya,\n\nThank you for your interest in teaching with AWS Educate.\n\nTo approve educator "
           "access we need to verify your connection to Shibuya Digital Vocational School. Please reply with "
           "a link to an official school page that lists you as staff or a visiting instructor, or ask the "
           "school office to e-mail us from its domain.\n\nCase ID: 174511440000213\n\nBest regards,\n"
           "Camila R.\nAWS Educate Support\n")
    h = inbound("m075", dt, "AWS Educate <aws-cs-educate-form@amazon.com>", me_to(),
                "RE:[CASE 174511440000213] [AWS Educate Form Submission] - educator-verification",
                "amazon.com", style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("unrelated", False, None),
        "AWS Educate form case asks for proof of school affiliation",
        "same form-case machinery and a real request, but another program, not Training and Certification")
