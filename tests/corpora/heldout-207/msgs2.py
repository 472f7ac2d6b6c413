# -*- coding: utf-8 -*-
"""Part 2: 8 - 26 Mar 2025. Console case C (missing voucher) and Japanese case D (name on certificate)."""
from helpers import *

C = "174141906500217"
D = "13958820417"
BILL = "174150233900118"
CID_ME = "AWS11820457"
AWSN = addr("Amazon Web Services", CONSOLE)
TCF = addr("AWS Training and Certification", TC)
SUBJ_C = "Missing 50% exam discount after certification account merge"
SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - certification-inquiry" % D
IDS = {}
FOOT = ("\n\nTo see all the details of this case and reply, please visit the Support Center:\n"
        "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
        "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
        "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
        "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")


def build():
    # C1 console ack
    t = ("Hello,\n\nWe have received your request and opened case %s. Our team will get back to you as soon as possible.\n\n"
         "Case ID: %s\nSubject: %s\nSeverity: General guidance\nCorrespondence: After last week's account merge (case 174047213200871) my "
         "personal certification account does not show the 50%% exam discount that was on the old account.\n"
         "Case type: Account and billing\n\nBest regards,\nAmazon Web Services" % (C, C, SUBJ_C)) + FOOT % C
    IDS["c_ack"] = emit(("acknowledgement", False, C, [], "console ack; mentions the older case A number in the correspondence copy"), AWSN, ME_P,
                        "Amazon Web Services: New Support case: %s" % C, d(2025, 3, 8, 1, 22, UTC), part(t, cte="7bit", charset="us-ascii"),
                        msgid=mid("", "ses"), auth=amazon_auth())

    # unrelated console billing case (not T&C)
    t = ("Hello,\n\nWe have received your request and opened case %s.\n\nCase ID: %s\nSubject: Credit for unexpected NAT Gateway charges\n"
         "Severity: General guidance\n[AWS ID 530817264419]\n\nBest regards,\nAmazon Web Services" % (BILL, BILL)) + FOOT % BILL
    IDS["bill_ack"] = emit(("unrelated", False, None, [], "console case about billing, not Training and Certification: same sender and subject shape as C1"), AWSN, ME_P,
                           "Amazon Web Services: New Support case: %s" % BILL, d(2025, 3, 8, 2, 5, UTC), part(t, cte="7bit", charset="us-ascii"),
                           msgid=mid("", "ses"), auth=amazon_auth())

    # C2 info request in console
    t = ("Hello Mirei,\n\nThank you for your patience. I checked certification account %s and I can see the merged exam history, but the "
         "discount benefit from the Solutions Architect - Associate certification is indeed not listed.\n\n"
         "To trace where it went, I need two things from you: a screenshot of the Benefits page as you see it now, and the date you originally "
         "received the voucher (roughly is fine). You can attach the screenshot when you reply to this case in the Support Center.\n\n"
         "We look forward to your response.\n\nBest regards,\n\nHaruto K.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. "
         "Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center." % CID_ME) + FOOT % C
    IDS["c_info"] = emit(("info_request", True, C, [CID_ME], "console case: request must be answered in Support Center; feedback footer after the ask"), AWSN, ME_P,
                         "RE:[CASE %s] %s" % (C, SUBJ_C), d(2025, 3, 9, 4, 47, UTC), part(t, cte="quoted-printable"),
                         msgid=mid("", "ses"), auth=amazon_auth())

    # owner replies by email -> bounce
    t = ("** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.\n\n"
         "The response from the remote server was:\n550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail\n\n"
         "----- Original message -----\n\nSubject: Re: RE:[CASE %s] %s\nFrom: Mirei Osugi <%s>\n\nHi Haruto, screenshot attached. The voucher was issued on 21 May 2022 when I passed SAA-C02.\n" % (C, SUBJ_C, ME_P))
    emit(("unrelated", False, C, [], "bounce of the owner's e-mail reply to the console case; owner still has to answer in the console, but the bounce itself is not support asking"),
         addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)", d(2025, 3, 9, 22, 31),
         part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "gmail"), auth=gauth("googlemail.com"))

    # note to self
    t = ("TODO before Friday:\n- answer Haruto in the Support Center console (case %s), email bounces!\n- screenshot Benefits page of %s\n- voucher date: 21 May 2022\n- return laptop\n" % (C, CID_ME))
    emit(("user_reply", False, C, [CID_ME], "note the owner mailed to herself about the console case"), addr(ME_NAME, ME_P), ME_P, "note: AWS voucher case",
         d(2025, 3, 10, 7, 58), part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "gmail"))

    # GitHub Actions failure
    t = ("Run failed: nightly-dag - main (8c1f2e7)\n\nkairos-datalabs/etl-pipelines\n\nJobs:\n  account-sync: failed in 2m 14s\n\n"
         "View workflow run: https://github.com/kairos-datalabs/etl-pipelines/actions/runs/13790022145\n\n-- \nYou are receiving this because you are subscribed to this thread.\n")
    emit(("unrelated", False, None, []), addr("GitHub", "notifications@github.com"), ME_C, "[kairos-datalabs/etl-pipelines] Run failed: nightly-dag - main (8c1f2e7)",
         d(2025, 3, 11, 3, 10, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("github.com", "x"), auth=gauth("github.com"))

    # C3 closing notice (auto-resolve)
    t = ("Hello,\n\nWe haven't heard back from you regarding this case. We'd like to make sure your issue is addressed, so "
         "if we don't receive a response within the next 3 days, this case will be automatically resolved.\n\n"
         "To keep working with us on this issue, add a correspondence to the case from the Support Center.\n\n"
         "Best regards,\nAmazon Web Services") + FOOT % C
    IDS["c_close"] = emit(("closing_notice", True, C, [], "console auto-resolve warning; the way to answer is the console, not e-mail"), AWSN, ME_P,
                          "RE:[CASE %s] %s" % (C, SUBJ_C), d(2025, 3, 12, 5, 0, UTC), part(t, cte="7bit", charset="us-ascii"),
                          msgid=mid("", "ses"), auth=amazon_auth())

    # other vendor: request solved
    h = ("<html><body><p>##- Please type your reply above this line -##</p><p>Your request (#1893321) has been solved. "
         "To reopen this request, simply reply to this email.</p><hr><p><b>Akira (Datadog)</b><br>Mar 12, 2025, 14:20 JST</p>"
         "<p>Hi Mirei, the log pipeline quota has been raised to 40 GB/day for org kairos-prod. I'm marking this case as solved. "
         "Could you confirm the new limit is working on your side?</p><p>Best,<br>Akira | Datadog Support</p></body></html>")
    emit(("unrelated", False, None, [], "other vendor: 'solved', 'reply to reopen' and a question to the owner, but not AWS"),
         addr("Akira (Datadog)", "support@datadoghq.com"), ME_C, "[Datadog] Re: Log pipeline daily quota exceeded", d(2025, 3, 12, 5, 21, UTC),
         part(h, "html", cte="quoted-printable"), msgid=mid("datadoghq.zendesk.com", "x"), auth=amazon_auth("co", "datadoghq.com"))

    # C4 case update
    t = ("Hello Mirei,\n\nThank you for the screenshot and the date you added to the case. I have raised this with our certification benefits team, "
         "who can re-issue benefits lost during a merge. They typically reply within 2-3 business days, and I will update the case then.\n\n"
         "Best regards,\n\nHaruto K.\nAmazon Web Services") + FOOT % C
    IDS["c_upd"] = emit(("case_update", False, C, [], "console news after the owner answered in the console (that answer is not in the mailbox)"), AWSN, ME_P,
                        "RE:[CASE %s] %s" % (C, SUBJ_C), d(2025, 3, 13, 2, 15, UTC), part(t, cte="7bit", charset="us-ascii"),
                        msgid=mid("", "ses"), auth=amazon_auth())

    # suspicious: real sender address, dmarc fail
    t = ("Hello,\n\nWe are finalizing the merge of your AWS Certification accounts. Our records show the destination account has not been verified.\n\n"
         "Please confirm the merge by signing in with your AWS Builder ID at the secure link below within 48 hours:\n"
         "https://aws-training-certification.support-merge.com/verify?case=17408815520\n\n"
         "If you do not confirm, the merge will be cancelled and your credentials suspended.\n\nAWS Training and Certification Customer Service\n")
    emit(("suspicious", False, None, [], "From is the real T&C address and subject has a [CASE] token, but dkim/dmarc fail and the link is a lookalike"),
         TCF, ME_P, "RE:[CASE 17408815520] [AWS Training and Certification Form Submission] - account-assistance", d(2025, 3, 13, 11, 48, UTC),
         part(t, cte="7bit", charset="us-ascii"), msgid="<20250313114805.4F2A1C0412@mailer-relay7.net>", auth=amazon_auth("gmail", ok=False))

    # Skill Builder receipt
    h = ("<html><body><h2>Thanks for your order</h2><table border=\"0\" cellpadding=\"4\"><tr><td>Order</td><td>SB-77120934</td></tr>"
         "<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr><tr><td>Total</td><td>USD 29.00</td></tr></table>"
         "<p>Your subscription renews on 14 April 2025. Manage it under My account &gt; Subscriptions.</p><p>AWS Training and Certification</p></body></html>")
    emit(("unrelated", False, None, [], "Skill Builder receipt from AWS Training and Certification (not a case)"),
         addr("AWS Training and Certification", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt", d(2025, 3, 14, 0, 40, UTC),
         alt(part("Thanks for your order.\nOrder SB-77120934 - AWS Skill Builder Individual subscription (monthly) - USD 29.00\nRenews 14 April 2025.\n", cte="7bit", charset="us-ascii"),
             part(h, "html", cte="base64")), msgid=mid("", "ses"), auth=amazon_auth("gmail", "aws.training"))

    # CertMetrics benefit (not part of the case)
    t = ("Hello Mirei Osugi,\n\nA new benefit has been added to your AWS Certification Account (%s):\n\n"
         "  50%% discount on your next AWS Certification exam\n  Expires: 2026-03-16\n\n"
         "Find the voucher code under Benefits in your AWS Certification Account.\n\nAWS Certification\n\n"
         "Do not reply to this email. This mailbox is not monitored.\n" % CID_ME)
    emit(("certification", False, None, [CID_ME], "benefit notice that is the visible result of case C, but sent by the certification system, not the case"),
         addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "A new benefit is available in your AWS Certification Account",
         d(2025, 3, 16, 23, 5, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("certmetrics.com", "x"), auth=gauth("certmetrics.com"))

    # C5 resolved with survey footer and reopen window
    t = ("Hello Mirei,\n\nThe certification benefits team has re-issued the 50%% exam discount to account %s. It is visible under Benefits now and "
         "is valid until 16 March 2026. I have therefore marked this case as resolved.\n\n"
         "Should you need anything else on this topic, you can reopen the case from the Support Center within 14 days.\n\n"
         "Best regards,\n\nHaruto K.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.") % CID_ME + FOOT % C
    emit(("resolved", False, C, [CID_ME], "resolution with reopen window and rating footer"), AWSN, ME_P,
         "RE:[CASE %s] %s" % (C, SUBJ_C), d(2025, 3, 17, 1, 30, UTC), part(t, cte="quoted-printable"),
         msgid=mid("", "ses"), auth=amazon_auth())

    # D1 ack (Japanese)
    t = ("大杉 美玲 様\n\nAWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
         "ケース番号 %s にてお問い合わせを承りました。\n\n"
         "通常24時間以内に担当者よりご連絡いたします。なお、同じ内容で別のケースを作成されますと対応が遅れる場合がございますので、"
         "追加のご連絡は本メールへのご返信にてお願いいたします。\n\n"
         "お問い合わせ内容:\n認定証に記載されている氏名のローマ字表記(OSUGI)をパスポートと同じ OHSUGI に修正したいです。\n\n"
         "AWS トレーニングと認定 カスタマーサービス\n" % D)
    IDS["d_ack"] = emit(("acknowledgement", False, D, [], "Japanese acknowledgement (ISO-2022-JP), 11-digit case number"), TCF, ME_P, SUBJ_D,
                        d(2025, 3, 18, 2, 11, UTC), part(t, charset="iso-2022-jp"), msgid=mid("", "ses"), auth=amazon_auth())

    # D2 info request, keigo, multipart base64
    t = ("大杉 美玲 様\n\nお世話になっております。AWS トレーニングと認定の佐伯でございます。\n\n"
         "認定証の氏名変更につきまして、確認のため以下の2点をご教示いただけますでしょうか。\n\n"
         "1. パスポートに記載されている氏名(ローマ字)の正確な綴り\n"
         "2. 対象となる認定アカウントの AWS 候補 ID (AWS から始まる番号)\n\n"
         "なお、ご本人確認書類の画像はお送りいただく必要はございません。\n\n"
         "お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n佐伯 彩\nAWS トレーニングと認定 カスタマーサービス\n")
    h = "<html><body><div style=\"font-family:Meiryo,sans-serif\">" + t.replace("\n", "<br>\n") + "</div></body></html>"
    IDS["d_info"] = emit(("info_request", True, D, [], "Japanese keigo request (ご教示いただけますでしょうか), a numbered list, and a 'no need to send' sentence"),
                         TCF, ME_P, "RE:" + SUBJ_D, d(2025, 3, 19, 0, 35, UTC),
                         alt(part(t, cte="base64"), part(h, "html", cte="base64")), msgid=mid("", "ses"), irt=IDS["d_ack"], refs=[IDS["d_ack"]], auth=amazon_auth())

    # Japanese newsletter, Shift_JIS
    t = ("━━━━━━━━━━━━━━━━━━━━\n クラウド実践メールマガジン 第212号\n━━━━━━━━━━━━━━━━━━━━\n\n"
         "■ 今週のトピック\n・AWS 認定 AI Practitioner 合格体験記\n・退職時に忘れがちな認定アカウントの移行手順\n\n"
         "配信停止はこちら: https://cloud-jissen.jp/mm/stop\n")
    emit(("unrelated", False, None, [], "Japanese newsletter (Shift_JIS) whose topic is certification-account migration"),
         addr("クラウド実践メルマガ", "mm@cloud-jissen.jp", "shift_jis"), ME_P, "【第212号】AI Practitioner 合格体験記", d(2025, 3, 19, 8, 0),
         part(t, charset="shift_jis", cte="base64"), msgid=mid("cloud-jissen.jp", "x"), subj_cs="shift_jis", auth=gauth("cloud-jissen.jp"))

    # D3 closing notice (Japanese)
    t = ("大杉 美玲 様\n\nお世話になっております。AWS トレーニングと認定の佐伯でございます。\n\n"
         "先日お送りしたご質問について、まだご返信をいただけていないようでしたので、ご連絡いたしました。\n"
         "本メール送信後3営業日以内にご返信がない場合、本ケースはクローズとさせていただきます。"
         "クローズ後であっても、本メールにご返信いただければケースを再開し、引き続き対応いたします。\n\n"
         "よろしくお願いいたします。\n\n佐伯 彩\nAWS トレーニングと認定\n")
    IDS["d_close"] = emit(("closing_notice", True, D, [], "Japanese closing notice; no explicit question, the ask is implied"), TCF, ME_P, "RE:" + SUBJ_D,
                          d(2025, 3, 21, 23, 50, UTC), part(t, cte="quoted-printable"), msgid=mid("", "ses"), irt=IDS["d_info"],
                          refs=[IDS["d_ack"], IDS["d_info"]], auth=amazon_auth())

    # D4 user reply (Japanese, quote style)
    t = ("佐伯様\n\nご連絡が遅くなり申し訳ありません。\n\n1. パスポートの表記: MIREI OHSUGI\n2. AWS 候補 ID: %s\n\nよろしくお願いいたします。\n大杉 美玲\n\n"
         "2025年3月22日(土) 8:50 AWS Training and Certification <%s>:\n" % (CID_ME, TC))
    t += quote("大杉 美玲 様\n\nお世話になっております。AWS トレーニングと認定の佐伯でございます。\n\n先日お送りしたご質問について、まだご返信をいただけていないようでしたので、ご連絡いたしました。\n本メール送信後3営業日以内にご返信がない場合、本ケースはクローズとさせていただきます。") + "\n"
    IDS["d_r"] = emit(("user_reply", False, D, [CID_ME], "owner's Japanese reply, Gmail JP quote header, candidate ID in own text"), addr("大杉 美玲", ME_P, "iso-2022-jp"), TCF,
                      "Re: RE:" + SUBJ_D, d(2025, 3, 22, 10, 5), part(t, charset="iso-2022-jp"), msgid=mid("", "gmail"), irt=IDS["d_close"],
                      refs=[IDS["d_ack"], IDS["d_info"], IDS["d_close"]])

    # D5 case update (Japanese)
    t = ("大杉 美玲 様\n\nご回答いただきありがとうございます。\n頂戴した情報をもとに、氏名の修正を担当部署へ依頼いたしました。"
         "反映まで数日かかる場合がございます。完了しましたら改めてご連絡いたしますので、今しばらくお待ちくださいますようお願いいたします。\n\n"
         "佐伯 彩\nAWS トレーニングと認定\n")
    IDS["d_upd"] = emit(("case_update", False, D, [], "Japanese 'please wait' (お待ちください) is polite imperative but asks nothing"), TCF, ME_P, "RE:" + SUBJ_D,
                        d(2025, 3, 23, 1, 15, UTC), part(t, cte="base64"), msgid=mid("", "ses"), irt=IDS["d_r"],
                        refs=[IDS["d_ack"], IDS["d_close"], IDS["d_r"]], auth=amazon_auth())

    # D6 resolved (Shift_JIS), conditional invitation, CRLF
    t = ("大杉 美玲 様\n\nお世話になっております。\n認定アカウント %s の氏名を「Mirei Ohsugi」に更新いたしました。"
         "認定証を再ダウンロードいただくと、新しい表記でご確認いただけます。\n\n"
         "ご不明な点がございましたら、本メールにご返信ください。\n\n本件はこれにて完了とさせていただきます。\n\n佐伯 彩\nAWS トレーニングと認定\n\n"
         "-----Original Message-----\n1. パスポートの表記: MIREI OHSUGI\n2. AWS 候補 ID: %s\n" % (CID_ME, CID_ME))
    emit(("resolved", False, D, [CID_ME], "Shift_JIS resolution with ご不明な点がございましたら conditional and quoted answer"), TCF, ME_P, "RE:" + SUBJ_D,
         d(2025, 3, 25, 6, 40, UTC), part(t, charset="shift_jis", cte="8bit"), msgid=mid("", "ses"), irt=IDS["d_upd"],
         refs=[IDS["d_ack"], IDS["d_r"], IDS["d_upd"]], auth=amazon_auth(), crlf=True, eightbit_cs="shift_jis")

    # D7 survey (Japanese)
    h = ("<html><body><p>大杉 美玲 様</p><p>先日はAWS トレーニングと認定カスタマーサービスをご利用いただきありがとうございました。"
         "ケース %s の対応について、簡単なアンケートにご協力ください(所要時間1分)。</p>"
         "<p><a href=\"https://survey.training.aws.dev/s?c=%s&amp;lang=ja\">アンケートに回答する</a></p></body></html>" % (D, D))
    emit(("survey", False, D, [], "Japanese survey, HTML only"), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
         "ご意見をお聞かせください: ケース %s" % D, d(2025, 3, 26, 1, 0, UTC), part(h, "html", cte="base64"), msgid=mid("", "ses"), auth=amazon_auth())
