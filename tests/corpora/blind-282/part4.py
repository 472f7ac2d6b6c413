from common import *
from part2 import quote
from part3 import C_SUBJ, C_URL, C_FOOT

HOLD_OWN = ("Hello Ryo,\n\nThank you, that's clear now: Account #1 stays and Account #2 will be merged into it.\n\n"
            "Before I can do that, there is something neither of us can fix from here. Account #2 is linked to the AWS "
            "Partner Network organization of Hoshizora Tech Co., Ltd. While that link is in place, the account can't be "
            "merged; the partner's administrator has to remove your user from their Partner Central first. I've put the "
            "case on hold until that is done and I'll look at it again on May 19.\n\n"
            "Also, the partner team asks us to record the last day of employment in cases like this one. What will your "
            "last working day at Hoshizora Tech be?\n\nBest regards,\nMarisol R.\nAWS Training and Certification\n")


def build():
    out = []
    # 27 on hold (partner link) with a question inside
    h = ("<html><body style=\"font-family:Arial;font-size:10pt\"><p>" + HOLD_OWN.replace("\n\n", "</p><p>").replace("\n", "<br>")
         + "</p><div style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">On May 14, 2025, Ryo Kanemoto wrote:<br>"
         "Please keep Account #1 (%s, %s) and merge Account #2 (%s, %s) into it. Both accounts are mine.</div></body></html>"
         % (PERSONAL, NEW_ID, COMPANY, OLD_ID))
    out.append(msg(alt(text(HOLD_OWN), html(h)), d("2025-05-15 02:20", UTC), addr("AWS Training and Certification", FORM),
                   PERSONAL, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("on_hold", True, CASE_A),
                   msgid=A_HOLD, irt=A_KEEP1, refs="%s %s %s" % (A_CONF, A_CLOSEWARN, A_KEEP1), pre=gmail_in("amazon.com")))

    # 28 the owner forwards the hold to the partner admin colleague (Outlook, company)
    t = ("佐藤さん\n\nお疲れさまです。金本です。\nAWS認定アカウントの統合の件で、AWSから下記の連絡が来ました。\n"
         "お手数ですが、パートナーセントラルから私のユーザーの紐付けを外していただけますでしょうか。\n\n金本\n\n"
         "-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: Thursday, May 15, 2025 11:20 AM\n"
         "To: %s\nSubject: RE:[CASE %s] %s\n\n%s" % (FORM, PERSONAL, CASE_A, SUBJ_FORM, HOLD_OWN))
    out.append(msg(text(t, cte="b64"), d("2025-05-15 11:48"), addr("金本 涼", COMPANY), addr("佐藤 由紀", "y-sato@hoshizora-tech.co.jp"),
                   "FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("user_reply", False, CASE_A),
                   msgid="<TYCP286MB2117C0A39E1F6B2D8E47F0A2B8D72@TYCP286MB2117.JPNP286.PROD.OUTLOOK.COM>",
                   post=[("Thread-Topic", "[CASE %s] %s" % (CASE_A, SUBJ_FORM)), ("Content-Language", "ja-JP")], crlf=True))

    # 29 the owner answers the buried question
    own = ("Hi Marisol,\n\nMy last working day at Hoshizora Tech is May 30, 2025. I've asked our partner admin to remove my "
           "user from Partner Central today.\n\nThanks,\nRyo\n")
    t = own + "\nOn Thu, May 15, 2025 at 11:20 AWS Training and Certification <%s> wrote:\n%s\n" % (FORM, quote(HOLD_OWN))
    out.append(msg(text(t), d("2025-05-15 12:02"), addr(ME_NAME, PERSONAL), FORM,
                   "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("user_reply", False, CASE_A),
                   msgid=A_LASTDAY, irt=A_HOLD, refs="%s %s %s" % (A_CONF, A_KEEP1, A_HOLD)))

    # 30 console: restated ask after the e-mail reply bounced
    own = ("Hello,\n\nI'm following up on this case. We are still waiting for the registration number and the candidate IDs "
           "I asked about on May 13.\n\nIf you already sent them by replying to one of our e-mails: these notifications come "
           "from an address that doesn't accept mail, so such replies never reach us. Please add the details as "
           "correspondence on the case in the Support Center instead.\n\nBest regards,\nBartek W.\nAmazon Web Services")
    out.append(msg(text(own + C_FOOT, cte="qp"), d("2025-05-16 01:12", UTC), addr("Amazon Web Services", NOREPLY), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), L("info_request", True, CASE_C),
                   msgid=sesmid("C-restate"), irt=C_ASK, refs="%s %s" % (C_ACK, C_ASK), pre=gmail_in("amazon.com")))

    # 31 another vendor's case solved
    h = ("<html><body><div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>"
         "<p>Your request (58213) has been solved. If you think the problem is still there, reply to this email and the "
         "request will reopen.</p><hr><p><b>Kenta (Nulab)</b></p><p>Hi Ryo, the webhook retry fix is now live for your "
         "space. Deliveries that failed between May 9 and 15 were sent again.</p><p>How would you rate the support you "
         "received? <a href=\"https://nulab.zendesk.com/requests/58213/satisfaction/new/good\">Good</a> / "
         "<a href=\"https://nulab.zendesk.com/requests/58213/satisfaction/new/bad\">Bad</a></p></body></html>")
    out.append(msg(html(h), d("2025-05-16 15:04"), addr("Nulab Support", "support@nulab.zendesk.com"), PERSONAL,
                   "[Nulab Support] Re: Webhook retries failing", L("unrelated"),
                   msgid="<QZ8XKW3JYN_6826d2c8a1b3e_5e2c3fa8e4_sprut@zendesk.com>",
                   pre=gmail_in("nulab.zendesk.com", ip="192.161.150.12", host="outbyip12.pod21.use1.zdsys.com")))

    # 32 owner replies to the CertMetrics notice (company Outlook)
    t = ("Hello,\n\nI'm merging this certification account (%s) into my personal account. Will the expiry date and the "
         "recertification options move over as they are?\n\nRyo Kanemoto\n\n________________________________\n"
         "From: AWS Certification <do-not-reply@certmetrics.com>\nSent: Saturday, May 3, 2025 11:10 AM\nTo: Ryo Kanemoto\n"
         "Subject: Your AWS Certification expires in 90 days\n\nDear Ryo Kanemoto,\nYour AWS Certified Solutions Architect - "
         "Associate certification will expire on August 1, 2025.\n" % OLD_ID)
    orig = mid("cm-expiry-saa", "certmetrics.com")
    myid = "<TYCP286MB211748E21C0D9B3A7F6E41C5B8D72@TYCP286MB2117.JPNP286.PROD.OUTLOOK.COM>"
    out.append(msg(text(t), d("2025-05-17 10:14"), addr("Kanemoto Ryo", COMPANY), "do-not-reply@certmetrics.com",
                   "RE: Your AWS Certification expires in 90 days", L("user_reply", False, None, [OLD_ID]),
                   msgid=myid, irt=orig, refs=orig, crlf=True))

    # 33 Exchange non-delivery report for that
    h = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to do-not-reply@certmetrics.com couldn't be "
         "delivered.</font></b></p><p>do-not-reply wasn't found at certmetrics.com.</p><p><b>Kanemoto Ryo</b> &nbsp; "
         "Office 365 &nbsp; certmetrics.com<br>Action Required: Recipient</p><p>Unknown To address</p>"
         "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p><hr><p style=\"font-size:11px\">"
         "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"
         "</p></body></html>")
    out.append(msg(html(h), d("2025-05-17 10:14"), addr("Microsoft Outlook",
                   "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hoshizora-tech.co.jp"), COMPANY,
                   "Undeliverable: RE: Your AWS Certification expires in 90 days", L("unrelated"),
                   msgid="<3f0c1b5e-8e1a-4d4b-9b0a-7f21a6c0d911@TYCP286MB2117.JPNP286.PROD.OUTLOOK.COM>",
                   irt=myid, refs=myid, post=[("Auto-Submitted", "auto-replied")], crlf=True))

    # 34 AWS billing console case (not T&C)
    t = ("Hello,\n\nI've reviewed the charges you asked about. The NAT Gateway hours in April came from a test VPC that was "
         "left running; as a one-time courtesy I've applied a credit of USD 41.27 to account [AWS ID 381204557613]. It will "
         "show on your May invoice.\n\nBest regards,\nPriya N.\nAmazon Web Services\n\nWe value your feedback. Please share "
         "your experience by rating this correspondence using the AWS Support Center link at the end of this "
         "correspondence." + C_FOOT.replace(CASE_C, "17899120664"))
    out.append(msg(text(t), d("2025-05-18 04:40", UTC), addr("Amazon Web Services", NOREPLY), PERSONAL,
                   "RE:[CASE 17899120664] Unexpected NAT Gateway charges in April", L("unrelated", False, "17899120664"),
                   msgid=sesmid("billing-case"), pre=gmail_in("amazon.com")))

    # 35 case A: hold lifted, no action needed
    t = ("Hi Ryo,\n\nGood news: the partner link on Account #2 has been removed, so the hold on your case is lifted. I've "
         "handed the merge to the team that carries it out. There's nothing you need to do right now; I'll write again "
         "once it's finished.\n\nBest regards,\nMarisol R.\nAWS Training and Certification\n")
    out.append(msg(text(t, cte="7bit"), d("2025-05-19 05:02", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("case_update", False, CASE_A),
                   msgid=sesmid("A-lifted"), irt=A_LASTDAY, refs="%s %s %s" % (A_CONF, A_HOLD, A_LASTDAY),
                   pre=gmail_in("amazon.com")))

    # 36 console closing notice on case C
    t = ("Hello,\n\nWe haven't heard back from you on case %s. If we don't receive a response through the Support Center "
         "within 3 days, this case will be resolved automatically.\n\nThe registration number and the two candidate IDs are "
         "all we need to check your exam appointment.\n\nAmazon Web Services" % CASE_C) + C_FOOT
    out.append(msg(text(t), d("2025-05-19 08:31", UTC), addr("Amazon Web Services", NOREPLY), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), L("closing_notice", True, CASE_C),
                   msgid=sesmid("C-closing"), irt=C_ASK, refs="%s %s" % (C_ACK, C_ASK), pre=gmail_in("amazon.com")))
    return out
