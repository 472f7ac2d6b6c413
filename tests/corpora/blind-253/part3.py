# part3.py - messages 029-042 (merge done, badges, console case C opens)
from part0 import *
from part1 import tc_subj

CON_FOOT = ("\n\nTo reply or see the case, use the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s\n\n"
            "This address cannot accept incoming e-mails. Replies by email are not added to your case.\n")
SURVEY_FOOT = ("We value your feedback. Rate this reply from 1 to 5 in the Support Center.\n")


def build():
    # 029
    mail("unrelated", False, None, [],
         "Exam vendor appointment confirmation for an AWS exam (9-digit registration ID)",
         "Exam-related and names AWS; a 9-digit number that is not a case",
         date=dt("2025-06-07 11:00"), frm=addr("Veridian Testing", "no-reply@veridiantesting.com"), to=ME_P,
         subject="Appointment confirmed: AWS Certified DevOps Engineer - Professional",
         auth=auth_g("veridiantesting.com"), style="veridiantesting.com",
         part=leaf("Registration ID: 318842077\nDate: 2025-07-19 10:00 JST\nOnline proctored\n\n"
                   "Run the system test at least 24 hours before your exam.\n"))
    # 030
    mail("unrelated", False, None, [],
         "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases)",
         "Console-case sender address and a 12-digit account ID; billing, not support",
         date=dt("2025-06-09 09:10"), frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
         subject="Amazon Web Services Billing Statement Available [Account: 418230517764]",
         auth=auth_g("amazon.com"), extra=ses_extra(),
         part=leaf("Greetings from Amazon Web Services,\n\nYour AWS statement for May 2025 is "
                   "available. Total: USD 3.42\n\nAccount ID: 418230517764\n"))
    # 031
    mail("resolved", False, CASE_A, [],
         "Case A: 'done.' over an Outlook-quoted copy of the earlier 'which one do u want to keep?'",
         "One word plus a quoted old request; the quote must not make it a confirmation request",
         date=dt("2025-06-09 13:22"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A),
         auth=auth_g("amazon.com"), key="a_done", irt=["a_ack", "a_r5", "a_ping"], extra=ses_extra(),
         eol="\r\n",
         part=leaf("done. all 3 merged into Account #1 (%s).\n\nTomasz\nAWS T&C\n\n"
                   "-----Original Message-----\nFrom: AWS Training and Certification\nSent: Thursday, "
                   "June 5, 2025 7:20 AM\nTo: %s\nSubject: %s\n\nwhich one do u want to keep?\n"
                   "Account #1  %s  AWS09927415\nAccount #2  %s  AWS03318720\nAccount #3  %s  AWS01174263\n"
                   % (ME_P, ME_P, tc_subj(CASE_A), ME_P, ME_C, ME_OLD)))
    # 032
    mail("badge", False, None, [],
         "Credly: badge issued after the merge",
         "Arrives minutes after the merge; an 'accept' button is not a support ask",
         date=dt("2025-06-09 13:31"), frm=addr("Credly", "admin@credly.com"), to=ME_P,
         subject="Mizuki, you earned a badge from Amazon Web Services Training and Certification",
         auth=auth_g("credly.com"), style="credly.com",
         part=multi("alternative", [
             leaf("AWS Certified Solutions Architect - Associate\nIssued by Amazon Web Services Training "
                  "and Certification\n\nAccept your badge: https://www.credly.com/earner/earned/badge/"
                  "6f1d2c0e-8a41-4c57-9d1e-2b7a0c4e91f3\n"),
             html("<html><body><h3>AWS Certified Solutions Architect - Associate</h3><p>Issued by Amazon "
                  "Web Services Training and Certification</p><p><a href=\"https://www.credly.com/earner/"
                  "earned/badge/6f1d2c0e-8a41-4c57-9d1e-2b7a0c4e91f3\">Accept badge</a></p></body></html>\n",
                  cte="quoted-printable")], "b1"))
    # 033
    mail("badge", False, None, [],
         "Credly: second badge, Japanese template",
         "Japanese; 'please accept' wording from Credly",
         date=dt("2025-06-09 13:33"), frm=addr("Credly", "admin@credly.com"), to=ME_P,
         subject=subj("AWS Certified Developer - Associate のバッジを受け取りましょう"),
         auth=auth_g("credly.com"), style="credly.com",
         part=html("<html><body><p>花園 瑞希 さん</p><p>Amazon Web Services Training and Certification "
                   "から新しいバッジが発行されました。</p><p><a href=\"https://www.credly.com/earner/earned/"
                   "badge/0b93e7aa-51c2-4e0f-a8d6-77c1f04b2d65\">バッジを受け取る</a></p></body></html>\n",
                   cte="base64"))
    # 034
    mail("survey", False, CASE_A, [],
         "Case A: 'was it resolved?' yes/no survey",
         "A question ('was your issue resolved?') that is a survey, not a request",
         date=dt("2025-06-09 15:00"), frm=addr("AWS Customer Service", "aws-cs-survey@amazon.com"), to=ME_P,
         subject="Case %s: was your issue resolved?" % CASE_A, auth=auth_g("amazon.com"), extra=ses_extra(),
         part=leaf("Was your issue resolved?\nYes: https://survey.aws.example/q?c=%s&a=y\nNo:  https://"
                   "survey.aws.example/q?c=%s&a=n\n" % (CASE_A, CASE_A)))
    # 035
    mail("user_reply", False, CASE_A, [],
         "Owner forwards the 'done' mail to their manager",
         "Owner-written forward; contains the case subject and a support completion",
         date=dt("2025-06-09 18:05"), frm=addr(ME_NAME, ME_P), to=addr("Haruto Ibuki", "h.ibuki@kestrelbyte.co.jp"),
         subject="Fwd: " + tc_subj(CASE_A), style="gmail", key="a_fwd", irt=["a_done"],
         part=leaf("FYI - certs are on my personal account now. You can drop me from the APN roster "
                   "after the 13th.\n\n---------- Forwarded message ---------\nFrom: AWS Training and "
                   "Certification <%s>\nDate: Mon, Jun 9, 2025 at 1:22 PM\nSubject: %s\nTo: <%s>\n\n"
                   "done. all 3 merged into Account #1 (%s).\n" % (TC, tc_subj(CASE_A), ME_P, ME_P)))
    # 036
    mail("certification", False, None, [],
         "CertMetrics: 'AWS Certification wants to hear from you' (program research, not a case)",
         "Feedback invitation from the certification program; not a case survey and not a request",
         date=dt("2025-06-10 08:00", UTC), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
         to=ME_P, subject="AWS Certification wants to hear from you", auth=auth_g("certmetrics.com"),
         style="certmetrics.com",
         part=leaf("Hi Mizuki,\n\nWe're looking for certified professionals to share how they prepare "
                   "for exams. Interested? Take the 10-minute questionnaire:\nhttps://research.aws.example"
                   "/cert25\n\nAWS Certification\n"))
    # 037
    mail("unrelated", False, CASE_OLD, [],
         "Colleague forwards her own 2021 T&C case asking the owner for advice",
         "Forwarded support text asks to confirm which account to keep, but it is someone else's case",
         date=dt("2025-06-10 12:30"), frm=addr("Sae Kuroda", "s.kuroda@kestrelbyte.co.jp"), to=ME_C,
         subject="Fwd: RE:[CASE %s] %s" % (CASE_OLD, SUBJ_TC), auth=auth_k("kestrelbyte.co.jp"), style="kb",
         part=leaf("how did u do this?? never finished mine from 2021. which one should I keep?\n\n"
                   "-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: "
                   "Wednesday, March 10, 2021 4:12 AM\nSubject: RE:[CASE %s] %s\n\nPlease confirm which "
                   "account you want to keep:\nAccount #1 - s.kuroda@kestrelbyte.co.jp (AWS05561230)\n"
                   "Account #2 - sae.kuroda@outlook.jp (AWS05561987)\n" % (TC, CASE_OLD, SUBJ_TC)))
    # 038
    mail("acknowledgement", False, CASE_C, [],
         "Case C opened in the Support Center console (voucher missing after merge)",
         "Console case: 'do not reply' footer, displayId link",
         date=dt("2025-06-11 09:40"), frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
         subject="Amazon Web Services: New Support case: %s" % CASE_C, auth=auth_g("amazon.com"),
         key="c_ack", extra=ses_extra(),
         part=leaf("Dear customer,\n\nWe have opened case %s on your behalf.\nSubject: Discount voucher "
                   "missing after account merge\nSeverity: General guidance" % CASE_C + CON_FOOT % CASE_C))
    # 039
    mail("info_request", True, CASE_C, [],
         "Case C: console agent asks for the old voucher code; answer only in the Support Center",
         "Terse 'pls confirm' that asks for information; reply must go through the console, not email",
         date=dt("2025-06-11 14:05"), frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
         subject="RE:[CASE %s] Discount voucher missing after account merge" % CASE_C,
         auth=auth_g("amazon.com"), key="c_info", irt=["c_ack"], extra=ses_extra(),
         part=multi("alternative", [
             leaf("Hello,\n\npls confirm the voucher code shown on the Benefits page of ur old account, "
                  "or attach a screenshot.\n\nLucia G.\nAmazon Web Services" + CON_FOOT % CASE_C + SURVEY_FOOT),
             html("<html><body><p>Hello,</p><p>pls confirm the voucher code shown on the Benefits page of "
                  "ur old account, or attach a screenshot.</p><p>Lucia G.<br>Amazon Web Services</p><hr>"
                  "<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s\">Open "
                  "case</a> - this address cannot accept incoming e-mails.</p><p>%s</p></body></html>\n"
                  % (CASE_C, SURVEY_FOOT.strip()), cte="quoted-printable")], "c1"))
    # 040
    mail("user_reply", False, CASE_C, [],
         "Owner mistakenly answers the console case by email",
         "Owner's outgoing reply to an address that cannot receive mail",
         date=dt("2025-06-11 20:15"), frm=addr(ME_NAME, ME_P), to=CONSOLE,
         subject="RE:[CASE %s] Discount voucher missing after account merge" % CASE_C, style="gmail",
         key="c_r1", irt=["c_ack", "c_info"],
         part=leaf("Code was KBX50-7T2Q-9LMD (50% off, exp 9/30).\n\nMizuki\n"))
    # 041
    mail("unrelated", False, CASE_C, [],
         "Bounce of the owner's email reply to the no-reply console address",
         "Delivery failure, not support; belongs to case C's thread",
         date=dt("2025-06-11 20:16"), frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
         to=ME_P, subject="Delivery Status Notification (Failure)", style="mx.google.com",
         irt=["c_r1"], extra=[("Auto-Submitted", "auto-replied")],
         part=multi("report", [
             leaf("Your message to %s couldn't be delivered.\n\nThe address cannot accept incoming "
                  "e-mails.\n" % CONSOLE),
             (["Content-Type: message/delivery-status"],
              ("Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
               "Status: 5.1.1\n" % CONSOLE).encode()),
             (["Content-Type: text/rfc822-headers"],
              ("From: %s <%s>\nTo: %s\nSubject: RE:[CASE %s] Discount voucher missing after account "
               "merge\n" % (ME_NAME, ME_P, CONSOLE, CASE_C)).encode())], "bounce"))
    # 042
    mail("unrelated", False, None, [],
         "Japanese tech newsletter in Shift_JIS",
         "Shift_JIS 8bit; mentions AWS certification news",
         date=dt("2025-06-12 07:00"), frm=addr("週刊クラウド通信", "news@cloud-tsushin.jp", "shift_jis"),
         to=ME_P, subject=subj("週刊クラウド通信 第312号: 認定試験の新形式", "shift_jis"),
         auth=auth_g("cloud-tsushin.jp"), style="cloud-tsushin.jp",
         part=leaf("今週の話題\n・AWS 認定試験に新しい問題形式が追加\n・Bedrock の料金改定\n\n"
                   "配信停止: https://cloud-tsushin.jp/unsub\n", cs="shift_jis", cte="8bit"))
