from common import *
from part2 import quote

C_SUBJ = "Exam appointment booked on old certification account"
C_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
C_FOOT = ("\n\nTo contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
          "%s\n\n(If you are connecting by federation, log in before following the link.)\n\n*Please note: this e-mail was "
          "sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above "
          "to respond from your AWS Support Center.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
          "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
          "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % C_URL)
C_ASK_OWN = ("Hello,\n\nThank you for your patience. An exam appointment normally follows the candidate record it was booked "
             "under, so it should move along with the merge, but I'd like to make sure yours isn't lost in the process. "
             "Two details are missing:\n\n1. the Pearson VUE registration number of the appointment\n2. the candidate ID of "
             "the account the exam was booked with, and the candidate ID of the account you are keeping\n\n"
             "Please add them to the case through the Support Center, using the link below.\n\n"
             "We value your feedback. Please share your experience by rating this correspondence using the AWS Support "
             "Center link at the end of this correspondence.\n\nBest regards,\nBartek W.\nAmazon Web Services")


def build():
    out = []
    # 18 GitHub Actions failure
    t = ("Run failed: terraform-plan - main (a91c4e2)\n\nRepository: kanemoto-r/tf-modules\nWorkflow: terraform-plan\n"
         "Duration: 1m 12s\n\nplan / plan\nProcess completed with exit code 1.\n\n"
         "View workflow run: https://github.com/kanemoto-r/tf-modules/actions/runs/14932210587\n")
    out.append(msg(text(t, cte="7bit"), d("2025-05-11 16:40"), addr("GitHub", "notifications@github.com"),
                   PERSONAL, "[kanemoto-r/tf-modules] Run failed: terraform-plan - main (a91c4e2)", L("unrelated"),
                   msgid="<kanemoto-r/tf-modules/check-suites/37412290551/1746949200@github.com>",
                   pre=gmail_in("github.com", ip="192.30.252.206", host="out-23.smtp.github.com")))

    # 19 console case acknowledgement (case C)
    t = ("Dear Customer,\n\nWe have opened case %s to address your request. The details of your case are as follows:\n\n"
         "Case ID: %s\nSubject: %s\nSeverity: General guidance\nCorrespondence: I booked the Developer Associate exam "
         "(June 14) with my company certification account, which is being merged into my personal account. Will the "
         "appointment carry over after the merge, or do I need to cancel and book again?\n\n[AWS ID 381204557613]\n\n"
         "Thank you for contacting Amazon Web Services." % (CASE_C, CASE_C, C_SUBJ)) + C_FOOT
    out.append(msg(text(t), d("2025-05-12 02:14", UTC), addr("Amazon Web Services", NOREPLY), PERSONAL,
                   "Amazon Web Services: New Support case: %s" % CASE_C, L("acknowledgement", False, CASE_C),
                   msgid=C_ACK, pre=gmail_in("amazon.com")))

    # 20 Amazon.co.jp shipping
    t = ("金本 涼 様\n\nご注文の商品を発送しました。\n\n注文番号: 250-4418203-7719054\n商品: USB-C ハブ 7in1\n"
         "お届け予定: 5月13日(火)\n\n配送状況はアカウントサービスの「注文履歴」からご確認いただけます。\n\nAmazon.co.jp\n")
    out.append(msg(text(t, cte="qp"), d("2025-05-12 18:08"), addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"),
                   PERSONAL, "Amazon.co.jp ご注文の商品を発送しました", L("unrelated"),
                   msgid=mid("amzn-ship-0512", "amazon.co.jp"), pre=gmail_in("amazon.co.jp", ip="52.95.48.7")))

    # 21 console: information request, answer in the Support Center
    t = C_ASK_OWN + C_FOOT
    h = ("<html><body style=\"font-family:Amazon Ember,Arial\"><p>" + C_ASK_OWN.replace("\n\n", "</p><p>").replace("\n", "<br>")
         + "</p><hr><p style=\"font-size:11px\">To contact us again about this case, please return to the AWS Support Center "
         "using the following URL: <a href=\"%s\">%s</a></p><p style=\"font-size:11px\">*Please note: this e-mail was sent "
         "from an address that cannot accept incoming e-mails.</p></body></html>" % (C_URL, C_URL))
    out.append(msg(alt(text(t), html(h)), d("2025-05-13 01:30", UTC), addr("Amazon Web Services", NOREPLY), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), L("info_request", True, CASE_C),
                   msgid=C_ASK, irt=C_ACK, refs=C_ACK, pre=gmail_in("amazon.com")))

    # 22 the owner answers by e-mail (to the no-reply address)
    own = ("Hi Bartek,\n\nHere are the details:\n\nRegistration number: 428117093\nBooked with: %s (old, company account)\n"
           "Account I'm keeping: %s\n\nThanks,\nRyo\n" % (OLD_ID, NEW_ID))
    t = own + "\nOn Tue, May 13, 2025 at 10:30 Amazon Web Services <%s> wrote:\n%s\n" % (NOREPLY, quote(C_ASK_OWN))
    data22, lab22 = msg(text(t), d("2025-05-13 12:52"), addr(ME_NAME, PERSONAL), NOREPLY,
                        "Re: RE:[CASE %s] %s" % (CASE_C, C_SUBJ), L("user_reply", False, CASE_C, [OLD_ID, NEW_ID]),
                        msgid=C_EMAILREPLY, irt=C_ASK, refs="%s %s" % (C_ACK, C_ASK))
    out.append((data22, lab22))

    # 23 the bounce of that reply
    human = text("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
                 "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                 "The response was:\n\n550 5.1.1 <%s>: Recipient address rejected: this mailbox does not accept "
                 "incoming mail\n" % (NOREPLY, NOREPLY), cte="7bit")
    status = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 13 May 2025 03:52:10 -0700 (PDT)\n"
              "X-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.8, the server for the domain amazon.com.)\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: this mailbox does not accept incoming mail\n"
              "Last-Attempt-Date: Tue, 13 May 2025 03:52:11 -0700 (PDT)\n" % (C_EMAILREPLY, NOREPLY, NOREPLY))
    out.append(msg(report(human, status, data22), d("2025-05-13 12:53"),
                   addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), PERSONAL,
                   "Delivery Status Notification (Failure)", L("unrelated", True, CASE_C),
                   msgid="<6822b6ab.170a0220.3f1c9e.9a41.GMR@mx.google.com>", irt=C_EMAILREPLY, refs=C_EMAILREPLY,
                   post=[("Auto-Submitted", "auto-replied")]))

    # 24 closing notice on case A
    t = ("Hello,\n\nWe're following up on case %s. On May 8 we asked which certification account you'd like to keep, "
         "and we haven't received an answer yet.\n\nThe case will stay open for 3 more business days. If there is still "
         "no answer by then, it will be closed automatically. A reply to this email, even after the case is closed, "
         "brings it back to our team.\n\nAWS Training and Certification\n" % CASE_A)
    out.append(msg(text(t, cte="7bit"), d("2025-05-14 00:05", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("closing_notice", True, CASE_A),
                   msgid=A_CLOSEWARN, irt=A_WHICH, refs="%s %s %s" % (A_ACK, A_CONF, A_WHICH), pre=gmail_in("amazon.com")))

    # 25 company IT: mailbox shutdown (Shift_JIS)
    t = ("金本 涼 様\n\n情報システム部です。\n5月30日付でご退職予定のため、メールアカウント(%s)は5月31日 0:00 に停止します。\n"
         "停止後にこのアドレスへ届いたメールは、送信者にエラーとして返送されます。\n\n"
         "外部サービスに登録しているメールアドレスの変更は、停止前に済ませておいてください。\n"
         "(業務で使ったクラウドサービスのアカウントは、管理者への引き継ぎもお願いします。)\n\n情報システム部 ヘルプデスク\n内線 2200\n" % COMPANY)
    out.append(msg(text(t, charset="shift_jis", cte="8bit"), d("2025-05-14 09:30"),
                   addr("情報システム部", "it-helpdesk@hoshizora-tech.co.jp", "shift_jis"), addr("金本 涼", COMPANY, "shift_jis"),
                   "【重要】退職に伴うメールアカウント停止のお知らせ", L("unrelated"),
                   msgid="<TY3P286MB3665A1D0E92C44F7B0B3E1D1D9A52@TY3P286MB3665.JPNP286.PROD.OUTLOOK.COM>",
                   post=[("X-MS-Exchange-Organization-AuthAs", "Internal")], crlf=True, subj_charset="shift_jis"))

    # 26 the owner finally names the account to keep
    own = ("Hello Marisol,\n\nSorry for the back-and-forth. Please keep Account #1 (%s, %s) and merge Account #2 (%s, %s) "
           "into it. Both accounts are mine.\n\nBest regards,\nRyo Kanemoto\n" % (PERSONAL, NEW_ID, COMPANY, OLD_ID))
    t = own + "\nOn Wed, May 14, 2025 at 9:05 AWS Training and Certification <%s> wrote:\n%s\n" % (
        FORM, quote("Hello,\n\nWe're following up on case %s. On May 8 we asked which certification account you'd like "
                    "to keep, and we haven't received an answer yet.\n..." % CASE_A))
    out.append(msg(text(t), d("2025-05-14 21:47"), addr(ME_NAME, PERSONAL), FORM,
                   "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("user_reply", False, CASE_A, [NEW_ID, OLD_ID]),
                   msgid=A_KEEP1, irt=A_CLOSEWARN, refs="%s %s %s" % (A_CONF, A_WHICH, A_CLOSEWARN)))
    return out
