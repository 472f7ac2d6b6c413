from mk import *
from part1 import SUBJ_A
from part3 import PRIYA_TXT, REPLY_U3, priya_html

MARCUS2 = ("Hi Rie,\n\n"
           "Priya asked me to check one thing before she runs the merge: afterwards you sign in with "
           "rie.tsukada.82@gmail.com only, and r-tsukada@kawase-dx.co.jp is gone from the record for good - "
           "no login, no notifications. That what you want? A yes is enough.\n\n"
           "Marcus\nAWS Training and Certification")


def build():
    # 030 second confirmation, brisk, no "please", phrased as a question
    msg("2025-03-17 23:48:10 +0900", addr(TC_NAME, TC), ME_P, "RE:" + SUBJ_A,
        text(MARCUS2, cte="7bit"), ("confirmation_request", True, CASE_A, []),
        name="A_confirm2", msgid=ses_id("A-confirm2"), irt=IDS["A_u4"],
        refs=[IDS["A_ack"], IDS["A_confirm"], IDS["A_remind"], IDS["A_u4"]],
        auth=auth_gmail("amazon.com", "01060195a0b3@ap-northeast-1.amazonses.com"))

    # 031 owner's one-line answer from the phone
    t = ("Yes, that's right. Please go ahead.\n\nRie\n\nSent from my iPhone\n\n"
         + gmail_quote("Mon, Mar 17, 2025 at 23:48", "AWS Training and Certification <%s>" % TC, MARCUS2))
    msg("2025-03-18 00:31:57 +0900", addr("Rie Tsukada", ME_P), TC, "Re: RE:" + SUBJ_A,
        text(t, cte="qp"), ("user_reply", False, CASE_A, []),
        name="A_u4b", msgid=gmail_id("A-u4b"), irt=IDS["A_confirm2"],
        refs=[IDS["A_ack"], IDS["A_confirm"], IDS["A_u4"], IDS["A_confirm2"]])

    # 032 resolved; quotes the earlier confirmation request underneath
    new = ("Hi Rie,\n\nAll done! I've merged Account #2 and Account #3 into Account #1, so your certifications "
           "and exam history now live under AWS11492035 and rie.tsukada.82@gmail.com. "
           "Sign in with your Builder ID as usual. Credly can take up to a day to catch up with the badges.\n\n"
           "If something looks off once you've had a look around, just reply here and I'll dig in.\n\n"
           "Cheers,\nPriya\nAWS Training and Certification Customer Service\n\n"
           "We value your feedback. You may receive a short survey about this case.")
    t = new + "\n\n" + gmail_quote("Mon, Mar 17, 2025 at 12:40 PM", "Rie Tsukada <%s>" % ME_P, REPLY_U3) \
        + "\n>\n" + gt(gt(PRIYA_TXT))
    h = ("<html><body style='font-family:Arial;font-size:14px'>"
         + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in new.split("\n\n"))
         + "<blockquote style='border-left:2px solid #ccc;padding-left:8px;color:#555'>"
         + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in REPLY_U3.split("\n\n"))
         + "<blockquote style='border-left:2px solid #ccc;padding-left:8px'>" + priya_html().split("<body")[1].split(">", 1)[1].replace("</body></html>", "")
         + "</blockquote></blockquote></body></html>")
    msg("2025-03-18 02:14:27 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_A,
        alt(t, h, "----=_Part_102934_88112.1742231667"), ("resolved", False, CASE_A, ["AWS11492035"]),
        name="A_done", msgid=ses_id("A-done"), irt=IDS["A_u4b"],
        refs=[IDS["A_ack"], IDS["A_confirm"], IDS["A_u4"], IDS["A_confirm2"], IDS["A_u4b"]],
        auth=auth_gmail("amazon.com", "01060195a1f0@ap-northeast-1.amazonses.com"))
