from common import *


def build():
    out = []
    # 1 GitHub PR merged
    b = alt(text("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
                 "https://github.com/kanemoto-r/tf-modules/pull/412#event-17723018843\n"
                 "You are receiving this because you authored the thread.\n", cte="7bit"),
            html('<p>Merged <a href="https://github.com/kanemoto-r/tf-modules/pull/412">#412</a> into main.</p>'
                 '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                 '<a href="https://github.com/kanemoto-r/tf-modules/pull/412#event-17723018843">view it on GitHub</a>.'
                 '<br>You are receiving this because you authored the thread.</p>', cte="7bit"))
    out.append(msg(b, d("2025-05-02 14:21"), addr("Sora Ishikawa", "notifications@github.com"),
                   "kanemoto-r/tf-modules <tf-modules@noreply.github.com>",
                   "Re: [kanemoto-r/tf-modules] Add lifecycle rules to log bucket (PR #412)",
                   L("unrelated"), msgid="<kanemoto-r/tf-modules/pull/412/issue_event/17723018843@github.com>",
                   irt="<kanemoto-r/tf-modules/pull/412@github.com>", refs="<kanemoto-r/tf-modules/pull/412@github.com>",
                   pre=gmail_in("github.com", ip="192.30.252.201", host="out-18.smtp.github.com"),
                   post=[("List-ID", "kanemoto-r/tf-modules <tf-modules.kanemoto-r.github.com>"),
                         ("X-GitHub-Reason", "author")]))

    # 2 CertMetrics expiry notice to the company address
    t = ("Dear Ryo Kanemoto,\n\nYour AWS Certified Solutions Architect - Associate certification will expire on "
         "August 1, 2025.\n\nCandidate ID: %s\n\nTo keep your certification active, pass the current version of the "
         "exam or a qualifying higher-level exam before that date. Your recertification options and any available "
         "exam benefits are listed in your AWS Certification Account.\n\nThis mailbox is not monitored.\n\n"
         "AWS Training and Certification\n" % OLD_ID)
    h = ("<html><body style=\"font-family:Arial\"><p>Dear Ryo Kanemoto,</p><p>Your <b>AWS Certified Solutions Architect - "
         "Associate</b> certification will expire on <b>August 1, 2025</b>.</p><table><tr><td>Candidate ID:</td><td>%s</td></tr>"
         "</table><p>To keep your certification active, pass the current version of the exam or a qualifying higher-level "
         "exam before that date. Your recertification options and any available exam benefits are listed in your "
         "<a href=\"https://www.aws.training/certification\">AWS Certification Account</a>.</p>"
         "<p style=\"color:#888;font-size:11px\">This mailbox is not monitored.</p></body></html>" % OLD_ID)
    out.append(msg(alt(text(t), html(h)), d("2025-05-03 02:10", UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"),
                   addr("Ryo Kanemoto", COMPANY),
                   "Your AWS Certification expires in 90 days", L("certification", ids=[OLD_ID]),
                   msgid=mid("cm-expiry-saa", "certmetrics.com"),
                   pre=m365_in("certmetrics.com", ip="13.111.64.20", host="mta.certmetrics.com"), crlf=True))

    # 3 acknowledgement, case A
    t = ("Hello Ryo,\n\nThanks for reaching out to AWS Training and Certification. Your request is now case %s and "
         "someone from our team will pick it up shortly. Most requests get a first answer within one business day.\n\n"
         "To keep things moving, please don't send the form again for the same request. Extra cases for one issue are "
         "worked in order of arrival and usually make the answer slower, not faster.\n\n"
         "Here is what you sent us:\n\nInquiry type: Certification\nAdditional details: Account Merge\n"
         "Name: Ryo Kanemoto\nContact email: %s\nDescription:\n"
         "I am leaving Hoshizora Tech at the end of May and would like to move my certifications from my company "
         "account to my personal one.\nAddresses I have used: %s (old, candidate ID %s) and %s (new, candidate ID %s)\n"
         "Address to keep: %s\n\nKind regards,\nAWS Training and Certification Customer Service\n"
         % (CASE_A, PERSONAL, COMPANY, OLD_ID, PERSONAL, NEW_ID, PERSONAL))
    out.append(msg(text(t), d("2025-05-04 01:47", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("acknowledgement", False, CASE_A, [OLD_ID, NEW_ID]),
                   msgid=A_ACK, pre=gmail_in("amazon.com")))

    # 4 Skill Builder receipt
    h = ("<!DOCTYPE html><html><body><table width=\"600\" style=\"font-family:Helvetica\"><tr><td>"
         "<h2>Thanks for your purchase</h2><p>Hi Ryo,</p><p>Your AWS Skill Builder Individual subscription has renewed.</p>"
         "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
         "<tr><td>Order number</td><td>SB-2025-0504-88214731</td></tr><tr><td>Plan</td><td>Individual (monthly)</td></tr>"
         "<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Next renewal</td><td>June 4, 2025</td></tr></table>"
         "<p>You can manage or cancel your subscription at any time from your account settings.</p>"
         "<p>&mdash; AWS Skill Builder</p></td></tr></table></body></html>")
    out.append(msg(html(h, cte="b64"), d("2025-05-04 06:03", UTC), addr("AWS Skill Builder", "no-reply@aws.training"),
                   PERSONAL, "Your AWS Skill Builder receipt", L("unrelated"),
                   msgid=mid("sb-receipt-0504", "aws.training"), pre=gmail_in("aws.training", ip="54.240.8.33")))

    # 5 confirmation request, HTML only with table, Cc company
    rows = lambda n, e, cid: ("<tr><td colspan=\"2\" style=\"background:#eee\"><b>Account #%d</b></td></tr>"
                              "<tr><td>Login email</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td></tr>"
                              "<tr><td>Certification notification email</td><td>%s</td></tr><tr><td>Candidate ID</td><td>%s</td></tr>"
                              % (n, e, e, e, cid))
    h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
         "<p>Hello Ryo,</p><p>I'm Marisol and I'll be looking after your request. I found two certification accounts that "
         "match the details in your form:</p><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
         + rows(1, PERSONAL, NEW_ID) + rows(2, COMPANY, OLD_ID) +
         "</table><p>After a merge, your exam history, certifications and benefits all sit on one account and the other one "
         "is retired. A merge can't be reversed.</p><p>Please reply to confirm that both accounts are yours and that "
         "<b>Account #1</b> is the one you want to keep.</p><p>Because Account #2 uses your work address, I've copied it on "
         "this email too.</p><p>Best regards,<br>Marisol R.<br>AWS Training and Certification</p></body></html>")
    out.append(msg(html(h, cte="b64"), d("2025-05-05 14:02", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("confirmation_request", True, CASE_A, [NEW_ID, OLD_ID]),
                   cc=COMPANY, msgid=A_CONF, irt=A_ACK, refs=A_ACK, pre=gmail_in("amazon.com")))

    # 6 the owner answers from the company address (Outlook)
    t = ("Confirmed. Both accounts are mine, please merge into Account #1.\n\n"
         "Ryo Kanemoto\nCloud Infrastructure Group | Hoshizora Tech Co., Ltd.\n\n"
         "________________________________\n"
         "From: AWS Training and Certification <%s>\nSent: Monday, May 5, 2025 11:02 PM\nTo: %s\n"
         "Cc: Kanemoto Ryo <%s>\nSubject: RE:[CASE %s] %s\n\nHello Ryo,\n\nI'm Marisol and I'll be looking after your request. "
         "I found two certification accounts that match the details in your form:\n\nAccount #1\nLogin email\t%s\n"
         "Candidate ID\t%s\nAccount #2\nLogin email\t%s\nCandidate ID\t%s\n\nAfter a merge, your exam history, "
         "certifications and benefits all sit on one account and the other one is retired. A merge can't be reversed.\n\n"
         "Please reply to confirm that both accounts are yours and that Account #1 is the one you want to keep.\n"
         % (FORM, PERSONAL, COMPANY, CASE_A, SUBJ_FORM, PERSONAL, NEW_ID, COMPANY, OLD_ID))
    out.append(msg(text(t, cte="qp"), d("2025-05-05 23:15"), addr("Kanemoto Ryo", COMPANY), FORM,
                   "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("user_reply", False, CASE_A),
                   msgid=A_OUTLOOK, irt=A_CONF, refs="%s %s" % (A_ACK, A_CONF),
                   post=[("Thread-Topic", "[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
                         ("Thread-Index", "AQHbvW3kPq0m8cN2Qk2m1sJ7v3qFfQ=="), ("X-MS-Has-Attach", ""),
                         ("Content-Language", "en-US")], crlf=True))

    # 7 automatic notice: reply from an unknown address was set aside
    t = ("This is an automated message.\n\nWe received an email from %s that refers to case %s. That address is not a "
         "contact on the case, so the message has not been added to it and the team working on the case can't see it.\n\n"
         "If you meant to update this case, send your message again from the email address registered on the case "
         "(shown partly hidden for your privacy: ryo.k*********@gmail.com).\n\nPlease do not reply to this notice.\n\n"
         "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
         % (COMPANY, CASE_A))
    out.append(msg(text(t, cte="7bit"), d("2025-05-05 14:16", UTC), addr("AWS Customer Service", FORM), COMPANY,
                   "Your message was not added to case %s" % CASE_A, L("info_request", True, CASE_A),
                   msgid=A_UNMATCHED, irt=A_OUTLOOK, refs=A_OUTLOOK,
                   pre=m365_in("amazon.com"), post=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                   crlf=True))

    # 8 meetup newsletter, ISO-2022-JP
    t = ("金本 涼 様\n\nJAWS-UG 東京 第48回勉強会のお知らせです。\n\n日時: 2025年5月22日(木) 19:00〜21:00\n"
         "会場: 渋谷区某所(参加者のみに連絡します)\nテーマ: 「マルチアカウント運用の失敗談」\n\n"
         "LT枠はまだ空きがあります。発表希望の方はイベントページのフォームからどうぞ。\n\n"
         "※このメールは connpass から自動送信されています。\n")
    out.append(msg(text(t, charset="iso-2022-jp", cte="7bit"), d("2025-05-06 12:30"),
                   addr("JAWS-UG 東京", "no-reply@connpass.com", "iso-2022-jp"), PERSONAL,
                   "【connpass】JAWS-UG 東京 第48回勉強会 のお知らせ", L("unrelated"),
                   msgid=mid("connpass-jaws48", "connpass.com"), pre=gmail_in("connpass.com", ip="52.69.183.110"),
                   subj_charset="iso-2022-jp"))
    return out
