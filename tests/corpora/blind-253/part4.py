# part4.py - messages 043-056 (case C in the console, case D name fix in Japanese)
from part0 import *
from part1 import tc_subj
from part3 import CON_FOOT, SURVEY_FOOT

SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D


def build():
    # 043
    mail("closing_notice", True, CASE_C, [],
         "Case C: no reply seen in the console; case will auto-resolve in 3 days",
         "Owner did 'answer' by email (bounced); the notice plus survey footer still needs a console reply",
         date=dt("2025-06-13 10:00"), frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
         subject="RE:[CASE %s] Discount voucher missing after account merge" % CASE_C,
         auth=auth_g("amazon.com"), key="c_close", irt=["c_ack", "c_info"], extra=ses_extra(),
         part=leaf("Hello,\n\nWe're still waiting on the voucher code. Without an answer in the Support "
                   "Center this case resolves itself in 3 days.\n\nLucia G." + CON_FOOT % CASE_C + SURVEY_FOOT))
    # 044
    mail("user_reply", False, None, [],
         "Owner's farewell mail to the team on the last day",
         "Owner-written, no case; asks colleagues to use the personal address",
         date=dt("2025-06-13 17:30"), frm=addr(ME_NAME, ME_C), to="dev-all@kestrelbyte.co.jp",
         subject="Last day - thank you!", style="kb",
         part=leaf("Hi all,\n\nToday is my last day. Thanks for four great years. From now on: %s\n\n"
                   "Mizuki\n" % ME_P))
    # 045
    mail("on_hold", False, CASE_C, [],
         "Case C on hold: the voucher was a partner benefit; the partner admin must release it",
         "Hold for a third party with no question; follows a closing notice",
         date=dt("2025-06-14 09:15"), frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
         subject="RE:[CASE %s] Discount voucher missing after account merge" % CASE_C,
         auth=auth_g("amazon.com"), key="c_hold", irt=["c_ack", "c_close"], extra=ses_extra(),
         part=leaf("Thanks for the screenshot in the console. That voucher came from Kestrelbyte's partner "
                   "benefits, so their partner admin has to release it before we can re-issue. On hold "
                   "until they do.\n\nLucia G." + CON_FOOT % CASE_C))
    # 046
    mail("acknowledgement", False, CASE_D, [],
         "Case D opened (name on certificate): Japanese acknowledgement, multipart with base64 UTF-8",
         "Japanese boilerplate including a 'do not open another case' line",
         date=dt("2025-06-16 11:06"), frm=addr(TCN, TC), to=ME_P, subject=SUBJ_D,
         auth=auth_g("amazon.com"), key="d_ack", extra=ses_extra(),
         part=multi("alternative", [
             leaf("花園 瑞希 様\n\nお問い合わせを受け付けました。ケース ID: %s\n\n通常、1 営業日以内に"
                  "担当者よりご連絡いたします。同じご依頼で別のケースを作成されますと、回答が遅れる"
                  "場合がございます。\n\nご依頼内容: 認定証の氏名表記 (ローマ字) の修正\n\n"
                  "AWS トレーニングと認定\n" % CASE_D, cte="base64"),
             html("<html><body><p>花園 瑞希 様</p><p>お問い合わせを受け付けました。ケース ID: %s</p>"
                  "<p>通常、1 営業日以内に担当者よりご連絡いたします。</p></body></html>\n" % CASE_D,
                  cte="base64")], "d1"))
    # 047
    mail("info_request", True, CASE_D, [],
         "Case D: Japanese keigo request for the name as written on an ID document",
         "Polite indirect request (いただけますでしょうか) in two lines",
         date=dt("2025-06-16 14:02"), frm=addr(TCN, TC), to=ME_P, subject="RE:" + SUBJ_D,
         auth=auth_g("amazon.com"), key="d_info", irt=["d_ack"], extra=ses_extra(),
         part=leaf("花園 様\n\n公的身分証明書に記載されているローマ字表記を、本メールへの返信にてお知らせ"
                   "いただけますでしょうか。\n\n佐々木\nAWS トレーニングと認定\n", cs="iso-2022-jp"))
    # 048
    mail("unrelated", False, None, [],
         "AWS Skill Builder subscription receipt",
         "AWS training platform sender; a receipt, not a case",
         date=dt("2025-06-17 08:00"), frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
         subject="Your AWS Skill Builder receipt", auth=auth_g("aws.training"), style="aws.training",
         part=leaf("Thanks for your purchase.\nIndividual subscription (monthly): USD 29.00\n"
                   "Order: SB-2025-0617-88213\n"))
    # 049
    mail("info_request", True, CASE_C, [],
         "Case C: voucher re-issued, but the P.S. asks the owner to check and report back in the console",
         "Reads like a resolution; the real ask is in the P.S.; must answer via Support Center",
         date=dt("2025-06-17 11:40"), frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
         subject="RE:[CASE %s] Discount voucher missing after account merge" % CASE_C,
         auth=auth_g("amazon.com"), key="c_reissue", irt=["c_ack", "c_hold"], extra=ses_extra(),
         part=leaf("Partner released it - a new 50%% voucher is on Account #1 now.\n\nLucia\n\nP.S. pls "
                   "check the Benefits page and tell us in the Support Center that you see it; we keep the "
                   "case open till then." % () + CON_FOOT % CASE_C))
    # 050
    mail("user_reply", False, CASE_D, [],
         "Owner answers case D in Japanese (ISO-2022-JP, 「…より:」 style quote)",
         "Owner's reply; the quoted keigo request must not count",
         date=dt("2025-06-17 21:10"), frm=addr("花園 瑞希", ME_P, "iso-2022-jp"), to=TC,
         subject="RE:" + SUBJ_D, style="gmail", key="d_r1", irt=["d_ack", "d_info"],
         part=leaf("佐々木様\n\nパスポートの表記は HANAZONO MIZUKI です。\nよろしくお願いいたします。\n\n"
                   "花園\n\n2025年6月16日(月) 14:02 AWS Training and Certification <%s>:\n> 花園 様\n>\n"
                   "> 公的身分証明書に記載されているローマ字表記を、本メールへの返信にてお知らせ\n"
                   "> いただけますでしょうか。\n" % TC, cs="iso-2022-jp"))
    # 051
    mail("info_request", True, CASE_D, [],
         "Case D: terse English 'pls confirm' of the name order (not a merge confirmation)",
         "'pls confirm' that is about a spelling, so info_request rather than confirmation_request",
         date=dt("2025-06-18 09:55"), frm=addr(TCN, TC), to=ME_P, subject="RE:" + SUBJ_D,
         auth=auth_g("amazon.com"), key="d_info2", irt=["d_ack", "d_r1"], extra=ses_extra(),
         part=leaf("pls confirm: HANAZONO MIZUKI, family name first? prints exactly like that.\n-S\n"))
    # 052
    mail("suspicious", False, None, [],
         "Voucher-expiry lure with From no-reply@aws.training but DKIM and DMARC fail",
         "Genuine AWS sender domain in From; only the Authentication-Results show it is forged",
         date=dt("2025-06-18 13:13"), frm=addr(TCN, "no-reply@aws.training"), to=ME_P,
         subject="Your 50% exam voucher expires today", style="mail.benefit-claim.top",
         auth=auth_g("aws.training", ok=False, mailfrom="bounce@benefit-claim.top", ip="45.140.17.22"),
         part=html("<html><body><p>Your AWS Certification benefit expires at midnight.</p><p><a href="
                   "\"http://aws-training.benefit-claim.top/claim\">Claim voucher</a></p></body></html>\n"))
    # 053
    mail("unrelated", False, None, [],
         "English out-of-office auto-reply from a consultant",
         "Auto-reply with a date and an alternative contact",
         date=dt("2025-06-19 16:45", CET), frm=addr("Lena Fischer", "l.fischer@brightwave-consult.de"),
         to=ME_P, subject="Automatic reply: workshop dates", auth=auth_g("brightwave-consult.de"),
         style="brightwave-consult.de", extra=[("Auto-Submitted", "auto-replied")],
         part=leaf("I'm out of the office until 30 June with limited access to email. For urgent "
                   "matters contact office@brightwave-consult.de.\n"))
    # 054
    mail("closing_notice", True, CASE_D, [],
         "Case D: one-line 'closing this in 48h unless we hear back'",
         "Very short; only the 'unless we hear back' makes it a closing notice",
         date=dt("2025-06-20 10:30"), frm=addr(TCN, TC), to=ME_P, subject="RE:" + SUBJ_D,
         auth=auth_g("amazon.com"), key="d_close", irt=["d_ack", "d_info2"], extra=ses_extra(),
         part=leaf("closing this in 48h unless we hear back.\n-S\n"))
    # 055
    mail("user_reply", False, CASE_D, [],
         "Owner confirms the name order",
         "Owner's terse reply with 'yes ... correct'",
         date=dt("2025-06-20 12:02"), frm=addr(ME_NAME, ME_P), to=TC, subject="RE:" + SUBJ_D,
         style="gmail", key="d_r2", irt=["d_ack", "d_close"],
         part=leaf("Yes, HANAZONO MIZUKI is correct. Sorry for the delay.\n", fmt_flowed=True))
    # 056
    mail("acknowledgement", False, CASE_D, [],
         "Case D: 'thanks, received' from the agent",
         "Support confirms receipt of the owner's answer; asks nothing",
         date=dt("2025-06-20 15:20"), frm=addr(TCN, TC), to=ME_P, subject="RE:" + SUBJ_D,
         auth=auth_g("amazon.com"), key="d_ackr", irt=["d_ack", "d_r2"], extra=ses_extra(),
         part=leaf("thanks, received. will update the record.\n-S\n"))
