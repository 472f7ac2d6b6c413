from common import *


def quote(s, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.split("\n"))


CONF_PLAIN = ("Hello Ryo,\n\nI'm Marisol and I'll be looking after your request. I found two certification accounts that "
              "match the details in your form:\n\nAccount #1\nLogin email: %s\nCandidate ID: %s\n\nAccount #2\nLogin email: %s\n"
              "Candidate ID: %s\n\nPlease reply to confirm that both accounts are yours and that Account #1 is the one you "
              "want to keep.\n\nBest regards,\nMarisol R." % (PERSONAL, NEW_ID, COMPANY, OLD_ID))


def build():
    out = []
    # 9 agent restates: write from the address on file
    own = ("Hi Ryo,\n\nMarisol is out today, so I'm covering your case. Our records show you tried to answer from %s. "
           "That address isn't the contact on this case, so your reply was held back by our system and never reached "
           "us. All we can see is the notice saying it was set aside.\n\nTo protect your account, we only act on merge "
           "instructions that come from the contact address on the case, which is %s. Would you mind sending your "
           "confirmation once more from that address? Replying to this email from your Gmail account is enough.\n\n"
           "Thanks for bearing with us,\nDevansh K.\nAWS Training and Certification\n" % (COMPANY, PERSONAL))
    t = own + "\nOn Mon, May 5, 2025 at 14:02 UTC, AWS Training and Certification <%s> wrote:\n%s\n" % (FORM, quote(CONF_PLAIN))
    h = ("<div dir=\"ltr\">" + own.replace("\n\n", "</p><p>").replace("\n", "<br>") +
         "</div><br><div class=\"gmail_quote\">On Mon, May 5, 2025 at 14:02 UTC, AWS Training and Certification wrote:"
         "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" +
         CONF_PLAIN.replace("\n", "<br>") + "</blockquote></div>")
    out.append(msg(alt(text(t), html("<html><body><p>" + h + "</body></html>")), d("2025-05-06 12:40", UTC),
                   addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("info_request", True, CASE_A),
                   cc=COMPANY, msgid=A_RESEND, irt=A_CONF, refs="%s %s" % (A_ACK, A_CONF), pre=gmail_in("amazon.com")))

    # 10 colleague: farewell party (company, base64 UTF-8)
    t = ("金本さん\n\nお疲れさまです。佐藤です。\n送別会ですが、5月28日(水)19時から、いつもの新橋の店で予約しました。\n"
         "参加者は今のところ12名です。都合が悪ければ早めに教えてください。\n\n"
         "あと、退職前にAWSの認定アカウントの件を片付けておくと言っていましたが、パートナー管理の方は"
         "こちらで外しておきますので、必要になったら声をかけてください。\n\n佐藤 由紀\n")
    out.append(msg(text(t, cte="b64"), d("2025-05-07 10:05"), addr("佐藤 由紀", "y-sato@hoshizora-tech.co.jp"),
                   addr("金本 涼", COMPANY), "送別会の件", L("unrelated"),
                   msgid="<TY3P286MB36650F2C1D9A8E7B41C3A8B4D9A52@TY3P286MB3665.JPNP286.PROD.OUTLOOK.COM>",
                   post=[("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "ja-JP")], crlf=True))

    # 11 the owner resends from Gmail but shortens the subject: the tag is gone
    own = ("Hello,\n\nAs requested, I'm writing from my personal address this time.\n"
           "Confirmed, please go ahead with the merge.\n\nRyo\n")
    t = own + "\nOn Tue, May 6, 2025 at 21:40 AWS Training and Certification <%s> wrote:\n%s\n" % (
        FORM, quote("Hi Ryo,\n\nMarisol is out today, so I'm covering your case. ...\nWould you mind sending your "
                    "confirmation once more from that address?\n\nDevansh K."))
    out.append(msg(alt(text(t, cte="qp"), html("<div dir=\"ltr\">" + own.replace("\n", "<br>") +
                                               "</div><br><div class=\"gmail_quote\">On Tue, May 6, 2025 at 21:40 "
                                               "AWS Training and Certification wrote:<blockquote>Hi Ryo, ... Would you mind "
                                               "sending your confirmation once more from that address?</blockquote></div>")),
                   d("2025-05-08 08:12"), addr(ME_NAME, PERSONAL), FORM, "Re: merge confirmation",
                   L("user_reply", False, CASE_A), msgid=A_NOTAG, irt=A_RESEND, refs="%s %s" % (A_CONF, A_RESEND)))

    # 12 acknowledgement of the accidental new case B
    t = ("Hello,\n\nThanks for reaching out to AWS Training and Certification. Your request is now case %s and someone "
         "from our team will pick it up shortly. Most requests get a first answer within one business day.\n\n"
         "To keep things moving, please don't send the form again for the same request. Extra cases for one issue are "
         "worked in order of arrival and usually make the answer slower, not faster.\n\n"
         "Here is what you sent us:\n\nSubject: Re: merge confirmation\nFrom: %s\n\nAs requested, I'm writing from my "
         "personal address this time.\nConfirmed, please go ahead with the merge.\n\nKind regards,\n"
         "AWS Training and Certification Customer Service\n" % (CASE_B, PERSONAL))
    out.append(msg(text(t), d("2025-05-07 23:13", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "[CASE %s] Re: merge confirmation" % CASE_B, L("acknowledgement", False, CASE_B),
                   msgid=B_ACK, irt=A_NOTAG, refs=A_NOTAG, pre=gmail_in("amazon.com")))

    # 13 Pearson VUE appointment (company address), 9-digit registration
    t = ("Dear Ryo Kanemoto,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
         "Exam: DVA-C02: AWS Certified Developer - Associate\nRegistration Number: 428117093\n"
         "Candidate ID: %s\nAppointment: Saturday, June 14, 2025 at 10:00 AM JST\n"
         "Location: Pearson Professional Centers-Tokyo, Japan\n\nPlease arrive 15 minutes early and bring two forms of "
         "identification. To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before "
         "your appointment.\n\nPearson VUE\n" % OLD_ID)
    out.append(msg(text(t, cte="7bit"), d("2025-05-08 03:55", UTC),
                   addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), COMPANY,
                   "Pearson VUE Confirmation of Booking", L("unrelated", ids=[OLD_ID]),
                   msgid=mid("pv-428117093", "pearson.com"),
                   pre=m365_in("pearson.com", ip="159.182.1.18", host="mx1.pearson.com"), crlf=True))

    # 14 case B closed as a duplicate
    t = ("Hello,\n\nThis case repeats case %s, which is already open for the same request, so I'm closing this one. "
         "Your message has been copied into case %s and the agent handling it will follow up with you there.\n\n"
         "Nothing further is needed on this case number.\n\nRegards,\nJun P.\nAWS Training and Certification\n"
         % (CASE_A, CASE_A))
    out.append(msg(text(t, cte="7bit"), d("2025-05-08 09:31", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] Re: merge confirmation" % CASE_B, L("case_update", False, CASE_B),
                   msgid=B_DUP, irt=B_ACK, refs="%s %s" % (A_NOTAG, B_ACK), pre=gmail_in("amazon.com")))

    # 15 Marisol: the duplicate is sorted, but which account?
    own = ("Hello Ryo,\n\nThanks for writing from your Gmail address, that part is sorted now. Your email arrived without "
           "the case number in the subject line, so our system filed it as a new case (%s). A colleague has closed that "
           "one and linked it to this case, so there's nothing more to do about it.\n\nOne thing still keeps me from going "
           "ahead. Your note says \"Confirmed, please go ahead with the merge\" but not which account should stay. Since "
           "the merge is permanent, I need that from you in writing.\n\nWhich account would you like to keep: Account #1 "
           "(%s) or Account #2 (%s)?\n\nIf you reply directly to this email, the case number stays in the subject and your "
           "answer comes straight to me.\n\nBest regards,\nMarisol R.\nAWS Training and Certification\n"
           % (CASE_B, PERSONAL, COMPANY))
    h = ("<html><body style=\"font-family:Arial;font-size:10pt\"><p>" + own.replace("\n\n", "</p><p>").replace("\n", "<br>") +
         "</p></body></html>")
    out.append(msg(alt(text(own), html(h)), d("2025-05-08 09:48", UTC), addr("AWS Training and Certification", FORM),
                   PERSONAL, "RE: [CASE %s] %s" % (CASE_A, SUBJ_FORM), L("confirmation_request", True, CASE_A),
                   msgid=A_WHICH, irt=A_RESEND, refs="%s %s %s" % (A_ACK, A_CONF, A_RESEND), pre=gmail_in("amazon.com")))

    # 16 AWS Summit marketing (Japanese)
    h = ("<html><body><table width=\"640\" align=\"center\" style=\"font-family:'Hiragino Sans',Meiryo\"><tr><td>"
         "<h1 style=\"color:#232f3e\">AWS Summit Japan 2025</h1><p>金本 涼 様</p><p>今年も幕張メッセで AWS Summit Japan を開催します。"
         "150 を超えるセッション、展示、ハンズオンをご用意しています。</p><p><a href=\"https://aws.amazon.com/jp/summits/japan/\" "
         "style=\"background:#ff9900;color:#000;padding:8px 16px;text-decoration:none\">今すぐ登録する</a></p>"
         "<p style=\"font-size:10px;color:#999\">このメールは配信専用アドレスから送信しています。配信停止は"
         "<a href=\"https://pages.awscloud.com/unsubscribe\">こちら</a>。</p></td></tr></table></body></html>")
    t = ("金本 涼 様\n\n今年も幕張メッセで AWS Summit Japan を開催します。150 を超えるセッション、展示、ハンズオンをご用意しています。\n"
         "今すぐ登録する: https://aws.amazon.com/jp/summits/japan/\n\n配信停止: https://pages.awscloud.com/unsubscribe\n")
    out.append(msg(alt(text(t, cte="b64"), html(h, cte="b64")), d("2025-05-09 01:00", UTC),
                   addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), PERSONAL,
                   "AWS Summit Japan 2025 登録受付中", L("unrelated"), msgid=mid("mkto-summit-jp", "amazon.com"),
                   pre=gmail_in("amazon.com", ip="199.15.214.104", mailfrom="mktomail.com"),
                   post=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")]))

    # 17 lookalike phishing riding on the reply mishap
    h = ("<html><body style=\"font-family:Arial\"><img src=\"https://amazon-certsupport.com/img/aws-logo.png\" alt=\"AWS\">"
         "<p>Dear Candidate,</p><p>We could not verify the sender of your recent reply to your AWS Training and "
         "Certification support case. Unverified replies are discarded and the related certification account is placed "
         "under review.</p><p>To keep your certifications active, confirm your identity within <b>24 hours</b>:</p>"
         "<p><a href=\"http://amazon-certsupport.com/verify?c=rk0510\">Verify my certification account</a></p>"
         "<p>You will need your AWS Builder ID password and the one-time code sent to your phone.</p>"
         "<p>AWS Certification Support Team</p></body></html>")
    out.append(msg(html(h), d("2025-05-10 03:22", UTC), addr("AWS Certification Support", "case-replies@amazon-certsupport.com"),
                   PERSONAL, "Action required: your case reply could not be verified", L("suspicious"),
                   msgid=mid("phish-0510", "amazon-certsupport.com"),
                   pre=gmail_in("amazon-certsupport.com", ip="185.203.117.44", host="mail.amazon-certsupport.com")))
    return out
