"""Messages 049-060: 17-21 June 2025, reopened merge case, voucher fixed, console case opens."""
from mailkit import *
from part4 import DONE

SES = "email.amazonses.com"
TC = addr("Amazon Web Services", TC_FORM)
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)
SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_C
CAND_3RD = "AWS05190377"
D_TITLE = "Old badges stuck on Credly profile under company email"
CONSOLE = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_D
NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")
CONSOLE_FOOT = ("\n\nTo contact us again about this case, please return to the AWS Support Center using the "
                "following URL:\n\n%s\n\n*Please note: this e-mail was sent from an address that cannot "
                "accept incoming e-mails. To respond to this case, please follow the link above.\n\n"
                "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
                "trademark of Amazon.com, Inc. or its affiliates." % CONSOLE)
RATE = ("\n\nWe value your feedback. Please share your experience by rating this correspondence using "
        "the AWS Support Center link at the end of this correspondence. Each correspondence can also be "
        "rated by selecting the stars in top right corner of each correspondence within the AWS Support "
        "Center.")
ASK_D = ("Hello,\n\nThank you for contacting AWS Support. To move the older badges, we need two details: "
         "which email address your current Credly profile signs in with, and whether "
         "k.oshiro@tsurugi-sys.co.jp is added to that profile as a secondary email.\n\n"
         "Please add your answer to the case in the Support Center.\n\nBest regards,\nHiroshi K.\n"
         "Amazon Web Services")


def P(tag):
    return mid(tag, "hanamail.jp")


def S(tag):
    return mid(tag, SES)


def messages():
    out = []

    # 049 Japanese update with a conditional P.S.
    ts = "2025-06-17 02:00"
    txt = ("大城 様\n\nご返信ありがとうございます。いただいた情報をもとに、特典を管理するチームへ確認を"
           "依頼しました。回答まで今しばらくお待ちください。\n\n森本\nAWS トレーニングと認定 カスタマーサポート\n\n"
           "追伸: バウチャーの有効期限について別途ご希望がございましたら、お知らせください。\n")
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_C, date=date_hdr(ts, 0), msgid=S("049"), irt=P("048"),
               refs="%s %s %s" % (S("C-ack"), S("047"), P("048")), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt))
    out.append(entry(ts, "case_update", False, CASE_C, [],
                     "Escalated to another team; the P.S. after the signature is conditional (ございましたら).",
                     eml))

    # 050 owner reopens the merge case from the phone
    ts = "2025-06-18 01:00"
    txt = ("hi, my SAA-C03 from 2022 isn't in exam history after the merge. can u check?\n\nSent from my iPhone\n\n"
           "On Jun 13, 2025, at 16:05, Amazon Web Services <%s> wrote:\n\n%s\n" % (TC_FORM, q(DONE)))
    eml = mail(frm=addr(ME_NAME, ME_P), to=TC_FORM, subj="Re: " + SUBJ_A, date=date_hdr(ts, 9),
               msgid=P("050"), irt=S("039"), refs="%s %s" % (S("A-ack"), S("039")),
               extra=[("X-Mailer", "iPhone Mail (22F76)")], root=leaf("text/plain", txt))
    out.append(entry(ts, "user_reply", False, CASE_A, [],
                     "Owner reopens the resolved case by replying from the phone; the question is the "
                     "owner's, not support's.", eml))

    # 051 reopened
    ts = "2025-06-18 04:00"
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, -7), msgid=S("051"), irt=P("050"),
               auth=amz_auth(MX_P), root=leaf("text/plain", "Reopened - looking into it.\n-Tomasz\n", cte="7bit"))
    out.append(entry(ts, "case_update", False, CASE_A, [], "One-line 'reopened' note.", eml))

    # 052 'pls confirm' that is not a merge confirmation
    ts = "2025-06-18 05:00"
    txt = "pls confirm the exam date (roughly is fine) + was it a test center or online?\n-Tomasz\n"
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, -7), msgid=S("052"), irt=S("051"),
               auth=amz_auth(MX_P), root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "info_request", True, CASE_A, [],
                     "'pls confirm' asks for facts about an exam, not for the merge go-ahead: info_request.", eml))

    # 053 owner answers
    ts = "2025-06-18 06:10"
    txt = ("Aug 19 2022 I think - test center in Shinjuku.\n\n%s\n"
           % gmail_quote("Wed, Jun 18, 2025 at 2:00 PM", "Amazon Web Services <%s>" % TC_FORM,
                         "pls confirm the exam date (roughly is fine) + was it a test center or online?\n-Tomasz"))
    eml = mail(frm=addr(ME_NAME, ME_P), to=TC_FORM, subj="Re: " + SUBJ_A, date=date_hdr(ts, 9),
               msgid=P("053"), irt=S("052"), refs="%s %s %s" % (S("A-ack"), S("051"), S("052")),
               root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "user_reply", False, CASE_A, [], "Owner's one-line answer.", eml))

    # 054 confirmation request about a third profile
    ts = "2025-06-18 09:30"
    txt = ("found a 3rd profile (%s) under %s - the 2022 SAA-C03 is on it. ok to fold it into Account #1?\n\n"
           "Tomasz\nAWS Training and Certification\n" % (CAND_3RD, ME_P))
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, -7), msgid=S("054"), irt=P("053"),
               refs="%s %s %s" % (S("A-ack"), S("052"), P("053")), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt, cte="7bit"), crlf=True)
    out.append(entry(ts, "confirmation_request", True, CASE_A, [CAND_3RD],
                     "Terse go-ahead question for a second merge on a reopened case; new candidate ID.", eml))

    # 055 owner says yes
    ts = "2025-06-18 10:05"
    txt = "y, go ahead. didn't know that one existed\n\nSent from my iPhone\n"
    eml = mail(frm=addr(ME_NAME, ME_P), to=TC_FORM, subj="Re: " + SUBJ_A, date=date_hdr(ts, 9),
               msgid=P("055"), irt=S("054"), refs="%s %s" % (S("A-ack"), S("054")),
               extra=[("X-Mailer", "iPhone Mail (22F76)")], root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "user_reply", False, CASE_A, [], "Owner's 'y, go ahead' (no quote).", eml))

    # 056 Japanese resolution, raw 8-bit Shift_JIS
    ts = "2025-06-19 02:00"
    txt = ("大城 様\n\nお待たせいたしました。旧アカウントに付与されていた50%割引バウチャーを、統合後の"
           "アカウントに再発行いたしました。特典ページにてご確認いただけます（有効期限: 2025年11月30日）。\n\n"
           "ご不明な点がございましたら、本メールにご返信ください。\n\n森本\n"
           "AWS トレーニングと認定 カスタマーサポート\n")
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_C, date=date_hdr(ts, 0), msgid=S("056"), irt=P("048"),
               refs="%s %s %s" % (S("C-ack"), P("048"), S("049")), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt, cs="shift_jis", cte="8bit"), out_cs="shift_jis", crlf=True)
    out.append(entry(ts, "resolved", False, CASE_C, [],
                     "Voucher reissued; 8-bit Shift_JIS body, CRLF; closing ご不明な点がございましたら is conditional.",
                     eml))

    # 057 merge case fixed again
    ts = "2025-06-19 02:30"
    txt = ("Hi Kaede,\n\nFixed - the profile %s is merged into Account #1 and SAA-C03 (Aug 19, 2022) now "
           "shows in your exam history.\n\nAnything else, just reply here.\n\nTomasz\n"
           "AWS Training and Certification\n" % CAND_3RD)
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, -7), msgid=S("057"), irt=P("055"),
               refs="%s %s %s" % (S("A-ack"), S("054"), P("055")), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt))
    out.append(entry(ts, "resolved", False, CASE_A, [CAND_3RD],
                     "Second resolution on the reopened case; 'Anything else, just reply' is an invitation.", eml))

    # 058 owner thanks (Japanese)
    ts = "2025-06-19 03:00"
    txt = ("森本様\n\n確認できました。ご対応ありがとうございました！\n\n大城\n\n"
           + ja_quote("2025年6月19日(木) 11:00", "Amazon Web Services <%s>" % TC_FORM,
                      "大城 様\n\nお待たせいたしました。旧アカウントに付与されていた50%割引バウチャーを、"
                      "統合後のアカウントに再発行いたしました。\n（以下略）") + "\n")
    eml = mail(frm=addr("大城 楓", ME_P), to=TC_FORM, subj="Re: " + SUBJ_C, date=date_hdr(ts, 9),
               msgid=P("058"), irt=S("056"), refs="%s %s" % (S("C-ack"), S("056")),
               root=leaf("text/plain", txt, cte="base64"))
    out.append(entry(ts, "user_reply", False, CASE_C, [], "Owner's thank-you in Japanese.", eml))

    # 059 console case opened
    ts = "2025-06-20 04:00"
    txt = ("Hello,\n\nWe have opened case %s on your behalf.\n\nThe details of the case are as follows:\n\n"
           "Case ID: %s\nSubject: %s\nSeverity: General guidance\nCorrespondence: Two badges from 2022-2023 "
           "are still on a Credly profile under my old company email k.oshiro@tsurugi-sys.co.jp. My "
           "certification account was merged in case %s. Can they be moved to my current profile?%s\n"
           % (CASE_D, CASE_D, D_TITLE, CASE_A, CONSOLE_FOOT))
    eml = mail(frm=NOREPLY, to=ME_P, subj="Amazon Web Services: New Support case: %s" % CASE_D,
               date=date_hdr(ts, 0), msgid=S("D-ack"), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt), crlf=True)
    out.append(entry(ts, "acknowledgement", False, CASE_D, [],
                     "Support Center (console) case opened; names the older case too and ends with the "
                     "owner's own question.", eml))

    # 060 console info request with survey footer
    ts = "2025-06-21 01:00"
    txt = ASK_D + RATE + CONSOLE_FOOT + "\n"
    html = html_wrap(txt.replace("\n", "<br>\n"))
    eml = mail(frm=NOREPLY, to=ME_P, subj="RE:[CASE %s] %s" % (CASE_D, D_TITLE), date=date_hdr(ts, 0),
               msgid=S("060"), irt=S("D-ack"), refs=S("D-ack"), auth=amz_auth(MX_P),
               root=multi("alternative", [leaf("text/plain", txt), leaf("text/html", html)], "060"))
    out.append(entry(ts, "info_request", True, CASE_D, [],
                     "Console case: the ask must be answered in the Support Center, not by e-mail; rating "
                     "footer is not the ask.", eml))
    return out
