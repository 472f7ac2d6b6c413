from common import *
from part1 import TC, TC_SUBJ, G, W, MGR

SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)

# 011 case_update B: closed as duplicate (HTML only, company)
dupB = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Amazon Ember,Arial,sans-serif;"
        "font-size:14px\"><p>Hello Takumi,</p>"
        "<p>While reviewing this request I found that the same account merge was already submitted from "
        "%s under case <b>%s</b>, which one of my colleagues is handling.</p>"
        "<p>To avoid two teams working on the same accounts, I have closed this case (%s). Nothing is lost: "
        "all further updates will come on case %s to your personal address, and there is no need to "
        "answer this message.</p>"
        "<p>Best regards,<br>Hannah P.<br>AWS Training and Certification</p>"
        "<hr><p style=\"font-size:11px;color:#777\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
        "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by "
        "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p></body></html>"
        % (G, CASE_A, CASE_B, CASE_A))
add("dupB", dt("2025-05-14 07:05:48", 0), TC, W, "RE:[CASE %s] %s" % (CASE_B, TC_SUBJ),
    html(dupB), L("case_update", case=CASE_B), reply="ackB",
    auth=(auth_work("amazon.com", "0101019f0d10@us-west-2.amazonses.com"), "0101019f0d10@us-west-2.amazonses.com"),
    note="HTML-only; 'closed' because duplicate, not for silence; names the other case number in its body.")

# 012 on_hold A with a buried question (personal)
holdA = ("Hi Takumi,\n\nThanks for your patience. I started on the merge you asked for and ran into one thing "
         "I have to explain first.\n\n"
         "The certification account registered to %s is associated with an AWS Partner Network organization "
         "(Nishikaze Systems Co., Ltd.). Credentials held by partner-associated accounts count toward that "
         "partner's tier, so we cannot move them into a personal account until the partner's Partner Central "
         "administrator removes the association or the partner confirms the person has left.\n\n"
         "I have contacted the partner's alliance lead and put this case on hold until they respond. That part "
         "is out of your hands and may take a few business days.\n\n"
         "One thing that would speed it up on our side: what is your last working day at Nishikaze Systems? "
         "If it falls before the partner answers, we can proceed on that basis.\n\n"
         "Kind regards,\nMarcus\nAWS Training and Certification\n" % W)
add("holdA", dt("2025-05-14 17:12:03", 0), TC, G, SUBJ_A,
    alt(text(holdA), html("<div>" + para_html(holdA) + "</div>"), key="holdA"),
    L("on_hold", True, CASE_A), reply="ackA",
    auth=(auth_gmail("amazon.com", "0101019f0f31@us-west-2.amazonses.com"), "0101019f0f31@us-west-2.amazonses.com"),
    note="Partner hold; the only question (last working day) comes after three paragraphs, with no 'please'.")

# 013 bank notice (personal), legit, 'confirm'
add("bank1", dt("2025-05-15 08:30:12"), addr("三井住友カード", "info@vpass.ne.jp", "iso-2022-jp"), G,
    "【三井住友カード】ご利用明細確定のお知らせ",
    text("岡部 拓海 様\n\nいつも三井住友カードをご利用いただきありがとうございます。\n"
         "5月分のご利用明細が確定しました。Vpassにログインのうえご確認ください。\n\n"
         "お支払日: 2025年6月10日\nお支払金額: 48,215円\n\n"
         "※本メールは送信専用です。お問い合わせはVpassのお問い合わせ窓口へ。\n",
         charset="iso-2022-jp", cte="7bit"),
    L("unrelated"), subj_charset="iso-2022-jp",
    auth=(auth_gmail("vpass.ne.jp", "bounce@vpass.ne.jp"), "bounce@vpass.ne.jp", "mail.vpass.ne.jp"),
    idstyle="vpass.ne.jp", note="Bank statement in ISO-2022-JP ('確認' wording).")

# 014 owner answers from the COMPANY address, Outlook style (company)
rA1 = ("Hello Marcus,\n\nThank you for the explanation. My last working day at Nishikaze Systems is May 30, 2025, "
       "and this mailbox will be closed on that day. My manager is aware and will remove me from Partner Central.\n\n"
       "Please merge everything into the account that uses %s.\n\nBest regards,\nTakumi Okabe\n" % G)
add("rA1", dt("2025-05-15 12:47:20"), addr(ME_NAME, W), TC, SUBJ_A,
    text(rA1 + outlook_quote("Amazon Web Services <%s>" % TC_FORM, "Thursday, May 15, 2025 2:12 AM",
                             ME_GMAIL, SUBJ_A, holdA), cte="quoted-printable"),
    L("user_reply", case=CASE_A), reply="holdA", refs=["ackA"], idstyle="outlook",
    mailer="X-Mailer: Microsoft Outlook 16.0", nl="\r\n",
    note="Owner's answer, but sent from the company address (the case is on the personal one).")

# 015 newsletter (personal), English, talks about cases/accounts
nl1 = ("THE CLOUD WEEKLY - Issue 318\n\n"
       "1. Making the case for account-level guardrails\n"
       "   Why we moved every team to its own AWS account, and what broke.\n\n"
       "2. IAM Identity Center: confirm before you delete\n"
       "   A walkthrough of the new confirmation step for permission set removal.\n\n"
       "3. Certification corner\n"
       "   Changing jobs? Readers tell us how they moved their certification history to a personal login.\n\n"
       "You are receiving this because you subscribed at cloudweekly.dev. Unsubscribe: "
       "https://cloudweekly.dev/u/8f2c1\n")
add("news1", dt("2025-05-15 13:30:00", 0), addr("The Cloud Weekly", "hello@cloudweekly.dev"), G,
    "Cloud Weekly #318: the case for account guardrails",
    alt(text(nl1, cte="7bit"), html("<html><body>" + para_html(nl1) + "</body></html>"), key="news1"),
    L("unrelated"),
    auth=(auth_gmail("cloudweekly.dev", "bounce@mg.cloudweekly.dev"), "bounce@mg.cloudweekly.dev", "m228-4.mailgun.net"),
    idstyle="mg.cloudweekly.dev", extra=["List-Unsubscribe: <https://cloudweekly.dev/u/8f2c1>"],
    note="Newsletter using 'case', 'confirm', 'account', even certification moves.")

# 016 info_request A: write from the destination address (personal + cc company)
wrongA = ("Hello Takumi,\n\nI received your reply, thank you. It came from %s, though, and this case is registered "
          "to %s. Because the change you requested moves certification records between accounts, I can only act "
          "on instructions that come from the address of the account being kept.\n\n"
          "Would you send the same answer again from %s? Replying to this message from that mailbox is "
          "enough - keep the subject line as it is.\n\n"
          "The partner hold described earlier is still in place.\n\n"
          "Kind regards,\nMarcus\nAWS Training and Certification\n" % (W, G, G))
add("wrongA", dt("2025-05-15 16:55:40", 0), TC, G, SUBJ_A,
    text(wrongA + "\n" + gmail_quote("On Thu, May 15, 2025 at 3:47 AM Takumi Okabe <%s> wrote:" % W, rA1)),
    L("info_request", True, CASE_A), reply="rA1", refs=["ackA", "holdA"], cc=W,
    auth=(auth_gmail("amazon.com", "0101019f1422@us-west-2.amazonses.com"), "0101019f1422@us-west-2.amazonses.com"),
    note="Wrong-address reply: support asks to resend from the personal address; a question without 'please'.")

# 017 owner resends from personal (Gmail style)
rA2 = ("Hi Marcus,\n\nSending this from my personal address as requested.\n\n"
       "My last working day at Nishikaze Systems is May 30, 2025. Please keep the account that uses %s "
       "and merge the company one into it.\n\nThanks,\nTakumi\n" % G)
add("rA2", dt("2025-05-16 07:21:09"), addr(ME_NAME, G), TC, SUBJ_A,
    alt(text(rA2 + "\n" + gmail_quote("2025年5月16日(金) 1:55 Amazon Web Services <%s>:" % TC_FORM, wrongA)),
        html("<div dir=\"ltr\">" + para_html(rA2) + "</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">"
             "2025年5月16日(金) 1:55 Amazon Web Services &lt;%s&gt;:<br></div><blockquote class=\"gmail_quote\" "
             "style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote></div>"
             % (TC_FORM, para_html(wrongA))), key="rA2"),
    L("user_reply", case=CASE_A), reply="wrongA", refs=["ackA", "holdA", "rA1"], idstyle="gmail",
    note="Owner's reply from the personal address, Gmail quoting with a Japanese attribution line.")

# 018 AWS Summit registration confirmation (personal)
add("summit", dt("2025-05-16 00:04:51", 0), addr("AWS Summit Japan", "aws-apac-events@amazon.com"), G,
    "Registration confirmed: AWS Summit Japan 2025",
    alt(text("Hi Takumi,\n\nYour registration is confirmed. Bring the QR code below to the venue on June 25-26.\n\n"
             "Registration number: JPS25-0047719\n\nWant to change your sessions? Sign in to your event account.\n\n"
             "To unsubscribe from AWS marketing email, visit the preference center.\n"),
        html("<html><body><h2>You're registered!</h2><p>Hi Takumi,</p><p>Your registration is confirmed. Bring the "
             "QR code below to the venue on June 25-26.</p><p>Registration number: <b>JPS25-0047719</b></p>"
             "<p>Want to change your sessions? Sign in to your event account.</p><p style=\"font-size:10px\">To "
             "unsubscribe from AWS marketing email, visit the preference center.</p></body></html>"), key="summit"),
    L("unrelated"),
    auth=(auth_gmail("amazon.com", "bounce@marketing.amazon.com"), "bounce@marketing.amazon.com"),
    note="AWS event marketing: 'confirmed', 'account'.")

# 019 suspicious lookalike domain (personal)
phish1 = ("Dear Certified Professional,\n\nWe are processing an account merge linked to your email. To prevent "
          "loss of your certification history, you must verify your AWS Builder ID within 24 hours.\n\n"
          "Verify now: https://aws-certmerge-helpdesk.com/builder/verify?u=takumi.okabe.dev\n\n"
          "If you do not complete verification, the merge will be cancelled and your credentials may be revoked.\n\n"
          "AWS Training & Certification Support Team\n")
add("phish1", dt("2025-05-16 03:12:33", 0),
    addr("AWS Training & Certification", "support@aws-certmerge-helpdesk.com"), G,
    "Action required: verify your account before merge",
    alt(text(phish1), html("<html><body><img src=\"https://aws-certmerge-helpdesk.com/logo.png\" alt=\"aws\">"
                           + para_html(phish1) + "</body></html>"), key="phish1"),
    L("suspicious"),
    auth=(auth_gmail("aws-certmerge-helpdesk.com", "support@aws-certmerge-helpdesk.com"),
          "support@aws-certmerge-helpdesk.com", "vps-41822.hostingnet.cz"),
    idstyle="aws-certmerge-helpdesk.com",
    note="Lookalike domain passes its own DKIM/DMARC; mentions the merge; credential phishing.")
